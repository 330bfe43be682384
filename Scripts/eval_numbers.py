#!/usr/bin/env python3
"""Check that `factcheck numbers` finds every numeric surface of the dev articles.

Usage: Scripts/eval_numbers.py [DEV_DIR] [--bin PATH] [--all]

For each article in DEV_DIR (header, blank line, body) and its rows in DEV_DIR/claims.csv,
the surface (located in the body from its sentence and char_start) must overlap an item of
`factcheck numbers --format json` (UTF-8 byte spans of the body). Rows whose surface holds no
number at all ("the highest in England and Wales") are reported apart unless --all is given.
Prints found/total and the misses.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

NUMBER_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|"
    r"hundreds|thousands|none|any|half|third|quarter|twice|doubled|times|first|second|fifth|"
    r"decade|year)\b", re.I)


def body_of(path):
    text = open(path, encoding="utf-8").read()
    head, sep, body = text.partition("\n\n")
    return body if sep else text


def locate(body, sentence, surface, char_start):
    """Character span of the surface in the body, or None."""
    s_at = body.find(sentence)
    if s_at >= 0:
        at = s_at + char_start
        if body[at:at + len(surface)] == surface:
            return at, at + len(surface)
        inner = sentence.find(surface)
        if inner >= 0:
            return s_at + inner, s_at + inner + len(surface)
    at = body.find(surface)
    return (at, at + len(surface)) if at >= 0 else None


def byte_span(body, span):
    start = len(body[:span[0]].encode("utf-8"))
    return start, start + len(body[span[0]:span[1]].encode("utf-8"))


def run(binary, body):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(body)
        name = f.name
    try:
        out = subprocess.run([binary, "numbers", "--format", "json", name],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(name)
    return json.loads(out)["numbers"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dev", nargs="?", default=os.path.join(REPO, "..", "shared", "eval", "dev"))
    ap.add_argument("--bin", default=os.path.join(REPO, ".build", "debug", "factcheck"))
    ap.add_argument("--all", action="store_true", help="count surfaces without numbers too")
    args = ap.parse_args()
    rows = list(csv.DictReader(open(os.path.join(args.dev, "claims.csv"), encoding="utf-8")))
    found = total = wordless = 0
    misses = []
    cache = {}
    for r in rows:
        path = os.path.join(args.dev, r["id"] + ".txt")
        if not os.path.exists(path):
            continue
        if not args.all and not NUMBER_WORDS.search(r["surface"]):
            wordless += 1
            continue
        if path not in cache:
            body = body_of(path)
            cache[path] = (body, run(args.bin, body))
        body, items = cache[path]
        total += 1
        span = locate(body, r["sentence"], r["surface"], int(r["char_start"] or 0))
        if span is None:
            misses.append((r["id"], r["surface"], "surface not found in body"))
            continue
        lo, hi = byte_span(body, span)
        if any(i["range"]["start"] < hi and lo < i["range"]["end"] for i in items):
            found += 1
        else:
            misses.append((r["id"], r["surface"], r["sentence"][:100]))
    for m in misses:
        print("MISS %s %r  in: %s" % m)
    if wordless:
        print("(%d surfaces without a number word left out; --all counts them)" % wordless)
    print("surface found: %d/%d (%.1f%%)" % (found, total, 100.0 * found / max(total, 1)))
    return 0 if found == total else 1


if __name__ == "__main__":
    sys.exit(main())
