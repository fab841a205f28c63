"""Named graphs, PROV-O, corroboration and reproducible bytes (the event-graph outputs)."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF

from graphbuild.namespace import GB
from graphbuild.pipeline import build
from graphbuild.rdf import DEFAULT_BASE
from tests.conftest import REUTERS, WSWS

R = DEFAULT_BASE
SDO = Namespace("https://schema.org/")   # a plain Namespace: pytest probes module globals


@pytest.fixture(scope="module")
def out(seeds_build):
    return seeds_build[2]


@pytest.fixture(scope="module")
def quads(out):
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    return {(s, p, o, g) for s, p, o, g in dataset.quads() if g is not None}


def ask(graph: Graph, text: str) -> bool:
    return bool(graph.query("PREFIX gb: <https://w3id.org/graphbuild/ontology#>\n"
                            "PREFIX prov: <http://www.w3.org/ns/prov#>\n" + text).askAnswer)


def test_one_named_graph_per_article_plus_the_entity_layer_and_the_ontology(out, quads):
    names = {str(g) for *_, g in quads}
    articles = {str(a) for a in Graph().parse(out / "graph.ttl").subjects(RDF.type, GB.Article)}
    assert len(articles) == 2
    per_article = {R + "graph/" + a.rsplit("article_", 1)[1] for a in articles}
    assert names == per_article | {R + "graph/entities", R + "graph/ontology"}
    for article in articles:   # what was read from an article is in that article's graph
        graph = URIRef(R + "graph/" + article.rsplit("article_", 1)[1])
        relations = {s for s, p, o, g in quads if g == graph and p == RDF.type and o == GB.Relation}
        assert relations
        assert all((r, GB.article, URIRef(article), graph) in quads for r in relations)


def test_trig_nquads_and_turtle_hold_the_same_graph_for_rdflib_and_oxigraph(out, quads):
    import pyoxigraph as ox

    nquads = Dataset()
    nquads.parse(out / "graph.nq", format="nquads")
    assert {q for q in nquads.quads() if q[3] is not None} == quads
    flat = Graph().parse(out / "graph.ttl")
    union = Graph()
    for s, p, o, _ in quads:
        union.add((s, p, o))
    assert isomorphic(union, flat)
    for name, fmt, count in (("graph.trig", ox.RdfFormat.TRIG, len(quads)), ("graph.nq", ox.RdfFormat.N_QUADS, len(quads)),
                             ("graph.ttl", ox.RdfFormat.TURTLE, len(flat))):
        assert len(set(ox.parse(path=str(out / name), format=fmt))) == count, name


def test_articles_are_prov_entities_with_news_metadata_and_a_digest_of_their_text(seeds_build):
    _, graph, _ = seeds_build
    by_file = {str(graph.value(a, GB.sourceFile)).rsplit("/", 1)[-1]: a for a in graph.subjects(RDF.type, GB.Article)}
    reuters, wsws = by_file[REUTERS.name], by_file[WSWS.name]
    for article in by_file.values():
        assert {SDO.NewsArticle, PROV.Entity, GB.Article} <= set(graph.objects(article, RDF.type))
    assert str(graph.value(reuters, SDO.publisher)) == "Reuters"        # from its dateline
    assert str(graph.value(wsws, SDO.headline)) == "Trump rules out negotiations with North Korea"
    assert str(graph.value(wsws, SDO.author)) == "Peter Symonds"
    assert str(graph.value(wsws, SDO.datePublished)) == "2017-10-02"
    text = REUTERS.read_bytes().decode("utf-8")
    assert str(graph.value(reuters, GB.sha256)) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_every_relation_and_statement_comes_from_its_article_and_the_build(seeds_build):
    _, graph, out = seeds_build
    builds = set(graph.subjects(RDF.type, GB.Build))
    assert len(builds) == 1
    run = builds.pop()
    assert (run, RDF.type, PROV.Activity) in graph
    assert str(graph.value(run, SDO.softwareVersion)).startswith("graphbuild ")
    assert "3.8" in str(graph.value(run, GB.model))
    assert set(graph.objects(run, PROV.used)) == set(graph.subjects(RDF.type, GB.Article))
    for kind in (GB.Relation, GB.Statement):
        nodes = set(graph.subjects(RDF.type, kind))
        assert nodes
        for node in nodes:
            assert graph.value(node, PROV.wasDerivedFrom) == graph.value(node, GB.article) is not None
            assert graph.value(node, PROV.wasGeneratedBy) == run
    record = Graph().parse(out / "build.ttl")   # the times of the run, under the same IRI
    started, ended = record.value(run, PROV.startedAtTime), record.value(run, PROV.endedAtTime)
    assert started is not None and ended is not None and started.toPython() <= ended.toPython()
    assert graph.value(run, PROV.startedAtTime) is None     # not in the graph files: they stay reproducible


def edge(graph: Graph, subject: str, predicate: str, obj: str) -> URIRef:
    node = URIRef(f"{R}edge/{subject}/{predicate}/{obj}")
    assert (node, RDF.type, GB.Edge) in graph, node
    return node


def test_an_edge_two_publishers_report_is_corroborated_by_both(seeds_build):
    _, graph, _ = seeds_build
    node = edge(graph, "Donald_Trump", "contradicts", "Rex_Tillerson")
    assert graph.value(node, GB.numArticles) == Literal(2)
    assert graph.value(node, GB.numSources) == Literal(2)      # Reuters and the World Socialist Web Site
    assert graph.value(node, GB.numMentions).toPython() >= 2
    assert graph.value(node, GB.disputed) == Literal(False)


def test_an_edge_one_article_asserts_and_another_denies_is_disputed(seeds_build):
    """One seed reports that Trump undercut Tillerson; in the other, Tillerson's spokesman denies it."""
    _, graph, _ = seeds_build
    node = edge(graph, "Donald_Trump", "undermines", "Rex_Tillerson")
    assert graph.value(node, GB.disputed) == Literal(True)
    assert graph.value(node, GB.numArticles) == Literal(1) and graph.value(node, GB.numDisputing) == Literal(1)
    assert not ask(graph, """ASK { ?e a gb:Edge; gb:disputed true; gb:numDisputing 0 }""")


