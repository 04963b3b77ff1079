ALTER TABLE MailOutbox ADD ProtectedToken NVARCHAR(1000) NULL;
ALTER TABLE MailOutbox ADD TokenPurpose NVARCHAR(50) NULL;
ALTER TABLE Users ADD SecurityStamp NVARCHAR(64) NULL;

-- Mail queued before this script carries its link in clear; once sent, the text is not needed to sign anyone in.
UPDATE MailOutbox SET BodyText = N'(Teksten er slettet, fordi den indeholdt et personligt link.)'
WHERE Status = 'Sent' AND (BodyText LIKE N'%token=%' OR BodyText LIKE N'%/login/link/%' OR BodyText LIKE N'%/prisoverraekkelse/svar/%');

ALTER TABLE Jurors ADD RemovedAt DATETIMEOFFSET NULL;
