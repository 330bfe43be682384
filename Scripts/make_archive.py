#!/usr/bin/env python3
"""Writes a sample news archive from the MAPPA dataset, for `factcheck audit`.

    Scripts/make_archive.py OUT_DIR [--articles N] [--seed S] [--error-share 0.25]
                            [--sentences-per-paragraph K]

The articles are short local-paper data stories written here from the figures in
Corpus/mappa/figures.csv, in several templates and all four archive formats (.txt, .md with
front matter, .html pages, .jsonl feeds). Every area of areas.csv gets stories; where the dataset
has no figure for an area and year the story's numbers cannot be checked (unverifiable), as a real
story about that area would be. A share of the stories carry one planted error, and a few
entries are broken on purpose (invalid UTF-8, a malformed JSON line). OUT_DIR/expected-verdicts.json
lists the planted errors and the broken entries; every other claim should not be contradicted.

The output depends only on the dataset, N, the seed and K. Each story line is a paragraph of its
own by default (K = 1); with K > 1 consecutive lines share a paragraph, K at a time, so that
sentence breaking meets paragraphs of several sentences, as in real copy. The HTML pages draw a
random number per paragraph, so another K gives other stories, from the same templates and
dataset.
"""
import argparse
import csv
import datetime
import html
import json
import os
import random
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NUMBER_WORDS = "zero one two three four five six seven eight nine".split()


def load():
    figures = defaultdict(list)
    with open(os.path.join(ROOT, "Corpus/mappa/figures.csv"), newline="") as f:
        for row in csv.DictReader(f):
            figures[(row["area"], row["measure"], row["period"])].append(row)
    with open(os.path.join(ROOT, "Corpus/mappa/areas.csv"), newline="") as f:
        areas = [row["area"] for row in csv.DictReader(f)]
    return figures, areas


class Data:
    """Cells safe to quote: one row, no flag that makes a verdict doubtful."""

    def __init__(self):
        self.figures, areas = load()
        self.national = "England and Wales"
        self.areas = [a for a in areas if a != self.national]

    def has_rows(self, area, measure, period):
        return bool(self.figures.get((area, measure, period)))

    def value(self, area, measure, period):
        rows = self.figures.get((area, measure, period), [])
        values = {r["value"] for r in rows}
        if len(values) != 1 or any(r["flags"] for r in rows):
            return None
        v = float(values.pop())
        return int(v) if v == int(v) else None


def previous(period):
    start = int(period[:4]) - 1
    return f"{start}-{str(start + 1)[2:]}"


def period_end_year(period):
    return int(period[:4]) + 1


def release_day(period):
    """The last Thursday of October after the year ends (the MAPPA release day)."""
    year = period_end_year(period)
    day = datetime.date(year, 10, 31)
    while day.weekday() != 3:
        day -= datetime.timedelta(days=1)
    return day


def count(n, rng, words=True):
    if words and n < 10 and rng.random() < 0.5:
        return NUMBER_WORDS[n]
    return f"{n:,}"


def transpose(n):
    """The count with two of its last digits swapped (1,596 -> 1,569), or None."""
    s = str(n)
    for i in range(len(s) - 1, 0, -1):
        if s[i] != s[i - 1] and not (i - 1 == 0 and s[i] == "0"):
            t = s[: i - 1] + s[i] + s[i - 1] + s[i + 1 :]
            if abs(int(t) - n) <= max(60, n * 0.08):
                return int(t)
    return None


