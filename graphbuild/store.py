"""An on-disk Oxigraph store (pyoxigraph) holding a build's named graphs.

``graphbuild build ... --store oxigraph:DIR`` bulk-loads out/graph.nq into the store at DIR after
the files are written (the file outputs are the same with or without it) and records DIR in
out/.graphbuild/store.json, so that ``graphbuild query out/`` and ``--append`` use it. The store's
default graph holds graph.ttl (the flat union), so queries answer as they do on graph.ttl, and
``GRAPH ?g`` reaches each article's named graph.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result

from graphbuild.cache import FOLDER
from graphbuild.errors import GraphbuildError, QueryError

SCHEME = "oxigraph:"
RECORD = Path(FOLDER) / "store.json"   # in a build's output folder, beside the cache: where its store is


def parse_store(spec: str) -> Path:
    """``oxigraph:DIR`` -> DIR. Raises GraphbuildError for anything else."""
    if not spec.startswith(SCHEME) or not spec[len(SCHEME):].strip():
        raise GraphbuildError(f"--store {spec!r}: write it as oxigraph:DIR, e.g. --store oxigraph:out/store")
    return Path(spec[len(SCHEME):])


def load_store(spec: str, nquads: Path, flat: Path, *, out: Path | None = None) -> Path:
    """Replace the content of the store named by ``spec`` with the named graphs of ``nquads`` and, as
    its default graph, the flat graph ``flat`` (graph.ttl): a triple two articles give is then one
    answer, as on graph.ttl, not two. Returns the store's folder."""
    from pyoxigraph import RdfFormat, Store

    folder = parse_store(spec)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        store = Store(str(folder))
        store.clear()
        store.bulk_load(path=str(nquads), format=RdfFormat.N_QUADS)
        store.bulk_load(path=str(flat), format=RdfFormat.TURTLE)
        store.flush()
    except OSError as error:
        raise GraphbuildError(f"cannot write the Oxigraph store {folder}: {error}") from error
    if out is not None:
        from graphbuild.export.atomic import write_atomic

        (out / RECORD).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out / RECORD, json.dumps({"oxigraph": str(folder.resolve())}).encode("utf-8"))
    return folder


def recorded_store(out: Path) -> str | None:
    """The store spec a build recorded in ``out``, if it was built with --store and the store exists."""
    record = Path(out) / RECORD
    if not record.is_file():
        return None
    try:
        folder = json.loads(record.read_text(encoding="utf-8"))["oxigraph"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise GraphbuildError(f"{record} is damaged ({error}); build {out} again with --store") from error
    if not Path(folder).is_dir():
        raise GraphbuildError(f"{out} was built with --store oxigraph:{folder}, which no longer exists; "
                              f"build again with --store, or delete {record} to query graph.ttl")
    return SCHEME + folder


def query_store(spec: str, text: str) -> Result:
    """Run a read-only SPARQL query on the store; the answer as an rdflib Result, so that it
    formats like one from graph.ttl."""
    from pyoxigraph import QueryBoolean, QuerySolutions, Store

    from graphbuild.rdf import PREFIXES

    folder = parse_store(spec)
    if not folder.is_dir():
        raise QueryError(f"no Oxigraph store at {folder}")
    try:
        store = Store.read_only(str(folder))
        answer = store.query(text, prefixes={k: str(v) for k, v in PREFIXES.items()})
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {error}") from error
    except OSError as error:
        raise QueryError(f"cannot read the Oxigraph store {folder}: {error}") from error
    if isinstance(answer, QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, QuerySolutions):
        result = Result("SELECT")
        names = [v.value for v in answer.variables]
        result.vars = [Variable(n) for n in names]
        result.bindings = [{Variable(n): _term(row[n]) for n in names if row[n] is not None} for row in answer]
        return result
    result = Result("CONSTRUCT")
    graph = Graph()
    for triple in answer:
        graph.add((_term(triple.subject), _term(triple.predicate), _term(triple.object)))
    result.graph = graph
    return result


def _term(term):
    from pyoxigraph import BlankNode, NamedNode

    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
