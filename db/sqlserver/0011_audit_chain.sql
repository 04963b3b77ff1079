ALTER TABLE AuditLog ADD
    PrevId BIGINT NULL,
    PayloadDigest NVARCHAR(64) NULL,
    Hash NVARCHAR(64) NULL,
    ErasedAt DATETIMEOFFSET NULL;
GO

-- Rows from before the chain held whole requests (names, e-mails, free texts); who, what and when stay.
UPDATE AuditLog SET Data = N'{}';
GO

CREATE UNIQUE INDEX UX_AuditLog_PrevId ON AuditLog (PrevId) WHERE PrevId IS NOT NULL;
CREATE INDEX IX_AuditLog_At ON AuditLog (At);
GO
