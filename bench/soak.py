"""Soak run: the corpus built with --append in 10 slices gives the same graph, byte for byte, as one build.

    python bench/soak.py                    # 10 slices of the 1,008-row corpus (several minutes)
    python bench/soak.py --slices 4 --limit 100    # a quick try on the first 100 rows
    python bench/soak.py --keep /tmp/soak   # keep the slice files and both output folders there
    python bench/soak.py --against-corpus   # also build the corpus file itself and compare what the graphs say

The corpus (../shared/corpus/reuters-politics-2017.csv; GRAPHBUILD_SHARED overrides ../shared) is
split into consecutive slices written to a temporary folder as slice-01.csv ... slice-10.csv, each
with the corpus header; it is never copied into the project.

Two builds, each into a folder of its own (so that neither reuses the other's parses):

* appended: ``build slice-01.csv``, then ``build slice-NN.csv --append`` for each later slice;
  then slice-01.csv is appended once more, which must change nothing;
* whole: one ``build`` of the ten slice files given together.

An article's id comes from its file's name, its row and its text, so the whole build is made from
the same slice files, not from the corpus file: both builds then hold the same articles with the
same ids and origins, and their graph.ttl and graph.html must be the same bytes. The exit status
is 0 when they are, 1 when they are not (the first differing line is shown).

With --against-corpus, a third build reads the corpus file itself. Its articles have other ids and
origins (file and row), so its bytes differ; what must not differ is what the graph says: the
entities (label and type), the relations (subject, property, object, polarity, evidence sentence)
and the statements (speaker, cue, text), compared as multisets of labels.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from time import perf_counter

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", PROJECT.parent / "shared"))
CORPUS = SHARED / "corpus" / "reuters-politics-2017.csv"
OUTPUTS = ("graph.ttl", "graph.html")


def write_slices(corpus: Path, folder: Path, count: int, limit: int | None) -> tuple[list[Path], int]:
    """Consecutive slices of the corpus rows, as CSV files with the corpus header; and the number of rows."""
    csv.field_size_limit(2**31 - 1)
    with corpus.open(encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        rows = list(reader)
    rows = rows[:limit] if limit else rows
    bounds = [len(rows) * i // count for i in range(count + 1)]
    paths = []
    for i in range(count):
        path = folder / f"slice-{i + 1:02d}.csv"
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            writer.writerows(rows[bounds[i]:bounds[i + 1]])
        paths.append(path)
    return paths, len(rows)


def first_difference(a: Path, b: Path) -> str:
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    for line in difflib.unified_diff(left, right, str(a), str(b), n=0, lineterm=""):
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++")):
            return line[:200]
    return "(the files differ only in line endings)"


def facts(out: Path) -> dict[str, Counter]:
    """What out/graph.ttl says, by label, independent of article ids and origins."""
    from rdflib import Graph

    graph = Graph().parse(out / "graph.ttl", format="turtle")
    prefixes = "PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
    queries = {
        "entities": "SELECT ?label ?type WHERE { ?e gb:mentionedIn ?a ; rdfs:label ?label ; a ?type }",
        "relations": "SELECT ?s ?p ?o ?polarity ?evidence WHERE { ?r a gb:Relation ; gb:subject/rdfs:label ?s ; "
                     "gb:predicate ?p ; gb:object/rdfs:label ?o ; gb:polarity ?polarity ; gb:evidence ?evidence }",
        "statements": "SELECT ?speaker ?cue ?text WHERE { ?x a gb:Statement ; gb:cue ?cue ; gb:text ?text "
                      "OPTIONAL { ?x gb:speaker/rdfs:label ?speaker } }",
    }
    found = {}
    for name, query in queries.items():
        rows = graph.query(f"{prefixes} {query}")
        found[name] = Counter(tuple(str(value) for value in row) for row in rows)
    found["entities"] = Counter(set(found["entities"]))   # one row per article it is mentioned in
    return found


def compare_facts(one: Path, other: Path) -> bool:
    left, right = facts(one), facts(other)
    same = True
    for name in left:
        only_left, only_right = left[name] - right[name], right[name] - left[name]
        total = sum(left[name].values())
        print(f"{name}: {total:,} in the slices' graph; {sum(only_left.values())} only there, "
              f"{sum(only_right.values())} only in the corpus file's")
        for row in list(only_left)[:3]:
            print(f"  only in the slices' graph: {row}")
        for row in list(only_right)[:3]:
            print(f"  only in the corpus file's: {row}")
        same = same and not only_left and not only_right
    return same


def soak(slices: list[Path], root: Path, model: str | None) -> bool:
    from graphbuild.pipeline import build

    appended, whole = root / "appended", root / "whole"
    print(f"{'step':<28} {'added':>5} {'articles':>8} {'entities':>8} {'relations':>9} {'seconds':>8}")

    def report(step: str, summary, seconds: float, new: int) -> None:
        lost = [p for p in summary.problems if not p.warning]
        note = f"  ({len(lost)} input problem(s))" if lost else ""
        print(f"{step:<28} {new:>5} {summary.articles:>8} {summary.entities:>8} "
              f"{summary.relations:>9} {seconds:>8.1f}{note}", flush=True)

    total, held = perf_counter(), 0
    for i, path in enumerate(slices):
        started = perf_counter()
        summary = build([path], appended, model=model, append=i > 0)
        report(f"{'append' if i else 'build'} {path.name}", summary, perf_counter() - started, summary.articles - held)
        held = summary.articles
    appending = perf_counter() - total
    before = {name: (appended / name).read_bytes() for name in OUTPUTS}
    started = perf_counter()
    summary = build([slices[0]], appended, model=model, append=True)
    report(f"append {slices[0].name} again", summary, perf_counter() - started, summary.articles - held)
    again = {name: (appended / name).read_bytes() for name in OUTPUTS}

    started = perf_counter()
    summary = build(slices, whole, model=model)
    building = perf_counter() - started
    report(f"build all {len(slices)} slices at once", summary, building, summary.articles)

    print(f"\n{len(slices)} appends: {appending:.1f} s; one build: {building:.1f} s")
    same = True
    for name in OUTPUTS:
        identical = (appended / name).read_bytes() == (whole / name).read_bytes()
        unchanged = again[name] == before[name]
        size = (whole / name).stat().st_size
        print(f"{name}: {'identical' if identical else 'DIFFERENT'} ({size:,} bytes); "
              f"{'unchanged' if unchanged else 'CHANGED'} by appending {slices[0].name} again")
        if not identical:
            print(f"  first difference: {first_difference(appended / name, whole / name)}")
        same = same and identical and unchanged
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slices", type=int, default=10, help="how many slices (default 10)")
    parser.add_argument("--limit", type=int, help="use only the first LIMIT rows of the corpus")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"the CSV to slice (default {CORPUS})")
    parser.add_argument("--model", help="spaCy model, as for graphbuild build --model")
    parser.add_argument("--against-corpus", action="store_true",
                        help="also build the corpus file itself and compare entities, relations and statements")
    parser.add_argument("--keep", type=Path, help="keep the slices and both outputs in this folder "
                                                  "(outside the project)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: {args.corpus} not found (set GRAPHBUILD_SHARED to the folder holding corpus/)", file=sys.stderr)
        return 2
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="soak-", dir=args.keep))
        return run(args, folder)
    with tempfile.TemporaryDirectory(prefix="soak-") as temporary:
        return run(args, Path(temporary))


def run(args: argparse.Namespace, folder: Path) -> int:
    slices, rows = write_slices(args.corpus, folder, args.slices, args.limit)
    print(f"{args.corpus.name}: {rows} rows in {len(slices)} slices, in {folder}\n")
    same = soak(slices, folder, args.model)
    print("\nthe appended graph is the one-build graph, byte for byte" if same
          else "\nFAILED: the appended graph differs from the one-build graph")
    if args.against_corpus:
        from graphbuild.pipeline import build

        corpus = args.corpus
        if args.limit:   # the rows used, under the corpus file's name, in a folder of their own
            corpus = folder / "corpus-rows" / args.corpus.name
            corpus.parent.mkdir()
            write_slices(args.corpus, corpus.parent, 1, args.limit)[0][0].rename(corpus)
        started = perf_counter()
        summary = build([corpus], folder / "corpus", model=args.model)
        print(f"\nbuild {args.corpus.name}: {summary.articles} articles, {summary.entities} entities, "
              f"{summary.relations} relations in {perf_counter() - started:.1f} s")
        agree = compare_facts(folder / "whole", folder / "corpus")
        print("the corpus file's graph says the same" if agree else "FAILED: the corpus file's graph says otherwise")
        same = same and agree
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
