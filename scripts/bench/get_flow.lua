-- getLoginFlow, cycling through the flow ids in BENCH_FLOWS.
local dir = os.getenv("BENCH_LUA")
dofile(dir .. "/report.lua")
dofile(dir .. "/lines.lua")

local flows
local next_index = 0

function init(args)
  flows = split_lines(os.getenv("BENCH_FLOWS"))
  next_index = thread_index or 0
end

function request()
  next_index = next_index + 1
  local id = flows[(next_index % #flows) + 1]
  return wrk.format("GET", "/self-service/login/flows?id=" .. id, { ["Accept"] = "application/json" })
end