def test_every_relation_points_to_the_edge_it_is_evidence_for(seeds_build):
    _, graph, _ = seeds_build
    assert not ask(graph, """ASK { ?r a gb:Relation FILTER NOT EXISTS { ?r gb:edge ?e } }""")
    assert not ask(graph, """ASK { ?r a gb:Relation; gb:edge ?e; gb:subject ?s; gb:predicate ?p; gb:object ?o
                                   FILTER NOT EXISTS { ?e gb:subject ?s; gb:predicate ?p; gb:object ?o } }""")
    counted = graph.query("""PREFIX gb: <https://w3id.org/graphbuild/ontology#>
        SELECT ?e ?n (COUNT(DISTINCT ?a) AS ?found) WHERE {
            ?e a gb:Edge; gb:numArticles ?n .
            OPTIONAL { ?r gb:edge ?e; gb:article ?a; gb:polarity ?pol FILTER(?pol != "negated") }
        } GROUP BY ?e ?n""")
    for row in counted:
        assert row.n.toPython() == row.found.toPython(), row.e


def test_the_same_inputs_give_the_same_bytes_whatever_their_order(seeds_build, tmp_path):
    _, _, whole = seeds_build
    build([WSWS, REUTERS], tmp_path / "reversed")
    for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.html"):
        assert (tmp_path / "reversed" / name).read_bytes() == (whole / name).read_bytes(), name


# ------------------------------------------------------------------ event coding, end to end

