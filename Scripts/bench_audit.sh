#!/usr/bin/env bash
# Wall time of `factcheck audit` with one job and with every core, on an archive whose files
# are in the page cache ("warm") and on one whose files were just dropped from it ("cold"),
# with hyperfine. Prints MB/s per case and the all-cores / one-job ratio.
#
#   Scripts/bench_audit.sh [ARCHIVE_DIR] [FACTCHECK_BINARY] [RUNS]
#
# ARCHIVE_DIR defaults to a fresh 20,000-article archive from Scripts/make_archive.py. Before
# each warm run every file is read once (so it is cached); before each cold run each file is
# dropped from the page cache with posix_fadvise(POSIX_FADV_DONTNEED), which needs no root and
# leaves the rest of the cache alone. Why both: a machine may page file pages out on its own
# (this project's VM runs DAMON's pageout scheme), so a plain repeated run can be cold. Output
# goes to /dev/null: writing it is measured by the benchmarks, not here. hyperfine runs the
# commands without a shell (-N), so paths must not contain spaces. Last, RUNS pairs of warm runs
# (one job and every core, back to back) give the ratio as each pair sees it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
bin="${2:-.build/release/factcheck}"
runs="${3:-15}"
if [ ! -x "$bin" ]; then
  [ -z "${2:-}" ] || { echo "bench_audit.sh: no binary at $bin" >&2; exit 2; }
  swift build -c release
fi
command -v hyperfine >/dev/null || { echo "bench_audit.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
archive="${1:-}"
if [ -z "$archive" ]; then
  archive="$work/articles"
  python3 Scripts/make_archive.py "$archive" --articles 20000 >/dev/null
fi
cat > "$work/cache.py" <<'EOF'
import os, sys
drop = sys.argv[1] == "cold"
for top, _, names in os.walk(sys.argv[2]):
    for name in names:
        fd = os.open(os.path.join(top, name), os.O_RDONLY)
        try:
            if drop:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            else:
                while os.read(fd, 1 << 20):
                    pass
        finally:
            os.close(fd)
EOF
cores=$(nproc)
# The bytes the audit reads: the sizes of the files of the types it reads (as ArchiveSource
# picks them; hidden files skipped). `du -sb` counted everything under the folder: the
# generator's expected-verdicts.json (1.4 MB, never audited) and the directories' own sizes
# made the 20,000-article archive 23.1 MB, against 21.0 MB of articles.
bytes=$(find "$archive" -name '.*' -prune -o -type f \( -iname '*.txt' -o -iname '*.text' \
  -o -iname '*.md' -o -iname '*.markdown' -o -iname '*.html' -o -iname '*.htm' -o -iname '*.xhtml' \
  -o -iname '*.jsonl' -o -iname '*.ndjson' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
for cache in warm cold; do
  FACTCHECK_SHARE="$root" hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/$cache.json" \
    --prepare "python3 $work/cache.py $cache $archive" \
    -n "$cache, 1 job" "$bin audit $archive --jobs 1 -o /dev/null" \
    -n "$cache, $cores jobs" "$bin audit $archive --jobs $cores -o /dev/null" >/dev/null
done
# The ratio again, from runs taken in pairs: one job then every core, or the other way round,
# alternately, each run after its files were read in. hyperfine runs one command's runs and
# then the other's, so a machine whose speed drifts (this project's VM moves by several per
# cent within minutes) biases the ratio of its two means; a pair's two runs see the same
# machine. The spread of the pairs' ratios shows how far one run can be trusted.
cat > "$work/pairs.py" <<'EOF'
import json, subprocess, sys, time
work, binary, archive, cores, pairs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
def run(jobs):
    subprocess.run(["python3", f"{work}/cache.py", "warm", archive], check=True)
    start = time.perf_counter()
    subprocess.run([binary, "audit", archive, "--jobs", jobs, "-o", "/dev/null"], check=True)
    return time.perf_counter() - start
for _ in range(2):  # warm-up, not counted
    run("1"), run(cores)
ratios = []
for k in range(pairs):
    if k % 2:
        one, every = run("1"), run(cores)
    else:
        every, one = run(cores), run("1")
    ratios.append(one / every)
json.dump(ratios, open(f"{work}/pairs.json", "w"))
EOF
FACTCHECK_SHARE="$root" python3 "$work/pairs.py" "$work" "$bin" "$archive" "$cores" "$runs"
python3 - "$work" "$bytes" <<'EOF'
import json, statistics, sys
work, size = sys.argv[1], int(sys.argv[2])
print(f"archive: {size / 1e6:.1f} MB")
for cache in ("warm", "cold"):
    one, every = json.load(open(f"{work}/{cache}.json"))["results"]
    for r in (one, every):
        print(f"{r['command']:>16}: {r['mean'] * 1e3:7.1f} ms ± {r['stddev'] * 1e3:5.1f}"
              f"  ({r['min'] * 1e3:.1f}-{r['max'] * 1e3:.1f}), {size / 1e6 / r['mean']:6.1f} MB/s")
    print(f"{cache + ' ratio':>16}: {one['mean'] / every['mean']:.2f}x")
ratios = sorted(json.load(open(f"{work}/pairs.json")))
tenth = statistics.quantiles(ratios, n=10) if len(ratios) > 1 else ratios * 9
print(f"{'paired ratio':>16}: {statistics.median(ratios):.2f}x median of {len(ratios)} warm pairs,"
      f" {tenth[0]:.2f}-{tenth[-1]:.2f} (10th-90th percentile), {ratios[0]:.2f}-{ratios[-1]:.2f} (all)")
EOF
