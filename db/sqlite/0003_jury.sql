CREATE TABLE Jurors (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    UserId INTEGER NOT NULL REFERENCES Users (Id),
    Name TEXT NOT NULL,
    Email TEXT NOT NULL,
    Organisation TEXT NOT NULL,
    IsChair INTEGER NOT NULL DEFAULT 0,
    InvitedAt TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Jurors_YearUser ON Jurors (Year, UserId);

CREATE TABLE SignInLinks (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    UserId INTEGER NOT NULL REFERENCES Users (Id),
    TokenHash TEXT NOT NULL,
    CreatedAt TEXT NOT NULL,
    ExpiresAt TEXT NOT NULL,
    UsedAt TEXT NULL
);
CREATE UNIQUE INDEX UX_SignInLinks_TokenHash ON SignInLinks (TokenHash);

CREATE TABLE Criteria (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    Name TEXT NOT NULL,
    Description TEXT NOT NULL,
    Weight REAL NOT NULL,
    ScaleMin INTEGER NOT NULL,
    ScaleMax INTEGER NOT NULL,
    SortOrder INTEGER NOT NULL
);
CREATE INDEX IX_Criteria_Year ON Criteria (Year, SortOrder);

CREATE TABLE Conflicts (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    JurorId INTEGER NOT NULL REFERENCES Jurors (Id),
    NominationId INTEGER NULL REFERENCES Nominations (Id),
    Organisation TEXT NULL,
    Reason TEXT NOT NULL,
    DeclaredBy TEXT NOT NULL,
    DeclaredAt TEXT NOT NULL
);
CREATE INDEX IX_Conflicts_Juror ON Conflicts (JurorId);

CREATE TABLE ScoreSheets (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    JurorId INTEGER NOT NULL REFERENCES Jurors (Id),
    NominationId INTEGER NOT NULL REFERENCES Nominations (Id),
    Comment TEXT NULL,
    Version INTEGER NOT NULL DEFAULT 1,
    UpdatedAt TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_ScoreSheets_JurorNomination ON ScoreSheets (JurorId, NominationId);

CREATE TABLE Scores (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    ScoreSheetId INTEGER NOT NULL REFERENCES ScoreSheets (Id),
    CriterionId INTEGER NOT NULL REFERENCES Criteria (Id),
    Value INTEGER NOT NULL
);
CREATE UNIQUE INDEX UX_Scores_SheetCriterion ON Scores (ScoreSheetId, CriterionId);
