"""Frozen records passed between the steps of a build.

    files --ingest--> Article --nlp/extract--> Extraction --resolve--> Resolution --rdf--> Graph

Offsets: extractors work on ``Article.text`` (the repaired text); every record that
leaves the per-article stage carries ``Evidence`` whose offsets point into
``Article.original``, the text exactly as it was read from the input.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class TextMap:
    """Maps offsets in a repaired text back to offsets in the original text.

    ``anchors`` is a sorted tuple of ``(repaired_offset, original_offset)`` pairs; between
    two anchors the texts advance together character by character. A character the
    repair inserted maps to the original position where it was inserted.
    """

    anchors: tuple[tuple[int, int], ...] = ((0, 0),)
    original_length: int | None = None
    _keys: tuple[int, ...] = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "_keys", tuple(a[0] for a in self.anchors))

    def to_original(self, offset: int) -> int:
        i = max(bisect_right(self._keys, offset) - 1, 0)
        repaired, original = self.anchors[i]
        mapped = original + (offset - repaired)
        if i + 1 < len(self.anchors):
            mapped = min(mapped, self.anchors[i + 1][1])
        if self.original_length is not None:
            mapped = min(mapped, self.original_length)
        return max(mapped, 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for a repaired span; it ends after its last character's original,
        so that what was deleted right after the span ('# Title #') stays out of it."""
        first = self.to_original(start)
        return first, max(self.to_original(end - 1) + 1 if end > start else first, first)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article came from: its file, and its row (CSV) or line (JSONL) if any."""

    file: str
    row: int | None = None
    line: int | None = None

    def __str__(self) -> str:
        if self.row is not None:
            return f"{self.file} row {self.row}"
        if self.line is not None:
            return f"{self.file} line {self.line}"
        return self.file


@dataclass(frozen=True, slots=True)
class Article:
    id: str                   # stable: derived from origin and content
    text: str                 # repaired text, what the NLP sees
    original: str             # the text exactly as read; evidence offsets point here
    offsets: TextMap          # repaired offset -> original offset
    origin: Origin
    title: str | None = None
    author: str | None = None
    date: str | None = None   # ISO 8601 date, yyyy-mm-dd
    publisher: str | None = None
    dateline: str | None = None
    url: str | None = None
    subject: str | None = None
    sha256: str | None = None   # of ``original`` (UTF-8); kept when the text is dropped after extraction

    def digest(self) -> str:
        """The SHA-256 of the text as read, in hex: kept, or computed from ``original``."""
        import hashlib

        return self.sha256 or hashlib.sha256(self.original.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A file, row or line that could not be read. The build goes on without it."""

    origin: Origin
    message: str
    warning: bool = False    # True: the input was read, or skipped on purpose; nothing was lost

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class Kind(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    PLACE = "Place"
    GROUP = "Group"
    TOPIC = "Topic"


# Which kind wins a tie when mentions of one referent are typed differently: the more specific.
KIND_PRIORITY = {Kind.COUNTRY: 5, Kind.PERSON: 4, Kind.ORGANIZATION: 3, Kind.GROUP: 2, Kind.PLACE: 1, Kind.TOPIC: 0}


class Polarity(StrEnum):
    ASSERTED = "asserted"
    NEGATED = "negated"
    HEDGED = "hedged"


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str   # the repaired sentence text
    start: int      # offsets of the sentence in Article.original
    end: int


@dataclass(frozen=True, slots=True)
class Referent:
    """One real-world thing within one article: all its names and mentions."""

    key: str                   # article-local key, e.g. "r3"
    name: str                  # canonical name
    kind: Kind
    names: frozenset[str]      # every surface name seen, canonical included
    country: str | None = None          # ISO 3166 alpha-3 for countries
    titles: tuple[str, ...] = ()        # titles the article gives it ("secretary of state")
    broader: str | None = None          # topics: a wider topic's label
    anonymous: bool = False             # known only by a description ("a senior official")
    written: tuple[str, ...] = ()       # the names this article writes ('Madrid' for Spain), ``name`` too if written
    described: tuple[str, ...] = ()     # descriptions this article was read to mean it ('top French diplomat')
    principal: str | None = None        # Referent.key of the country a body or its people speak for


@dataclass(frozen=True, slots=True)
class Relation:
    subject: str               # Referent.key
    predicate: str             # a relation property name from the ontology, e.g. "contradicts"
    object: str                # Referent.key (an actor or a topic)
    evidence: Evidence
    cue: str                   # the word(s) that triggered it, e.g. "contradict"
    rule: str                  # which pattern fired
    polarity: Polarity = Polarity.ASSERTED
    confidence: float = 0.7
    statement: int | None = None   # index into Extraction.statements when reported inside a quote
    date: str | None = None        # the day it happened, yyyy-mm-dd (graphbuild.coding.event_date)
    former: bool = False           # a role no longer held ('former President X'): no plain edge is asserted


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str | None        # Referent.key; None when no speaker could be found
    text: str                  # what was said
    cue: str                   # e.g. "said", "wrote", "according to"
    direct: bool               # quoted (True) or reported speech (False)
    evidence: Evidence
    channel: str | None = None  # e.g. "Twitter", "statement"
    principal: str | None = None  # Referent.key of whose position the speaker states (a ministry: its country)
    co_speakers: tuple[str, ...] = ()   # Referent.keys of who said it with the speaker ('Pelosi and Schumer said')
    source: str | None = None           # Referent.key of whose account it is known by ('X said, according to KNXV')


PAST_TITLE = frozenset({"former", "ex", "late", "then", "previous", "onetime", "fired", "ousted", "deposed"})   # a title no longer held


@dataclass(frozen=True, slots=True)
class Role:
    holder: str                # Referent.key
    title: str                 # e.g. "secretary of state"
    evidence: Evidence
    organization: str | None = None  # Referent.key of what the role is of, if stated
    date: str | None = None    # the evidence's event day when no organisation is stated (a later build may find one)

    @property
    def current(self) -> bool:
        return not (set(self.title.split()) & PAST_TITLE)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    referents: tuple[Referent, ...] = ()
    relations: tuple[Relation, ...] = ()
    statements: tuple[Statement, ...] = ()
    roles: tuple[Role, ...] = ()

    def is_reported(self, relation: Relation) -> bool:
        """True when the relation is a claim inside someone else's statement, not a fact the
        article states ('Smith denied that his boss had been misled by the minister'), or inside a
        statement the article has only by another's account ('Smith told Jones ..., according to Lee')."""
        if relation.statement is None:
            return False
        statement = self.statements[relation.statement]
        return (relation.subject not in {statement.speaker, statement.principal, *statement.co_speakers}
                or statement.source is not None)


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing across all articles of a build."""

    id: str                    # IRI-safe slug, unique within the build
    name: str
    kind: Kind
    names: frozenset[str]
    country: str | None = None
    titles: tuple[str, ...] = ()
    broader: str | None = None     # Entity.id of a wider topic


@dataclass(frozen=True, slots=True)
class Resolution:
    entities: tuple[Entity, ...]
    # (article id, referent key) -> Entity.id
    members: dict[tuple[str, str], str] = field(default_factory=dict)
