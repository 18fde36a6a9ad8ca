#!/usr/bin/env bash
# Soak: mixed queries (benchmarks/mixed.lua) against the API on 127.0.0.1 for a fixed time, then stops.
# Records errors, latency, requests/s and the server's resident memory at start and end.
# Usage: benchmarks/soak.sh [seconds=120] [connections=32]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
connections=${2:-32}
port=5183
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release src/KnowledgeGraph.Api -v quiet -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning KnowledgeGraph__Documents="$PWD/seeds" \
  dotnet run -c Release --no-build --no-launch-profile --project src/KnowledgeGraph.Api -- --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
pid=$(pgrep -f "KnowledgeGraph.Api.*--urls http://127.0.0.1:$port" | tail -1)
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }

# Every query of the mix must answer without errors, or the soak would measure error pages.
grep -o "'{\"query\".*}'" benchmarks/mixed.lua | sed "s/^'//; s/'\$//; s/\\\\\\\\/\\\\/g" | while read -r body; do
  answer=$(curl -fsS "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$body")
  if grep -q '"errors"' <<<"$answer"; then echo "error: $body -> $answer" >&2; exit 1; fi
done
wrk -t2 -c8 -d5s -s benchmarks/mixed.lua "http://127.0.0.1:$port" >/dev/null   # warm-up
start=$(rss)
echo "soak: ${seconds}s, $connections connections, mixed queries; resident memory at start ${start} kB"
wrk -t2 -c"$connections" -d"${seconds}s" -s benchmarks/mixed.lua "http://127.0.0.1:$port" | tail -1
end=$(rss)
echo "resident memory at end ${end} kB ($(( (end - start) * 100 / start ))% change)"
grep -c '"@l":"Error"' "$work/api.log" | sed 's/^/server errors logged: /' || true
