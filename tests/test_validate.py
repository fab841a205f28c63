"""SHACL validation: ontology/shapes.ttl, graphbuild.validate and its report.

tests/fixtures/shacl/valid.ttl is a small well-formed graph; each file in broken/ describes one or
more of its nodes again, broken in one way, and replaces them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from graphbuild.errors import GraphbuildError
from graphbuild.namespace import GB, ONTOLOGY_IRI
from graphbuild.rdf import ontology_graph
from graphbuild.validate import SH, Problem, Report, check, shapes_graph, validate, validate_folder

FIXTURES = Path(__file__).parent / "fixtures" / "shacl"
GBR = "https://w3id.org/graphbuild/resource/"


def valid() -> Graph:
    return Graph().parse(FIXTURES / "valid.ttl")


def broken(name: str) -> Graph:
    """valid.ttl with the nodes that broken/<name> describes replaced by its description."""
    graph = valid()
    replacement = Graph().parse(FIXTURES / "broken" / name)
    for subject in set(replacement.subjects()):
        graph.remove((subject, None, None))
    graph += replacement
    return graph


def problems_at(report: Report, focus: str, path: str) -> list[Problem]:
    return [p for p in report.problems if p.focus == focus and p.path == path]


# ------------------------------------------------------------------ what conforms

def test_the_hand_made_graph_conforms():
    report = validate(valid(), source="valid.ttl")
    assert report.conforms, report.render()
    assert report.problems == ()
    assert report.checked == 11     # 4 entities, 2 relations, 2 edges, 1 statement, 1 article, 1 build
    assert report.render() == "valid.ttl conforms to ontology/shapes.ttl (11 nodes checked)"


def test_the_seeds_output_conforms(seeds_build):
    _, graph, out = seeds_build
    report = validate(graph)
    assert report.conforms, report.render()
    assert report.problems == ()
    assert report.checked > 150
    assert validate_folder(out).render() == f"{out / 'graph.ttl'} conforms to ontology/shapes.ttl " \
                                            f"({report.checked} nodes checked)"


def test_a_graph_with_the_ontology_in_it_validates_the_same():
    with_ontology = valid() + ontology_graph()
    assert validate(with_ontology).conforms
    report = validate(broken("predicate-not-a-relation.ttl") + ontology_graph())
    assert problems_at(report, "gbr:relation_2", "gb:predicate/rdfs:subPropertyOf*")


def test_validation_leaves_the_graph_as_it_was():
    for graph in (valid(), valid() + ontology_graph()):
        before = set(graph)
        validate(graph)
        assert set(graph) == before


# ------------------------------------------------------------------ what does not

BROKEN = [
    # file, focus node, path, offending value ("" when the value is missing)
    ("relation-without-evidence.ttl", "gbr:relation_2", "gb:evidence", ""),
    ("confidence-above-one.ttl", "gbr:relation_2", "gb:confidence", "1.5"),
    ("polarity-maybe.ttl", "gbr:relation_2", "gb:polarity", '"maybe"'),
    ("start-after-end.ttl", "gbr:relation_2", "gb:startOffset", "98"),
    ("predicate-not-a-relation.ttl", "gbr:relation_2", "gb:predicate/rdfs:subPropertyOf*", ""),
    ("subject-not-an-actor.ttl", "gbr:relation_2", "gb:subject", "gbr:diplomacy"),
    ("edge-of-another-object.ttl", "gbr:relation_2", "gb:edge/gb:object", None),
    ("event-code-11a.ttl", "gbr:relation_1", "gb:eventCode", '"11a"'),
    ("event-coding-incomplete.ttl", "gbr:relation_1", "gb:quadClass", ""),
    ("goldstein-out-of-range.ttl", "gbr:relation_1", "gb:goldstein", "-12.5"),
    ("entity-without-label.ttl", "gbr:Donald_Trump", "rdfs:label", ""),
    ("bad-actor-code.ttl", "gbr:North_Korea", "gb:actorCode", '"prkg"'),
    ("same-as-not-wikidata.ttl", "gbr:North_Korea", "owl:sameAs", "<https://en.wikipedia.org/wiki/North_Korea>"),
    ("article-without-sha256.ttl", "gbr:article_1", "gb:sha256", ""),
    ("more-sources-than-articles.ttl", "gbr:edge/Donald_Trump/threatens/North_Korea", "gb:numSources", "2"),
    ("build-without-model.ttl", "gbr:build_1", "gb:model", ""),
    ("build-without-model.ttl", "gbr:build_1", "rdf:type", ""),
]


@pytest.mark.parametrize(("name", "focus", "path", "value"), BROKEN, ids=[f"{b[0]}:{b[2]}" for b in BROKEN])
def test_a_broken_graph_fails_naming_the_node_and_the_property(name, focus, path, value):
    report = validate(broken(name), source=name)
    assert not report.conforms
    found = problems_at(report, focus, path)
    assert found, report.render()
    if value is not None:
        assert value in {p.value for p in found}, found
    assert all(p.message and p.severity == "violation" for p in found)
    text = report.render()
    assert text.startswith(f"{name} does not conform to ontology/shapes.ttl: ")
    assert f": {found[0].message} (" in text and focus in text


def flat_copies(graph: Graph) -> list[Graph]:
    """``graph`` in graphbuild.rdf.FlatStore: filled by rdflib's addN, and as a build fills it (a FlatGraph)."""
    from graphbuild.rdf import FlatGraph, FlatStore

    added = Graph(store=FlatStore())
    added.addN((s, p, o, added) for s, p, o in graph)
    filled = FlatGraph(store=FlatStore())
    filled.store.fill(graph)
    return [added, filled]


