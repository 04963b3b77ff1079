#!/usr/bin/env bash
# usage: scripts/fuzz.sh [--no-memory]
# 1. Sends the whole bad-input catalogue (every mapped route × every malformation, as anonymous, juror and
#    secretariat; see tests/.../Foundation/BadInput) through the real app and prints the counts: requests, 5xx,
#    /api answers >= 400 that are not problem details.
# 2. Starts the app on Kestrel and checks that its memory stays within 1.5x of idle while 12 MB JSON bodies
#    (a nomination, and a score sheet with 900,000 keys; declared and streamed) are refused.
# Exits non-zero when either fails. Output and the report land in .artifacts/.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .artifacts
status=0

dotnet build tests/CrimePreventionAward.Tests -c Release 2>&1 | grep -E "error|Warn|Elapsed" | sort -u
report="$PWD/.artifacts/fuzz-report.txt"
rm -f "$report"
CPA_FUZZ=full CPA_FUZZ_REPORT="$report" dotnet test tests/CrimePreventionAward.Tests -c Release --no-build \
  --filter "FullyQualifiedName~GeneratedBadInputTests" >.artifacts/fuzz-test.log 2>&1 || status=1
if [ -f "$report" ]; then
  head -n 1 "$report"
  tail -n +2 "$report" | head -n 30
else
  echo "no report: see .artifacts/fuzz-test.log"; status=1
fi

[ "${1:-}" = "--no-memory" ] && exit $status

port=${FUZZ_PORT:-5189}
data=$(mktemp -d)
dotnet src/CrimePreventionAward.Web/bin/Release/net10.0/CrimePreventionAward.Web.dll --urls "http://127.0.0.1:$port" \
  --Data:Directory="$data" --Hangfire:Server=false --Demo:Seed=true >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"; }
for _ in $(seq 30); do curl -s -o /dev/null "http://127.0.0.1:$port/" ; curl -s -o /dev/null "http://127.0.0.1:$port/api/editions"; done
sleep 3
idle=$(rss)

python3 - "$data" <<'PY'
import json, sys
d = sys.argv[1]
open(f"{d}/nomination.json", "w").write(json.dumps({"candidateName": "a" * (12 * 1024 * 1024)}))
open(f"{d}/scores.json", "w").write(json.dumps({"scores": {str(i): "1" for i in range(900_000)}}))
PY
year=$(curl -s "http://127.0.0.1:$port/api/editions" | python3 -c 'import json,sys; print(max(e["year"] for e in json.load(sys.stdin)))')

peak=$idle
( while kill -0 $pid 2>/dev/null; do rss >>"$data/rss"; sleep 0.1; done ) &
sampler=$!
send() { # file, method, path, extra header
  curl -s -o /dev/null -w "%{http_code}\n" -X "$2" -H "Content-Type: application/json" -H "Expect:" ${4:+-H "$4"} \
    --data-binary "@$data/$1" "http://127.0.0.1:$port$3"
}
for round in $(seq 10); do
  send nomination.json POST "/api/editions/$year/nominations" &
  send nomination.json POST "/api/editions/$year/nominations" "Transfer-Encoding: chunked" &
  send scores.json PUT "/api/editions/$year/scores/1" &
  send scores.json PUT "/api/editions/$year/scores/1" "Transfer-Encoding: chunked" &
  wait -n; wait -n; wait -n; wait -n
done >"$data/codes"
kill $sampler 2>/dev/null
sleep 1
peak=$(sort -n "$data/rss" | tail -n 1)
after=$(rss)
codes=$(sort "$data/codes" | uniq -c | awk '{printf "%s×%s ", $2, $1}')
echo "memory: idle ${idle} MiB, peak ${peak} MiB, after ${after} MiB while refusing 40 bodies of 12 MB (answers: ${codes})"
if ! python3 -c "import sys; sys.exit(0 if $peak <= 1.5 * $idle else 1)"; then echo "memory: over 1.5x idle"; status=1; fi
if grep -qv '^4' "$data/codes"; then echo "memory: not every 12 MB body was refused with a 4xx"; status=1; fi
exit $status
