"""Records -> rdflib graphs typed by ontology/graphbuild.ttl: one named graph per article.

Shape (see the README for a worked example):
- every entity: rdf:type, rdfs:label (canonical name), skos:altLabel (every other name), gb:title,
  gb:mentionedIn, and in each article's graph gb:mentionedAs (the names that article writes) and gb:describedAs (the descriptions read as it); topics are skos:Concepts with skos:broader; actors carry CAMEO actor codes and
  owl:sameAs Wikidata where known;
- every relation twice: a direct triple (``gbr:Angela_Merkel gb:criticizes gbr:Russia``) and a
  gb:Relation node with subject, predicate, object, evidence sentence and offsets, article,
  confidence, polarity, rule, cue, CAMEO event code and event date. Negated relations and claims
  reported inside someone else's statement get the node only, never the direct triple;
- every subject-predicate-object: a gb:Edge counting the articles and sources that support it, and
  whether another article disputes it;
- every statement: gb:Statement with text, speaker (and co-speakers), cue, direct or not, channel, article, evidence;
- every article: gb:Article (schema:NewsArticle, prov:Entity) with headline, date, publisher, author,
  url, origin file and row/line, and the sha256 of its text; every relation and statement is
  prov:wasDerivedFrom its article and prov:wasGeneratedBy the build (a gb:Build, prov:Activity).

Named graphs: ``<base>graph/<article id>`` holds what was read from that article;
``<base>graph/entities`` the merged entity layer, the edges and the build; ``<base>graph/ontology``
the ontology. The flat union of all of them is graph.ttl.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.store import Store

from graphbuild import __version__
from graphbuild.knowledge import ontology_dir
from graphbuild.model import Article, Entity, Extraction, Kind, Polarity, Relation, Resolution
from graphbuild.namespace import GB, Terms

DEFAULT_BASE = "https://w3id.org/graphbuild/resource/"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PREFIXES = {
    "gb": Namespace(str(GB)),
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
    "schema": SDO, "prov": PROV, "sem": SEM, "dcterms": DCTERMS,
}
# the terms of every triple a build makes, each looked up once (see graphbuild.namespace.Terms)
GB, RDF, RDFS, OWL, XSD, SKOS, SDO, PROV, DCTERMS = (
    Terms(n) for n in (GB, RDF, RDFS, OWL, XSD, SKOS, SDO, PROV, DCTERMS))
KIND_CLASS = {
    Kind.PERSON: GB.Person, Kind.ORGANIZATION: GB.Organization, Kind.COUNTRY: GB.Country,
    Kind.PLACE: GB.Place, Kind.GROUP: GB.Group, Kind.TOPIC: GB.Topic,
}
ENTITY_LAYER = "graph/entities"
ONTOLOGY_LAYER = "graph/ontology"


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """What made a graph: recorded on its gb:Build."""

    software: str = f"graphbuild {__version__}"
    model: str = "unknown"         # the spaCy model and version, 'core_web_sm 3.8.0'


class Layer(list):
    """One named graph's triples in the order they were made; a repeat is dropped when written.

    A list rather than an rdflib Graph: a build makes a quarter of a million triples, and an
    rdflib store indexes each on add, then again when the layers are joined into the union."""

    def add(self, triple: tuple) -> None:
        self.append(triple)

    def lines(self) -> list[str]:
        """The layer as N-Triples lines (without the newline), in order, repeats kept."""
        return [nt_line(*triple) for triple in self]


@dataclass(frozen=True)
class NamedGraphs:
    """A build's graph as named graphs, sorted by name; ``union()`` is the flat rdflib graph."""

    graphs: tuple[tuple[URIRef, Layer], ...]
    build: URIRef
    base: str
    prefixes: Graph | None = None
    _union: dict = field(default_factory=dict, compare=False, repr=False)
    _lines: dict = field(default_factory=dict, compare=False, repr=False)
    _quads: list = field(default_factory=list, compare=False, repr=False)

    def union(self, store: str = "Memory", *, without: frozenset = frozenset()) -> Graph:
        """The flat union as an rdflib Graph in ``store``. A "SimpleMemory" graph (see ``FlatStore``)
        is made faster, reads the same and is checked faster by pyshacl; "Memory" is rdflib's default.
        ``without``: predicates whose triples a reader does not need, left out."""
        if (store, without) not in self._union:
            triples = ((s, p, o) for _, layer in self.graphs for s, p, o in layer if p not in without)
            if store == "SimpleMemory":
                graph = new_graph(self.base, like=self.prefixes, store=FlatStore(), kind=FlatGraph)
                graph.store.fill(triples)
            else:
                graph = new_graph(self.base, like=self.prefixes, store=store)
                graph.addN((s, p, o, graph) for s, p, o in triples)
            self._union[store, without] = graph
        return self._union[store, without]

    def lines(self, name: URIRef) -> list[str]:
        """The named graph ``name`` as N-Triples lines, each once, sorted (made for every named graph
        at the first call: the files need them all)."""
        if name not in self._lines:
            self._lines.update({n: sorted(set(layer.lines())) for n, layer in self.graphs if n not in self._lines})
        return self._lines[name]

    def nquads(self) -> bytes:
        """Every named graph as one N-Quads document, a sorted line per quad. graph.trig and graph.nq
        are both made from it, so it is encoded once (0.4 s of the corpus's write stage)."""
        if not self._quads:
            lines = sorted(f"{line[:-2]} <{name}> ." for name, _ in self.graphs for line in self.lines(name))
            self._quads.append(("\n".join(lines) + "\n").encode("utf-8"))
        return self._quads[0]

    def union_lines(self) -> list[str]:
        """The flat union as N-Triples lines, each once, sorted."""
        if None not in self._lines:
            # the sorted layers are runs that sorting merges; then the repeats are next to each other
            self._lines[None] = list(dict.fromkeys(sorted(chain.from_iterable(self.lines(n) for n, _ in self.graphs))))
        return self._lines[None]


