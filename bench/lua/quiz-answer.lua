-- wrk script for the quiz answer scenario: each connection is one signed-in patient with a quiz
-- attempt open in /quiz/take, and sends the Faces ajax post that a change on a radio button
-- sends (one answer saved), over and over, cycling over the questions and their choices.
--
--   WRK_RESULT=FILE WRK_ANSWERS=FILE wrk -t C -c C ... -s quiz-answer.lua URL -- COOKIES PAGES
--
-- COOKIES: one JSESSIONID a line; thread t uses line t (run.sh: line t is bench-patient-t).
-- PAGES:   a file name pattern with %d for the thread number: the /quiz/take page that the
--          scenario fetched for that session before wrk started (so the GET is not measured). The
--          thread reads its view state and its radio groups (single choice and true/false
--          questions) from it.
-- WRK_RESULT:  key=value lines at the end, as sessions.lua writes, plus answers_sent (answer
--              posts that got a response) and answers_acknowledged.
-- WRK_ANSWERS: appended at the end: for each thread and question, the last value the server
--              acknowledged, the last value sent and whether that one was acknowledged, so the
--              scenario can compare them with quiz_answer in the database. Read at the start,
--              so that a run goes on from the values the previous run sent last.
--
-- An answer counts as acknowledged only when the response is a 200 partial-response with no
-- <error>, no error message, and the question's "saved" status rendered; anything else is an
-- error. The view state is taken from each partial response that carries one.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local function read_all(file)
  local f = assert(io.open(file, "r"))
  local text = f:read("*a")
  f:close()
  return text
end

local function attribute(tag, name)
  return tag:match('%s' .. name .. '="([^"]*)"')
end

local headers = {}
local view_state
local questions = {}   -- { name=, index=, saved=, values={...}, ids={...} } in page order
local next_send = 0
local current        -- the question and value of the request in flight

-- Globals, so that done() can read them with thread:get.
sent = 0             -- answer posts that got a response
acknowledged = 0
question_count = 0
view_state_chars = 0
last_ack = {}        -- question index -> last acknowledged value
last_sent = {}       -- question index -> last value sent
last_sent_ok = {}    -- question index -> 1 when the last value sent was acknowledged

function init(args)
  local cookies, pages = args[1], args[2]
  local all = lines(cookies)
  headers["Cookie"] = "JSESSIONID=" .. all[(id - 1) % #all + 1]
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Faces-Request"] = "partial/ajax"
  headers["Origin"] = origin()
  local page = read_all(string.format(pages, id))
  for tag in page:gmatch("<input[^>]*>") do
    local name = attribute(tag, "name")
    if name == "jakarta.faces.ViewState" and view_state == nil then
      view_state = attribute(tag, "value")
    end
    if attribute(tag, "type") == "radio" and name
        and (name:match(":single$") or name:match(":truefalse$")) then
      local q
      for _, existing in ipairs(questions) do
        if existing.name == name then q = existing end
      end
      if q == nil then
        local prefix, index = name:match("^(.*:)(%d+):[%a]+$")
        q = { name = name, index = tonumber(index), saved = prefix .. index .. ":saved",
              values = {}, ids = {} }
        table.insert(questions, q)
      end
      table.insert(q.values, attribute(tag, "value"))
      table.insert(q.ids, attribute(tag, "id"))
    end
  end
  for _, q in ipairs(questions) do q.cursor = 0 end
  -- Earlier runs of this scenario (the warm-up) left their last values in the answer log:
  -- carry on from there.
  local log = io.open(os.getenv("WRK_ANSWERS"), "r")
  if log then
    for line in log:lines() do
      local thread, index, _, value = line:match("^(%d+) (%d+) (%S+) (%S+)")
      if tonumber(thread) == id then
        for _, q in ipairs(questions) do
          if q.index == tonumber(index) then
            for k, v in ipairs(q.values) do
              if v == value then q.cursor = k end
            end
          end
        end
      end
    end
    log:close()
  end
  assert(view_state, "thread " .. id .. ": no view state in its quiz page")
  assert(#questions > 0, "thread " .. id .. ": no single-choice or true/false question in its quiz page")
  question_count = #questions
  view_state_chars = #view_state
end

-- The next answer to send: the questions in turn, and for each question its next value, so
-- that each answer to a question differs from the one sent before it (in this run or an
-- earlier one, see init) and a lost save shows in the database. It is picked once and kept
-- until its response arrives: wrk calls request() once before the run to check the script
-- (and again after a reconnect), and those calls must not skip an answer.
local function pick()
  if current == nil then
    local q = questions[next_send % #questions + 1]
    next_send = next_send + 1
    q.cursor = q.cursor % #q.values + 1
    current = { q = q, value = q.values[q.cursor], id = q.ids[q.cursor] }
  end
  return current
end

function request()
  local c = pick()
  local q = c.q
  last_sent[q.index] = c.value
  last_sent_ok[q.index] = 0
  local body = "jakarta.faces.partial.ajax=true"
    .. "&jakarta.faces.source=" .. urlencode(c.id)
    .. "&jakarta.faces.partial.execute=" .. urlencode(q.name .. " " .. c.id)
    .. "&jakarta.faces.partial.render=" .. urlencode(q.saved)
    .. "&jakarta.faces.behavior.event=change"
    .. "&jakarta.faces.partial.event=change"
    .. "&quiz=quiz"
    .. "&" .. urlencode(q.name) .. "=" .. urlencode(c.value)
    .. "&jakarta.faces.ViewState=" .. urlencode(view_state)
  return wrk.format("POST", "/quiz/take", headers, body)
end

function response(status, hdrs, body)
  local c = current
  current = nil
  sent = sent + 1
  if status ~= 200 then return fail(status) end
  if not body:find("<partial-response", 1, true) then return fail("not-partial") end
  if body:find("<error>", 1, true) then return fail("error") end
  if body:find("pw-message-error", 1, true) then return fail("message") end
  local state = body:match('<update id="[^"]*jakarta%.faces%.ViewState[^"]*"><!%[CDATA%[(.-)%]%]></update>')
  if state then view_state = state end
  if c == nil then return fail("unexpected") end
  local saved = body:match('<div id="' .. c.q.saved:gsub("%p", "%%%0") .. '"[^>]*>%s*([^<%s][^<]*)</div>')
  if not saved then return fail("not-saved") end
  acknowledged = acknowledged + 1
  last_ack[c.q.index] = c.value
  last_sent_ok[c.q.index] = 1
end

function done(summary, latency, requests)
  local sent_total, ack_total = 0, 0
  local answers = assert(io.open(os.getenv("WRK_ANSWERS"), "a"))
  for _, t in ipairs(threads) do
    sent_total = sent_total + t:get("sent")
    ack_total = ack_total + t:get("acknowledged")
    local ack, last, ok = t:get("last_ack"), t:get("last_sent"), t:get("last_sent_ok")
    for index, value in pairs(last) do
      -- thread question last_acknowledged last_sent last_sent_acknowledged
      answers:write(string.format("%d %d %s %s %d\n", t:get("id"), index, ack[index] or "-",
        value, ok[index] or 0))
    end
  end
  answers:close()
  local out = write_result(summary, latency)
  out:write(string.format("answers_sent=%d\n", sent_total))
  out:write(string.format("answers_acknowledged=%d\n", ack_total))
  out:write(string.format("radio_questions=%d\n", threads[1]:get("question_count")))
  out:write(string.format("view_state_chars=%d\n", threads[1]:get("view_state_chars")))
  out:close()
end
