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

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local headers = {}
local path, body

function init(args)
  local all = lines(args[1])
  headers["Cookie"] = "JSESSIONID=" .. all[(id - 1) % #all + 1]
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Faces-Request"] = "partial/ajax"
  headers["Origin"] = origin()
  local spec = lines(args[2])
  path, body = spec[1], spec[2]
end

function request()
  return wrk.format("POST", path, headers, body)
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
  write_result(summary, latency):close()
end
