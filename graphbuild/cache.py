"""Per-article extractions kept under ``out/.graphbuild/``, as JSON.

Each article's Extraction is saved in a file named by its id, in a folder named by the pipeline's
fingerprint (graphbuild's version, the spaCy model, and the ontology's data files). A later build
reuses what it finds there instead of parsing again; ``--append`` and ``merge`` rebuild the graph
from everything cached. JSON, not pickle: opening someone's output folder must never run code.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import shutil
import types
import typing
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from graphbuild.errors import GraphbuildError
from graphbuild.export.atomic import write_atomic
from graphbuild.model import Extraction

FOLDER = ".graphbuild"
MANIFEST = "graph.json"


def fingerprint(model: str) -> str:
    """Changes whenever a different graphbuild, model or data table could extract differently."""
    from graphbuild import __version__
    from graphbuild.knowledge import ontology_dir

    digest = hashlib.sha256(f"{__version__}\x1f{model}".encode())
    for path in sorted(ontology_dir().glob("*")):
        if path.suffix in {".tsv", ".ttl"} and path.name != "shapes.ttl":   # the shapes check outputs only
            digest.update(path.name.encode() + path.read_bytes())
    code = Path(__file__).parent     # the code that makes an extraction
    for path in [*sorted((code / "ingest").glob("*.py")), *sorted((code / "extract").glob("*.py")),
                 code / "model.py", code / "nlp.py", code / "executors.py", code / "coding.py", code / "knowledge.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Cache:
    """The extractions of one output folder for one pipeline fingerprint."""

    def __init__(self, out: Path, key: str) -> None:
        self.folder = Path(out) / FOLDER / key

    def get(self, article_id: str, *, damaged_is_missing: bool = False) -> Extraction | None:
        """The cached extraction of an article; None when there is none (or, with
        ``damaged_is_missing``, when its file is damaged: the article is then parsed again)."""
        path = self.folder / f"{article_id}.json"
        if not path.is_file():
            return None
        try:
            return decode(json.loads(path.read_text(encoding="utf-8")), Extraction)
        except (OSError, ValueError, KeyError, TypeError) as error:
            if damaged_is_missing:
                return None
            raise GraphbuildError(f"{path} is damaged ({error}); delete {self.folder} and build again") from error

    def put(self, extraction: Extraction) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise GraphbuildError(f"cannot create {self.folder}: {error.strerror}") from error
        data = json.dumps(encode(extraction), ensure_ascii=False, sort_keys=True)
        # not fsynced: a file a power cut leaves empty is parsed again by the next build
        write_atomic(self.folder / f"{extraction.article.id}.json", data.encode("utf-8"), durable=False)

    def graph_ids(self) -> list[str]:
        """The articles of the graph last written to this folder (its manifest)."""
        manifest = self.folder / MANIFEST
        if not manifest.is_file():
            return []
        try:
            return sorted(json.loads(manifest.read_text(encoding="utf-8")))
        except (OSError, ValueError) as error:
            raise GraphbuildError(f"{manifest} is damaged ({error}); build the folder again without --append") from error

    def record_graph(self, ids: Iterable[str]) -> None:
        """Written after the outputs: the articles the graph now holds. Parses no longer needed go."""
        ids = sorted(set(ids))
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.folder / MANIFEST, json.dumps(ids).encode("utf-8"))
        keep = set(ids)
        for path in self.folder.glob("*.json"):
            if path.name != MANIFEST and path.stem not in keep:
                path.unlink(missing_ok=True)
        for other in (self.folder.parent.iterdir() if self.folder.parent.is_dir() else []):
            if other.is_dir() and other != self.folder:
                shutil.rmtree(other, ignore_errors=True)   # built by another graphbuild or model

    def graph(self) -> list[Extraction]:
        """The extractions of the graph last written to this folder."""
        found = []
        for article_id in self.graph_ids():
            extraction = self.get(article_id)
            if extraction is None:
                raise GraphbuildError(f"{self.folder} lacks the extraction of article {article_id}; "
                                      "build the folder again without --append")
            found.append(extraction)
        return found


# ---------------------------------------------------------------------- JSON codec for the records

_PLAIN = frozenset({str, int, float, bool, type(None)})


def encode(value: object) -> object:
    """A record as JSON-ready data: dataclasses as dicts, enums as values, sets sorted."""
    kind = type(value)
    if kind in _PLAIN:       # most values: tested first, a build encodes every article's records
        return value
    if dataclasses.is_dataclass(kind):
        return {name: encode(getattr(value, name)) for name in _init_fields(kind)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (frozenset, set)):
        return sorted(encode(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return [[encode(k), encode(v)] for k, v in value.items()]
    return value


@functools.cache
def _init_fields(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind) if f.init)


@functools.cache
def _hints(kind: type) -> dict:
    return typing.get_type_hints(kind)


def decode(data: object, kind: object) -> object:
    """The inverse of encode, led by the type annotations of the records."""
    origin = typing.get_origin(kind)
    if kind is typing.Any:
        return data
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return None if data is None else decode(data, options[0])
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        fields = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{name: decode(data[name], hints[name]) for name in fields if name in data})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(v, args[0]) for v in data)
        return tuple(decode(v, a) for v, a in zip(data, args))
    if origin is frozenset:
        return frozenset(decode(v, typing.get_args(kind)[0]) for v in data)
    if origin is dict:
        key_type, value_type = typing.get_args(kind)
        return {decode(k, key_type): decode(v, value_type) for k, v in data}
    return data
