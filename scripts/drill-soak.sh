#!/usr/bin/env bash
# usage: scripts/drill-soak.sh [DURATION]
# Soak drill on loopback, ≤ 10 minutes: DURATION (default 5m) of mixed load at 64 connections (wrk, 2 threads):
# public pages, the API, health and nominations (one request in five). Verdict: 0 socket errors, 0 × 5xx, and the
# app's memory (RSS) at start, peak and end, sampled every 5 s. Output in .artifacts/drill-soak/.
set -euo pipefail
source "$(dirname "$0")/drill/common.sh"
duration="${1:-5m}"
out="$root/.artifacts/drill-soak"; rm -rf "$out"; mkdir -p "$out"
if ! command -v wrk >/dev/null 2>&1; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq -o DPkg::Lock::Timeout=300 wrk >/dev/null
fi
build_app
port=$(free_port); base="http://127.0.0.1:$port"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start_app "$out/app.log" --urls "$base" --Data:Directory="$out/data"; pids+=("$app_pid")
wait_healthy "$base"
year=$(current_year "$base")
python3 -c "import sys; sys.path.insert(0, '$root/scripts/drill'); import tools; open('$out/body.json', 'wb').write(tools.BODY)"
sleep 5
start_mem=$(rss_mib "$app_pid")
( while kill -0 "$app_pid" 2>/dev/null; do echo "$(date +%s) $(rss_mib "$app_pid")"; sleep 5; done ) >"$out/memory.txt" &
pids+=($!)
DRILL_YEAR="$year" DRILL_BODY="$out/body.json" wrk -t2 -c64 -d"$duration" --timeout 10s -s "$root/scripts/drill/soak.lua" "$base" \
  >"$out/wrk.txt" 2>&1
sleep 30
end_mem=$(rss_mib "$app_pid")
peak_mem=$(awk 'BEGIN {m = 0} $2 > m {m = $2} END {print m}' "$out/memory.txt")
line=$(grep '^DRILL' "$out/wrk.txt")
rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line"); s5=$(sed -E 's/.*status5xx=([0-9]+).*/\1/' <<<"$line")
verdict=PASS; [ "$errors" = "0" ] && [ "$s5" = "0" ] || verdict=FAIL
echo "$verdict: $duration at 64 connections, ${line#DRILL }, $rps req/s; memory start $start_mem MiB, peak $peak_mem MiB, end (30 s after) $end_mem MiB" \
  | tee "$out/verdict.txt"
[ "$verdict" = PASS ]
