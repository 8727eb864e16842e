-- getLoginFlow, cycling through the flow ids in BENCH_FLOWS (requests built once, in init, as
-- in whoami.lua).
local dir = os.getenv("BENCH_LUA")
dofile(dir .. "/report.lua")
dofile(dir .. "/lines.lua")

local requests
local next_index = 0

function init(args)
  requests = {}
  for i, id in ipairs(split_lines(os.getenv("BENCH_FLOWS"))) do
    requests[i] = wrk.format("GET", "/self-service/login/flows?id=" .. id, { ["Accept"] = "application/json" })
  end
  next_index = thread_index or 0
end

function request()
  next_index = next_index + 1
  return requests[(next_index % #requests) + 1]
end
