"""SPARQL over a built graph: load it, run a query or an update, format the answer.

Common prefixes (gb, gbr, rdf, rdfs, owl, xsd, skos, schema, prov, sem) are bound, so queries
need no PREFIX lines. Queries only read; a SPARQL Update runs only through :func:`update`,
which writes the file back atomically.

Parameters: a query may hold a one-variable ``VALUES ?name { ... }`` line (the ready queries in
``queries/`` do); ``bind_params(text, {"name": ["Donald Trump"]})`` puts string literals in it, on
the same line, so that line numbers in error messages still match the text as written.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from graphbuild.errors import QueryError

FORMATS = ("table", "csv", "tsv", "json")
_PARSERS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".rdf": "xml"}
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_PROLOGUE = re.compile(r"\A(?:\s+|#[^\n]*\n?|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z_]\w*")
_GB_TERM = re.compile(r"(?<![\w<])gb:([A-Za-z_][\w-]*)")


@dataclass(frozen=True, slots=True)
class UpdateSummary:
    """What a SPARQL Update did to a file."""

    path: Path
    added: int
    removed: int
    triples: int                    # statements in the file afterwards
    stale: tuple[tuple[str, Path], ...] = ()   # (format, file) of outputs beside it made from the old graph


# ------------------------------------------------------------------ the two entry points

def answer(target: str | Path, text: str, *, fmt: str = "table",
           params: Mapping[str, Iterable[str]] | None = None, width: int | None = None) -> str:
    """Load ``target``, run the query ``text`` (with ``params`` bound) and format the result.

    ``width`` (the terminal's columns) draws the table with rich for a terminal; without it the
    table is plain aligned text.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    text = bind_params(text, params or {})
    store = _store_of(target)
    if store is not None:
        from graphbuild.store import query_store

        if _is_update(text):
            raise QueryError("this is a SPARQL Update; graphbuild query only reads the store")
        from graphbuild.rdf import new_graph

        return format_result(query_store(store, text), fmt, graph=new_graph(), width=width)
    graph = load_graph(target)
    result = run_query(graph, text)
    output = format_result(result, fmt, graph=graph, width=width)
    if fmt == "table" and _is_empty(result):
        missing = unknown_terms(graph, text)
        if missing:
            output += "\nnote: " + ", ".join(f"gb:{t}" for t in missing) + \
                      " does not occur in the graph; the ontology's terms are in ontology/graphbuild.ttl"
    return output


def update(target: str | Path, text: str, *, params: Mapping[str, Iterable[str]] | None = None) -> UpdateSummary:
    """Run a SPARQL Update on ``target`` (a built folder's graph.ttl or an RDF file) and write it back.

    The file is replaced atomically: a failure leaves it as it was. In a .trig or .nq file the
    update acts on the default graph; ``GRAPH <...> { }`` reaches the named ones.
    """
    from graphbuild.export.atomic import write_atomic
    from graphbuild.rdf import PREFIXES

    path = graph_path(target)
    graph = load_graph(path, union=False)
    text = bind_params(text, params or {})
    if not _is_update(text):
        raise QueryError(f"--update runs SPARQL Update (INSERT, DELETE, ...); this is a {_first_word(text) or 'empty'} "
                         "query: run it without --update")
    before = _statements(graph)
    try:
        with _default_graph_only():
            graph.update(text, initNs=_namespaces(graph, PREFIXES))
    except Exception as error:   # pyparsing and rdflib evaluation errors come as many types
        raise QueryError(_error_message(text, error, "update")) from error
    after = _statements(graph)
    if after == before:                 # nothing to write: the file keeps its bytes
        return UpdateSummary(path, added=0, removed=0, triples=len(after))
    write_atomic(path, graph.serialize(format=_PARSERS[path.suffix.lower()], encoding="utf-8"))
    return UpdateSummary(path, added=len(after - before), removed=len(before - after), triples=len(after),
                         stale=_outputs_beside(path))


# ------------------------------------------------------------------ steps

def _store_of(target: str | Path) -> str | None:
    """``oxigraph:DIR``, or the store a built folder was loaded into with --store; else None."""
    from graphbuild.store import SCHEME, recorded_store

    if str(target).startswith(SCHEME):
        return str(target)
    return recorded_store(Path(target)) if Path(target).is_dir() else None


def graph_path(target: str | Path) -> Path:
    """The RDF file a target names: a built folder's graph.ttl, or the file itself."""
    path = Path(target)
    if path.is_dir():
        path = path / "graph.ttl"
        if not path.is_file():
            raise QueryError(f"{target} has no graph.ttl: build it first with `graphbuild build ... --out {target}`")
    if not path.is_file():
        raise QueryError(f"{path} does not exist")
    if path.suffix.lower() not in _PARSERS:
        raise QueryError(f"{path}: unknown RDF format {path.suffix!r} (expected one of {', '.join(_PARSERS)})")
    return path


def load_graph(target: str | Path, *, union: bool = True) -> Graph:
    """A built output folder (its graph.ttl) or an RDF file.

    .trig and .nq are read as a Dataset whose default graph is the union of its graphs, unless
    ``union`` is false.
    """
    path = graph_path(target)
    parser = _PARSERS[path.suffix.lower()]
    from rdflib import Dataset

    graph = Dataset(default_union=union) if parser in {"nquads", "trig"} else Graph()
    try:
        graph.parse(path, format=parser)
    except Exception as error:   # rdflib raises many parser-specific types
        raise QueryError(f"{path} is not valid {parser}: {error}") from error
    return graph


def parse_params(items: Iterable[str]) -> dict[str, list[str]]:
    """``["actor=Donald Trump", "actor=China"]`` -> ``{"actor": ["Donald Trump", "China"]}``."""
    params: dict[str, list[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _NAME.fullmatch(name):
            raise QueryError(f"--param {item!r}: write it as NAME=VALUE, e.g. --param actor=\"Donald Trump\"")
        params.setdefault(name, []).append(value)
    return params


def bind_params(text: str, params: Mapping[str, Iterable[str]]) -> str:
    """Put each parameter's values, as string literals, into the query's ``VALUES ?name { ... }`` line."""
    for name, values in params.items():
        line = re.compile(rf"(?i)(\bVALUES[ \t]+[?$]{re.escape(name)}[ \t]*\{{)[^}}\n]*(\}})")
        literals = " ".join(Literal(v).n3() for v in values)
        text, count = line.subn(lambda m: f"{m.group(1)} {literals} {m.group(2)}", text)
        if not count:
            found = re.findall(r"(?i)\bVALUES[ \t]+[?$](\w+)[ \t]*\{", text)
            have = f" (it has VALUES for {', '.join('?' + f for f in found)})" if found else ""
            raise QueryError(f"--param {name}: the query has no `VALUES ?{name} {{ ... }}` line to put it in{have}")
    return text


def run_query(graph: Graph, text: str) -> Result:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query with the common prefixes bound."""
    from graphbuild.rdf import PREFIXES

    if _is_update(text):
        raise QueryError("this is a SPARQL Update; graphbuild query only reads the graph "
                         "(add --update to change the file)")
    try:
        return graph.query(text, initNs=_namespaces(graph, PREFIXES))
    except Exception as error:   # pyparsing and rdflib evaluation errors come as many types
        raise QueryError(_error_message(text, error, "query")) from error


def format_result(result: Result, fmt: str = "table", *, graph: Graph | None = None, width: int | None = None) -> str:
    """Text for a result: a table, CSV, TSV or SPARQL 1.1 JSON; Turtle for CONSTRUCT/DESCRIBE.

    With ``width`` the table is drawn by rich for a terminal that wide.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)})
        return "yes" if result.askAnswer else "no"
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        if not len(result.graph):
            return "# (no triples)"
        return result.graph.serialize(format="turtle").rstrip("\n")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[v], graph, raw=fmt != "table") for v in result.vars] for row in result]
    if fmt in {"csv", "tsv"}:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    if width is not None and rows:
        return _rich_table(names, rows, width)
    return _table(names, rows)


