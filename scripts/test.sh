#!/usr/bin/env bash
# usage: scripts/test.sh [extra dotnet test arguments]
# Installs what the tests need when it is missing (Debian's chromium and fonts, npm), builds with warnings as
# errors, runs every test project, and ends with one line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { echo "could not install ${missing[*]}"; echo "tests: 0 passed, 1 failed"; exit 1; }
fi

mkdir -p .artifacts
log=.artifacts/test-output.log
dotnet build CrimePreventionAward.sln -c Release 2>&1 | tail -n 5
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
  dotnet build CrimePreventionAward.sln -c Release 2>&1 | grep -E "error|warning" | sort -u | head -n 40
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

rm -rf .artifacts/test-results
dotnet test CrimePreventionAward.sln -c Release --no-build --logger "console;verbosity=normal" \
  --results-directory .artifacts/test-results --logger trx "$@" 2>&1 | tee "$log" \
  | grep -E "^\s+(Failed|Passed|Skipped) |Passed!|Failed!|Error Message|error" || true
status=${PIPESTATUS[0]}

# Count from the result files (one per test project): <Counters ... passed="N" failed="N" .../>
read -r passed failed < <(cat .artifacts/test-results/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' \
  | sed -E 's/.* passed="([0-9]+)" failed="([0-9]+)".*/\1 \2/' | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
# The failures again just above the last line, so a log cut to its end still names them and says why.
if [ "$failed" -ne 0 ]; then
  echo "--- failed tests ---"
  awk '/^[[:space:]]+Failed .+ \[[^]]+\][[:space:]]*$/ {show=1; n=0} /Stack Trace:/ {show=0} show && n++ < 15' "$log"
fi
echo "tests: ${passed} passed, ${failed} failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
