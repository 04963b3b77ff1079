#!/usr/bin/env bash
# usage: scripts/bench.sh [FILTER]
#   FILTER  BenchmarkDotNet filter for the micro-benchmarks, e.g. '*Schulze*' (default '*'); '-' skips them.
#   env     BENCH_HTTP=0 skips the HTTP load run; BENCH_MAIL=0 skips the mail latency run; BENCH_DURATION (15s), BENCH_CONNECTIONS (32), BENCH_THREADS (2),
#           BENCH_PORT (5199) tune it.
# Builds Release, runs the BenchmarkDotNet project (tests/CrimePreventionAward.Benchmarks), then starts the app on
# loopback with demo data and a fresh SQLite directory and puts wrk on GET /, GET /api/editions/2020, GET /health
# and, where the route exists, POST /api/editions/{year}/nominations. Results land in .artifacts/bench/
# (summary.md is the short version). See scripts/BENCHMARKS.md for what the numbers mean.
set -euo pipefail
cd "$(dirname "$0")/.."

filter="${1:-*}"
duration="${BENCH_DURATION:-15s}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
port="${BENCH_PORT:-5199}"
base="http://127.0.0.1:${port}"
out=".artifacts/bench"
mkdir -p "$out"
summary="$out/summary.md"

machine_state() {
  echo "- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "  $(awk '/MemTotal/ {printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) ($1),"
  echo "  .NET SDK $(dotnet --version), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2 || true)"
}

echo "Building Release..."
dotnet build CrimePreventionAward.sln -c Release -nologo -v quiet 2>&1 | tail -n 3

{
  echo "# Benchmark run"
  echo
  machine_state "before"
} > "$summary"

if [ "$filter" != "-" ]; then
  echo "Micro-benchmarks (filter: $filter), a few minutes..."
  rm -rf "$out/dotnet"
  dotnet tests/CrimePreventionAward.Benchmarks/bin/Release/net10.0/CrimePreventionAward.Benchmarks.dll \
    --filter "$filter" --artifacts "$out/dotnet" > "$out/dotnet.log" 2>&1 \
    || { tail -n 30 "$out/dotnet.log"; echo "the micro-benchmarks failed; see $out/dotnet.log"; exit 1; }
  {
    echo
    echo "## Micro-benchmarks (BenchmarkDotNet)"
    for report in "$out"/dotnet/results/*-report-github.md; do
      [ -f "$report" ] || continue
      echo
      grep -E '^\|' "$report" | sed 's/\*\*//g'
    done
  } >> "$summary"
fi

[ "${BENCH_HTTP:-1}" = "0" ] && { echo "Summary: $summary"; exit 0; }

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi

data="$(mktemp -d)"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT

echo "Starting the app on $base (data in $data)..."
dotnet src/CrimePreventionAward.Web/bin/Release/net10.0/CrimePreventionAward.Web.dll \
  --urls "$base" --Data:Directory="$data" --Demo:Seed=true --Hangfire:Server=true \
  --RateLimits:NominationsPerMinute=100000000 --Logging:LogLevel:Default=Warning \
  --contentRoot "$PWD/src/CrimePreventionAward.Web" > "$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/health" 2>/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped; see $out/app.log"; exit 1; }
  sleep 0.5
done
curl -fsS -o /dev/null "$base/health" || { echo "the app did not become healthy; see $out/app.log"; exit 1; }
# Demo seeding runs at start-up: wait until the archive edition is there before measuring.
for _ in $(seq 1 60); do curl -fsS -o /dev/null "$base/api/editions/2020" 2>/dev/null && break; sleep 0.5; done

status_kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$app_pid/status"; }
rss_start_kb="$(status_kb VmRSS)"

# run NAME URL [wrk args...]: one wrk run, its full output kept, one table row in the summary.
rows=()
run() {
  local name="$1" url="$2"; shift 2
  echo "wrk $name: $url"
  # A short unmeasured run first, so JIT and first-request work are not in the numbers.
  wrk -t1 -c4 -d3s "$@" "$url" > /dev/null
  wrk -t"${run_threads:-$threads}" -c"${run_connections:-$connections}" -d"$duration" --latency "$@" "$url" > "$out/wrk-$name.txt"
  local rps p50 p99 errors
  rps="$(awk '/^Requests\/sec/ {print $2}' "$out/wrk-$name.txt")"
  p50="$(awk '$1 == "50%" {print $2}' "$out/wrk-$name.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$out/wrk-$name.txt")"
  errors="$(awk '/Non-2xx or 3xx/ {print $NF} /Socket errors/ {print "socket: " $0}' "$out/wrk-$name.txt" | xargs)"
  rows+=("| $name | ${run_connections:-$connections} | \`${url#"$base"}\` | $rps | $p50 | $p99 | ${errors:-0} |")
}

run front "$base/"
run edition "$base/api/editions/2020"
run health "$base/health"
rss_read_kb="$(status_kb VmHWM)"

# The write run needs the nomination API (another slice): a POST of an empty body is refused with 400 if it exists.
year="$(curl -fsS "$base/api/editions" | grep -o '"year":[0-9]*' | cut -d: -f2 | sort -n | tail -n 1)"
probe="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{}' \
  "$base/api/editions/$year/nominations" || true)"
write_note=""
if [ "$probe" = "400" ]; then
  before="$(sqlite3 "$data/award.db" "SELECT COUNT(*) FROM Nominations" 2>/dev/null || echo '?')"
  run submit "$base/api/editions/$year/nominations" -s scripts/bench-submit.lua
  # One nominator at a time: the latency of a single submission without queueing behind the write gate.
  run_threads=1 run_connections=1 run submit-alone "$base/api/editions/$year/nominations" -s scripts/bench-submit.lua
  after="$(sqlite3 "$data/award.db" "SELECT COUNT(*) FROM Nominations" 2>/dev/null || echo '?')"
  write_note="Write runs: POST /api/editions/$year/nominations; nominations in the database before $before, after $after (warm-ups included)."
else
  write_note="Write run skipped: POST /api/editions/$year/nominations answered $probe (route not there yet)."
fi
echo "$write_note"
rss_peak_kb="$(status_kb VmHWM)"

mail_line="skipped (BENCH_MAIL=0)"
if [ "${BENCH_MAIL:-1}" != "0" ] && [ "$probe" = "400" ]; then
  # Mail latency: from the commit (the API's 201) to the SMTP server's acceptance, on a second app that delivers to
  # a loopback SMTP sink (scripts/drill/tools.py), 400 receipts from 8 nominators at once.
  mail_out="$out/mail"; rm -rf "$mail_out"; mkdir -p "$mail_out"
  smtp_port=$((port + 1)); mail_base="http://127.0.0.1:$((port + 2))"
  python3 scripts/drill/tools.py sink --port "$smtp_port" --log "$mail_out/sink.log" & sink_pid=$!
  dotnet src/CrimePreventionAward.Web/bin/Release/net10.0/CrimePreventionAward.Web.dll \
    --urls "$mail_base" --Data:Directory="$data/mail" --Demo:Seed=true --Mail:SmtpHost=127.0.0.1 --Mail:SmtpPort="$smtp_port" \
    --RateLimits:NominationsPerMinute=100000000 --Logging:LogLevel:Default=Warning \
    --contentRoot "$PWD/src/CrimePreventionAward.Web" > "$mail_out/app.log" 2>&1 &
  mail_pid=$!
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "$mail_base/health" 2>/dev/null && break; sleep 0.5; done
  python3 scripts/drill/tools.py submit --base "$mail_base" --year "$year" --clients 8 --count 400 --out "$mail_out/acks.tsv" > /dev/null
  sleep 10
  mail_line="$(python3 scripts/drill/tools.py latency --acks "$mail_out/acks.tsv" --sink "$mail_out/sink.log")"
  kill "$mail_pid" "$sink_pid" 2>/dev/null || true; wait "$mail_pid" "$sink_pid" 2>/dev/null || true
  echo "$mail_line"
fi

{
  echo
  echo "## HTTP load (wrk -t$threads -c$connections -d$duration --latency, loopback, SQLite, Hangfire server on)"
  echo
  echo "| run | connections | path | requests/s | p50 | p99 | non-2xx/3xx |"
  echo "|---|---:|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "$write_note"
  echo
  echo "Mail (8 nominators, 400 receipts, SMTP on loopback): $mail_line."
  echo
  echo "App memory: RSS after start-up $((rss_start_kb / 1024)) MB, peak RSS (VmHWM) after the read runs" \
    "$((rss_read_kb / 1024)) MB, at the end $((rss_peak_kb / 1024)) MB."
  echo
  machine_state "after"
} >> "$summary"

echo
cat "$summary"
