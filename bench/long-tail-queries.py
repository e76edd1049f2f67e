#!/usr/bin/env python3
"""The long tail of citizens' lookup queries: every place of the directory (its name and aliases) × every service
word (name and aliases) × a phrasing citizens use, shuffled with a fixed seed. Built from the running service's own
regions and services (GET /api/v1/regions, /api/v1/services), so that it follows the data.

  python3 bench/long-tail-queries.py http://localhost:8080 COUNT SEED OUT   # one query a line; COUNT=0: all of them
  python3 bench/long-tail-queries.py http://localhost:8080 COUNT SEED OUT paths   # as /api/v1/lookup?q=… paths, for wrk
"""
import json
import random
import sys
import urllib.parse
import urllib.request

# How citizens phrase it: 「我在…」「…打哪个电话」, with and without spaces and punctuation, place first or last.
PHRASINGS = [
    "{p}{s}", "{p} {s}", "{s} {p}", "{s}{p}", "{p}的{s}", "我在{p}，{s}打哪个电话", "我在{p}{s}找谁",
    "{p}{s}电话", "{p}{s}打哪个电话", "{p}{s}电话是多少", "{p}{s}在哪办", "{p}{s}去哪里办",
    "{p}{s}窗口", "{p}{s}窗口在哪", "{p}{s}怎么办理", "{p}怎么办{s}", "{p}哪里办{s}", "请问{p}{s}找哪个部门",
    "请问{p}的{s}电话", "{s}，{p}", "{s}在{p}哪里办", "{s}电话 {p}", "{s} {p} 电话", "我住{p}，想问{s}",
    "{p}想办{s}", "{p}{s}咨询", "{p}{s}热线", "{p}办{s}需要什么", "在{p}办{s}", "{p}{s}？", "{p}，{s}",
    "你好，{p}{s}打什么电话",
]


def fetch_all(base, path):
    items, page = [], 1
    while True:
        with urllib.request.urlopen(f"{base}{path}?size=100&page={page}") as r:
            body = json.load(r)
        items += body["items"]
        if page >= body["totalPages"]:
            return items
        page += 1


def main():
    base, count, seed, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    places = sorted({name for r in fetch_all(base, "/api/v1/regions") for name in [r["name"], *r.get("aliases", [])]})
    words = sorted({w for s in fetch_all(base, "/api/v1/services") if not s.get("retired")
                    for w in [s["name"], *s.get("aliases", [])]})
    queries = sorted({p.format(p=place, s=word) for place in places for word in words for p in PHRASINGS})
    random.Random(seed).shuffle(queries)
    if count:
        queries = queries[:count]
    if len(sys.argv) > 5 and sys.argv[5] == "paths":
        queries = ["/api/v1/lookup?" + urllib.parse.urlencode({"q": q}, quote_via=urllib.parse.quote) for q in queries]
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(q + "\n" for q in queries)
    print(f"{len(queries)} distinct queries ({len(places)} place names x {len(words)} service words x "
          f"{len(PHRASINGS)} phrasings)", file=sys.stderr)


if __name__ == "__main__":
    main()
