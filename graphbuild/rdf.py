"""Records -> an rdflib Graph typed by ontology/graphbuild.ttl.

Shape (see the README for a worked example):
- every entity: rdf:type, rdfs:label (canonical name), skos:altLabel (every other name), gb:title,
  gb:mentionedIn; topics are skos:Concepts with skos:broader;
- every relation twice: a direct triple (``gbr:Angela_Merkel gb:criticizes gbr:Russia``) and a
  gb:Relation node with subject, predicate, object, evidence sentence and offsets, article,
  confidence, polarity, rule and cue. Negated relations and claims reported inside someone else's
  statement get the node only, never the direct triple;
- every statement: gb:Statement with text, speaker, cue, direct or not, channel, article, evidence;
- every article: gb:Article with headline, date, publisher, author, url, origin file and row/line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from graphbuild.knowledge import ontology_dir
from graphbuild.model import Article, Entity, Extraction, Kind, Polarity, Resolution
from graphbuild.namespace import GB

DEFAULT_BASE = "https://w3id.org/graphbuild/resource/"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PREFIXES = {
    "gb": Namespace(str(GB)),
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
    "schema": SDO, "prov": PROV, "sem": SEM,
}
KIND_CLASS = {
    Kind.PERSON: GB.Person, Kind.ORGANIZATION: GB.Organization, Kind.COUNTRY: GB.Country,
    Kind.PLACE: GB.Place, Kind.GROUP: GB.Group, Kind.TOPIC: GB.Topic,
}


def new_graph(base: str = DEFAULT_BASE) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.bind("gbr", Namespace(base), override=True)
    return graph


def ontology_graph() -> Graph:
    return Graph().parse(ontology_dir() / "graphbuild.ttl", format="turtle")


def build_graph(extractions: Iterable[Extraction], resolution: Resolution, *, base: str = DEFAULT_BASE,
                with_ontology: bool = True) -> Graph:
    """The whole graph of a build: ontology, entities, articles, relations and statements."""
    graph = new_graph(base)
    ontology = ontology_graph()
    if with_ontology:
        graph += ontology
    symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    ns = Namespace(base)
    entities = {e.id: e for e in resolution.entities}
    for entity in resolution.entities:
        _add_entity(graph, ns, entity)
    for extraction in extractions:
        _add_extraction(graph, ns, extraction, resolution, entities)
    for predicate in symmetric:     # 'A meets B' is also 'B meets A', for simple queries
        for subject, obj in list(graph.subject_objects(predicate)):
            graph.add((obj, predicate, subject))
    return graph


def _add_entity(graph: Graph, ns: Namespace, entity: Entity) -> None:
    node = ns[entity.id]
    graph.add((node, RDF.type, KIND_CLASS[entity.kind]))
    graph.add((node, RDFS.label, Literal(entity.name)))
    for name in sorted(entity.names - {entity.name}):
        graph.add((node, SKOS.altLabel, Literal(name)))
    for title in entity.titles:
        graph.add((node, GB.title, Literal(title)))
    if entity.kind is Kind.TOPIC:
        graph.add((node, SKOS.prefLabel, Literal(entity.name)))
        if entity.broader:
            graph.add((node, SKOS.broader, ns[entity.broader]))


def article_iri(ns: Namespace, article: Article) -> URIRef:
    return ns[f"article_{article.id}"]


def _add_extraction(graph: Graph, ns: Namespace, extraction: Extraction, resolution: Resolution,
                    entities: dict[str, Entity]) -> None:
    article = extraction.article
    node = article_iri(ns, article)
    _add_article(graph, node, article)

    def entity_of(key: str) -> URIRef:
        return ns[resolution.members[(article.id, key)]]

    def name_of(key: str) -> str:
        return entities[resolution.members[(article.id, key)]].name

    for referent in extraction.referents:
        graph.add((entity_of(referent.key), GB.mentionedIn, node))

    statement_nodes = []
    for index, statement in enumerate(extraction.statements):
        statement_node = ns[f"statement_{_digest(article.id, 's', index, statement.evidence.start, statement.text)}"]
        statement_nodes.append(statement_node)
        graph.add((statement_node, RDF.type, GB.Statement))
        graph.add((statement_node, GB.text, Literal(statement.text)))
        graph.add((statement_node, GB.cue, Literal(statement.cue)))
        graph.add((statement_node, GB.direct, Literal(statement.direct)))
        graph.add((statement_node, GB.article, node))
        _add_evidence(graph, statement_node, statement.evidence)
        if statement.speaker:
            graph.add((statement_node, GB.speaker, entity_of(statement.speaker)))
            graph.add((statement_node, RDFS.label, Literal(f"{name_of(statement.speaker)}: {_short(statement.text)}")))
        if statement.channel:
            graph.add((statement_node, GB.channel, Literal(statement.channel)))

    for relation in extraction.relations:
        subject, obj = entity_of(relation.subject), entity_of(relation.object)
        predicate = GB[relation.predicate]
        relation_node = ns[f"relation_{_digest(article.id, relation.subject, relation.predicate, relation.object, relation.evidence.start)}"]
        graph.add((relation_node, RDF.type, GB.Relation))
        graph.add((relation_node, GB.subject, subject))
        graph.add((relation_node, GB.predicate, predicate))
        graph.add((relation_node, GB.object, obj))
        graph.add((relation_node, GB.article, node))
        graph.add((relation_node, GB.confidence, Literal(Decimal(str(relation.confidence)), datatype=XSD.decimal)))
        graph.add((relation_node, GB.polarity, Literal(relation.polarity.value)))
        graph.add((relation_node, GB.rule, Literal(relation.rule)))
        graph.add((relation_node, GB.cue, Literal(relation.cue)))
        label = f"{name_of(relation.subject)} {relation.predicate} {name_of(relation.object)}"
        graph.add((relation_node, RDFS.label, Literal(label)))
        _add_evidence(graph, relation_node, relation.evidence)
        reported = extraction.is_reported(relation)
        if relation.statement is not None:
            graph.add((relation_node, GB.reportedIn, statement_nodes[relation.statement]))
        if relation.polarity is not Polarity.NEGATED and not reported:
            graph.add((subject, predicate, obj))


def _add_article(graph: Graph, node: URIRef, article: Article) -> None:
    graph.add((node, RDF.type, GB.Article))
    label = article.title or f"{article.origin}"
    graph.add((node, RDFS.label, Literal(label)))
    if article.title:
        graph.add((node, SDO.headline, Literal(article.title)))
    if article.date:
        graph.add((node, SDO.datePublished, Literal(article.date, datatype=XSD.date)))
    for predicate, value in ((SDO.publisher, article.publisher), (SDO.author, article.author),
                             (SDO.articleSection, article.subject), (GB.dateline, article.dateline)):
        if value:
            graph.add((node, predicate, Literal(value)))
    if article.url:
        graph.add((node, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    graph.add((node, GB.sourceFile, Literal(article.origin.file)))
    if article.origin.row is not None:
        graph.add((node, GB.sourceRow, Literal(article.origin.row)))
    if article.origin.line is not None:
        graph.add((node, GB.sourceLine, Literal(article.origin.line)))


def _add_evidence(graph: Graph, node: URIRef, evidence) -> None:
    graph.add((node, GB.evidence, Literal(evidence.sentence)))
    graph.add((node, GB.startOffset, Literal(evidence.start)))
    graph.add((node, GB.endOffset, Literal(evidence.end)))


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
