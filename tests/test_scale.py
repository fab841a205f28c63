"""One machine at scale: worker processes, progress, the Oxigraph store."""

from __future__ import annotations

import pytest

from graphbuild.background import can_fork
from graphbuild.errors import GraphbuildError, InputError, QueryError
from graphbuild.ingest import input_size
from graphbuild.pipeline import build
from graphbuild.query import answer
from tests.conftest import REUTERS, SEEDS, WSWS

OUTPUTS = ("graph.ttl", "graph.trig", "graph.nq", "graph.html")
CONTRADICTS = "SELECT ?s ?o WHERE { ?s gb:contradicts ?o } ORDER BY ?s ?o"


def test_two_worker_processes_build_the_same_bytes_as_one(seeds_build, tmp_path):
    _, _, whole = seeds_build
    summary = build([SEEDS], tmp_path, workers=2, check=True)
    assert summary.articles == 2 and summary.reused == 0
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (whole / name).read_bytes(), name


@pytest.mark.skipif(not can_fork(), reason="workers are forked on Linux only")
def test_worker_processes_are_forked_with_this_process_state_and_a_frozen_collector(tmp_path, monkeypatch):
    """Forked, the workers start with the model loaded here and see what this process changed (an
    extractor replaced below); spawned, they would import and load everything again. Meanwhile this
    process's objects are frozen out of the collector, and are not after."""
    import gc

    from graphbuild import extract
    from graphbuild.executors import run_local
    from graphbuild.ingest import read_articles

    def replaced(article, doc, **kwargs):
        raise ValueError(f"replaced in the parent, run in a worker; {gc.get_freeze_count() > 0}")

    monkeypatch.setattr(extract, "extract", replaced)
    results = list(run_local(read_articles([SEEDS]), workers=2))
    assert len(results) == 2
    assert all("replaced in the parent, run in a worker; True" in str(r) for r in results)
    assert gc.get_freeze_count() == 0


def _task_sizes(articles, model=None):
    """Stands in for executors.process_batch in the workers (picklable by name): says each article's task size."""
    from graphbuild.model import InputProblem

    return [InputProblem(a.origin, f"in a task of {len(articles)}") for a in articles]


def test_worker_processes_get_small_tasks_so_that_they_finish_together(tmp_path, monkeypatch):
    import csv

    from graphbuild import executors
    from graphbuild.ingest import read_articles

    path = tmp_path / "many.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text", "subject", "date"])
        writer.writerows([f"Story {n}", f"Ann Lee met Ali Demir for the {n}th time.", "news", "December 1, 2017"]
                         for n in range(20))
    monkeypatch.setattr(executors, "process_batch", _task_sizes)
    results = list(executors.run_local(read_articles([path]), workers=2))
    assert len(results) == 20 and executors.TASK_SIZE < executors.BATCH_SIZE
    assert [r.message for r in results] == ["in a task of 8"] * 16 + ["in a task of 4"] * 4


def test_the_progress_bar_on_a_terminal_is_drawn_per_article_by_no_thread_of_its_own(monkeypatch):
    import io
    import sys
    import threading

    from graphbuild import cli

    terminal = io.StringIO()
    terminal.isatty = lambda: True
    monkeypatch.setattr(sys, "stderr", terminal)
    before = threading.active_count()
    with cli._progress([str(SEEDS)]) as advance:
        assert advance is not None and threading.active_count() == before
        advance(1, 1000)
        assert "1 articles" in terminal.getvalue()
        advance(2, 2000)
        assert "2 articles" in terminal.getvalue()


def test_progress_is_reported_per_article_up_to_the_input_size(tmp_path):
    seen = []
    build([SEEDS], tmp_path, on_progress=lambda articles, characters: seen.append((articles, characters)))
    assert [a for a, _ in seen] == [1, 2]
    assert seen[0][1] < seen[1][1]
    total = input_size([SEEDS])
    assert total == sum(p.stat().st_size for p in SEEDS.glob("*.txt"))
    assert 0.9 * total <= seen[-1][1] <= total      # characters read vs bytes on disk
    cached = []
    build([SEEDS], tmp_path, on_progress=lambda a, c: cached.append(a))   # from the cache: still counted
    assert cached == [1, 2]


def test_the_write_stage_pauses_the_cycle_collector_and_restores_it(tmp_path, monkeypatch):
    import gc

    from graphbuild import pipeline

    seen = []

    def failing_export(*args, **kwargs):
        seen.append(gc.isenabled())
        raise GraphbuildError("disk full")

    monkeypatch.setattr(pipeline, "_export", failing_export)
    assert gc.isenabled()
    with pytest.raises(GraphbuildError, match="disk full"):
        build([SEEDS], tmp_path)
    assert seen == [False] and gc.isenabled()
    gc.disable()           # a caller that turned it off itself keeps it off
    try:
        with pytest.raises(GraphbuildError):
            build([SEEDS], tmp_path)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_unknown_executor_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="unknown executor 'spark'"):
        build([REUTERS], tmp_path, executor="spark")


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    out = tmp_path_factory.mktemp("stored")
    build([REUTERS], out, store=f"oxigraph:{out / 'store'}")
    return out


def test_a_store_answers_as_graph_ttl_does(stored, tmp_path):
    on_store = answer(stored, CONTRADICTS, fmt="csv")
    assert "Rex_Tillerson" in on_store
    assert on_store == answer(stored / "graph.ttl", CONTRADICTS, fmt="csv")
    assert answer(f"oxigraph:{stored / 'store'}", CONTRADICTS, fmt="csv") == on_store
    graphs = answer(stored, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", fmt="csv")
    assert graphs.split() == ["n", "3"]       # the article, the entity layer, the ontology
    assert answer(stored, "ASK { ?r a gb:Relation }") == "yes"


def test_append_keeps_the_store_in_step(tmp_path):
    out = tmp_path / "out"
    build([REUTERS], out, store=f"oxigraph:{tmp_path / 'store'}")
    build([WSWS], out, append=True, check=True)        # no --store: the recorded one is used
    count = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a gb:Article }"
    assert answer(out, count, fmt="csv").split() == ["n", "2"]
    assert answer(out, CONTRADICTS, fmt="csv") == answer(out / "graph.ttl", CONTRADICTS, fmt="csv")


def test_store_errors_are_clear(stored, tmp_path):
    with pytest.raises(GraphbuildError, match="write it as oxigraph:DIR"):
        build([REUTERS], tmp_path, store="sqlite:x.db")
    with pytest.raises(QueryError, match="does not parse"):
        answer(stored, "SELECT ?s WHERE { ?s ")
    with pytest.raises(QueryError, match="only reads the store"):
        answer(stored, "DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="no Oxigraph store"):
        answer(f"oxigraph:{tmp_path / 'nothing'}", CONTRADICTS)
