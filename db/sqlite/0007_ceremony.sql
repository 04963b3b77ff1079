CREATE TABLE Ceremonies (
    Year INTEGER NOT NULL PRIMARY KEY REFERENCES Editions (Year),
    StartsAt TEXT NOT NULL,
    Venue TEXT NOT NULL,
    Address TEXT NOT NULL,
    Presenter TEXT NOT NULL,
    PrizeAmountDkk INTEGER NOT NULL,
    Version INTEGER NOT NULL DEFAULT 1,
    UpdatedAt TEXT NOT NULL
);

CREATE TABLE ProgrammeItems (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    StartsAt TEXT NOT NULL,
    Title TEXT NOT NULL,
    Speaker TEXT NULL,
    SortOrder INTEGER NOT NULL
);
CREATE INDEX IX_ProgrammeItems_Year ON ProgrammeItems (Year, SortOrder);

CREATE TABLE Guests (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    Name TEXT NOT NULL,
    Email TEXT NOT NULL,
    Organisation TEXT NULL,
    Kind TEXT NOT NULL,
    TokenHash TEXT NOT NULL,
    Response TEXT NULL,
    Persons INTEGER NULL,
    RespondedAt TEXT NULL,
    InvitedAt TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_Guests_TokenHash ON Guests (TokenHash);
CREATE UNIQUE INDEX UX_Guests_YearEmail ON Guests (Year, Email);
