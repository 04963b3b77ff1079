-- A decision reopened before the announcement stays in the record: the row is copied here, with who reopened it,
-- when and why, before the vote is opened again.
CREATE TABLE SupersededDecisions (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    WinnerNominationId INTEGER NOT NULL REFERENCES Nominations (Id),
    Method TEXT NOT NULL,
    Pairwise TEXT NOT NULL,
    TieBreaks TEXT NOT NULL,
    Conflicts TEXT NOT NULL,
    Justification TEXT NOT NULL,
    DecidedBy TEXT NOT NULL,
    DecidedAt TEXT NOT NULL,
    ReopenedBy TEXT NOT NULL,
    ReopenedAt TEXT NOT NULL,
    ReopenReason TEXT NOT NULL
);
CREATE INDEX IX_SupersededDecisions_Year ON SupersededDecisions (Year);
