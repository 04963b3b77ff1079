#!/usr/bin/env bash
# usage: scripts/bench.sh [FILTER]
#   FILTER  BenchmarkDotNet filter for the micro-benchmarks, e.g. '*Schulze*'; without it (or '-') they are skipped.
#   env     BENCH_HTTP=0 skips the side-by-side run; BENCH_MAIL=0 skips the mail latency run;
#           BENCH_DURATION (5s per measured run), BENCH_REPEATS (3), BENCH_CONNECTIONS ("8 32 64", the write runs),
#           BENCH_PAGE_CONNECTIONS (32, the page runs), BENCH_PORT (5199) tune it; BENCH_APP_DLL measures another build
#           of the app (e.g. a copy of an earlier .artifacts/bench/app, for before-and-after figures) instead of this one.
#           BENCH_ONLY=submit,score,results only only those rows (start, submit, score, pages, memory, results, 50k,
#           mail, announcement; default all); BENCH_STORED (50000) is the number of nominations the 50k row stores;
#           BENCH_RESULTS_SCALES ("2000 20000", nominations × 30 jurors × 5 criteria) the results row.
#           MALLOC_ARENA_MAX (2) is the app's, as deployed (README, Configuration); 16 is glibc's own cap on 2 cores.
#           The memory row also writes $out/memory.md: the app's memory by kind after each load (scripts/bench-smaps.py),
#           with the GC's figures where dotnet-counters and dotnet-gcdump are installed (PATH, ~/.dotnet/tools or
#           BENCH_DOTNET_TOOLS); it needs the submit, score and pages rows before it to load the app.
# Runs the app (published as ReadyToRun like a deployment, scripts/publish.sh; SQLite, demo data, Hangfire on) and the
# bare baseline (tests/CrimePreventionAward.Baseline: the same storage work with the same SQLite settings and write
# gate, nothing else; published the same way) side by side, alternating run by run, and prints one table of app/bare
# ratios (median of the repeats, min–max beside it) and one line per headline ratio. Everything lands in
# .artifacts/bench/ (summary.md is the short version). See scripts/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

filter="${1:--}"
duration="${BENCH_DURATION:-5s}"
repeats="${BENCH_REPEATS:-3}"
levels="${BENCH_CONNECTIONS:-8 32 64}"
page_connections="${BENCH_PAGE_CONNECTIONS:-32}"
port="${BENCH_PORT:-5199}"
results_scales="${BENCH_RESULTS_SCALES:-2000 20000}"
app_base="http://127.0.0.1:${port}"
bare_base="http://127.0.0.1:$((port + 3))"
out=".artifacts/bench"
# No file watchers for the configuration: a machine busy with other test hosts only out of inotify instances.
export DOTNET_hostBuilder__reloadConfigOnChange=false
mkdir -p "$out"
summary="$out/summary.md"
results="$out/results.tsv"
app_dll="${BENCH_APP_DLL:-$out/app/CrimePreventionAward.Web.dll}"
bare_dll="$out/bare/CrimePreventionAward.Baseline.dll"

# only ROW: true when BENCH_ONLY is unset or names ROW.
only() { [ -z "${BENCH_ONLY:-}" ] || [[ ",${BENCH_ONLY}," == *",$1,"* ]]; }

