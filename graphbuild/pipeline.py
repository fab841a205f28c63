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


def build(paths: Iterable[str | Path], out: str | Path, *, model: str | None = None,
          base: str | None = None, on_article: Callable[[Article], None] | None = None) -> BuildSummary:
    """Read every article under ``paths``, extract, resolve, and write graph.ttl and graph.html to ``out``.

    Unreadable inputs and articles whose extraction fails are reported in ``problems``; the
    others are built. Raises InputError when nothing at all could be read.
    """
    from graphbuild.export import export_all
    from graphbuild.extract import extract
    from graphbuild.knowledge import load
    from graphbuild.nlp import load_model, model_description, parse
    from graphbuild.rdf import DEFAULT_BASE, build_graph
    from graphbuild.resolve import resolve

    started = perf_counter()
    paths = [str(p) for p in paths]
    nlp = load_model(model)
    knowledge = load()
    problems: list[InputProblem] = []
    extractions: list[Extraction] = []

    articles = _articles(paths, problems)
    for doc, article in parse(nlp, ((a.text, a) for a in articles), batch_size=BATCH_SIZE):
        try:
            extractions.append(extract(article, doc, knowledge=knowledge))
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as error:
            problems.append(InputProblem(article.origin, f"extraction failed ({type(error).__name__}: {error}); "
                                                         "the article was left out"))
        if on_article:
            on_article(article)

    if not extractions:
        detail = "; ".join(str(p) for p in problems[:5]) or "no input files found"
        raise InputError(f"no article could be read from {', '.join(paths)}: {detail}")

    resolution = resolve(extractions)
    graph = build_graph(extractions, resolution, base=base or DEFAULT_BASE)
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GraphbuildError(f"cannot create the output folder {out}: {error.strerror}") from error
    outputs = export_all(graph, out, title=_title(extractions))
    return BuildSummary(
        articles=len(extractions),
        entities=len(resolution.entities),
        relations=sum(len(e.relations) for e in extractions),
        statements=sum(len(e.statements) for e in extractions),
        triples=len(graph),
        seconds=round(perf_counter() - started, 2),
        model=model_description(nlp),
        outputs=tuple(outputs),
        problems=tuple(problems),
    )


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
