#!/usr/bin/env bash
# Throughput of `factcheck audit` beside quantulum3 on the same generated archive.
#
#   Scripts/compare_quantulum.sh [ARTICLES] [FACTCHECK_BINARY]
#
# Generates ARTICLES stories (default 200; quantulum3 reads about 16 KB/s, so 2,000 take minutes)
# with Scripts/make_archive.py, runs `factcheck audit --jobs 1` over them, then quantulum3's
# `parser.parse` over the text of the same files (front matter and HTML markup removed, each JSON
# line's title and text), one thread each, and prints MB/s of input for both and the ratio.
# quantulum3 is installed from PyPI into a virtual environment under .build/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."

articles="${1:-200}"
bin="${2:-.build/release/factcheck}"
[ -x "$bin" ] || swift build -c release

venv=.build/quantulum-venv
if ! "$venv/bin/python" -c 'import quantulum3' >/dev/null 2>&1; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'quantulum3==0.10.0'
fi

archive="$(mktemp -d)"
trap 'rm -rf "$archive"' EXIT
python3 Scripts/make_archive.py "$archive/articles" --articles "$articles" >/dev/null

"$venv/bin/python" - "$archive/articles" "$bin" <<'PY'
import html.parser, json, os, subprocess, sys, time, warnings

root, binary = sys.argv[1], sys.argv[2]
warnings.filterwarnings("ignore")

class Text(html.parser.HTMLParser):
    """The text of a page, without script and style."""
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style") and self.skip > 0
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def texts(path, raw):
    s = raw.decode("utf-8", "replace")
    if path.endswith((".html", ".htm")):
        p = Text(); p.feed(s)
        return ["\n".join(p.parts)]
    if path.endswith((".jsonl", ".ndjson")):
        out = []
        for line in s.splitlines():
            try:
                d = json.loads(line)
            except ValueError:
                continue
            out.append((d.get("title") or "") + "\n\n" + (d.get("text") or d.get("html") or ""))
        return out
    if s.startswith("---"):
        end = s.find("\n---", 3)
        s = s[end + 4:] if end >= 0 else s
    return [s]

files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs
               if f.endswith((".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson")))
raw = {f: open(f, "rb").read() for f in files}
size = sum(len(b) for b in raw.values())
docs = [t for f in files for t in texts(f, raw[f])]

start = time.perf_counter()
subprocess.run([binary, "audit", root, "--jobs", "1", "--output", os.devnull], check=True)
ours = time.perf_counter() - start

from quantulum3 import parser
parser.parse("warm up: 12 per cent")
start = time.perf_counter()
found = sum(len(parser.parse(t)) for t in docs)
theirs = time.perf_counter() - start

mb = size / 1e6
print(f"{len(files)} files, {len(docs)} articles, {mb:.2f} MB")
print(f"factcheck audit --jobs 1 : {ours:8.2f} s  {mb / ours:9.3f} MB/s (whole process: load, check, JSON)")
print(f"quantulum3 parser.parse  : {theirs:8.2f} s  {mb / theirs:9.3f} MB/s ({found} quantities)")
print(f"ratio                    : {theirs / ours:8.0f}x")
PY
