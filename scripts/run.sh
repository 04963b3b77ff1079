#!/usr/bin/env bash
# usage: scripts/run.sh [--urls URL] [--Key=Value ...]
# Starts the whole system on the embedded default: SQLite in .data/, Hangfire on SQLite, mail as .eml files in
# .data/mail/, demo data seeded once, in Development (the login page offers the demo juror), plain HTTP on localhost
# (no Secure cookies, API explorer open). It runs the app published as ReadyToRun into .artifacts/run/
# (scripts/publish.sh: what is deployed and measured; a second start only checks that nothing changed). Arguments go
# on to the app, e.g. a second instance beside the first:
#   scripts/run.sh --urls http://127.0.0.1:5099 --Data:Directory=/tmp/other
set -euo pipefail
cd "$(dirname "$0")/.."
app="$PWD/.artifacts/run"
scripts/publish.sh src/CrimePreventionAward.Web "$app"
# Two malloc arenas instead of glibc's 8 per core: native memory (SQLite, the runtime) stays in fewer, fuller heaps
# (scripts/BENCHMARKS.md, "Peak memory"); deployments set the same.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec dotnet "$app/CrimePreventionAward.Web.dll" --contentRoot "$app" \
  --environment=Development --urls http://localhost:5080 --Data:Directory="$PWD/.data" --Demo:Seed=true --Https:Required=false --OpenApi:Public=true "$@"
