"""Push a built graph into a triple store through the SPARQL 1.1 Graph Store Protocol.

Each named graph of ``out/graph.trig`` (one per article, plus the entity layer and the ontology)
is sent as one HTTP PUT to ``{endpoint}?graph=<iri>`` (the protocol's indirect graph
identification). PUT replaces the graph, so pushing again is idempotent: a store holds each
article's graph once, as the last push gave it. Graphs the store holds that the file does not name
are left alone.

The body is N-Triples, which is also Turtle, sent as ``text/turtle``: the one type every Graph Store
Protocol server reads. Where the server asks for a login, the user and password answer its HTTP
Basic or Digest challenge, whichever it names.

Graph Store endpoints of common stores:

    Oxigraph   http://localhost:7878/store
    Fuseki     http://localhost:3030/DATASET/data
    GraphDB    http://localhost:7200/repositories/REPO/rdf-graphs/service
    Virtuoso   http://localhost:8890/sparql-graph-crud-auth   (Digest login)
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from graphbuild.errors import GraphbuildError

CONTENT_TYPE = "text/turtle; charset=utf-8"
_ADDRESSES = ("Oxigraph http://HOST:7878/store, Fuseki http://HOST:3030/DATASET/data, "
              "GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/service, "
              "Virtuoso http://HOST:8890/sparql-graph-crud-auth")
_EXCERPT = 300


@dataclass(frozen=True, slots=True)
class PushSummary:
    """What a push sent: how many named graphs and triples, to which endpoint, in how long."""

    graphs: int
    triples: int
    endpoint: str
    seconds: float = 0.0


def push(out: str | Path, endpoint: str, *, user: str | None = None, password: str | None = None,
         timeout: float = 60) -> PushSummary:
    """PUT each named graph of ``out/graph.trig`` (or of a .trig/.nq file) to a Graph Store endpoint.

    ``timeout`` (seconds) bounds connecting and each wait for the server. Any failure raises a
    GraphbuildError naming the endpoint and, once sending has begun, the graph and how many graphs
    were stored before it.
    """
    import requests

    start = time.perf_counter()
    _check_endpoint(endpoint)
    graphs = named_graphs(out)
    session = requests.Session()
    login = _Login(user, password) if user is not None or password is not None else None
    triples = 0
    with session:
        for done, graph in enumerate(graphs):
            body = graph.serialize(format="nt", encoding="utf-8")
            _put(session, endpoint, str(graph.identifier), body, login, timeout,
                 stored=(done, len(graphs)))
            triples += len(graph)
    return PushSummary(len(graphs), triples, endpoint, time.perf_counter() - start)


def named_graphs(out: str | Path) -> list:
    """The named graphs of a built folder's graph.trig, or of a .trig/.nq file, sorted by IRI.

    Triples outside any named graph are refused: the Graph Store Protocol would put them in the
    store's default graph, which other data shares.
    """
    from rdflib import BNode, Dataset
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    path = _trig_path(Path(out))
    dataset = Dataset()
    try:
        dataset.parse(path, format="nquads" if path.suffix.lower() == ".nq" else "trig")
    except Exception as error:   # rdflib raises many parser-specific types
        raise GraphbuildError(f"{path} is not valid {path.suffix.lstrip('.')}: {error}") from error
    graphs = []
    for graph in dataset.graphs():
        if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
            if len(graph):
                raise GraphbuildError(
                    f"{path} has {len(graph)} triple(s) outside any named graph; push sends only named graphs "
                    "(put them inside a GRAPH <...> { } block, or rebuild the folder)")
            continue
        if isinstance(graph.identifier, BNode):
            raise GraphbuildError(f"{path} has a graph named by a blank node (_:{graph.identifier}); "
                                  "a store needs an IRI to name each graph")
        graphs.append(graph)
    if not graphs:
        raise GraphbuildError(f"{path} has no named graphs to push")
    return sorted(graphs, key=lambda g: str(g.identifier))


# ------------------------------------------------------------------ one request

def _put(session, endpoint: str, iri: str, body: bytes, login: _Login | None, timeout: float,
         *, stored: tuple[int, int]) -> None:
    import requests

    url = endpoint + ("&" if urlsplit(endpoint).query else "?") + urlencode({"graph": iri})
    after = _progress(stored)
    try:
        response = _send(session, url, body, login, timeout)
    except requests.Timeout as error:
        raise GraphbuildError(f"{endpoint} did not answer within {timeout:g} s while storing graph <{iri}>"
                              f"{after}") from error
    except requests.RequestException as error:
        raise GraphbuildError(f"cannot reach {endpoint} to store graph <{iri}>: {_reason(error)} "
                              f"(is the store running, and is this its address?){after}") from error
    if response.is_redirect:
        raise GraphbuildError(f"{endpoint} redirects to {response.headers.get('location')} instead of storing "
                              f"graph <{iri}>: give that address as the endpoint{after}")
    if response.status_code >= 300:
        raise GraphbuildError(f"{endpoint} refused graph <{iri}>: HTTP {response.status_code} {response.reason}"
                              f"{_excerpt(response)}{_hint(response.status_code, endpoint, login)}{after}")


def _send(session, url: str, body: bytes, login: _Login | None, timeout: float):
    """PUT ``body``; on a first login challenge, choose Basic or Digest as it asks and send again."""
    def put():
        return session.put(url, data=body, headers={"Content-Type": CONTENT_TYPE},
                           timeout=timeout, allow_redirects=False)

    response = put()
    if response.status_code == 401 and login is not None and session.auth is None:
        scheme = login.auth_for(response.headers.get("www-authenticate", ""))
        if scheme is not None:
            session.auth = scheme
            response.close()
            response = put()
    return response


class _Login:
    """A user and password, answered with the scheme the server's first challenge names."""

    def __init__(self, user: str | None, password: str | None) -> None:
        self.user, self.password = user or "", password or ""

    def auth_for(self, challenge: str):
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        schemes = {word.lower() for word in re.findall(r"(?:^|,)\s*([A-Za-z][\w-]*)(?=\s|$)", challenge)}
        if "digest" in schemes:           # the stronger of the two when both are offered
            return HTTPDigestAuth(self.user, self.password)
        if "basic" in schemes:
            return HTTPBasicAuth(self.user, self.password)
        return None


