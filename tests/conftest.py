"""Shared fixtures: the spaCy model and one build of the seeds, each made once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
REUTERS = SEEDS / "000_c9d06a2011bef856.txt"     # the Reuters wire story
WSWS = SEEDS / "004_a09cafcacc64e707.txt"        # the World Socialist Web Site commentary


@pytest.fixture(scope="session")
def nlp():
    from graphbuild.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """(summary, graph) of `graphbuild build seeds/`."""
    from rdflib import Graph

    from graphbuild.pipeline import build

    out = tmp_path_factory.mktemp("seeds-out")
    summary = build([SEEDS], out, check=True)
    return summary, Graph().parse(out / "graph.ttl"), out


@pytest.fixture
def read(nlp):
    """extract() on a text of our own: read("Merkel met Macron.") -> Extraction."""
    from graphbuild.extract import extract
    from graphbuild.model import Article, Origin, TextMap

    def run(text: str):
        article = Article("test", text, text, TextMap(), Origin("test.txt"))
        return extract(article, nlp(text))

    return run
