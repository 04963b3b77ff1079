-- The language the nominator used on the form (da/en), so every mail to them is written in it.
ALTER TABLE Nominations ADD Language TEXT NOT NULL DEFAULT 'da';
