"""Statements: who said what, quoted or reported.

- Quoted: text between straight or curly double quotes, attributed to the subject of the nearest
  speech verb around it (``"...," he said``; ``declaring: "..."``); a quote with no speech verb in
  its sentence continues the previous quote of the same paragraph, or of the paragraph before when
  its paragraph is only that quote.
- Reported: a speech verb with a clausal complement (``Merkel said that Germany had``).
  When the complement comes first and ends in a comma (``I told Rex ..., Trump wrote``), it is a
  quote whose marks were stripped, and is marked direct.
- Colon-introduced: ``wrote on Twitter: If the minister ...``.
- A sentence that is only an attribution (``Trump said.``, ``he asked.``) claims the sentence before it.
- ``according to X``; on a speech verb (``X said ..., according to KNXV``), X's statement, known by
  the account of the one it names (its source), and not also theirs.
- Signed: ``“...” ― Jane Roe``, a quote followed by a dash and a person's name that ends the line.
- Labelled: ``PENCE: Well, look, ...`` (a transcript) or ``Pence: Flowers Won't Be at Debate`` (a
  headline), a line that opens with an actor's name and a colon.
- Posted: ``The following statements were posted to the verified Twitter accounts of X ... - We will win!
  [0632 EST] - ...``, each sentence of each post X's direct statement on the platform.

The speech verbs and channel nouns are data (ontology/speech.tsv).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Iterator

from spacy.tokens import Span, Token

from graphbuild.extract.context import QUOTED, ArticleContext, quoted_group
from graphbuild.extract.relations import (balked_at, clause_children, clause_subjects, document_authors,
                                         document_maker, short_of, subject_of_next_clause)
from graphbuild.extract.spans import Spans
from graphbuild.model import Kind

_MIN_UNCUED_WORDS = 4
_SHORT_QUOTE_WORDS = 3     # shorter quotes are scare quotes unless the cue is right beside them
_ADJACENT_TOKENS = 3
_LONE_ATTRIBUTION_TOKENS = 9
_CLAUSES = {"advcl", "ccomp", "conj", "parataxis", "xcomp"}   # clauses the parser may hang on a set-in cue


@dataclass(frozen=True, slots=True)
class FoundStatement:
    speaker: str
    text: str
    cue: str
    direct: bool
    content: tuple[int, int]     # character span of what was said, in the repaired text
    evidence: tuple[int, int]    # character span of the sentence(s) it was read from
    channel: str | None
    rule: str
    denies: bool = False         # the cue denies what follows ('denied that ...')
    co_speakers: tuple[str, ...] = ()   # who said it with the speaker ('Pelosi and Schumer said')
    source: str | None = None    # whose account it is known by ('X said, according to KNXV')
    account: tuple[int, int] | None = None   # with a source: the character span of all the account says


def statements(context: ArticleContext) -> list[FoundStatement]:
    """Every statement in the article, in document order."""
    quoted = _quoted(context)
    spans = Spans([s.content for s in quoted])
    used_cues = {s.cue_token for s in quoted if s.cue_token is not None}
    reported = list(_reported(context, spans, used_cues))
    claimed = Spans([s.content for s in quoted] + [s.content for s in reported])
    lone = list(_lone_attributions(context, claimed, spans))
    claimed = Spans([s.content for s in quoted] + [s.content for s in reported] + [s.content for s in lone])
    labelled = list(_labelled_lines(context, claimed))
    posted = list(_posted(context))
    found = [_with_co_speakers(s, context)
             for s in _relayed(_by_account([*quoted, *reported, *lone, *labelled, *posted], context), context)]
    found += _unmarked_between(context, found)
    return sorted(_outermost(found), key=lambda s: s.content)


def _by_account(found: list[_Found], context: ArticleContext) -> list[_Found]:
    """'"...," X said, according to KNXV', 'According to court documents, X told the meeting ...': one
    statement, X's, known by the account of the one 'according to' names; not also that one's statement
    that X said it. An 'according to' on anything else stays a statement of its own."""
    by_cue = {f.cue_token: n for n, f in enumerate(found) if f.cue_token is not None}
    found = list(found)
    dropped: set[int] = set()
    for n, account in enumerate(found):
        if account.statement.rule != "reported:according" or account.cue_token is None:
            continue
        said = by_cue.get(context.doc[account.cue_token].head.i)
        if said is None or said == n or found[said].statement.speaker in {None, account.statement.speaker}:
            continue
        statement = found[said].statement
        whole = (min(statement.content[0], account.content[0]), max(statement.content[1], account.content[1]))
        found[said] = replace(found[said], statement=replace(statement, source=account.statement.speaker, account=whole))
        dropped.add(n)
    return [f for n, f in enumerate(found) if n not in dropped]


def _relayed(found: list[_Found], context: ArticleContext) -> list[_Found]:
    """'X said the plan would fail, the Globe reported', 'X, a senior agent, said Y "has to win" ..., the Times
    reported': what a relaying source reports that opens with another's speech (its subject, then a cue of saying,
    not of announcing or believing) is the source's statement that X said it, and X's statement, known by the
    source's account."""
    by_cue = {f.cue_token: n for n, f in enumerate(found) if f.cue_token is not None}
    result = list(found)
    for n, account in enumerate(found):
        if (account.cue_token is None or context.doc[account.cue_token].idx < account.content[1]
                or context.doc[account.cue_token].lemma_.lower() not in context.knowledge.words.get("relay_verb", ())):
            continue    # a cue of relaying ('..., the Times reported'; `relay_verb` in ontology/cues.tsv) after it
        cue = context.doc[account.cue_token]
        inner = _opening_speech(cue, account.content, context)
        speaker = _speaker(inner, context) if inner is not None else None
        if speaker is None or speaker == account.statement.speaker:
            continue
        whole = (cue.sent.start_char, account.content[1])
        # what was said starts after the cue, whom it was told to ('told confidants he would ...') and 'that'
        after = inner.i + 1
        hearer = next((c for c in inner.children if c.dep_ in {"dobj", "dative"} and c.left_edge.i == after), None)
        after = hearer.i + 1 if hearer is not None else after
        after += context.doc[after].lower_ == "that"
        start = context.doc[after].idx
        said = by_cue.get(inner.i)
        if said is not None and result[said].content[0] < whole[1]:
            start = result[said].content[0]     # what the cue's own reading found, unless it ran past the source
        if start >= whole[1]:
            continue
        told = (start, whole[1])
        relayed = replace(account.statement, speaker=speaker, cue=inner.lower_, direct=False, content=told,
                          text=context.text[told[0]:told[1]].strip().rstrip(","), channel=_channel(inner, context),
                          source=account.statement.speaker, account=whole)
        if said is not None:
            result[said] = replace(result[said], statement=relayed)
        else:
            result.append(_Found(relayed, inner.i))
        result[n] = replace(account, statement=replace(
            account.statement, content=whole, direct=False, text=context.text[whole[0]:whole[1]].strip().rstrip(",")))
    return result


def _opening_speech(cue: Token, content: tuple[int, int], context: ArticleContext) -> Token | None:
    """The speech verb that opens what a trailing cue reports, right after its own subject ('X, a senior agent,
    said ...'): every word before it in the sentence is its subject's."""
    sent, knowledge = cue.sent, context.knowledge
    for token in sent:
        if token.i >= cue.i or token.idx >= content[1]:
            return None
        lemma = token.lemma_.lower()
        if (lemma in knowledge.speech_verbs and lemma not in knowledge.object_speech_verbs
                and lemma not in knowledge.clause_verbs and token.pos_ in {"VERB", "AUX"}):
            subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
            own = {t.i for t in subject.subtree} if subject is not None else set()
            if subject is not None and all(t.i in own or t.is_punct or t.dep_ == "aux"
                                           for t in context.doc[sent.start:token.i]):
                return token
            return None
    return None


def _with_co_speakers(found: _Found, context: ArticleContext) -> FoundStatement:
    """The statement, with the people named with its speaker as the cue's subject ('Nancy Pelosi and
    Chuck Schumer said in a statement')."""
    statement = found.statement
    if found.cue_token is None or statement.speaker is None:
        return statement
    cue = context.doc[found.cue_token]
    subject = next((c for c in clause_children(cue) if c.dep_ == "nsubj"), None)
    pair = context.joined_pair(subject) if subject is not None else None
    if pair and statement.speaker == pair[0]:
        return replace(statement, co_speakers=(pair[1],))     # 'X and Y sent a letter ... The pair said'
    named = context.counted_names(subject) if subject is not None else []
    if subject is None or not (subject.conjuncts or named):
        return statement
    people = [k for t in (named or (subject, *subject.conjuncts))
              if (k := context.refer(t, actors_only=True)) is not None and context.referents[k].kind is Kind.PERSON]
    if statement.speaker not in people:
        return statement
    return replace(statement, co_speakers=tuple(dict.fromkeys(k for k in people if k != statement.speaker)))


