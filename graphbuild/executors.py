"""The per-article stage (parse + extract) and where it runs: in this process or in N worker processes.

    Article --parse--> Doc --extract--> Extraction (slim: the article's text is dropped)

``process_batch`` is the whole stage for a list of articles. It holds no global state but the
loaded model (one per process), so the same function runs on a process pool here, or on a Dask
cluster (graphbuild/cluster.py), or on any engine that can call a function on a list of records.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from graphbuild.model import Article, Extraction, InputProblem, TextMap

BATCH_SIZE = 32       # articles per nlp.pipe batch, and per task sent to a Dask worker
# articles per task sent to a worker process: few, so that the workers finish nearly together (the build waits
# for the last task; a 300-article build with two workers took 0.4 s less than with tasks of 32)
TASK_SIZE = 8
IN_FLIGHT = 3         # tasks queued per worker: enough to keep it busy, few enough to keep memory flat

# What the per-article stage can raise on an article it cannot handle; the build reports the article
# and goes on. Anything else is a bug and stops the build.
EXTRACTION_ERRORS = (ValueError, KeyError, IndexError, AttributeError, TypeError)


def process_batch(articles: list[Article], model: str | None = None) -> list[Extraction | InputProblem]:
    """Parse and extract each article; an article whose extraction fails becomes an InputProblem."""
    from graphbuild.extract import extract
    from graphbuild.knowledge import load
    from graphbuild.nlp import load_model, parse

    nlp = load_model(model)
    knowledge = load()
    results: list[Extraction | InputProblem] = []
    for doc, article in parse(nlp, ((a.text, a) for a in articles), batch_size=BATCH_SIZE):
        try:
            results.append(slim(extract(article, doc, knowledge=knowledge)))
        except EXTRACTION_ERRORS as error:
            results.append(InputProblem(article.origin, f"extraction failed ({type(error).__name__}: {error}); "
                                                        "the article was left out"))
    return results


def slim(extraction: Extraction) -> Extraction:
    """The extraction without the article's text: evidence already holds the sentences, and the
    text's digest is kept, so memory grows with the graph, not with the text."""
    article = extraction.article
    return dataclasses.replace(extraction, article=dataclasses.replace(
        article, text="", original="", offsets=TextMap(), sha256=article.digest()))


def batches(articles: Iterable[Article], size: int = BATCH_SIZE) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def run_local(articles: Iterable[Article], *, model: str | None = None,
              workers: int = 1) -> Iterator[Extraction | InputProblem]:
    """The per-article stage over ``articles``, in input order: in this process when ``workers`` is 1,
    else in a pool of ``workers`` processes, each of which loads the model once."""
    if workers <= 1:
        for batch in batches(articles):
            yield from process_batch(batch, model)
        return

    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from graphbuild.background import can_fork
    from graphbuild.errors import GraphbuildError

    _warm(model)      # fail here, with the clear message, before any worker starts
    # Forked where the platform can (as spaCy's own nlp.pipe(n_process=N) is), the workers start with the
    # model and tables loaded here; spawned, each imports and loads them again (1.4 s of each core at
    # the start of every build). What this process holds is frozen out of the collector meanwhile, so
    # that a collection in a worker does not copy every page it shares with it (an --append's graph).
    context = multiprocessing.get_context("fork" if can_fork() else "spawn")
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_warm, initargs=(model,)) as pool:
            try:
                yield from ordered(pool.submit, batches(articles, TASK_SIZE), model=model, limit=workers * IN_FLIGHT)
            except BrokenProcessPool as error:
                raise GraphbuildError(f"a worker process died ({error}); if memory ran out, build with fewer "
                                      "--workers") from error
    finally:
        gc.unfreeze()


def ordered(submit, work: Iterable[list[Article]], *, model: str | None, limit: int) -> Iterator:
    """Submit ``process_batch`` for each batch with at most ``limit`` pending; results in input order."""
    pending: deque = deque()
    for batch in work:
        pending.append(submit(process_batch, batch, model))
        if len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _warm(model: str | None) -> None:
    """Load the model and the tables (in a spawned worker: when it starts, so the first batch does not
    pay for it)."""
    from graphbuild.knowledge import load
    from graphbuild.nlp import load_model

    load_model(model)
    load()
