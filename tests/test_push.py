"""graphbuild push: named graphs into real triple stores over the SPARQL 1.1 Graph Store Protocol.

Oxigraph (a fresh store per test, up in a fraction of a second) checks what a push stores and that
pushing again changes nothing; Virtuoso (one store for the module, about ten seconds to create)
checks a second implementation and its Digest login. What arrived is read back with SPARQL.
"""

from __future__ import annotations

import base64
import shutil
import socket
import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from graphbuild.errors import GraphbuildError
from graphbuild.push import PushSummary, named_graphs, push
from tests.triplestore import oxigraph, virtuoso

FIXTURE = Path(__file__).parent / "fixtures" / "push"
GRAPH = "https://w3id.org/graphbuild/resource/graph/"
EXPECTED = {GRAPH + "reuters-001": 14, GRAPH + "wsws-002": 12, GRAPH + "entities": 13}


@pytest.fixture
def store(tmp_path):
    with oxigraph(tmp_path / "oxigraph") as running:
        yield running


@pytest.fixture(scope="module")
def virtuoso_store(tmp_path_factory):
    with virtuoso(tmp_path_factory.mktemp("virtuoso")) as running:
        yield running


def local_graphs(out: Path) -> dict[str, object]:
    return {str(g.identifier): g for g in named_graphs(out)}


def assert_holds(store, out: Path) -> None:
    """The store holds exactly out/graph.trig's named graphs (under our IRIs), triple for triple."""
    expected = local_graphs(out)
    assert store.counts() == {iri: len(g) for iri, g in expected.items()}
    for iri, graph in expected.items():
        assert isomorphic(by_value(store.graph(iri)), by_value(graph)), iri


def by_value(graph: Graph) -> Graph:
    """The graph with each number spelled one way: a store keeps a number's value, not its spelling
    (Oxigraph gives "-2.0"^^xsd:decimal back as "-2")."""
    spelled = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and isinstance(o.value, (Decimal, float)):
            o = Literal(format(Decimal(o.value).normalize(), "f"), datatype=o.datatype)
        spelled.add((s, p, o))
    return spelled


# ------------------------------------------------------------------ what a push stores

def test_push_stores_each_named_graph(store):
    summary = push(FIXTURE, store.gsp)
    assert summary == PushSummary(graphs=3, triples=39, endpoint=store.gsp, seconds=summary.seconds)
    assert store.counts() == EXPECTED
    assert_holds(store, FIXTURE)
    assert store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [{"n": "0"}]   # default graph empty


def test_pushing_again_changes_nothing(store):
    push(FIXTURE, store.gsp)
    push(FIXTURE / "graph.trig", store.gsp)
    assert store.counts() == EXPECTED                  # no duplicates, not even of the blank node
    assert_holds(store, FIXTURE)


def test_a_changed_graph_replaces_the_old_one_and_others_are_left_alone(store, tmp_path):
    push(FIXTURE, store.gsp)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.trig").write_text(
        "@prefix gbr: <https://w3id.org/graphbuild/resource/> .\n"
        f"<{GRAPH}reuters-001> {{ gbr:Donald_Trump gbr:praises gbr:Rex_Tillerson . }}\n", encoding="utf-8")
    summary = push(out, store.gsp)
    assert (summary.graphs, summary.triples) == (1, 1)
    assert store.counts() == {**EXPECTED, GRAPH + "reuters-001": 1}
    assert isomorphic(store.graph(GRAPH + "reuters-001"), local_graphs(out)[GRAPH + "reuters-001"])
    assert isomorphic(by_value(store.graph(GRAPH + "entities")), by_value(local_graphs(FIXTURE)[GRAPH + "entities"]))


def test_nquads_are_pushed_too(store, tmp_path):
    dataset = Dataset()
    dataset.parse(FIXTURE / "graph.trig", format="trig")
    dataset.serialize(tmp_path / "graph.nq", format="nquads")
    push(tmp_path / "graph.nq", store.gsp)
    assert store.counts() == EXPECTED


def test_a_real_build_is_pushed(store, seeds_build):
    _, _, out = seeds_build
    summary = push(out, store.gsp)
    assert summary.graphs == len(named_graphs(out)) >= 3
    assert_holds(store, out)
    push(out, store.gsp)
    assert sum(store.counts().values()) == summary.triples


def test_the_push_command(store):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    result = CliRunner().invoke(app, ["push", str(FIXTURE), "--endpoint", store.gsp])
    assert result.exit_code == 0, result.output
    assert "3 graphs" in result.output and "39 triples" in result.output
    assert store.counts() == EXPECTED
    result = CliRunner().invoke(app, ["push", str(FIXTURE), "--endpoint", store.gsp.replace("/store", "/graphs")])
    assert result.exit_code == 2 and "error:" in result.output and "HTTP 404" in result.output


# ------------------------------------------------------------------ errors a user can act on

def test_nothing_listening_names_the_endpoint():
    with socket.socket() as probe:                   # a free port, closed again: nothing listens there
        probe.bind(("127.0.0.1", 0))
        endpoint = f"http://127.0.0.1:{probe.getsockname()[1]}/store"
    with pytest.raises(GraphbuildError, match="connection refused") as error:
        push(FIXTURE, endpoint, timeout=5)
    assert f"cannot reach {endpoint}" in str(error.value) and f"<{GRAPH}entities>" in str(error.value)