# ------------------------------------------------------------------ helpers

def _trig_path(out: Path) -> Path:
    if out.is_dir():
        path = out / "graph.trig"
        if not path.is_file():
            raise GraphbuildError(f"{out} has no graph.trig (the named graph of each article): "
                                  f"build it with `graphbuild build ... --out {out}`")
        return path
    if not out.is_file():
        raise GraphbuildError(f"{out} does not exist")
    if out.suffix.lower() not in {".trig", ".nq"}:
        raise GraphbuildError(f"{out}: push sends named graphs, from a built folder's graph.trig or a "
                              f".trig or .nq file, not a {out.suffix or 'suffix-less'} file")
    return out


def _check_endpoint(endpoint: str) -> None:
    parts = urlsplit(endpoint)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise GraphbuildError(f"the endpoint {endpoint!r} is not an http:// or https:// address; "
                              f"give the store's Graph Store Protocol address, e.g. {_ADDRESSES}")
    if parts.fragment:
        raise GraphbuildError(f"the endpoint {endpoint!r} has a #fragment; give the address without it")


def _progress(stored: tuple[int, int]) -> str:
    done, total = stored
    if not done:
        return ""
    return f"\n({done} of {total} graphs were stored before it; pushing again replaces them and sends the rest)"


def _reason(error: BaseException) -> str:
    """The innermost operating-system reason (``Connection refused``) in a requests error's chain."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [error]
    reason = None
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError) and current.strerror:
            reason = current.strerror
        stack.extend([current.__cause__, current.__context__, getattr(current, "reason", None)])
        stack.extend(a for a in current.args if isinstance(a, BaseException))
    return reason.lower() if reason else str(error)


def _excerpt(response) -> str:
    """The start of an error response's body as plain text (HTML markup removed)."""
    try:
        text = response.content[:20_000].decode(response.encoding or "utf-8", errors="replace")
    except LookupError:                  # a charset Python does not know
        text = response.content[:20_000].decode("utf-8", errors="replace")
    if "html" in response.headers.get("content-type", "").lower() or text.lstrip().startswith("<"):
        text = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = " ".join(text.split())
    if not text:
        return ""
    return ": " + (text if len(text) <= _EXCERPT else text[:_EXCERPT].rstrip() + " …")


def _hint(status: int, endpoint: str, login: _Login | None) -> str:
    if status == 401:
        return ("; the user name or password was not accepted" if login is not None
                else "; the store asks for a login: give --user and --password")
    if status == 403:
        return "; this login may not write to the store (it needs update rights)"
    if status in {404, 405}:
        return (f"; is {endpoint} the store's Graph Store Protocol address (not its SPARQL query address)? "
                f"e.g. {_ADDRESSES}")
    if status == 413:
        return "; the graph is larger than the store accepts in one request: raise its request size limit"
    if status == 415:
        return "; the store does not read text/turtle at this address"
    return ""
