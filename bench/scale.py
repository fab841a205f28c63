"""Throughput, memory and query speed of graphbuild on the 1,008-article corpus, against bare spaCy.

    .venv/bin/python bench/scale.py                          # everything (half an hour or more on two cores)
    .venv/bin/python bench/scale.py --limit 50 --sizes 20,50 # a quick check on the first 50 articles
    .venv/bin/python bench/scale.py --workers 1 --skip-scaling --skip-queries
    .venv/bin/python bench/scale.py --json /tmp/scale.json   # also save the figures

Prints figures; it checks nothing and exits 0 (the targets are printed beside the figures).

Throughput. For each --workers N, two runs over the same texts, each in a fresh child process:

* full: ``graphbuild.pipeline.build([csv], out, workers=N)``, ingest through graph.ttl, graph.trig,
  graph.nq and graph.html, into a fresh temporary folder (so the cache never helps). Its time
  includes loading the model (timed apart as ``load``); with N > 1 the worker processes are
  forked with it loaded. spaCy itself is imported before the clock starts, as for the bare run
  (until 2026-12-07 the build's ``load`` also held that import, about 0.6 s).
* bare: ``spacy.load(package)`` of the same model package, with all its default components (not
  graphbuild's paragraph component or dash rule), and ``nlp.pipe(texts, n_process=N,
  batch_size=32)``, graphbuild's batch size. The texts are the raw ``text`` cells, read with the
  csv module; graphbuild parses the same cells after text repair, which changes a few characters.
  Its time also includes the model load.

Words are the whitespace-separated words of the raw text cells, one count for both runs, so
words/s compares like with like (the bare run also reports its non-space tokens).

Memory. Each child reports its own peak RSS and the largest peak of its worker processes
(``ru_maxrss`` of RUSAGE_SELF and RUSAGE_CHILDREN, the latter being the maximum of any single
child, not a sum). The parent also samples the summed RSS of the child and its workers every
0.1 s (``sum``), which is what the machine must hold at once; it can miss a short peak, and it
counts pages shared between processes more than once.

Stages of a build come from its on_progress callback: ``parse`` runs from the start of build()
(after the model load) to the last article's extraction (reading the CSV, parsing, extracting;
with N > 1 also starting the workers); ``write`` is the rest (resolving entities, building the
RDF, writing every output).

Scaling: the first 100, 250, 500 and all articles (--sizes), each written to a CSV of its own and
built with 1 worker; the row for all articles is the 1-worker build above.

Queries: every queries/*.rq as written (the parameterised ones bind ?actor to "Donald Trump" in
their VALUES line) over the build with the fewest --workers: rdflib (graphbuild.query.load_graph of
graph.ttl, then run_query, rows listed), Oxigraph through graphbuild.store.query_store (which opens
the store and turns each row into rdflib terms, as ``graphbuild query`` does), and pyoxigraph's
own ``Store.query`` on the same store (rows listed, not converted). The store is loaded from that
build's graph.nq and graph.ttl with graphbuild.store.load_store, the function ``build --store``
calls after writing the files, so one build serves both. Each time is the median of --runs runs,
each in a forked child that is stopped when a run takes longer than --query-limit seconds; the row
counts must agree ("same rows"; not compared when rdflib's or Oxigraph's runs were stopped).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from time import perf_counter, sleep

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", PROJECT.parent / "shared"))
CORPUS = SHARED / "corpus" / "reuters-politics-2017.csv"
QUERIES = PROJECT / "queries"
BATCH_SIZE = 32            # graphbuild.executors.BATCH_SIZE, the batch of nlp.pipe in graphbuild
SIZES = (100, 250, 500)    # articles of the scaling builds, plus all of them
SAMPLE = 0.1               # seconds between RSS samples of a child's process tree

TARGET_RATIO = 0.8         # full build words/s >= 0.8 of bare spaCy's, at each worker count
TARGET_SPEEDUP = 1.7       # 2 workers >= 1.7x one worker


# ------------------------------------------------------------------ what runs in a child process

def child_build(path: str, out: str, workers: int, model: str) -> dict:
    import spacy  # noqa: F401  imported before the clock starts, as child_bare imports it

    from graphbuild.nlp import load_model
    from graphbuild.pipeline import build

    started = perf_counter()
    load_model(model)               # the first thing build() does; timed apart
    loaded = perf_counter()
    done: list[float] = []
    summary = build([path], out, model=model, workers=workers, on_progress=lambda a, c: done.append(perf_counter()))
    ended = perf_counter()
    return {
        "load": loaded - started, "seconds": ended - started,
        "parse": (done[-1] if done else ended) - loaded, "write": ended - (done[-1] if done else ended),
        "summary_seconds": summary.seconds, "articles": summary.articles, "entities": summary.entities,
        "relations": summary.relations, "statements": summary.statements, "triples": summary.triples,
        "problems": len(summary.problems), "outputs": sorted(p.name for p in summary.outputs),
        **_own_peaks(),
    }


def child_bare(path: str, workers: int, model: str) -> dict:
    import multiprocessing

    import spacy

    texts = [text for text, _ in read_texts(Path(path))]
    started = perf_counter()
    nlp = spacy.load(model)
    loaded = perf_counter()
    docs = tokens = 0
    for doc in nlp.pipe(texts, n_process=workers, batch_size=BATCH_SIZE):
        docs += 1
        tokens += sum(1 for token in doc if not token.is_space)
    ended = perf_counter()
    for process in multiprocessing.active_children():   # reap spaCy's workers so their peaks count
        process.join()
    return {"load": loaded - started, "seconds": ended - started, "parse": ended - loaded,
            "articles": docs, "tokens": tokens, "pipes": nlp.pipe_names, **_own_peaks()}


def _own_peaks() -> dict:
    import resource

    return {"rss_main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,      # KiB on Linux
            "rss_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}


# ------------------------------------------------------------------ running and sampling a child

def measure(task: dict) -> dict:
    """Run ``task`` in a fresh Python process; its figures, the sampled peak of its process tree's
    summed RSS, and the load average when it started."""
    load = os.getloadavg()[0]
    process = subprocess.Popen([sys.executable, __file__, "--child", json.dumps(task)],
                               stdout=subprocess.PIPE, cwd=PROJECT)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        sleep(SAMPLE)
    output = process.stdout.read()
    if process.returncode != 0:
        raise SystemExit(f"the {task['kind']} run failed (exit {process.returncode}); its error is above")
    result = json.loads(output.decode("utf-8").strip().splitlines()[-1])
    return {**result, "rss_sum": max(peak, result["rss_main"]), "load_average": load}


def tree_rss(pid: int) -> int:
    """Summed resident bytes of ``pid`` and its descendants now; 0 once it has gone."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue            # it exited while we looked (or is a zombie with no VmRSS)
    return total


