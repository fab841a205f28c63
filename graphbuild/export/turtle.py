"""graph.ttl (the flat union), graph.trig and graph.nq (one named graph per article), written atomically.

rdflib's TriG serializer writes named graphs in the store's order, which is not stable from run to
run, so TriG and N-Quads are assembled here from per-graph serializations in sorted order: the
same graph gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from graphbuild.export.atomic import write_atomic


def write_turtle(graph: Graph, path: Path) -> None:
    """Serialize ``graph`` as Turtle to ``path``; a failure leaves an existing file as it was."""
    write_atomic(Path(path), graph.serialize(format="turtle", encoding="utf-8"))


def write_trig(graphs, path: Path) -> None:
    """Every named graph of ``graphs`` (a NamedGraphs) as one TriG document, graphs sorted by name."""
    prefixes: dict[str, str] = {}
    blocks = []
    for name, graph in graphs.graphs:
        text = graph.serialize(format="turtle")
        lines = text.split("\n")
        start = 0
        while start < len(lines) and (lines[start].startswith("@prefix ") or not lines[start].strip()):
            if lines[start].strip():
                prefix, iri = lines[start][len("@prefix "):].rstrip(" .").split(" ", 1)
                if prefixes.setdefault(prefix, iri) != iri:
                    raise ValueError(f"prefix {prefix} means both {prefixes[prefix]} and {iri}")
            start += 1
        body = "\n".join(lines[start:]).rstrip()   # verbatim: long literals may hold newlines
        blocks.append(f"<{name}> {{\n{body}\n}}\n")
    head = "".join(f"@prefix {prefix} {iri} .\n" for prefix, iri in sorted(prefixes.items()))
    write_atomic(Path(path), (head + "\n" + "\n".join(blocks)).encode("utf-8"))


def write_nquads(graphs, path: Path) -> None:
    """Every named graph of ``graphs`` as N-Quads, one sorted line per quad."""
    lines = []
    for name, graph in graphs.graphs:
        for line in graph.serialize(format="nt").splitlines():
            if line.endswith(" ."):
                lines.append(f"{line[:-2]} <{name}> .")
    write_atomic(Path(path), ("\n".join(sorted(lines)) + "\n").encode("utf-8"))
