#!/usr/bin/env python3
"""Integration test: Scripts/spark_audit.py on Spark local[2] gives the single-process audit's
output, document for document.

    PYTHON_WITH_PYSPARK Scripts/spark_audit_test.py [--factcheck .build/debug/factcheck]
        [--articles 750] [--partitions 4]

Writes a sample archive with Scripts/make_archive.py, joins its JSON Lines feeds (a few hundred
articles, text and HTML ones, plus the broken feed with its malformed line) into one file,
audits it once with `factcheck audit FILE` and once with the Spark job, and compares: the same
number of lines, the same set of ids, and for each id the same JSON object. `path` is left out
of the comparison: it is "FILE:LINE" in one run and "-:LINE" within a partition in the other.
Exits 1 on any difference.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(message):
    print("spark_audit_test: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def documents(lines):
    """id -> the line's object without `path`; lines with no id are kept in a sorted list."""
    by_id, anonymous = {}, []
    for line in lines:
        doc = json.loads(line)
        doc.pop("path", None)
        if "id" in doc:
            if doc["id"] in by_id:
                fail("id %r appears twice" % doc["id"])
            by_id[doc["id"]] = doc
        else:
            anonymous.append(json.dumps(doc, sort_keys=True))
    return by_id, sorted(anonymous)


def read_lines(path):
    with open(path, encoding="utf-8", newline="\n") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--factcheck", default=os.path.join(ROOT, ".build/debug/factcheck"))
    ap.add_argument("--articles", type=int, default=750, help="articles generated (2 in 5 are JSON lines)")
    ap.add_argument("--partitions", type=int, default=4)
    args = ap.parse_args()
    factcheck = os.path.abspath(args.factcheck)
    work = tempfile.mkdtemp(prefix="spark-audit-")
    try:
        archive = os.path.join(work, "archive")
        subprocess.run([sys.executable, os.path.join(ROOT, "Scripts/make_archive.py"), archive,
                        "--articles", str(args.articles)], check=True, stdout=subprocess.DEVNULL)
        jsonl = os.path.join(work, "archive.jsonl")
        with open(jsonl, "w", encoding="utf-8") as out:
            for feed in sorted(glob.glob(os.path.join(archive, "feeds", "*.jsonl"))) + \
                    [os.path.join(archive, "broken", "feed.jsonl")]:
                with open(feed, encoding="utf-8", newline="\n") as f:
                    for line in f:
                        out.write(line if line.endswith("\n") else line + "\n")
        articles = len(read_lines(jsonl))

        single = subprocess.run([factcheck, "audit", jsonl], capture_output=True, cwd=ROOT)
        if single.returncode != 0:
            fail("factcheck audit exited %d: %s" % (single.returncode, single.stderr.decode()[-2000:]))
        expected_lines = [l for l in single.stdout.decode("utf-8").split("\n") if l]

        output = os.path.join(work, "spark-out")
        env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=sys.executable)
        started = time.time()
        spark = subprocess.run([sys.executable, os.path.join(ROOT, "Scripts/spark_audit.py"), jsonl, output,
                                "--factcheck", factcheck, "--partitions", str(args.partitions),
                                "--master", "local[2]", "--summary"],
                               capture_output=True, cwd=work, env=env, timeout=900)
        seconds = time.time() - started
        if spark.returncode != 0:
            fail("spark_audit.py exited %d:\n%s" % (spark.returncode, spark.stderr.decode()[-4000:]))
        parts = sorted(glob.glob(os.path.join(output, "part-*")))
        if len([p for p in parts if os.path.getsize(p) > 0]) < 2:
            fail("expected the work spread over several partitions, got %d non-empty part files" % len(parts))
        got_lines = [l for p in parts for l in read_lines(p)]

        if len(expected_lines) != articles or len(got_lines) != articles:
            fail("%d articles: single run wrote %d lines, Spark %d" % (articles, len(expected_lines), len(got_lines)))
        want, want_anon = documents(expected_lines)
        got, got_anon = documents(got_lines)
        if set(want) != set(got):
            fail("ids differ: only single %s, only Spark %s"
                 % (sorted(set(want) - set(got))[:5], sorted(set(got) - set(want))[:5]))
        differing = [i for i in want if want[i] != got[i]]
        if differing:
            fail("%d documents differ, e.g. %s:\n  single %s\n  spark  %s"
                 % (len(differing), differing[0], json.dumps(want[differing[0]])[:600],
                    json.dumps(got[differing[0]])[:600]))
        if want_anon != got_anon:
            fail("the lines without an id differ:\n  single %s\n  spark  %s" % (want_anon, got_anon))
        claims = sum(d.get("summary", {}).get("claims", 0) for d in want.values())
        print(spark.stdout.decode().strip())
        print("spark_audit_test: Spark local[2], %d partitions: %d documents (%d with an id, %d without), "
              "%d claims, identical to the single-process audit; Spark job %.1f s"
              % (len(parts), articles, len(want), len(want_anon), claims, seconds))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
