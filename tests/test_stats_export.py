"""graphbuild stats and graphbuild export on the seeds: figures that agree with the graph, and
network files that Gephi and Cytoscape can open (checked by reading them back with networkx)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphbuild.cli import EXIT_FAILED, app
from graphbuild.errors import GraphbuildError
from graphbuild.export import EXPORTERS
from graphbuild.export.networks import export_graph, network
from graphbuild.query import load_graph, run_query
from graphbuild.stats import actor_graph, format_stats, graph_stats, pagerank

runner = CliRunner()
GB = "https://w3id.org/graphbuild/resource/"
TRUMP, TILLERSON, KIM = GB + "Donald_Trump", GB + "Rex_Tillerson", GB + "Kim_Jong_Un"
OPPOSES = "opposes, rejects or criticizes"


@pytest.fixture(scope="module")
def graph(seeds_build):
    return load_graph(seeds_build[2])


@pytest.fixture
def out(seeds_build, tmp_path):
    """A private copy of the seeds' build, so that writing into it leaves the shared one alone."""
    copy = tmp_path / "out"
    shutil.copytree(seeds_build[2], copy)
    return copy


def count(graph, sparql: str) -> int:
    return int(next(iter(run_query(graph, sparql)))[0])


# ------------------------------------------------------------------ stats

def test_stats_counts_agree_with_the_graph(graph):
    stats = graph_stats(graph)
    assert stats.triples == len(graph)
    assert stats.articles == 2
    assert stats.relations == count(graph, "SELECT (COUNT(?r) AS ?n) WHERE { ?r a gb:Relation }")
    assert stats.statements == count(graph, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a gb:Statement }")
    by_type = {c.name: c.count for c in stats.entities_by_type}
    assert by_type["Person"] == count(graph, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a gb:Person }")
    assert {"Person", "Country", "Organization", "Topic"} <= set(by_type)
    assert sum(by_type.values()) == stats.entities
    families = {f.family: f for f in stats.relations_by_family}
    assert families[OPPOSES].stance == "conflictual"
    assert families[OPPOSES].relations == count(graph, """SELECT (COUNT(?r) AS ?n) WHERE {
        ?r a gb:Relation ; gb:predicate/rdfs:subPropertyOf gb:opposes }""")
    # the hedged US strike "would risk massive casualties" is reported, so it is a node but no fact
    assert families["attacks or fights"].relations == 1 and families["attacks or fights"].facts == 0
    assert sum(f.relations for f in stats.relations_by_family) == stats.relations


def test_stats_per_source(graph):
    stats = graph_stats(graph)
    publishers = {s.source: s for s in stats.by_publisher}
    assert set(publishers) == {"Reuters", "World Socialist Web Site"}
    reuters = publishers["Reuters"]
    assert reuters.articles == 1
    assert reuters.statements == count(graph, """SELECT (COUNT(?s) AS ?n) WHERE {
        ?s a gb:Statement ; gb:article/schema:publisher "Reuters" }""")
    assert sum(s.relations for s in stats.by_publisher) == stats.relations
    assert sum(s.statements for s in stats.by_file) == stats.statements
    assert sorted(Path(s.source).name for s in stats.by_file) == ["000_c9d06a2011bef856.txt", "004_a09cafcacc64e707.txt"]


def test_stats_rank_actors_by_degree_and_pagerank(graph):
    stats = graph_stats(graph, top=5)
    assert len(stats.top_by_degree) == 5 and len(stats.top_by_pagerank) == 5
    assert "Donald Trump" in [a.name for a in stats.top_by_degree[:3]]
    assert "Donald Trump" in [a.name for a in stats.top_by_pagerank[:5]]
    trump = next(a for a in stats.top_by_degree if a.name == "Donald Trump")
    # at least Tillerson, Kim Jong Un, North Korea and the United States (whose president he is)
    assert trump.kind == "Person" and trump.degree >= 4 and trump.articles == 2
    assert trump.relations == count(graph, """SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {
        ?r a gb:Relation . { ?r gb:subject gbr:Donald_Trump } UNION { ?r gb:object gbr:Donald_Trump } }""")
    ranks = [a.pagerank for a in stats.top_by_pagerank]
    assert ranks == sorted(ranks, reverse=True)
    assert {a.kind for a in stats.top_by_degree} <= {"Person", "Organization", "Country", "Group"}


def test_pagerank_matches_networkx(graph):
    pytest.importorskip("scipy")     # nx.pagerank needs scipy; ours needs only numpy
    actors = actor_graph(graph)
    pairs = nx.Graph()
    pairs.add_nodes_from(actors)
    for u, v in actors.edges():
        if u != v:
            pairs.add_edge(u, v, weight=pairs.get_edge_data(u, v, default={"weight": 0})["weight"] + 1)
    ours, theirs = pagerank(actors), nx.pagerank(pairs, weight="weight", tol=1e-10, max_iter=1000)
    assert ours.keys() == theirs.keys()
    assert all(abs(ours[n] - theirs[n]) < 1e-6 for n in ours)
    assert pagerank(nx.MultiDiGraph()) == {}


