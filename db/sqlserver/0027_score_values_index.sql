-- The tally reads every score of an edition sheet by sheet (issue 15): with the value in the index it never visits
-- the table rows. SQL Server can include the value in the unique index itself, so no second index is needed.
CREATE UNIQUE INDEX UX_Scores_SheetCriterion ON Scores (ScoreSheetId, CriterionId) INCLUDE (Value) WITH (DROP_EXISTING = ON);
