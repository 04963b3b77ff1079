ALTER TABLE AuditLog ADD COLUMN PrevId INTEGER NULL;
ALTER TABLE AuditLog ADD COLUMN PayloadDigest TEXT NULL;
ALTER TABLE AuditLog ADD COLUMN Hash TEXT NULL;
ALTER TABLE AuditLog ADD COLUMN ErasedAt TEXT NULL;

-- Rows from before the chain held whole requests (names, e-mails, free texts); who, what and when stay.
UPDATE AuditLog SET Data = '{}';

CREATE UNIQUE INDEX UX_AuditLog_PrevId ON AuditLog (PrevId) WHERE PrevId IS NOT NULL;
CREATE INDEX IX_AuditLog_At ON AuditLog (At);

CREATE TRIGGER AuditLog_AppendOnly BEFORE DELETE ON AuditLog
BEGIN
    SELECT RAISE(ABORT, 'AuditLog is append-only');
END;

-- The one update allowed is erasure: it replaces who and the payload, never the digest or the chain.
CREATE TRIGGER AuditLog_OnlyErasure BEFORE UPDATE ON AuditLog
WHEN NEW.Id IS NOT OLD.Id OR NEW.At IS NOT OLD.At OR NEW.UserId IS NOT OLD.UserId OR NEW.Action IS NOT OLD.Action
    OR NEW.PrevId IS NOT OLD.PrevId OR NEW.PayloadDigest IS NOT OLD.PayloadDigest OR NEW.Hash IS NOT OLD.Hash
    OR NEW.ErasedAt IS NULL
BEGIN
    SELECT RAISE(ABORT, 'AuditLog rows change only by erasure');
END;