def test_relations_carry_cameo_codes_from_the_table_and_dates_from_the_text(seeds_build):
    _, graph, _ = seeds_build
    rows = graph.query("""PREFIX gb: <https://w3id.org/graphbuild/ontology#>
        SELECT ?label ?code ?root ?quad ?goldstein ?date WHERE {
            ?r a gb:Relation; rdfs:label ?label; gb:eventCode ?code; gb:eventRootCode ?root;
               gb:quadClass ?quad; gb:goldstein ?goldstein OPTIONAL { ?r gb:eventDate ?date } }""")
    coded = {(str(r.label), str(r.code)): r for r in rows}
    assert len(coded) >= 20
    for row in coded.values():
        assert str(row.code).startswith(str(row.root)) and 1 <= row.quad.toPython() <= 4
        assert -10 <= row.goldstein.toPython() <= 10
    assert ("China sanctions North Korea", "163") in coded          # impose embargo, boycott or sanctions
    assert coded[("China sanctions North Korea", "163")].quad.toPython() == 4
    threats = [r for (label, code), r in coded.items() if label.startswith("Donald Trump threatens") and code == "130"]
    assert threats
    # 'Rex Tillerson ... trying to negotiate' told 'yesterday' in an article of 2 October 2017
    dates = {str(r.date) for r in graph.query("""PREFIX gb: <https://w3id.org/graphbuild/ontology#>
        SELECT ?date WHERE { ?r rdfs:label "Rex Tillerson negotiatesWith Kim Jong Un"; gb:eventDate ?date }""")}
    assert "2017-10-01" in dates


def test_actors_carry_cameo_actor_codes_and_wikidata_links(seeds_build):
    _, graph, _ = seeds_build
    OWL_SAME = URIRef("http://www.w3.org/2002/07/owl#sameAs")
    actor = {str(graph.value(e, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))): e
             for e in graph.subjects(GB.actorCode, None)}
    assert str(graph.value(actor["Donald Trump"], GB.actorCode)) == "USAGOV"
    assert str(graph.value(actor["Kim Jong Un"], GB.actorCode)) == "PRKGOV"
    assert str(graph.value(actor["North Korea"], GB.actorCode)) == "PRK"
    assert str(graph.value(actor["North Korea"], GB.countryCode)) == "PRK"
    assert graph.value(actor["North Korea"], OWL_SAME) == URIRef("http://www.wikidata.org/entity/Q423")
    assert graph.value(actor["United States"], OWL_SAME) == URIRef("http://www.wikidata.org/entity/Q30")


