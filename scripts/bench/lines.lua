-- Reads a file of one value per line, split between wrk's threads so that no two threads send
-- the same value (login flows are single-use).
local lines = {}
local counter = 0

function split_lines(path)
  local all = {}
  for line in io.lines(path) do
    if line ~= "" then all[#all + 1] = line end
  end
  return all
end

function setup(thread)
  thread:set("thread_index", counter)
  counter = counter + 1
end

function own_lines(path, threads)
  local mine = {}
  for i, line in ipairs(split_lines(path)) do
    if (i - 1) % threads == thread_index then mine[#mine + 1] = line end
  end
  return mine
end
