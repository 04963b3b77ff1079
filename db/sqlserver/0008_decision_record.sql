-- The conflicts a decision was computed with, as JSON [{"jurorId":1,"nominationId":2}, ...], so a recount needs
-- nothing that may change later.
ALTER TABLE Decisions ADD Conflicts NVARCHAR(MAX) NOT NULL CONSTRAINT DF_Decisions_Conflicts DEFAULT N'[]';

-- A winner announcement follows the current ceremony start unless the secretariat set an explicit time;
-- one earlier than the ceremony carries the reason it was confirmed with.
ALTER TABLE Announcements ADD IsExplicit BIT NOT NULL CONSTRAINT DF_Announcements_IsExplicit DEFAULT 0;
ALTER TABLE Announcements ADD Reason NVARCHAR(1000) NULL;
