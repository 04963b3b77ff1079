-- The secretariat's own text of a mail template for one edition and language; without a row the default in code applies.
CREATE TABLE MailTemplateEdits (
    Year INT NOT NULL REFERENCES Editions (Year),
    TemplateKey NVARCHAR(100) NOT NULL,
    Language NVARCHAR(5) NOT NULL,
    Subject NVARCHAR(300) NOT NULL,
    Body NVARCHAR(MAX) NOT NULL,
    UpdatedAt DATETIMEOFFSET NOT NULL,
    PRIMARY KEY (Year, TemplateKey, Language)
);
