#!/usr/bin/env bash
# Runs one libFuzzer harness (Scripts/fuzz/Sources/TARGET) with AddressSanitizer.
#
#   Scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#
# TARGET: text, extract, rules, dataset, html, jsonl. The corpus grows in
# .build/fuzz-corpus/TARGET (seeded from Scripts/fuzz/seeds/TARGET and the repository's own
# files); crashes, timeouts and out-of-memory inputs land in .build/fuzz-artifacts/TARGET/. Minimise one with
#   Scripts/fuzz/.build/release/fuzz-TARGET -minimize_crash=1 -runs=10000 CRASH_FILE
# then add it to Tests/FactCheckHostileTests/Regressions/TARGET/ (replayed by `swift test`).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS [libFuzzer options]}
seconds=${2:?usage: Scripts/fuzz.sh TARGET SECONDS [libFuzzer options]}
shift 2
case "$target" in text|extract|rules|dataset|html|jsonl) ;; *) echo "unknown target '$target'" >&2; exit 64;; esac

# One build for all harnesses; -sanitize=fuzzer links libFuzzer's main into each executable.
(cd Scripts/fuzz && swift build -c release --product "fuzz-$target" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld >&2)
bin=Scripts/fuzz/.build/release/fuzz-$target

corpus=.build/fuzz-corpus/$target
artifacts=.build/fuzz-artifacts/$target
mkdir -p "$corpus" "$artifacts"
seed() { [ -f "$1" ] && cp -n "$1" "$corpus/seed-$(basename "$(dirname "$1")")-$(basename "$1")" || true; }
if [ -d "Scripts/fuzz/seeds/$target" ]; then cp -n Scripts/fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true; fi
if [ -d "Tests/FactCheckHostileTests/Regressions/$target" ]; then
  cp -n Tests/FactCheckHostileTests/Regressions/"$target"/* "$corpus"/ 2>/dev/null || true
fi
case "$target" in
  text|extract) for f in Corpus/samples/*.txt Tests/FactCheckPipelineTests/Fixtures/articles/*.txt; do seed "$f"; done ;;
  rules) for f in Rules/*/*/*.yml; do seed "$f"; done ;;
  dataset) seed Tests/FactCheckDataTests/Fixtures/school_exclusions/dataset.yml ;;
  html) for f in $(find Corpus/archive-sample -name '*.htm*' | head -20); do seed "$f"; done ;;
  jsonl) for f in $(find Corpus/archive-sample -name '*.jsonl' | head -5); do seed "$f"; done ;;
esac

# ASan's leak checker reports Foundation's and ICU's process-lifetime caches: off.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
exec "$bin" "$corpus" -artifact_prefix="$artifacts/" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 "$@"
