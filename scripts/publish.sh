#!/usr/bin/env bash
# usage: scripts/publish.sh PROJECT_DIR OUTPUT_DIR [extra dotnet publish arguments]
# Publishes PROJECT_DIR (Release, framework-dependent, for this machine's runtime) as ReadyToRun into OUTPUT_DIR: the
# app's and its packages' code is compiled ahead of time (crossgen2, restored from NuGet by the SDK), so a start
# JIT-compiles about half as many methods. What run.sh starts, what bench.sh measures and what the pipeline deploys.
# Incremental: a second run with nothing changed only checks. Prints nothing but errors (and the build's own progress
# on a terminal).
set -euo pipefail
cd "$(dirname "$0")/.."
project="$1"; output="$2"; shift 2
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "publish: no ReadyToRun runtime for $(uname -m)" >&2; exit 1 ;;
esac
# A build first, and publish in a second run that builds again (a no-op by then): the design system files the build
# writes into wwwroot/ on a fresh clone must exist when publish lists the static files.
dotnet build "$project" -c Release -r "$rid" --self-contained false --nologo -v quiet "$@"
dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$output" --nologo -v quiet "$@"
