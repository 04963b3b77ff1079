-- Case-folded copies for the lookups a submit makes (issue 15): "indstillet før" compares candidate and title, the
-- anonymous mail limit the recipient. Each becomes an index seek instead of a per-row LOWER over the table.
ALTER TABLE Nominations ADD CandidateNameKey NVARCHAR(200) NULL;
ALTER TABLE Nominations ADD TitleKey NVARCHAR(200) NULL;
GO
UPDATE Nominations SET CandidateNameKey = LOWER(CandidateName), TitleKey = LOWER(Title);
CREATE INDEX IX_Nominations_CandidateNameKey ON Nominations (CandidateNameKey, Year);
CREATE INDEX IX_Nominations_TitleKey ON Nominations (TitleKey, Year);
GO

ALTER TABLE MailOutbox ADD ToAddressKey NVARCHAR(254) NULL;
GO
UPDATE MailOutbox SET ToAddressKey = LOWER(LTRIM(RTRIM(ToAddress)));
CREATE INDEX IX_MailOutbox_ToAddressKey ON MailOutbox (ToAddressKey, CreatedAt);
