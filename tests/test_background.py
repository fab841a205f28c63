"""graphbuild.background: a function run in a forked child while the build writes its files."""

from __future__ import annotations

import os
import time

import pytest

from graphbuild import background
from graphbuild.errors import GraphbuildError, InputError


def _child_pid() -> int:
    return os.getpid()


def _fails() -> None:
    raise InputError("the shapes say no")


def _dies() -> None:
    os._exit(7)


def _sleeps() -> None:
    time.sleep(60)


def test_the_function_runs_in_another_process_and_its_answer_comes_back():
    work = background.start(_child_pid)
    assert work.result() != os.getpid()
    assert background.start(sum, [1, 2, 3]).result() == 6


def test_the_childs_error_is_raised_here_with_its_type_and_message():
    with pytest.raises(InputError, match="the shapes say no"):
        background.start(_fails).result()


def test_a_child_that_dies_gives_a_clear_error_not_a_hang():
    with pytest.raises(GraphbuildError, match=r"_dies died without an answer \(exit code 7\)"):
        background.start(_dies).result()


def test_close_stops_a_child_that_is_still_running():
    work = background.start(_sleeps)
    process = work._process
    started = time.monotonic()
    work.close()
    assert time.monotonic() - started < 10 and not process.is_alive()


def test_without_fork_the_function_runs_here_at_once(monkeypatch):
    monkeypatch.setattr(background, "can_fork", lambda: False)
    assert background.start(_child_pid).result() == os.getpid()
    with pytest.raises(InputError, match="the shapes say no"):
        background.start(_fails).result()


def test_the_work_can_be_named_for_the_error_message():
    with pytest.raises(GraphbuildError, match=r"running the SHACL check died without an answer"):
        background.start(_dies, what="the SHACL check").result()


def _inside_a_daemon() -> int:
    return background.start(_child_pid).result()


def test_inside_a_daemonic_process_the_function_runs_in_it():
    """A build run from a pool worker (a daemonic process, which may not have children) still works."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        worker_pid, ran_in = pool.apply(_pids_in_daemon)
    assert ran_in == worker_pid


def _pids_in_daemon() -> tuple[int, int]:
    return os.getpid(), _inside_a_daemon()
