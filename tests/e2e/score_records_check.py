#!/usr/bin/env python3
"""Checks the derived table of `ipskit score REVIEW --cases ... --format json`
(SCORE_JSON) against `ipskit derive --format json` (DERIVE_JSON), which
derive_expected.py checks against an independent computation: each derived
score must be derive's, each reviewer's score the one in the items table,
each difference their difference, and the note must count the differing ones.

usage: score_records_check.py SCORE_JSON DERIVE_JSON [FILLED...]
FILLED: item numbers the reviewer left open and --fill-derived filled."""

import json
import sys


def table(doc, table_id):
    return next(t for t in doc["tables"] if t["id"] == table_id)


score = json.load(open(sys.argv[1]))
derive = json.load(open(sys.argv[2]))
filled = {int(n) for n in sys.argv[3:]}
derived_scores = {r["number"]: r["score"] for r in table(derive, "derived_items")["rows"]}
item_scores = {r["number"]: r["score"] for r in table(score, "items")["rows"]}
rows = table(score, "derived")["rows"]
problems = []
if sorted(r["number"] for r in rows) != sorted(derived_scores):
    problems.append(f"items {[r['number'] for r in rows]} differ from derive's {sorted(derived_scores)}")
differing = 0
for r in rows:
    n = r["number"]
    want_rating = None if n in filled else item_scores[n]
    if r["derived_score"] != derived_scores[n]:
        problems.append(f"item {n}: derived score {r['derived_score']}, derive says {derived_scores[n]}")
    if r["rating"] != want_rating:
        problems.append(f"item {n}: rating {r['rating']}, the items table says {want_rating}")
    if n in filled and item_scores[n] != derived_scores[n]:
        problems.append(f"item {n}: filled with {item_scores[n]}, not the derived {derived_scores[n]}")
    want_diff = None if want_rating is None or derived_scores[n] is None else want_rating - derived_scores[n]
    if r["difference"] != want_diff:
        problems.append(f"item {n}: difference {r['difference']}, expected {want_diff}")
    differing += 1 if want_diff else 0
note = table(score, "derived")["notes"][0]
if differing and not note.startswith(f"{differing} of "):
    problems.append(f"the note says '{note}', but {differing} items differ")
for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
