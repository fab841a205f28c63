"""Property-based tests (hypothesis): text repair and offsets, IRI minting, Turtle round-trips."""

from __future__ import annotations

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from graphbuild.ingest.normalize import repair
from graphbuild.model import Article, Evidence, Extraction, Kind, Origin, Polarity, Referent, Relation, Statement, TextMap
from graphbuild.names import slug
from graphbuild.rdf import build_graph
from graphbuild.resolve import resolve
from tests.test_normalize import assert_maps_back

# Text as scraped news arrives: any characters, with the ones repair cares about made likely.
NEWSY = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(list("  \n\n\t-'’“”\"s t ll ve .:?!#<>&\\\x00\u200b\u202e\u2015\u2012"))),
    max_size=300,
)
HOSTILE = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(list('<>"{}|^`\\ \n\'\x00'))),
    min_size=1, max_size=40,
)


@given(NEWSY)
@settings(max_examples=300, deadline=None)
def test_repair_never_crashes_and_every_offset_maps_back(text):
    repaired, offsets = repair(text)
    assert_maps_back(text, repaired, offsets)


@given(NEWSY)
@settings(max_examples=100, deadline=None)
def test_repair_is_idempotent(text):
    once, _ = repair(text)
    assert repair(once)[0] == once


@given(HOSTILE)
def test_any_name_gives_a_safe_iri_local_name(name):
    local = slug(name)
    assert local and all(c.isascii() and (c.isalnum() or c == "_") for c in local)


def _extraction(article_id: str, names: list[str], sentence: str) -> Extraction:
    text = f"{sentence} " * 2
    article = Article(article_id, text, text, TextMap(), Origin(f"{article_id}.txt", row=3), title=sentence[:20])
    referents = tuple(Referent(f"r{i}", name, Kind.PERSON, frozenset({name})) for i, name in enumerate(names))
    evidence = Evidence(sentence, 0, len(sentence))
    relations = tuple(Relation(f"r{i}", "criticizes", f"r{i + 1}", evidence, "criticized", "test", Polarity.ASSERTED,
                               0.8) for i in range(len(names) - 1))
    statements = (Statement("r0", sentence, "said", True, evidence, "Twitter"),)
    return Extraction(article, referents, relations, statements)


@given(st.lists(HOSTILE, min_size=2, max_size=5, unique_by=lambda n: " ".join(n.lower().split())), HOSTILE)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_hostile_names_and_evidence_round_trip_through_turtle(names, sentence):
    extractions = [_extraction("a1", names, sentence)]
    resolution = resolve(extractions)
    graph = build_graph(extractions, resolution, with_ontology=False)
    data = graph.serialize(format="turtle")
    assert isomorphic(graph, Graph().parse(data=data, format="turtle"))
    store = pyoxigraph.Store()
    store.load(data.encode("utf-8"), pyoxigraph.RdfFormat.TURTLE)   # a second, independent parser
    assert len(store) == len(graph)


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzÄÖÜäöü ", min_size=1, max_size=12), min_size=1, max_size=8))
@settings(max_examples=100, deadline=None)
def test_distinct_names_stay_distinct_entities(raw):
    from graphbuild.names import name_key

    names = [n.strip().title() for n in raw if n.strip()]
    keys = {name_key(n) for n in names}
    if not names:
        return
    people = [Referent(f"r{i}", n, Kind.ORGANIZATION, frozenset({n})) for i, n in enumerate(names)]
    resolution = resolve([Extraction(Article("a", "", "", TextMap(), Origin("a.txt")), tuple(people))])
    assert len(resolution.entities) == len(keys)
    assert len({e.id for e in resolution.entities}) == len(resolution.entities)


LITERALS = st.one_of(
    st.builds(lambda text: __import__("rdflib").Literal(text), HOSTILE),
    st.builds(lambda text, lang: __import__("rdflib").Literal(text, lang=lang), HOSTILE, st.sampled_from(["en", "de-CH"])),
    st.builds(lambda number: __import__("rdflib").Literal(number), st.integers() | st.booleans() | st.decimals(
        allow_nan=False, allow_infinity=False, places=3)),
)


@given(st.lists(LITERALS, min_size=1, max_size=8))
@settings(max_examples=100, deadline=None)
def test_our_n_triples_lines_are_rdflibs_and_read_back_as_the_same_terms(literals):
    """graph.ttl/trig/nq are written from rdf.nt_line, not rdflib's serializer: the two must agree."""
    from rdflib import URIRef

    from graphbuild.rdf import nt_line

    graph = Graph()
    for index, literal in enumerate(literals):
        graph.add((URIRef(f"https://example.org/s{index}"), URIRef("https://example.org/p"), literal))
    ours = sorted(nt_line(*triple) for triple in graph)
    theirs = sorted(line for line in graph.serialize(format="nt").split("\n") if line)
    assert ours == theirs
    read = Graph().parse(data="\n".join(ours), format="nt")
    assert isomorphic(read, graph)
    pyoxigraph.parse(("\n".join(ours) + "\n").encode(), format=pyoxigraph.RdfFormat.N_TRIPLES)
