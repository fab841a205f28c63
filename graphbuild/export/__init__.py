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


def _graphml(graph: Graph, path: Path, *, title: str) -> None:
    from graphbuild.export.networks import write_graphml

    write_graphml(graph, path)


def _gexf(graph: Graph, path: Path, *, title: str) -> None:
    from graphbuild.export.networks import write_gexf

    write_gexf(graph, path)


def _node_link(graph: Graph, path: Path, *, title: str) -> None:
    from graphbuild.export.networks import write_node_link

    write_node_link(graph, path)


EXPORTERS: dict[str, tuple[str, Callable[..., None]]] = {
    "turtle": ("graph.ttl", _turtle),
    "html": ("graph.html", _html),
    "graphml": ("graph.graphml", _graphml),
    "gexf": ("graph.gexf", _gexf),
    "json": ("graph.json", _node_link),
}


def export_all(graph: Graph, out: Path, *, title: str = "graphbuild",
               formats: tuple[str, ...] = ("turtle", "html")) -> list[Path]:
    """Write each format into ``out``; returns the paths written."""
    written = []
    for name in formats:
        file_name, writer = EXPORTERS[name]
        path = Path(out) / file_name
        writer(graph, path, title=title)
        written.append(path)
    return written
