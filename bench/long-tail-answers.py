#!/usr/bin/env python3
"""Records what lookup answers for a list of queries, one line each: query, the place it was answered for (region
code, or the outside place), and its answers in order (kind:id). Used to prove that a change to lookup keeps its
answers (src/test/resources/lookup-long-tail.tsv, checked by LookupLongTailTest).

  python3 bench/long-tail-answers.py http://localhost:8080 QUERIES OUT [API_KEY]
"""
import json
import sys
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def answer(base, key, query):
    request = urllib.request.Request(f"{base}/api/v1/lookup?" + urllib.parse.urlencode({"q": query}))
    if key:
        request.add_header("X-API-Key", key)
    with urllib.request.urlopen(request) as r:
        body = json.load(r)
    if body.get("outsideArea"):
        place = "outside:" + body["outsideArea"]["text"]
    else:
        place = ((body.get("place") or {}).get("region") or {}).get("code", "-")
    answers = ",".join(f"{a['kind']}:{a['id']}" for a in body["answers"]) or "-"
    return f"{query}\t{place}\t{answers}\n"


def main():
    base, queries, out = sys.argv[1], sys.argv[2], sys.argv[3]
    key = sys.argv[4] if len(sys.argv) > 4 else None
    lines = [q.rstrip("\n") for q in open(queries, encoding="utf-8") if q.strip()]
    with ThreadPoolExecutor(8) as pool:
        rows = list(pool.map(lambda q: answer(base, key, q), lines))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# query\tanswered for (region code, outside:place, or -)\tanswers in order (kind:id)\n")
        f.writelines(rows)


if __name__ == "__main__":
    main()