_NO_CONTEXTS = ()


class FlatStore(SimpleMemory):
    """rdflib's SimpleMemory store (three indexes, no named graphs) that lets pyshacl wrap it: pyshacl
    views every data graph as a Dataset, which asks for a context- and graph-aware store. A flat graph
    has no contexts to give, so it reports none; its triples, lookups and length are SimpleMemory's."""

    context_aware = True
    graph_aware = True

    def contexts(self, triple=None):
        return iter(())

    def triples(self, triple_pattern, context=None):
        """SimpleMemory's lookups, without its per-triple costs: a check of an unbound term against
        rdflib's ANY (None) by ``is``, not by the term's ``__ne__``, and one shared empty tuple for
        the contexts a flat graph does not have. The SHACL check makes millions of these calls."""
        subject, predicate, obj = triple_pattern
        if subject is not None:
            by_predicate = self._SimpleMemory__spo.get(subject)
            if by_predicate is None:
                return
            for p in (by_predicate if predicate is None else (predicate,) if predicate in by_predicate else ()):
                objects = by_predicate[p]
                if obj is None:
                    for o in objects:
                        yield (subject, p, o), _NO_CONTEXTS
                elif obj in objects:
                    yield (subject, p, obj), _NO_CONTEXTS
        elif predicate is not None:
            by_object = self._SimpleMemory__pos.get(predicate)
            if by_object is None:
                return
            for o in (by_object if obj is None else (obj,) if obj in by_object else ()):
                for s in by_object[o]:
                    yield (s, predicate, o), _NO_CONTEXTS
        elif obj is not None:
            for s, predicates in self._SimpleMemory__osp.get(obj, {}).items():
                for p in predicates:
                    yield (s, p, obj), _NO_CONTEXTS
        else:
            for s, by_predicate in self._SimpleMemory__spo.items():
                for p, objects in by_predicate.items():
                    for o in objects:
                        yield (s, p, o), _NO_CONTEXTS

    _size: int | None = None

    def add(self, triple, context, quoted=False) -> None:
        self._size = None
        super().add(triple, context, quoted)

    def remove(self, triple_pattern, context=None) -> None:
        self._size = None
        super().remove(triple_pattern, context)

    def fill(self, triples: Iterable[tuple]) -> None:
        """Add many triples of rdflib terms at once: SimpleMemory's three indexes, filled without the
        per-triple checks and calls of ``Graph.addN`` (a build's union is a third of a million triples)."""
        self._size = None
        spo, pos, osp = self._SimpleMemory__spo, self._SimpleMemory__pos, self._SimpleMemory__osp
        for s, p, o in triples:
            if (by_predicate := spo.get(s)) is None:
                by_predicate = spo[s] = {}
            if (objects := by_predicate.get(p)) is None:
                objects = by_predicate[p] = {}
            objects[o] = 1
            if (by_object := pos.get(p)) is None:
                by_object = pos[p] = {}
            if (subjects := by_object.get(o)) is None:
                subjects = by_object[o] = {}
            subjects[s] = 1
            if (by_subject := osp.get(o)) is None:
                by_subject = osp[o] = {}
            if (predicates := by_subject.get(s)) is None:
                predicates = by_subject[s] = {}
            predicates[p] = 1

    def __len__(self, context=None) -> int:
        """Counted once until the store changes (pyshacl asks for it a dozen times)."""
        if self._size is None:
            self._size = sum(len(objects) for by_predicate in self._SimpleMemory__spo.values()
                             for objects in by_predicate.values())
        return self._size

    def add_graph(self, graph) -> None:
        pass

    def remove_graph(self, graph) -> None:
        pass


