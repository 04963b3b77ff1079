-- wrk script for scripts/bench-announcement.sh: classifies every answer of /vinder by the wall-clock time it arrived
-- (LuaJIT's ffi, millisecond precision) against the announcement instant (env INSTANT_MS) and whether it names the
-- winner (env WINNER). Reports leaks (the winner before the instant), stale answers (no winner later than
-- STALE_MS after the instant), errors (any status but 200 and the "not yet" 404) and the first winner's delay.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } bench_timeval;
  int gettimeofday(bench_timeval *tv, void *tz);
]]
local tv = ffi.new("bench_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local threads = {}
function setup(thread) table.insert(threads, thread) end

function init(args)
  instant = tonumber(os.getenv("INSTANT_MS"))
  stale_ms = tonumber(os.getenv("STALE_MS") or "1000")
  winner = os.getenv("WINNER")
  before, after, leaks, stale, errors, first_winner, last_waiting = 0, 0, 0, 0, 0, -1, -1
end

function response(status, headers, body)
  local at = now_ms()
  local named = body ~= nil and string.find(body, winner, 1, true) ~= nil
  if status ~= 200 and status ~= 404 then errors = errors + 1 end
  if at < instant then
    before = before + 1
    if named then leaks = leaks + 1 end
  else
    after = after + 1
    if named then
      if first_winner < 0 or at - instant < first_winner then first_winner = at - instant end
    else
      if at - instant > last_waiting then last_waiting = at - instant end
      if at - instant > stale_ms then stale = stale + 1 end
    end
  end
end

function done(summary, latency, requests)
  local stale_ms = tonumber(os.getenv("STALE_MS") or "1000")
  local t = { before = 0, after = 0, leaks = 0, stale = 0, errors = 0, first = -1, last = -1 }
  for _, thread in ipairs(threads) do
    t.before = t.before + thread:get("before")
    t.after = t.after + thread:get("after")
    t.leaks = t.leaks + thread:get("leaks")
    t.stale = t.stale + thread:get("stale")
    t.errors = t.errors + thread:get("errors")
    local f = thread:get("first_winner")
    if f >= 0 and (t.first < 0 or f < t.first) then t.first = f end
    local l = thread:get("last_waiting")
    if l > t.last then t.last = l end
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("announcement: answers before %d, after %d; winner before the instant %d; " ..
    "without the winner more than %d ms after it %d; errors %d (+%d socket); first winner %.0f ms after the instant; " ..
    "last waiting page %.0f ms after it\n", t.before, t.after, t.leaks, stale_ms, t.stale, t.errors, socket, t.first, t.last))
end
