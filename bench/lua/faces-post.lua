-- wrk script: the same Faces ajax postback over and over, one session per connection, as for a
-- PrimeFaces dataTable sort or page change on a view that the caller opened before.
--
--   WRK_RESULT=FILE wrk -t C -c C ... -s faces-post.lua URL -- COOKIES REQUEST
--
-- COOKIES: one JSESSIONID a line; thread t uses line t.
-- REQUEST: a file with the path on its first line and the urlencoded body (with the view state)
--          on its second.
-- A response is an error unless it is a 200 partial-response without <error> that updates
-- something. The view state is taken from each partial response that carries one.

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

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local headers = {}
local path, body
bad = 0
statuses = ""

function init(args)
  local all = lines(args[1])
  headers["Cookie"] = "JSESSIONID=" .. all[(id - 1) % #all + 1]
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Faces-Request"] = "partial/ajax"
  local spec = lines(args[2])
  path, body = spec[1], spec[2]
end

function request()
  return wrk.format("POST", path, headers, body)
end

local function fail(why)
  bad = bad + 1
  if #statuses < 200 then statuses = statuses .. why .. " " end
end

function response(status, hdrs, text)
  if status ~= 200 then return fail(status) end
  if not text:find("<partial-response", 1, true) then return fail("not-partial") end
  if text:find("<error>", 1, true) then return fail("error") end
  if not text:find("<update id=", 1, true) then return fail("no-update") end
  local state = text:match('<update id="[^"]*jakarta%.faces%.ViewState[^"]*"><!%[CDATA%[(.-)%]%]></update>')
  if state then
    local encoded = "jakarta.faces.ViewState=" .. urlencode(state)
    body = body:gsub("jakarta%.faces%.ViewState=[^&]*", function() return encoded end)
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
