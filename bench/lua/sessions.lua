-- wrk script for the Painwise benchmark: one session per connection, paths in turn, strict status.
--
--   WRK_RESULT=FILE wrk -t C -c C ... -s sessions.lua URL -- COOKIES PATHS
--
-- COOKIES: a file with one JSESSIONID value a line, or "-" for no cookie. run.sh starts wrk with
--          as many threads as connections, so each connection (thread) keeps one session.
-- PATHS:   a file with one path a line; each thread starts at its own line and takes them in turn.
-- WRK_RESULT (environment, because done() runs where the arguments are not seen): the file that
--          gets key=value lines when the run ends (requests, rps, p50_ms, p99_ms, errors).
--
-- Any status other than 200 counts as an error: a 302 to /login would mean a lost session.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local function lines(file)
  local result = {}
  for line in io.lines(file) do
    if line ~= "" then table.insert(result, line) end
  end
  return result
end

local paths
local next_path
local headers = {}
bad = 0           -- global, so that done() can read it with thread:get
statuses = ""

function init(args)
  local cookies, path_file = args[1], args[2]
  if cookies ~= "-" then
    local all = lines(cookies)
    headers["Cookie"] = "JSESSIONID=" .. all[(id - 1) % #all + 1]
  end
  paths = lines(path_file)
  next_path = (id - 1) % #paths
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], headers)
end

function response(status, hdrs, body)
  if status ~= 200 then
    bad = bad + 1
    if #statuses < 200 then statuses = statuses .. status .. " " end
  end
end

function done(summary, latency, requests)
  local bad_total, seen = 0, ""
  for _, t in ipairs(threads) do
    bad_total = bad_total + t:get("bad")
    seen = seen .. t:get("statuses")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local out = assert(io.open(os.getenv("WRK_RESULT"), "w"))
  local seconds = summary.duration / 1e6
  out:write(string.format("requests=%d\n", summary.requests))
  out:write(string.format("duration_s=%.3f\n", seconds))
  out:write(string.format("rps=%.1f\n", summary.requests / seconds))
  out:write(string.format("p50_ms=%.2f\n", latency:percentile(50) / 1000))
  out:write(string.format("p90_ms=%.2f\n", latency:percentile(90) / 1000))
  out:write(string.format("p99_ms=%.2f\n", latency:percentile(99) / 1000))
  out:write(string.format("max_ms=%.2f\n", latency.max / 1000))
  out:write(string.format("errors_status=%d\n", bad_total))
  out:write(string.format("errors_socket=%d\n", socket))
  out:write(string.format("errors=%d\n", bad_total + socket))
  out:write(string.format("socket_detail=connect %d, read %d, write %d, timeout %d\n",
    e.connect, e.read, e.write, e.timeout))
  out:write(string.format("bad_statuses=%s\n", seen:sub(1, 200)))
  out:close()
end
