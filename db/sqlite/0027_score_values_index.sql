-- The tally reads every score of an edition sheet by sheet (issue 15): with the value in the index it never visits
-- the table rows. The unique index on (ScoreSheetId, CriterionId) stays: it is the rule, this one is the read.
CREATE INDEX IX_Scores_SheetValues ON Scores (ScoreSheetId, CriterionId, Value);
