CREATE TABLE ShortlistEntries (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    NominationId INTEGER NOT NULL REFERENCES Nominations (Id),
    Justification TEXT NOT NULL,
    SortOrder INTEGER NOT NULL
);
CREATE UNIQUE INDEX UX_ShortlistEntries_YearNomination ON ShortlistEntries (Year, NominationId);

CREATE TABLE Announcements (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    Kind TEXT NOT NULL,
    AnnounceAt TEXT NOT NULL,
    PublishedAt TEXT NULL
);
CREATE UNIQUE INDEX UX_Announcements_YearKind ON Announcements (Year, Kind);

CREATE TABLE Ballots (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    JurorId INTEGER NOT NULL REFERENCES Jurors (Id),
    Version INTEGER NOT NULL DEFAULT 1,
    CastAt TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Ballots_YearJuror ON Ballots (Year, JurorId);

CREATE TABLE BallotRanks (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    BallotId INTEGER NOT NULL REFERENCES Ballots (Id),
    NominationId INTEGER NOT NULL REFERENCES Nominations (Id),
    Rank INTEGER NOT NULL
);
CREATE UNIQUE INDEX UX_BallotRanks_BallotNomination ON BallotRanks (BallotId, NominationId);

CREATE TABLE Decisions (
    Year INTEGER NOT NULL PRIMARY KEY REFERENCES Editions (Year),
    WinnerNominationId INTEGER NOT NULL REFERENCES Nominations (Id),
    Method TEXT NOT NULL,
    Pairwise TEXT NOT NULL,
    TieBreaks TEXT NOT NULL,
    Justification TEXT NOT NULL,
    DecidedBy TEXT NOT NULL,
    DecidedAt TEXT NOT NULL
);
