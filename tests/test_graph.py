"""The built graph of the seeds: its shape, the done-when queries, and both output files."""

from __future__ import annotations

from html.parser import HTMLParser
import json
import re

from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from graphbuild.namespace import GB
from graphbuild.query import run_query

RELATION_BY_LABELS = """
SELECT ?evidence ?polarity WHERE {
  ?s rdfs:label ?subject . ?o rdfs:label ?object .
  ?s ?p ?o . ?p rdfs:label ?relation .
  ?r a gb:Relation ; gb:subject ?s ; gb:predicate ?p ; gb:object ?o ; gb:evidence ?evidence ; gb:polarity ?polarity .
  FILTER (CONTAINS(?subject, "%s") && ?relation = "%s" && CONTAINS(?object, "%s"))
}"""


def rows(graph, query):
    return list(run_query(graph, query))


def test_done_when_trump_contradicts_tillerson(seeds_build):
    _, graph, _ = seeds_build
    found = rows(graph, RELATION_BY_LABELS % ("Trump", "contradicts", "Tillerson"))
    assert found, "Trump -contradicts- Tillerson not found by labels"


def test_done_when_china_supports_dialogue(seeds_build):
    _, graph, _ = seeds_build
    found = rows(graph, RELATION_BY_LABELS % ("China", "supports", "dialogue"))
    assert found
    topic = next(graph.subjects(RDFS.label, Literal("dialogue")))
    assert (topic, RDF.type, GB.Topic) in graph


def test_every_entity_has_a_type_a_label_and_its_other_names(seeds_build):
    _, graph, _ = seeds_build
    entities = {s for cls in (GB.Person, GB.Organization, GB.Country, GB.Place, GB.Group, GB.Topic)
                for s in graph.subjects(RDF.type, cls)}
    assert len(entities) > 30
    for entity in entities:
        assert len(list(graph.objects(entity, RDFS.label))) == 1, entity
    trump = next(graph.subjects(RDFS.label, Literal("Donald Trump")))
    assert (trump, RDF.type, GB.Person) in graph
    assert Literal("Trump") in set(graph.objects(trump, SKOS.altLabel))


def test_one_node_per_referent_across_the_two_seeds(seeds_build):
    _, graph, _ = seeds_build
    kim = next(graph.subjects(RDFS.label, Literal("Kim Jong Un")))
    assert {"Kim Jong-un", "Kim"} <= {str(n) for n in graph.objects(kim, SKOS.altLabel)}
    assert len(set(graph.objects(kim, GB.mentionedIn))) == 2
    father = next(graph.subjects(RDFS.label, Literal("Kim Jong Il")))
    assert father != kim
    countries = [str(graph.value(c, RDFS.label)) for c in graph.subjects(RDF.type, GB.Country)]
    assert countries.count("United States") == 1 and "US" not in countries and "U.S." not in countries


def test_relation_nodes_carry_evidence_and_match_direct_triples(seeds_build):
    _, graph, _ = seeds_build
    nodes = list(graph.subjects(RDF.type, GB.Relation))
    assert len(nodes) > 20
    for node in nodes:
        subject, predicate, obj = (graph.value(node, p) for p in (GB.subject, GB.predicate, GB.object))
        article = graph.value(node, GB.article)
        assert None not in (subject, predicate, obj, article)
        assert (article, RDF.type, GB.Article) in graph
        assert str(graph.value(node, GB.evidence))
        assert 0 < float(graph.value(node, GB.confidence)) <= 1
        polarity = str(graph.value(node, GB.polarity))
        assert polarity in {"asserted", "negated", "hedged"}
        reported = graph.value(node, GB.reportedIn)
        claim = reported is not None and graph.value(reported, GB.speaker) != subject
        if polarity != "negated" and not claim and graph.value(node, GB.former) is None:
            assert (subject, predicate, obj) in graph, graph.value(node, RDFS.label)


def test_a_former_role_is_a_relation_node_marked_former_without_a_plain_triple(tmp_path):
    from graphbuild.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Former U.S. President Ali Demir met French President Maria Lopez in Paris on Monday.\n", encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    roles = {str(graph.value(node, RDFS.label)): graph.value(node, GB.former)
             for node in graph.subjects(RDF.type, GB.Relation) if graph.value(node, GB.predicate) == GB.leaderOf}
    assert roles == {"Ali Demir leaderOf United States": Literal(True), "Maria Lopez leaderOf France": None}
    leaders = {str(graph.value(s, RDFS.label)) for s in graph.subjects(GB.leaderOf, None)}
    assert leaders == {"Maria Lopez"}


