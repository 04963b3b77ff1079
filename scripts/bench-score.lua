-- wrk script for scripts/bench.sh: a signed-in juror saves a whole score sheet (PUT, last write wins) for one of
-- the seeded nominations in turn. env: BENCH_SCORE_YEAR, BENCH_SCORE_FIRST/LAST (nomination ids),
-- BENCH_SCORE_CRITERIA (criterion ids, comma-separated), BENCH_SCORE_COOKIE (the juror's session cookie).
local year = os.getenv("BENCH_SCORE_YEAR")
local first, last = tonumber(os.getenv("BENCH_SCORE_FIRST")), tonumber(os.getenv("BENCH_SCORE_LAST"))
local scores = {}
for id in string.gmatch(os.getenv("BENCH_SCORE_CRITERIA"), "%d+") do scores[#scores + 1] = '"' .. id .. '": 3' end
local body = '{"scores": {' .. table.concat(scores, ", ") .. '}, "comment": "Et klart og veldokumenteret projekt, som andre kan lære af."}'
local next_id = first

wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Requested-With"] = "bench"
wrk.headers["Cookie"] = os.getenv("BENCH_SCORE_COOKIE")
wrk.body = body

request = function()
  local id = next_id
  next_id = next_id < last and next_id + 1 or first
  return wrk.format(nil, "/api/editions/" .. year .. "/scores/" .. id)
end
