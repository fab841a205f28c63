"""Text repair: small pure steps composed into one ``repair``.

A step is ``step(text) -> (new_text, edits)``: ``edits`` say, in the step's *input*
coordinates, which spans it replaced. ``Rewrite`` chains steps and keeps, for every part
of the latest text, where it came from in the original, so that a whole chain of steps
yields one ``TextMap`` from the repaired text back to the text exactly as read.

Every step is linear in the length of the text (regexes with bounded backtracking, no
per-character Python loops) and accepts any ``str``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graphbuild.model import TextMap

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"

# A boilerplate line that starts this close to the end of the text starts the footer:
# it is dropped with everything after it. Further up, only the line itself is dropped.
FOOTER_TAIL = 1000


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` of a step's input with ``replacement``.

    The first ``min(len(replacement), end - start)`` new characters stand for the replaced
    ones position by position (``"Obama s"`` -> ``"Obama's"``: the apostrophe maps to the
    space); any further new characters count as inserted at ``end``.
    """

    start: int
    end: int
    replacement: str = ""


Step = Callable[[str], tuple[str, list[Edit]]]

# A run of the newer text, ``(start, end)``, and the offset in the older text it comes from.
# Copied runs advance with the older text; a flat run was inserted at ``source``.
Segment = tuple[int, int, int, bool]


@dataclass(frozen=True, slots=True)
class Rewrite:
    """A text on its way through the repair steps, with the way back to the original."""

    text: str
    segments: tuple[Segment, ...]
    original_length: int

    @classmethod
    def of(cls, original: str) -> Rewrite:
        """The unchanged ``original``: every character maps to itself."""
        segments = ((0, len(original), 0, False),) if original else ()
        return cls(original, segments, len(original))

    def then(self, *steps: Step) -> Rewrite:
        """Apply ``steps`` in order, composing their edits into the map back to the original."""
        current = self
        for step in steps:
            text, edits = step(current.text)
            if edits:
                segments = _compose(_step_segments(len(current.text), edits), current.segments)
                current = Rewrite(text, segments, self.original_length)
        return current

    @property
    def offsets(self) -> TextMap:
        """The ``TextMap`` from offsets in ``text`` to offsets in the original."""
        anchors: list[tuple[int, int]] = []
        for i, (start, end, source, flat) in enumerate(self.segments):
            anchors.append((start, source))
            following = self.segments[i + 1][2] if i + 1 < len(self.segments) else None
            if flat and following != source:
                anchors.append((end, source))  # keep inserted characters at their insertion point
        return TextMap(tuple(anchors) or ((0, 0),), self.original_length)


def rewrite(text: str, steps: Iterable[Step]) -> tuple[str, TextMap]:
    """Apply ``steps`` to ``text``; return the result and its map back to ``text``."""
    result = Rewrite.of(text).then(*steps)
    return result.text, result.offsets


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """A step's result: ``text`` with ``edits`` (sorted, not overlapping) applied, and the edits."""
    if not edits:
        return text, edits
    parts: list[str] = []
    position = 0
    for edit in edits:
        parts += (text[position : edit.start], edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts), edits


def edit_matches(
    text: str, pattern: re.Pattern[str], edits_for: Callable[[re.Match[str]], Iterable[Edit]]
) -> tuple[str, list[Edit]]:
    """A step's result from the edits ``edits_for`` returns for each match of ``pattern``."""
    edits = [
        edit
        for match in pattern.finditer(text)
        for edit in edits_for(match)
        if edit.start < edit.end or edit.replacement
    ]
    return apply_edits(text, edits)


# -- the repair steps ---------------------------------------------------------------------


def normalize_whitespace(text: str) -> tuple[str, list[Edit]]:
    """Trim the text; inside it, turn each whitespace run into one space, ``\\n`` or ``\\n\\n``.

    A run without a line break becomes a space (tabs, no-break spaces, double spaces), a
    run with one line break becomes ``\\n`` (also ``\\r\\n``), one with more becomes the
    paragraph break ``\\n\\n``. Quote marks are left alone.
    """
    body_start = len(text) - len(text.lstrip())
    body_end = len(text.rstrip())
    if body_start >= body_end:
        return apply_edits(text, [Edit(0, len(text))] if text else [])
    edits = [Edit(0, body_start)] if body_start else []
    for match in _ODD_SPACE.finditer(text, body_start, body_end):
        run = match.group()
        breaks = len(_LINE_BREAK.findall(run))
        space = "\n\n" if breaks > 1 else "\n" if breaks else " "
        if space != run:
            edits.append(Edit(match.start(), match.end(), space))
    if body_end < len(text):
        edits.append(Edit(body_end, len(text)))
    return apply_edits(text, edits)


