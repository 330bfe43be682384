#!/usr/bin/env bash
# Kills `factcheck audit --output` with SIGKILL at random moments, resumes it each time, and
# checks the final output equals an uninterrupted run's, byte for byte.
#
#   Scripts/audit_kill_test.sh [ARCHIVE_DIR] [KILLS] [FACTCHECK]
#
# Default: a 2,000-article archive generated into a temporary folder, 8 kills, the release build.
# KILLS counts runs really killed (a run that ends first is checked and does not count).
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

start=$(date +%s%N)
"$bin" audit "$archive" -o "$work/whole.jsonl"
whole_ms=$(( ($(date +%s%N) - start) / 1000000 ))
# Each attempt is killed after a random delay within one whole run's time, so kills land
# anywhere: before the first checkpoint, between checkpoints, while a checkpoint is written.
# A run that finishes before its kill must already equal the uninterrupted output (and the
# next attempt starts over). Attempts go on until KILLS runs were really killed.
killed=0
finished=0
attempt=0
while [ "$killed" -lt "$kills" ]; do
  attempt=$((attempt + 1))
  if [ "$attempt" -gt $((kills * 5)) ]; then echo "kill/resume: only $killed kills in $attempt attempts" >&2; exit 1; fi
  delay_ms=$(( RANDOM * 32768 + RANDOM ))
  delay_ms=$(( delay_ms % (whole_ms + 1) ))
  "$bin" audit "$archive" -o "$work/part.jsonl" --resume &
  pid=$!
  sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then
    killed=$((killed + 1))
    wait "$pid" 2>/dev/null || true
    done_docs=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['documents'])" "$work/part.jsonl.progress" 2>/dev/null || echo "no")
    echo "kill $killed after ${delay_ms} ms: checkpoint at $done_docs documents, output $(wc -c <"$work/part.jsonl" 2>/dev/null || echo 0) bytes"
  else
    wait "$pid" 2>/dev/null || true
    finished=$((finished + 1))
    if ! cmp -s "$work/whole.jsonl" "$work/part.jsonl"; then
      echo "kill/resume: a resumed run that finished differs from the uninterrupted one" >&2
      exit 1
    fi
    echo "attempt $attempt finished before its kill (${delay_ms} ms): output identical"
  fi
done
"$bin" audit "$archive" -o "$work/part.jsonl" --resume --summary
if cmp -s "$work/whole.jsonl" "$work/part.jsonl"; then
  echo "kill/resume: $killed kills ($finished runs finished first), output identical ($(wc -l <"$work/whole.jsonl") lines; whole run ${whole_ms} ms)"
else
  echo "kill/resume: OUTPUT DIFFERS" >&2
  exit 1
fi
