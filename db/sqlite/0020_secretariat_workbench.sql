-- A juror carried over from last year's jury waits for the secretariat's invitation; until then they cannot sign in.
ALTER TABLE Jurors ADD InvitationPending INTEGER NOT NULL DEFAULT 0;

-- One-time links to set a secretariat password (reset or a new account's first): only the token's hash is kept.
CREATE TABLE PasswordLinks (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    UserId INTEGER NOT NULL REFERENCES Users (Id),
    TokenHash TEXT NOT NULL,
    CreatedAt TEXT NOT NULL,
    ExpiresAt TEXT NOT NULL,
    UsedAt TEXT NULL
);
CREATE UNIQUE INDEX UX_PasswordLinks_TokenHash ON PasswordLinks (TokenHash);
CREATE INDEX IX_PasswordLinks_User ON PasswordLinks (UserId, CreatedAt);

ALTER TABLE Users ADD LastSignInAt TEXT NULL;
-- A removed secretariat account keeps its row, so the audit log's user ids still name someone.
ALTER TABLE Users ADD RemovedAt TEXT NULL;