_ODD_SPACE = re.compile(r"\s{2,}|[^\S \n]")
_LINE_BREAK = re.compile(r"\r\n?|[\n\v\f\x1c-\x1e\x85\u2028\u2029]")


def drop_invisible(text: str) -> tuple[str, list[Edit]]:
    """Delete characters that are not text: control characters (NUL, ESC, DEL, C1 controls),
    zero-width spaces, word joiners, stray byte-order marks, bidirectional formatting marks, and
    soft hyphens (``Mer\\u00adkel`` -> ``Merkel``; one that breaks a word at a line break, before a lowercase
    letter, is left for ``join_hyphenated``). Tabs and line breaks stay;
    zero-width joiners stay too, since emoji sequences and some scripts need them.
    """
    return edit_matches(text, INVISIBLE, lambda m: () if _breaks_word(text, m) else (Edit(m.start(), m.end()),))


def _breaks_word(text: str, match: re.Match[str]) -> bool:
    """Is the match a soft hyphen that ``join_hyphenated`` will use: after a letter, before a line break and a
    lowercase letter? Any other is dropped now, so that a second repair finds nothing more to drop."""
    broken = _HYPHEN_BREAK.match(text, match.start()) if match.group() == "\u00ad" else None
    return broken is not None and text[broken.end()].islower()


# C0 controls but for \t \n \v \f \r and \x1c-\x1f (which Python counts as whitespace),
# DEL, C1 controls but for NEL (\x85, a line break), U+200B, U+2060, U+FEFF, bidi marks.
INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+"
    r"|\u00ad"
)


def restore_apostrophes(text: str) -> tuple[str, list[Edit]]:
    """Put back apostrophes a corpus stripped: ``Beijing s`` -> ``Beijing's``, ``won t`` -> ``won't``.

    The space that replaced the apostrophe becomes the apostrophe again, so the length is
    unchanged. Which letters may follow which words is data (``ontology/contractions.tsv``).
    Text that has any apostrophe (``'`` or ``’``) was not stripped and is left untouched.
    """
    if "'" in text or "’" in text:
        return text, []
    rules = _contractions()

    def restore(match: re.Match[str]) -> Iterable[Edit]:
        word, allowed = match["word"], rules[match["suffix"]]
        fits = len(word) >= 2 if allowed is None else word.lower() in allowed
        return (Edit(match.start("space"), match.end("space"), "'"),) if fits else ()

    return edit_matches(text, _apostrophe_pattern(), restore)


def open_quotes(text: str) -> tuple[str, list[Edit]]:
    """A closing curly quote that opens a line is an opening one: ``\n”Fear. I am afraid ...”`` ->
    ``\n“Fear. ...”`` (some sites type ” for both). The length is unchanged."""
    return edit_matches(text, _LINE_OPENING_CLOSER, lambda m: (Edit(m.start(1), m.end(1), "“"),))


_LINE_OPENING_CLOSER = re.compile(r"^[^\S\n]*(”)(?=\w)", re.MULTILINE)


def join_hyphenated(text: str) -> tuple[str, list[Edit]]:
    """Join a word broken at a line break: ``de-\\n\\nnuclearisation`` -> ``denuclearisation``.

    The hyphen is dropped: a hyphen right before a line break followed by a lowercase
    letter is taken as typographic hyphenation, not as part of a compound.
    """
    return edit_matches(text, _HYPHEN_BREAK, lambda m: _if_lower_after(text, m, ""))


_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad][^\S\n]*\n\s*(?=[^\W\d_])")


