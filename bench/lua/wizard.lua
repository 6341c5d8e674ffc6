-- One wrk script for every measured request, so the baseline and the wizard pay the same
-- client-side cost (the response() hook below runs for all of them).
--
-- wrk -s wizard.lua URL -- MODE EXPECT [SESSIONS] [BODY] [PATH]
--   MODE      get  : GET PATH, cookie of a session rotated per request
--             form : POST PATH, cookie + that session's CSRF token + the form body in BODY
--             json : POST PATH, BODY as application/json, no cookie (the API is stateless)
--             json-distinct : as json, but each request's plan differs (a counter in a server name)
--   EXPECT    the one status that counts as a success (e.g. 200, or 302 for a step that saved
--             and redirected): anything else is reported as "unexpected", because wrk alone
--             counts a 200 re-rendered with field errors as a success.
--   SESSIONS  file with one "COOKIE<TAB>CSRF" line per session (bench/tools/SessionFiller.java).
--   BODY      file read once per thread; for form mode "_csrf=<token>&" is put before it.
--
-- done() prints one line "BENCH key=value ..." that run.sh parses.

local mode, expect, path, body
local sessions = {}
local next_session = 1
local distinct = 0
local distinct_prefix = ""
-- Global, not local: done() reads it from each thread with thread:get().
unexpected = 0
local threads = {}

local function read_file(name)
  local f = assert(io.open(name, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

local function url_encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1]
  expect = tonumber(args[2])
  if args[3] and args[3] ~= "" and args[3] ~= "-" then
    for line in read_file(args[3]):gmatch("[^\n]+") do
      local cookie, token = line:match("^([^\t]+)\t?(.*)$")
      table.insert(sessions, { cookie = cookie, token = token })
    end
  end
  if args[4] and args[4] ~= "" and args[4] ~= "-" then
    body = read_file(args[4])
  end
  path = args[5] or wrk.path
  -- Runs (warm-up, rounds, threads) do not repeat each other's plans.
  distinct_prefix = string.format("%x%x", os.time() % 65536, math.random(4095)) .. "-"
  -- Threads start at different sessions so they do not queue on the same session row.
  if #sessions > 0 then
    next_session = (math.random(#sessions))
  end
end

function request()
  if mode == "json" then
    return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
  end
  if mode == "json-distinct" then
    -- A different plan each time (the Mailbox server's name carries a counter): what a bundle
    -- costs to generate, whatever a server might keep from an earlier request with the same plan.
    distinct = distinct + 1
    return wrk.format("POST", path, { ["Content-Type"] = "application/json" },
      (body:gsub("atl%-owa%-001", "atl-owa-" .. distinct_prefix .. distinct)))
  end
  if #sessions == 0 then
    -- The baseline page: no session at all.
    return wrk.format("GET", path)
  end
  local s = sessions[next_session]
  next_session = next_session % #sessions + 1
  if mode == "get" then
    return wrk.format("GET", path, { ["Cookie"] = "SESSION=" .. s.cookie })
  end
  -- form
  return wrk.format("POST", path, {
    ["Cookie"] = "SESSION=" .. s.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "_csrf=" .. url_encode(s.token) .. "&" .. body)
end

function response(status, headers, resp_body)
  if status ~= expect then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("unexpected") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f mean_ms=%.3f unexpected=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000,
    bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
