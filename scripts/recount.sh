#!/usr/bin/env bash
# usage: scripts/recount.sh YEAR [--Data:Directory=DIR | --Database:Provider=SqlServer --ConnectionStrings:Award="..."]
# Recomputes YEAR's tally, Schulze count and tie-break chain from the stored score sheets, ballots and conflicts and
# compares them with the recorded decision. Prints "recount YEAR: same winner, same matrix" (exit 0) or every
# difference (exit 3); exit 1 when YEAR has no decision.
set -euo pipefail
if [[ $# -lt 1 || ! "$1" =~ ^[0-9]{4}$ ]]; then sed -n 2,5p "$0" >&2; exit 64; fi
year="$1"; shift
cd "$(dirname "$0")/.."
exec dotnet run --project src/CrimePreventionAward.Web -c Release --no-launch-profile -- \
  --Data:Directory="$PWD/.data" --Hangfire:Server=false --Logging:LogLevel:Default=Warning --Recount:Year="$year" "$@"