def test_a_store_that_never_answers_times_out():
    with socket.socket() as silent:                  # accepts connections (the kernel does), never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        endpoint = f"http://127.0.0.1:{silent.getsockname()[1]}/store"
        with pytest.raises(GraphbuildError, match=r"did not answer within 0.5 s while storing graph <"):
            push(FIXTURE, endpoint, timeout=0.5)


def test_a_wrong_path_gives_the_status_and_the_usual_addresses(store):
    endpoint = store.gsp.replace("/store", "/graphs")
    with pytest.raises(GraphbuildError) as error:
        push(FIXTURE, endpoint)
    message = str(error.value)
    assert message.startswith(f"{endpoint} refused graph <{GRAPH}entities>: HTTP 404 Not Found: ")
    assert "Graph Store Protocol address" in message and "Fuseki http://HOST:3030/DATASET/data" in message


def test_the_query_endpoint_is_not_the_graph_store(store):
    with pytest.raises(GraphbuildError, match=r"HTTP 40[45] .*not its SPARQL query address"):
        push(FIXTURE, store.sparql)


@pytest.mark.parametrize("endpoint", ["localhost:7878/store", "ftp://localhost/store", "http:///store",
                                      "http://localhost:7878/store#x"])
def test_an_endpoint_that_is_not_an_http_address(endpoint):
    with pytest.raises(GraphbuildError, match="endpoint"):
        push(FIXTURE, endpoint)


def test_a_folder_without_graph_trig(tmp_path):
    (tmp_path / "graph.ttl").write_text("", encoding="utf-8")
    with pytest.raises(GraphbuildError, match=rf"{tmp_path} has no graph.trig .*graphbuild build \.\.\. --out"):
        push(tmp_path, "http://127.0.0.1:1/store")


def test_a_turtle_file_is_refused(tmp_path):
    (tmp_path / "graph.ttl").write_text("", encoding="utf-8")
    with pytest.raises(GraphbuildError, match=r"push sends named graphs.* not a \.ttl file"):
        push(tmp_path / "graph.ttl", "http://127.0.0.1:1/store")


def test_triples_outside_a_named_graph_are_refused(tmp_path):
    shutil.copy(FIXTURE / "graph.trig", tmp_path / "graph.trig")
    with (tmp_path / "graph.trig").open("a", encoding="utf-8") as trig:
        trig.write("gbr:China gb:supports gbr:talks .\n")
    with pytest.raises(GraphbuildError, match=r"1 triple\(s\) outside any named graph.*GRAPH <\.\.\.>"):
        push(tmp_path, "http://127.0.0.1:1/store")


def test_a_broken_trig_names_the_file(tmp_path):
    (tmp_path / "graph.trig").write_text("<http://x> { <http://a> <http://b> }\n", encoding="utf-8")
    with pytest.raises(GraphbuildError, match=r"graph.trig is not valid trig"):
        push(tmp_path, "http://127.0.0.1:1/store")


# ------------------------------------------------------------------ a second store, and logins

def test_virtuoso_stores_the_graphs_with_a_digest_login(virtuoso_store):
    store = virtuoso_store
    push(FIXTURE, store.gsp, user=store.user, password=store.password)
    push(FIXTURE, store.gsp, user=store.user, password=store.password)
    assert store.counts() == EXPECTED
    assert_holds(store, FIXTURE)


def test_virtuoso_without_a_login_asks_for_one(virtuoso_store):
    with pytest.raises(GraphbuildError, match=r"HTTP 401 Unauthorized.*give --user and --password"):
        push(FIXTURE, virtuoso_store.gsp)


def test_virtuoso_with_a_wrong_password(virtuoso_store):
    with pytest.raises(GraphbuildError, match=r"HTTP 401 Unauthorized.*password was not accepted"):
        push(FIXTURE, virtuoso_store.gsp, user="dba", password="not-the-password")


def test_virtuoso_without_update_rights_shows_its_reason_as_text(virtuoso_store):
    endpoint = virtuoso_store.gsp.replace("-auth", "")          # the anonymous address may only read
    with pytest.raises(GraphbuildError) as error:
        push(FIXTURE, endpoint)
    message = str(error.value)
    assert "HTTP 403 Forbidden: " in message and "Permission denied" in message
    assert "<" not in message.split("Forbidden", 1)[1].replace(f"<{GRAPH}", "")   # the HTML is gone
    assert "needs update rights" in message


class _BasicStore(BaseHTTPRequestHandler):
    """A Graph Store that wants HTTP Basic (Virtuoso and Oxigraph ask for Digest or nothing)."""

    login = "Basic " + base64.b64encode(b"reader:secret").decode()
    received: list[tuple[str, bytes]] = []

    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Authorization") != self.login:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="graphs"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.received.append((self.path, body))
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_basic_login_answers_a_basic_challenge():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BasicStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        endpoint = f"http://127.0.0.1:{server.server_port}/store"
        summary = push(FIXTURE, endpoint, user="reader", password="secret")
        with pytest.raises(GraphbuildError, match="password was not accepted"):
            push(FIXTURE, endpoint, user="reader", password="wrong")
    finally:
        server.shutdown()
        server.server_close()
    assert summary.graphs == 3
    paths = [path for path, _ in _BasicStore.received]
    assert paths == [f"/store?graph=https%3A%2F%2Fw3id.org%2Fgraphbuild%2Fresource%2Fgraph%2F{name}"
                     for name in ("entities", "reuters-001", "wsws-002")]
