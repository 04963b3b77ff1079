ALTER TABLE MailOutbox ADD COLUMN ProtectedToken TEXT NULL;
ALTER TABLE MailOutbox ADD COLUMN TokenPurpose TEXT NULL;
ALTER TABLE Users ADD COLUMN SecurityStamp TEXT NULL;

-- Mail queued before this script carries its link in clear; once sent, the text is not needed to sign anyone in.
UPDATE MailOutbox SET BodyText = '(Teksten er slettet, fordi den indeholdt et personligt link.)'
WHERE Status = 'Sent' AND (BodyText LIKE '%token=%' OR BodyText LIKE '%/login/link/%' OR BodyText LIKE '%/prisoverraekkelse/svar/%');

ALTER TABLE Jurors ADD COLUMN RemovedAt TEXT NULL;
