CREATE TABLE ShortlistEntries (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Year INT NOT NULL REFERENCES Editions (Year),
    NominationId BIGINT NOT NULL REFERENCES Nominations (Id),
    Justification NVARCHAR(4000) NOT NULL,
    SortOrder INT NOT NULL
);
CREATE UNIQUE INDEX UX_ShortlistEntries_YearNomination ON ShortlistEntries (Year, NominationId);

CREATE TABLE Announcements (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Year INT NOT NULL REFERENCES Editions (Year),
    Kind NVARCHAR(20) NOT NULL,
    AnnounceAt DATETIMEOFFSET NOT NULL,
    PublishedAt DATETIMEOFFSET NULL
);
CREATE UNIQUE INDEX UX_Announcements_YearKind ON Announcements (Year, Kind);

CREATE TABLE Ballots (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Year INT NOT NULL REFERENCES Editions (Year),
    JurorId BIGINT NOT NULL REFERENCES Jurors (Id),
    Version INT NOT NULL DEFAULT 1,
    CastAt DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_Ballots_YearJuror ON Ballots (Year, JurorId);

CREATE TABLE BallotRanks (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    BallotId BIGINT NOT NULL REFERENCES Ballots (Id),
    NominationId BIGINT NOT NULL REFERENCES Nominations (Id),
    Rank INT NOT NULL
);
CREATE UNIQUE INDEX UX_BallotRanks_BallotNomination ON BallotRanks (BallotId, NominationId);

CREATE TABLE Decisions (
    Year INT NOT NULL PRIMARY KEY REFERENCES Editions (Year),
    WinnerNominationId BIGINT NOT NULL REFERENCES Nominations (Id),
    Method NVARCHAR(50) NOT NULL,
    Pairwise NVARCHAR(MAX) NOT NULL,
    TieBreaks NVARCHAR(MAX) NOT NULL,
    Justification NVARCHAR(4000) NOT NULL,
    DecidedBy NVARCHAR(200) NOT NULL,
    DecidedAt DATETIMEOFFSET NOT NULL
);
