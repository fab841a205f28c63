"""build() as a whole: long articles, bad articles among good ones."""

from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import RDFS

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