class FlatGraph(Graph):
    """An rdflib Graph over a ``FlatStore`` that answers its commonest lookups from the store's
    indexes: the objects of a subject's property, the subjects with a property's value. The SHACL
    check asks about half a million of them; through ``Graph.triples`` each is three generators deep.
    Other lookups are rdflib's."""

    def objects(self, subject=None, predicate=None, unique=False):
        if subject is not None and type(predicate) is URIRef and not isinstance(subject, list):
            by_predicate = self.store._SimpleMemory__spo.get(subject)
            return iter(tuple(by_predicate.get(predicate, ()))) if by_predicate else iter(())
        return super().objects(subject, predicate, unique)

    def subjects(self, predicate=None, object=None, unique=False):
        if object is not None and type(predicate) is URIRef and not isinstance(object, list):
            by_object = self.store._SimpleMemory__pos.get(predicate)
            return iter(tuple(by_object.get(object, ()))) if by_object else iter(())
        return super().subjects(predicate, object, unique)

    def adopt(self, other: Graph) -> FlatGraph:
        """``other``'s triples in a new FlatGraph, with this graph's own objects for the properties
        and classes they share. A dict lookup finds an identical key without calling rdflib's
        ``__eq__``, which the SHACL check would otherwise call millions of times, as the shapes name
        the data's properties and classes with term objects of their own."""
        by_predicate = self.store._SimpleMemory__pos
        own = {term: term for term in by_predicate}
        own.update((term, term) for term in by_predicate.get(RDF.type, ()))
        copy = new_graph(like=other, store=FlatStore(), kind=FlatGraph)
        copy.store.fill((own.get(s, s), own.get(p, p), own.get(o, o)) for s, p, o in other)
        return copy


