"""Doc -> records. ``extract(article, doc)`` runs the extractors in order and returns one Extraction.

    mentions -> referents (one per real-world thing in the article) -> roles -> statements -> relations
             -> the day each relation happened

Roles come first because descriptions ('the top U.S. diplomat') resolve through them; statements
come before relations so that a relation inside someone's statement is linked to it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from graphbuild.coding import event_date

from graphbuild.extract.context import ArticleContext, Draft
from graphbuild.extract.entities import ages, group_mentions, mentions, parenthesised_acronyms, split_hashtag
from graphbuild.extract.quotes import FoundStatement, statements
from graphbuild.extract.relations import CONFIDENCE, FoundRelation, relations
from graphbuild.extract.repair import repair
from graphbuild.extract.roles import (FoundRole, affiliations, benches, bodies_led, caucuses, dateline_offices,
                                      departments, described, former_offices, governments_led, listed_offices,
                                      party_offices, party_tags, predecessors, roles, seats_in_own_chamber,
                                      spokespeople, staffed, state_offices, successions)
from graphbuild.extract.spans import Spans, release_tokens
from graphbuild.knowledge import Knowledge, load
from graphbuild.model import Article, Evidence, Extraction, Kind, Polarity, Referent, Relation, Role, Statement

__all__ = ["extract", "mentions", "group_mentions", "roles", "statements", "relations", "split_hashtag"]

# A relation someone else reports is less certain than one the article states.
REPORTED_FACTOR = 0.6


def extract(article: Article, doc: Doc, *, knowledge: Knowledge | None = None) -> Extraction:
    """Everything graphbuild reads from one parsed article."""
    try:
        return _extract(article, doc, knowledge or load())
    finally:
        release_tokens(doc)


def _extract(article: Article, doc: Doc, knowledge: Knowledge) -> Extraction:
    repair(doc, knowledge)
    found = mentions(doc, knowledge)
    groups = group_mentions(found, parenthesised_acronyms(doc), knowledge, ages(doc, found, knowledge))
    context = ArticleContext.build(doc, groups, knowledge)
    context.dateline = _dateline_country(article.dateline, knowledge)
    context.learn_nicknames()
    context.learn_lede()
    found_roles = list(roles(context))
    context.learn_offices()
    context.index_references()
    found_statements = statements(context)
    context.set_quotes([(*s.content, s.speaker, s.direct) for s in found_statements],
                       {s.content: s.co_speakers for s in found_statements if s.co_speakers})
    found_relations = list(relations(context))
    # roles a description gave a person the article names later ('Turkey's prime minister ... Prime Minister X')
    found_roles += [FoundRole(key, staffed(described(title, token, context), context.referents[owner].kind, context),
                              phrase, token, owner, "role:description")
                    for key, title, phrase, token, owner in context.owned_titles]
    found_roles = state_offices(party_offices(former_offices(dateline_offices(listed_offices(seats_in_own_chamber(
        found_roles, context), context), context), context), context), context)
    found_roles = benches(departments(found_roles, context), context)
    starts = [t.idx for t in doc]
    found_roles = spokespeople(found_roles, [(s.speaker, max(bisect_right(starts, s.evidence[0]) - 1, 0))
                                             for s in found_statements if s.speaker], context)
    found_roles += (bodies_led(context) + governments_led(context) + affiliations(context) + party_tags(context)
                    + caucuses(context))
    succeeded = successions(found_roles, context)
    found_roles = predecessors(found_roles, context)

    evidence = _EvidenceMaker(article, context.text)
    statement_records = tuple(
        Statement(s.speaker, s.text, s.cue, s.direct, evidence.span(*s.evidence), s.channel,
                  _spoken_for(context.referents[s.speaker]) if s.speaker else None, s.co_speakers, s.source)
        for s in found_statements
    )
    statement_spans = Spans([s.account or s.content for s in found_statements])   # 'X told Y ..., according to Z'
    relation_records = [_relation(r, found_statements, statement_records, statement_spans, evidence)
                        for r in found_relations]
    relation_records += [_role_relation(r, evidence) for r in [*found_roles, *succeeded] if r.organization]
    role_records = tuple(_role(r, evidence.token(r.token), article) for r in found_roles)

    used = {r.subject for r in relation_records} | {r.object for r in relation_records}
    used |= {s.speaker for s in statement_records if s.speaker} | {r.holder for r in role_records}
    used |= {k for s in statement_records for k in s.co_speakers}
    used |= {s.source for s in statement_records if s.source}
    used |= {d.principal for d in context.referents.values() if d.principal}
    used |= {r.organization for r in role_records if r.organization}
    referents = tuple(
        Referent(d.key, d.name, d.kind, frozenset(d.names), d.country if d.kind is Kind.COUNTRY else None,
                 tuple(d.titles), d.broader, d.key.startswith("desc:"),
                 tuple(sorted(n for n in d.names if n in context.text)) if d.kind is not Kind.TOPIC else (),
                 tuple(sorted(d.described)), d.principal)
        for d in context.referents.values()
        if d.key in used or (d.kind is not Kind.TOPIC and not d.key.startswith("desc:") and not context.only_acts(d.key)
                             and d.key not in context.asked_bodies)
    )
    dated = tuple(replace(r, date=event_date(r.evidence.sentence, article.date)) for r in _unique(relation_records))
    return Extraction(article, referents, dated, statement_records, role_records)


def _role(role: FoundRole, evidence: Evidence, article: Article) -> Role:
    """A role, dated when it has no owner: the build may complete it into a relation (resolve.complete_roles)."""
    date = None if role.organization else event_date(evidence.sentence, article.date)
    return Role(role.holder, role.text, evidence, role.organization, date)


class _EvidenceMaker:
    """Sentence evidence with offsets into the article as given."""

    def __init__(self, article: Article, text: str) -> None:
        self.article, self.text = article, text

    def span(self, start: int, end: int) -> Evidence:
        piece = self.text[start:end]
        text = piece.strip()
        start += len(piece) - len(piece.lstrip())
        original_start, original_end = self.article.offsets.span(start, start + len(text))
        return Evidence(" ".join(text.split()), original_start, original_end)

    def token(self, token) -> Evidence:
        sent = token.sent
        return self.span(sent.start_char, sent.end_char)


def _spoken_for(speaker: Draft) -> str | None:
    """Whom a statement speaks for: a country's body (its foreign ministry) states the country's position;
    unnamed officials speak for it too (prov:actedOnBehalfOf), but what they say is not its position."""
    return speaker.principal if speaker.kind is Kind.ORGANIZATION else None


def _dateline_country(dateline: str | None, knowledge: Knowledge) -> str | None:
    """The country of a dateline of one place ('Beijing' -> CHN); none for 'Beijing/Seoul'."""
    if not dateline or "/" in dateline:
        return None
    found = knowledge.place(dateline)
    return found[0].iso3 if found else None


def _relation(found: FoundRelation, found_statements: list[FoundStatement], records: tuple[Statement, ...],
              statement_spans: Spans, evidence: _EvidenceMaker) -> Relation:
    """A relation record; one inside a statement (the first that holds its cue; with a source, anywhere in
    what the source's account says: 'X told Y ..., according to Z') is linked to it, and unless the speaker
    is talking about itself or whom it speaks for ('Japan's foreign ministry said Japan backed the talks')
    and the article has it from the speaker, it is a reported claim, not a fact."""
    holding = statement_spans.holding(found.cue.idx)
    index = min(holding) if holding else None
    polarity, confidence = found.polarity, found.confidence
    if index is not None:
        statement = found_statements[index]
        # a relative clause says what its noun is, not what was denied ('denied any attempts to sway the
        # election, in which Trump defeated Clinton')
        described = any(t.dep_ == "relcl" for t in (found.cue, *found.cue.ancestors))
        # what is denied did not happen, tried or planned ('denied it meddled to try to tilt the vote')
        if statement.denies and polarity is not Polarity.NEGATED and not described:
            polarity, confidence = Polarity.NEGATED, CONFIDENCE[Polarity.NEGATED]
        if found.subject not in {statement.speaker, records[index].principal} or statement.source:
            confidence = round(confidence * REPORTED_FACTOR, 2)
    return Relation(found.subject, found.predicate, found.object, evidence.token(found.cue), found.cue.lower_,
                    found.rule, polarity, confidence, index, former=found.former)


def _role_relation(role: FoundRole, evidence: _EvidenceMaker) -> Relation:
    return Relation(role.holder, role.title.relation, role.organization, evidence.token(role.token), role.text,
                    role.rule, Polarity.ASSERTED, 0.8, None, former=not role.current)


def _unique(records: list[Relation]) -> list[Relation]:
    """One relation per subject, property, object and sentence, the first found; a denial of it is another
    ('X defended Y, but an aide said X would not campaign for Y')."""
    seen, unique = set(), []
    for record in records:
        identity = (record.subject, record.predicate, record.object, record.evidence.start,
                    record.polarity is Polarity.NEGATED)
        if identity not in seen:
            seen.add(identity)
            unique.append(record)
    return unique

