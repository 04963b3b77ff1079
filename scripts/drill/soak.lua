-- Mixed load for scripts/drill-soak.sh: public pages, the API, health, and one nomination in five requests.
local year = os.getenv("DRILL_YEAR")
local body = io.open(os.getenv("DRILL_BODY")):read("*a")
local paths = { "/", "/api/editions/" .. year, "/prisoverraekkelse", "/health", "/indstil", "/api/editions", "/arkiv" }
local threads = {}
local n = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  server_errors = 0
  other = 0
end

function request()
  n = n + 1
  if n % 5 == 0 then
    return wrk.format("POST", "/api/editions/" .. year .. "/nominations", { ["Content-Type"] = "application/json" }, body)
  end
  return wrk.format("GET", paths[(n % #paths) + 1])
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 elseif status >= 400 then other = other + 1 end
end

function done(summary, latency, requests)
  local s5, s4 = 0, 0
  for _, t in ipairs(threads) do
    s5 = s5 + t:get("server_errors")
    s4 = s4 + t:get("other")
  end
  io.write(string.format("DRILL requests=%d errors=%d status5xx=%d status4xx=%d p99ms=%.1f\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, s5, s4,
    latency:percentile(99) / 1000))
end
