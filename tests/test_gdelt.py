"""The GDELT 2.0 Event table export (graphbuild.export.gdelt), on a graph built by hand."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib import namespace
from rdflib.namespace import RDF, RDFS

from graphbuild.export.gdelt import COLUMNS, global_event_id, write_gdelt
from graphbuild.namespace import GB

SDO = Namespace(str(namespace.SDO))
XSD_DATE, XSD_DECIMAL, XSD_INTEGER, XSD_URI = (namespace.XSD.date, namespace.XSD.decimal, namespace.XSD.integer,
                                              namespace.XSD.anyURI)
R = Namespace("https://example.org/news/")

# The 61 columns of the GDELT 2.0 Event table, in the order of its codebook (V2.0, 2/19/2015).
GDELT_COLUMNS = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode
EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type
Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode
ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL""".split()


def add_entity(graph, node, label, kind, actor_code=None, country=None):
    graph.add((node, RDF.type, GB[kind]))
    graph.add((node, RDFS.label, Literal(label)))
    if actor_code:
        graph.add((node, GB.actorCode, Literal(actor_code)))
    if country:
        graph.add((node, GB.countryCode, Literal(country)))


def add_relation(graph, node, subject, predicate, obj, article, *, code=None, base=None, root=None, quad=None,
                 goldstein=None, date=None, start=0, edge=None, polarity="asserted"):
    for p, o in ((RDF.type, GB.Relation), (GB.subject, subject), (GB.predicate, GB[predicate]), (GB.object, obj),
                 (GB.article, article), (GB.polarity, Literal(polarity)), (GB.confidence, Literal(Decimal("0.8"))),
                 (GB.evidence, Literal("A sentence.")), (GB.startOffset, Literal(start))):
        graph.add((node, p, o))
    if code:
        graph.add((node, GB.eventCode, Literal(code)))
        graph.add((node, GB.eventBaseCode, Literal(base)))
        graph.add((node, GB.eventRootCode, Literal(root)))
        graph.add((node, GB.quadClass, Literal(quad, datatype=XSD_INTEGER)))
        graph.add((node, GB.goldstein, Literal(Decimal(goldstein), datatype=XSD_DECIMAL)))
    if date:
        graph.add((node, GB.eventDate, Literal(date, datatype=XSD_DATE)))
    if edge is not None:
        graph.add((node, GB.edge, edge))


def build(order: int = 1) -> Graph:
    """Two articles, four coded relations, one uncoded one; ``order`` reverses the insertion order."""
    triples = Graph()
    add_entity(triples, R.Donald_Trump, "Donald Trump", "Person", "USAGOV", "USA")
    add_entity(triples, R.China, "China", "Country", "CHN", "CHN")
    add_entity(triples, R.North_Korea, "North Korea", "Country", "PRK", "PRK")
    add_entity(triples, R.United_Nations, "United Nations", "Organization", "IGOUNO")
    add_entity(triples, R.Bob_Corker, "Bob Corker", "Person", "LEG")
    add_entity(triples, R.dialogue, "dialogue", "Topic")

    triples.add((R.article_a, RDF.type, GB.Article))
    triples.add((R.article_a, SDO.datePublished, Literal("2017-10-04", datatype=XSD_DATE)))
    triples.add((R.article_a, SDO.url, Literal("https://example.org/a", datatype=XSD_URI)))
    triples.add((R.article_a, GB.sourceFile, Literal("news.jsonl")))
    triples.add((R.article_a, GB.sourceLine, Literal(3)))
    triples.add((R.article_b, RDF.type, GB.Article))
    triples.add((R.article_b, SDO.datePublished, Literal("2017-09-30", datatype=XSD_DATE)))
    triples.add((R.article_b, GB.sourceFile, Literal("corpus.csv")))
    triples.add((R.article_b, GB.sourceRow, Literal(12)))
    triples.add((R.article_c, RDF.type, GB.Article))
    triples.add((R.article_c, GB.sourceFile, Literal("notes/today.txt")))

    triples.add((R.edge_1, RDF.type, GB.Edge))
    for p, n in ((GB.numArticles, 2), (GB.numSources, 2), (GB.numMentions, 3)):
        triples.add((R.edge_1, p, Literal(n)))
    triples.add((R.edge_1, GB.disputed, Literal(False)))

    add_relation(triples, R.relation_praise, R.China, "supports", R.dialogue, R.article_a, code="051", base="051",
                 root="05", quad=1, goldstein="3.4", date="2017-10-01", start=40, edge=R.edge_1)
    add_relation(triples, R.relation_sanction, R.United_Nations, "sanctions", R.North_Korea, R.article_a,
                 code="163", base="163", root="16", quad=4, goldstein="-8.0", start=400)
    add_relation(triples, R.relation_criticize, R.Bob_Corker, "criticizes", R.Donald_Trump, R.article_b,
                 code="111", base="111", root="11", quad=3, goldstein="-2.0", start=10)
    add_relation(triples, R.relation_refuse, R.Donald_Trump, "negotiatesWith", R.North_Korea, R.article_c,
                 code="125", base="125", root="12", quad=3, goldstein="-5.0", start=0, polarity="negated")
    add_relation(triples, R.relation_role, R.Bob_Corker, "memberOf", R.United_Nations, R.article_b, start=0)

    graph = Graph()
    for triple in sorted(triples, reverse=order < 0):
        graph.add(triple)
    return graph


