#!/usr/bin/env python3
"""Audits a JSON Lines news archive on Apache Spark with `factcheck audit --stdin`.

    spark-submit Scripts/spark_audit.py INPUT OUTPUT --factcheck /opt/factcheck/bin/factcheck \\
        [--partitions N] [--summary] [-- AUDIT OPTIONS...]

    python3 Scripts/spark_audit.py INPUT OUTPUT --factcheck .build/release/factcheck \\
        --master 'local[2]'          # with pyspark installed (pip install pyspark; Java 17)

INPUT is anything Spark's textFile reads (a .jsonl file, a folder of them, a glob, an hdfs://
or s3a:// path) holding one article per line: {"id", "url", "published", "title", "text"} or
"html" instead of "text". OUTPUT is a folder Spark writes part-NNNNN files to, one JSON line
per article, exactly the lines a single `factcheck audit` writes for them: the JSON Lines
stdin/stdout mode is the contract. Each partition is piped through one `factcheck audit
--stdin` process (RDD.pipe), which checks it on the executor's cores and writes its lines in
the partition's order.

Give each article an `id`: `path` in the output is "-:N", the line within the partition's
standard input, and so depends on the partitioning. A line that is not valid JSON gives an
error line, as it would in a single run; a blank line is dropped.

The factcheck binary must be at the same path on every worker (or shipped with spark-submit
--files factcheck and named as ./factcheck), with its datasets and rules beside it (the
bundled Corpus/ and Rules/), or given after `--` as --corpus DIR --rules DIR, or found through
FACTCHECK_SHARE, which is passed on to the workers when set. Anything after `--` is passed to
`factcheck audit` (for instance --jobs 2, --published 2020-01-01, --explain); --fail-on makes a
partition with a contradicted claim fail its task, so leave it out.
"""

import argparse
import json
import os
import shlex
import sys
import time


def parse(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="JSON Lines articles (file, folder, glob or URI)")
    ap.add_argument("output", help="folder for the audit's JSON Lines (must not exist)")
    ap.add_argument("--factcheck", required=True, help="path of the factcheck binary on the workers")
    ap.add_argument("--partitions", type=int, default=0,
                    help="number of partitions, so of factcheck processes (default: Spark's choice)")
    ap.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    ap.add_argument("--summary", action="store_true", help="print totals of the written output")
    ap.add_argument("audit_args", nargs="*", help="after --: more `factcheck audit` options")
    args = ap.parse_args(argv)
    if args.partitions < 0:
        ap.error("--partitions must be at least 1")
    if any(a.startswith("--fail-on") for a in args.audit_args):
        ap.error("--fail-on would fail Spark tasks; read the output instead")
    return args


def command(args):
    """The command each partition is piped through."""
    return " ".join(shlex.quote(a) for a in [args.factcheck, "audit", "--stdin", *args.audit_args])


def totals(lines):
    """Documents, failures and verdict counts of audit output lines (an iterator)."""
    t = {"documents": 0, "failed": 0, "claims": 0, "supported": 0, "contradicted": 0, "unverifiable": 0}
    for line in lines:
        doc = json.loads(line)
        t["documents"] += 1
        if "error" in doc:
            t["failed"] += 1
            continue
        for key in ("claims", "supported", "contradicted", "unverifiable"):
            t[key] += doc.get("summary", {}).get(key, 0)
    yield t


def add(a, b):
    return {k: a[k] + b[k] for k in a}


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("factcheck-audit")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    start = time.time()
    try:
        articles = sc.textFile(args.input, minPartitions=args.partitions or None)
        if args.partitions and articles.getNumPartitions() != args.partitions:
            articles = articles.repartition(args.partitions)
        env = {"LC_ALL": "C.UTF-8"}
        if os.environ.get("FACTCHECK_SHARE"):
            env["FACTCHECK_SHARE"] = os.environ["FACTCHECK_SHARE"]
        audited = articles.filter(lambda line: line.strip() != "").pipe(command(args), env=env, checkCode=True)
        audited.saveAsTextFile(args.output)
        if args.summary:
            t = sc.textFile(args.output).mapPartitions(totals).reduce(add)
            print("spark_audit: %(documents)d documents, %(failed)d failed; %(claims)d claims: "
                  "%(supported)d supported, %(contradicted)d contradicted, %(unverifiable)d unverifiable" % t)
            print("spark_audit: %d partitions in %.1f s" % (articles.getNumPartitions(), time.time() - start))
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
