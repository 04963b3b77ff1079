-- The language chosen on a juror's or a guest's invitation (da/en), so every mail to them is written in it.
ALTER TABLE Jurors ADD Language NVARCHAR(5) NOT NULL CONSTRAINT DF_Jurors_Language DEFAULT N'da';
ALTER TABLE Guests ADD Language NVARCHAR(5) NOT NULL CONSTRAINT DF_Guests_Language DEFAULT N'da';
