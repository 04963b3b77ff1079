-- The language the nominator used on the form (da/en), so every mail to them is written in it.
ALTER TABLE Nominations ADD Language NVARCHAR(5) NOT NULL CONSTRAINT DF_Nominations_Language DEFAULT N'da';