_MARKS = ('"', "\u201c", "\u201d")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me)\b")
_BETWEEN_TOKENS = 40


def _unmarked_between(context: ArticleContext, found: list[FoundStatement]) -> list[FoundStatement]:
    """In a text whose quote marks were stripped (no marks, yet someone says 'I' or 'we' before a
    cue: 'We will wait, Smith said'), a sentence with no statement of its own between two sentences
    of one speaker, one of them a quote read by its comma before the cue, is that speaker's quote too:
    'The offer stands.' between 'Smith played down the rift.' (or any statement of Smith's) and 'It
    will not last, Smith wrote.'. With marks in the text, or none because nobody was quoted, marks decide."""
    if any(mark in context.text for mark in _MARKS) or not any(
            s.rule == "reported:inverted" and _FIRST_PERSON.search(s.text) for s in found):
        return []
    sentences = list(context.doc.sents)
    said_in: dict[int, FoundStatement] = {}      # sentence index -> a statement read from it
    starts = [s.start_char for s in sentences]
    for statement in found:
        for index in range(bisect_left(starts, statement.evidence[0] + 1) - 1, len(sentences)):
            if index < 0 or sentences[index].start_char >= statement.evidence[1]:
                break
            said_in.setdefault(index, statement)
    added = []
    for index in range(1, len(sentences) - 1):
        middle, before, after = sentences[index], said_in.get(index - 1), said_in.get(index + 1)
        if index in said_in or after is None or len(middle) > _BETWEEN_TOKENS or not middle.text.strip():
            continue
        speaker = before.speaker if before is not None else _sentence_subject(sentences[index - 1], context)
        if speaker is None or speaker != after.speaker or not (after.direct or (before and before.direct)):
            continue
        cue = after.cue if after.direct else before.cue
        added.append(FoundStatement(speaker, middle.text.strip(), cue, True, (middle.start_char, middle.end_char),
                                    (middle.start_char, middle.end_char), after.channel if after.direct else before.channel,
                                    "quote:unmarked-between"))
    return added


def _sentence_subject(sentence: Span, context: ArticleContext) -> str | None:
    """The actor a sentence is about: its main verb's subject ('Smith played down the rift')."""
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    return context.refer(subject, actors_only=True, speaking=True) if subject is not None else None


def _outermost(found: list[FoundStatement]) -> list[FoundStatement]:
    """Without a speaker's statement that lies inside another of theirs: 'Smith said she thinks X is
    right' is one statement, not also 'X is right' by Smith. Another speaker's, inside, is theirs to keep
    ('Smith said Jones believes X')."""
    by_speaker: dict[str | None, list[FoundStatement]] = {}
    for statement in found:
        by_speaker.setdefault(statement.speaker, []).append(statement)
    inner: set[int] = set()
    for group in by_speaker.values():     # by start, the longest first: one pass, for long articles too
        reach: tuple[int, tuple[int, int]] | None = None    # the furthest end so far, and its span
        for statement in sorted(group, key=lambda s: (s.content[0], -s.content[1])):
            if reach is not None and statement.content[1] <= reach[0] and statement.content != reach[1]:
                inner.add(id(statement))
            elif reach is None or statement.content[1] > reach[0]:
                reach = (statement.content[1], statement.content)
    return [s for s in found if id(s) not in inner]


@dataclass(frozen=True, slots=True)
class _Found:
    statement: FoundStatement
    cue_token: int | None

    @property
    def content(self) -> tuple[int, int]:
        return self.statement.content


# ---------------------------------------------------------------------- quoted

def _quoted(context: ArticleContext) -> list[_Found]:
    """Quotes in marks. A quote split around its cue ('"A," he said, "B."') and a quote that goes on
    in the same paragraph without a cue of its own are one statement; a quote that is part of a
    reported clause ('he said the army was "depleted" and would grow') gives the whole clause."""
    doc = context.doc
    found: list[_Found] = []
    line_breaks = [match.start() for match in re.finditer("\n", context.text)]
    for match in QUOTED.finditer(context.text):
        group = quoted_group(match)
        start, end = match.start(group), match.end(group)
        text = match.group(group).strip().rstrip(",")
        if _is_title(text):
            continue
        window = _window(doc, match.start(), match.end())
        cue = _nearest_cue(window, context, (match.start(), match.end()))
        if (cue is not None and len(text.split()) < _SHORT_QUOTE_WORDS and not _adjacent(cue, match.start(), match.end())
                and not (_governs(cue, start, end, context.text) and (cue.lemma_.lower() in context.knowledge.naming_verbs
                                                         or _reported_clause(cue, start, end, context)))):
            continue        # a short quote is a scare quote unless its cue names with it ('called the talks
            #                 "useful"') or reports a clause that holds it ('said the army was "depleted"')
        evidence = (window.start_char, window.end_char)
        previous = found[-1] if found else None
        same_paragraph = previous is not None and not _breaks_between(line_breaks, previous.content[1], start)
        if cue is not None and previous is not None and previous.cue_token == cue.i and same_paragraph:
            if not previous.statement.direct and start >= previous.content[1] and text[:1].islower():
                continue    # a quoted fragment past the clause the cue reports: of another phrase, no more of it
            found[-1] = _continue(previous, text, start, end, evidence)
            continue
        signed = _signature(match.end(), context) if cue is None else None
        if signed is not None:      # '“...” ― Jane Roe' on a line of its own
            speaker, dash = signed
            found.append(_Found(FoundStatement(speaker, text, dash, True, (start, end), evidence, None,
                                               "quote:signed"), None))
            continue
        if cue is not None:
            speaker = _speaker(cue, context)
            if speaker:
                clause = _reported_clause(cue, start, end, context)
                if clause:
                    statement = FoundStatement(speaker, context.text[clause[0]:clause[1]].strip().rstrip(","), cue.lower_,
                                               False, clause, evidence, _channel(cue, context), "reported:mixed")
                else:
                    statement = FoundStatement(speaker, text, cue.lower_, True, (start, end), evidence,
                                               _channel(cue, context), "quote:cue")
                found.append(_Found(statement, cue.i))
                continue
        if (previous is not None and len(text.split()) >= _MIN_UNCUED_WORDS
                and (previous.statement.direct or _next_sentence(previous.content[1], start, context))
                and (same_paragraph or (cue is None and _goes_on(previous, match.start(), match.end(), context.text)))
                and (cue is None or context.could_be(next((c for c in cue.children if c.dep_ == "nsubj"), None),
                                                     previous.statement.speaker))):
            found[-1] = _continue(previous, text, start, end, evidence)
    return found


_SIGNATURE = re.compile(r"[ \t\u00a0]*([\u2015\u2014\u2013]|--)[ \t\u00a0]*")


def _signature(after: int, context: ArticleContext) -> tuple[str, str] | None:
    """'“...” ― Jane Roe': a quote signed with a dash and the name of a person, which ends the line."""
    dash = _SIGNATURE.match(context.text, after)
    if dash is None:
        return None
    doc = context.doc
    at = bisect_left(context.tokens, dash.end(), key=lambda t: t.idx)     # the first token after the dash
    first = context.tokens[at] if at < len(context.tokens) else None
    key = context.token_ref.get(first.i) if first is not None else None
    if key is None or context.referents[key].kind is not Kind.PERSON:
        return None
    last = first
    while last.i + 1 < len(doc) and context.token_ref.get(last.i + 1) == key:
        last = doc[last.i + 1]
    rest = context.text[last.idx + len(last):].split("\n", 1)[0]
    return (key, dash.group(1)) if not rest.strip(" \t\u00a0.,") else None


def _goes_on(previous: _Found, opening: int, closing: int, text: str) -> bool:
    """'“...,” he said.' then a paragraph that is only a quote: the speaker goes on (the news
    convention for a quote that runs over paragraphs). Only when the previous paragraph ended with a
    quote, or with its short attribution, and nothing stands between."""
    paragraph_end = text.find("\n", closing)
    rest = text[closing:paragraph_end if paragraph_end >= 0 else len(text)]
    if (not previous.statement.direct or text[text.rfind("\n", 0, opening) + 1:opening].strip()
            or any(c.isalnum() for c in rest)):
        return False        # not a quote, or the new paragraph holds more than the quote ('..., X asked')
    between = [part for part in text[previous.content[1]:opening].split("\n") if part.strip()]
    return len(between) <= 1 and all(len(part.split()) <= _LONE_ATTRIBUTION_TOKENS for part in between)