# ------------------------------------------------------------------ inputs

def read_texts(path: Path) -> list[tuple[str, list[str]]]:
    """(text cell, row) of each row with a non-blank cell, as graphbuild counts articles."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = [name.strip().lower() for name in next(reader)]
        column = header.index("text")
        return [(row[column] if column < len(row) else "", row) for row in reader if any(c.strip() for c in row)]


def write_slice(corpus: Path, count: int, path: Path) -> Path:
    """The corpus header and its first ``count`` articles, as the CSV file ``path``."""
    with corpus.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(row for _, row in read_texts(corpus)[:count])
    return path


def words_of(path: Path) -> int:
    return sum(len(text.split()) for text, _ in read_texts(path))


# ------------------------------------------------------------------ the three parts

def throughput(path: Path, words: int, workers: list[int], model: str, package: str, folder: Path) -> dict:
    runs: dict[int, dict] = {}
    for n in workers:
        bare = measure({"kind": "bare", "path": str(path), "workers": n, "model": package})
        full = measure({"kind": "build", "path": str(path), "out": str(folder / f"full-{n}"), "workers": n,
                        "model": model})
        runs[n] = {"bare": bare, "full": full}
    print(f"\nThroughput: {path.name}, {runs[workers[0]]['full']['articles']} articles, {words:,} words "
          "(whitespace-split words of the raw text cells, the same count for both runs)")
    print(f"  {'run':<16}{'seconds':>9}{'load':>7}{'words/s':>9}{'full/bare':>11}"
          f"{'RSS MB main':>13}{'worker':>8}{'sum':>7}{'loadavg':>9}")
    for n, pair in runs.items():
        for name in ("bare", "full"):
            run = pair[name]
            run["words_per_second"] = words / run["seconds"]
            ratio = ""
            if name == "full":
                run["ratio"] = run["words_per_second"] / pair["bare"]["words_per_second"]
                ratio = f"{run['ratio']:.2f}"
            label = f"{'bare spaCy' if name == 'bare' else 'graphbuild'} x{n}"
            print(f"  {label:<16}{run['seconds']:>9.1f}{run['load']:>7.1f}{run['words_per_second']:>9,.0f}{ratio:>11}"
                  f"{mb(run['rss_main']):>13}{mb(run['rss_worker']) if n > 1 else '-':>8}"
                  f"{mb(run['rss_sum']):>7}{run['load_average']:>9.2f}")
    for n, pair in runs.items():
        full, bare = pair["full"], pair["bare"]
        print(f"  graphbuild x{n} stages: load {full['load']:.1f} s, read+parse+extract {full['parse']:.1f} s "
              f"(bare spaCy parse {bare['parse']:.1f} s), resolve+RDF+write {full['write']:.1f} s")
    first = runs[workers[0]]["full"]
    print(f"  graph: {first['entities']:,} entities, {first['relations']:,} relations, {first['statements']:,} "
          f"statements, {first['triples']:,} triples; wrote {', '.join(first['outputs'])}"
          + (f"; {first['problems']} input problems" if first["problems"] else ""))
    print(f"  bare spaCy: {runs[workers[0]]['bare']['tokens']:,} non-space tokens; "
          f"pipes {', '.join(runs[workers[0]]['bare']['pipes'])}")
    print("  targets:")
    for n, pair in runs.items():
        print(f"    graphbuild x{n} >= {TARGET_RATIO} of bare spaCy x{n}: {pair['full']['ratio']:.2f} "
              f"{verdict(pair['full']['ratio'] >= TARGET_RATIO)}")
    if 1 in runs and 2 in runs:
        speedup = runs[2]["full"]["words_per_second"] / runs[1]["full"]["words_per_second"]
        bare_speedup = runs[2]["bare"]["words_per_second"] / runs[1]["bare"]["words_per_second"]
        met = verdict(speedup >= TARGET_SPEEDUP)
        print(f"    graphbuild x2 >= {TARGET_SPEEDUP}x graphbuild x1: {speedup:.2f}x {met}"
              f"  (bare spaCy x2 / x1: {bare_speedup:.2f}x)")
        runs["speedup"] = {"full": speedup, "bare": bare_speedup}
    return runs


def scaling(corpus: Path, total: int, sizes: list[int], model: str, folder: Path, whole: dict | None) -> list[dict]:
    rows = []
    for size in sizes:
        if size == total and whole is not None:
            run = dict(whole, reused=True)
        else:
            path = write_slice(corpus, size, folder / f"scale-{size}.csv")
            run = measure({"kind": "build", "path": str(path), "out": str(folder / f"scale-{size}"), "workers": 1,
                           "model": model})
        run["words"] = words_of(corpus) if size == total else words_of(folder / f"scale-{size}.csv")
        rows.append(run)
    print("\nScaling: the first N articles, 1 worker")
    print(f"  {'articles':>8}{'words':>9}{'seconds':>9}{'load':>6}{'parse':>8}{'write':>8}{'s/article':>11}"
          f"{'vs first':>10}{'peak RSS MB':>13}{'triples':>10}{'loadavg':>9}")
    base = (rows[0]["seconds"] - rows[0]["load"]) / rows[0]["articles"] if rows else 0
    for run in rows:
        per = (run["seconds"] - run["load"]) / run["articles"]
        print(f"  {run['articles']:>8}{run['words']:>9,}{run['seconds']:>9.1f}{run['load']:>6.1f}{run['parse']:>8.1f}"
              f"{run['write']:>8.1f}{per:>11.3f}{per / base:>10.2f}{mb(max(run['rss_main'], run['rss_worker'])):>13}"
              f"{run['triples']:>10,}{run['load_average']:>9.2f}{'  (the x1 build above)' if run.get('reused') else ''}")
    print("  (s/article: parse + write seconds per article, the model load left out; vs first: relative to the first "
          "row, so 1.00 all the way down is linear growth)")
    return rows


def queries(out: Path, folder: Path, runs: int, limit: float) -> dict:
    """Every queries/*.rq on the build in ``out``: rdflib, Oxigraph through graphbuild, pyoxigraph itself."""
    from graphbuild.query import load_graph
    from graphbuild.store import load_store

    spec = f"oxigraph:{folder / 'store'}"
    started = perf_counter()
    load_store(spec, out / "graph.nq", out / "graph.ttl")
    store_load = perf_counter() - started
    started = perf_counter()
    graph = load_graph(out / "graph.ttl")
    rdflib_load = perf_counter() - started
    print(f"\nQueries: queries/*.rq on the {out.name} build ({len(graph):,} triples in graph.ttl); median of {runs} runs, ms; "
          f"a run longer than {limit:.0f} s is stopped")
    print(f"  load: rdflib load_graph(graph.ttl) {rdflib_load:.1f} s; "
          f"Oxigraph load_store(graph.nq + graph.ttl) {store_load:.1f} s")
    print(f"  {'query':<18}{'rows':>7}{'rdflib':>10}{'oxigraph':>10}{'pyoxigraph':>12}{'rdflib/oxigraph':>17}"
          "  same rows")
    table = {}
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        figures = {engine: timed_query(engine, text, graph, spec, runs, limit) for engine in ENGINES}
        counts = {engine: f["rows"] for engine, f in figures.items() if f["rows"] is not None}
        stopped = [engine for engine in ("rdflib", "oxigraph") if engine not in counts]
        same = None if stopped else len(set(counts.values())) == 1
        rows = next(iter(counts.values()), "?")
        ms = {engine: f"{f['ms']:.0f}" if f["ms"] is not None else f">{limit * 1000:.0f}"
              for engine, f in figures.items()}
        ratio = "-"
        if figures["rdflib"]["ms"] and figures["oxigraph"]["ms"]:
            times = figures["rdflib"]["ms"] / figures["oxigraph"]["ms"]
            ratio = f"{times:.{0 if times >= 10 else 1}f}x"
        agree = ("not compared: " + " and ".join(stopped) + " stopped" if same is None
                 else "yes" if same else f"NO: {counts}")
        print(f"  {path.name:<18}{rows:>7}{ms['rdflib']:>10}{ms['oxigraph']:>10}{ms['pyoxigraph']:>12}{ratio:>17}"
              f"  {agree}")
        table[path.name] = {**figures, "same_rows": same}
    return {"rdflib_load": rdflib_load, "store_load": store_load, "triples": len(graph), "queries": table}


ENGINES = ("rdflib", "oxigraph", "pyoxigraph")


def timed_query(engine: str, text: str, graph, spec: str, runs: int, limit: float) -> dict:
    """Median milliseconds of ``runs`` runs of ``text`` on ``engine`` and the number of rows, in a forked
    child (it shares the loaded rdflib graph) that is stopped when a run takes longer than ``limit``
    seconds: then ms is None, and so are the rows if no run ended."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_query_runs, args=(engine, text, graph, spec, runs, send))
    child.start()
    send.close()
    times, rows = [], None
    try:
        for _ in range(runs):
            if not receive.poll(limit):
                break
            milliseconds, rows = receive.recv()
            times.append(milliseconds)
    except EOFError as error:             # the child died: say so, rather than report no time
        raise SystemExit(f"the {engine} run of a query failed; its error is above") from error
    finally:
        child.kill()
        child.join()
    return {"ms": statistics.median(times) if len(times) == runs else None, "rows": rows, "times": times}


def _query_runs(engine: str, text: str, graph, spec: str, runs: int, send) -> None:
    from graphbuild.query import run_query
    from graphbuild.store import query_store

    if engine == "pyoxigraph":
        from pyoxigraph import QueryBoolean, QuerySolutions, Store

        from graphbuild.rdf import PREFIXES

        store = Store.read_only(spec.removeprefix("oxigraph:"))
        prefixes = {k: str(v) for k, v in PREFIXES.items()}
    for _ in range(runs):
        started = perf_counter()
        if engine == "rdflib":
            rows = rows_of(run_query(graph, text))
        elif engine == "oxigraph":
            rows = rows_of(query_store(spec, text))
        else:
            answer = store.query(text, prefixes=prefixes)
            rows = 1 if isinstance(answer, QueryBoolean) else \
                len(list(answer)) if isinstance(answer, QuerySolutions) else sum(1 for _ in answer)
        send.send(((perf_counter() - started) * 1000, rows))


def rows_of(result) -> int:
    if result.type == "ASK":
        return 1
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        return len(result.graph)
    return len(list(result))


# ------------------------------------------------------------------ the report

def machine(package: str) -> dict:
    import spacy

    from graphbuild import __version__
    from graphbuild.nlp import load_model, model_description

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    memory = next((int(line.split()[1]) * 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:")), 0)
    return {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "host": platform.node(),
            "cpus": os.cpu_count(), "usable_cpus": len(os.sched_getaffinity(0)), "cpu": cpu, "memory": memory,
            "python": platform.python_version(), "spacy": spacy.__version__, "graphbuild": __version__,
            "model": model_description(load_model(package)), "package": package,
            "load_average": os.getloadavg()}


def mb(value: int) -> str:
    return f"{value / 2**20:,.0f}"


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description="\n\n".join(__doc__.split("\n\n")[:2]),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="an ISOT CSV (title,text,subject,date)")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated (default 1,2)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="article counts of the scaling builds, comma-separated; all articles are always "
                             "the last (default 100,250,500)")
    parser.add_argument("--runs", type=int, default=3, help="runs per query; the median is shown (default 3)")
    parser.add_argument("--query-limit", type=float, default=300, metavar="SECONDS",
                        help="stop a query run that takes longer than this (default 300)")
    parser.add_argument("--model", help="spaCy model package (default: the one graphbuild loads)")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:                       # one measurement, in its own process: figures as one JSON line
        task = json.loads(args.child)
        result = (child_bare(task["path"], task["workers"], task["model"]) if task["kind"] == "bare"
                  else child_build(task["path"], task["out"], task["workers"], task["model"]))
        print(json.dumps(result))
        return

    from graphbuild.nlp import DEFAULT_MODELS, load_model

    sys.stdout.reconfigure(line_buffering=True)     # keep our lines in order with the children's stderr
    if not args.corpus.is_file():
        raise SystemExit(f"no corpus at {args.corpus}; give one with --corpus")
    workers = sorted({int(n) for n in args.workers.split(",")})
    package = args.model or next(name for name in DEFAULT_MODELS if _installed(name))
    load_model(package)       # also warms the file cache for the first measured run
    info = machine(package)
    print(f"graphbuild scale benchmark, {info['date']}")
    print(f"  machine: {info['host']}, {info['cpus']} CPUs ({info['usable_cpus']} usable), {info['cpu']}, "
          f"{info['memory'] / 2**30:.1f} GiB; load average {' '.join(f'{x:.2f}' for x in info['load_average'])}")
    print(f"  python {info['python']}, spaCy {info['spacy']}, model {info['model']} (package {package}), "
          f"graphbuild {info['graphbuild']}")
    report: dict = {"machine": info, "corpus": str(args.corpus), "limit": args.limit, "workers": workers}

    with tempfile.TemporaryDirectory(prefix="graphbuild-scale-") as temporary:
        folder = Path(temporary)
        articles = len(read_texts(args.corpus))
        total = min(args.limit, articles) if args.limit else articles
        path = write_slice(args.corpus, total, folder / f"first-{total}.csv") if total < articles else args.corpus
        words = words_of(path)
        runs = throughput(path, words, workers, package, package, folder)
        report["throughput"] = {str(k): v for k, v in runs.items()}
        whole = runs[1]["full"] if 1 in runs else None
        if not args.skip_scaling:
            sizes = sorted({n for n in map(int, args.sizes.split(",")) if 0 < n < total} | {total})
            report["scaling"] = scaling(path, total, sizes, package, folder, whole)
        if not args.skip_queries:
            out = folder / f"full-{workers[0]}"
            report["queries"] = queries(out, folder, args.runs, args.query_limit)

    report["machine"]["load_average_end"] = os.getloadavg()
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")


def _installed(name: str) -> bool:
    import spacy.util

    return spacy.util.is_package(name)


if __name__ == "__main__":
    main()
