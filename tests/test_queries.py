"""The ready queries in queries/, run on the seeds, checked against what the two articles say.

The Reuters seed (no date in the file) and the WSWS seed (2 October 2017) both report Trump's
tweets telling Tillerson he was "wasting his time"; expected rows below come from their text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import EXIT_FAILED, app
from graphbuild.errors import QueryError
from graphbuild.query import bind_params, load_graph, parse_params, run_query

QUERIES = Path(__file__).resolve().parent.parent / "queries"
READY = ("opposes", "said", "relations", "corroborated", "timeline", "roles", "central")
REUTERS, WSWS = "Reuters", "World Socialist Web Site"
OPPOSES = {"contradicts", "rejects", "criticizes", "accuses", "opposes", "undermines", "sues"}

runner = CliRunner()


@pytest.fixture(scope="module")
def graph(seeds_build):
    return load_graph(seeds_build[2])


def rows(graph, name: str, **params: str) -> list[dict[str, str]]:
    text = bind_params((QUERIES / f"{name}.rq").read_text(encoding="utf-8"), {k: [v] for k, v in params.items()})
    result = run_query(graph, text)
    return [{str(v): ("" if row[v] is None else str(row[v])) for v in result.vars} for row in result]


def test_every_ready_query_is_documented_and_runs(graph):
    assert sorted(p.stem for p in QUERIES.glob("*.rq")) == sorted(READY)
    for name in READY:
        text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
        header = [line for line in text.splitlines() if line.startswith("#")]
        assert len(header) >= 5 and any(line.startswith("# Columns:") for line in header), name
        assert any(line.startswith("# Parameters:") for line in header), name
        assert any(f"queries/{name}.rq" in line for line in header), name
        assert rows(graph, name), name


def test_opposes_names_who_contradicts_whom_with_the_evidence(graph):
    found = rows(graph, "opposes")
    assert {r["relation"] for r in found} <= OPPOSES
    contradicts = {(r["publisher"], r["polarity"]): r["evidence"] for r in found
                   if (r["subject"], r["relation"], r["object"]) == ("Donald Trump", "contradicts", "Rex Tillerson")}
    # Reuters: "... seeming to contradict the top U.S. diplomat" (hedged); WSWS: "Trump's countermanding of Tillerson"
    assert "seeming to contradict the top U.S. diplomat" in contradicts[(REUTERS, "hedged")]
    assert "countermanding of Tillerson" in contradicts[(WSWS, "asserted")]
    # "Hammond ... denied that his boss had been undercut by Trump's tweets": a denied claim inside his statement
    denied = [r for r in found if r["relation"] == "undermines" and r["polarity"] == "negated"]
    assert [(r["subject"], r["object"], r["reported"], r["publisher"]) for r in denied] == \
           [("Donald Trump", "Rex Tillerson", "yes", REUTERS)]
    triples = {(r["subject"], r["relation"], r["object"]) for r in found}
    assert ("Donald Trump", "rejects", "talks") in triples            # "dismissed the prospect of talks"
    assert ("White House", "rejects", "proposal") in triples          # "rejected the Chinese proposal"


def test_said_lists_trumps_quotes_with_dates_and_sources(graph):
    found = rows(graph, "said", actor="Donald Trump")
    assert found and {r["speaker"] for r in found} == {"Donald Trump"}
    tweet = [r for r in found if r["text"].startswith("I told Rex Tillerson")]
    assert len(tweet) == 1
    assert tweet[0]["publisher"] == REUTERS and tweet[0]["channel"] == "Twitter" and tweet[0]["direct"] == "true"
    assert "wasting his time" in tweet[0]["text"] and tweet[0]["source"].endswith("000_c9d06a2011bef856.txt")
    energy = [r for r in found if r["text"].startswith("Save your energy Rex") and r["publisher"] == WSWS]
    assert energy and energy[0]["date"] == "2017-10-02"
    # the dated article first, the undated Reuters one after it
    dates = [r["date"] for r in found]
    assert dates == sorted(dates, key=lambda d: (d == "", d))
    # an alternative name, in any case, finds the same speaker
    assert rows(graph, "said", actor="trump") == found


def test_relations_of_one_actor_go_both_ways(graph):
    found = rows(graph, "relations", actor="Rex Tillerson")
    assert all("Rex Tillerson" in (r["subject"], r["object"]) for r in found)
    triples = {(r["subject"], r["relation"], r["object"]) for r in found}
    assert ("Donald Trump", "contradicts", "Rex Tillerson") in triples
    assert ("R.C. Hammond", "adviser to", "Rex Tillerson") in triples     # "R.C. Hammond, an adviser to Tillerson"
    assert ("Rex Tillerson", "meets", "Xi Jinping") in triples            # "Xi ... with whom Tillerson had just held talks"


def test_corroborated_counts_articles_and_publishers(graph):
    found = {(r["subject"], r["relation"], r["object"]): r for r in rows(graph, "corroborated")}
    both = found[("Donald Trump", "contradicts", "Rex Tillerson")]
    assert (both["articles"], both["publishers"], both["support"]) == ("2", "2", "2+ sources")
    assert both["sources"] == f"{REUTERS}, {WSWS}"
    assert found[("Kim Jong Un", "leader of", "North Korea")]["support"] == "2+ sources"
    # Reuters reports Hammond denying it, so only the WSWS carries "Trump undermined Tillerson"
    undermined = found[("Donald Trump", "undermines", "Rex Tillerson")]
    assert (undermined["articles"], undermined["sources"], undermined["support"]) == ("1", WSWS, "single source")
    # read twice from the one Reuters article: still one source
    assert found[("China", "supports", "dialogue")]["articles"] == "1"
    counts = [int(r["articles"]) for r in found.values()]
    assert counts == sorted(counts, reverse=True)


def test_timeline_orders_an_actors_events_by_date_then_text(graph):
    found = rows(graph, "timeline", actor="Donald Trump")
    assert all("Donald Trump" in (r["subject"], r["object"]) for r in found)
    dates = [r["date"] for r in found]
    assert dates[0] == "2017-10-02" and dates[-1] == ""                   # undated Reuters rows last
    assert dates == sorted(dates, key=lambda d: (d == "", d))
    wsws = [r["evidence"] for r in found if r["publisher"] == WSWS]
    # in the order of the WSWS text: "undercut his secretary of state" before "countermanding of Tillerson"
    undercut = next(i for i, e in enumerate(wsws) if "undercut his secretary of state" in e)
    countermanding = next(i for i, e in enumerate(wsws) if "countermanding of Tillerson" in e)
    assert undercut < countermanding
    assert any(r["relation"] == "rejects" and r["object"] == "talks" and r["publisher"] == REUTERS for r in found)


def test_roles_lists_titles_and_role_relations(graph):
    found = {(r["holder"], r["role"], r["of"], r["from"]) for r in rows(graph, "roles")}
    assert ("Rex Tillerson", "secretary of state", "", "title") in found
    assert ("Heather Nauert", "spokesperson for", "State Department", "relation") in found   # "State Department spokeswoman"
    assert ("Kim Jong Un", "leader of", "North Korea", "relation") in found                    # "North Korean leader Kim Jong Un"
    assert ("Donald Trump", "leader of", "United States", "relation") in found                 # "U.S. President Donald Trump"
    assert ("R.C. Hammond", "adviser to", "Rex Tillerson", "relation") in found


def test_central_ranks_trump_near_the_top_and_agrees_with_stats(graph):
    from graphbuild.stats import graph_stats

    found = rows(graph, "central")
    assert "Donald Trump" in [r["actor"] for r in found[:3]]
    degrees = [int(r["degree"]) for r in found]
    assert degrees == sorted(degrees, reverse=True)
    stats = {a.name: a.degree for a in graph_stats(graph, top=1000).top_by_degree}
    assert {r["actor"]: int(r["degree"]) for r in found} == {r["actor"]: stats[r["actor"]] for r in found}


# ------------------------------------------------------------------ parameters

def test_params_fill_the_values_line_and_keep_line_numbers():
    text = 'SELECT * WHERE {\n  VALUES ?actor { "Donald Trump" }\n  ?x ?y ?z\n}'
    bound = bind_params(text, {"actor": ['Kim "Jong" Un', "China"]})
    assert bound.splitlines()[1] == '  VALUES ?actor { "Kim \\"Jong\\" Un" "China" }'
    assert len(bound.splitlines()) == len(text.splitlines())
    assert bind_params(text, {}) == text


def test_param_errors_say_what_to_write():
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_params(["Donald Trump"])
    assert parse_params(["actor=Donald Trump", "?actor=China"]) == {"actor": ["Donald Trump", "China"]}
    with pytest.raises(QueryError, match=r"no `VALUES \?speaker \{ \.\.\. \}` line .*it has VALUES for \?actor"):
        bind_params('SELECT * { VALUES ?actor { "x" } }', {"speaker": ["y"]})


def test_ready_query_from_the_command_line_with_a_param(seeds_build):
    out = seeds_build[2]
    result = runner.invoke(app, ["query", str(out), "-f", str(QUERIES / "said.rq"),
                                 "--param", "actor=Heather Nauert", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "speaker,date,publisher,cue,channel,according_to,direct,text,source"
    assert any("They won't be open forever" in line for line in lines[1:])     # "she wrote on Twitter"
    assert all(line.startswith("Heather Nauert,") for line in lines[1:])
    result = runner.invoke(app, ["query", str(out), "-f", str(QUERIES / "opposes.rq"), "--param", "actor=x"])
    assert result.exit_code == EXIT_FAILED and "no `VALUES ?actor" in result.output
