#!/usr/bin/env bash
# Kills `factcheck audit --output` with SIGKILL at random moments, resumes it each time, and
# checks the final output equals an uninterrupted run's, byte for byte.
#
#   Scripts/audit_kill_test.sh [ARCHIVE_DIR] [KILLS] [FACTCHECK]
#
# Default: a 2,000-article archive generated into a temporary folder, 8 kills, the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
archive=${1:-}
kills=${2:-8}
bin=${3:-.build/release/factcheck}
if [ -z "$archive" ]; then
  archive="$work/archive"
  python3 Scripts/make_archive.py "$archive" --articles 2000 --seed 11 >/dev/null
fi
[ -x "$bin" ] || swift build -c release >/dev/null

"$bin" audit "$archive" -o "$work/whole.jsonl"
start=$(date +%s.%N)
killed=0
for i in $(seq 1 "$kills"); do
  "$bin" audit "$archive" -o "$work/part.jsonl" --resume &
  pid=$!
  sleep "$((RANDOM % 2)).$((RANDOM % 10))$((RANDOM % 10))"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null || true
  done_docs=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['documents'])" "$work/part.jsonl.progress" 2>/dev/null || echo "-")
  echo "kill $i: checkpoint at $done_docs documents, output $(wc -c <"$work/part.jsonl" 2>/dev/null || echo 0) bytes"
done
"$bin" audit "$archive" -o "$work/part.jsonl" --resume --summary
if cmp -s "$work/whole.jsonl" "$work/part.jsonl"; then
  echo "kill/resume: $killed kills, output identical ($(wc -l <"$work/whole.jsonl") lines)"
else
  echo "kill/resume: OUTPUT DIFFERS" >&2
  exit 1
fi
