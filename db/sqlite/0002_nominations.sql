CREATE TABLE Nominations (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    Status TEXT NOT NULL,
    SequenceNo INTEGER NULL,
    Reference TEXT NULL,
    SubmissionKey TEXT NULL,
    EditTokenHash TEXT NOT NULL,
    CandidateKind TEXT NULL,
    CandidateName TEXT NULL,
    Title TEXT NULL,
    Organisation TEXT NULL,
    Municipality TEXT NULL,
    PoliceDistrict TEXT NULL,
    Description TEXT NULL,
    DocumentedEffect TEXT NULL,
    Partners TEXT NULL,
    Motivation TEXT NULL,
    NominatorOrganisation TEXT NULL,
    NominatorName TEXT NULL,
    NominatorRole TEXT NULL,
    NominatorEmail TEXT NULL,
    NominatorPhone TEXT NULL,
    CandidateContactName TEXT NULL,
    CandidateContactEmail TEXT NULL,
    CandidateContactPhone TEXT NULL,
    ConsentGiven INTEGER NOT NULL DEFAULT 0,
    PreviouslyNominatedYear INTEGER NULL,
    Eligibility TEXT NULL,
    EligibilityReason TEXT NULL,
    ShareReasonWithNominator INTEGER NOT NULL DEFAULT 0,
    ScreenedBy TEXT NULL,
    ScreenedAt TEXT NULL,
    Version INTEGER NOT NULL DEFAULT 1,
    CreatedAt TEXT NOT NULL,
    UpdatedAt TEXT NOT NULL,
    SubmittedAt TEXT NULL,
    WithdrawnAt TEXT NULL
);
CREATE UNIQUE INDEX UX_Nominations_Reference ON Nominations (Year, SequenceNo) WHERE SequenceNo IS NOT NULL;
CREATE UNIQUE INDEX UX_Nominations_SubmissionKey ON Nominations (SubmissionKey) WHERE SubmissionKey IS NOT NULL;
CREATE INDEX IX_Nominations_Year ON Nominations (Year, Status);

CREATE TABLE NominationAttachments (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    NominationId INTEGER NOT NULL REFERENCES Nominations (Id),
    FileName TEXT NOT NULL,
    ContentType TEXT NOT NULL,
    SizeBytes INTEGER NOT NULL,
    Sha256 TEXT NOT NULL,
    Content BLOB NOT NULL,
    UploadedAt TEXT NOT NULL
);
CREATE INDEX IX_NominationAttachments_Nomination ON NominationAttachments (NominationId);

CREATE TABLE NominationNotes (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    NominationId INTEGER NOT NULL REFERENCES Nominations (Id),
    Text TEXT NOT NULL,
    Author TEXT NOT NULL,
    CreatedAt TEXT NOT NULL
);
