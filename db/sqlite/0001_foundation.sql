CREATE TABLE Editions (
    Year INTEGER NOT NULL PRIMARY KEY,
    Name TEXT NOT NULL,
    PrizeAmountDkk INTEGER NOT NULL,
    NominationOpensAt TEXT NOT NULL,
    NominationDeadline TEXT NOT NULL,
    ScoringDeadline TEXT NOT NULL,
    FinalVoteDeadline TEXT NOT NULL,
    CeremonyAt TEXT NOT NULL,
    Phase TEXT NOT NULL,
    Version INTEGER NOT NULL DEFAULT 1,
    CreatedAt TEXT NOT NULL
);

CREATE TABLE PhaseChanges (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    FromPhase TEXT NOT NULL,
    ToPhase TEXT NOT NULL,
    Reason TEXT NULL,
    ChangedBy TEXT NOT NULL,
    ChangedAt TEXT NOT NULL
);

CREATE TABLE Users (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Email TEXT NOT NULL,
    Name TEXT NOT NULL,
    Role TEXT NOT NULL,
    PasswordHash TEXT NULL,
    CreatedAt TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Users_Email ON Users (Email);

CREATE TABLE SignInAttempts (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Email TEXT NOT NULL,
    Succeeded INTEGER NOT NULL,
    AttemptedAt TEXT NOT NULL
);
CREATE INDEX IX_SignInAttempts_Email ON SignInAttempts (Email, AttemptedAt);

CREATE TABLE AuditLog (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    At TEXT NOT NULL,
    UserId INTEGER NULL,
    UserName TEXT NOT NULL,
    Action TEXT NOT NULL,
    Data TEXT NOT NULL
);

CREATE TABLE MailOutbox (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    DedupKey TEXT NULL,
    ToAddress TEXT NOT NULL,
    ToName TEXT NOT NULL,
    Subject TEXT NOT NULL,
    BodyText TEXT NOT NULL,
    Status TEXT NOT NULL,
    Attempts INTEGER NOT NULL DEFAULT 0,
    NextAttemptAt TEXT NOT NULL,
    LastError TEXT NULL,
    CreatedAt TEXT NOT NULL,
    SentAt TEXT NULL
);
CREATE UNIQUE INDEX UX_MailOutbox_DedupKey ON MailOutbox (DedupKey) WHERE DedupKey IS NOT NULL;
CREATE INDEX IX_MailOutbox_Due ON MailOutbox (Status, NextAttemptAt);

CREATE TABLE DataProtectionKeys (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    FriendlyName TEXT NOT NULL,
    Xml TEXT NOT NULL
);
