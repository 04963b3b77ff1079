#!/usr/bin/env bash
# usage: scripts/restore.sh SOURCE [--Data:Directory=DIR]
# Writes a backup taken by scripts/backup.sh back into the data directory (.data by default), through SQLite, and
# checks it. Stop the app first; start it again afterwards (it migrates a backup from an older version).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] && [ "${1#--}" = "$1" ] || { echo "usage: scripts/restore.sh SOURCE [--Data:Directory=DIR]" >&2; exit 2; }
source_dir="$1"; shift
dll=src/CrimePreventionAward.Web/bin/Release/net10.0/CrimePreventionAward.Web.dll
[ -f "$dll" ] || dotnet build src/CrimePreventionAward.Web -c Release -nologo -v quiet >/dev/null
exec dotnet "$dll" --contentRoot="$PWD/src/CrimePreventionAward.Web" --Data:Directory="$PWD/.data" --Restore:From="$source_dir" "$@"
