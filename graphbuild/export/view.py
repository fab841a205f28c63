"""RDF graph -> networkx view: the actors, their direct relations with evidence, and their quotes.

The view is what the HTML page draws. It is read from the RDF alone, so it can be made from any
graph.ttl, not only during a build. Its attributes (export/html.py reads nothing else):

- node (the entity's IRI): ``label``, ``kind`` (Person, Organization, Country, Place, Group or
  Topic), ``names`` (other names), ``titles``, ``articles`` (titles of the articles that mention
  it), ``quotes`` (``text``, ``cue``, ``article``) and ``centrality`` (see :func:`centrality`);
- edge (keyed by relation): ``relation``, ``family``, ``stance`` (cooperative, conflictual or
  neutral), ``confidence`` and ``evidence`` (``sentence``, ``article``, ``polarity``,
  ``confidence``; strongest first; both edges of a symmetric relation carry the evidence of either).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from graphbuild.namespace import GB

if TYPE_CHECKING:
    import networkx as nx

# Predicates of a build's graph that the view never reads: a build leaves them out of the graph it
# makes the view from, which is then faster to fill (they are over a third of the triples).
UNREAD = frozenset({PROV.wasDerivedFrom, PROV.wasGeneratedBy, GB.startOffset, GB.endOffset, GB.direct,
                    GB.mentionedAs, GB.describedAs, GB.edge, GB.eventDate, GB.rule, GB.disputed, GB.numArticles,
                    GB.numDisputing, GB.numMentions, GB.numSources, GB.eventCode, GB.eventBaseCode,
                    GB.eventRootCode, GB.goldstein, GB.quadClass, GB.actorCode})

KINDS = {GB.Person: "Person", GB.Organization: "Organization", GB.Country: "Country",
         GB.Place: "Place", GB.Group: "Group", GB.Topic: "Topic"}


def graph_view(graph: Graph) -> "nx.MultiDiGraph":
    """One node per entity that relates to something or speaks; one edge per direct relation."""
    import networkx as nx

    families = _families(graph)
    evidence = _evidence(graph)
    quotes = _quotes(graph)
    symmetric = set(graph.subjects(RDF.type, OWL.SymmetricProperty))
    view = nx.MultiDiGraph()

    def add_node(node: URIRef) -> None:
        if str(node) not in view:
            view.add_node(str(node), **_node_data(graph, node, quotes.get(node, [])))

    for predicate, (relation, family, stance) in sorted(families.items()):
        for subject, obj in sorted(graph.subject_objects(predicate)):
            if not isinstance(obj, URIRef) or (subject, RDF.type, GB.Article) in graph:
                continue
            add_node(subject)
            add_node(obj)
            found = evidence.get((subject, predicate, obj), [])
            if predicate in symmetric and subject != obj:  # one fact, written both ways
                found = found + evidence.get((obj, predicate, subject), [])
            items = sorted(found, key=lambda e: (-e["confidence"], e["article"], e["sentence"]))
            view.add_edge(str(subject), str(obj), key=relation, relation=relation, family=family, stance=stance,
                          confidence=max((e["confidence"] for e in items), default=0.0), evidence=items)
    for speaker in sorted(quotes):
        add_node(speaker)
    nx.set_node_attributes(view, centrality(view), "centrality")
    return view


def centrality(view: "nx.MultiDiGraph") -> dict[str, float]:
    """Degree centrality of each node: the share of the other nodes it has a relation with.

    Direction is dropped, so an actor counts for what it does as much as for what is done to
    it, and several relations with one neighbour count once. Rounded so that the same view
    gives the same figures whatever its node order.

    >>> centrality(graph_view(graph))["https://w3id.org/graphbuild/resource/Donald_Trump"]  # doctest: +SKIP
    0.25
    """
    import networkx as nx

    pairs = nx.Graph()
    pairs.add_nodes_from(view.nodes)
    pairs.add_edges_from((u, v) for u, v in view.edges() if u != v)
    return {node: round(score, 6) for node, score in nx.degree_centrality(pairs).items()}


def _families(graph: Graph) -> dict[URIRef, tuple[str, str, str]]:
    """relation property -> (its label, its family's label, the family's stance)."""
    found = {}
    for family in graph.subjects(RDF.type, GB.RelationFamily):
        stance = str(graph.value(family, GB.stance) or "neutral")
        family_label = str(graph.value(family, RDFS.label) or family)
        for relation in graph.subjects(RDFS.subPropertyOf, family):
            found[relation] = (str(graph.value(relation, RDFS.label) or relation), family_label, stance)
    return found


def _article_title(graph: Graph, article) -> str:
    return str(graph.value(article, RDFS.label) or article)


def _evidence(graph: Graph) -> dict[tuple, list[dict]]:
    found: dict[tuple, list[dict]] = defaultdict(list)
    for node in graph.subjects(RDF.type, GB.Relation):
        key = (graph.value(node, GB.subject), graph.value(node, GB.predicate), graph.value(node, GB.object))
        found[key].append({
            "sentence": str(graph.value(node, GB.evidence) or ""),
            "article": _article_title(graph, graph.value(node, GB.article)),
            "polarity": str(graph.value(node, GB.polarity) or "asserted"),
            "confidence": float(graph.value(node, GB.confidence) or 0),
        })
    return found


def _quotes(graph: Graph) -> dict[URIRef, list[dict]]:
    found: dict[URIRef, list[dict]] = defaultdict(list)
    for node in sorted(graph.subjects(RDF.type, GB.Statement)):
        speaker = graph.value(node, GB.speaker)
        if speaker is not None:
            found[speaker].append({
                "text": str(graph.value(node, GB.text) or ""),
                "cue": str(graph.value(node, GB.cue) or ""),
                "article": _article_title(graph, graph.value(node, GB.article)),
            })
    return found


def _node_data(graph: Graph, node: URIRef, quotes: list[dict]) -> dict:
    kind = next((KINDS[t] for t in graph.objects(node, RDF.type) if t in KINDS), "Organization")
    return {
        "label": str(graph.value(node, RDFS.label) or node),
        "kind": kind,
        "names": sorted(str(n) for n in graph.objects(node, SKOS.altLabel)),
        "titles": sorted(str(t) for t in graph.objects(node, GB.title)),
        "articles": sorted({_article_title(graph, a) for a in graph.objects(node, GB.mentionedIn)}),
        "quotes": quotes,
    }
