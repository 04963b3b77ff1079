# Shared by the drill scripts: build once, start/stop the app on loopback, wait for /health, read its memory.
# Every loop here is bounded; nothing leaves 127.0.0.1.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dll="$root/src/CrimePreventionAward.Web/bin/Release/net10.0/CrimePreventionAward.Web.dll"
tools="$root/scripts/drill/tools.py"

build_app() {
  [ -f "$dll" ] || dotnet build "$root/src/CrimePreventionAward.Web" -c Release -nologo -v quiet >/dev/null
}

# start_app LOGFILE ARGS... ; sets app_pid
start_app() {
  local log="$1"; shift
  dotnet "$dll" --contentRoot="$root/src/CrimePreventionAward.Web" --Demo:Seed=true \
    --RateLimits:NominationsPerMinute=100000000 --RateLimits:AnonymousMailsPerRecipientPerHour=100000000 --Logging:LogLevel:Default=Warning "$@" >>"$log" 2>&1 &
  app_pid=$!
}

# wait_healthy BASE_URL [SECONDS]
wait_healthy() {
  local i
  for ((i = 0; i < ${2:-60} * 10; i++)); do
    curl -fsS -o /dev/null "$1/health" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "the app at $1 did not become healthy" >&2
  return 1
}

rss_mib() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

current_year() {
  curl -fsS "$1/api/editions" | python3 -c 'import json,sys; print(max(e["year"] for e in json.load(sys.stdin) if e["phase"] == "NominationOpen"))'
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

machine() { echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"; }
