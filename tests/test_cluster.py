"""Many machines: the per-article stage on a real Dask cluster (worker processes on loopback)."""

from __future__ import annotations

import gc
import multiprocessing
import os
import socket
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import graphbuild
from graphbuild import cluster as dask_executor
from graphbuild.cli import app
from graphbuild.errors import GraphbuildError
from graphbuild.pipeline import RUN_RECORD, build
from tests.conftest import SEEDS

distributed = pytest.importorskip("distributed")     # the optional extra: pip install 'graphbuild[dask]'
runner = CliRunner()


def scheduler_only():
    """A scheduler on loopback that no worker has joined."""
    return distributed.LocalCluster(n_workers=0, processes=True, host="127.0.0.1", dashboard_address=None,
                                    scheduler_kwargs=dask_executor.QUIET)


@pytest.fixture(scope="module")
def cluster():
    """A real Dask cluster: a scheduler and two worker processes, one thread each."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, scheduler_kwargs=dask_executor.QUIET) as running:
        yield running


def same_outputs(built, whole) -> None:
    """Every output but the run record (it holds times) is byte for byte the local build's."""
    (local_summary, _, local_out), out = whole, built.outputs[0].parent
    names = sorted(p.name for p in built.outputs if p.name != RUN_RECORD)
    assert names == sorted(p.name for p in local_summary.outputs if p.name != RUN_RECORD)
    assert "graph.ttl" in names and "graph.html" in names
    for name in names:
        assert (out / name).read_bytes() == (local_out / name).read_bytes(), name


def test_a_build_on_a_dask_cluster_gives_the_bytes_of_a_local_build(cluster, seeds_build, tmp_path):
    summary = build([SEEDS], tmp_path, executor="dask", scheduler=cluster.scheduler_address, check=True)
    assert summary.articles == 2 and summary.reused == 0 and not summary.problems
    same_outputs(summary, seeds_build)


def test_the_cli_builds_on_the_scheduler_it_is_given(cluster, seeds_build, tmp_path):
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path), "--executor", "dask",
                                 "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert "built 2 articles:" in result.output
    assert (tmp_path / "graph.ttl").read_bytes() == (seeds_build[2] / "graph.ttl").read_bytes()


def test_an_interrupted_build_closes_its_client(cluster, tmp_path):
    def clients() -> set[str]:
        return set(cluster.scheduler.clients)

    before = clients()

    def interrupt(articles: int, characters: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([SEEDS], tmp_path, executor="dask", scheduler=cluster.scheduler_address, on_progress=interrupt)
    gc.collect()
    deadline = time.monotonic() + 10
    while clients() != before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert clients() == before


def test_an_unreachable_scheduler_is_named_with_how_to_start_one(tmp_path):
    with socket.socket() as probe:          # a free port: nothing listens on it
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    started = time.monotonic()
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path), "--executor", "dask",
                                 "--scheduler", address])
    assert time.monotonic() - started < 15
    assert result.exit_code == 2, result.output
    assert f"error: cannot reach a Dask scheduler at {address} within 10 s" in result.stderr
    assert "`dask scheduler`" in result.stderr and "`dask worker tcp://HOST:8786" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "graph.ttl").exists()


def test_an_address_that_is_not_one_is_refused(tmp_path):
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path), "--executor", "dask",
                                 "--scheduler", "localhost:port"])
    assert result.exit_code == 2, result.output
    assert "error: --scheduler 'localhost:port' is not a Dask scheduler address such as tcp://HOST:8786" \
        in result.stderr


def test_without_dask_installed_the_error_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)       # `import distributed` fails
    with pytest.raises(GraphbuildError, match=r"--executor dask needs Dask's distributed scheduler, which is "
                                              r"not installed: pip install 'graphbuild\[dask\]'"):
        build([SEEDS], tmp_path, executor="dask")


def test_a_scheduler_without_workers_is_reported_after_a_while(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_executor, "WORKER_TIMEOUT", 1)
    with scheduler_only() as empty:
        address = empty.scheduler_address
        with pytest.raises(GraphbuildError, match=f"no worker has joined the Dask scheduler at {address} within "
                                                  f"1 s; start workers with `dask worker {address} --nworkers N"):
            build([SEEDS], tmp_path, executor="dask", scheduler=empty.scheduler_address)


def test_a_worker_that_cannot_import_graphbuild_is_named(tmp_path):
    """A worker whose Python has dask but not graphbuild: site-packages without its .pth files, where
    the editable install of graphbuild is, and a working directory that does not hold it."""
    site_packages = sysconfig.get_paths()["purelib"]
    if Path(graphbuild.__file__).is_relative_to(site_packages):
        pytest.skip("graphbuild is installed into site-packages, not in editable mode: no Python here lacks it")
    with scheduler_only() as empty:
        environment = {**os.environ, "PYTHONPATH": site_packages}
        worker = subprocess.Popen(
            [sys.executable, "-S", "-m", "distributed.cli.dask_worker", empty.scheduler_address,
             "--nthreads", "1", "--no-nanny", "--no-dashboard"],
            cwd=tmp_path, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with pytest.raises(GraphbuildError, match=r"the Dask worker tcp://127\.0\.0\.1:\d+ cannot import "
                                                      r"graphbuild \(No module named 'graphbuild'\); install"):
                build([SEEDS], tmp_path / "out", executor="dask", scheduler=empty.scheduler_address)
        finally:
            worker.terminate()
            worker.wait(timeout=30)


def test_without_a_scheduler_a_local_cluster_runs_for_the_build(seeds_build, tmp_path):
    before = set(multiprocessing.active_children())
    summary = build([SEEDS], tmp_path, executor="dask", workers=1)
    assert summary.articles == 2 and not summary.problems
    same_outputs(summary, seeds_build)
    assert set(multiprocessing.active_children()) <= before      # its worker process is gone