def read(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "events.tsv"
    write_gdelt(build(), path)
    return path


def test_the_header_is_gdelts_61_columns_in_order(table):
    lines = table.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == GDELT_COLUMNS == list(COLUMNS)
    assert len(GDELT_COLUMNS) == 61
    assert all(len(line.split("\t")) == 61 for line in lines)


def test_one_row_per_coded_relation_node(table):
    rows = read(table)
    assert sorted(row["EventCode"] for row in rows) == ["051", "111", "125", "163"]
    assert int(next(row for row in rows if row["EventCode"] == "051")["GLOBALEVENTID"]) == \
        global_event_id(URIRef(R.relation_praise))


def test_codes_keep_their_leading_zeros(table):
    praise = next(row for row in read(table) if row["Actor1Name"] == "CHINA")
    assert (praise["EventCode"], praise["EventBaseCode"], praise["EventRootCode"]) == ("051", "051", "05")
    assert (praise["QuadClass"], praise["GoldsteinScale"]) == ("1", "3.4")
    assert "\t051\t051\t05\t1\t3.4\t" in table.read_text(encoding="utf-8")


def test_actors_are_split_into_gdelts_columns(table):
    rows = {row["EventCode"]: row for row in read(table)}
    sanction = rows["163"]
    actor1 = ("Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code")
    assert tuple(sanction[column] for column in actor1) == ("IGOUNO", "UNITED NATIONS", "", "UNO", "IGO")
    assert (sanction["Actor2Code"], sanction["Actor2CountryCode"], sanction["Actor2Type1Code"]) == ("PRK", "PRK", "")
    criticism = rows["111"]
    columns = ("Code", "CountryCode", "Type1Code")
    assert tuple(criticism[f"Actor1{column}"] for column in columns) == ("LEG", "", "LEG")
    assert tuple(criticism[f"Actor2{column}"] for column in columns) == ("USAGOV", "USA", "GOV")
    # a topic is what the relation is about, not an actor
    assert rows["051"]["Actor2Code"] == rows["051"]["Actor2Name"] == ""


def test_dates_come_from_the_event_date_else_the_article(table):
    rows = {row["EventCode"]: row for row in read(table)}
    praise, sanction, refusal = rows["051"], rows["163"], rows["125"]
    assert (praise["SQLDATE"], praise["MonthYear"], praise["Year"]) == ("20171001", "201710", "2017")
    assert praise["FractionDate"] == f"{2017 + (10 * 30 + 1) / 365:.4f}" == "2017.8247"
    assert praise["DATEADDED"] == sanction["DATEADDED"] == "20171004000000"
    assert sanction["SQLDATE"] == "20171004"
    assert refusal["SQLDATE"] == refusal["DATEADDED"] == refusal["FractionDate"] == ""


def test_source_url_is_the_url_else_the_origin(table):
    rows = {row["EventCode"]: row for row in read(table)}
    assert rows["051"]["SOURCEURL"] == "https://example.org/a"
    assert rows["111"]["SOURCEURL"] == "corpus.csv#row=12"
    assert rows["125"]["SOURCEURL"] == "notes/today.txt"


def test_a_jsonl_origin_gives_its_line(tmp_path):
    graph = build()
    graph.remove((R.article_a, SDO.url, None))
    write_gdelt(graph, tmp_path / "events.tsv")
    assert {row["SOURCEURL"] for row in read(tmp_path / "events.tsv")} >= {"news.jsonl#line=3"}


def test_counts_come_from_the_edge(table):
    rows = {row["EventCode"]: row for row in read(table)}
    assert (rows["051"]["NumMentions"], rows["051"]["NumSources"], rows["051"]["NumArticles"]) == ("3", "2", "2")
    assert (rows["163"]["NumMentions"], rows["163"]["NumSources"], rows["163"]["NumArticles"]) == ("1", "1", "1")


def test_root_events_are_the_first_evidence_of_their_article(table):
    rows = {row["EventCode"]: row for row in read(table)}
    assert rows["051"]["IsRootEvent"] == "1"     # offset 40, the first of article a
    assert rows["163"]["IsRootEvent"] == "0"     # offset 400
    assert rows["111"]["IsRootEvent"] == "0"     # article b's role relation starts at 0
    assert rows["125"]["IsRootEvent"] == "1"


def test_unfilled_columns_are_empty(table):
    for row in read(table):
        assert row["AvgTone"] == row["Actor1EthnicCode"] == row["ActionGeo_FullName"] == ""
        assert all(row[column] == "" for column in COLUMNS if "Geo_" in column)


def test_the_same_graph_gives_the_same_bytes_whatever_its_order(tmp_path):
    first, second = tmp_path / "first.tsv", tmp_path / "second.tsv"
    write_gdelt(build(1), first)
    write_gdelt(build(-1), second)
    assert first.read_bytes() == second.read_bytes()
    rows = read(first)
    assert [(row["SQLDATE"], int(row["GLOBALEVENTID"])) for row in rows] == sorted(
        (row["SQLDATE"], int(row["GLOBALEVENTID"])) for row in rows)


def test_event_ids_are_stable_63_bit_integers():
    node = URIRef("https://w3id.org/graphbuild/resource/relation_0123456789abcdef")
    assert global_event_id(node) == global_event_id(URIRef(str(node)))
    assert 0 <= global_event_id(node) < 2 ** 63
    assert global_event_id(node) != global_event_id(URIRef(str(node) + "0"))


def test_writing_is_atomic_and_replaces_the_old_file(tmp_path):
    path = tmp_path / "events.tsv"
    path.write_text("old\n")
    write_gdelt(build(), path)
    assert path.read_text(encoding="utf-8").startswith("GLOBALEVENTID\t")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.tsv"]


def test_a_graph_without_coded_relations_gives_the_header_alone(tmp_path):
    path = tmp_path / "events.tsv"
    write_gdelt(Graph(), path)
    assert path.read_text(encoding="utf-8") == "\t".join(GDELT_COLUMNS) + "\n"
