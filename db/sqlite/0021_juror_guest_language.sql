-- The language chosen on a juror's or a guest's invitation (da/en), so every mail to them is written in it.
ALTER TABLE Jurors ADD Language TEXT NOT NULL DEFAULT 'da';
ALTER TABLE Guests ADD Language TEXT NOT NULL DEFAULT 'da';
