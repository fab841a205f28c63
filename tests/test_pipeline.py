"""build() as a whole: long articles, bad articles among good ones."""

from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from graphbuild.namespace import GB
from graphbuild.pipeline import build


def test_an_article_longer_than_spacys_limit_is_built(nlp, tmp_path, monkeypatch):
    import graphbuild.nlp as module

    monkeypatch.setattr(nlp, "max_length", 2_000)        # the real limit is 2 million characters
    monkeypatch.setattr(module, "CHUNK", 1_000)
    long_text = "Angela Merkel criticized Vladimir Putin on Monday.\n" * 120   # 6,000 characters
    (tmp_path / "long.txt").write_text(long_text, encoding="utf-8")
    (tmp_path / "short.txt").write_text("Iran supports dialogue.", encoding="utf-8")
    summary = build([tmp_path / "long.txt", tmp_path / "short.txt"], tmp_path / "out")
    assert summary.articles == 2 and not summary.problems
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert (None, RDFS.label, Literal("Vladimir Putin")) in graph
    assert (None, RDFS.label, Literal("dialogue")) in graph


def test_each_article_graph_says_how_that_article_wrote_and_described_an_entity(tmp_path):
    from rdflib import Dataset, Namespace
    from rdflib.namespace import PROV

    from graphbuild.namespace import GB

    (tmp_path / "a.txt").write_text("Madrid imposed sanctions on Venezuela on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Spain and Portugal held talks in Madrid. Jane Doe, the finance minister of Chile, attended. "
        "The minister said the budget was ready. Chile's foreign ministry said it was pleased.", encoding="utf-8")
    build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out")
    dataset = Dataset()
    dataset.parse(tmp_path / "out" / "graph.trig", format="trig")
    gbr = Namespace("https://w3id.org/graphbuild/resource/")

    def written(name: str, entity: str, prop=GB.mentionedAs) -> set[str]:
        graphs = [g for g in dataset.graphs() if any(str(f).endswith(name) for f in g.objects(None, GB.sourceFile))]
        assert len(graphs) == 1
        return {str(o) for o in graphs[0].objects(gbr[entity], prop)}

    assert written("a.txt", "Spain") == {"Madrid"}          # the capital acting: how a.txt named Spain
    assert written("b.txt", "Spain") == set()               # b.txt writes only the label; Madrid is a place there
    assert written("b.txt", "Jane_Doe", GB.describedAs) == {"minister"}
    assert written("b.txt", "Chilean_Foreign_Ministry", PROV.actedOnBehalfOf) == {str(gbr["Chile"])}


def test_a_title_one_article_gives_without_its_country_takes_the_country_another_gives(tmp_path):
    (tmp_path / "a.txt").write_text("Spanish President Ali Demir met Maria Lopez in Madrid on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("President Ali Demir said on Tuesday that Spain would cut taxes.", encoding="utf-8")
    build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    rules = {str(rule) for rule, evidence in graph.query(
        "SELECT ?rule ?evidence WHERE { ?r gb:subject ?s ; gb:object ?o ; gb:rule ?rule ; gb:evidence ?evidence . "
        "?s rdfs:label 'Ali Demir' . ?o rdfs:label 'Spain' . }",
        initNs={"gb": GB, "rdfs": RDFS}) if str(evidence).startswith("President Ali Demir")}
    assert rules == {"role:title+build"}
