-- A delivery run claims a message before sending it, so two runs never send the same one; a dead run's claim expires.
ALTER TABLE MailOutbox ADD ClaimedUntil TEXT NULL;