def nt_line(subject, predicate, obj) -> str:
    """One N-Triples line, without its newline, as rdflib's N-Triples writer makes it. An IRI is
    written as it is (``URIRef.n3`` would check its characters again on each of a build's million
    terms; the N-Triples parse behind graph.ttl rejects a bad one)."""
    head = f"{_nt_node(subject)} <{predicate}>"
    if type(obj) is URIRef:
        return f"{head} <{obj}> ."
    if isinstance(obj, Literal):
        text = '"%s"' % obj.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        if obj.language:
            text += f"@{obj.language}"
        elif obj.datatype:
            text += f"^^<{obj.datatype}>"
        return f"{head} {text} ."
    return f"{head} {obj.n3()} ."


def _nt_node(term) -> str:
    return f"<{term}>" if type(term) is URIRef else term.n3()


@lru_cache(maxsize=1 << 16, typed=True)
def _cached_literal(value: str | int | bool, datatype: URIRef | None) -> Literal:
    return Literal(value, datatype=datatype)


def _literal(value, datatype: URIRef | None = None) -> Literal:
    """``Literal(value, datatype=datatype)``, made once for each text, number or truth value: a build
    makes about 190,000 literals of some 40,000 values (cues, rules, offsets, confidences), and
    rdflib's constructor is a third of the time spent making its triples. Other values (a float's
    -0.0 equals 0.0 but is written otherwise) are made each time."""
    if type(value) in (str, int, bool):
        return _cached_literal(value, datatype)
    return Literal(value, datatype=datatype)


