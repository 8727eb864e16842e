-- Password logins, each on its own pre-created native flow from BENCH_FLOWS, for identifiers
-- from BENCH_IDENTIFIERS with the password BENCH_PASSWORD. A thread stops when its flows are
-- used up, so no request is sent on a spent flow.
local dir = os.getenv("BENCH_LUA")
dofile(dir .. "/report.lua")
dofile(dir .. "/lines.lua")

local flows, identifiers
local password = os.getenv("BENCH_PASSWORD")
local used = 0

function init(args)
  flows = own_lines(os.getenv("BENCH_FLOWS"), tonumber(os.getenv("BENCH_THREADS")))
  identifiers = split_lines(os.getenv("BENCH_IDENTIFIERS"))
end

function request()
  used = used + 1
  local id = flows[math.min(used, #flows)]
  local identifier = identifiers[(used % #identifiers) + 1]
  local body = string.format('{"method":"password","identifier":"%s","password":"%s"}', identifier, password)
  return wrk.format("POST", "/self-service/login?flow=" .. id,
    { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

function response(status, headers, body)
  if used >= #flows then wrk.thread:stop() end
end
