#!/usr/bin/env bash
# usage: scripts/bench-announcement.sh
#   env  ANNOUNCE_LEAD (45 s from writing the instant to the instant: start-up must fit in it), ANNOUNCE_AFTER (5 s of
#        load after the instant), ANNOUNCE_CONNECTIONS (64), BENCH_PORT (5199), BENCH_APP_DLL (another build),
#        MALLOC_ARENA_MAX (2, as deployed: README, Configuration).
# The announcement moment on a real Release app: the demo data's fictional edition 2200 is turned back into a decided
# edition whose winner is due at its ceremony, the ceremony set ANNOUNCE_LEAD seconds ahead (with the sqlite3 shell,
# while the app is stopped), and wrk hammers /vinder?aar=2200 at ANNOUNCE_CONNECTIONS connections from the first 200
# until ANNOUNCE_AFTER seconds after the instant. scripts/bench-announcement.lua classifies every answer by the time it
# arrived: the winner before the instant is a leak, the waiting page more than 1 s after it is stale. Ends with one
# "headline announcement" line; exits 1 on a leak, an error or a stale answer. Output in .artifacts/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
lead="${ANNOUNCE_LEAD:-45}"; after="${ANNOUNCE_AFTER:-5}"; connections="${ANNOUNCE_CONNECTIONS:-64}"
port="${BENCH_PORT:-5199}"; base="http://127.0.0.1:${port}"
out=".artifacts/bench"; mkdir -p "$out"
# No file watchers for the configuration: a machine busy with other test hosts runs out of inotify instances.
export DOTNET_hostBuilder__reloadConfigOnChange=false
app_dll="${BENCH_APP_DLL:-$out/app/CrimePreventionAward.Web.dll}"
command -v wrk >/dev/null && command -v sqlite3 >/dev/null || { echo "needs wrk and sqlite3 (scripts/bench.sh installs them)"; exit 1; }
[ -n "${BENCH_APP_DLL:-}" ] || scripts/publish.sh src/CrimePreventionAward.Web "$out/app" 2>&1 | tail -n 3
app_root="$(realpath -m "$(dirname "$app_dll")")"; [ -d "$app_root/wwwroot" ] || app_root="$PWD/src/CrimePreventionAward.Web"

work="$(mktemp -d)"; app_pid=""
stop() { if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi; app_pid=""; }
trap 'stop; rm -rf "$work"' EXIT
start() {
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" dotnet "$app_dll" --urls "$base" --Data:Directory="$work" --Demo:Seed=true --Hangfire:Server=true \
    --Logging:LogLevel:Default=Warning --contentRoot "$app_root" >> "$out/announcement-app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do curl -fsS -o /dev/null "$base/api/editions/2020" 2>/dev/null && return 0; sleep 0.1; done
  echo "the app did not start; see $out/announcement-app.log"; exit 1
}
: > "$out/announcement-app.log"
echo "Seeding the demo data once..."
start; stop

winner="$(sqlite3 "$work/award.db" "SELECT n.Title FROM Decisions d JOIN Nominations n ON n.Id = d.WinnerNominationId WHERE d.Year = 2200")"
instant_s=$(( $(date +%s) + lead ))
instant="$(date -u -d "@$instant_s" '+%Y-%m-%dT%H:%M:%S.0000000Z')"
sqlite3 "$work/award.db" <<SQL
.timeout 10000
UPDATE Announcements SET IsExplicit = 0, PublishedAt = NULL, Reason = NULL WHERE Year = 2200 AND Kind = 'Winner';
UPDATE Editions SET Phase = 'Decided', CeremonyAt = '$instant' WHERE Year = 2200;
UPDATE Ceremonies SET StartsAt = '$instant' WHERE Year = 2200;
SQL
echo "Winner of 2200 ('$winner') due at $instant; starting the app..."
start
left=$(( instant_s + after - $(date +%s) ))
[ "$left" -gt "$after" ] || { echo "start-up took longer than ANNOUNCE_LEAD=$lead s; raise it"; exit 1; }
curl -fsS -o /dev/null "$base/vinder?aar=2200" 2>/dev/null && { echo "the winner was public before the load began"; exit 1; }
echo "wrk: $connections connections on /vinder?aar=2200 for ${left} s, the instant $(( left - after )) s in..."
INSTANT_MS="$(( instant_s * 1000 ))" WINNER="$winner" wrk -t2 -c"$connections" -d"${left}s" --timeout 10s --latency \
  -s scripts/bench-announcement.lua "$base/vinder?aar=2200" > "$out/wrk-announcement.txt"
result="$(grep '^announcement:' "$out/wrk-announcement.txt")"
rps="$(awk '/^Requests\/sec/ { print $2 }' "$out/wrk-announcement.txt")"
p99="$(awk '$1 == "99%" { print $2 }' "$out/wrk-announcement.txt")"
echo "$result"
echo "headline announcement: /vinder at $connections connections across the instant: $rps req/s, p99 $p99; $result" | sed 's/announcement: //2'
echo "$result" | grep -q 'winner before the instant 0;.* it 0; errors 0 (+0 socket)' || exit 1
