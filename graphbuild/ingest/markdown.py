"""Markdown: steps that remove the header and the markup from the text the NLP sees.

The header (``# Title``, author line, date line) is metadata, read by
``metadata.parse_markdown_header``; the title's words also stay as the text's first line (a
headline is read like the article's other sentences). Every step here only deletes characters,
so each remaining character maps back to itself in the original file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from graphbuild.ingest.metadata import parse_markdown_header
from graphbuild.ingest.normalize import Edit, Step, apply_edits, edit_matches, rewrite


_HEADING = re.compile(r"\A\s*#[ \t]+")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.MULTILINE)


def strip_header(text: str) -> tuple[str, list[Edit]]:
    """Drop the header lines that ``parse_markdown_header`` reads, but the title's words: the headline
    is the article's first line, read like its other sentences."""
    header = parse_markdown_header(text)
    if header is None:
        return apply_edits(text, [])
    marker = _HEADING.match(text)
    if marker is None:      # a title line wrapped in emphasis ('*# Title*'): dropped with the header
        return apply_edits(text, [Edit(0, header.end)])
    line_end = text.find("\n", marker.end())
    line_end = len(text) if line_end < 0 else line_end
    edits = [Edit(0, marker.end())]
    closing = _CLOSING_HASHES.search(text, marker.end(), line_end)     # '# Title #'
    if closing:
        edits.append(Edit(closing.start(), closing.end()))
    rest = text[line_end:header.end]
    if rest.strip():      # the author and date lines
        edits.append(Edit(line_end + len(rest) - len(rest.lstrip()), header.end))
    return apply_edits(text, edits)


def _keeping(group: str) -> Callable[[re.Match[str]], Iterable[Edit]]:
    """Edits that delete a match except its ``group``."""
    return lambda m: (Edit(m.start(), m.start(group)), Edit(m.end(group), m.end()))


_BLOCK = re.compile(
    r"^[ \t]*(?:(?:[-*_][ \t]*){3,}$|={3,}[ \t]*$|```.*$"
    r"|(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?=\S))?)",
    re.MULTILINE,
)


def strip_blocks(text: str) -> tuple[str, list[Edit]]:
    """Heading markers, quote markers, bullets, rules and code fences at line starts."""
    return edit_matches(text, _BLOCK, lambda m: (Edit(m.start(), m.end()),))


_LINK = re.compile(r"!?\[(?P<text>[^\]\n]{0,300})\]\([^)\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)")


def strip_links(text: str) -> tuple[str, list[Edit]]:
    """``[text](url)`` -> ``text``; ``![alt](url)`` -> ``alt``."""
    return edit_matches(text, _LINK, _keeping("text"))


_STRONG = re.compile(r"(?<![\w*_\\])(\*\*|__)(?=[^\s*_])(?P<text>[^\n]{1,300}?)(?<=[^\s*_])\1(?![\w*_])")
_EMPHASIS = re.compile(r"(?<![\w*_\\])([*_])(?=[^\s*_])(?P<text>[^\n]{1,300}?)(?<=[^\s*_])\1(?![\w*_])")


def strip_strong(text: str) -> tuple[str, list[Edit]]:
    """``**text**`` and ``__text__`` -> ``text``."""
    return edit_matches(text, _STRONG, _keeping("text"))


def strip_emphasis(text: str) -> tuple[str, list[Edit]]:
    """``*text*`` and ``_text_`` -> ``text`` (not inside words: ``snake_case_name`` stays)."""
    return edit_matches(text, _EMPHASIS, _keeping("text"))


_CODE = re.compile(r"`(?P<text>[^`\n]{1,300})`")
_ESCAPE = re.compile(r"\\(?P<text>[\\`*_{}\[\]()#+\-.!>|~])")


def strip_code(text: str) -> tuple[str, list[Edit]]:
    """```` `code` ```` -> ``code``."""
    return edit_matches(text, _CODE, _keeping("text"))


def strip_escapes(text: str) -> tuple[str, list[Edit]]:
    """``\\*`` -> ``*``."""
    return edit_matches(text, _ESCAPE, _keeping("text"))


INLINE_STEPS: tuple[Step, ...] = (
    strip_links,  # before emphasis: **[text](url)** -> **text** -> text
    strip_strong,  # before emphasis: *a **b** c* and **a *b* c** both come out clean
    strip_emphasis,
    strip_code,
    strip_escapes,
)
MARKDOWN_STEPS: tuple[Step, ...] = (strip_header, strip_blocks, *INLINE_STEPS)


def plain(text: str) -> str:
    """``text`` without inline markup: ``Talks on *sanctions*`` -> ``Talks on sanctions``."""
    return rewrite(text, INLINE_STEPS)[0]
