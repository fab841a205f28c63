"""Figures about a built graph: what it holds, who is central, where it came from.

- entities by type (Person, Organization, Country, Place, Group, Topic);
- relations by family: relation nodes (each reading of a relation in an article) and the direct
  triples they give (negated and reported readings give none; symmetric relations count once);
- the most central actors on the actor-to-actor relation graph (the HTML view's graph without
  topics and places): degree is the number of other actors an actor is directly related to
  (ties broken by how many relation nodes it takes part in, then by how many articles mention
  it); PageRank takes relations both ways, each pair of actors weighted by how many relations
  join it;
- per publisher and per source file: articles, relation nodes and statements.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SDO

from graphbuild.errors import GraphbuildError
from graphbuild.namespace import GB

if TYPE_CHECKING:
    import networkx as nx

ENTITY_CLASSES = {GB.Person: "Person", GB.Organization: "Organization", GB.Country: "Country",
                  GB.Place: "Place", GB.Group: "Group", GB.Topic: "Topic"}
ACTOR_KINDS = frozenset({"Person", "Organization", "Country", "Group"})
NO_PUBLISHER = "(no publisher)"
FORMATS = ("text", "json")


@dataclass(frozen=True, slots=True)
class Count:
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class FamilyCount:
    family: str         # the family's label, "opposes, rejects or criticizes"
    stance: str         # cooperative, conflictual or neutral
    relations: int      # relation nodes
    facts: int          # direct triples (a symmetric pair counted once)


@dataclass(frozen=True, slots=True)
class ActorScore:
    name: str
    iri: str
    kind: str
    degree: int         # other actors directly related to it, in either direction
    relations: int      # relation nodes it is the subject or object of (with actors or topics)
    articles: int       # articles that mention it
    pagerank: float     # on the actor graph, relations taken both ways


@dataclass(frozen=True, slots=True)
class SourceCount:
    source: str         # a publisher, or a source file
    articles: int
    relations: int
    statements: int


@dataclass(frozen=True, slots=True)
class GraphStats:
    triples: int
    articles: int
    entities: int
    relations: int
    statements: int
    entities_by_type: tuple[Count, ...]
    relations_by_family: tuple[FamilyCount, ...]
    top_by_degree: tuple[ActorScore, ...]
    top_by_pagerank: tuple[ActorScore, ...]
    by_publisher: tuple[SourceCount, ...]
    by_file: tuple[SourceCount, ...]

    def to_dict(self) -> dict:
        return asdict(self)


def graph_stats(target: str | Path | Graph, *, top: int = 10) -> GraphStats:
    """Figures for a built folder, an RDF file or a loaded graph; ``top`` actors in each ranking."""
    from graphbuild.query import load_graph

    graph = target if isinstance(target, Graph) else load_graph(target)
    entity_counts = Counter(ENTITY_CLASSES[c] for _, c in graph.subject_objects(RDF.type) if c in ENTITY_CLASSES)
    actors = actor_graph(graph)
    ranked = _scores(graph, actors)
    return GraphStats(
        triples=len(graph),
        articles=len(set(graph.subjects(RDF.type, GB.Article))),
        entities=len({s for s, c in graph.subject_objects(RDF.type) if c in ENTITY_CLASSES}),
        relations=len(set(graph.subjects(RDF.type, GB.Relation))),
        statements=len(set(graph.subjects(RDF.type, GB.Statement))),
        entities_by_type=tuple(Count(k, n) for k, n in sorted(entity_counts.items(), key=lambda i: (-i[1], i[0]))),
        relations_by_family=_families(graph),
        top_by_degree=tuple(sorted(ranked, key=lambda a: (-a.degree, -a.relations, -a.articles, a.name))[:top]),
        top_by_pagerank=tuple(sorted(ranked, key=lambda a: (-a.pagerank, -a.degree, a.name))[:top]),
        by_publisher=_sources(graph, lambda article: str(graph.value(article, SDO.publisher) or NO_PUBLISHER)),
        by_file=_sources(graph, lambda article: str(graph.value(article, GB.sourceFile) or article)),
    )


def actor_graph(graph: Graph) -> "nx.MultiDiGraph":
    """The view's actors (people, organisations, countries, groups) and the direct relations between them."""
    from graphbuild.export.view import graph_view

    view = graph_view(graph)
    return view.subgraph(n for n, kind in view.nodes(data="kind") if kind in ACTOR_KINDS).copy()


def pagerank(actors: "nx.MultiDiGraph", *, alpha: float = 0.85, tolerance: float = 1.0e-10) -> dict[str, float]:
    """PageRank with relations taken both ways, each pair weighted by how many relations join it.

    Power iteration over the edge list with numpy (``nx.pagerank`` would need scipy), memory
    linear in the number of relations; it agrees with ``nx.pagerank`` to its tolerance.
    """
    import numpy as np

    nodes = sorted(actors)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    weights = Counter(frozenset((u, v)) for u, v in actors.edges() if u != v)
    ends = [(index[u], index[v], w) for pair, w in weights.items() for u, v in (tuple(pair), tuple(pair)[::-1])]
    source = np.array([e[0] for e in ends], dtype=int)
    target = np.array([e[1] for e in ends], dtype=int)
    weight = np.array([e[2] for e in ends], dtype=float)
    count = len(nodes)
    out = np.bincount(source, weights=weight, minlength=count)
    dangling = out == 0
    ranks = np.full(count, 1.0 / count)
    for _ in range(1000):
        share = np.divide(ranks, out, out=np.zeros(count), where=~dangling)
        following = alpha * np.bincount(target, weights=share[source] * weight, minlength=count)
        following += (alpha * ranks[dangling].sum() + 1.0 - alpha) / count
        done = np.abs(following - ranks).sum() < tolerance * count
        ranks = following
        if done:
            break
    return {node: float(rank) for node, rank in zip(nodes, ranks / ranks.sum())}