def unknown_terms(graph: Graph, text: str) -> list[str]:
    """The ``gb:`` names a query uses that occur nowhere in the graph (likely typos)."""
    from graphbuild.rdf import PREFIXES

    gb = PREFIXES["gb"]
    missing = []
    for name in dict.fromkeys(_GB_TERM.findall(text)):
        term = gb[name]
        if not any(graph.triples((term, None, None))) and not any(graph.triples((None, term, None))) \
                and not any(graph.triples((None, None, term))):
            missing.append(name)
    return missing


# ------------------------------------------------------------------ helpers

def _namespaces(graph: Graph, prefixes: Mapping) -> dict:
    from graphbuild.rdf import DEFAULT_BASE

    namespaces = dict(prefixes)
    for prefix, namespace in graph.namespaces():
        # a file may bind our namespaces to other prefixes (ns1:); binding one twice loses gb:
        if prefix and str(namespace) not in {str(n) for n in namespaces.values()}:
            namespaces.setdefault(prefix, namespace)
    if str(DEFAULT_BASE) not in {str(n) for n in namespaces.values()}:
        namespaces.setdefault("gbr", URIRef(DEFAULT_BASE))
    return namespaces


def _outputs_beside(path: Path) -> tuple[tuple[str, Path], ...]:
    """(format, file) of the other outputs of the build whose graph.ttl this is."""
    from graphbuild.export import EXPORTERS

    if path.name != "graph.ttl":
        return ()
    return tuple((fmt, path.parent / exporter.file_name) for fmt, exporter in EXPORTERS.items()
                 if exporter.file_name != path.name and (path.parent / exporter.file_name).is_file())


