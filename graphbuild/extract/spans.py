"""Character spans asked, once per token or per record, which of them hold an offset or meet a span.

Sorted once by start, with the furthest end reached so far beside each, every question is a bisection
instead of a scan of all the spans: a long article has thousands of quotes and statements.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate


class Spans:
    """``(start, end)`` character spans, in any order, that may overlap; asked by their positions in it."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._order = sorted(range(len(spans)), key=lambda n: spans[n])
        self._starts = [spans[n][0] for n in self._order]
        self._ends = [spans[n][1] for n in self._order]
        self._reach = list(accumulate(self._ends, max))   # the furthest end among the spans up to here

    def holds(self, offset: int) -> bool:
        """Whether some span has ``start <= offset < end``."""
        before = bisect_right(self._starts, offset)
        return before > 0 and self._reach[before - 1] > offset

    def meets(self, start: int, end: int) -> bool:
        """Whether some span overlaps ``(start, end)``: ``start < its end`` and ``its start < end``."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start

    def holding(self, offset: int) -> list[int]:
        """The positions, in the sequence given, of the spans with ``start <= offset < end``."""
        before = bisect_right(self._starts, offset)
        first = bisect_right(self._reach, offset, 0, before)   # no span before it reaches past offset
        return [self._order[n] for n in range(first, before) if self._ends[n] > offset]


_TOKENS = "graphbuild_tokens"


def tokens_of(doc):
    """The Doc's tokens as one list, made once per Doc: iterating or indexing a Doc makes new Token
    objects each time, which costs more than most of what the extractors do with them. The list and
    the Doc refer to each other: ``release_tokens`` breaks that cycle when the Doc is done with, so that
    the Doc is freed at once rather than at the next garbage collection."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def span_text(doc, start: int, end: int) -> str:
    """``doc[start:end].text`` from the Doc's token list: no Span or Token objects are made."""
    if end <= start:
        return ""
    tokens = tokens_of(doc)
    return "".join([t.text_with_ws for t in tokens[start:end - 1]]) + tokens[end - 1].text


def release_tokens(doc) -> None:
    doc.user_data.pop(_TOKENS, None)