@pytest.mark.parametrize("name", sorted({b[0] for b in BROKEN}))
def test_the_builds_flat_store_finds_the_same_problems(name):
    """A build checks its union in graphbuild.rdf.FlatStore (faster to make and to check), as a
    FlatGraph whose shapes share its term objects: every broken fixture must fail there with the
    same problems as in rdflib's default store."""
    graph = broken(name)
    expected = validate(graph, source=name)
    for flat in flat_copies(graph):
        assert len(flat) == len(graph)
        got = validate(flat, source=name)
        assert not got.conforms and got.problems == expected.problems


def test_the_flat_stores_lookups_are_rdflibs_for_every_pattern():
    """FlatStore and FlatGraph answer lookups themselves (faster); each pattern gives what rdflib gives."""
    from itertools import product

    graph = broken(sorted({b[0] for b in BROKEN})[0])
    s, p, o = sorted(graph)[len(graph) // 2]
    missing = URIRef("https://example.org/none")
    for flat in flat_copies(graph):
        assert len(flat) == len(graph) > 10
        for pattern in (*product((s, None), (p, None), (o, None)), (missing, None, None), (None, missing, None),
                        (None, None, missing), (s, missing, None), (s, p, missing)):
            assert set(flat.triples(pattern)) == set(graph.triples(pattern)), pattern
        for subject, predicate in product((s, missing), (p, missing, None)):
            assert sorted(flat.objects(subject, predicate)) == sorted(graph.objects(subject, predicate))
        for predicate, obj in product((p, missing, None), (o, missing)):
            assert sorted(flat.subjects(predicate, obj)) == sorted(graph.subjects(predicate, obj))
        flat.add((missing, p, o))      # the length is counted again after a change
        assert len(flat) == len(graph) + 1


def test_every_broken_fixture_is_tested():
    assert {b[0] for b in BROKEN} == {p.name for p in (FIXTURES / "broken").glob("*.ttl")}


def test_a_problem_says_what_is_wrong_in_plain_words():
    report = validate(broken("confidence-above-one.ttl"))
    assert report.problems == (Problem(focus="gbr:relation_2", path="gb:confidence",
                                       message="gb:confidence is exactly one xsd:decimal in [0, 1]",
                                       severity="violation", value="1.5", kind="relation"),)


def test_actor_codes_of_international_bodies_have_up_to_four_parts():
    graph = valid()
    north_korea = URIRef(f"{GBR}North_Korea")
    graph.set((north_korea, GB.actorCode, Literal("IGOUNODEVWBK")))     # the World Bank, in the CAMEO codebook
    assert validate(graph).conforms
    graph.set((north_korea, GB.actorCode, Literal("IGOUNODEVWBKXYZ")))
    assert problems_at(validate(graph), "gbr:North_Korea", "gb:actorCode")


def test_the_report_groups_problems_and_shows_five_examples():
    graph = valid()
    for n in range(3, 10):      # seven relations with no polarity at all
        node = URIRef(f"{GBR}relation_{n}")
        for p, o in graph.predicate_objects(URIRef(f"{GBR}relation_2")):
            if p != GB.polarity:
                graph.add((node, p, o))
    graph.set((URIRef(f"{GBR}relation_2"), GB.confidence, Literal("high")))
    text = validate(graph, source="out/graph.ttl").render()
    assert text == """\
out/graph.ttl does not conform to ontology/shapes.ttl: 10 problems on 8 of 18 nodes checked

relation gb:polarity: gb:polarity is exactly one of "asserted", "negated", "hedged" (7 nodes)
    gbr:relation_3
    gbr:relation_4
    gbr:relation_5
    gbr:relation_6
    gbr:relation_7
    ... and 2 more

relation gb:confidence: gb:confidence is exactly one xsd:decimal in [0, 1] (1 node)
    gbr:relation_2  "high\""""


def test_values_are_shown_with_their_type_when_it_is_wrong():
    from rdflib.namespace import XSD

    graph = valid()
    graph.set((URIRef(f"{GBR}relation_1"), GB.startOffset, Literal("0", datatype=XSD.string)))
    graph.set((URIRef(f"{GBR}relation_2"), GB.confidence, Literal("0.4", datatype=XSD.double)))
    report = validate(graph)
    assert {(p.focus, p.path, p.value) for p in report.problems} >= {
        ("gbr:relation_1", "gb:startOffset", '"0"'),
        ("gbr:relation_2", "gb:confidence", '"0.4"^^xsd:double'),
    }


def test_an_untyped_node_mentioned_in_an_article_must_be_an_entity():
    graph = valid()
    graph.add((URIRef(f"{GBR}Somebody"), GB.mentionedIn, URIRef(f"{GBR}article_1")))
    report = validate(graph)
    assert [(p.focus, p.path, p.kind) for p in report.problems] == [("gbr:Somebody", "rdf:type", "entity")]


# ------------------------------------------------------------------ the folder and the build

def test_validate_folder_reads_graph_ttl(tmp_path):
    valid().serialize(tmp_path / "graph.ttl", format="turtle")
    report = validate_folder(tmp_path)
    assert report.conforms and report.source == str(tmp_path / "graph.ttl")


def test_validate_folder_names_a_missing_or_unreadable_graph(tmp_path):
    with pytest.raises(GraphbuildError, match=f"{tmp_path} has no graph.ttl: build it first"):
        validate_folder(tmp_path)
    with pytest.raises(GraphbuildError, match="does not exist"):
        validate_folder(tmp_path / "nowhere")
    (tmp_path / "graph.ttl").write_text("gbr:x a gb:Person .\n", encoding="utf-8")
    with pytest.raises(GraphbuildError, match=rf"{tmp_path / 'graph.ttl'} cannot be read as RDF") as error:
        validate_folder(tmp_path)
    assert error.value.__cause__ is not None


def test_check_passes_a_good_graph_and_stops_a_bad_one():
    assert check(valid()).conforms
    with pytest.raises(GraphbuildError, match="nothing was written: this is a bug in graphbuild") as error:
        check(broken("polarity-maybe.ttl"), source="the graph of this build")
    assert str(error.value).startswith("the graph of this build does not conform to ontology/shapes.ttl")
    assert "gbr:relation_2" in str(error.value)


# ------------------------------------------------------------------ the shapes file

def test_every_gb_term_of_the_shapes_is_defined_in_the_ontology():
    ontology = Graph().parse(Path(__file__).parent.parent / "ontology" / "graphbuild.ttl")
    defined = {t for t in ontology.subjects() if str(t).startswith(ONTOLOGY_IRI)}
    used = {t for triple in shapes_graph() for t in triple if isinstance(t, URIRef) and str(t).startswith(ONTOLOGY_IRI)}
    assert used and used <= defined, used - defined


def test_the_shapes_stay_fast_targeted_property_shapes_of_shacl_core():
    """pyshacl evaluates a property shape under a node shape (sh:property) once per focus node, and
    sh:or, sh:node, sh:and, sh:xone and qualified shapes once per value: 45 s instead of 10 s of CPU
    on the 1,008-article corpus. Keep every shape a property shape with its own target."""
    shapes = shapes_graph()
    property_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape))
    assert len(property_shapes) > 50
    assert not set(shapes.subjects(RDF.type, SH.NodeShape))
    slow = {SH.property, SH["or"], SH["and"], SH.xone, SH["not"], SH.node, SH.qualifiedValueShape, SH.sparql}
    assert not {p for p in shapes.predicates() if p in slow}
    targets = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode}
    for shape in property_shapes:
        assert set(shapes.predicates(shape)) & targets, shape
        assert shapes.value(shape, SH.message), shape


