-- What the low, middle and high end of a criterion's scale mean, so every juror scores against the same words.
ALTER TABLE Criteria ADD AnchorLow NVARCHAR(300) NOT NULL CONSTRAINT DF_Criteria_AnchorLow DEFAULT N'';
ALTER TABLE Criteria ADD AnchorMid NVARCHAR(300) NOT NULL CONSTRAINT DF_Criteria_AnchorMid DEFAULT N'';
ALTER TABLE Criteria ADD AnchorHigh NVARCHAR(300) NOT NULL CONSTRAINT DF_Criteria_AnchorHigh DEFAULT N'';
