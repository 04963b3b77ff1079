#!/usr/bin/env bash
# usage: scripts/drill-crash.sh [KILLS]
# Crash drill on loopback, ≤ 10 minutes. Set-up through the app's own API: an edition in scoring and one in the final
# vote (3 nominations each), 21 jurors invited to both and signed in with the link from their invitation mail.
# Then 64 clients write without pause (21 jurors saving score sheets, the same 21 casting ballots, 22 submitting
# nominations) while the app is killed with SIGKILL at a random moment KILLS times (default 20) and started again as
# soon as /health answers. Then: every acknowledged nomination is present exactly once, none is half-written (each has
# its one receipt in the outbox, written in the same transaction); every juror has at most one sheet per nomination
# and one ballot, each whole (all its scores / ranks as sent) and holding the last acknowledged write or a later one
# the kill cut the answer off; PRAGMA integrity_check is ok; every mail is sent, and a mail is delivered twice only
# when a kill fell between the two deliveries (same Message-Id, at most one per kill). Output in .artifacts/drill-crash/.
set -euo pipefail
echo "$(date -u '+%F %T UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
source "$(dirname "$0")/drill/common.sh"
kills="${1:-20}"
out="$root/.artifacts/drill-crash"; rm -rf "$out"; mkdir -p "$out"
build_app
port=$(free_port); smtp=$(free_port); base="http://127.0.0.1:$port"
args=(--urls "$base" --Data:Directory="$out/data" --Mail:SmtpHost=127.0.0.1 --Mail:SmtpPort=$smtp --Mail:ClaimSeconds=10)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
python3 "$tools" sink --port "$smtp" --log "$out/sink.log" & pids+=($!)

start_app "$out/app.log" "${args[@]}"
wait_healthy "$base"
year=$(current_year "$base")
python3 "$tools" setup-jury --base "$base" --sink "$out/sink.log" --out "$out/jury.json"
python3 "$tools" submit --base "$base" --year "$year" --clients 64 --seconds 540 --out "$out/acks.tsv" \
  --jury "$out/jury.json" --jury-log "$out/jury.tsv" >"$out/submit.json" 2>"$out/submit.err" &
load=$!; pids+=("$load")

started=$(date +%s)
for ((k = 1; k <= kills; k++)); do
  if (( $(date +%s) - started > 420 )); then
    echo "stopping after $((k - 1)) kills to stay within 10 minutes"; kills=$((k - 1)); break
  fi
  sleep "$(python3 -c 'import random; print(round(random.uniform(1, 4), 2))')"
  kill -9 "$app_pid"; date +%s.%N >>"$out/kills.txt"; wait "$app_pid" 2>/dev/null || true
  echo "kill $k/$kills at $(( $(date +%s) - started )) s: $(wc -l <"$out/acks.tsv") nominations, $(grep -c ^ack "$out/jury.tsv") score saves and ballots acknowledged so far"
  start_app "$out/app.log" "${args[@]}"
  wait_healthy "$base"
done
pids+=("$app_pid")
sleep 2
kill "$load" 2>/dev/null || true; wait "$load" 2>/dev/null || true

# Let the last claims expire (10 s) and the minutely job pick up what the kills interrupted.
for ((i = 0; i < 150; i++)); do
  left=$(python3 -c "import sqlite3; print(sqlite3.connect('$out/data/award.db').execute(\"SELECT COUNT(*) FROM MailOutbox WHERE Status <> 'Sent'\").fetchone()[0])")
  [ "$left" = "0" ] && break
  sleep 1
done
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
python3 "$tools" check-crash --db "$out/data/award.db" --acks "$out/acks.tsv" --sink "$out/sink.log" --kills "$kills" --year "$year" \
  --jury "$out/jury.json" --jury-log "$out/jury.tsv" --kill-times "$out/kills.txt" \
  | tee "$out/verdict.txt"
grep -q '^PASS' "$out/verdict.txt"
