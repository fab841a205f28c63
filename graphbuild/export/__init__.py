"""Output formats, one module each, found through EXPORTERS: name -> Exporter.

Most writers take the build's flat rdflib Graph; those marked ``named`` take its NamedGraphs (one
named graph per article) and are written by builds only. Every writer writes atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Exporter:
    file_name: str
    write: Callable[..., None]      # write(graph, path, *, title)
    named: bool = False             # takes NamedGraphs rather than the flat graph
    lines: bool = False             # also takes NamedGraphs, and writes their union from its N-Triples lines
    unread: frozenset = frozenset()     # predicates the writer never reads: a build's flat graph for it lacks them
    apart: bool = False             # written by a build in a forked child while the others are written


def _turtle(graph, path: Path, *, title: str) -> None:
    from graphbuild.export.turtle import write_turtle

    write_turtle(graph, path)


def _trig(graphs, path: Path, *, title: str) -> None:
    from graphbuild.export.turtle import write_trig

    write_trig(graphs, path)


def _nquads(graphs, path: Path, *, title: str) -> None:
    from graphbuild.export.turtle import write_nquads

    write_nquads(graphs, path)


def _html(graph, path: Path, *, title: str) -> None:
    from graphbuild.export.html import write_html
    from graphbuild.export.view import graph_view

    write_html(graph_view(graph), path, title=title)


def _graphml(graph, path: Path, *, title: str) -> None:
    from graphbuild.export.networks import write_graphml

    write_graphml(graph, path)


def _gexf(graph, path: Path, *, title: str) -> None:
    from graphbuild.export.networks import write_gexf

    write_gexf(graph, path)


def _node_link(graph, path: Path, *, title: str) -> None:
    from graphbuild.export.networks import write_node_link

    write_node_link(graph, path)


def _gdelt(graph, path: Path, *, title: str) -> None:
    from graphbuild.export.gdelt import write_gdelt

    write_gdelt(graph, path)


def _view_unread() -> frozenset:
    from graphbuild.export.view import UNREAD

    return UNREAD


EXPORTERS: dict[str, Exporter] = {
    "turtle": Exporter("graph.ttl", _turtle, lines=True),
    "trig": Exporter("graph.trig", _trig, named=True),
    "nquads": Exporter("graph.nq", _nquads, named=True),
    "html": Exporter("graph.html", _html, unread=_view_unread(), apart=True),
    "graphml": Exporter("graph.graphml", _graphml),
    "gexf": Exporter("graph.gexf", _gexf),
    "json": Exporter("graph.json", _node_link),
    "gdelt": Exporter("events.tsv", _gdelt),
}
BUILD_FORMATS = ("turtle", "trig", "nquads", "html")


def export_all(graphs, out: Path, *, title: str = "graphbuild",
               formats: tuple[str, ...] = BUILD_FORMATS) -> list[Path]:
    """Write each format of a build's NamedGraphs into ``out``; returns the paths written.

    A format marked ``apart`` (the HTML view, whose layout is the costliest writer) is written in a
    forked child meanwhile (``graphbuild.background``), so that a second core shares the work."""
    from graphbuild import background

    paths = {name: Path(out) / EXPORTERS[name].file_name for name in formats}
    running = {name: background.start(_write, name, graphs, paths[name], title, what=f"writing {paths[name].name}")
               for name in formats if EXPORTERS[name].apart}
    try:
        for name in formats:
            if name not in running:
                _write(name, graphs, paths[name], title)
        for work in running.values():
            work.result()
    finally:
        for work in running.values():
            work.close()
    return list(paths.values())


def _write(name: str, graphs, path: Path, title: str) -> None:
    exporter = EXPORTERS[name]
    # the writers only read the union: the store that is quicker to fill will do
    exporter.write(graphs if exporter.named or exporter.lines
                   else graphs.union("SimpleMemory", without=exporter.unread), path, title=title)
