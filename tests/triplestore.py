"""Real triple stores for the tests: each starts on a free loopback port with its database in a
temporary folder, answers SPARQL queries for the checks, and is stopped when the test is done.

    with oxigraph(tmp_path) as store:       # the Oxigraph server (PyPI `oxigraph`, in the test extra)
        push(out, store.gsp)
        store.counts()                      # {graph IRI: triples}

    with virtuoso(tmp_path) as store:       # OpenLink Virtuoso (Debian `virtuoso-opensource`)
        push(out, store.gsp, user=store.user, password=store.password)

A store whose program is not installed skips the test and names what to install; one that is
installed but does not come up fails it, with the end of its log.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

OURS = "https://w3id.org/graphbuild/"      # counts() looks only at graphs named under it
STARTUP = 90                              # seconds a store may take to come up
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))   # loopback: never through a proxy


@dataclass(frozen=True)
class Store:
    """A running store: its Graph Store Protocol endpoint, its SPARQL query endpoint, a login."""

    name: str
    gsp: str
    sparql: str
    seconds: float                         # how long it took to come up
    user: str | None = None
    password: str | None = None

    def select(self, query: str) -> list[dict[str, str]]:
        """The rows of a SELECT, each as {variable: value}."""
        body = self._post(query, "application/sparql-results+json")
        return [{name: cell["value"] for name, cell in row.items()}
                for row in json.loads(body)["results"]["bindings"]]

    def counts(self, prefix: str = OURS) -> dict[str, int]:
        """{graph IRI: number of triples} for the named graphs whose IRI starts with ``prefix``."""
        rows = self.select(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                           f"FILTER(STRSTARTS(STR(?g), {json.dumps(prefix)})) }} GROUP BY ?g")
        return {row["g"]: int(row["n"]) for row in rows}

    def graph(self, iri: str):
        """The triples of one named graph, as an rdflib Graph."""
        from rdflib import Graph

        # N-Triples, not Turtle: Virtuoso's Turtle writes -2.0^^xsd:decimal as a bare -2 (an integer)
        triples = self._post(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}",
                             "application/n-triples")
        return Graph().parse(data=triples, format="nt")

    def _post(self, query: str, accept: str) -> str:
        request = urllib.request.Request(
            self.sparql, data=urllib.parse.urlencode({"query": query}).encode(),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
        with _LOCAL.open(request, timeout=30) as response:
            return response.read().decode("utf-8")


@contextmanager
def oxigraph(folder: Path) -> Iterator[Store]:
    """``oxigraph serve`` on a free port, its database in ``folder``."""
    program = _find("oxigraph", "the Oxigraph server: pip install oxigraph (it is in graphbuild's test extra)")
    folder.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [program, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"]
    with _running("oxigraph", command, folder, ready=f"{base}/query?query=ASK%7B%7D") as seconds:
        yield Store("oxigraph", f"{base}/store", f"{base}/query", seconds)


@contextmanager
def virtuoso(folder: Path) -> Iterator[Store]:
    """``virtuoso-t`` on free ports, a new database in ``folder``, login dba/dba.

    Writes go to /sparql-graph-crud-auth, which asks for an HTTP Digest login.
    """
    program = _find("virtuoso-t", "OpenLink Virtuoso: apt-get install virtuoso-opensource")
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(_VIRTUOSO_INI.format(folder=folder, sql=sql_port, http=http_port))
    base = f"http://127.0.0.1:{http_port}"
    command = [program, "+foreground", "+configfile", str(folder / "virtuoso.ini")]
    with _running("virtuoso", command, folder, ready=f"{base}/sparql?query=ASK%7B%7D") as seconds:
        yield Store("virtuoso", f"{base}/sparql-graph-crud-auth", f"{base}/sparql", seconds,
                    user="dba", password="dba")


# ------------------------------------------------------------------ helpers

_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {folder}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
"""


def _find(name: str, install: str) -> str:
    """The program's path: on PATH, or beside this Python (a venv's bin/ need not be on PATH)."""
    beside = Path(sys.executable).parent / name
    program = shutil.which(name) or (str(beside) if beside.is_file() else None)
    if program is None:
        pytest.skip(f"{name} is not installed; install {install}")
    return program


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _running(name: str, command: list[str], folder: Path, *, ready: str) -> Iterator[float]:
    """Start ``command``, wait until ``ready`` answers 200, yield the seconds that took; stop it after."""
    log = folder / f"{name}.out"
    start = time.monotonic()
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   cwd=folder)
    try:
        _wait_until_ready(name, process, ready, log)
        yield time.monotonic() - start
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_ready(name: str, process: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{name} stopped while starting (exit status {process.returncode}):\n{_tail(log)}")
        try:
            with _LOCAL.open(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    pytest.fail(f"{name} did not answer {url} within {STARTUP} s:\n{_tail(log)}")


def _tail(log: Path, lines: int = 20) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    return "\n".join(text.splitlines()[-lines:]) or "(no output)"
