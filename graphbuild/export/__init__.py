"""Output formats, one module each, found through EXPORTERS: name -> (file name, writer).

Every writer takes the build's rdflib Graph and a path, and writes atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rdflib import Graph


def _turtle(graph: Graph, path: Path, *, title: str) -> None:
    from graphbuild.export.turtle import write_turtle

    write_turtle(graph, path)


def _html(graph: Graph, path: Path, *, title: str) -> None:
    from graphbuild.export.html import write_html
    from graphbuild.export.view import graph_view

    write_html(graph_view(graph), path, title=title)


EXPORTERS: dict[str, tuple[str, Callable[..., None]]] = {
    "turtle": ("graph.ttl", _turtle),
    "html": ("graph.html", _html),
}


def export_all(graph: Graph, out: Path, *, title: str = "graphbuild",
               formats: tuple[str, ...] = tuple(EXPORTERS)) -> list[Path]:
    """Write each format into ``out``; returns the paths written."""
    written = []
    for name in formats:
        file_name, writer = EXPORTERS[name]
        path = Path(out) / file_name
        writer(graph, path, title=title)
        written.append(path)
    return written
