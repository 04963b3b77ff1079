-- Case-folded copies for the lookups a submit makes (issue 15): "indstillet før" compares candidate and title, the
-- anonymous mail limit the recipient. Each becomes an index seek instead of a per-row LOWER over the table.
-- The migrator folds with the same LOWER as the app (Æ, Ø and Å included), so the backfill matches new rows.
ALTER TABLE Nominations ADD COLUMN CandidateNameKey TEXT NULL;
ALTER TABLE Nominations ADD COLUMN TitleKey TEXT NULL;
UPDATE Nominations SET CandidateNameKey = LOWER(CandidateName), TitleKey = LOWER(Title);
CREATE INDEX IX_Nominations_CandidateNameKey ON Nominations (CandidateNameKey, Year);
CREATE INDEX IX_Nominations_TitleKey ON Nominations (TitleKey, Year);

ALTER TABLE MailOutbox ADD COLUMN ToAddressKey TEXT NULL;
UPDATE MailOutbox SET ToAddressKey = LOWER(TRIM(ToAddress));
CREATE INDEX IX_MailOutbox_ToAddressKey ON MailOutbox (ToAddressKey, CreatedAt);
