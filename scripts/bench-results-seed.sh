#!/usr/bin/env bash
# usage: scripts/bench-results-seed.sh DB YEAR NOMINATIONS [JURORS] [CRITERIA]
# Writes a bench edition (a Draft, so never the current edition) with NOMINATIONS eligible nominations, JURORS jurors
# (30) and CRITERIA criteria (5, weights 0.1–0.5 like the baseline's), every juror's complete score sheet on every
# nomination, straight into the app's SQLite database with the sqlite3 shell. For scripts/bench.sh's results row.
set -euo pipefail
db="$1"; year="$2"; nominations="$3"; jurors="${4:-30}"; criteria="${5:-5}"
t="'2020-01-01T00:00:00.0000000Z'"
sqlite3 "$db" <<SQL
.timeout 30000
BEGIN;
INSERT INTO Editions (Year, Name, PrizeAmountDkk, NominationOpensAt, NominationDeadline, ScoringDeadline, FinalVoteDeadline,
                      CeremonyAt, Phase, Version, CreatedAt)
VALUES ($year, 'Bench $year', 50000, $t, $t, $t, $t, $t, 'Draft', 1, $t);
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $nominations)
INSERT INTO Nominations (Year, Status, SequenceNo, Reference, EditTokenHash, Title, CandidateName, Organisation,
                         Eligibility, ConsentGiven, CreatedAt, UpdatedAt, SubmittedAt)
SELECT $year, 'Submitted', i, printf('KP-%d-%05d', $year, i), 'bench-$year-' || i, 'Nominering ' || i, 'Kandidat ' || i,
       'Organisation ' || i, 'Eligible', 1, $t, $t, $t FROM k;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $jurors)
INSERT INTO Users (Email, Name, Role, CreatedAt) SELECT 'bench$year-' || i || '@bench.invalid', 'Jurymedlem ' || i, 'Juror', $t FROM k;
INSERT INTO Jurors (Year, UserId, Name, Email, Organisation, IsChair, InvitedAt)
SELECT $year, Id, Name, Email, 'Bench', Id % $jurors = 0, $t FROM Users WHERE Email LIKE 'bench$year-%';
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $criteria)
INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder)
SELECT $year, 'Kriterium ' || i, '', i * 0.1, 1, 5, i FROM k;
INSERT INTO ScoreSheets (Year, JurorId, NominationId, Version, UpdatedAt)
SELECT $year, j.Id, n.Id, 1, $t FROM Jurors j CROSS JOIN Nominations n WHERE j.Year = $year AND n.Year = $year;
INSERT INTO Scores (ScoreSheetId, CriterionId, Value)
SELECT s.Id, c.Id, abs(random()) % 5 + 1 FROM ScoreSheets s CROSS JOIN Criteria c WHERE s.Year = $year AND c.Year = $year;
COMMIT;
SQL
