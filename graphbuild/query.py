"""SPARQL over a built graph: load it, run a query, format the answer.

Common prefixes (gb, gbr, rdf, rdfs, owl, xsd, skos, schema, prov, sem) are bound, so queries
need no PREFIX lines. Only queries run here: SPARQL Update is refused.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from graphbuild.errors import QueryError

FORMATS = ("table", "csv", "tsv", "json")
_PARSERS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".rdf": "xml"}
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD")


def load_graph(target: str | Path) -> Graph:
    """A built output folder (its graph.ttl) or an RDF file."""
    path = Path(target)
    if path.is_dir():
        path = path / "graph.ttl"
        if not path.is_file():
            raise QueryError(f"{target} has no graph.ttl: build it first with `graphbuild build ... --out {target}`")
    if not path.is_file():
        raise QueryError(f"{path} does not exist")
    parser = _PARSERS.get(path.suffix.lower())
    if parser is None:
        raise QueryError(f"{path}: unknown RDF format {path.suffix!r} (expected one of {', '.join(_PARSERS)})")
    from rdflib import Dataset

    graph = Dataset(default_union=True) if parser in {"nquads", "trig"} else Graph()
    try:
        graph.parse(path, format=parser)
    except Exception as error:   # rdflib raises many parser-specific types
        raise QueryError(f"{path} is not valid {parser}: {error}") from error
    return graph


def run_query(graph: Graph, text: str) -> Result:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query with the common prefixes bound."""
    from pyparsing import ParseException

    from graphbuild.rdf import PREFIXES

    if _is_update(text):
        raise QueryError("this is a SPARQL Update; graphbuild query only reads the graph")
    namespaces = dict(PREFIXES)
    for prefix, namespace in graph.namespaces():
        namespaces.setdefault(prefix, namespace)
    try:
        return graph.query(text, initNs=namespaces)
    except ParseException as error:
        raise QueryError(_syntax_message(text, error)) from error
    except Exception as error:   # evaluation errors come as many rdflib types
        raise QueryError(f"the query could not be run: {error}") from error


def format_result(result: Result, fmt: str = "table", *, graph: Graph | None = None) -> str:
    """Text for a result: a table, CSV, TSV or SPARQL 1.1 JSON; Turtle for CONSTRUCT/DESCRIBE."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)})
        return "yes" if result.askAnswer else "no"
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        return result.graph.serialize(format="turtle")
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
    return _table(names, rows)


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


def _table(names: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "(no results)"
    cells = [[" ".join(c.split()) for c in row] for row in rows]
    widths = [max(len(names[i]), *(len(r[i]) for r in cells)) for i in range(len(names))]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    parts = [line(names), line(["-" * w for w in widths])] + [line(r) for r in cells]
    parts.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(parts)


def _is_update(text: str) -> bool:
    body = " ".join(line for line in text.splitlines() if not line.strip().upper().startswith(("PREFIX", "BASE", "#")))
    first = body.strip().split(None, 1)[0].upper() if body.strip() else ""
    return first in _UPDATE_WORDS or first == "WITH"


def _syntax_message(text: str, error) -> str:
    line, column = error.lineno, error.col
    lines = text.splitlines() or [""]
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    return (f"SPARQL syntax error at line {line}, column {column}: {error.msg}\n"
            f"  {shown}\n  {' ' * max(column - 1, 0)}^")
