-- The secretariat lets one nominator (one nomination, or one e-mail address) submit or edit after the deadline, until a
-- given time, for a stated reason.
CREATE TABLE NominationExtensions (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    NominationId INTEGER NULL REFERENCES Nominations (Id),
    NominatorEmail TEXT NULL,
    Until TEXT NOT NULL,
    Reason TEXT NOT NULL,
    GrantedBy TEXT NOT NULL,
    GrantedAt TEXT NOT NULL
);
CREATE INDEX IX_NominationExtensions_Year ON NominationExtensions (Year, Until);