def new_graph(base: str = DEFAULT_BASE, *, like: Graph | None = None, store: str | Store = "Memory",
              kind: type[Graph] = Graph) -> Graph:
    """A graph (of class ``kind``) with our prefixes bound (and only those: every bound prefix costs each
    qname lookup when Turtle is written), in the rdflib ``store`` named or given. Graphs made ``like``
    another share its prefixes and their qname cache."""
    if like is not None:
        graph = kind(store=store)
        graph.namespace_manager = like.namespace_manager
        return graph
    graph = kind(store=store, bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.bind("gbr", Namespace(base), override=True)
    return graph


def ontology_graph() -> Graph:
    return Graph().parse(ontology_dir() / "graphbuild.ttl", format="turtle")


def build_graph(extractions: Iterable[Extraction], resolution: Resolution, *, base: str = DEFAULT_BASE,
                with_ontology: bool = True, info: BuildInfo = BuildInfo()) -> Graph:
    """The whole graph of a build as one flat graph."""
    return build_graphs(extractions, resolution, base=base, with_ontology=with_ontology, info=info).union()


def build_graphs(extractions: Iterable[Extraction], resolution: Resolution, *, base: str = DEFAULT_BASE,
                 with_ontology: bool = True, info: BuildInfo = BuildInfo()) -> NamedGraphs:
    """The graph of a build, one named graph per article plus the entity layer and the ontology."""
    extractions = sorted(extractions, key=lambda e: e.article.id)
    ns = Namespace(base)
    ontology = ontology_graph()
    symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    entities = {e.id: e for e in resolution.entities}
    build = ns["build_" + _digest(info.software, info.model, *(e.article.id for e in extractions))]

    layers: dict[URIRef, Layer] = {}
    prefixes = new_graph(base)      # the union and the files share its prefixes and qname cache
    edges: dict[tuple[str, str, str], list[tuple[Relation, Article]]] = defaultdict(list)
    for extraction in extractions:
        graph = Layer()
        _add_extraction(graph, ns, extraction, resolution, entities, build, edges)
        _materialize(graph, symmetric)
        layers[ns[f"graph/{extraction.article.id}"]] = graph

    entity_layer = Layer()
    roles = _roles(extractions, resolution, entities)
    for entity in resolution.entities:
        _add_entity(entity_layer, ns, entity, roles.get(entity.id, ()))
    _add_edges(entity_layer, ns, edges, entities)
    _add_build(entity_layer, build, info, [article_iri(ns, e.article) for e in extractions])
    layers[ns[ENTITY_LAYER]] = entity_layer
    if with_ontology:
        layers[ns[ONTOLOGY_LAYER]] = Layer(ontology)
    return NamedGraphs(tuple(sorted(layers.items())), build, base, prefixes)


def run_record(graphs: NamedGraphs, info: BuildInfo, *, started, ended) -> Graph:
    """out/build.ttl: when the build in ``graphs`` ran. The graph files hold the build's version,
    model and inputs under the same IRI; its times live here so that they stay byte-identical."""
    graph = new_graph(graphs.base)
    _describe_build(graph, graphs.build, info)
    graph.add((graphs.build, PROV.startedAtTime, _literal(started.isoformat(timespec="seconds"), XSD.dateTime)))
    graph.add((graphs.build, PROV.endedAtTime, _literal(ended.isoformat(timespec="seconds"), XSD.dateTime)))
    return graph


def _materialize(graph: Layer, symmetric: set) -> None:
    """'A meets B' is also 'B meets A', for simple queries."""
    graph.extend([(obj, predicate, subject) for subject, predicate, obj in graph if predicate in symmetric])


def _add_entity(graph: Layer, ns: Namespace, entity: Entity, roles) -> None:
    from graphbuild import coding

    node = ns[entity.id]
    graph.add((node, RDF.type, KIND_CLASS[entity.kind]))
    graph.add((node, RDFS.label, _literal(entity.name)))
    for name in sorted(entity.names - {entity.name}):
        graph.add((node, SKOS.altLabel, _literal(name)))
    for title in entity.titles:
        graph.add((node, GB.title, _literal(title)))
    if entity.kind is Kind.TOPIC:
        graph.add((node, SKOS.prefLabel, _literal(entity.name)))
        if entity.broader:
            graph.add((node, SKOS.broader, ns[entity.broader]))
        return
    for predicate, value in ((GB.actorCode, coding.actor_code(entity, roles)),
                             (GB.countryCode, coding.country_code(entity, roles))):
        if value:
            graph.add((node, predicate, _literal(value)))
    same = coding.wikidata(entity)
    if same:
        graph.add((node, OWL.sameAs, URIRef(same)))


def _roles(extractions: list[Extraction], resolution: Resolution, entities: dict[str, Entity]):
    """Entity id -> sorted (title, organisation entity or None) pairs from every article."""
    found: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    for extraction in extractions:
        article = extraction.article.id
        for role in extraction.roles:
            holder = resolution.members[(article, role.holder)]
            organization = resolution.members[(article, role.organization)] if role.organization else None
            found[holder].add((role.title, organization))
    return {holder: tuple((title, entities[org] if org else None) for title, org in sorted(pairs, key=str))
            for holder, pairs in found.items()}


def article_iri(ns: Namespace, article: Article) -> URIRef:
    return ns[f"article_{article.id}"]


def edge_iri(ns: Namespace, subject: str, predicate: str, obj: str) -> URIRef:
    return ns[f"edge/{subject}/{predicate}/{obj}"]


def _add_extraction(graph: Layer, ns: Namespace, extraction: Extraction, resolution: Resolution,
                    entities: dict[str, Entity], build: URIRef, edges) -> None:
    from graphbuild import coding

    article = extraction.article
    node = article_iri(ns, article)
    _add_article(graph, node, article)

    def entity_id(key: str) -> str:
        return resolution.members[(article.id, key)]

    def name_of(key: str) -> str:
        return entities[entity_id(key)].name

    def provenance(subject: URIRef) -> None:
        graph.add((subject, GB.article, node))
        graph.add((subject, PROV.wasDerivedFrom, node))
        graph.add((subject, PROV.wasGeneratedBy, build))

    for referent in extraction.referents:
        graph.add((ns[entity_id(referent.key)], GB.mentionedIn, node))
        for name in referent.written:     # also its own name, where the build calls the entity otherwise
            if name != name_of(referent.key):
                graph.add((ns[entity_id(referent.key)], GB.mentionedAs, _literal(name)))
        for description in referent.described:
            graph.add((ns[entity_id(referent.key)], GB.describedAs, _literal(description)))
        if referent.principal:
            graph.add((ns[entity_id(referent.key)], PROV.actedOnBehalfOf, ns[entity_id(referent.principal)]))

    statement_nodes = []
    for index, statement in enumerate(extraction.statements):
        statement_node = ns[f"statement_{_digest(article.id, 's', index, statement.evidence.start, statement.text)}"]
        statement_nodes.append(statement_node)
        graph.add((statement_node, RDF.type, GB.Statement))
        graph.add((statement_node, GB.text, _literal(statement.text)))
        graph.add((statement_node, GB.cue, _literal(statement.cue)))
        graph.add((statement_node, GB.direct, _literal(statement.direct)))
        provenance(statement_node)
        _add_evidence(graph, statement_node, statement.evidence)
        if statement.speaker:
            graph.add((statement_node, GB.speaker, ns[entity_id(statement.speaker)]))
            graph.add((statement_node, RDFS.label, _literal(f"{name_of(statement.speaker)}: {_short(statement.text)}")))
        for other in statement.co_speakers:
            graph.add((statement_node, GB.coSpeaker, ns[entity_id(other)]))
        if statement.source:
            graph.add((statement_node, GB.accordingTo, ns[entity_id(statement.source)]))
        if statement.channel:
            graph.add((statement_node, GB.channel, _literal(statement.channel)))

    for relation in extraction.relations:
        subject_id, object_id = entity_id(relation.subject), entity_id(relation.object)
        subject, obj = ns[subject_id], ns[object_id]
        predicate = GB[relation.predicate]
        # a denial in the same sentence is a node of its own (extract._unique)
        denied = ("negated",) if relation.polarity is Polarity.NEGATED else ()
        digest = _digest(article.id, relation.subject, relation.predicate, relation.object, relation.evidence.start,
                         *denied)
        relation_node = ns[f"relation_{digest}"]
        graph.add((relation_node, RDF.type, GB.Relation))
        graph.add((relation_node, GB.subject, subject))
        graph.add((relation_node, GB.predicate, predicate))
        graph.add((relation_node, GB.object, obj))
        provenance(relation_node)
        graph.add((relation_node, GB.confidence, _literal(str(relation.confidence), XSD.decimal)))
        graph.add((relation_node, GB.polarity, _literal(relation.polarity.value)))
        graph.add((relation_node, GB.rule, _literal(relation.rule)))
        graph.add((relation_node, GB.cue, _literal(relation.cue)))
        if relation.former:
            graph.add((relation_node, GB.former, _literal(True)))
        label = f"{name_of(relation.subject)} {relation.predicate} {name_of(relation.object)}"
        graph.add((relation_node, RDFS.label, _literal(label)))
        _add_evidence(graph, relation_node, relation.evidence)
        _add_event(graph, relation_node, relation, coding)
        key = (subject_id, relation.predicate, object_id)
        graph.add((relation_node, GB.edge, edge_iri(ns, *key)))
        edges[key].append((relation, article))
        reported = extraction.is_reported(relation)
        if relation.statement is not None:
            graph.add((relation_node, GB.reportedIn, statement_nodes[relation.statement]))
        if relation.polarity is not Polarity.NEGATED and not reported and not relation.former:
            graph.add((subject, predicate, obj))


def _add_event(graph: Layer, node: URIRef, relation: Relation, coding) -> None:
    """CAMEO coding and the date of the event, as GDELT and ICEWS record them."""
    event = coding.event_code(relation.predicate, relation.polarity, relation.cue)
    if event is not None:
        graph.add((node, GB.eventCode, _literal(event.code)))
        graph.add((node, GB.eventBaseCode, _literal(event.base)))
        graph.add((node, GB.eventRootCode, _literal(event.root)))
        graph.add((node, GB.quadClass, _literal(event.quad_class)))
        graph.add((node, GB.goldstein, _literal(str(event.goldstein), XSD.decimal)))
    if relation.date:
        graph.add((node, GB.eventDate, _literal(relation.date, XSD.date)))


def _add_edges(graph: Layer, ns: Namespace, edges, entities: dict[str, Entity]) -> None:
    """Corroboration: how many articles and sources support each edge, and which dispute it."""
    for (subject, predicate, obj), found in sorted(edges.items()):
        support = [(r, a) for r, a in found if r.polarity is not Polarity.NEGATED]
        against = {a.id for r, a in found if r.polarity is Polarity.NEGATED}
        articles = {a.id for _, a in support}
        node = edge_iri(ns, subject, predicate, obj)
        graph.add((node, RDF.type, GB.Edge))
        graph.add((node, RDFS.label, _literal(f"{entities[subject].name} {predicate} {entities[obj].name}")))
        graph.add((node, GB.subject, ns[subject]))
        graph.add((node, GB.predicate, GB[predicate]))
        graph.add((node, GB.object, ns[obj]))
        graph.add((node, GB.numMentions, _literal(len(support))))
        graph.add((node, GB.numArticles, _literal(len(articles))))
        graph.add((node, GB.numSources, _literal(len({a.publisher or a.origin.file for _, a in support}))))
        graph.add((node, GB.numDisputing, _literal(len(against))))
        # disputed: one article supports the edge and a different one negates or denies it
        graph.add((node, GB.disputed, _literal(bool(articles) and bool(against) and len(articles | against) > 1)))


def _describe_build(graph: Graph | Layer, build: URIRef, info: BuildInfo) -> None:
    graph.add((build, RDF.type, GB.Build))
    graph.add((build, RDF.type, PROV.Activity))
    graph.add((build, SDO.softwareVersion, _literal(info.software)))
    if info.model:
        graph.add((build, GB.model, _literal(info.model)))


def _add_build(graph: Layer, build: URIRef, info: BuildInfo, articles: list[URIRef]) -> None:
    _describe_build(graph, build, info)
    graph.add((build, RDFS.label, _literal(f"{info.software} build of {len(articles)} article"
                                          f"{'s' if len(articles) != 1 else ''}")))
    for article in articles:
        graph.add((build, PROV.used, article))


def _add_article(graph: Layer, node: URIRef, article: Article) -> None:
    graph.add((node, RDF.type, GB.Article))
    graph.add((node, RDF.type, SDO.NewsArticle))
    graph.add((node, RDF.type, PROV.Entity))
    label = article.title or f"{article.origin}"
    graph.add((node, RDFS.label, _literal(label)))
    graph.add((node, GB.sha256, _literal(article.digest())))
    if article.title:
        graph.add((node, SDO.headline, _literal(article.title)))
    if article.date:
        graph.add((node, SDO.datePublished, _literal(article.date, XSD.date)))
    for predicate, value in ((SDO.publisher, article.publisher), (SDO.author, article.author),
                             (SDO.articleSection, article.subject), (GB.dateline, article.dateline)):
        if value:
            graph.add((node, predicate, _literal(value)))
    if article.url:
        graph.add((node, SDO.url, _literal(article.url, XSD.anyURI)))
    graph.add((node, GB.sourceFile, _literal(article.origin.file)))
    if article.origin.row is not None:
        graph.add((node, GB.sourceRow, _literal(article.origin.row)))
    if article.origin.line is not None:
        graph.add((node, GB.sourceLine, _literal(article.origin.line)))


def _add_evidence(graph: Layer, node: URIRef, evidence) -> None:
    graph.add((node, GB.evidence, _literal(evidence.sentence)))
    graph.add((node, GB.startOffset, _literal(evidence.start)))
    graph.add((node, GB.endOffset, _literal(evidence.end)))


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