def _next_sentence(end: int, start: int, context: ArticleContext) -> bool:
    """Whether the text at ``start`` is in the sentence that holds ``end`` or the one right after it: a
    reported clause with a few words quoted in it ('said the army was "depleted."') goes on in a quote
    that follows at once, not in one further on, past what others said."""
    tokens = context.tokens
    last = tokens[max(bisect_left(tokens, end, key=lambda t: t.idx) - 1, 0)]
    first = tokens[min(bisect_left(tokens, start, key=lambda t: t.idx), len(tokens) - 1)]
    sentence, before = context.sentence_start[first.i], context.sentence_start[last.i]
    return sentence == before or (sentence > 0 and context.sentence_start[sentence - 1] == before)


def _breaks_between(line_breaks: list[int], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a line break, from the sorted offsets of the text's line breaks."""
    n = bisect_left(line_breaks, start)
    return n < len(line_breaks) and line_breaks[n] < end


def _continue(previous: _Found, text: str, start: int, end: int, evidence: tuple[int, int]) -> _Found:
    """The previous statement, extended by a quote that continues it (unless it already holds it: a
    reported clause with two quoted words in it, 'called him an "idiot" and a "loathsome human"')."""
    before = previous.statement
    if start < before.content[1]:
        return previous
    merged = FoundStatement(before.speaker, f"{before.text} {text}", before.cue, before.direct,
                            (before.content[0], end), (before.evidence[0], max(before.evidence[1], evidence[1])),
                            before.channel, before.rule, before.denies)
    return _Found(merged, previous.cue_token)


def _reported_clause(cue: Token, start: int, end: int, context: ArticleContext) -> tuple[int, int] | None:
    """The cue's complement (or what it names or asks for: 'called the talks "fruitful"', or what it
    takes as object: 'reaffirmed the "enduring partnership" between them') when it holds the quote and
    says more than the quote."""
    clause = (_complement(cue, context.knowledge.speech_verbs) or _naming(cue, context) or _asked_for(cue, context)
              or _requested_act(cue, context) or _object_content(cue, context))
    if not clause or not clause[0] < start - 1 < clause[1]:
        return None
    clause = (clause[0], max(clause[1], end))   # the quote may run on past the parse's clause
    return clause if (clause[1] - clause[0]) - (end - start) > 12 else None


_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with"}


def _is_title(text: str) -> bool:
    """'Morning Joe', 'Face the Nation', 'The Wall Street Journal': a name in quote marks, not speech."""
    words = [w.strip("“”\"'’‘,:;") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > 8 or text.rstrip().endswith((".", "!", "?")):
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS or not w[0].isalpha() for w in words)


def _window(doc, start_char: int, end_char: int) -> Span:
    """The sentences a quote touches, plus the next one when the quote ends its sentence
    (spaCy often splits '"...," he said.' after the closing mark), and the one before when it is a
    short attribution ending in a colon ('He said:' on a line of its own, then the quote)."""
    first = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    last = doc.char_span(max(end_char - 1, start_char), end_char, alignment_mode="expand")
    if first is None or last is None:
        return doc[0:0]
    sent_start, sent_end = first.sent.start, last.sent.end
    before = next((t for t in reversed(doc[max(sent_start - 2 * _LONE_ATTRIBUTION_TOKENS, 0):sent_start])
                   if not t.is_space), None)
    if before is not None and before.text == ":" and len(before.sent) <= _LONE_ATTRIBUTION_TOKENS + 2:
        sent_start = before.sent.start      # 'He said:' on a line of its own, then the quote
    if sent_end < len(doc) and doc[sent_end - 1].idx + len(doc[sent_end - 1]) <= end_char + 1:
        following = doc[sent_end].sent
        if len(following) <= _LONE_ATTRIBUTION_TOKENS + 6:
            sent_end = following.end
    return doc[sent_start:sent_end]


def _nearest_cue(window: Span, context: ArticleContext, quote: tuple[int, int]) -> Token | None:
    verbs = context.knowledge.speech_verbs
    ends = context.text[quote[0]:quote[1]].rstrip("”\"’' ").endswith((".", "?", "!"))   # a full sentence
    candidates = [t for t in window if t.lemma_.lower() in verbs and t.pos_ in {"VERB", "AUX"}
                  and not quote[0] <= t.idx < quote[1]
                  and not (t.idx >= quote[1] and (_introduces(t) or (ends and _says_other(t, quote[1]))))]
    if not candidates:
        return None
    governing = [t for t in candidates if _governs(t, *quote, context.text)]
    # not a cue whose subject is a thing ('She says it underscores that X is "unfit"': she says it)
    governing = [t for t in governing if not any(c.dep_ == "nsubj" and c.lower_ in _THING_SUBJECTS
                                                 for c in t.children)] or governing
    if governing:   # 'called the talks "fruitful" and said "..."': each quote to the cue whose clause holds it
        return min(governing, key=lambda t: t.right_edge.i - t.left_edge.i)
    return min(candidates, key=lambda t: min(abs(t.idx - quote[0]), abs(t.idx - quote[1])))


def _says_other(cue: Token, quote_end: int) -> bool:
    """'"... today." Jones will win, Smith said': a cue after a quote that ends its sentence, with a
    clause of its own (a finite verb outside its subject) between, reports that clause, not the quote."""
    subject = {t.i for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    between = (t for t in cue.doc[cue.sent.start:cue.i] if t.idx >= quote_end and t.i not in subject)
    return any(t.tag_ in {"VBZ", "VBD", "VBP", "MD"} for t in between)


def _governs(cue: Token, start: int, end: int, text: str) -> bool:
    """Whether the characters start..end of ``text`` (the doc's) lie in the cue's clause (its subtree), but for
    the quote marks and the stop at their edges, which the parser hangs on the sentence's root ('... but called
    himself "embarrassed and ashamed."': 'called' holds the quote)."""
    while end > start and text[end - 1] in _EDGE_MARKS:
        end -= 1
    while start < end and text[start] in _EDGE_MARKS:
        start += 1
    edge = cue.right_edge
    return cue.left_edge.idx <= start and end <= edge.idx + len(edge) + 1


_THING_SUBJECTS = {"it", "this", "that", "which"}
_EDGE_MARKS = frozenset('.,;!?"\u201c\u201d\u2018\u2019\' ')


def _introduces(cue: Token) -> bool:
    """'Dupont replied: "..."': a cue followed by a colon belongs to the quote after it."""
    return any(t.text == ":" for t in cue.doc[cue.i + 1: min(cue.i + 4, len(cue.doc))])


def _negated(cue: Token) -> bool:
    """'does not think now is the time', 'has not edited the statements or confirmed their accuracy':
    the speaker did not say it (a verb joined by 'or' to a negated one shares its 'not'). A 'not'
    after a colon is what was said ('adding: Why not?'), whatever the parser hung it on."""
    colon = next((t.i for t in cue.doc[cue.i + 1:cue.sent.end] if t.text == ":"), len(cue.doc))
    if any(c.dep_ == "neg" and c.i < colon for c in cue.children):
        return True
    head = cue.head
    return (cue.dep_ == "conj" and any(c.dep_ == "neg" for c in head.children)
            and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children)
            and not any(c.dep_ in {"nsubj", "aux"} for c in cue.children))


def _not_yet(cue: Token, context: ArticleContext) -> bool:
    """'wants to tell voters that ...', 'needed to assure Spain that ...': the infinitive of a verb of
    attempt or plan (`try` in ontology/cues.tsv) or need is not said yet; that of a refusal
    ('declined to say whether ...') is not said at all."""
    if cue.dep_ not in {"xcomp", "advcl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    lemma, words = cue.head.lemma_.lower(), context.knowledge.words
    return lemma == "need" or lemma in words.get("try", ()) or lemma in words.get("refusal", ())


def _within_unsaid(cue: Token, context: ArticleContext) -> bool:
    """'declined to say whether he thought X would ...': a cue inside what someone did not say is not said
    either (not one joined to it: 'did not say why, and added that ...'), nor one asked about ('asked
    whether she believed that ...')."""
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in cue.children):
        return True
    token = cue
    while token.dep_ in _INSIDE and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in context.knowledge.speech_verbs and (_negated(token) or _not_yet(token, context)):
            return True
    return False


_INSIDE = {"ccomp", "xcomp", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "csubj"}


def _adjacent(cue: Token, start: int, end: int) -> bool:
    doc = cue.doc
    between = doc.char_span(min(cue.idx, end), max(cue.idx, start), alignment_mode="expand")
    return between is None or len(between) <= _ADJACENT_TOKENS + 2


def _speaker(cue: Token, context: ArticleContext) -> str | None:
    """The speaker of a cue verb: its subject (named, pronoun, description), or the subject
    of the clause it hangs from ('..., declaring: "..."', 'met on Tuesday and said ...'); whom a verb
    quotes as saying it ('the Post quoted Smith as saying ...'); for a
    participle in the passive, who did it ('When asked by a senator whether ...': the senator; with
    no 'by', no one the article names)."""
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.pos_ == "VERB":
        quoted = next((c for c in cue.head.head.children if c.dep_ == "dobj"), None)
        if quoted is not None:      # 'the Post quoted Smith as saying ...': Smith
            return _subject_speaker(quoted, context)
    if cue.tag_ == "VBN" and cue.dep_ in {"advcl", "acl"} and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in cue.children):
        agent = next((g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return _subject_speaker(agent, context) if agent is not None else None
    heard = _heard_saying(cue, context)
    if heard is not None:
        return heard
    for child in clause_children(cue):
        if child.dep_ == "nsubj" and not context.in_marks(child.idx):   # a quote's own subject, parsed as the cue's
            if child.tag_ in {"WP", "WDT"} and cue.dep_ == "relcl" and _can_speak(cue.head, context):
                child = cue.head          # 'Smith, who said ...': the one the clause is about
            return _subject_speaker(child, context)
    stray = _stray_subject(cue, context) or _named_after_quote(cue, context)
    if stray:
        return stray
    if not context.in_marks(cue.idx) and context.in_marks(cue.head.idx):
        # 'Smith said: "...," adding that ...', with 'adding' hung on the quote's verb: the quote's speaker
        governor = next((a for a in cue.head.ancestors if not context.in_marks(a.idx)), None)
        if governor is not None and governor.lemma_.lower() in context.knowledge.speech_verbs:
            return _speaker(governor, context)
    keys = clause_subjects(cue, context, dispositions=False)   # 'was unable to confirm X' said nothing
    if keys:
        return keys[0]
    if cue.dep_ in {"conj", "advcl"} and cue.head.pos_ in {"VERB", "AUX"} and not any(
            t.dep_ in {"ccomp", "xcomp", "relcl", "acl"} for t in (cue.head, *cue.head.ancestors)):
        # a description as the subject of the clause the cue is joined to ('The senators met and said ...',
        # 'The minister warned Spain, arguing that ...'), which names no actor for clause_subjects; not
        # inside what someone said ('say the allegations are false, and believe ...')
        subject = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and not context.in_marks(subject.idx):
            return _subject_speaker(subject, context)
    return None


def _heard_saying(cue: Token, context: ArticleContext) -> str | None:
    """'North Korea's response follows a U.N. expert last month saying ...', 'cited a poll showing ...': a
    participle the parser hung on the verb, right after the verb's object with no comma between (only a
    time may come between), is what the object says; with a comma ('criticized Y, saying ...') the
    subject speaks."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if obj is None or not _can_speak(obj, context):
        return None
    between = cue.doc[obj.i + 1:cue.i]
    if any(not (t.ent_type_ in {"DATE", "TIME"}) for t in between):
        return None
    return _subject_speaker(obj, context)


def _utterance_owner(noun: Token, context: ArticleContext) -> str | None:
    """The actor who owns what was said or proposed (`utterance` in ontology/cues.tsv): 'X's proposals',
    'the senator's demands'."""
    if noun.lemma_.lower() not in context.knowledge.words.get("utterance", ()):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return context.refer(owner, actors_only=True) if owner is not None else None


def _can_speak(noun: Token, context: ArticleContext) -> bool:
    """An actor, or a noun for someone or something that speaks ('a source', 'the report', 'the
    minister'), not 'a button that stated ...'."""
    knowledge = context.knowledge
    lemma = noun.lemma_.lower()
    return (context.refer(noun, actors_only=True) is not None or lemma in knowledge.titles
            or lemma in knowledge.sources | knowledge.organisation_sources | knowledge.document_sources)


def _subject_speaker(subject: Token, context: ArticleContext) -> str | None:
    if subject.ent_type_ in _AMOUNTS:
        return None     # '26 percent think ...': a share of a poll's respondents is no one to quote
    def person(token: Token) -> bool:
        return token.i in context.token_ref and context.referents[context.token_ref[token.i]].kind is Kind.PERSON
    if not person(subject):     # 'The ranking Democrat on the committee, Senator X, raised ...': X
        subject = next((c for c in subject.children if c.dep_ == "appos" and person(c)), subject)
    pair = context.joined_pair(subject)      # 'X and Y wrote to Z. The pair said ...': X, with Y
    if pair:
        return pair[0]
    named = context.counted_names(subject)      # 'two senators said', then 'Senators X and Y wrote': X, with Y
    if named:
        subject = named[0]
    maker = document_maker(subject, context) if subject.pos_ == "NOUN" else None
    if maker:
        return maker        # 'the U.S. draft says', 'a Russian draft resolution calls for'
    key = context.organ_speaker(subject) or context.refer(subject, actors_only=True, speaking=True)
    if key:
        return key
    if subject.pos_ == "NOUN":
        owner = _utterance_owner(subject, context)
        if owner:
            return owner        # 'X's proposals call for ...': X, whose proposals they are
        publisher = _publisher(subject, context)
        if publisher:
            return publisher    # 'an article in the Washington Post revealed'
        author = _earlier_author(subject, context)
        if author:
            return author       # 'X said in an emailed statement ...', then 'the statement said'
        if subject.lower_.endswith("ing") and not _can_speak(subject, context):
            return None         # 'X's overruling of Y underscores ...': an act says nothing
        # 'a source said', 'the Clinton campaign says', 'the announcer said': known by a description
        return context.description_referent(subject)
    return None


_AMOUNTS = {"PERCENT", "QUANTITY", "MONEY"}


def _earlier_author(document: Token, context: ArticleContext) -> str | None:
    """The author of the document a definite, unowned document noun ('the statement', `document` in
    ontology/cues.tsv) points back to: the last one of that word before it, when it has one author."""
    if (document.lemma_.lower() not in context.knowledge.words.get("document", ())
            or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in document.children)
            or any(c.dep_ in {"poss", "compound"} for c in document.children)):
        return None
    earlier = next((t for t in reversed(context.tokens[:document.i])
                    if t.pos_ == "NOUN" and t.lemma_ == document.lemma_), None)
    if earlier is None:
        return None
    verb = earlier.head.head
    if earlier.dep_ == "pobj" and earlier.head.lower_ == "in" and verb.lemma_.lower() in context.knowledge.speech_verbs:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)    # 'the ministry said in a statement'
        return _subject_speaker(subject, context) if subject is not None else None
    authors = document_authors(earlier, context)
    return authors[0] if len(authors) == 1 else None


