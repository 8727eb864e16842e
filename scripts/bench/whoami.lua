-- toSession with a session token drawn at random from BENCH_TOKENS (the seed writes at most
-- 20,000) for every request. The requests are built once, in init: formatting each one with
-- wrk.format as it was sent cost wrk about a microsecond of CPU per request, time taken from
-- the server it shares the cores with.
local dir = os.getenv("BENCH_LUA")
dofile(dir .. "/report.lua")
dofile(dir .. "/lines.lua")

local requests

function init(args)
  -- The request as wrk formats it, split around a placeholder for the token.
  local mark = "TOKEN-GOES-HERE"
  local sample = wrk.format("GET", "/sessions/whoami", { ["X-Session-Token"] = mark, ["Accept"] = "application/json" })
  local at = sample:find(mark, 1, true)
  local head, tail = sample:sub(1, at - 1), sample:sub(at + #mark)
  requests = {}
  for i, token in ipairs(split_lines(os.getenv("BENCH_TOKENS"))) do
    requests[i] = head .. token .. tail
  end
  math.randomseed(os.time() + (thread_index or 0))
end

function request()
  return requests[math.random(#requests)]
end
