#!/usr/bin/env python3
"""Checks `factcheck audit --html` in a real browser (headless Chromium).

    Scripts/check_html_report.py [--factcheck .build/debug/factcheck] [--chromium chromium]
                                 [--screenshot report.png]

1. Audits Corpus/archive-sample plus a few hostile articles whose title, id, URL and sentences
   carry <script>, onerror=, onload=, </script> and javascript: payloads. Each payload, if it
   ever ran, would write the marker PWNED (built at run time from 'PW'+'NED', so the marker
   never appears as text) into the page's title or a body attribute.
2. Loads the report in headless Chromium (--dump-dom, after its script has run) and asserts:
   the table has one row per contradicted or unverifiable claim of the JSON Lines output; the
   count line says so; the charts are there; the marker is absent; no javascript: link exists.
3. Does the same with the page's Content-Security-Policy removed, so the escaping alone is
   tested, not only the policy.
4. A positive control: a page that does run one payload must show the marker, else the check
   could not see an injection at all.

Exits 0 when all hold; prints what failed and exits 1 otherwise. A missing browser is a failure.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = "'PW'+'NED'"

HOSTILE = [
    {
        "id": "hostile-1\"><img src=x onerror=\"document.title=" + MARK + "\">",
        "url": "javascript:document.title=" + MARK,
        "published": "2011-11-14",
        "title": "</script><script>document.title=" + MARK + "</script> Greater Manchester figures\u2028",
        "text": "There were 1,927 registered sex offenders <script>document.body.setAttribute('data-x',"
        + MARK + ")</script> living in Greater Manchester <img src=x onerror=\"document.body."
        "setAttribute('data-y'," + MARK + ")\"> on 31 March 2011, <!-- \u2028 \u2029 --> according "
        "to figures from the Ministry of Justice.",
    },
    {
        "id": "hostile-2",
        "url": "https://news.example.org/x\"onmouseover=\"document.title=" + MARK,
        "published": "2011-11-14",
        "title": "<svg onload=\"document.title=" + MARK + "\"> Dorset",
        "text": "Ministry of Justice data <iframe srcdoc=\"<script>parent.document.title=" + MARK
        + "</script>\"></iframe> shows 1,049 registered sex offenders were being supervised in "
        "the community in Dorset on 31 March 2011.",
    },
    {
        "id": "hostile-3",
        "url": " JaVaScRiPt:document.title=" + MARK,
        "published": "2012-12-02",
        "title": "Teesside <style>body{display:none}</style>",
        "text": "There were 554 registered sex offenders living in Teesside on 31 March 2012 "
        "<a href=\"javascript:document.title=" + MARK + "\">click</a>, according to figures "
        "from the Ministry of Justice.",
    },
]


def fail(message):
    print("check_html_report: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def chromium_command(name):
    for candidate in [name, "chromium", "chromium-browser", "google-chrome"]:
        path = shutil.which(candidate) if candidate else None
        if path:
            return path
    fail("no Chromium found (Debian: apt-get install chromium); the HTML report cannot be checked")


def browse(chromium, page, profile, *extra):
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile,
               "--virtual-time-budget=5000", *extra, "file://" + page]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        fail("chromium exited %d: %s" % (run.returncode, run.stderr[-2000:]))
    return run.stdout


def check_page(chromium, page, profile, expected, label):
    dom = browse(chromium, page, profile, "--dump-dom")
    if "PWNED" in dom:
        fail(label + ": an injected script ran (marker PWNED found in the rendered page)")
    if re.search(r'<a\b[^>]*href="\s*javascript:', dom, re.I):
        fail(label + ": a javascript: link was rendered")
    rows = re.findall(r'<tr class="(contradicted|unverifiable)">', dom)
    counts = {v: rows.count(v) for v in ("contradicted", "unverifiable")}
    if counts != expected:
        fail(label + ": table rows %s, expected %s" % (counts, expected))
    total = sum(expected.values())
    if "Showing %d of %d claims" % (total, total) not in dom:
        fail(label + ": the count line is missing or wrong")
    for chart in ("Verdicts per year", "Verdicts per area", "Claims most often contradicted"):
        if 'aria-label="%s"' % chart not in dom:
            fail(label + ": chart missing: " + chart)
    if dom.count("<rect") < 20:
        fail(label + ": the charts have too few bars")
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    if not title or title.group(1) != "factcheck audit":
        fail(label + ": the page title changed: %r" % (title.group(1) if title else None))
    print("check_html_report: %s: %d rows (%d contradicted, %d unverifiable), no injected script ran"
          % (label, total, expected["contradicted"], expected["unverifiable"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--factcheck", default=os.path.join(ROOT, ".build/debug/factcheck"))
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", ""))
    parser.add_argument("--screenshot", help="also save a screenshot of the report here (PNG)")
    args = parser.parse_args()
    chromium = chromium_command(args.chromium)

    work = tempfile.mkdtemp(prefix="check-html-")
    try:
        hostile = os.path.join(work, "hostile.jsonl")
        with open(hostile, "w", encoding="utf-8") as f:
            for article in HOSTILE:
                f.write(json.dumps(article) + "\n")
        report = os.path.join(work, "report.html")
        run = subprocess.run([args.factcheck, "audit", os.path.join(ROOT, "Corpus/archive-sample"), hostile,
                              "--html", report], capture_output=True, cwd=ROOT, timeout=600)
        if run.returncode != 0:
            fail("factcheck audit exited %d: %s" % (run.returncode, run.stderr.decode()[-2000:]))
        expected = {"contradicted": 0, "unverifiable": 0}
        hostile_rows = 0
        for line in run.stdout.decode().split("\n"):
            if not line:
                continue
            doc = json.loads(line)
            for claim in doc.get("claims", []):
                if claim.get("verdict") in expected:
                    expected[claim["verdict"]] += 1
                    hostile_rows += doc.get("path", "").startswith(hostile)
        if hostile_rows < len(HOSTILE):
            fail("the hostile articles gave %d table rows, expected at least %d" % (hostile_rows, len(HOSTILE)))
        with open(report, encoding="utf-8") as f:
            page = f.read()
        if "Content-Security-Policy" not in page:
            fail("the report has no Content-Security-Policy")
        if re.search(r"<(link|img|iframe)\b|src=\"http|@import", page):
            fail("the report refers to something outside itself")

        profile = os.path.join(work, "profile")
        check_page(chromium, report, profile, expected, "report")
        bare = os.path.join(work, "report-no-csp.html")
        with open(bare, "w", encoding="utf-8") as f:
            stripped = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
            if stripped == page:
                fail("could not remove the Content-Security-Policy")
            f.write(stripped)
        check_page(chromium, bare, profile, expected, "report without its CSP")

        control = os.path.join(work, "control.html")
        with open(control, "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html><title>control</title><body><img src=x onerror=\"document.body."
                    "setAttribute('data-y'," + MARK + ")\"><script>document.title=" + MARK + "</script>")
        if "PWNED" not in browse(chromium, control, profile, "--dump-dom"):
            fail("positive control: a page that runs the payload did not show the marker")
        print("check_html_report: positive control: the payload, when it does run, leaves the marker")

        if args.screenshot:
            browse(chromium, report, profile, "--window-size=1400,2600",
                   "--screenshot=" + os.path.abspath(args.screenshot))
            print("check_html_report: screenshot in " + args.screenshot)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