def plain_possessives(text: str) -> tuple[str, list[Edit]]:
    """A curly apostrophe closing a plural possessive becomes a straight one, one character for one:
    spaCy's small model reads ``lawmakers' charges`` as a possessive but ``lawmakers’ charges`` as two
    objects. Not inside single curly quotes still open in the paragraph (``‘bad hombres’ said``)."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    openers = [m.start() for m in re.finditer("‘", text)]
    closers = [m.start() for m in _SINGLE_CLOSER.finditer(text)]

    def plain(match: re.Match[str]) -> Iterable[Edit]:
        at = match.start()
        line = breaks[n - 1] if (n := bisect_left(breaks, at)) else -1
        opened = openers[n - 1] if (n := bisect_left(openers, at)) else -1
        closed = (n := bisect_right(closers, opened)) < len(closers) and closers[n] < at
        if opened > line and not closed:
            return ()       # inside a single quote opened in this paragraph and not yet closed
        return (Edit(at, match.end(), "'"),)

    return edit_matches(text, _PLURAL_POSSESSIVE, plain)


_PLURAL_POSSESSIVE = re.compile(r"(?<=[^\W\d_]s)’(?=[^\S\n]+[^\W\d_])")
_SINGLE_CLOSER = re.compile(r"’(?![^\W\d_])")     # a curly quote not followed by a letter: no apostrophe


def normalize_dashes(text: str) -> tuple[str, list[Edit]]:
    """The horizontal bar and the figure dash some sites print for a dash (``―``, ``‒``) become the em
    dash ``—``, one character for one: spaCy's model reads ``—`` as punctuation but takes ``―`` for a
    noun, which could then be a verb's subject (``made public ― Smith boasted``)."""
    return edit_matches(text, _ODD_DASH, lambda m: (Edit(m.start(), m.end(), "\u2014"),))


_ODD_DASH = re.compile("[\u2015\u2012]")


def join_paragraphs(text: str) -> tuple[str, list[Edit]]:
    """Join a sentence split by a blank line or a line break: ``talks\\n\\nwith`` -> ``talks with``.

    Only where the line ends without terminal punctuation (``. ! ? :``, closing quotes and
    brackets) and the next one starts with a lowercase letter. After this step a line
    break inside the text ends a sentence.
    """
    return edit_matches(text, _OPEN_BREAK, lambda m: _if_lower_after(text, m, " "))


_OPEN_BREAK = re.compile(r"(?<=[^\s.!?:\"”'’)\]}…»])[^\S\n]*\n\s*(?=[^\W\d_])")


def join_initials(text: str) -> tuple[str, list[Edit]]:
    """Join a name broken after its initials: ``J.K.\nRowling`` -> ``J.K. Rowling``.

    A line that is nothing but initials (``R.C.``, ``J.``) cannot end a paragraph; it is the
    start of a name continued on the next line.
    """
    return edit_matches(text, _INITIALS_BREAK, lambda m: (Edit(m.start(1), m.end(1), " "),))


_INITIALS_BREAK = re.compile(r"(?m)^(?:[A-Z]\.){1,3}([^\S\n]*\n\s*)(?=[A-Z][a-z])")


def _if_lower_after(text: str, match: re.Match[str], replacement: str) -> Iterable[Edit]:
    if text[match.end()].islower():
        return (Edit(match.start(), match.end(), replacement),)
    return ()


def drop_boilerplate(text: str) -> tuple[str, list[Edit]]:
    """Drop site footers and boilerplate lines listed in ``ontology/boilerplate.tsv``.

    A matching line within ``FOOTER_TAIL`` characters of the end, or a pattern marked
    ``end``, cuts the text there; a matching line further up is dropped on its own.
    """
    spans = sorted(span for rule in _boilerplate() for span in _boilerplate_spans(rule, text))
    return apply_edits(text, [Edit(start, end) for start, end in _merge(spans)])


def footer_publisher(text: str) -> str | None:
    """The publisher that the first boilerplate in ``text`` naming one identifies, if any."""
    return next((r.publisher for r in _boilerplate() if r.publisher and r.pattern.search(text)), None)


REPAIR_STEPS: tuple[Step, ...] = (
    drop_invisible,        # first, so that no control character hides a name or a line break
    normalize_whitespace,  # so that later steps see only " ", "\n" and "\n\n"
    normalize_dashes,
    open_quotes,           # before the joins, which remove the line breaks it looks for
    join_hyphenated,
    join_paragraphs,
    join_initials,
    restore_apostrophes,   # after the joins, so that repairing a repaired text changes nothing ('Trump\ns plan')
    plain_possessives,     # after it, which leaves a text with any apostrophe untouched
    drop_boilerplate,
    normalize_whitespace,  # again, to tidy what the removals left
)


