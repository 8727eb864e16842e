-- toSession with a session token drawn at random from BENCH_TOKENS for every request.
local dir = os.getenv("BENCH_LUA")
dofile(dir .. "/report.lua")
dofile(dir .. "/lines.lua")

local tokens

function init(args)
  tokens = split_lines(os.getenv("BENCH_TOKENS"))
  math.randomseed(os.time() + (thread_index or 0))
end

function request()
  local token = tokens[math.random(#tokens)]
  return wrk.format("GET", "/sessions/whoami", { ["X-Session-Token"] = token, ["Accept"] = "application/json" })
end
