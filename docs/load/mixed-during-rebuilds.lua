-- wrk script: pages, API answers, citations and the sitemap in turn, for the load test run while the index is
-- rebuilt (docs/benchmarks.md); wrk reports every answer that is not 2xx or 3xx, and every socket error.
-- Usage: wrk -t2 -c64 -d30s --latency -s docs/load/mixed-during-rebuilds.lua http://127.0.0.1:5090
local paths = {
  "/", "/search?q=prison", "/search?q=treatment&country=PT", "/api/search?q=women", "/api/taxonomy",
  "/practices/pt-dissuasion-commissions", "/api/practices/pt-dissuasion-commissions",
  "/practices/pt-dissuasion-commissions.bib", "/sitemap.xml", "/fr/search?q=prison", "/browse",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