def test_importing_the_module_does_not_import_pyshacl():
    code = "import sys, graphbuild.validate; assert 'pyshacl' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)



def test_the_validate_command_reports_and_sets_the_exit_status(seeds_build, tmp_path):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    _, _, out = seeds_build
    result = CliRunner().invoke(app, ["validate", str(out)])
    assert result.exit_code == 0 and "conforms to ontology/shapes.ttl" in result.output
    broken = tmp_path / "graph.ttl"
    broken.write_text((out / "graph.ttl").read_text(encoding="utf-8").replace(
        'gb:polarity "asserted"', 'gb:polarity "maybe"', 1), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1 and "maybe" in result.output
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "error:" in result.output and "Traceback" not in result.output


def test_a_checked_build_whose_graph_breaks_the_shapes_fails_loudly_and_writes_nothing(tmp_path, monkeypatch):
    """With --check the build checks its own graph: a coding table gone wrong stops it before anything
    is written. Without it the same graph is written, and `graphbuild validate` finds the problem."""
    import dataclasses

    from graphbuild import coding
    from graphbuild.errors import GraphbuildError
    from graphbuild.pipeline import build
    from tests.conftest import SEEDS

    real = coding.event_code

    def broken(*args, **kwargs):
        found = real(*args, **kwargs)
        return found and dataclasses.replace(found, code="11a")

    monkeypatch.setattr(coding, "event_code", broken)
    with pytest.raises(GraphbuildError, match="11a"):
        build([SEEDS / "000_c9d06a2011bef856.txt"], tmp_path / "out", check=True)
    assert not (tmp_path / "out" / "graph.ttl").exists()

    build([SEEDS / "000_c9d06a2011bef856.txt"], tmp_path / "out")
    report = validate_folder(tmp_path / "out")
    assert not report.conforms and "11a" in report.render()


def test_build_and_merge_take_check_on_the_command_line(tmp_path, monkeypatch):
    """--check reaches the build and the merge; without it neither checks."""
    from typer.testing import CliRunner

    from graphbuild import pipeline
    from graphbuild.cli import app
    from tests.conftest import SEEDS

    log = tmp_path / "checked.txt"    # the check runs in a forked child: it leaves its mark in a file
    log.touch()

    def check(graphs, source):
        with log.open("a") as handle:
            handle.write(source + "\n")

    monkeypatch.setattr(pipeline, "_check", check)
    source = SEEDS / "000_c9d06a2011bef856.txt"
    for arguments in (["build", str(source), "--out", str(tmp_path / "a")],
                      ["build", str(source), "--out", str(tmp_path / "b"), "--check"],
                      ["merge", str(tmp_path / "a"), "--out", str(tmp_path / "c")],
                      ["merge", str(tmp_path / "a"), "--out", str(tmp_path / "d"), "--check"]):
        result = CliRunner().invoke(app, arguments)
        assert result.exit_code == 0, result.output
    assert log.read_text().splitlines() == [f"the graph of {tmp_path / 'b'}", f"the graph of {tmp_path / 'd'}"]
