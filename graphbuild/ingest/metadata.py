"""Article metadata read from the text itself: wire datelines, markdown headers, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from dateutil import parser as dateparser

from graphbuild.ingest.normalize import Edit, apply_edits


@dataclass(frozen=True, slots=True)
class Dateline:
    """``WASHINGTON (Reuters) - `` at the start of a wire story."""

    place: str | None      # "Washington", "Beijing/Seoul"; None for a bare "(Reuters) - "
    publisher: str | None  # "Reuters"
    end: int               # offset where the body starts


@dataclass(frozen=True, slots=True)
class MarkdownHeader:
    """``# Title``, then optionally an author line and a date line."""

    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    end: int = 0             # offset where the body starts


_DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_][\w.,'’&/ -]{0,80}?)?\s*"
    r"\((?P<publisher>[^()\n]{0,40})\)[^\S\n]*[-–—]+[^\S\n]*"
)
_SMALL_WORDS = frozenset({"of", "the", "and", "upon", "on", "de", "la", "del", "du"})


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``: ``BEIJING/SEOUL (Reuters) - `` -> Beijing/Seoul, Reuters.

    The place must start with a word in capitals (``LONDON (AP) — ``, ``DANANG, Vietnam (Reuters) - ``);
    it is title-cased. Returns None when the text does not start with a dateline.
    """
    match = _DATELINE.match(text)
    if not match:
        return None
    place, publisher = match["place"], match["publisher"].strip()
    if place and not _starts_in_capitals(place):
        return None
    if not (place or publisher) or (publisher and not publisher[0].isupper()):
        return None
    return Dateline(_title_case(place) if place else None, publisher or None, match.end())


def strip_dateline(text: str) -> tuple[str, list[Edit]]:
    """Repair step: drop a leading dateline, so the NLP does not read ``WASHINGTON`` as part of a sentence."""
    dateline = parse_dateline(text)
    return apply_edits(text, [Edit(0, dateline.end)] if dateline else [])


def _starts_in_capitals(place: str) -> bool:
    first = re.split(r"[\s,/]+", place.strip(), maxsplit=1)[0]
    return len(first) >= 2 and first.isupper()


def _title_case(place: str) -> str:
    """``WEST PALM BEACH, Fla./WASHINGTON`` -> ``West Palm Beach, Fla./Washington``."""

    def word(match: re.Match[str]) -> str:
        text = match.group()
        if not text.isupper():
            return text
        if match.start() > 0 and text.lower() in _SMALL_WORDS:
            return text.lower()
        return text.capitalize()

    return re.sub(r"[^\W\d_]+", word, place.strip(" ,"))


_TITLE = re.compile(r"#[ \t]+(?P<title>.+?)(?:[ \t]+#+)?")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_BY = re.compile(r"\Aby\s+", re.IGNORECASE)
_NAME_PARTICLES = frozenset({"and", "&", "de", "van", "von", "der", "da", "di", "la", "le", "bin", "al"})


def parse_markdown_header(text: str) -> MarkdownHeader | None:
    """Title, author and date from the top of a markdown article, and where its body starts.

    The first non-blank line must be ``# Title``; the next one or two non-blank lines are
    read as the author (a short line of capitalised words, ``By`` dropped) and the date
    (anything ``parse_date`` reads), in either order. None without a ``# Title`` line.
    """
    lines = _top_lines(text, 3)
    title = _TITLE.fullmatch(lines[0][0]) if lines else None
    if not title:
        return None
    header = MarkdownHeader(title=title["title"].strip(" *_") or None, end=lines[0][1])
    for line, end in lines[1:]:
        if header.date is None and len(line) <= 40 and (date := parse_date(line)):
            header = replace(header, date=date, end=end)
        elif header.author is None and _looks_like_name(name := _BY.sub("", line, count=1)):
            header = replace(header, author=name, end=end)
        else:
            break
    return header


def _top_lines(text: str, limit: int) -> list[tuple[str, int]]:
    """The first ``limit`` non-blank lines, stripped of spaces and emphasis, each with the offset after it."""
    lines: list[tuple[str, int]] = []
    for match in _LINE.finditer(text):
        line = match.group().strip().strip("*_").strip()
        if line:
            lines.append((line, match.end()))
            if len(lines) == limit:
                break
    return lines


def _looks_like_name(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 6
        and len(line) <= 60
        and line[-1] not in ".!?:;,"
        and not any(c.isdigit() for c in line)
        and all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)
    )


_DEFAULTS = (datetime(1901, 1, 1), datetime(1902, 2, 2))


def parse_date(value: str) -> str | None:
    """``December 31, 2017 `` -> ``2017-12-31`` (via dateutil); None unless day, month and year are all given.

    Ambiguous numeric dates are read month first (``02/10/2017`` -> 2017-02-10).
    """
    value = value.strip()
    if not value or len(value) > 64 or not any(c.isdigit() for c in value):
        return None
    try:
        first, second = (dateparser.parse(value, default=d).date() for d in _DEFAULTS)
    except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
        return None
    return first.isoformat() if first == second else None