HEADLINES = [
    "{count} registered sex offenders living in {area}, new figures show",
    "Sex offender register: how {area} compares",
    "Number of sex offenders monitored in {area} revealed",
    "{area} figures show {count} people on the sex offenders register",
    "The numbers behind public protection in {area}",
]
COUNT_LINES = [
    "Ministry of Justice data shows {count} registered sex offenders were being supervised in the community in {area} on 31 March {end}.",
    "There were {count} registered sex offenders living in {area} on 31 March {end}, according to figures from the Ministry of Justice.",
    "Figures published by the Ministry of Justice show {count} registered sex offenders were being managed in {area} in {period}.",
]
RISE_LINES = [
    "The total was up from {before} a year earlier, a rise of {pct} per cent.",
    "That was {pct} per cent more than the {before} recorded a year before.",
]
FALL_LINES = [
    "The total was down from {before} a year earlier, a fall of {pct} per cent.",
    "That was {pct} per cent fewer than the {before} recorded a year before.",
]
RATE_LINES = [
    "That works out at {rate} offenders for every 100,000 people aged 10 and over in {area}.",
    "It means there were {rate} registered sex offenders per 100,000 residents aged 10 and over.",
]
NATIONAL_LINES = [
    "Across England and Wales, {count} registered sex offenders were being monitored in {period}.",
    "Nationally, {count} registered sex offenders were living in the community across England and Wales in {period}.",
]
CAT2_LINES = [
    "The figures also show {count} violent offenders, known as category two offenders, were living in {area} in March {end}.",
]
BREACH_LINES = [
    "During {period}, {count} offenders in {area} were cautioned or convicted for failing to tell the police about changes such as a new address.",
]
CONTEXT = [
    "They are managed under multi-agency public protection arrangements, known as MAPPA, which bring police, probation and prison services together to keep watch on sexual and violent offenders after their release.",
    "Offenders on the register must tell police about changes such as a new address or plans to travel abroad.",
    "Anyone jailed for at least 30 months for a sexual offence stays on the register indefinitely.",
    "Most offenders are managed at level one, where agencies simply share information about them.",
]
QUOTES = [
    "A spokesperson for the probation service said: \u201cProtecting the public is our first priority, and these arrangements let agencies act quickly when risks change.\u201d",
    "A local councillor said: \u201cPeople want to know that the agencies are talking to each other. These figures help them see the scale of the work.\u201d",
    "A charity worker who supports victims said: \u201cBehind every one of these numbers is a case that needs careful, joined-up supervision.\u201d",
]


class Story:
    def __init__(self, area, period, rng):
        self.area, self.period, self.rng = area, period, rng
        self.paragraphs = []
        self.headline = ""
        self.planted = []  # {text, expected, kind}
        self.checkable = False

    @property
    def fields(self):
        return {"area": self.area, "period": self.period, "end": period_end_year(self.period)}

    def line(self, templates, **values):
        return self.rng.choice(templates).format(**self.fields, **values)


def write_story(data, area, period, rng, plant):
    s = Story(area, period, rng)
    n = data.value(area, "category1_rso_total", period)
    if n is None:
        return unverifiable_story(s, rng)
    s.checkable = True
    errors = []
    written_n = n
    before = data.value(area, "category1_rso_total", previous(period))
    rate = data.value(area, "rso_per_100k", period)
    options = ["count"] if transpose(n) else []
    if before and before != n and abs(n / before - 1) > 0.015:
        options.append("percent")
    if rate:
        options.append("rate")
    kind = rng.choice(options) if plant and options else None
    if kind == "count":
        written_n = transpose(n)
        errors.append((f"{written_n:,}", n, "transposed_digits"))
    s.headline = rng.choice(HEADLINES).format(area=area, count=f"{written_n:,}")
    s.paragraphs.append(s.line(COUNT_LINES, count=f"{written_n:,}"))
    s.paragraphs.append(rng.choice(CONTEXT[:1]))
    if before and "percent" in options:
        pct = round(abs(n / before - 1) * 100)
        written_pct = pct
        if kind == "percent":
            written_pct = pct + rng.choice([4, 5, 6, 8])
            errors.append((f"{written_pct} per cent", round((n / before - 1) * 100, 1), "wrong_percent_change"))
        lines = RISE_LINES if n > before else FALL_LINES
        s.paragraphs.append(s.line(lines, before=f"{before:,}", pct=written_pct))
    if rate:
        written_rate = rate
        if kind == "rate":
            written_rate = rate + rng.choice([7, 9, 12, 15])
            errors.append((str(written_rate), rate, "wrong_rate"))
        s.paragraphs.append(s.line(RATE_LINES, rate=written_rate))
    national = data.value(data.national, "category1_rso_total", period)
    if national and rng.random() < 0.6:
        s.paragraphs.append(s.line(NATIONAL_LINES, count=f"{national:,}"))
    cat2 = data.value(area, "category2_total", period)
    if cat2:
        s.paragraphs.append(s.line(CAT2_LINES, count=count(cat2, rng, words=False)))
    breach = data.value(area, "rso_breach_notification_cautioned_convicted", period)
    if breach:
        s.paragraphs.append(s.line(BREACH_LINES, count=count(breach, rng)))
    s.paragraphs += rng.sample(CONTEXT[1:], 2)
    s.paragraphs.append(rng.choice(QUOTES))
    for text, expected, k in errors:
        if not any(p["text"] == text for p in s.planted):
            s.planted.append({"text": text, "expected": expected, "kind": k})
    return s


