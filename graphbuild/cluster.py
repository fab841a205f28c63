"""The per-article stage on a Dask cluster: parse and extract on the workers, the rest here.

    this machine (the client): read articles ──batches──▶ scheduler ──▶ workers: process_batch
                               ◀── Extractions, in input order ──┘
                               resolve ─▶ graph ─▶ outputs (pipeline.py, as for a local build)

The workers run ``executors.process_batch``, the same function a local build runs, so the graph is
byte for byte the one a local build gives. They must import the same graphbuild and load the same
model: on a real cluster, install both on every worker machine (docs/cluster.md); this is checked
before any article is sent. Without a scheduler address a LocalCluster of ``workers`` processes runs
on this machine for the duration of the build: a way to try the path out, not to scale.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from graphbuild.errors import GraphbuildError, ModelError
from graphbuild.model import Article, Extraction, InputProblem

if TYPE_CHECKING:
    from distributed import Client

CONNECT_TIMEOUT = 10    # seconds to reach the scheduler
WORKER_TIMEOUT = 60     # seconds for the workers asked for (--workers) to join the scheduler
HOW_TO_START = ("start one with `dask scheduler` (it listens on tcp://HOST:8786) and workers with "
                "`dask worker tcp://HOST:8786 --nworkers N --nthreads 1`; see docs/cluster.md")
RESUME = "Articles already extracted are kept in --out's cache, so building again parses only the others."

# For a local cluster's scheduler: no dashboard, and its other HTTP routes on a free port rather than
# on 8787, which it would take with a warning when busy (e.g. by a `dask scheduler` on this machine).
QUIET = {"dashboard_address": "127.0.0.1:0"}

# One batch at a time per worker process, however many threads the worker has (`dask worker` starts
# one per core): spaCy gains nothing from threads under the GIL and is not documented thread-safe.
_ONE_AT_A_TIME = threading.Lock()


def run_dask(articles: Iterable[Article], *, model: str | None = None, scheduler: str | None = None,
             workers: int = 1) -> Iterator[Extraction | InputProblem]:
    """The per-article stage over ``articles`` on the Dask cluster at ``scheduler``, in input order.

    With ``scheduler`` None, a LocalCluster of ``workers`` processes is started and stopped with the
    build; with an address, at least ``workers`` workers must join it within WORKER_TIMEOUT seconds.
    Raises GraphbuildError when the scheduler cannot be reached, or when a worker cannot import
    graphbuild or load ``model``, or runs a graphbuild or model different from this machine's.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise GraphbuildError("--executor dask needs Dask's distributed scheduler, which is not installed: "
                              "pip install 'graphbuild[dask]' (or 'dask[distributed]')") from error

    from graphbuild.executors import IN_FLIGHT, batches, ordered

    cluster = client = None
    try:
        if scheduler is None:
            # Its logs are silenced: what goes wrong reaches the build through the futures, and on
            # Ctrl-C, which its worker processes get too, they would print warnings as they stop.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, scheduler_kwargs=QUIET, silence_logs=logging.CRITICAL)
            client = Client(cluster, set_as_default=False)
            where = "the local Dask cluster"
        else:
            client = _connect(scheduler)
            where = f"the Dask scheduler at {scheduler}"
            _wait_for_workers(client, workers, scheduler)
        _check_workers(client, model)

        def submit(function, batch, model):
            return client.submit(_one_at_a_time, function, batch, model, pure=False)

        yield from _reported(ordered(submit, batches(articles), model=model,
                                     limit=max(len(client.nthreads()), 1) * IN_FLIGHT), where)
    finally:
        try:
            if client is not None:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()


def _connect(address: str) -> "Client":
    """A client of the scheduler at ``address``, or a GraphbuildError saying how to start one.

    The scheduler is reached once before the Client is made: a Client that fails to connect is left
    half started, and closing it when it is collected later blocks for seconds.
    """
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from distributed import Client

    try:
        with ThreadPoolExecutor(1) as thread:      # its own event loop, whatever the caller runs
            thread.submit(asyncio.run, _reach(address)).result()
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except ValueError as error:
        raise GraphbuildError(f"--scheduler {address!r} is not a Dask scheduler address such as "
                              f"tcp://HOST:8786 ({error})") from error
    except OSError as error:
        raise GraphbuildError(f"cannot reach a Dask scheduler at {address} within {CONNECT_TIMEOUT} s; "
                              f"{HOW_TO_START}") from error