def test_evidence_offsets_point_into_the_article_as_given(seeds_build):
    from graphbuild.ingest import read_articles
    from tests.conftest import SEEDS

    _, graph, _ = seeds_build
    originals = {a.origin.file.rsplit("/", 1)[-1]: a.original for a in read_articles([SEEDS])}
    checked = 0
    for node in graph.subjects(RDF.type, GB.Relation):
        file = str(graph.value(graph.value(node, GB.article), GB.sourceFile)).rsplit("/", 1)[-1]
        start, end = int(graph.value(node, GB.startOffset)), int(graph.value(node, GB.endOffset))
        given = originals[file][start:end]
        words = lambda text: re.findall(r"[A-Za-z]+", text)[:4]  # noqa: E731 - repair changes apostrophes only
        assert words(given) == words(str(graph.value(node, GB.evidence))), (given, graph.value(node, GB.evidence))
        checked += 1
    assert checked > 20


def test_statements_have_text_speaker_article_and_cue(seeds_build):
    _, graph, _ = seeds_build
    statements = list(graph.subjects(RDF.type, GB.Statement))
    assert len(statements) > 20
    for node in statements:
        assert graph.value(node, GB.text) and graph.value(node, GB.cue) and graph.value(node, GB.article)
        assert graph.value(node, GB.speaker) is not None
    said_on_twitter = rows(graph, """SELECT ?t WHERE { ?s gb:speaker/rdfs:label "Donald Trump" ;
                                      gb:channel "Twitter" ; gb:text ?t }""")
    assert any("Tillerson" in str(t) for (t,) in said_on_twitter)


def test_articles_carry_metadata_and_origin(seeds_build):
    _, graph, _ = seeds_build
    found = {str(f): a for a in graph.subjects(RDF.type, GB.Article) for f in graph.objects(a, GB.sourceFile)}
    wsws = found["seeds/004_a09cafcacc64e707.txt"] if "seeds/004_a09cafcacc64e707.txt" in found else next(
        a for f, a in found.items() if f.endswith("004_a09cafcacc64e707.txt"))
    values = {str(p).rsplit("/", 1)[-1]: str(o) for p, o in graph.predicate_objects(wsws)}
    assert values["headline"] == "Trump rules out negotiations with North Korea"
    assert values["datePublished"] == "2017-10-02"
    assert values["author"] == "Peter Symonds"
    assert values["publisher"] == "World Socialist Web Site"
    reuters = next(a for f, a in found.items() if f.endswith("000_c9d06a2011bef856.txt"))
    assert str(graph.value(reuters, GB.dateline)) == "Washington"


def test_turtle_parses_back_to_an_isomorphic_graph(seeds_build):
    _, graph, out = seeds_build
    again = Graph().parse(data=(out / "graph.ttl").read_text(encoding="utf-8"), format="turtle")
    assert isomorphic(graph, again)


def test_build_is_deterministic(seeds_build, tmp_path):
    from graphbuild.pipeline import build
    from tests.conftest import SEEDS

    _, _, out = seeds_build
    build(sorted(SEEDS.iterdir(), reverse=True), tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []
        self.data: dict[str, str] = {}
        self._current: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            if attrs.get(key):
                self.sources.append(attrs[key])
        self._current = attrs.get("id") if tag == "script" else None

    def handle_data(self, data):
        if self._current:
            self.data[self._current] = self.data.get(self._current, "") + data


def test_html_view_is_offline_and_shows_the_relations(seeds_build):
    summary, graph, out = seeds_build
    page = (out / "graph.html").read_text(encoding="utf-8")
    tags = _Tags()
    tags.feed(page)
    assert not [s for s in tags.sources if s.startswith(("http:", "https:", "//"))]
    blocks = {key: json.loads(value) for key, value in tags.data.items() if value.strip().startswith(("[", "{"))}
    edges = next(v for v in blocks.values() if isinstance(v, list) and v and "from" in v[0])
    nodes = next(v for v in blocks.values() if isinstance(v, list) and v and "label" in v[0] and "from" not in v[0])
    labels = {n["label"] for n in nodes}
    assert {"Donald Trump", "Rex Tillerson", "China", "dialogue"} <= labels
    assert any(e.get("label") == "contradicts" for e in edges)
    tooltip = next(e["title"] for e in edges if e.get("label") == "contradicts")
    assert "seeming to contradict" in tooltip or "countermanding" in tooltip
