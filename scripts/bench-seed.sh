#!/usr/bin/env bash
# usage: scripts/bench-seed.sh score DB YEAR TOKEN   a jury edition in Scoring (200 eligible nominations, 5 criteria,
#                                                    one juror) and a sign-in link for TOKEN, for the score-save row
#        scripts/bench-seed.sh stored DB YEAR COUNT  COUNT submitted nominations: 80 % in 2020, the rest in YEAR
# Straight into the SQLite file of a stopped app (bench.sh only; the app's commands are what a real edition uses).
set -euo pipefail
kind="$1" db="$2" year="$3"
now="strftime('%Y-%m-%dT%H:%M:%S.0000000Z', 'now')"
in_days() { echo "strftime('%Y-%m-%dT%H:%M:%S.0000000Z', 'now', '$1 days')"; }
# nominations TABLE_YEAR FROM TO: submitted, eligible rows with ~1.5 KB of text each, the case-folded keys included.
nominations() {
  cat <<SQL
WITH RECURSIVE i(n) AS (SELECT $2 UNION ALL SELECT n + 1 FROM i WHERE n < $3)
INSERT INTO Nominations (Year, Status, SequenceNo, Reference, EditTokenHash, CandidateKind, CandidateName, Title, CandidateNameKey,
    TitleKey, Organisation, Municipality, PoliceDistrict, Description, DocumentedEffect, Motivation, NominatorOrganisation, NominatorName,
    NominatorEmail, ConsentGiven, Eligibility, Version, CreatedAt, UpdatedAt, SubmittedAt)
SELECT $1, 'Submitted', n, printf('KP-%d-%03d', $1, n), hex(randomblob(32)), 'Project', 'Kandidat ' || n, 'Projekt nummer ' || n,
    'kandidat ' || n, 'projekt nummer ' || n, 'Forening ' || (n % 500), 'Ballerup', 'Københavns Vestegns Politi',
    hex(randomblob(400)), hex(randomblob(150)), hex(randomblob(100)), 'Politikreds ' || (n % 12), 'Indstiller ' || n,
    'indstiller' || n || '@bench.test', 1, 'Eligible', 1, $now, $now, $now
FROM i;
SQL
}
case "$kind" in
  score)
    token="$4"
    hash="$(printf '%s' "$token" | sha256sum | cut -d' ' -f1 | tr 'a-f' 'A-F')"
    {
      echo "BEGIN;"
      echo "INSERT INTO Editions (Year, Name, PrizeAmountDkk, NominationOpensAt, NominationDeadline, ScoringDeadline, FinalVoteDeadline,"
      echo "    CeremonyAt, Phase, Version, CreatedAt)"
      echo "VALUES ($year, 'Benchmark: bedømmelse', 50000, $(in_days -60), $(in_days -30), $(in_days 30), $(in_days 40), $(in_days 60), 'Scoring', 1, $now);"
      for c in 1 2 3 4 5; do
        echo "INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder) VALUES ($year, 'Kriterium $c', 'Beskrivelse $c', 1, 1, 5, $c);"
      done
      nominations "$year" 1 200
      echo "INSERT INTO Users (Email, Name, Role, PasswordHash, CreatedAt) VALUES ('bench.jury@bench.test', 'Bench Jurymedlem', 'Juror', NULL, $now);"
      echo "INSERT INTO Jurors (Year, UserId, Name, Email, Organisation, IsChair, InvitedAt)"
      echo "    SELECT $year, Id, Name, Email, 'Benchmark', 0, $now FROM Users WHERE Email = 'bench.jury@bench.test';"
      echo "INSERT INTO SignInLinks (UserId, TokenHash, CreatedAt, ExpiresAt, UsedAt)"
      echo "    SELECT Id, '$hash', $now, $(in_days 2), NULL FROM Users WHERE Email = 'bench.jury@bench.test';"
      echo "COMMIT;"
    } | sqlite3 "$db"
    ;;
  stored)
    count="$4" earlier=$(( $4 * 4 / 5 ))
    last() { sqlite3 "$db" "SELECT COALESCE(MAX(SequenceNo), 0) FROM Nominations WHERE Year = $1"; }
    old="$(last 2020)" new="$(last "$year")"
    { echo "BEGIN;"; nominations 2020 $((old + 1)) $((old + earlier)); nominations "$year" $((new + 1)) $((new + count - earlier)); echo "COMMIT;"; } \
      | sqlite3 "$db"
    ;;
  *) echo "unknown seed kind: $kind" >&2; exit 2 ;;
esac