async def _reach(address: str) -> None:
    from distributed.comm import connect
    from distributed.security import Security

    # Security() reads Dask's configuration, as Client does: tls:// addresses get their certificates
    comm = await connect(address, timeout=CONNECT_TIMEOUT, **Security().get_connection_args("client"))
    await comm.close()


def _wait_for_workers(client: "Client", wanted: int, address: str) -> None:
    try:
        client.wait_for_workers(wanted, timeout=WORKER_TIMEOUT)
    except TimeoutError as error:
        joined = len(client.nthreads())
        have = "no worker has" if not joined else f"only {joined} of the {wanted} workers asked for (--workers) have"
        raise GraphbuildError(f"{have} joined the Dask scheduler at {address} within {WORKER_TIMEOUT} s; start "
                              f"workers with `dask worker {address} --nworkers N --nthreads 1` (see "
                              "docs/cluster.md)") from error


def _check_workers(client: "Client", model: str | None) -> None:
    """Each worker loads the model now (so the first batch does not wait for it) and must extract
    exactly as this machine would: the same graphbuild, model and ontology data (cache.fingerprint).

    Whether a worker can import graphbuild is asked first with a builtin, ``exec``: a worker that
    cannot import a function sent to it drops its connection, and the build would wait for ever.
    """
    from graphbuild import __version__
    from graphbuild.cache import fingerprint
    from graphbuild.nlp import load_model, model_description

    imported = client.run(exec, "import graphbuild.cluster", {}, on_error="return")
    for address, failure in imported.items():
        if failure is not None:
            raise GraphbuildError(f"the Dask worker {address} cannot import graphbuild ({failure}); install "
                                  f"graphbuild {__version__} and the model on every worker machine, in the "
                                  "environment its `dask worker` runs in (see docs/cluster.md)") from failure
    description = model_description(load_model(model))     # loaded by build() already
    ours = _Pipeline(__version__, description, fingerprint(description))
    checks = {address: client.submit(_load, model, workers=[address], allow_other_workers=False, pure=False)
              for address in imported}
    for address, check in checks.items():
        try:
            theirs = _Pipeline(*check.result())
        except ModelError as error:
            raise GraphbuildError(f"the Dask worker {address} cannot load the model: {error} "
                                  "(install the model on every worker machine; see docs/cluster.md)") from error
        if theirs != ours:
            raise GraphbuildError(f"the Dask worker {address} would extract differently from this machine: it runs "
                                  f"graphbuild {theirs.version} with model {theirs.model}, this machine graphbuild "
                                  f"{ours.version} with model {ours.model}"
                                  f"{', and other code or ontology data' if theirs[:2] == ours[:2] else ''}; "
                                  "install the same graphbuild and model on every worker machine (see docs/cluster.md)")


class _Pipeline(NamedTuple):
    """What decides how a process extracts: cache.fingerprint of the model, the code and the data."""

    version: str
    model: str
    fingerprint: str


def _load(model: str | None) -> tuple[str, str, str]:
    """On a worker: load the model and the knowledge tables; what this worker runs (a _Pipeline)."""
    from graphbuild import __version__
    from graphbuild.cache import fingerprint
    from graphbuild.knowledge import load
    from graphbuild.nlp import load_model, model_description

    with _ONE_AT_A_TIME:
        description = model_description(load_model(model))
        load()
    return __version__, description, fingerprint(description)


def _one_at_a_time(function, *args):
    with _ONE_AT_A_TIME:
        return function(*args)


def _reported(results: Iterator[Extraction | InputProblem], where: str) -> Iterator[Extraction | InputProblem]:
    """``results``, with what can go wrong on the cluster while it runs said as a GraphbuildError."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker

    try:
        yield from results
    except ModelError as error:      # a worker that joined after the check
        raise GraphbuildError(f"a worker of {where} cannot load the model: {error}") from error
    except KilledWorker as error:
        raise GraphbuildError(f"workers of {where} died running the same batch of articles, one after the "
                              f"other ({error}); if memory ran out, run fewer workers per machine. {RESUME}") from error
    except CancelledError as error:
        raise GraphbuildError(f"lost the connection to {where} during the build. {RESUME}") from error
