-- Shared by the wrk scripts of the Painwise benchmark (loaded with dofile at their top):
-- one registered thread per connection, error counting, and the WRK_RESULT file.
--
-- Globals (wrk reads a thread's globals with thread:get): bad, statuses.

threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

bad = 0
statuses = ""

-- Counts one failed response; WHY (a status or a word) goes into the first 200 characters.
function fail(why)
  bad = bad + 1
  if #statuses < 200 then statuses = statuses .. why .. " " end
end

-- The non-empty lines of a file.
function lines(file)
  local result = {}
  for line in io.lines(file) do
    if line ~= "" then table.insert(result, line) end
  end
  return result
end

function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Writes the run's key=value lines to WRK_RESULT (requests, rps, latency percentiles, errors)
-- and returns the open file, so that a script can add its own lines before closing it.
function write_result(summary, latency)
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
  return out
end

-- The Origin header a browser sends with a form post from the page (the server refuses a POST
-- without one; config.RequestGuard). Call it in init(), where wrk.host and wrk.port are set.
function origin()
  local host = wrk.host
  if wrk.port then host = host .. ":" .. wrk.port end
  return wrk.scheme .. "://" .. host
end