def test_the_gdelt_export_has_one_row_per_coded_relation(seeds_build, tmp_path):
    import csv

    from typer.testing import CliRunner

    from graphbuild.cli import app

    _, graph, out = seeds_build
    target = tmp_path / "events.tsv"
    result = CliRunner().invoke(app, ["export", str(out), "--format", "gdelt", "--output", str(target)])
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    coded = set(graph.subjects(GB.eventCode, None))
    assert len(rows) == len(coded)
    assert len(rows[0]) == 61 and list(rows[0])[:2] == ["GLOBALEVENTID", "SQLDATE"]
    row = next(r for r in rows if r["Actor1Name"] == "DONALD TRUMP" and r["EventCode"] == "130"
               and r["SOURCEURL"].endswith(WSWS.name))
    assert row["Actor1Code"] == "USAGOV" and row["EventRootCode"] == "13" and row["QuadClass"] == "3"
    assert row["SQLDATE"].startswith("201710") and row["DATEADDED"] == "20171002000000"
    assert {r["GLOBALEVENTID"] for r in rows} and len({r["GLOBALEVENTID"] for r in rows}) == len(rows)


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    """Five articles of the 2017 Reuters corpus, as a CSV of their own."""
    import csv

    from tests.conftest import SHARED

    source = SHARED / "corpus" / "reuters-politics-2017.csv"
    if not source.is_file():
        pytest.skip("../shared/corpus is not here")
    folder = tmp_path_factory.mktemp("corpus")
    with source.open(encoding="utf-8", newline="") as handle:
        rows = [row for _, row in zip(range(6), csv.reader(handle))]
    with (folder / "five.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    out = folder / "out"
    build([folder / "five.csv"], out, check=True)     # stops if the graph breaks the shapes
    return Graph().parse(out / "graph.ttl"), out


def test_corpus_articles_carry_provenance_codes_and_corroboration(corpus_build, tmp_path):
    import csv

    from graphbuild.export.gdelt import write_gdelt
    from graphbuild.validate import validate_folder

    graph, out = corpus_build
    articles = set(graph.subjects(RDF.type, GB.Article))
    assert len(articles) == 5
    for article in articles:
        assert graph.value(article, SDO.datePublished) is not None and len(str(graph.value(article, GB.sha256))) == 64
        assert graph.value(article, GB.sourceRow) is not None
    assert validate_folder(out).conforms
    assert not ask(graph, "ASK { ?r a gb:Relation FILTER NOT EXISTS { ?r prov:wasDerivedFrom ?a ; gb:edge ?e } }")
    assert ask(graph, "ASK { ?r a gb:Relation ; gb:eventCode ?c ; gb:eventDate ?d }")
    assert ask(graph, "ASK { ?e a gb:Edge ; gb:numArticles ?n FILTER(?n >= 1) }")
    write_gdelt(graph, tmp_path / "events.tsv")
    with (tmp_path / "events.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows and all(r["SOURCEURL"].startswith("five.csv#row=") or "five.csv#row=" in r["SOURCEURL"] for r in rows)
    assert all(len(r["SQLDATE"]) == 8 and r["SQLDATE"] <= "20171231" for r in rows)
    # an event the sentence dates itself ('in April 2016') keeps its own date, not the article's
    assert {r["SQLDATE"][:4] for r in rows} <= {"2016", "2017"}


def built_graph(tmp_path, text: str) -> Graph:
    """The graph.ttl of a build of one text article with ``text`` and a second, plain statement."""
    source = tmp_path / "article.txt"
    source.write_text(text + " Jose Garcia said the plan was fine.\n", encoding="utf-8")
    build([source], tmp_path / "out")
    return Graph().parse(tmp_path / "out" / "graph.ttl")


def test_a_statement_two_people_gave_names_both_and_stays_valid(tmp_path):
    from graphbuild.validate import validate

    graph = built_graph(tmp_path, 'Maria Lopez and Ana Ruiz said in a statement: "We will oppose the plan."')
    assert ask(graph, 'ASK { ?s a gb:Statement ; gb:speaker/rdfs:label "Maria Lopez" ; '
                      'gb:coSpeaker/rdfs:label "Ana Ruiz" }')
    assert validate(graph).conforms


def test_a_statement_the_article_has_by_anothers_account_names_it_and_stays_valid(tmp_path):
    from graphbuild.validate import validate

    graph = built_graph(tmp_path, '"We will oppose the plan," Maria Lopez said, according to the newspaper El Pais.')
    assert ask(graph, 'ASK { ?s a gb:Statement ; gb:speaker/rdfs:label "Maria Lopez" ; '
                      'gb:accordingTo/rdfs:label "El Pais" }')
    assert not ask(graph, 'ASK { ?s a gb:Statement ; gb:speaker/rdfs:label "El Pais" }')
    assert not ask(graph, 'ASK { ?s a gb:Statement ; gb:speaker/rdfs:label "Jose Garcia" ; gb:accordingTo ?x }')
    assert validate(graph).conforms


def test_each_article_records_the_name_it_wrote_where_the_build_calls_the_entity_otherwise(tmp_path):
    (tmp_path / "a.txt").write_text("The Department of Energy fined Ali Demir on Monday. The Department of Energy said "
                                    "he had broken the rules.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The Energy Department praised Maria Lopez on Tuesday.\n", encoding="utf-8")
    build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    [body] = {s for s in graph.subjects(GB.mentionedIn, None) if "Energy" in str(s)}
    label = str(graph.value(body, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert {label, *map(str, graph.objects(body, GB.mentionedAs))} == {"Department of Energy", "Energy Department"}
