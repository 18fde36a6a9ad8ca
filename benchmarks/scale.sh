#!/usr/bin/env bash
# The API at scale (issue 13): N documents (default 10,000) in the embedded store — half generated, half real
# reports repeated under new names (../shared/corpus/docs when it is there, else seeds/) — imported at
# start-up (time and memory), then wrk on each question with the response cache off (as on Neo4j), and the
# plain endpoint returning the finance-or-healthcare answer's bytes in the same run. Loopback only; stops by itself.
# Usage: benchmarks/scale.sh [documents=10000] [seconds=10] [connections=16]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-10000}
seconds=${2:-10}
connections=${3:-16}
port=5183
plain_port=5184
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
real=../shared/corpus/docs
[ -d "$real" ] || real=seeds

for project in src/KnowledgeGraph.Api benchmarks/PlainEndpoint benchmarks/KnowledgeGraph.Benchmarks; do
  dotnet build -c Release "$project" -v quiet -nologo >/dev/null
done
generator=benchmarks/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll
dotnet "$generator" $((documents / 2)) --write "$work/docs" >/dev/null
dotnet "$generator" $((documents - documents / 2)) --files "$real" --write "$work/docs" >/dev/null
echo "corpus: $(ls "$work/docs" | wc -l) documents, $(du -sm "$work/docs" | cut -f1) MB ($((documents / 2)) generated, the rest from $real)"

start=$(date +%s.%N)
(cd src/KnowledgeGraph.Api && ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
  KnowledgeGraph__Documents="$work/docs" KnowledgeGraph__Api__CacheResponses=false KnowledgeGraph__Api__MaxPageSize=500 \
  exec dotnet bin/Release/net10.0/KnowledgeGraph.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1) &
api=$!
for _ in $(seq 1 900); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.2; done
ready=$(date +%s.%N)
pid=$(pgrep -f "KnowledgeGraph.Api.dll --urls http://127.0.0.1:$port" | head -1)
echo "start-up import: $(echo "$ready - $start" | bc) s to ready; memory: $(grep -E 'VmHWM|VmRSS' /proc/$pid/status | tr -s ' ' | tr '\n' ' ')"
curl -fsS "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d '{"query":"{ stats { nodeCount relationCount } }"}'; echo

declare -A queries=(
  [finance]='{ challenges(filter: { affectsIndustries: [\"finance\", \"healthcare\"] }) { nodes { id name documentCount affects { key name } evidence(first: 5) { totalCount nodes { sentence } } } } }'
  [stats]='{ stats { nodeCount relationCount byKind { kind count } byRelation { type count } } }'
  [search]='{ search(text: \"隐私\", first: 20) { score node { id kind name } } }'
  [neighborhood]='{ neighborhood(id: \"challenge:explainability\", depth: 1, relations: [AFFECTS, MITIGATES]) { nodes { id name } relations { type } } }'
  [path]='{ path(from: \"trend:green-computing\", to: \"industry:healthcare\", maxHops: 4) { nodes { id name } relations { type } } }'
  [matrix]='{ matrix(rows: CHALLENGE, first: 20, columnsFirst: 20) { rows { id name } columns { id name } cells { row column documentCount evidenceCount } } }'
)
run() { # name port lua
  wrk -t2 -c8 -d2s -s "$3" "http://127.0.0.1:$2/graphql" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$3" "http://127.0.0.1:$2/graphql" >"$work/$1.wrk"
  printf '%-13s %10s req/s   p50 %8s   p99 %8s   %s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$work/$1.wrk")" \
    "$(awk '$1 == "50%" {print $2}' "$work/$1.wrk")" "$(awk '$1 == "99%" {print $2}' "$work/$1.wrk")" "$(grep -E 'Non-2xx|Socket errors' "$work/$1.wrk" | tr '\n' ' ')"
}
echo "wrk: $seconds s per query, $connections connections, 2 threads, response cache off"
for name in finance stats search neighborhood path matrix; do
  body="{\"query\":\"${queries[$name]}\"}"
  # In a Lua string \" is a quote: the JSON's escaped quotes need their backslash doubled.
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = %s\n' "'${body//\\/\\\\}'" >"$work/$name.lua"
  curl -fsS "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$body" >"$work/$name.json"
  if grep -q '"errors"' "$work/$name.json"; then echo "$name: $(head -c 300 "$work/$name.json")" >&2; exit 1; fi
  printf '%-13s response %s bytes\n' "$name" "$(wc -c <"$work/$name.json")"
  run "$name" "$port" "$work/$name.lua"
done
dotnet run -c Release --no-build --project benchmarks/PlainEndpoint -- "$work/finance.json" --urls "http://127.0.0.1:$plain_port" >"$work/plain.log" 2>&1 &
for _ in $(seq 1 60); do curl -fsS -X POST "http://127.0.0.1:$plain_port/graphql" -d '{}' >/dev/null 2>&1 && break; sleep 1; done
run "plain (same bytes as finance)" "$plain_port" "$work/finance.lua"
echo "ratio finance/plain: $(echo "scale=2; $(awk '/Requests\/sec/ {print $2}' "$work/finance.wrk") / $(awk '/Requests\/sec/ {print $2}' "$work/plain (same bytes as finance).wrk")" | bc)"