def repair(text: str) -> tuple[str, TextMap]:
    """The repaired text the NLP reads, and the map from its offsets back to ``text``."""
    return rewrite(text, REPAIR_STEPS)


# -- data ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Boilerplate:
    pattern: re.Pattern[str]
    at_end: bool
    publisher: str | None


def _boilerplate_spans(rule: _Boilerplate, text: str) -> Iterable[tuple[int, int]]:
    for match in rule.pattern.finditer(text):
        if rule.at_end or len(text) - match.start() <= FOOTER_TAIL:
            yield match.start(), len(text)
            return
        line_end = text.find("\n", match.end())
        yield match.start(), len(text) if line_end < 0 else line_end + 1


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@cache
def _boilerplate() -> tuple[_Boilerplate, ...]:
    rules = []
    for row in read_tsv(ONTOLOGY / "boilerplate.tsv"):
        at_end = row["at"] == "end"
        source = rf"(?:{row['pattern']})\s*\Z" if at_end else rf"^[^\S\n]*(?:{row['pattern']})"
        pattern = re.compile(source, re.IGNORECASE | re.MULTILINE)
        rules.append(_Boilerplate(pattern, at_end, row["publisher"] or None))
    return tuple(rules)


@cache
def _contractions() -> dict[str, frozenset[str] | None]:
    """suffix -> the words it may follow (lower case), or None for any word of 2+ letters."""
    rules: dict[str, frozenset[str] | None] = {}
    for row in read_tsv(ONTOLOGY / "contractions.tsv"):
        after = row["after"]
        rules[row["suffix"]] = None if after == "*" else frozenset(after.lower().split("|"))
    return rules


@cache
def _apostrophe_pattern() -> re.Pattern[str]:
    suffixes = "|".join(sorted(map(re.escape, _contractions()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<word>[^\W\d_]+)(?P<space> )(?P<suffix>{suffixes})(?!\w)")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated data file: ``#`` lines are comments, the first other line names the columns."""
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t") + [""] * len(header), strict=False)) for line in lines[1:]]


# -- composing steps ----------------------------------------------------------------------


class _Segments:
    """Builds a list of segments, merging a segment into the one before when it continues it."""

    def __init__(self) -> None:
        self.items: list[Segment] = []
        self.end = 0

    def add(self, length: int, source: int, flat: bool) -> None:
        if length <= 0:
            return
        if self.items:
            start, end, previous, was_flat = self.items[-1]
            if was_flat == flat and previous + (0 if flat else end - start) == source:
                self.items[-1] = (start, end + length, previous, flat)
                self.end += length
                return
        self.items.append((self.end, self.end + length, source, flat))
        self.end += length


def _step_segments(old_length: int, edits: Iterable[Edit]) -> list[Segment]:
    """Segments of a step's output against its input."""
    segments = _Segments()
    position = 0
    for edit in edits:
        segments.add(edit.start - position, position, False)
        same = min(len(edit.replacement), edit.end - edit.start)
        segments.add(same, edit.start, False)
        segments.add(len(edit.replacement) - same, edit.end, True)
        position = edit.end
    segments.add(old_length - position, position, False)
    return segments.items


def _compose(outer: Sequence[Segment], inner: Sequence[Segment]) -> tuple[Segment, ...]:
    """``outer`` (newest -> middle text) followed by ``inner`` (middle -> original)."""
    composed = _Segments()
    j = 0
    for start, end, source, flat in outer:
        if flat:
            j = _seek(inner, j, source)
            composed.add(end - start, _point(inner, j, source), True)
            continue
        position, stop = source, source + end - start
        while position < stop:
            j = _seek(inner, j, position)
            inner_start, inner_end, inner_source, inner_flat = inner[j]
            take = min(stop, inner_end) - position
            offset = 0 if inner_flat else position - inner_start
            composed.add(take, inner_source + offset, inner_flat)
            position += take
    return tuple(composed.items)


def _seek(segments: Sequence[Segment], j: int, position: int) -> int:
    while j + 1 < len(segments) and segments[j][1] <= position:
        j += 1
    return j


def _point(segments: Sequence[Segment], j: int, position: int) -> int:
    """Where an insertion at ``position`` of the middle text lies in the original."""
    if not segments:
        return 0
    start, end, source, flat = segments[j]
    return source if flat else source + min(position, end) - start
