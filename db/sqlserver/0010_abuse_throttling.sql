-- Sign-in throttling per client address as well as per account; mail per recipient and hour (issue 11).
ALTER TABLE SignInAttempts ADD ClientAddress NVARCHAR(64) NULL;
GO
CREATE INDEX IX_SignInAttempts_ClientAddress ON SignInAttempts (ClientAddress, AttemptedAt);
GO
CREATE INDEX IX_MailOutbox_CreatedAt ON MailOutbox (CreatedAt);
