-- The secretariat's own text of a mail template for one edition and language; without a row the default in code applies.
CREATE TABLE MailTemplateEdits (
    Year INTEGER NOT NULL REFERENCES Editions (Year),
    TemplateKey TEXT NOT NULL,
    Language TEXT NOT NULL,
    Subject TEXT NOT NULL,
    Body TEXT NOT NULL,
    UpdatedAt TEXT NOT NULL,
    PRIMARY KEY (Year, TemplateKey, Language)
);