def unverifiable_story(s, rng):
    """A story about an area and year the dataset has no figure for: its claims are unverifiable."""
    n = rng.randint(400, 2400)
    s.headline = f"Sex offender figures for {s.area} in {s.period}"
    s.paragraphs = [
        s.line(COUNT_LINES, count=f"{n:,}"),
        CONTEXT[0],
        rng.choice(QUOTES),
    ]
    return s


def slug(s):
    return "".join(c.lower() if c.isalnum() else "-" for c in s).strip("-")


def as_txt(story, date):
    return story.headline + "\n\n" + "\n\n".join(story.paragraphs) + "\n"


def as_md(story, date, ident, url):
    front = f"---\nid: {ident}\ntitle: \"{story.headline}\"\ndate: {date}\narea: {story.area}\nurl: {url}\n---\n\n"
    return front + "# " + story.headline + "\n\n" + "\n\n".join(story.paragraphs) + "\n"


def as_html(story, date, rng):
    paras = "\n".join(f"<p>{html.escape(p, quote=False)}" + ("</p>" if rng.random() < 0.5 else "") for p in story.paragraphs)
    paras = paras.replace(" per cent", "&nbsp;per cent").replace("100,000", "100&#44;000")
    if rng.random() < 0.5:
        dated = f'<meta property="article:published_time" content="{date}T08:00:00+00:00">'
        time_tag = ""
    else:
        dated = ""
        time_tag = f'<time datetime="{date}">{date}</time>'
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{html.escape(story.headline)} | The Daily Courier</title>
{dated}
<style>.ad {{ width: 300px; }}</style>
<script>window.trending = ["Top 10 walks", "2,000 jobs at risk"];</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/top-50">Top 50 pubs</a></nav>
<header class="site"><span>The Daily Courier</span> <span>Est. 1881</span></header>
<main><article>
<header><h1>{html.escape(story.headline)}</h1>{time_tag}</header>
{paras}
</article>
<aside>Most read: 7 things to do this weekend</aside></main>
<footer>&copy; {date[:4]} The Daily Courier. Registered in England No. 0123456.</footer>
</body></html>
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--error-share", type=float, default=0.25)
    ap.add_argument("--jsonl-batch", type=int, default=40, help="articles per .jsonl file")
    ap.add_argument("--no-broken", action="store_true", help="leave out the broken entries")
    ap.add_argument("--sentences-per-paragraph", type=int, default=1, metavar="K",
                    help="story lines joined into one paragraph (default 1)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    data = Data()
    periods = [f"{y}-{str(y + 1)[2:]}" for y in range(2010, 2024)]
    os.makedirs(args.out, exist_ok=True)
    expected = {"articles": 0, "planted": [], "failures": [], "unverifiable": [], "formats": defaultdict(int)}
    feed, feed_no = [], 0

    def flush_feed():
        nonlocal feed, feed_no
        if not feed:
            return
        feed_no += 1
        path = os.path.join(args.out, "feeds", f"feed-{feed_no:04d}.jsonl")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            for line_no, (obj, story) in enumerate(feed, 1):
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                record(story, f"feeds/feed-{feed_no:04d}.jsonl:{line_no}", obj["id"])
        feed = []

    def record(story, path, ident):
        expected["articles"] += 1
        for p in story.planted:
            expected["planted"].append({"path": path, "id": ident, "verdict": "contradicted", **p})
        if not story.checkable:
            expected["unverifiable"].append({"path": path, "id": ident, "area": story.area, "period": story.period})

    for i in range(args.articles):
        area = data.areas[i % len(data.areas)]
        # Prefer years the dataset covers for the area; one story in six is about a year it lacks.
        covered = [p for p in periods if data.value(area, "category1_rso_total", p)]
        missing = [p for p in periods if not data.has_rows(area, "category1_rso_total", p)]
        if covered and (rng.random() > 1 / 6 or not missing):
            period = rng.choice(covered)
        else:
            period = rng.choice(missing)
        plant = rng.random() < args.error_share
        story = write_story(data, area, period, rng, plant)
        k = max(1, args.sentences_per_paragraph)
        if k > 1:
            story.paragraphs = [" ".join(story.paragraphs[j:j + k]) for j in range(0, len(story.paragraphs), k)]
        date = (release_day(period) + datetime.timedelta(days=rng.randint(1, 40))).isoformat()
        ident = f"{period[:4]}-{slug(area)}-{i:05d}"
        url = f"https://news.example.org/{date[:4]}/{slug(area)}/{i:05d}"
        fmt = ["txt", "md", "html", "jsonl", "jsonl-html"][i % 5]
        year_dir = os.path.join(args.out, date[:4])
        os.makedirs(year_dir, exist_ok=True)
        expected["formats"][fmt] += 1
        if fmt == "txt":
            # A .txt file carries no date inside; its name starts with it, as in Jekyll's _posts/.
            name = f"{date[:4]}/{date}-{slug(area)}-{i:05d}.txt"
            with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
                f.write(as_txt(story, date))
            record(story, name, None)
        elif fmt == "md":
            name = f"{date[:4]}/{ident}.md"
            with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
                f.write(as_md(story, date, ident, url))
            record(story, name, ident)
        elif fmt == "html":
            name = f"{date[:4]}/{ident}.html"
            with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
                f.write(as_html(story, date, rng))
            record(story, name, None)
        else:
            obj = {"id": ident, "url": url, "published": date, "title": story.headline}
            if fmt == "jsonl":
                obj["text"] = "\n\n".join(story.paragraphs)
            else:
                obj["html"] = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in story.paragraphs)
            feed.append((obj, story))
            if len(feed) >= args.jsonl_batch:
                flush_feed()
    flush_feed()
    if not args.no_broken:
        add_broken(args.out, expected)
    expected["formats"] = dict(expected["formats"])
    expected["planted"].sort(key=lambda p: (p["path"], p["text"]))
    with open(os.path.join(args.out, "expected-verdicts.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
        f.write("\n")


def add_broken(out, expected):
    """One file of invalid UTF-8 and one feed with a malformed line between two good ones."""
    os.makedirs(os.path.join(out, "broken"), exist_ok=True)
    with open(os.path.join(out, "broken", "latin1-export.txt"), "wb") as f:
        f.write("Sex offenders in Essex: 1,596 on the register, said the caf\u00e9 owner.\n".encode("latin-1"))
    expected["failures"].append({"path": "broken/latin1-export.txt", "kind": "invalid_utf8"})
    good = {"id": "broken-feed-1", "published": "2020-11-05", "title": "No figures here",
            "text": "A short item with no statistics in it at all."}
    with open(os.path.join(out, "broken", "feed.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps(good) + "\n")
        f.write('{"id": "broken-feed-2", "text": "an unterminated string}\n')
        f.write(json.dumps({**good, "id": "broken-feed-3"}) + "\n")
    expected["failures"].append({"path": "broken/feed.jsonl:2", "kind": "malformed_json"})
    expected["articles"] += 4


if __name__ == "__main__":
    main()
