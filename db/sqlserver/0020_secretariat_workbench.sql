-- A juror carried over from last year's jury waits for the secretariat's invitation; until then they cannot sign in.
ALTER TABLE Jurors ADD InvitationPending BIT NOT NULL CONSTRAINT DF_Jurors_InvitationPending DEFAULT 0;

-- One-time links to set a secretariat password (reset or a new account's first): only the token's hash is kept.
CREATE TABLE PasswordLinks (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    UserId BIGINT NOT NULL REFERENCES Users (Id),
    TokenHash NVARCHAR(100) NOT NULL,
    CreatedAt DATETIMEOFFSET NOT NULL,
    ExpiresAt DATETIMEOFFSET NOT NULL,
    UsedAt DATETIMEOFFSET NULL
);
CREATE UNIQUE INDEX UX_PasswordLinks_TokenHash ON PasswordLinks (TokenHash);
CREATE INDEX IX_PasswordLinks_User ON PasswordLinks (UserId, CreatedAt);

ALTER TABLE Users ADD LastSignInAt DATETIMEOFFSET NULL;
-- A removed secretariat account keeps its row, so the audit log's user ids still name someone.
ALTER TABLE Users ADD RemovedAt DATETIMEOFFSET NULL;
