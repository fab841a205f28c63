"""build(): files in, graph files out. Composes the steps and does nothing else.

    read_articles -> [parse -> extract] per article (executors) -> resolve -> build_graphs -> export_all
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

from graphbuild.errors import GraphbuildError, InputError
from graphbuild.model import Article, Extraction, InputProblem, Origin

STAGING = ".graphbuild-new-"   # prefix of the hidden folder in --out where outputs are written first
RUN_RECORD = "build.ttl"       # when this build ran: kept out of the graph files so they are reproducible


@dataclass(frozen=True, slots=True)
class BuildSummary:
    articles: int
    entities: int
    relations: int
    statements: int
    triples: int
    seconds: float
    model: str
    outputs: tuple[Path, ...]
    problems: tuple[InputProblem, ...]
    reused: int = 0          # articles whose extraction came from the cache, not a new parse


def build(paths: Iterable[str | Path], out: str | Path, *, model: str | None = None,
          base: str | None = None, append: bool = False, strict: bool = False, workers: int = 1,
          executor: str = "local", scheduler: str | None = None, store: str | None = None,
          check: bool = False, on_progress: Callable[[int, int], None] | None = None) -> BuildSummary:
    """Read every article under ``paths``, extract, resolve, and write the graph files to ``out``.

    Articles are read lazily and go through the per-article stage (parse + extract) in batches:
    in this process, in ``workers`` processes, or with ``executor="dask"`` on the Dask cluster at
    ``scheduler``. Articles parsed by an earlier build into ``out`` with the same pipeline are taken
    from its cache. With ``append`` the graph already in ``out`` keeps its articles and gains the
    new ones; an article it already holds changes nothing. ``store`` ("oxigraph:DIR") also loads the
    graph into an on-disk Oxigraph store. With ``check`` the graph is checked against
    ontology/shapes.ttl while the files are written, and nothing is published if it does not conform
    (a bug in graphbuild). ``on_progress(articles, characters)`` is called as each
    article is done. Unreadable inputs and articles whose extraction fails are reported in
    ``problems``; the others are built. Raises InputError when nothing at all could be read, and,
    with ``strict``, when any input had a problem or a warning (then nothing is written).
    """
    from graphbuild.cache import Cache, fingerprint
    from graphbuild.nlp import load_model, model_description

    started = perf_counter()
    paths = [str(p) for p in paths]
    if store is not None:
        from graphbuild.store import parse_store

        parse_store(store)          # a bad --store fails before any work is done
    description = model_description(load_model(model))
    out = Path(out)
    cache = Cache(out, fingerprint(description))
    problems: list[InputProblem] = []
    earlier: dict[str, Extraction] = {}
    if append:
        if not cache.graph_ids():
            raise InputError(f"{out} holds no graph built by this graphbuild and model to append to; "
                             "build it first without --append")
        earlier = {e.article.id: e for e in cache.graph()}
    found: dict[str, Extraction] = {}
    sizes: dict[str, int] = {}                 # article id -> characters, until it is done
    by_origin: dict[Origin, str] = {}          # for articles whose extraction fails
    done = [0, 0]    # articles, characters
    reused = 0

    def progress(article_id: str) -> None:
        done[0] += 1
        done[1] += sizes.pop(article_id, 0)
        if on_progress:
            on_progress(*done)

    def to_parse() -> Iterator[Article]:
        nonlocal reused
        for article in _articles(paths, problems):
            sizes[article.id] = len(article.original)
            by_origin[article.origin] = article.id
            cached = earlier.get(article.id) or cache.get(article.id, damaged_is_missing=True)
            if cached is not None:
                found[article.id] = cached
                reused += 1
                progress(article.id)
            else:
                yield article

    stage = _stage(to_parse(), model=model, workers=workers, executor=executor, scheduler=scheduler)
    with closing(stage):     # the process pool or the Dask client let go at once, even on Ctrl-C
        for result in stage:
            if isinstance(result, InputProblem):
                problems.append(result)
                progress(by_origin.get(result.origin, ""))
                continue
            cache.put(result)
            found[result.article.id] = result
            progress(result.article.id)

    if not found:
        detail = "; ".join(str(p) for p in problems[:5]) or "no input files found"
        raise InputError(f"no article could be read from {', '.join(paths)}: {detail}")

    if strict and problems:
        listed = "; ".join(str(p) for p in problems[:5]) + ("; ..." if len(problems) > 5 else "")
        raise InputError(f"--strict: {len(problems)} input problem(s), nothing was written: {listed}")
    extractions = [{**earlier, **found}[k] for k in sorted({**earlier, **found})]
    return _write(extractions, out, cache, base=base, started=started, model=description,
                  problems=problems, reused=reused, store=store, check=check)


def _stage(articles: Iterator[Article], *, model: str | None, workers: int, executor: str,
           scheduler: str | None) -> Iterator[Extraction | InputProblem]:
    """The per-article stage, on the chosen executor."""
    if scheduler is not None and executor != "dask":
        raise InputError(f"--scheduler {scheduler} is for --executor dask; add --executor dask")
    if executor == "local":
        from graphbuild.executors import run_local

        return run_local(articles, model=model, workers=workers)
    if executor == "dask":
        from graphbuild.cluster import run_dask

        return run_dask(articles, model=model, scheduler=scheduler, workers=workers)
    raise InputError(f"unknown executor {executor!r}; choose local or dask")


def merge(sources: Iterable[str | Path], out: str | Path, *, model: str | None = None,
          base: str | None = None, check: bool = False) -> BuildSummary:
    """One graph from several built output folders, resolved as if built together; ``check`` as for
    build()."""
    from graphbuild.cache import Cache, fingerprint
    from graphbuild.nlp import load_model, model_description

    started = perf_counter()
    description = model_description(load_model(model))
    key = fingerprint(description)
    merged: dict[str, Extraction] = {}
    for source in sources:
        extractions = Cache(Path(source), key).graph()
        if not extractions:
            raise InputError(f"{source} holds no graph built by this graphbuild and model ({description}); "
                             "build it again first")
        for extraction in extractions:
            merged.setdefault(extraction.article.id, extraction)
    out = Path(out)
    cache = Cache(out, key)
    for extraction in merged.values():
        cache.put(extraction)
    return _write([merged[k] for k in sorted(merged)], out, cache, base=base, started=started,
                  model=description, problems=[], reused=len(merged), check=check)


@contextmanager
def _collector_paused():
    """Python's cycle collector off for a while. The write stage makes millions of objects (terms,
    triples, index dicts) and almost no garbage cycles, so each automatic collection there only walks
    the whole growing graph again: on the 1,008-article corpus they took about 2 s of 9. What cycles
    it leaves are found by the collector's next run afterwards."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


