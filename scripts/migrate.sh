#!/usr/bin/env bash
# usage: scripts/migrate.sh [--Database:Provider=SqlServer --ConnectionStrings:Award="..."] [--Data:Directory=DIR]
# Runs the forward-only migrations in db/<provider>/ and exits (the app also runs them at start-up).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/CrimePreventionAward.Web -c Release --no-launch-profile -- \
  --Data:Directory="$PWD/.data" --Migrate:Only=true "$@"
