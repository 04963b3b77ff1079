-- The conflicts a decision was computed with, as JSON [{"jurorId":1,"nominationId":2}, ...], so a recount needs
-- nothing that may change later.
ALTER TABLE Decisions ADD COLUMN Conflicts TEXT NOT NULL DEFAULT '[]';

-- A winner announcement follows the current ceremony start unless the secretariat set an explicit time;
-- one earlier than the ceremony carries the reason it was confirmed with.
ALTER TABLE Announcements ADD COLUMN IsExplicit INTEGER NOT NULL DEFAULT 0;
ALTER TABLE Announcements ADD COLUMN Reason TEXT NULL;
