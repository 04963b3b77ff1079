-- The version of the consent text the nominator accepted (Domain/ConsentText.cs).
ALTER TABLE Nominations ADD COLUMN ConsentVersion TEXT NULL;
