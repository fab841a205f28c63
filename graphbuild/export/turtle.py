"""graph.ttl: the whole graph as Turtle, written atomically."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from graphbuild.export.atomic import write_atomic


def write_turtle(graph: Graph, path: Path) -> None:
    """Serialize ``graph`` as Turtle to ``path``; a failure leaves an existing file as it was."""
    write_atomic(Path(path), graph.serialize(format="turtle", encoding="utf-8"))
