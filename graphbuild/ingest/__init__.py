"""Ingest: files -> ``Article`` (or ``InputProblem`` for what cannot be read).

    for item in read_articles(["seeds/", "corpus/*.csv"]):
        ...  # an Article, or an InputProblem to report; the build goes on without it

Each file is read by the reader for its extension (``READERS``); every reader yields
articles lazily, so a large CSV is never held as a list of articles.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from graphbuild.ingest.readers import read_csv, read_jsonl, read_markdown, read_txt
from graphbuild.model import Article, InputProblem, Origin

Reader = Callable[[Path], Iterator[Article | InputProblem]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}
_EXPECTED = ".txt, .md, .jsonl, .csv"

__all__ = ["READERS", "Reader", "input_size", "read_articles", "read_csv", "read_jsonl", "read_markdown",
           "read_txt"]


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputProblem]:
    """Articles from files, directories (recursive, hidden entries skipped) and glob patterns.

    Paths are taken in the order given, the files found under each in sorted order; a file
    reached twice is read once. A path that does not exist, a pattern that matches nothing,
    a file with an unknown extension and a directory that gives no article (nor an error
    saying why) each yield an InputProblem naming it.
    """
    seen: set[Path] = set()
    for given in paths:
        files = read = errors = 0   # under ``given``: files, articles read (or read before), errors
        for found in _expand(given):
            if isinstance(found, InputProblem):
                errors += not found.warning
                yield found
                continue
            files += 1
            if (key := found.resolve()) in seen:
                read += 1
                continue
            seen.add(key)
            for item in _read_file(found):
                read += isinstance(item, Article)
                errors += isinstance(item, InputProblem) and not item.warning
                yield item
        if not read and not errors and Path(given).is_dir():   # else an error above says why
            why = (f"its {files} file{'s were' if files != 1 else ' was'} skipped" if files
                   else "it holds no files; hidden ones are not read")
            yield InputProblem(Origin(Path(given).as_posix()), f"no readable articles in this directory ({why})")


def input_size(paths: Iterable[str | Path]) -> int:
    """The bytes of every readable input file under ``paths``: the total of a progress bar."""
    total = 0
    for given in paths:
        for found in _expand(given):
            if isinstance(found, Path) and found.suffix.lower() in READERS:
                try:
                    total += found.stat().st_size
                except OSError:
                    pass   # read_articles reports it
    return total


def _read_file(path: Path) -> Iterator[Article | InputProblem]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        what = f"unknown extension '{path.suffix}'" if path.suffix else "no file extension"
        yield InputProblem(Origin(path.as_posix()), f"skipped: {what} (expected {_EXPECTED})", warning=True)
        return
    yield from reader(path)


def _expand(given: str | Path) -> Iterator[Path | InputProblem]:
    path = Path(given)
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield InputProblem(Origin(path.as_posix()), "not a regular file or a directory")
    elif any(c in str(given) for c in "*?["):
        matches = sorted(glob.glob(str(given), recursive=True))
        if not matches:
            yield InputProblem(Origin(path.as_posix()), "no files match this pattern")
        for match in matches:
            yield from _expand(match)
    else:
        yield InputProblem(Origin(path.as_posix()), "no such file or directory")


def _walk(root: Path) -> Iterator[Path | InputProblem]:
    """Files under ``root`` in sorted order, hidden files and directories skipped."""
    errors: list[OSError] = []
    found: list[Path] = []
    for directory, subdirectories, files in os.walk(root, onerror=errors.append):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        found += (Path(directory, f) for f in files if not f.startswith("."))
    yield from sorted(found, key=lambda p: p.relative_to(root).parts)
    for error in errors:
        where = Origin(Path(str(error.filename)).as_posix())
        yield InputProblem(where, f"cannot read directory: {error.strerror}")
