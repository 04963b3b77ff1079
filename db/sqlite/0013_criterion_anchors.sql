-- What the low, middle and high end of a criterion's scale mean, so every juror scores against the same words.
ALTER TABLE Criteria ADD AnchorLow TEXT NOT NULL DEFAULT '';
ALTER TABLE Criteria ADD AnchorMid TEXT NOT NULL DEFAULT '';
ALTER TABLE Criteria ADD AnchorHigh TEXT NOT NULL DEFAULT '';
