-- A decision reopened before the announcement stays in the record: the row is copied here, with who reopened it,
-- when and why, before the vote is opened again.
CREATE TABLE SupersededDecisions (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Year INT NOT NULL REFERENCES Editions (Year),
    WinnerNominationId BIGINT NOT NULL REFERENCES Nominations (Id),
    Method NVARCHAR(50) NOT NULL,
    Pairwise NVARCHAR(MAX) NOT NULL,
    TieBreaks NVARCHAR(MAX) NOT NULL,
    Conflicts NVARCHAR(MAX) NOT NULL,
    Justification NVARCHAR(4000) NOT NULL,
    DecidedBy NVARCHAR(200) NOT NULL,
    DecidedAt DATETIMEOFFSET NOT NULL,
    ReopenedBy NVARCHAR(200) NOT NULL,
    ReopenedAt DATETIMEOFFSET NOT NULL,
    ReopenReason NVARCHAR(1000) NOT NULL
);
CREATE INDEX IX_SupersededDecisions_Year ON SupersededDecisions (Year);
