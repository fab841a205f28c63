"""The graph view as files that network tools open: GraphML and GEXF (Gephi, Cytoscape) and
networkx node-link JSON.

The network is the HTML view's (export/view.py): one node per entity that relates to something
or speaks, one edge per direct relation. GraphML and GEXF take only strings and numbers, so
lists are joined with `` | `` and the evidence records are flattened:

- node: ``label``, ``kind`` (Person, Organization, Country, Place, Group, Topic), ``names``,
  ``titles``, ``articles``, ``quotes`` (the texts), ``quote_count``;
- edge: ``label`` and ``relation`` (``contradicts``), ``family`` (``opposes, rejects or
  criticizes``), ``stance``, ``confidence`` (the highest), ``polarity`` (every polarity its
  evidence has), ``weight`` and ``evidence_count`` (how many relation nodes support it),
  ``evidence`` (the sentences) and ``articles``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from graphbuild.errors import GraphbuildError
from graphbuild.export.atomic import write_atomic

if TYPE_CHECKING:
    import networkx as nx

SEPARATOR = " | "


def network(graph: Graph) -> "nx.MultiDiGraph":
    """The view of ``graph`` with flat attributes (strings and numbers only)."""
    import networkx as nx

    from graphbuild.export.view import graph_view

    view = graph_view(graph)
    flat = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        quotes = data.get("quotes", [])
        flat.add_node(node, label=str(data.get("label", node)), kind=str(data.get("kind", "")),
                      names=_join(data.get("names", [])), titles=_join(data.get("titles", [])),
                      articles=_join(data.get("articles", [])),
                      quotes=_join(q.get("text", "") for q in quotes), quote_count=len(quotes))
    for source, target, key, data in view.edges(keys=True, data=True):
        evidence = data.get("evidence", [])
        if not evidence and view.has_edge(target, source, key):
            # the mirror of a symmetric relation ('A meets B' read as 'B meets A') shares its evidence
            evidence = view.edges[target, source, key].get("evidence", [])
        relation = str(data.get("relation", key))
        flat.add_edge(source, target, key=key, label=relation, relation=relation,
                      family=str(data.get("family", "")), stance=str(data.get("stance", "")),
                      confidence=max((float(e.get("confidence", 0.0)) for e in evidence),
                                     default=float(data.get("confidence", 0.0))),
                      polarity=_join(sorted({e.get("polarity", "") for e in evidence})),
                      weight=float(max(len(evidence), 1)), evidence_count=len(evidence),
                      evidence=_join(e.get("sentence", "") for e in evidence),
                      articles=_join(sorted({e.get("article", "") for e in evidence})))
    return flat


def write_graphml(graph: Graph, path: Path) -> None:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(network(graph), buffer, encoding="utf-8")
    write_atomic(Path(path), buffer.getvalue())


def write_gexf(graph: Graph, path: Path) -> None:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(network(graph), buffer, encoding="utf-8")
    write_atomic(Path(path), buffer.getvalue())


def write_node_link(graph: Graph, path: Path) -> None:
    """networkx node-link JSON with ``nodes`` and ``links``; read it with ``nx.node_link_graph(data, edges="links")``."""
    import networkx as nx

    flat = network(graph)
    try:
        data = nx.node_link_data(flat, edges="links")
    except TypeError:      # networkx < 3.4 has no `edges` argument and says "links" already
        data = nx.node_link_data(flat)
    write_atomic(Path(path), (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def export_graph(target: str | Path, fmt: str, *, output: str | Path | None = None) -> Path:
    """Write the graph in ``target`` (a built folder or an RDF file) in format ``fmt``; returns the path.

    The default path is the format's file name (``graph.graphml`` ...) beside the graph.
    """
    from graphbuild.export import EXPORTERS
    from graphbuild.query import graph_path, load_graph

    flat = [name for name, exporter in EXPORTERS.items() if not exporter.named]
    if fmt not in flat:
        raise GraphbuildError(f"unknown export format {fmt!r}; choose one of {', '.join(flat)} "
                              "(graph.trig and graph.nq are written by every build)")
    source = graph_path(target)
    exporter = EXPORTERS[fmt]
    path = Path(output) if output is not None else source.parent / exporter.file_name
    if path.resolve() == source.resolve():
        raise GraphbuildError(f"{path} is the graph being exported; choose another --output")
    if not path.parent.is_dir():
        raise GraphbuildError(f"cannot write {path}: the folder {path.parent} does not exist")
    exporter.write(load_graph(source), path, title=source.parent.name or "graphbuild")
    return path


def _join(items) -> str:
    return SEPARATOR.join(str(i) for i in items if str(i))