def _stray_subject(cue: Token, context: ArticleContext) -> str | None:
    """'In a meeting with editors Donald Trump said that ...': with no comma after the opening
    phrase the parser files the name inside it and leaves the verb without a subject; the actor
    named (or described: 'hours after his own finance minister said') right before a main speech verb
    that has none is its speaker."""
    if cue.dep_ != "ROOT" or cue.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in cue.children):
        return None
    before = cue.doc[cue.i - 1]
    if (before.pos_ == "NOUN" and before.dep_ == "appos" and before.head.ent_type_ in {"GPE", "LOC"}
            and _can_speak(before, context)):
        # '... Iran and Afghanistan, a White House official said', the parser making the official an apposition
        # of a place in the list: someone of their own
        return context.description_referent(before, whole=True)
    key = context.token_ref.get(before.i)
    if key is None:     # 'hours after the minister of health said ...': the phrase's head noun
        head = before
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
            head = head.head.head
        key = context.refer(head, actors_only=True, speaking=True) if head.pos_ == "NOUN" else None
    if key is None or before.sent != cue.sent or before.i < cue.sent.start:
        return None
    return key if context.referents[key].kind in {Kind.PERSON, Kind.ORGANIZATION, Kind.COUNTRY} else None


def _named_after_quote(cue: Token, context: ArticleContext) -> str | None:
    """'"...," Jane Roe, the head of the party in the county, said': a cue with no subject after a
    quote's closing mark is spoken by the first person (else actor) named between the mark and the cue (the parser
    made the name an apposition of a name inside the quote, and the cue a verb joined to the quote's)."""
    if context.in_marks(cue.idx):
        return None
    start = cue.sent.start
    for i in range(cue.i - 1, start - 1, -1):
        if context.in_marks(cue.doc[i].idx) or cue.doc[i].text in {"\u201d", '"'}:
            start = i + 1
            break
    else:
        return None
    doc = cue.doc
    named = [i for i in range(start, cue.i) if i in context.token_ref]
    for kinds in ({Kind.PERSON}, {Kind.ORGANIZATION, Kind.COUNTRY}):   # 'Republican Senator Jane Roe' is Roe
        first = next((i for i in named if context.referents[context.token_ref[i]].kind in kinds), None)
        if first is None:
            continue
        if any(doc[i].pos_ not in _NAME_PHRASE for i in range(start, first)):
            return None     # 'and praised X, calling him ...': the name is no subject set after the quote
        if any(doc[i].pos_ in {"VERB", "AUX"} and not _in_clause_on(doc[i], first, cue.i) for i in range(first, cue.i)):
            return None     # '..., Jane Roe said in a letter urging ...': the cue is not hers
        return context.token_ref[first]
    return None


