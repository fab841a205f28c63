"""Check the hand-made gold files in this folder.

    python tests/gold/check_gold.py            # all files
    python tests/gold/check_gold.py r725-*.json

Checks that every file parses, uses only the ontology's relation properties and the five
entity kinds, that every argument, speaker and role holder is a declared entity, and that
every evidence snippet, statement start, cue and alias occurs in the article text
(compared case-insensitively, with curly quotes and runs of whitespace normalised).
The corpus is read from ../shared beside the project (override with GRAPHBUILD_SHARED).
It imports nothing from graphbuild, so the gold stays independent of the extractor.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", PROJECT.parent / "shared"))

FAMILIES = {
    "cooperates": ["supports", "praises", "agreesWith", "cooperatesWith", "helps"],
    "opposes": ["contradicts", "rejects", "criticizes", "accuses", "opposesActor", "undermines", "sues"],
    "threatensFamily": ["threatens", "warns"],
    "fights": ["attacks"],
    "communicates": ["negotiatesWith", "meets", "communicatesWith", "urges"],
    "visitsFamily": ["visits"],
    "sanctionsFamily": ["sanctions"],
    "succeedsFamily": ["succeeds"],
    "roleIn": ["leaderOf", "memberOf", "spokespersonFor", "adviserTo", "officialOf", "relativeOf"],
}
PROPERTIES = {p for ps in FAMILIES.values() for p in ps}
SYMMETRIC = {"negotiatesWith", "meets", "communicatesWith", "agreesWith", "cooperatesWith"}
KINDS = {"Person", "Organization", "Country", "Place", "Group"}
POLARITIES = {"asserted", "negated", "hedged"}


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for curly, straight in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    text = text.replace("\u2014", " - ").replace("\u2013", " - ")
    return re.sub(r"\s+", " ", text).lower().strip()


def article_text(article: dict) -> str:
    if "row" in article:
        csv.field_size_limit(10**9)
        with open(SHARED / article["file"], encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        title, text = rows[article["row"] - 1][:2]  # row 1 is the header, as a spreadsheet numbers it
        if title != article["title"]:
            raise ValueError(f"row {article['row']} has title {title!r}, expected {article['title']!r}")
        return text
    return (PROJECT / article["file"]).read_text(encoding="utf-8")


def check(doc: dict) -> list[str]:
    text = normalize(article_text(doc["article"]))
    errors = []
    names = [e["name"] for e in doc["entities"]]
    if len(names) != len(set(names)):
        errors.append("duplicate entity names")
    known = set(names)

    def need(value, what):
        if value is not None and value not in known:
            errors.append(f"{what} is not a declared entity: {value!r}")

    def occurs(snippet, what):
        if normalize(snippet) not in text:
            errors.append(f"{what} not found in the article: {snippet!r}")

    for e in doc["entities"]:
        if e["kind"] not in KINDS or not set(e.get("kind_also_ok", [])) <= KINDS:
            errors.append(f"bad kind for {e['name']!r}")
        if not any(normalize(m) in text for m in [e["name"], *e["aliases"]]):
            errors.append(f"entity never mentioned: {e['name']!r}")
        for alias in e["aliases"]:
            occurs(alias, f"alias of {e['name']!r}")

    seen = set()
    for r in doc["relations"]:
        if r["relation"] not in PROPERTIES or not set(r.get("also_ok", [])) <= PROPERTIES:
            errors.append(f"unknown relation property in {r}")
        if r["polarity"] not in POLARITIES:
            errors.append(f"bad polarity in {r}")
        need(r["subject"], "subject")
        if not r.get("object_is_topic"):
            need(r["object"], "object")
        for alt in r.get("subject_also_ok", []) + r.get("object_also_ok", []):
            need(alt, "alternative argument")
        need(r["reported_by"], "reported_by")
        occurs(r["evidence"], "evidence")
        s, o = r["subject"], r["object"]
        if r["relation"] in SYMMETRIC:
            s, o = sorted((s, o))
        key = (s, r["relation"], o, r["polarity"])
        if key in seen:
            errors.append(f"duplicate relation {key}")
        seen.add(key)

    for st in doc["statements"]:
        need(st["speaker"], "speaker")
        for other in st.get("co_speakers", []):
            need(other, "co-speaker")
        need(st.get("source"), "source")
        if not isinstance(st["direct"], bool):
            errors.append(f"'direct' must be true or false: {st}")
        occurs(st["content_start"], "content_start")
        if st["cue"] is not None:
            occurs(st["cue"], "cue")

    role_pairs = {(r["subject"], r["object"]) for r in doc["relations"] if r["relation"] in FAMILIES["roleIn"]}
    for role in doc["roles"]:
        need(role["holder"], "role holder")
        need(role["of"], "role 'of'")
        if role["of"] is not None and (role["holder"], role["of"]) not in role_pairs:
            errors.append(f"role without a matching roleIn relation: {role}")
    return errors


def main(argv: list[str]) -> int:
    paths = [HERE / a for a in argv] if argv else sorted(HERE.glob("*.json"))
    failed = 0
    for path in paths:
        try:
            errors = check(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError) as e:
            errors = [f"cannot check: {e!r}"]
        failed += bool(errors)
        print(f"{path.name}: {'ok' if not errors else f'{len(errors)} problem(s)'}")
        for error in errors:
            print(f"  - {error}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
