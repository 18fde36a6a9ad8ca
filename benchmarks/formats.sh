#!/usr/bin/env bash
# The format benchmark (issue 12): a 100-page PDF report and 100 Word reports through the importer, with their
# times and the process's peak memory. Inputs are made from the project's own report (docs/examples/formats):
# its article repeated into a long page, printed to PDF by Chromium, and a 15-page version saved as .docx by
# LibreOffice (the same producers the format tests use). Needs chromium and soffice (.ci/run installs both).
# Usage: benchmarks/formats.sh [runs]   (one core: taskset -c 0 benchmarks/formats.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pdf" "$work/word"

python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
page = open("docs/examples/formats/industry-zh-page.html", encoding="utf-8").read()
article = re.search(r"<article>(.*)</article>", page, re.S).group(1)
head = '<!doctype html><html><head><meta charset="utf-8"><title>长报告</title></head><body>'
for name, copies in (("long", 90), ("medium", 10)):
    # Each chapter's paragraphs carry its number: the importer keeps a passage repeated verbatim only once.
    chapters = "".join(article.replace("<h1>", f"<h1>第{i + 1}章 ").replace("</p>", f"（第{i + 1}章）</p>").replace("</li>", f"（第{i + 1}章）</li>")
                       for i in range(copies))
    open(f"{work}/{name}.html", "w", encoding="utf-8").write(head + chapters + "</body></html>")
PY

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --no-pdf-header-footer \
  --print-to-pdf="$work/pdf/long-report.pdf" "file://$work/long.html" 2>/dev/null
soffice --headless --norestore "-env:UserInstallation=file://$work/soffice" --convert-to 'docx:MS Word 2007 XML' \
  --outdir "$work/word" "$work/medium.html" >/dev/null 2>&1
pages=$(python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page[^s]', open(sys.argv[1],'rb').read())))" "$work/pdf/long-report.pdf")
echo "inputs: long-report.pdf $(stat -c %s "$work/pdf/long-report.pdf") bytes, $pages pages; medium.docx $(stat -c %s "$work/word/medium.docx") bytes"

dotnet build -c Release benchmarks/KnowledgeGraph.Benchmarks -nologo -v quiet >/dev/null
echo "== one 100-page PDF report"
dotnet benchmarks/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll 1 "$runs" --import-only --files "$work/pdf"
echo "== 100 Word reports"
dotnet benchmarks/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll 100 "$runs" --import-only --files "$work/word"
