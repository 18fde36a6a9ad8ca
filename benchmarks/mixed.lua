-- wrk script for the soak: cycles through the questions people ask (lists, finance-or-healthcare,
-- search, neighbourhood, path). soak.sh checks each one answers without GraphQL errors before the run.
local queries = {
  '{"query":"{ trends(first: 50) { totalCount nodes { id name mitigates { id } affects { key } } } }"}',
  '{"query":"{ challenges(filter: { affectsIndustries: [\\"finance\\", \\"healthcare\\"] }) { nodes { id name affects { key } evidence { nodes { sentence } } } } }"}',
  '{"query":"{ search(text: \\"隐私\\") { score node { id name } } }"}',
  '{"query":"{ neighborhood(id: \\"challenge:explainability\\", depth: 2) { nodes { id } relations { type } } }"}',
  '{"query":"{ path(from: \\"trend:green-computing\\", to: \\"industry:healthcare\\", maxHops: 4) { nodes { id } relations { type } } }"}',
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, queries[(i % #queries) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, socket errors %d, p50 %.2f ms, p99 %.2f ms, %.0f requests/s\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