@_collector_paused()
def _write(extractions: list[Extraction], out: Path, cache, *, base: str | None, started: float, model: str,
           problems: list[InputProblem], reused: int, store: str | None = None,
           check: bool = False) -> BuildSummary:
    """Resolve, build the graph, write every output and record what the graph holds."""
    from datetime import datetime, timedelta, timezone

    from graphbuild import __version__, background
    from graphbuild.rdf import DEFAULT_BASE, BuildInfo, build_graphs, run_record
    from graphbuild.resolve import complete_roles, resolve

    began = datetime.now(timezone.utc) - timedelta(seconds=perf_counter() - started)
    resolution = resolve(extractions)
    extractions = complete_roles(extractions, resolution)
    info = BuildInfo(f"graphbuild {__version__}", model)
    graphs = build_graphs(extractions, resolution, base=base or DEFAULT_BASE, info=info)
    # with check, checked against ontology/shapes.ttl while the files are written; a bug if it fails
    validation = (background.start(_check, graphs, f"the graph of {out}", what="the SHACL check of the graph")
                  if check else None)
    try:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise GraphbuildError(f"cannot create the output folder {out}: {error.strerror}") from error
        record = run_record(graphs, info, started=began, ended=datetime.now(timezone.utc))
        outputs = _export(graphs, out, title=_title(extractions), record=record,
                          ready=validation.result if validation else lambda: None)
    finally:
        if validation:
            validation.close()
    store = store or _recorded_store(out)
    if store is not None:
        from graphbuild.store import load_store

        outputs.append(load_store(store, out / "graph.nq", out / "graph.ttl", out=out))
    cache.record_graph(e.article.id for e in extractions)
    return BuildSummary(
        articles=len(extractions),
        entities=len(resolution.entities),
        relations=sum(len(e.relations) for e in extractions),
        statements=sum(len(e.statements) for e in extractions),
        triples=len(graphs.union_lines()),
        seconds=round(perf_counter() - started, 2),
        model=model,
        outputs=tuple(outputs),
        problems=tuple(problems),
        reused=reused,
    )


def _check(graphs, source: str) -> None:
    from graphbuild.validate import check

    check(graphs.union("SimpleMemory"), source=source)


def _export(graphs, out: Path, *, title: str, record, ready: Callable[[], object] = lambda: None) -> list[Path]:
    """Write every output into a hidden folder inside ``out``, call ``ready()``, then rename each into place.

    Nothing in ``out`` changes until all outputs are complete and ``ready()`` has returned (it raises
    when the graph must not be published), so a build that fails or is
    interrupted while writing (Ctrl-C, an exception) leaves the previous outputs as they were,
    and no temporary file behind; a folder left by a build that was killed is removed here.
    """
    import os
    import shutil
    import tempfile

    from graphbuild.export import export_all

    for leftover in out.glob(f"{STAGING}*"):   # from a build that was killed while writing
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        staging = Path(tempfile.mkdtemp(dir=out, prefix=STAGING))
    except OSError as error:
        raise GraphbuildError(f"cannot write into the output folder {out}: {error.strerror}") from error
    try:
        outputs = []
        from graphbuild.export.turtle import write_turtle

        write_turtle(record, staging / RUN_RECORD)
        written_all = [*export_all(graphs, staging, title=title), staging / RUN_RECORD]
        ready()
        for written in written_all:
            os.replace(written, out / written.name)
            outputs.append(out / written.name)
        return outputs
    except OSError as error:
        raise GraphbuildError(f"cannot write into the output folder {out}: {error.strerror or error}") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _recorded_store(out: Path) -> str | None:
    """The store an earlier build into ``out`` loaded, kept in step; forgotten if it was deleted."""
    from graphbuild.store import RECORD, recorded_store

    try:
        return recorded_store(out)
    except GraphbuildError:
        (out / RECORD).unlink(missing_ok=True)
        return None


def _articles(paths: list[str], problems: list[InputProblem]) -> Iterator[Article]:
    """Articles lazily; problems are collected on the side."""
    from graphbuild.ingest import read_articles

    for item in read_articles(paths):
        if isinstance(item, InputProblem):
            problems.append(item)
        else:
            yield item


def _title(extractions: list[Extraction]) -> str:
    count = len(extractions)
    return f"graphbuild: {count} article{'s' if count != 1 else ''}"