machine_state() {
  echo "- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "  $(awk '/MemTotal/ {printf "%.1f GB RAM", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) ($1),"
  echo "  .NET SDK $(dotnet --version), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2 || true)"
}

if ! command -v wrk >/dev/null 2>&1 || ! command -v sqlite3 >/dev/null 2>&1; then
  echo "Installing wrk and sqlite3..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk sqlite3 >/dev/null
fi

echo "Publishing app and baseline (Release, ReadyToRun, scripts/publish.sh)..."
[ -n "${BENCH_APP_DLL:-}" ] || scripts/publish.sh src/CrimePreventionAward.Web "$out/app" 2>&1 | tail -n 3
scripts/publish.sh tests/CrimePreventionAward.Baseline "$out/bare" 2>&1 | tail -n 3
# A published app finds its static files beside it; a build output (BENCH_APP_DLL) in the project folder.
app_root="$(realpath -m "$(dirname "$app_dll")")"; [ -d "$app_root/wwwroot" ] || app_root="$PWD/src/CrimePreventionAward.Web"

{ echo "# Benchmark run"; echo; machine_state "before"; } > "$summary"

if [ "$filter" != "-" ]; then
  echo "Micro-benchmarks (filter: $filter), a few minutes..."
  dotnet build tests/CrimePreventionAward.Benchmarks -c Release -nologo -v quiet 2>&1 | tail -n 3
  rm -rf "$out/dotnet"
  dotnet tests/CrimePreventionAward.Benchmarks/bin/Release/net10.0/CrimePreventionAward.Benchmarks.dll \
    --filter "$filter" --artifacts "$out/dotnet" > "$out/dotnet.log" 2>&1 \
    || { tail -n 30 "$out/dotnet.log"; echo "the micro-benchmarks failed; see $out/dotnet.log"; exit 1; }
  {
    echo; echo "## Micro-benchmarks (BenchmarkDotNet)"
    for report in "$out"/dotnet/results/*-report-github.md; do
      [ -f "$report" ] || continue
      echo; grep -E '^\|' "$report" | sed 's/\*\*//g'
    done
  } >> "$summary"
fi

[ "${BENCH_HTTP:-1}" = "0" ] && { echo "Summary: $summary"; exit 0; }

work="$(mktemp -d)"
app_pid=""; bare_pid=""; sink_pid=""; mail_pid=""; full_pid=""; none_pid=""
stop() { local pid="$1"; if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; }
cleanup() { stop "$app_pid"; stop "$bare_pid"; stop "$full_pid"; stop "$none_pid"; stop "$mail_pid"; stop "$sink_pid"; rm -rf "$work"; }
trap cleanup EXIT

start_app() { # DATA_DIR [BASE_URL]: starts the app, sets app_pid
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" dotnet "$app_dll" --urls "${2:-$app_base}" --Data:Directory="$1" --Demo:Seed=true --Hangfire:Server=true \
    --RateLimits:NominationsPerMinute=100000000 --RateLimits:AnonymousMailsPerRecipientPerHour=100000000 \
    --Logging:LogLevel:Default=Warning --contentRoot "$app_root" >> "$out/app.log" 2>&1 &
  app_pid=$!
}
start_bare() { # DATA_DIR: starts the baseline, sets bare_pid
  dotnet "$bare_dll" --urls "$bare_base" --Data:Directory="$1" >> "$out/bare.log" 2>&1 &
  bare_pid=$!
}
# first_200 PID URL START_NS: seconds from START_NS to the first 200 on URL.
first_200() {
  for _ in $(seq 1 3000); do
    if curl -fsS -o /dev/null "$2" 2>/dev/null; then
      awk -v a="$3" -v b="$(date +%s%N)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; return 0
    fi
    kill -0 "$1" 2>/dev/null || { echo "the process behind $2 stopped; see $out/*.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "no 200 from $2" >&2; exit 1
}

: > "$out/app.log"; : > "$out/bare.log"
printf 'figure\tside\tconnections\trepeat\tvalue\tp99_ms\terrors\n' > "$results"

only start && echo "Start-up, fresh and existing data directory, $repeats times each, alternating..."
only start && for r in $(seq 1 "$repeats"); do
  for kind in fresh existing; do
    [ "$kind" = fresh ] && rm -rf "$work/app" "$work/bare"
    t0="$(date +%s%N)"; start_app "$work/app"; s="$(first_200 "$app_pid" "$app_base/" "$t0")"; stop "$app_pid"
    printf 'start-%s\tapp\t-\t%s\t%s\t-\t0\n' "$kind" "$r" "$s" >> "$results"
    t0="$(date +%s%N)"; start_bare "$work/bare"; s="$(first_200 "$bare_pid" "$bare_base/page" "$t0")"; stop "$bare_pid"
    printf 'start-%s\tbare\t-\t%s\t%s\t-\t0\n' "$kind" "$r" "$s" >> "$results"
  done
done

# Demo seeding only at start-up: wait until the archive edition is there before measuring.
seeded() { for _ in $(seq 1 120); do curl -fsS -o /dev/null "$1/api/editions/2020" 2>/dev/null && return 0; sleep 0.5; done; }
# A jury edition in Scoring for the score-save row, seeded into the stopped app's database (scripts/bench-seed.sh).
score_year=2019
score_token="bench-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
if only score; then
  if [ ! -f "$work/app/award.db" ]; then
    start_app "$work/app"; first_200 "$app_pid" "$app_base/health" "$(date +%s%N)" > /dev/null; seeded "$app_base"; stop "$app_pid"
  fi
  scripts/bench-seed.sh score "$work/app/award.db" "$score_year" "$score_token"
fi

start_app "$work/app"; first_200 "$app_pid" "$app_base/health" "$(date +%s%N)" > /dev/null
start_bare "$work/bare"; first_200 "$bare_pid" "$bare_base/page" "$(date +%s%N)" > /dev/null
seeded "$app_base"

# memory_phase PID PHASE [--gc]: one row of the memory table, what the process holds by kind after a load.
memory_table="$out/memory.md"
memory_phase() { if only memory; then python3 scripts/bench-smaps.py "$@" >> "$memory_table"; fi; }
if only memory; then python3 scripts/bench-smaps.py --header > "$memory_table"; fi
memory_phase "$app_pid" "app idle (demo data seeded)"

# measure FIGURE SIDE CONNECTIONS REPEAT URL [wrk args...]: one wrk run, one line in results.tsv.
measure() {
  local figure="$1" side="$2" c="$3" r="$4" url="$5"; shift 5
  local file="$out/wrk-$(printf '%s' "$figure" | tr -c 'a-z0-9' '-')-$side-c$c-r$r.txt"
  # A generous timeout: a slow answer shows in p99, an error is a refused or failed request.
  wrk -t2 -c"$c" -d"$duration" --timeout 10s --latency "$@" "$url" > "$file"
  awk -v f="$figure" -v s="$side" -v c="$c" -v r="$r" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^Requests\/sec/ { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s\t%s\t%s\t%s\t%s\t%.2f\t%d\n", f, s, c, r, rps, p99, errors }' "$file" >> "$results"
}
warm() { wrk -t1 -c4 -d3s "$@" > /dev/null; }

# The edition open for nominations (the newest year is the fictional demo edition, long decided).
year="$(curl -fsS "$app_base/api/editions" \
  | python3 -c 'import json, sys; print(max(e["year"] for e in json.load(sys.stdin) if e["phase"] == "NominationOpen"))')"
submit_url="$app_base/api/editions/$year/nominations"
before="$(sqlite3 "$work/app/award.db" "SELECT COUNT(*) FROM Nominations")"
only submit && echo "Writes: POST /api/editions/$year/nominations against POST /insert, connections $levels, $repeats × $duration each..."
only submit && warm -s scripts/bench-submit.lua "$submit_url" && warm -s scripts/bench-submit.lua "$bare_base/insert"
only submit && for c in $levels; do
  for r in $(seq 1 "$repeats"); do
    measure submit app "$c" "$r" "$submit_url" -s scripts/bench-submit.lua
    measure submit bare "$c" "$r" "$bare_base/insert" -s scripts/bench-submit.lua
  done
done
after="$(sqlite3 "$work/app/award.db" "SELECT COUNT(*) FROM Nominations")"
only submit && memory_phase "$app_pid" "app after the submits"

if only score; then
  echo "Score-sheet saves: PUT /api/editions/$score_year/scores/{id} as a juror against POST /insert, connections $levels..."
  # The juror signs in with the seeded link as a browser would (POST spends the token) and keeps the session cookie.
  cookie="$(curl -fsS -o /dev/null -D - -X POST "$app_base/api/auth/link/$score_token" \
    | awk 'tolower($1) == "set-cookie:" { sub(/;.*/, "", $2); c = c (c ? "; " : "") $2 } END { print c }')"
  [ -n "$cookie" ] || { echo "the bench juror could not sign in; see $out/app.log" >&2; exit 1; }
  export BENCH_SCORE_YEAR="$score_year" BENCH_SCORE_COOKIE="$cookie"
  BENCH_SCORE_FIRST="$(sqlite3 "$work/app/award.db" "SELECT MIN(Id) FROM Nominations WHERE Year = $score_year")"
  BENCH_SCORE_LAST="$(sqlite3 "$work/app/award.db" "SELECT MAX(Id) FROM Nominations WHERE Year = $score_year")"
  BENCH_SCORE_CRITERIA="$(sqlite3 "$work/app/award.db" "SELECT group_concat(Id) FROM Criteria WHERE Year = $score_year")"
  export BENCH_SCORE_FIRST BENCH_SCORE_LAST BENCH_SCORE_CRITERIA
  score_url="$app_base/api/editions/$score_year/scores/$BENCH_SCORE_FIRST"
  probe="$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Cookie: $cookie" -H 'X-Requested-With: bench' -H 'Content-Type: application/json' \
    -d "{\"scores\": {$(echo "$BENCH_SCORE_CRITERIA" | sed 's/\([0-9][0-9]*\)/"\1": 3/g')}}" "$score_url")"
  [ "$probe" = 200 ] || { echo "a score-sheet save answered $probe, not 200; see $out/app.log" >&2; exit 1; }
  warm -s scripts/bench-score.lua "$score_url"; warm -s scripts/bench-submit.lua "$bare_base/insert"
  for c in $levels; do
    for r in $(seq 1 "$repeats"); do
      measure score app "$c" "$r" "$score_url" -s scripts/bench-score.lua
      measure score bare "$c" "$r" "$bare_base/insert" -s scripts/bench-submit.lua
    done
  done
  memory_phase "$app_pid" "app after the score saves"
fi

only pages && echo "Public pages against GET /page (50 rows, ~20 KB), $page_connections connections..."
# /nominerede is the current edition's "not yet" 404 until its shortlist is published: the row measures the 2020 nominees.
only pages && for path in / /prisoverraekkelse /arkiv '/nominerede?aar=2020'; do
  code="$(curl -sS -o /dev/null -w '%{http_code}' "$app_base$path")"
  [ "$code" = 200 ] || { echo "$path answered $code, not 200; see $out/app.log" >&2; exit 1; }
  warm "$app_base$path"; warm "$bare_base/page"
  for r in $(seq 1 "$repeats"); do
    measure "page $path" app "$page_connections" "$r" "$app_base$path"
    measure "page $path" bare "$page_connections" "$r" "$bare_base/page"
  done
done
only pages && memory_phase "$app_pid" "app after the pages"

hwm_mb() { awk '$1 == "VmHWM:" {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
if only memory; then
  printf 'peak-memory\tapp\t-\t1\t%s\t-\t0\n' "$(hwm_mb "$app_pid")" >> "$results"
  printf 'peak-memory\tbare\t-\t1\t%s\t-\t0\n' "$(hwm_mb "$bare_pid")" >> "$results"
  # After the peaks are read: the GC figures attach a diagnostics session and the heap dump forces a full collection.
  memory_phase "$app_pid" "app at the end, GC figures" --gc
  memory_phase "$bare_pid" "bare at the end, GC figures" --gc
fi
stop "$bare_pid"

if only results; then
  # The secretariat's results (GET /api/editions/{year}/results: read, tally by every method, JSON) against the
  # baseline's one SQL aggregate over the same number of score rows, one request at a time, alternating.
  jar="$work/secretariat.jar"
  curl -fsS -c "$jar" -H 'X-Requested-With: XMLHttpRequest' -H 'Content-Type: application/json' \
    -d '{"email":"sekretariat@dkr.dk","password":"Demo-Sekretariat-2020"}' "$app_base/api/auth/login"
  seconds() { curl -fsS -o /dev/null -w '%{time_total}' "$@"; }
  for n in $results_scales; do
    bench_year=$(( 2100 + ${#n} )); figure="results $n×30×5"
    echo "Results of $n nominations × 30 jurors × 5 criteria against GET /tally, $repeats times each..."
    scripts/bench-results-seed.sh "$work/app/award.db" "$bench_year" "$n"
    rm -rf "$work/tally"
    dotnet "$bare_dll" --urls "$bare_base" --Data:Directory="$work/tally" --Tally:Nominations="$n" >> "$out/bare.log" 2>&1 &
    bare_pid=$!; first_200 "$bare_pid" "$bare_base/page" "$(date +%s%N)" > /dev/null
    seconds -b "$jar" "$app_base/api/editions/$bench_year/results" > /dev/null; seconds "$bare_base/tally" > /dev/null
    for r in $(seq 1 "$repeats"); do
      printf '%s\tapp\t-\t%s\t%s\t-\t0\n' "$figure" "$r" "$(seconds -b "$jar" "$app_base/api/editions/$bench_year/results")" >> "$results"
      printf '%s\tbare\t-\t%s\t%s\t-\t0\n' "$figure" "$r" "$(seconds "$bare_base/tally")" >> "$results"
    done
    stop "$bare_pid"
  done
fi
stop "$app_pid"

stored_count="${BENCH_STORED:-50000}"
if only 50k; then
  # The same submit on two apps side by side: one with BENCH_STORED nominations already stored (80 % in 2020, the rest
  # in the open edition), one with none; the "bare" column of this row is the app with none.
  echo "Submit with $stored_count nominations stored against none, 32 connections..."
  none_base="http://127.0.0.1:$((port + 4))" full_base="http://127.0.0.1:$((port + 5))"
  start_app "$work/full" "$full_base"; first_200 "$app_pid" "$full_base/health" "$(date +%s%N)" > /dev/null; seeded "$full_base"
  stop "$app_pid"
  t0="$(date +%s)"; scripts/bench-seed.sh stored "$work/full/award.db" "$year" "$stored_count"
  echo "  seeded $stored_count nominations in $(( $(date +%s) - t0 )) s"
  start_app "$work/full" "$full_base"; full_pid="$app_pid"; first_200 "$full_pid" "$full_base/health" "$(date +%s%N)" > /dev/null
  start_app "$work/none" "$none_base"; none_pid="$app_pid"; first_200 "$none_pid" "$none_base/health" "$(date +%s%N)" > /dev/null
  seeded "$none_base"
  warm -s scripts/bench-submit.lua "$full_base/api/editions/$year/nominations"
  warm -s scripts/bench-submit.lua "$none_base/api/editions/$year/nominations"
  for r in $(seq 1 "$repeats"); do
    measure "stored-50k submit" app 32 "$r" "$full_base/api/editions/$year/nominations" -s scripts/bench-submit.lua
    measure "stored-50k submit" bare 32 "$r" "$none_base/api/editions/$year/nominations" -s scripts/bench-submit.lua
  done
  stop "$full_pid"; stop "$none_pid"
fi

mail_line="skipped (BENCH_MAIL=0)"
if [ "${BENCH_MAIL:-1}" != "0" ] && only mail; then
  # Mail latency: from the commit (the API's 201) to the SMTP server's acceptance, on an app that delivers to a
  # loopback SMTP sink (scripts/drill/tools.py), 400 receipts from 8 nominators at once.
  mail_out="$out/mail"; rm -rf "$mail_out"; mkdir -p "$mail_out"
  smtp_port=$((port + 1)); mail_base="http://127.0.0.1:$((port + 2))"
  python3 scripts/drill/tools.py sink --port "$smtp_port" --log "$mail_out/sink.log" & sink_pid=$!
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" dotnet "$app_dll" --urls "$mail_base" --Data:Directory="$work/mail" --Demo:Seed=true --Mail:SmtpHost=127.0.0.1 \
    --Mail:SmtpPort="$smtp_port" --RateLimits:NominationsPerMinute=100000000 \
    --RateLimits:AnonymousMailsPerRecipientPerHour=100000000 --Logging:LogLevel:Default=Warning \
    --contentRoot "$app_root" > "$mail_out/app.log" 2>&1 &
  mail_pid=$!
  first_200 "$mail_pid" "$mail_base/health" "$(date +%s%N)" > /dev/null
  for _ in $(seq 1 60); do curl -fsS -o /dev/null "$mail_base/api/editions/2020" 2>/dev/null && break; sleep 0.5; done
  python3 scripts/drill/tools.py submit --base "$mail_base" --year "$year" --clients 8 --count 400 --out "$mail_out/acks.tsv" > /dev/null
  sleep 10
  mail_line="$(python3 scripts/drill/tools.py latency --acks "$mail_out/acks.tsv" --sink "$mail_out/sink.log" || true)"
  stop "$mail_pid"; stop "$sink_pid"
fi

announcement_line="skipped"
if only announcement; then
  echo "The announcement moment: /vinder at 64 connections across the instant (scripts/bench-announcement.sh)..."
  BENCH_APP_DLL="$app_dll" BENCH_PORT=$((port + 4)) scripts/bench-announcement.sh > "$out/announcement.txt" 2>&1 || true
  announcement_line="$(grep '^headline announcement' "$out/announcement.txt" || tail -n 1 "$out/announcement.txt")"
fi

{
  echo
  echo "## Side by side (wrk -t2 -d$duration --latency, $repeats repeats alternating app/bare, median [min–max])"
  echo
  python3 scripts/bench-table.py "$results"
  echo
  echo "Writes: nominations in the app's database before $before, after $after (warm-ups included)."
  echo "Mail (8 nominators, 400 receipts, SMTP on loopback): $mail_line."
  echo
  echo "\`\`\`"; echo "$announcement_line"; echo "\`\`\`"
  echo
  if only memory; then
    echo "Memory by phase (MB resident; VmHWM is the peak so far; scripts/bench-smaps.py, MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}):"
    echo; cat "$memory_table"; echo
  fi
  machine_state "after"
} >> "$summary"

echo
cat "$summary"