_NAME_PHRASE = {"PUNCT", "PROPN", "ADJ", "DET", "NOUN", "NUM"}     # what may open a name's phrase: 'Republican Senator'


def _in_clause_on(verb: Token, start: int, end: int) -> bool:
    """Is ``verb`` inside a relative or participial clause that hangs on a word between ``start`` and ``end``
    ('Jane Roe, the head of the party in the county that borders Dallas, said')?"""
    token = verb
    while token.head.i != token.i:
        if token.dep_ in {"relcl", "acl"} and start <= token.head.i < end:
            return True
        token = token.head
    return False


def _publisher(noun: Token, context: ArticleContext) -> str | None:
    """The organisation a described source comes from: 'a report by Reuters', 'an article in the Post',
    'Commerce Department data', 'the agency's figures'; the person whose document it is: 'Smith's statement'."""
    documents = context.knowledge.document_sources | context.knowledge.words.get("document", frozenset())
    # a document's maker, not a person's: 'the Pentagon's acquisition chief' speaks for herself
    makers = [c for c in noun.children if c.dep_ in {"compound", "nmod", "poss"}] \
        if {noun.lemma_.lower(), noun.lower_} & documents else []
    for name in makers:
        key = context.refer(name, actors_only=True)
        if key and (context.referents[key].kind is Kind.ORGANIZATION
                    or (name.dep_ == "poss" and context.referents[key].kind is Kind.PERSON)):
            return key      # 'Hefner's attorney-issued statement': his
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "by", "from"}:
            for obj in prep.children:
                key = context.refer(obj, actors_only=True) if obj.dep_ == "pobj" else None
                if key and context.referents[key].kind is Kind.ORGANIZATION:
                    return key
    return None


def _channel(cue: Token, context: ArticleContext) -> str | None:
    """'on Twitter', 'in an emailed response', 'in a statement'; a document as the subject, owned by the
    speaker ('Bishop's letter said')."""
    for subject in cue.children:
        if (subject.dep_ == "nsubj" and subject.lemma_.lower() in context.knowledge.channels
                and any(c.dep_ == "poss" for c in subject.children)):
            return subject.lemma_.lower()
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "in", "via", "through", "during"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if context.knowledge.entity_uses.get(obj.text) == "platform":
                return obj.text
            if obj.lemma_.lower() in context.knowledge.channels:
                modifiers = [t.lower_ for t in obj.lefts if t.dep_ in {"amod", "compound"}]
                return " ".join([*modifiers, obj.lemma_.lower()])
    return None


# ---------------------------------------------------------------------- reported

def _reported(context: ArticleContext, quote_spans: Spans, used: set[int]) -> Iterator[_Found]:
    knowledge = context.knowledge
    verbs, nouns = knowledge.speech_verbs, knowledge.statement_nouns
    cues = verbs | knowledge.clause_verbs | nouns | knowledge.finding_verbs | {"accord", "call"}
    phrasal = {cue.split()[0] for cue in cues if " " in cue}        # 'play' of 'play down'
    for token in context.tokens:
        lemma = token.lemma_.lower()
        if lemma in phrasal and lemma not in cues:
            word = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
            if word and f"{lemma} {word}" in cues:
                lemma = f"{lemma} {word}"       # 'played down the risk'
        made_clear = _made_clear(token) if lemma == "make" else None
        if (lemma not in cues and token.lower_ not in nouns and not made_clear) or token.i in used \
                or quote_spans.holds(token.idx):
            continue
        if lemma == "accord" and token.lower_ == "according":
            found = _according(token, context)
            if found:
                yield found
            continue
        if lemma in nouns or token.lower_ in nouns:
            found = _said_by_possessor(token, context)
            if found is not None and not quote_spans.meets(*found.content):
                yield found
                continue
        clause_only = lemma in knowledge.clause_verbs
        if (lemma not in verbs and not clause_only and not made_clear and not _finding(token, context)
                and not _calls_on(token)) or token.pos_ not in {"VERB", "AUX"} or _negated(token) \
                or short_of(token, context) is not None or balked_at(token, context) or _not_yet(token, context) \
                or _within_unsaid(token, context):
            continue    # 'stopped short of saying that ...', 'wants to tell voters that ...': not said
        trailing = _trailing_source(token, context) if lemma in verbs else None
        if trailing is not None:
            content = trailing[0]
        elif made_clear:
            content = made_clear
        elif clause_only:
            content = _complement(token, verbs)       # "fears that ...", not "fears the worst"
        elif lemma in knowledge.accusation_verbs:
            content = _accused(token, context)        # not a clause the parser hung on it
        else:
            content = (_complement(token, verbs) or _clause_on_title(token) or _after_colon(token)
                       or _pledged_or_asked(token, context)
                       or _object_content(token, context, lemma) or _naming(token, context)
                       or _asked_for(token, context) or _parenthetical(token) or _clause_read_as_object(token, context))
        if content is None:
            continue
        start, end = content
        if quote_spans.meets(start, end):
            continue
        speaker = _trailing_speaker(trailing[1], context) if trailing is not None else _speaker(token, context)
        if not speaker:
            continue
        inverted = end <= token.idx and "," in context.text[end:token.idx]
        colon = ":" in context.text[token.idx:start]
        sent = token.sent
        yield _Found(FoundStatement(
            speaker, context.text[start:end].strip().rstrip(","), token.lower_, inverted or colon, (start, end),
            (sent.start_char, max(sent.end_char, end)), _channel(token, context),
            "reported:inverted" if inverted else "reported:colon" if colon else "reported:that",
            token.lemma_.lower() in context.knowledge.words.get("denial", ())), token.i)


def _said_by_possessor(noun: Token, context: ArticleContext) -> _Found | None:
    """'Smith's claim that there were thousands of shootings', 'her warning that the deal would fail':
    a noun for something said, with its that-clause, is a statement by its possessor; 'raised concerns
    that ...', 'voiced the fear that ...': with a light verb, by the verb's speaker."""
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"}:
        return None
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    light = (noun.dep_ == "dobj" and noun.head.lemma_.lower() in context.knowledge.words.get("light", ())
             and not _negated(noun.head))
    if clause is None or (owner is None and not light):
        return None
    speaker = _subject_speaker(owner, context) if owner is not None else _speaker(noun.head, context)
    content = _char_span(list(clause.subtree), fewest=3)
    if speaker is None or content is None:
        return None
    if owner is None and speaker.startswith("desc:") and context.referents[speaker].kind is not Kind.PERSON:
        return None     # 'News headlines have raised fears that ...' made others fear; they said nothing
    sent = noun.sent
    return _Found(FoundStatement(
        speaker, context.text[content[0]:content[1]].strip(), noun.lower_, False, content,
        (sent.start_char, max(sent.end_char, content[1])), None, "reported:noun",
        noun.lemma_.lower() in context.knowledge.words.get("denial", ())), noun.i)


def _finding(verb: Token, context: ArticleContext) -> bool:
    """'The poll shows that ...', 'a study found that ...': a verb of finding whose subject is a
    document (speech.tsv) reports what the document says."""
    knowledge = context.knowledge
    return verb.lemma_.lower() in knowledge.finding_verbs and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in knowledge.document_sources for c in verb.children)


