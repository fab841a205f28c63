"""A function run beside this process: in a forked child, its result or its error sent back through a pipe.

The build uses it to write the HTML view, and with --check to check the graph against the SHACL
shapes, while it writes the other files: after the parse the machine's cores are free. The
child is forked so that it shares the graph already built, copy-on-write, instead of receiving
a pickled copy. Where fork is not the platform's way (macOS, Windows), the function simply runs
at once in this process.

    >>> work = start(sum, [1, 2, 3])
    >>> work.result()
    6
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from typing import Any

from graphbuild.errors import GraphbuildError


class Running:
    """A function started by :func:`start`; ``result()`` waits for it, ``close()`` stops it."""

    def __init__(self, function: Callable[..., Any], args: tuple, what: str | None = None) -> None:
        self._process = None
        self._done: tuple[bool, Any] | None = None
        self._name = what or getattr(function, "__name__", "background work")
        if not can_fork():
            self._done = _call(function, args)
            return
        context = multiprocessing.get_context("fork")
        self._pipe, child_end = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(child_end, function, args), daemon=True)
        self._process.start()
        child_end.close()

    def result(self) -> Any:
        """The function's return value; its exception is raised here."""
        if self._done is None:
            try:
                self._done = self._pipe.recv()
            except EOFError:
                self._process.join(5)
                code = self._process.exitcode
                self._done = (False, GraphbuildError(
                    f"the process running {self._name} died without an answer (exit code {code}); "
                    "if memory ran out, build fewer articles at once"))
            finally:
                self.close()
        ok, value = self._done
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Stop the child if it still runs (after an error or Ctrl-C in this process)."""
        if self._process is None:
            return
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._pipe.close()
        self._process = None


def start(function: Callable[..., Any], *args: Any, what: str | None = None) -> Running:
    """Start ``function(*args)`` beside this process; ``function`` must not write to shared state.
    ``what`` names the work in an error message (default: the function's name)."""
    return Running(function, args, what)


def can_fork() -> bool:
    """Linux, and not inside a daemonic process (a pool worker may not have children)."""
    return (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and not multiprocessing.current_process().daemon)


def _call(function: Callable[..., Any], args: tuple) -> tuple[bool, Any]:
    try:
        return True, function(*args)
    except Exception as error:
        return False, error


def _child(pipe, function: Callable[..., Any], args: tuple) -> None:
    try:
        outcome = _call(function, args)
    except BaseException:    # Ctrl-C reaches the child too; the parent reports it
        return
    try:
        pipe.send(outcome)
    except Exception as error:   # an answer that cannot be pickled
        pipe.send((False, GraphbuildError(f"{type(outcome[1]).__name__}: {outcome[1]} ({error})")))
    finally:
        pipe.close()