def format_stats(stats: GraphStats, fmt: str = "text") -> str:
    """The figures as readable text, or as JSON."""
    if fmt not in FORMATS:
        raise GraphbuildError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "json":
        return json.dumps(stats.to_dict(), indent=2, ensure_ascii=False)
    lines = [f"{stats.triples} triples: {stats.articles} articles, {stats.entities} entities, "
             f"{stats.relations} relations, {stats.statements} statements", ""]
    lines += _section("entities by type", ("type", "count"),
                      [(c.name, str(c.count)) for c in stats.entities_by_type])
    lines += _section("relations by family", ("family", "stance", "relations", "facts"),
                      [(f.family, f.stance, str(f.relations), str(f.facts)) for f in stats.relations_by_family])
    lines += _section("top actors by degree", ("actor", "kind", "degree", "relations", "pagerank"),
                      [(a.name, a.kind, str(a.degree), str(a.relations), f"{a.pagerank:.3f}")
                       for a in stats.top_by_degree])
    lines += _section("top actors by PageRank", ("actor", "kind", "pagerank", "degree", "relations"),
                      [(a.name, a.kind, f"{a.pagerank:.3f}", str(a.degree), str(a.relations))
                       for a in stats.top_by_pagerank])
    for title, rows in (("per publisher", stats.by_publisher), ("per source file", stats.by_file)):
        lines += _section(title, ("source", "articles", "relations", "statements"),
                          [(s.source, str(s.articles), str(s.relations), str(s.statements)) for s in rows])
    return "\n".join(lines).rstrip("\n")


# ------------------------------------------------------------------ helpers

def _scores(graph: Graph, actors: "nx.MultiDiGraph") -> list[ActorScore]:
    ranks = pagerank(actors)
    readings = Counter(node for relation in graph.subjects(RDF.type, GB.Relation)
                       for node in {graph.value(relation, GB.subject), graph.value(relation, GB.object)})
    scores = []
    for node, data in actors.nodes(data=True):
        neighbours = (set(actors.successors(node)) | set(actors.predecessors(node))) - {node}
        scores.append(ActorScore(name=str(data.get("label", node)), iri=node, kind=data["kind"],
                                 degree=len(neighbours), relations=readings[URIRef(node)],
                                 articles=len(set(graph.objects(URIRef(node), GB.mentionedIn))),
                                 pagerank=round(ranks.get(node, 0.0), 6)))
    return scores


def _families(graph: Graph) -> tuple[FamilyCount, ...]:
    symmetric = set(graph.subjects(RDF.type, OWL.SymmetricProperty))
    family_of: dict[URIRef, URIRef] = {}
    for family in graph.subjects(RDF.type, GB.RelationFamily):
        for relation in graph.subjects(RDFS.subPropertyOf, family):
            family_of[relation] = family
    nodes = Counter(family_of.get(graph.value(node, GB.predicate)) for node in graph.subjects(RDF.type, GB.Relation))
    facts: Counter = Counter()
    for relation, family in family_of.items():
        pairs = {frozenset((s, o)) if relation in symmetric else (s, o) for s, o in graph.subject_objects(relation)}
        facts[family] += len(pairs)
    counts = []
    for family in set(nodes) | {f for f, n in facts.items() if n}:
        if family is None:
            continue
        counts.append(FamilyCount(family=str(graph.value(family, RDFS.label) or family),
                                  stance=str(graph.value(family, GB.stance) or "neutral"),
                                  relations=nodes[family], facts=facts[family]))
    return tuple(sorted(counts, key=lambda f: (-f.relations, -f.facts, f.family)))


def _sources(graph: Graph, source_of) -> tuple[SourceCount, ...]:
    articles: Counter = Counter()
    relations: Counter = Counter()
    statements: Counter = Counter()
    for article in graph.subjects(RDF.type, GB.Article):
        articles[source_of(article)] += 1
    for counter, kind in ((relations, GB.Relation), (statements, GB.Statement)):
        for node in graph.subjects(RDF.type, kind):
            article = graph.value(node, GB.article)
            if article is not None:
                counter[source_of(article)] += 1
    rows = [SourceCount(source, articles[source], relations[source], statements[source]) for source in articles]
    return tuple(sorted(rows, key=lambda s: (-s.articles, -s.relations, s.source)))


def _section(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    if not rows:
        return [title, "  (none)", ""]
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(len(header))]
    figures = [all(_is_figure(r[i]) for r in rows) for i in range(len(header))]

    def line(values: tuple[str, ...]) -> str:
        # text left-aligned, figures right-aligned
        cells = [v.rjust(w) if figure else v.ljust(w) for v, w, figure in zip(values, widths, figures)]
        return ("  " + "  ".join(cells)).rstrip()

    return [title, line(header), *(line(r) for r in rows), ""]


def _is_figure(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
