"""build(): files in, graph files out. Composes the steps and does nothing else.

    read_articles -> nlp.pipe -> extract -> resolve -> build_graph -> export_all
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

from graphbuild.errors import GraphbuildError, InputError
from graphbuild.model import Article, Extraction, InputProblem

BATCH_SIZE = 32
STAGING = ".graphbuild-new-"   # prefix of the hidden folder in --out where outputs are written first


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
          base: str | None = None, append: bool = False, strict: bool = False,
          on_article: Callable[[Article], None] | None = None) -> BuildSummary:
    """Read every article under ``paths``, extract, resolve, and write graph.ttl and graph.html to ``out``.

    Articles parsed by an earlier build into ``out`` with the same pipeline are taken from its
    cache. With ``append`` the graph already in ``out`` keeps its articles and gains the new ones;
    an article it already holds changes nothing. Unreadable inputs and articles whose extraction
    fails are reported in ``problems``; the others are built. Raises InputError when nothing at all
    could be read, and, with ``strict``, when any input had a problem or a warning (then nothing
    is written).
    """
    from graphbuild.cache import Cache, fingerprint
    from graphbuild.extract import extract
    from graphbuild.knowledge import load
    from graphbuild.nlp import load_model, model_description, parse

    started = perf_counter()
    paths = [str(p) for p in paths]
    nlp = load_model(model)
    knowledge = load()
    out = Path(out)
    cache = Cache(out, fingerprint(model_description(nlp)))
    problems: list[InputProblem] = []
    earlier: dict[str, Extraction] = {}
    if append:
        if not cache.graph_ids():
            raise InputError(f"{out} holds no graph built by this graphbuild and model to append to; "
                             "build it first without --append")
        earlier = {e.article.id: e for e in cache.graph()}
    found: dict[str, Extraction] = {}
    reused = 0

    def to_parse() -> Iterator[Article]:
        nonlocal reused
        for article in _articles(paths, problems):
            cached = earlier.get(article.id) or cache.get(article.id)
            if cached is not None:
                found[article.id] = cached
                reused += 1
                if on_article:
                    on_article(article)
            else:
                yield article

    for doc, article in parse(nlp, ((a.text, a) for a in to_parse()), batch_size=BATCH_SIZE):
        try:
            extraction = extract(article, doc, knowledge=knowledge)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as error:
            problems.append(InputProblem(article.origin, f"extraction failed ({type(error).__name__}: {error}); "
                                                         "the article was left out"))
        else:
            cache.put(extraction)
            found[article.id] = extraction
        if on_article:
            on_article(article)

    if not found:
        detail = "; ".join(str(p) for p in problems[:5]) or "no input files found"
        raise InputError(f"no article could be read from {', '.join(paths)}: {detail}")

    if strict and problems:
        listed = "; ".join(str(p) for p in problems[:5]) + ("; ..." if len(problems) > 5 else "")
        raise InputError(f"--strict: {len(problems)} input problem(s), nothing was written: {listed}")
    extractions = [{**earlier, **found}[k] for k in sorted({**earlier, **found})]
    return _write(extractions, out, cache, base=base, started=started, model=model_description(nlp),
                  problems=problems, reused=reused)


def merge(sources: Iterable[str | Path], out: str | Path, *, model: str | None = None,
          base: str | None = None) -> BuildSummary:
    """One graph from several built output folders, resolved as if built together."""
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
                  model=description, problems=[], reused=len(merged))


def _write(extractions: list[Extraction], out: Path, cache, *, base: str | None, started: float, model: str,
           problems: list[InputProblem], reused: int) -> BuildSummary:
    """Resolve, build the graph, write every output and record what the graph holds."""
    from graphbuild.rdf import DEFAULT_BASE, build_graph
    from graphbuild.resolve import resolve

    resolution = resolve(extractions)
    graph = build_graph(extractions, resolution, base=base or DEFAULT_BASE)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GraphbuildError(f"cannot create the output folder {out}: {error.strerror}") from error
    outputs = _export(graph, out, title=_title(extractions))
    cache.record_graph(e.article.id for e in extractions)
    return BuildSummary(
        articles=len(extractions),
        entities=len(resolution.entities),
        relations=sum(len(e.relations) for e in extractions),
        statements=sum(len(e.statements) for e in extractions),
        triples=len(graph),
        seconds=round(perf_counter() - started, 2),
        model=model,
        outputs=tuple(outputs),
        problems=tuple(problems),
        reused=reused,
    )


def _export(graph, out: Path, *, title: str) -> list[Path]:
    """Write every output into a hidden folder inside ``out``, then rename each into place.

    Nothing in ``out`` changes until all outputs are complete, so a build that fails or is
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
        for written in export_all(graph, staging, title=title):
            os.replace(written, out / written.name)
            outputs.append(out / written.name)
        return outputs
    except OSError as error:
        raise GraphbuildError(f"cannot write into the output folder {out}: {error.strerror or error}") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
