"""The extraction cache, --append and rebuilding: the same articles give the same bytes."""

from __future__ import annotations

import json

import pytest

from graphbuild.cache import Cache, decode, encode, fingerprint
from graphbuild.errors import InputError
from graphbuild.model import Extraction
from graphbuild.pipeline import build
from tests.conftest import REUTERS, SEEDS, WSWS



def test_records_survive_the_json_codec(read):
    extraction = read("Angela Merkel said that Germany would back France. “We act,” she said.")
    again = decode(json.loads(json.dumps(encode(extraction))), Extraction)
    assert again == extraction


def test_appending_gives_the_same_graph_as_building_everything(seeds_build, tmp_path):
    _, _, whole = seeds_build
    build([REUTERS], tmp_path)
    summary = build([WSWS], tmp_path, append=True, check=True)
    assert summary.articles == 2
    assert (tmp_path / "graph.ttl").read_bytes() == (whole / "graph.ttl").read_bytes()
    assert (tmp_path / "graph.html").read_bytes() == (whole / "graph.html").read_bytes()


def test_appending_an_article_already_there_changes_nothing(seeds_build, tmp_path):
    _, _, whole = seeds_build
    build([SEEDS], tmp_path)
    summary = build([WSWS], tmp_path, append=True, check=True)
    assert summary.reused == 1
    assert (tmp_path / "graph.ttl").read_bytes() == (whole / "graph.ttl").read_bytes()


def test_a_rebuild_reuses_earlier_parses_and_a_plain_build_replaces_the_graph(tmp_path):
    build([SEEDS], tmp_path)
    again = build([SEEDS], tmp_path)
    assert again.reused == 2
    only = build([REUTERS], tmp_path)
    assert only.articles == 1
    from graphbuild.nlp import load_model, model_description

    cache = Cache(tmp_path, fingerprint(model_description(load_model())))
    assert len(cache.graph_ids()) == 1


def test_append_needs_an_earlier_build(tmp_path):
    with pytest.raises(InputError, match="build it first without --append"):
        build([REUTERS], tmp_path, append=True)


def test_a_damaged_cache_is_reported_not_a_traceback(tmp_path):
    from graphbuild.errors import GraphbuildError

    build([REUTERS], tmp_path)
    for path in (tmp_path / ".graphbuild").rglob("*.json"):
        if path.name != "graph.json":
            path.write_text("{not json", encoding="utf-8")
    with pytest.raises(GraphbuildError, match="is damaged"):
        build([WSWS], tmp_path, append=True)


def test_cli_append_and_merge(tmp_path):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["build", str(REUTERS), "--out", str(tmp_path / "a")]).exit_code == 0
    assert runner.invoke(app, ["build", str(WSWS), "--out", str(tmp_path / "b")]).exit_code == 0
    merged = runner.invoke(app, ["merge", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "c"), "--check"])
    assert merged.exit_code == 0, merged.output
    assert "built 2 articles, 2 from the cache" in merged.output
    appended = runner.invoke(app, ["build", str(WSWS), "--out", str(tmp_path / "a"), "--append"])
    assert appended.exit_code == 0 and "built 2 articles" in appended.output
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "c" / "graph.ttl").read_bytes()
    empty = runner.invoke(app, ["merge", str(tmp_path / "nothing"), "--out", str(tmp_path / "d")])
    assert empty.exit_code == 2 and "holds no graph" in empty.output


def test_a_damaged_cache_entry_is_parsed_again_by_a_plain_build(tmp_path):
    """Cache entries are written without fsync; one a power cut leaves empty costs a parse, not the build."""
    first = build([REUTERS], tmp_path)
    for path in (tmp_path / ".graphbuild").rglob("*.json"):
        if path.name != "graph.json":
            path.write_text("", encoding="utf-8")
    again = build([REUTERS], tmp_path)
    assert again.reused == 0 and again.triples == first.triples
    assert build([REUTERS], tmp_path).reused == 1
