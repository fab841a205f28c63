"""How extraction time grows with article length: one long article made of many corpus articles.

    .venv/bin/python bench/long_article.py                         # 250k, 500k and 1M characters
    .venv/bin/python bench/long_article.py --chars 3000000 --steps 1   # 3M characters only
    .venv/bin/python bench/long_article.py --corpus other.csv --chars 400000

The texts of consecutive rows of the corpus (an ISOT CSV: title,text,subject,date; rows are reused
from the start when it runs out) are joined, one paragraph each, until the text reaches the size.
Each size is parsed with graphbuild.nlp (which parses long texts in pieces) and then extracted with
graphbuild.extract.extract; only the extraction is what this measures. The sizes are --chars
halved --steps - 1 times (--chars 1000000 --steps 3: 250k, 500k, 1M), so that the columns of
extraction seconds per 100k characters show whether the work grows linearly (they stay flat) or
faster. CPU seconds are the extraction's own, steadier than the wall clock on a busy machine. The
digest is a hash of the extraction's records, for comparing two versions of the code. Peak RSS is
the process's peak so far (it includes the parse). The corpus is read from ../shared
(GRAPHBUILD_SHARED overrides this, as for bench/gold.py).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import resource
import sys
from itertools import cycle
from pathlib import Path
from time import perf_counter, process_time

PROJECT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", PROJECT.parent / "shared"))
CORPUS = SHARED / "corpus" / "reuters-politics-2017.csv"


def long_text(corpus: Path, chars: int) -> tuple[str, int]:
    """About ``chars`` characters of corpus article texts, one per line, and how many were joined."""
    csv.field_size_limit(sys.maxsize)
    with corpus.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"].strip() for row in csv.DictReader(handle) if row.get("text", "").strip()]
    if not texts:
        raise SystemExit(f"{corpus}: no article texts")
    pieces, size = [], 0
    for text in cycle(texts):
        if size >= chars:
            break
        pieces.append(text)
        size += len(text) + 1
    return "\n".join(pieces), len(pieces)


def digest(extraction) -> str:
    """A short hash of everything the extraction found (not of the article itself)."""
    from graphbuild.cache import encode

    records = {name: encode(getattr(extraction, name)) for name in ("referents", "relations", "statements", "roles")}
    return hashlib.sha256(json.dumps(records, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"ISOT CSV (default {CORPUS})")
    parser.add_argument("--chars", type=int, default=1_000_000, help="the largest size (default 1,000,000)")
    parser.add_argument("--steps", type=int, default=3, help="sizes measured, halving from --chars (default 3)")
    parser.add_argument("--model", default=None, help="spaCy model name or directory")
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"error: {args.corpus}: no such file; name the corpus CSV with --corpus")

    from graphbuild.extract import extract
    from graphbuild.knowledge import load
    from graphbuild.model import Article, Origin, TextMap
    from graphbuild.nlp import load_model, parse

    nlp = load_model(args.model)
    knowledge = load()
    sizes = [args.chars >> shift for shift in range(args.steps - 1, -1, -1)]
    print(f"{'chars':>10} {'articles':>8} {'tokens':>9} {'parse s':>8} {'extract s':>9} {'s/100k':>7} "
          f"{'CPU s':>7} {'CPU/100k':>8} {'peak RSS MB':>11}  digest", flush=True)
    for size in sizes:
        text, count = long_text(args.corpus, size)
        article = Article(f"long-{size}", text, text, TextMap(), Origin(str(args.corpus)))
        started = perf_counter()
        doc, _ = next(parse(nlp, [(text, None)]))
        parsed = perf_counter() - started
        started, cpu_started = perf_counter(), process_time()
        extraction = extract(article, doc, knowledge=knowledge)
        extracted, cpu = perf_counter() - started, process_time() - cpu_started
        per_100k = 100_000 / len(text)
        print(f"{len(text):>10,} {count:>8,} {len(doc):>9,} {parsed:>8.1f} {extracted:>9.1f} "
              f"{extracted * per_100k:>7.2f} {cpu:>7.1f} {cpu * per_100k:>8.2f} {peak_rss_mb():>11,.0f}  "
              f"{digest(extraction)}", flush=True)
        del doc, extraction


if __name__ == "__main__":
    main()
