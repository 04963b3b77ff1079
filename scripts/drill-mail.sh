#!/usr/bin/env bash
# usage: scripts/drill-mail.sh
# Mail under faults, on loopback, ≤ 10 minutes: 20 receipts while the SMTP server is down; then the server comes
# back slow (1 s per message) while a second app instance on the same database also delivers, so runs overlap
# (two processes' immediate runs and the minutely job); 20 more receipts. Verdict: every message delivered once
# (0 duplicate Message-Ids) and nothing left unsent. Output in .artifacts/drill-mail/.
set -euo pipefail
source "$(dirname "$0")/drill/common.sh"
out="$root/.artifacts/drill-mail"; rm -rf "$out"; mkdir -p "$out"
build_app
port=$(free_port); port2=$(free_port); smtp=$(free_port)
base="http://127.0.0.1:$port"; base2="http://127.0.0.1:$port2"
mail=(--Mail:SmtpHost=127.0.0.1 --Mail:SmtpPort=$smtp --Mail:ClaimSeconds=10 --Data:Directory="$out/data")
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

start_app "$out/app1.log" --urls "$base" "${mail[@]}"; pids+=("$app_pid")
wait_healthy "$base"
year=$(current_year "$base")

echo "SMTP down: 20 receipts..."
python3 "$tools" submit --base "$base" --year "$year" --clients 4 --count 20 --out "$out/acks.tsv" >"$out/submit1.json"
sleep 5

echo "SMTP back, slow (1 s per message), a second instance delivering too: 20 more receipts..."
echo 1 >"$out/sink.log.delay"
python3 "$tools" sink --port "$smtp" --log "$out/sink.log" & pids+=($!)
start_app "$out/app2.log" --urls "$base2" --Hangfire:Server=false "${mail[@]}"; pids+=("$app_pid")
wait_healthy "$base2"
python3 "$tools" submit --base "$base" --year "$year" --clients 2 --count 10 --out "$out/acks.tsv" >"$out/submit2.json" &
first=$!
python3 "$tools" submit --base "$base2" --year "$year" --clients 2 --count 10 --out "$out/acks.tsv" >"$out/submit3.json"
wait "$first"

# The receipts from the outage are retried by the minutely job after their 1-minute back-off.
for ((i = 0; i < 300; i++)); do
  left=$(python3 -c "import sqlite3; print(sqlite3.connect('$out/data/award.db').execute(\"SELECT COUNT(*) FROM MailOutbox WHERE Status <> 'Sent'\").fetchone()[0])")
  [ "$left" = "0" ] && break
  sleep 1
done
sleep 3
python3 "$tools" check-mail --db "$out/data/award.db" --sink "$out/sink.log" | tee "$out/verdict.txt"
