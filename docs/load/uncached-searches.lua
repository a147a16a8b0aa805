-- wrk script: every request is a different search (a query from the list and a counter), so none
-- is answered from the output cache. The search page by default; SEARCH_PATH=/api/search for the API. Usage:
--   wrk -t1 -c1 -d15s --latency -s docs/load/uncached-searches.lua http://127.0.0.1:5090
--   SEARCH_PATH=/api/search wrk -t1 -c1 -d15s --latency -s docs/load/uncached-searches.lua http://127.0.0.1:5090
-- SEARCH_QUERY asks one query instead of the list (empty: the search with no words); SEARCH_EXTRA adds parameters
-- to every address (e.g. pageSize=1).
local path = os.getenv("SEARCH_PATH") or "/search"
local extra = os.getenv("SEARCH_EXTRA")
local queries = {
  "prison", "treatment", "women", "naloxone", "methadone", "drug treatment court", "alternatives to prison",
  "harm reduction", "family", "children of prisoners", "legal aid", "probation", "peer support", "housing",
  "employment", "reintegration", "hepatitis", "needle exchange", "diversion", "police", "mothers",
  "prisão", "carcere", "vězení", "detencao", "dissuasion", "commissions", "court", "release", "opioid",
}
if os.getenv("SEARCH_QUERY") then queries = { os.getenv("SEARCH_QUERY") } end
local function encode(text)
  return (text:gsub("[^%w%-%.~]", function(c)
    if c == " " then return "+" end
    return string.format("%%%02X", string.byte(c))
  end))
end

-- A different start each run, so a second run against the same server does not meet the first one's cached pages.
math.randomseed(os.time())
local n = math.random(1, 1000000000)

-- Each wrk thread loads this script with the same seed: each is given its own number, and counts from a start of its
-- own, so several threads (-t2 -c4) never send the same address.
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  n = n + (id or 0) * 100000007
end
request = function()
  n = n + 1
  local q = queries[(n % #queries) + 1]
  -- the output cache varies by every query parameter, so a counter the page ignores makes each request new
  local address = path .. "?q=" .. encode(q) .. "&n=" .. n
  if extra and extra ~= "" then address = address .. "&" .. extra end
  return wrk.format("GET", address)
end