def test_actor_graph_holds_only_actors_and_pagerank_sums_to_one(graph):
    actors = actor_graph(graph)
    assert {kind for _, kind in actors.nodes(data="kind")} <= {"Person", "Organization", "Country", "Group"}
    assert actors.has_edge(TRUMP, TILLERSON) and not actors.has_node(GB + "talks")
    everyone = graph_stats(graph, top=10_000).top_by_pagerank
    assert len(everyone) == actors.number_of_nodes()
    assert abs(sum(a.pagerank for a in everyone) - 1.0) < 1e-4


def test_stats_text_and_json(graph):
    stats = graph_stats(graph)
    text = format_stats(stats)
    for heading in ("entities by type", "relations by family", "top actors by degree", "top actors by PageRank",
                    "per publisher", "per source file"):
        assert f"\n{heading}\n" in text
    assert json.loads(format_stats(stats, "json")) == json.loads(json.dumps(stats.to_dict()))
    with pytest.raises(GraphbuildError, match="unknown format 'xml'"):
        format_stats(stats, "xml")


def test_stats_command(seeds_build):
    out = seeds_build[2]
    result = runner.invoke(app, ["stats", str(out)])
    assert result.exit_code == 0, result.output
    assert "top actors by PageRank" in result.output and "Donald Trump" in result.output
    result = runner.invoke(app, ["stats", str(out / "graph.ttl"), "--format", "json", "--top", "3"])
    data = json.loads(result.output)
    assert len(data["top_by_degree"]) == 3 and data["articles"] == 2
    result = runner.invoke(app, ["stats", str(out / "missing.ttl")])
    assert result.exit_code == EXIT_FAILED and "does not exist" in result.output and "Traceback" not in result.output


# ------------------------------------------------------------------ export

def _read(fmt: str, path) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_writes_a_network_that_reads_back(out, graph, fmt):
    result = runner.invoke(app, ["export", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    path = out / EXPORTERS[fmt].file_name
    assert f"wrote {path}" in result.output and path.is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != ".graphbuild"]   # no temp file
    back = _read(fmt, path)
    expected = network(graph)
    assert set(back.nodes) == set(expected.nodes)
    assert back.number_of_edges() == expected.number_of_edges()
    trump = back.nodes[TRUMP]
    assert (trump["label"], trump["kind"]) == ("Donald Trump", "Person")
    assert "Trump" in trump["names"] and "president" in trump["titles"]
    assert trump["quote_count"] >= 5 and "I told Rex Tillerson" in trump["quotes"]
    edges = [data for data in back.get_edge_data(TRUMP, TILLERSON).values() if data["relation"] == "contradicts"]
    assert len(edges) == 1
    edge = edges[0]
    assert edge["family"] == OPPOSES and edge["stance"] == "conflictual"
    assert edge["evidence_count"] == 2 and "seeming to contradict" in edge["evidence"]
    assert set(edge["polarity"].split(" | ")) == {"asserted", "hedged"}
    assert "Trump rules out negotiations with North Korea" in edge["articles"]
    for _, data in back.nodes(data=True):
        assert {"label", "kind"} <= set(data)
    for _, _, data in back.edges(data=True):
        assert {"relation", "family", "stance", "confidence"} <= set(data)


def test_network_attributes_are_plain_values(graph):
    flat = network(graph)
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for _, _, d in flat.edges(data=True) for v in d.values()]
    assert values and all(isinstance(v, (str, int, float)) for v in values)
    # the mirror of a symmetric relation carries the evidence of the reading it mirrors
    forward = flat.get_edge_data(TILLERSON, GB + "Xi_Jinping")["meets"]
    mirrored = flat.get_edge_data(GB + "Xi_Jinping", TILLERSON)["meets"]
    assert mirrored["evidence"] == forward["evidence"] and "Xi" in mirrored["evidence"]


def test_export_to_a_chosen_file_and_errors(out, tmp_path):
    target = tmp_path / "network.gexf"
    assert export_graph(out, "gexf", output=target) == target
    assert nx.read_gexf(target).number_of_nodes() > 10
    assert export_graph(out / "graph.ttl", "html", output=tmp_path / "view.html").is_file()
    with pytest.raises(GraphbuildError, match="unknown export format 'dot'; choose one of turtle, html, graphml"):
        export_graph(out, "dot")
    with pytest.raises(GraphbuildError, match="is the graph being exported"):
        export_graph(out, "turtle")
    with pytest.raises(GraphbuildError, match="the folder .*nowhere does not exist"):
        export_graph(out, "json", output=tmp_path / "nowhere" / "graph.json")
    result = runner.invoke(app, ["export", str(tmp_path / "empty"), "--format", "graphml"])
    assert result.exit_code == EXIT_FAILED and "does not exist" in result.output and "Traceback" not in result.output


def test_build_writes_the_graph_files_and_no_network_exports(seeds_build):
    assert sorted(p.name for p in seeds_build[2].iterdir()) == [
        ".graphbuild", "build.ttl", "graph.html", "graph.nq", "graph.trig", "graph.ttl"]
