#!/usr/bin/env bash
# Instruction profile of a one-job audit with callgrind: deterministic, so two builds compare
# on a busy machine where wall times do not.
#
#   Scripts/profile.sh [ARCHIVE_DIR] [FACTCHECK_BINARY]
#
# ARCHIVE_DIR defaults to a fresh 2,000-article archive from Scripts/make_archive.py. Prints the
# total instructions (Ir), the worker thread's, instructions per input byte, and the functions
# with the largest inclusive share. valgrind 3.19 cannot read the Swift binary's full debug
# info, so the profile runs a copy with the debug sections stripped (symbols kept);
# FACTCHECK_SHARE points that copy at this checkout's Corpus/ and Rules/.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
bin="${2:-.build/release/factcheck}"
[ -x "$bin" ] || swift build -c release
command -v valgrind >/dev/null || { echo "profile.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
archive="${1:-}"
if [ -z "$archive" ]; then
  archive="$work/articles"
  python3 Scripts/make_archive.py "$archive" --articles 2000 >/dev/null
fi
strip --strip-debug -o "$work/factcheck" "$bin"
FACTCHECK_SHARE="$root" valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
  "$work/factcheck" audit "$archive" --jobs 1 -o "$work/out.jsonl" >/dev/null 2>"$work/valgrind.log"
# The bytes the audit reads: the sizes of the files of the types it reads (as ArchiveSource
# picks them; hidden files skipped). `du -sb` counted everything under the folder: the
# generator's expected-verdicts.json (1.4 MB, never audited) and the directories' own sizes
# made the 20,000-article archive 23.1 MB, against 21.0 MB of articles.
bytes=$(find "$archive" -name '.*' -prune -o -type f \( -iname '*.txt' -o -iname '*.text' \
  -o -iname '*.md' -o -iname '*.markdown' -o -iname '*.html' -o -iname '*.htm' -o -iname '*.xhtml' \
  -o -iname '*.jsonl' -o -iname '*.ndjson' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
total=$(sed -n 's/.*refs: *//p' "$work/valgrind.log" | tr -d ,)
echo "instructions: $total for $bytes bytes ($((total / bytes)) per byte)"
# The total moves by about 1% between runs: the reader and writer threads' waiting depends on
# timing. The worker thread's count (reading, checking and writing each article) does not.
worker=$(callgrind_annotate --inclusive=yes "$work/cg.out" 2>/dev/null \
  | grep -m1 'AuditWorkerV5audit' | awk '{print $1}' | tr -d ,)
[ -n "$worker" ] && echo "worker thread: $worker ($((worker / bytes)) per byte)"
callgrind_annotate --inclusive=yes "$work/cg.out" 2>/dev/null \
  | { command -v swift >/dev/null && swift demangle --simplified || cat; } \
  | grep -E '^ *[0-9,]+ \( *[0-9.]+%\)' | grep -v 'PROGRAM TOTALS' | head -"${TOP:-40}" | cut -c1-150