def _complement(verb: Token, speech_verbs: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The cue's clausal complement, up to a clause joined to it that reports speech of its own ('said
    he would act and warned against delay', 'said it failed, arguing that ...': a second statement).
    A complement after the cue comes first; one before it across a semicolon is the writer's ('It is
    unlikely; the team says she will go on'). A clause with a subject of its own that the parser joined to
    the cue after the complement is reported too ('said X has respect for the military and his comment
    was ...')."""
    complements = sorted((c for c in verb.children if c.dep_ == "ccomp"), key=lambda c: (c.i < verb.i, c.i))
    for child in complements:
        if child.i < verb.i and ";" in verb.doc[child.right_edge.i:verb.i].text:
            continue
        end = child.right_edge.i + 1
        if child.i > verb.i:
            for joined in verb.children:
                if joined.i < end or joined.lemma_.lower() in speech_verbs or any(
                        c.dep_ == "cc" and c.lower_ in {"but", "yet"} and c.i < joined.i
                        for c in (*joined.children, *verb.doc[end:joined.left_edge.i])):
                    continue    # a statement of its own ('..., the Post reported'), or the writer's 'but ...'
                if joined.dep_ == "ccomp" or (joined.dep_ == "conj" and joined.pos_ in {"VERB", "AUX"} and any(
                        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in joined.children)):
                    end = joined.right_edge.i + 1
        for token in child.subtree:
            if (token.dep_ in {"conj", "advcl"} and token.i > child.i and token.lemma_.lower() in speech_verbs
                    and token.pos_ in {"VERB", "AUX"} and token.left_edge.i > child.i     # not 'his comment'
                    and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
                end = min(end, token.left_edge.i)       # (an infinitive, 'needed to assure X that ...', goes on)
            contrast = next((c for c in token.children if c.dep_ == "cc" and c.lower_ in {"but", "yet"}), None)
            if (contrast is not None and token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"} and contrast.i > child.i
                    and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)):
                end = min(end, contrast.i)      # '..., but ethanol interests have opposed it': the writer's
        start = child.left_edge.i
        if start < verb.i < child.i and verb.doc[start].tag_ in {"WDT", "WP"}:
            start = verb.i + 1      # 'a law, which Smith said may expand X': not 'which Smith said'
        start = _after_date(verb.doc, start, child)
        start = _subject_hung_before(verb, child) or start
        return _char_span(list(verb.doc[start:end]), fewest=2)
    return None


def _subject_hung_before(verb: Token, clause: Token) -> int | None:
    """'said on the show that the criticism leveled against X was "ridiculous"': a complement with no
    subject, after a 'that' the parser hung on a phrase between the cue and it (reading the subject as part
    of that phrase), starts at the 'that'."""
    if clause.i < verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return None
    return next((t.i for t in verb.doc[verb.i + 1:clause.left_edge.i]
                 if t.dep_ == "mark" and t.lower_ == "that" and t.i < t.head.i < clause.i), None)


def _after_date(doc, start: int, clause: Token) -> int:
    """'said on Monday it would appeal': a date phrase that opens the reported clause, before its
    subject, tells when it was said (the parser hangs it on the clause): the content starts after it."""
    first = doc[start]
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if (first.dep_ != "prep" or first.head.i != clause.i or subject is None or first.right_edge.i >= subject.i
            or first.i == first.right_edge.i):
        return start
    phrase = doc[first.i + 1:first.right_edge.i + 1]
    if all(t.ent_type_ in {"DATE", "TIME"} for t in phrase):
        return first.right_edge.i + 1
    return start


def _char_span(tokens: list[Token], *, fewest: int) -> tuple[int, int] | None:
    """The characters of ``tokens`` without punctuation (or a dangling 'and') at either end; None
    when fewer than ``fewest`` tokens are left."""
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if len(tokens) < fewest:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _naming(verb: Token, context: ArticleContext) -> tuple[int, int] | None:
    """'The campaign called the charges baseless', 'called the remarks "a wake-up call"': the object
    with the name given to it is what was said."""
    if verb.lemma_.lower() not in context.knowledge.naming_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    name = next((c for c in verb.children if c.dep_ == "oprd"), None) or next(
        (c for c in obj.children if c.dep_ == "appos"), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i), None)    # 'labeled the issue a distraction'
    if name is None:
        return None
    tokens = sorted({*obj.subtree, *name.subtree}, key=lambda t: t.i)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _accused(verb: Token, context: ArticleContext) -> tuple[int, int] | None:
    """'accused the committee of rigging the vote to help X': whom an accusation names and what they
    are accused of is what was said (a claim; the acts in it are the accuser's to answer for)."""
    accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if accused is None:
        return None
    # the charge, not an 'of' that names whose the accused is ('the administration of President X')
    of = next((c for c in (*verb.children, *accused.children) if c.dep_ == "prep" and c.lower_ == "of"
               and c.i > accused.i and any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and context.refer(
                   g, actors_only=True) is None) for g in c.children)), None)
    if of is None:
        return None
    return _char_span(list(verb.doc[accused.left_edge.i:of.right_edge.i + 1]), fewest=3)


def _asked_for(verb: Token, context: ArticleContext) -> tuple[int, int] | None:
    """'called for a moratorium on new plants': what someone asked for is what they said ('called out X for
    his lies', a phrasal verb of its own, asked for nothing)."""
    if any(c.dep_ == "prt" for c in verb.children):
        return None     # (not an adverb: 'called again for talks' did ask)
    preps = context.knowledge.prep_speech.get(verb.lemma_.lower(), frozenset())
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if objects:
                tokens = list(objects[0].subtree)
                return tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return None


def _requested_act(verb: Token, context: ArticleContext) -> tuple[int, int] | None:
    """'called on the administration to "really call out Russia"', 'urged Spain to "act now"': who was
    asked and the act asked of them, when a request verb has an infinitive."""
    if verb.lemma_.lower() not in context.knowledge.words.get("request", ()):
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if act is None:
        return None
    asked = next((c for c in verb.children if c.dep_ == "dobj" and c.i < act.i), None) or next(
        (g for c in verb.children if c.dep_ == "prep" and c.i < act.i for g in c.children if g.dep_ == "pobj"), None)
    if asked is None:
        return None
    return _char_span(list(verb.doc[asked.left_edge.i:act.right_edge.i + 1]), fewest=3)


def _pledged_or_asked(verb: Token, context: ArticleContext) -> tuple[int, int] | None:
    """'vowed to form a task force', 'urged Congress to pass the bill', 'called on Smith to apologize':
    what a speech verb pledges or asks in an infinitive is what was said (the act, not who was asked), also
    when a phrase between made the parser read the infinitive as a purpose ('vowed on the campaign trail to ...')."""
    pledging = verb.lemma_.lower() in context.knowledge.infinitive_speech_verbs
    if not pledging and not _calls_on(verb):
        return None
    clauses = {"xcomp", "advcl"} if pledging and not any(c.dep_ == "xcomp" for c in verb.children) else {"xcomp"}
    act = next((c for c in verb.children if c.dep_ in clauses and c.i > verb.i and c.pos_ in {"VERB", "AUX"} and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    return _char_span(list(act.subtree), fewest=3) if act is not None else None


def _calls_on(verb: Token) -> bool:
    """'called on Smith to apologize', 'called upon Spain to act': a call on someone to act is speech."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in verb.children) \
        and any(c.dep_ == "xcomp" for c in verb.children)


def _trailing_source(verb: Token, context: ArticleContext) -> tuple[tuple[int, int], Token] | None:
    """'X has stepped down ..., a source familiar with the matter said on Monday', which the parser often
    reads with 'a source ...' in apposition to the name before it and 'said' hung anywhere: a speech verb
    that ends its sentence with no complement (and, as the root, no subject after the comma), right after a
    noun phrase set off by a comma, reports what comes before the comma, said by that phrase's noun ('...,
    the Wall Street Journal reported on Thursday, citing ...' with 'reported' hung on the clause before)."""
    doc, sent = verb.doc, verb.sent
    if (any(c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and not _hearer(c, verb)) for c in verb.children)
            or any(not t.is_punct for t in doc[verb.right_edge.i + 1:sent.end])):
        return None
    comma = next((i for i in range(verb.i - 1, sent.start, -1) if doc[i].text == ","), None)
    end = verb.i
    if comma is not None and comma == verb.i - 1 and all(
            c.dep_ in {"punct", "npadvmod", "advmod"} or (c.dep_ == "dobj" and _hearer(c, verb))
            or (c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during"}) for c in verb.children if c.i > verb.i):
        # '..., the firm's lawyer, Ann Lee, told CNBC on Tuesday': the phrase's own apposition ends in a comma
        # (not '..., Robert Goodlatte, responding to his request ...', a clause about the name)
        end, comma = comma, next((i for i in range(comma - 1, sent.start, -1) if doc[i].text == ","
                                  and doc[i + 1].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} and doc[i].head.i < i), None)
    if comma is None or comma < sent.start + 3 or (verb.dep_ == "ROOT" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i > comma for c in verb.children)):
        return None     # 'X will sue Y, a source said', parsed as it reads: the cue's own subject
    phrase = doc[comma + 1:end]
    roots = [t for t in phrase if not (comma < t.head.i < verb.i) or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"} or not _can_speak(roots[0], context):
        return None
    if not any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start:comma]):
        return None     # 'Ali Demir, a source said': no clause to report
    return (sent.start_char, doc[comma].idx), roots[0]


