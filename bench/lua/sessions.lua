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

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local paths
local next_path
local headers = {}

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
  if status ~= 200 then fail(status) end
end

function done(summary, latency, requests)
  write_result(summary, latency):close()
end