@contextmanager
def _default_graph_only():
    """Updates on a Dataset act on its default graph (GRAPH <...> reaches the named ones).

    rdflib evaluates updates on the union of a Dataset's graphs while its module switch
    SPARQL_DEFAULT_GRAPH_UNION is on, and then fails on INSERT DATA (rdflib 7.6); turn it off
    for the update only.
    """
    import rdflib.plugins.sparql as sparql

    saved = sparql.SPARQL_DEFAULT_GRAPH_UNION
    sparql.SPARQL_DEFAULT_GRAPH_UNION = False
    try:
        yield
    finally:
        sparql.SPARQL_DEFAULT_GRAPH_UNION = saved


def _statements(graph: Graph) -> set:
    from rdflib import Dataset

    if isinstance(graph, Dataset):
        return {(s, p, o, getattr(c, "identifier", c)) for s, p, o, c in graph.quads((None, None, None, None))}
    return set(graph)


def _is_empty(result: Result) -> bool:
    if result.type == "SELECT":
        return not len(result)
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        return not len(result.graph)
    return False


def _cell(term, graph: Graph | None, *, raw: bool) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return str(term) if raw or graph is None else term.n3(graph.namespace_manager)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def _footer(count: int) -> str:
    return f"({count} row{'s' if count != 1 else ''})"


def _table(names: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "(no results)"
    cells = [[" ".join(c.split()) for c in row] for row in rows]
    widths = [max(len(names[i]), *(len(r[i]) for r in cells)) for i in range(len(names))]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    parts = [line(names), line(["-" * w for w in widths])] + [line(r) for r in cells]
    parts.append(_footer(len(rows)))
    return "\n".join(parts)


def _rich_table(names: list[str], rows: list[list[str]], width: int) -> str:
    """The table for a terminal: bold header, long cells wrapped to the terminal's width."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, header_style="bold", show_edge=False, pad_edge=False,
                  caption=_footer(len(rows)), caption_justify="left")
    for name in names:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(" ".join(c.split()) for c in row))
    console = Console(file=io.StringIO(), width=max(width, 40), force_terminal=True, highlight=False)
    with console.capture() as capture:
        console.print(table)
    return capture.get().rstrip("\n")


def _first_word(text: str) -> str:
    body = _PROLOGUE.sub("", text, count=1)
    match = re.match(r"\s*([A-Za-z]+)", body)
    return match.group(1).upper() if match else ""


def _is_update(text: str) -> bool:
    return _first_word(text) in _UPDATE_WORDS


def _error_message(text: str, error: Exception, kind: str) -> str:
    from pyparsing import ParseBaseException

    if isinstance(error, ParseBaseException):
        return _syntax_message(text, error)
    message = str(error)
    prefix = re.match(r"Unknown namespace prefix : (\S+)", message)
    if prefix:
        from graphbuild.rdf import PREFIXES

        bound = ", ".join(f"{p}:" for p in (*PREFIXES, "gbr"))
        return (f"unknown prefix {prefix.group(1)}: in the {kind}; the bound prefixes are {bound} — "
                f"add a line `PREFIX {prefix.group(1)}: <...>` for any other")
    return f"the {kind} could not be run: {message}"


def _syntax_message(text: str, error) -> str:
    """Where the parser stopped, with the lines around it numbered and a caret under the column."""
    line, column = error.lineno, error.col
    lines = text.splitlines() or [""]
    first, last = max(line - 3, 1), min(line + 1, len(lines))
    digits = len(str(last))
    shown = []
    for number in range(first, last + 1):
        marker = ">" if number == line else " "
        shown.append(f"  {marker}{number:>{digits}} | {lines[number - 1]}")
        if number == line:
            shown.append(f"   {' ' * digits} | {' ' * max(column - 1, 0)}^")
    return f"SPARQL syntax error at line {line}, column {column}: {error.msg}\n" + "\n".join(shown)
