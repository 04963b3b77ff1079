CREATE TABLE Nominations (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Year INT NOT NULL REFERENCES Editions (Year),
    Status NVARCHAR(20) NOT NULL,
    SequenceNo INT NULL,
    Reference NVARCHAR(20) NULL,
    SubmissionKey NVARCHAR(100) NULL,
    EditTokenHash NVARCHAR(100) NOT NULL,
    CandidateKind NVARCHAR(20) NULL,
    CandidateName NVARCHAR(200) NULL,
    Title NVARCHAR(200) NULL,
    Organisation NVARCHAR(200) NULL,
    Municipality NVARCHAR(100) NULL,
    PoliceDistrict NVARCHAR(100) NULL,
    Description NVARCHAR(MAX) NULL,
    DocumentedEffect NVARCHAR(MAX) NULL,
    Partners NVARCHAR(MAX) NULL,
    Motivation NVARCHAR(MAX) NULL,
    NominatorOrganisation NVARCHAR(200) NULL,
    NominatorName NVARCHAR(200) NULL,
    NominatorRole NVARCHAR(200) NULL,
    NominatorEmail NVARCHAR(254) NULL,
    NominatorPhone NVARCHAR(30) NULL,
    CandidateContactName NVARCHAR(200) NULL,
    CandidateContactEmail NVARCHAR(254) NULL,
    CandidateContactPhone NVARCHAR(30) NULL,
    ConsentGiven BIT NOT NULL DEFAULT 0,
    PreviouslyNominatedYear INT NULL,
    Eligibility NVARCHAR(20) NULL,
    EligibilityReason NVARCHAR(2000) NULL,
    ShareReasonWithNominator BIT NOT NULL DEFAULT 0,
    ScreenedBy NVARCHAR(200) NULL,
    ScreenedAt DATETIMEOFFSET NULL,
    Version INT NOT NULL DEFAULT 1,
    CreatedAt DATETIMEOFFSET NOT NULL,
    UpdatedAt DATETIMEOFFSET NOT NULL,
    SubmittedAt DATETIMEOFFSET NULL,
    WithdrawnAt DATETIMEOFFSET NULL
);
CREATE UNIQUE INDEX UX_Nominations_Reference ON Nominations (Year, SequenceNo) WHERE SequenceNo IS NOT NULL;
CREATE UNIQUE INDEX UX_Nominations_SubmissionKey ON Nominations (SubmissionKey) WHERE SubmissionKey IS NOT NULL;
CREATE INDEX IX_Nominations_Year ON Nominations (Year, Status);

CREATE TABLE NominationAttachments (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    NominationId BIGINT NOT NULL REFERENCES Nominations (Id),
    FileName NVARCHAR(255) NOT NULL,
    ContentType NVARCHAR(100) NOT NULL,
    SizeBytes BIGINT NOT NULL,
    Sha256 NVARCHAR(64) NOT NULL,
    Content VARBINARY(MAX) NOT NULL,
    UploadedAt DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_NominationAttachments_Nomination ON NominationAttachments (NominationId);

CREATE TABLE NominationNotes (
    Id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    NominationId BIGINT NOT NULL REFERENCES Nominations (Id),
    Text NVARCHAR(4000) NOT NULL,
    Author NVARCHAR(200) NOT NULL,
    CreatedAt DATETIMEOFFSET NOT NULL
);
