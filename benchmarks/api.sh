#!/usr/bin/env bash
# API throughput: wrk against the finance-or-healthcare query on the API, then against a plain endpoint
# returning the same bytes, in the same run, on loopback. Stops by itself.
# Usage: benchmarks/api.sh [seconds=20] [connections=16]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-16}
api_port=5181
plain_port=5182
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; cat "$work/plain.log" >&2 2>/dev/null; rm -rf "$work"' EXIT

for project in src/KnowledgeGraph.Api benchmarks/PlainEndpoint; do dotnet build -c Release "$project" -v quiet -nologo >/dev/null; done
ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning KnowledgeGraph__Documents="$PWD/seeds" \
  dotnet run -c Release --no-build --no-launch-profile --project src/KnowledgeGraph.Api -- ${API_ARGS:-} --urls "http://127.0.0.1:$api_port" >"$work/api.log" 2>&1 &
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$api_port/health/ready" >/dev/null 2>&1 && break; sleep 1; done

query=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" benchmarks/query.lua | sed 's/\\\\/\\/g')
curl -fsS "http://127.0.0.1:$api_port/graphql" -H 'Content-Type: application/json' -d "$query" >"$work/response.json"
grep -q 'challenge:explainability' "$work/response.json"
dotnet run -c Release --no-build --project benchmarks/PlainEndpoint -- "$work/response.json" --urls "http://127.0.0.1:$plain_port" >"$work/plain.log" 2>&1 &
for _ in $(seq 1 60); do curl -fsS -X POST "http://127.0.0.1:$plain_port/graphql" -d '{}' >/dev/null 2>&1 && break; sleep 1; done

echo "response: $(wc -c <"$work/response.json") bytes; $seconds s per run, $connections connections, 2 threads"
for target in "api $api_port" "plain $plain_port"; do
  set -- $target
  wrk -t2 -c8 -d3s -s benchmarks/query.lua "http://127.0.0.1:$2/graphql" >/dev/null   # warm-up
  echo "== $1"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s benchmarks/query.lua "http://127.0.0.1:$2/graphql" \
    | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%|Latency '
done
