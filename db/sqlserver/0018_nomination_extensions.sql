-- The secretariat lets one nominator (one nomination, or one e-mail address) submit or edit after the deadline, until a
-- given time, for a stated reason.
CREATE TABLE NominationExtensions (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Year INT NOT NULL REFERENCES Editions (Year),
    NominationId BIGINT NULL REFERENCES Nominations (Id),
    NominatorEmail NVARCHAR(254) NULL,
    Until DATETIMEOFFSET NOT NULL,
    Reason NVARCHAR(500) NOT NULL,
    GrantedBy NVARCHAR(200) NOT NULL,
    GrantedAt DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_NominationExtensions_Year ON NominationExtensions (Year, Until);
