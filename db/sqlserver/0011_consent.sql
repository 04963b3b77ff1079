-- The version of the consent text the nominator accepted (Domain/ConsentText.cs).
ALTER TABLE Nominations ADD ConsentVersion NVARCHAR(20) NULL;
