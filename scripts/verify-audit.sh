#!/usr/bin/env bash
# usage: scripts/verify-audit.sh [--Data:Directory=DIR | --Database:Provider=SqlServer --ConnectionStrings:Award="..."]
# Recomputes the audit log's hash chain; prints the head hash, or the first broken row. Exit 0 when the chain holds.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/CrimePreventionAward.Web -c Release --no-launch-profile -- \
  --Data:Directory="$PWD/.data" --Hangfire:Server=false --Logging:LogLevel:Default=Warning --Audit:Verify=true "$@"
