-- When retention erased the nomination's personal data; the anonymous facts (kind, district, scores) stay.
ALTER TABLE Nominations ADD PersonalDataErasedAt DATETIMEOFFSET NULL;