def _hearer(obj: Token, verb: Token) -> bool:
    """'told CNBC', 'told reporters': the object of 'tell' is who heard it, not what was said."""
    return verb.lemma_.lower() == "tell" and obj.pos_ in {"NOUN", "PROPN", "PRON"} and not any(
        c.dep_ in {"ccomp", "acl", "relcl"} for c in obj.children)


def _trailing_speaker(noun: Token, context: ArticleContext) -> str | None:
    """The speaker of a trailing source the parser made an apposition: a name is its own, and so is one set
    beside a description ('the firm's lawyer, Ann Lee'); a description alone ('a source familiar with the
    matter') is someone of its own, not the name it was hung on."""
    if noun.pos_ == "PROPN" or noun.i in context.token_ref or any(
            c.dep_ == "appos" and c.i in context.token_ref for c in noun.children):
        return _subject_speaker(noun, context)
    named = context.counted_names(noun, trailing=True)
    if named:       # '..., two U.S. newspapers reported', then 'The New York Times and the Washington Post ...'
        return _subject_speaker(named[0], context)
    return context.description_referent(noun, whole=True)


def _parenthetical(verb: Token) -> tuple[int, int] | None:
    """'The plan has hurt him with voters, Jones said, since ...': a speech verb set into the clause
    it reports (parsed as parataxis) says that clause, up to the speech verb's own words when it
    follows them. Set into a subordinate clause of a sentence that goes on ('Though X was seamless,
    he said, Y would be hard'), it says the whole sentence."""
    if verb.dep_ != "parataxis" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    head = verb.head
    while head.dep_ == "advcl" and head.head.i > verb.i:
        head = head.head
    # the verb's own words: its subject and modifiers, not a clause the parser hung on it
    own = {verb.i} | {t.i for c in verb.children if c.dep_ not in _CLAUSES for t in c.subtree}
    clauses = [t for c in verb.children if c.dep_ in _CLAUSES for t in c.subtree]
    tokens = sorted({t for t in (*head.subtree, *clauses) if t.i not in own
                     and (t.i < verb.i or verb.i < head.i)}, key=lambda t: t.i)
    return _char_span(tokens, fewest=3)


def _object_content(verb: Token, context: ArticleContext, lemma: str | None = None) -> tuple[int, int] | None:
    """'Franken denied the allegations', 'Mulvaney announced a freeze on new rules': what a speech
    verb takes as its object is what was said, unless it is the person spoken to ('told reporters').
    ``lemma`` names a phrasal verb ('play down')."""
    if (lemma or verb.lemma_.lower()) not in context.knowledge.object_speech_verbs:
        return None
    for child in verb.children:
        # 'denied the allegations'; 'denied some of the allegations', but not 'denied it'
        if child.dep_ == "dobj" and (child.pos_ in {"NOUN", "PROPN"} or any(True for _ in child.children)):
            if context.refer(child, actors_only=True) is not None:
                return None
            if child.lemma_.lower() in context.knowledge.words.get("nomination", ()):
                return None     # 'confirmed Trump's choice to lead X': approved a person, nothing said
            if (verb.lemma_.lower() in context.knowledge.words.get("denial", ())
                    and child.lemma_.lower() in context.knowledge.words.get("refusable", ())):
                return None     # 'denied their request', 'denied bail': refused, nothing said
            tokens = list(child.subtree)
            # 'denied the allegations and Smith denied ...': a name the parser joined to the object is the
            # next clause's subject
            cut = min((c.left_edge.i for c in child.conjuncts if subject_of_next_clause(c, child)), default=None)
            if cut is not None:
                tokens = [t for t in tokens if t.i < cut]
            # 'cited the election as a reason to speed the release': what it was cited as belongs to it
            role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > child.i), None)
            if role is not None:
                tokens += list(role.subtree)
            while len(tokens) > 1 and (tokens[-1].dep_ == "cc" or tokens[-1].text in {",", ";"}):
                tokens.pop()        # not 'denied meddling and' before a joined clause
            return tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    # 'Russia denied interfering in the election': a gerund with no subject of its own is the object
    gerund = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i
                   and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)
    if gerund is not None:
        tokens = list(gerund.subtree)
        # '... denies meddling in the election and Trump has denied ...': a name joined to the last noun is the
        # next clause's subject
        cut = min((c.left_edge.i for t in tokens for c in t.children
                   if c.dep_ == "conj" and subject_of_next_clause(c, t)), default=None)
        tokens = [t for t in tokens if cut is None or t.i < cut]
        while len(tokens) > 1 and (tokens[-1].dep_ == "cc" or tokens[-1].text in {",", ";"}):
            tokens.pop()
        return _char_span(tokens, fewest=2)
    return None


def _clause_on_title(verb: Token) -> tuple[int, int] | None:
    """'said on CNN's “State of the Union” that he did not vote for X': a that-clause with a subject of its
    own that the parser hung on a name in quote marks, read as the cue's object, is what was said."""
    doc = verb.doc
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        for clause in (c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i):
            opening = clause.left_edge
            quoted = (doc[obj.left_edge.i].tag_ == "``" or (obj.left_edge.i > 0 and doc[obj.left_edge.i - 1].tag_ == "``"))
            if (quoted and opening.lower_ == "that" and opening.dep_ == "mark"
                    and any(t.tag_ == "''" for t in doc[obj.i:opening.i])
                    and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)):
                return _char_span(list(doc[opening.i:clause.right_edge.i + 1]), fewest=2)
    return None


def _clause_read_as_object(verb: Token, context: ArticleContext) -> tuple[int, int] | None:
    """'has said his reorganization plan aimed to increase efficiency': a clause whose verb the parser read
    as a participle on the cue's object ('plan' the object, 'aimed' its modifier) is what was said, when that
    verb takes a complement of its own and has no agent ('a plan drafted by X' names no clause)."""
    if verb.lemma_.lower() not in context.knowledge.speech_verbs:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}):
        acl = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"} and c.i > obj.i), None)
        if (acl is None or context.refer(obj, actors_only=True) is not None
                or any(c.dep_ == "agent" for c in acl.children)
                or not any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in acl.children)):
            continue
        return _char_span(list(verb.doc[obj.left_edge.i:acl.right_edge.i + 1]), fewest=2)
    return None


def _made_clear(verb: Token) -> tuple[int, int] | None:
    """'made clear that Spain would reject X', 'has made it clear to her party she will run again':
    what was made clear was said (after 'to' whom, and 'that')."""
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.i > verb.i), None)
    if clear is None:
        return None
    doc, start, end = verb.doc, clear.i + 1, verb.right_edge.i + 1
    if start < end and doc[start].lower_ == "to" and doc[start].head.i in {clear.i, verb.i}:
        # 'to the regime': whom it was made clear to; a 'that' clause the parser hung on it is what
        that = next((t.i for t in doc[start:doc[start].right_edge.i + 1] if t.lower_ == "that" and t.dep_ == "mark"), None)
        start = that if that is not None else doc[start].right_edge.i + 1
    if start < end and doc[start].lower_ == "that":
        start += 1
    return _char_span(list(doc[start:end]), fewest=3)


def _after_colon(verb: Token) -> tuple[int, int] | None:
    """'wrote on Twitter: If the minister ...' -> the rest of the sentence (or the next one)."""
    doc = verb.doc
    sent = verb.sent
    for token in doc[verb.i + 1: min(sent.end, verb.i + 8)]:
        if token.text == ":":
            if token.i + 1 < sent.end - 1:
                last = sent.end - 1
                return doc[token.i + 1].idx, doc[last].idx + len(doc[last])
            if sent.end < len(doc):
                following = doc[sent.end].sent
                return following.start_char, following.end_char
            return None
        if token.dep_ in {"dobj", "ccomp"} or token.pos_ == "VERB":
            return None
    return None


