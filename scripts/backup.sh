#!/usr/bin/env bash
# usage: scripts/backup.sh [DEST] [--Data:Directory=DIR]
# Takes a consistent online backup of the SQLite database (award.db) and the Hangfire store (hangfire.db) with
# SQLite's backup API while the app runs, checks each copy with PRAGMA integrity_check and prints one line.
# DEST defaults to .backups/<UTC time>. Restore with scripts/restore.sh DEST.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=".backups/$(date -u +%Y%m%dT%H%M%SZ)"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then dest="$1"; shift; fi
dll=src/CrimePreventionAward.Web/bin/Release/net10.0/CrimePreventionAward.Web.dll
[ -f "$dll" ] || dotnet build src/CrimePreventionAward.Web -c Release -nologo -v quiet >/dev/null
exec dotnet "$dll" --contentRoot="$PWD/src/CrimePreventionAward.Web" --Data:Directory="$PWD/.data" --Backup:To="$dest" "$@"