def _according(token: Token, context: ArticleContext) -> _Found | None:
    """'According to a senior diplomat, the plan failed', 'according to the latest poll'."""
    for prep in token.children:
        if prep.lower_ != "to":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            speaker = context.organ_speaker(obj) or context.refer(obj, actors_only=True, speaking=True)
            knowledge = context.knowledge
            if speaker is None and obj.pos_ == "NOUN":
                speaker = _publisher(obj, context)            # 'according to a survey by Reuters'
            if speaker is None and obj.pos_ == "NOUN":
                speaker = _earlier_author(obj, context)       # 'X revealed in a report ...', then 'according to the report'
            if speaker is None and obj.pos_ == "NOUN" and obj.lemma_.lower() in (
                    knowledge.titles.keys() | knowledge.sources | knowledge.organisation_sources
                    | knowledge.document_sources):
                speaker = context.description_referent(obj)   # 'according to the poll', '... to the union'
            if speaker is None:
                return None
            sent = token.sent
            phrase_end = obj.right_edge.i + 1
            rest = [t for t in sent if not token.i <= t.i < phrase_end and not (t.is_punct and t.i in (phrase_end, sent.end - 1))]
            before = [t for t in rest if t.i < token.i]
            while before and (before[-1].is_punct or before[-1].is_space):
                before.pop()
            if len(before) >= 3 and sent.root.i < token.i:
                rest = before       # 'X rose 20 percent, according to the study, more than ...': the clause before it
            if len(rest) < 3:
                return None
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            return _Found(FoundStatement(speaker, context.text[start:end].strip(" ,"), "according to", False,
                                         (start, end), (sent.start_char, sent.end_char), None, "reported:according"),
                          token.i)
    return None


# ---------------------------------------------------------------------- lone attributions

_CLOSING_MARKS = ("”", '"')


def _lone_attributions(context: ArticleContext, claimed: Spans, quote_spans: Spans) -> Iterator[_Found]:
    """'Trump said.' alone claims the sentence before it when that sentence is a quote the parser split from its
    cue: one ending in its closing mark, or a line of its own with the cue alone on the next line, as where a
    feed stripped the marks ('Is the deal dead?' then 'she asked.'); 'He said:' claims the quote after it
    (see _window). A cue with a complement or a negation is no attribution ('She pleaded not guilty.', 'It did not
    elaborate.'), nor is a short sentence after another in a paragraph ('None responded.', 'Investors are adding
    to the pressure.')."""
    doc = context.doc
    sentences = list(doc.sents)
    verbs = context.knowledge.speech_verbs
    for index, sent in enumerate(sentences[1:], start=1):
        root = sent.root
        if len(sent) > _LONE_ATTRIBUTION_TOKENS or root.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in root.children) or quote_spans.holds(root.idx):
            continue
        if next((t.text for t in reversed(sent) if not t.is_space), "") == ":":
            continue        # 'He said:' introduces what follows it
        previous = sentences[index - 1]
        if any(c.dep_ in {"neg", "acomp", "oprd"} for c in root.children) or not (
                previous.text.rstrip().endswith(_CLOSING_MARKS) or _own_line(context.text, sent)):
            continue
        content = (previous.start_char, previous.end_char)
        if claimed.meets(*content):
            continue
        speaker = _speaker(root, context)
        if not speaker:
            continue
        text = previous.text.strip()
        yield _Found(FoundStatement(speaker, text, root.lower_, True, content,
                                    (previous.start_char, sent.end_char), _channel(root, context), "quote:lone-cue"),
                     root.i)


def _own_line(text: str, sent: Span) -> bool:
    """Whether the sentence stands alone on its line."""
    words = sent.text.strip()
    start = sent.start_char + sent.text.index(words[:1]) if words else sent.start_char
    before, after = text[:start].rstrip(" \t"), text[start + len(words):].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


# ---------------------------------------------------------------------- labelled lines

_LABEL_TOKENS = 4


def _labelled_lines(context: ArticleContext, claimed: Spans) -> Iterator[_Found]:
    """'PENCE: Well, look, ...' in a transcript, 'Pence: Flowers Won't Be at Debate' as a headline: a
    line that opens with the name of a person, organisation or group and a colon is what that actor
    said, to the end of the line. A lone surname ('PENCE', 'Sanders') is the article's one person of
    that surname."""
    text, tokens = context.text, context.tokens
    for start in [0] + [m.end() for m in re.finditer("\n(?=[^\n])", text)]:
        at = bisect_left(tokens, start, key=lambda t: t.idx)
        if at < len(tokens) and tokens[at].text in {'"', "“"}:
            at += 1     # a transcript quoted paragraph by paragraph: '"PENCE: Well, ...'
        label = tokens[at:at + _LABEL_TOKENS + 1]
        colon = next((n for n, t in enumerate(label) if t.text == ":"), None)
        if not colon or "\n" in text[start:label[colon].idx]:
            continue
        speaker = _label_speaker(label[:colon], context)
        end = text.find("\n", label[colon].idx)
        line = text[label[colon].idx + 1:len(text) if end < 0 else end]
        said = line.strip()
        first = label[colon].idx + 1 + len(line) - len(line.lstrip())
        if speaker is None or len(said.split()) < 2 or claimed.holds(first):
            continue
        yield _Found(FoundStatement(speaker, said, ":", True, (first, first + len(said)), (start, first + len(said)),
                                    None, "quote:label"), None)


def _posted(context: ArticleContext) -> Iterator[_Found]:
    """'The following statements were posted to the verified Twitter accounts of U.S. President Jane Roe, ...
    @JaneRoe : - We will win! [0632 EST] - ...': posts that a sentence introduces as a person's ('the following
    statements', `channel` nouns in ontology/speech.tsv, 'were posted'), each ended by its time stamp, are what
    that person wrote, on the platform the introduction names: each sentence of each post is a direct
    statement. A post's 'I' and 'we' are its writer, as in a quote."""
    intro = next((t for t in context.tokens if t.lemma_.lower() == "post" and t.tag_ == "VBN" and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in context.knowledge.channels
        and any(g.lower_ == "following" for g in c.children) for c in t.children)), None)
    if intro is None:
        return
    sentence = intro.sent
    writer = next((key for t in sentence if t.i > intro.i and (key := context.token_ref.get(t.i))
                   and context.referents[key].kind is Kind.PERSON), None)
    if writer is None:
        return
    platform = next((t.text for t in sentence if context.knowledge.entity_uses.get(t.text) == "platform"), None)
    sentences = list(context.doc.sents)
    starts = [s.start_char for s in sentences]
    for post in _POST.finditer(context.text, sentence.end_char):
        begin, end = post.span("post")
        for index in range(max(bisect_left(starts, begin + 1) - 1, 0), len(sentences)):
            part = sentences[index]
            if part.start_char >= end:
                break
            first, last = max(part.start_char, begin), min(part.end_char, end)
            said = context.text[first:last].strip()
            if not any(re.search(r"[^\W\d_]{2}", word) for word in said.split() if not _LINK.search(word)):
                continue    # a link or a tag alone says nothing
            first += len(context.text[first:last]) - len(context.text[first:last].lstrip())
            yield _Found(FoundStatement(writer, said, intro.text, True, (first, first + len(said)),
                                        (part.start_char, part.end_char), platform, "quote:posted"), None)


# a post in a list of posts: after a dash, to its time stamp ('- We will win! [0632 EST]')
_LINK = re.compile(r"^\(?link:|[/@#]|\.[a-z]")    # 'link:', 'instagram.com/p/...', '@WhiteHouse', '#MAGA'
_POST = re.compile(r"(?:^|\s)-\s+(?P<post>\S.*?)\s*\[\d{3,4}\s+[A-Z]{2,4}\]", re.DOTALL)


def _label_speaker(words: list[Token], context: ArticleContext) -> str | None:
    keys = {context.token_ref.get(t.i) for t in words}
    if len(keys) == 1 and None not in keys:
        key = keys.pop()
        return key if context.referents[key].kind in {Kind.PERSON, Kind.ORGANIZATION, Kind.GROUP} else None
    if len(words) == 1 and words[0].text[:1].isupper() and len(words[0].text) > 2:
        surname = words[0].text.upper()     # 'PENCE:', or a headline's 'Sanders:' the model did not tag
        people = {k for k, r in context.referents.items() if r.kind is Kind.PERSON and not k.startswith("desc:")
                  and r.name.split()[-1].upper() == surname}
        return people.pop() if len(people) == 1 else None
    return None
