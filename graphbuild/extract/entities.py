"""Named-entity mentions, cleaned and typed, grouped into one referent per real-world thing.

spaCy's small model gives the spans; the rules here fix what it gets wrong in news text:
possessive endings and leading determiners, names that are platforms (Twitter), capitals and
demonyms that stand for a country, and one referent per person however the article names them
(U.S. President Donald Trump, Trump, Trump's).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Container, Iterator

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.spans import span_text, tokens_of
from graphbuild.knowledge import Knowledge, first_name_genders, first_names, is_region, regions_coded
from graphbuild.model import KIND_PRIORITY, PAST_TITLE, Kind
from graphbuild.names import name_key

# spaCy label -> our kind before any correction
LABEL_KINDS = {
    "PERSON": Kind.PERSON,
    "ORG": Kind.ORGANIZATION,
    "GPE": Kind.PLACE,
    "LOC": Kind.PLACE,
    "FAC": Kind.PLACE,
    "NORP": Kind.GROUP,
}

_HASHTAG = re.compile(r"^#(\w+)$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_EDGE_TOKENS = {"the", "The", "'s", "’s", "'", "’", "-", "—", "–", "(", ")", '"', "“", "”", ",", "."}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int          # token index in the Doc
    end: int            # token index, exclusive
    text: str           # cleaned surface name
    kind: Kind
    country: str | None = None   # ISO 3166 alpha-3 when the mention stands for a country
    alias: str | None = None     # the name as written, when the canonical text shortened it

    @property
    def key(self) -> str:
        """A name key for matching: case, hyphens and dots folded."""
        return name_key(self.text)


def split_hashtag(text: str) -> str:
    """'#KimJongUn' -> 'Kim Jong Un'; other text unchanged."""
    match = _HASHTAG.match(text)
    return _CAMEL.sub(" ", match.group(1)) if match else text


def mentions(doc: Doc, knowledge: Knowledge) -> list[Mention]:
    """Typed, cleaned entity mentions in document order: the model's, and the names it missed
    where the article repeats a name it has already used (see refind)."""
    found = _longer_places(doc, _with_suffixes(list(_model_mentions(doc, knowledge)), knowledge), knowledge)
    found = _state_titles(doc, found, knowledge)
    found = _party_and_surname(doc, found, knowledge)
    found = _longer_organisations(doc, found, knowledge)
    found = _whole_names(doc, found, knowledge)
    found += refind(doc, found)
    found = _caucuses(doc, found + list(_party_words(doc, found, knowledge)), knowledge)
    found += _named_organisations(doc, found, knowledge)
    found = _called_organisations(doc, found, knowledge)
    found = _listed_with_organisations(doc, _listed_with_people(doc, _bodies(doc, found, knowledge)))
    return sorted(_towns_of_regions(doc, found, knowledge), key=lambda m: m.start)


def _towns_of_regions(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'the Corpus Christi, Texas, congressman', 'Louisville, Kentucky': a name of one or two plain words the
    model tagged an organisation, set right before a comma and a state or province, is a town of it (not a
    name with a company's or an organisation's word: 'Acme Corp, Texas')."""
    starts = {m.start: m for m in found}
    words = knowledge.words
    organisational = words.get("company_suffix", frozenset()) | words.get("organisation_noun", frozenset())
    return [replace(m, kind=Kind.PLACE) if m.kind is Kind.ORGANIZATION and m.end - m.start <= 2
            and m.end + 1 < len(doc) and doc[m.end].text == ","
            and (region := starts.get(m.end + 1)) is not None and region.kind is Kind.PLACE and is_region(region.text)
            and all(t.is_title and t.is_alpha and t.text not in organisational and t.lower_ not in organisational
                    for t in doc[m.start:m.end]) else m
            for m in found]


def _longer_places(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'the U.S. Virgin Islands' with the model tagging only 'U.S.': a country's name followed by capitalised
    names that, with it, name another country or territory (ontology/places.tsv) is that place."""
    covered = {i for m in found for i in range(m.start, m.end)}
    result = []
    for mention in found:
        if mention.kind is Kind.COUNTRY:
            for size in (3, 2, 1):
                end = mention.end + size
                words = doc[mention.end:end]
                if end > len(doc) or any(t.pos_ != "PROPN" or not t.is_title or t.i in covered for t in words):
                    continue
                place = knowledge.place(doc[mention.start:end].text)
                if place and place[0].iso3 != mention.country:
                    mention = Mention(mention.start, end, place[0].name, Kind.COUNTRY, place[0].iso3,
                                      doc[mention.start:end].text)
                    break
        result.append(mention)
    return result


def _longer_organisations(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'the conservative House Freedom Caucus' with the model tagging only 'House': a name followed by
    capitalised names that, with it, make one name whose last word is an organisation's (`called_group`,
    `called_agency`, `called_panel` in ontology/cues.tsv) is that organisation; not a person's name
    ('Clinton Foundation' is the Clinton family's: see _bodies)."""
    last_words = {word for kind in ("called_group", "called_agency", "called_panel")
                  for word in knowledge.words.get(kind, ())}
    covered = {i for m in found for i in range(m.start, m.end)}
    result = []
    for mention in found:
        end = mention.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in covered:
            end += 1
        if (end > mention.end and mention.kind is not Kind.PERSON and doc[end - 1].lower_ in last_words
                and all(doc[i].dep_ == "compound" and mention.start <= i < doc[i].head.i < end
                        for i in range(mention.start, end - 1))):
            mention = Mention(mention.start, end, doc[mention.start:end].text, Kind.ORGANIZATION)
        result.append(mention)
    return result


def _with_suffixes(found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'Mercury LLC' that the model split in two: a company suffix (`company_suffix` in ontology/cues.tsv)
    tagged on its own right after a name ends that name, an organisation's; alone it names nothing. A name the
    model took for a person's that ends in one is a company's ('a lawyer at Dechert LLP')."""
    suffixes = knowledge.words.get("company_suffix", frozenset())
    result: list[Mention] = []
    for mention in found:
        if mention.kind is Kind.PERSON and mention.end - mention.start > 1 and mention.text.split()[-1] in suffixes:
            mention = replace(mention, kind=Kind.ORGANIZATION)
        if mention.text in suffixes:
            last = result[-1] if result else None
            if last is not None and last.end == mention.start and last.kind is not Kind.COUNTRY:
                result[-1] = Mention(last.start, mention.end, f"{last.text} {mention.text}", Kind.ORGANIZATION)
            continue
        result.append(mention)
    return result


def _party_and_surname(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'the victory of Democrat X over the Republican Moore', with the model tagging 'the Republican Moore' one name: a
    party's word and one more word that is the surname of a person the article names in full are the party's word
    (found later) and that person."""
    surnames = {m.text.split()[-1] for m in found if m.kind is Kind.PERSON and len(m.text.split()) > 1}
    result = []
    for mention in found:
        words = mention.text.split()
        if (len(words) == 2 and mention.end - mention.start == 2 and words[1] in surnames
                and knowledge.entity_uses.get(words[0]) == "party"):
            mention = Mention(mention.end - 1, mention.end, words[1], Kind.PERSON)
        result.append(mention)
    return result


def _state_titles(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'Illinois Democratic State Senator X', 'State Representative X', with the model tagging 'Illinois Democratic
    State' or 'State' an organisation: a capitalised 'State' before a title is part of the title and names nothing;
    a state or province before it is a place (the party's word is found later)."""
    result = []
    for mention in found:
        last = doc[mention.end - 1]
        if (mention.kind is not Kind.ORGANIZATION or last.lower_ != "state" or mention.end >= len(doc)
                or doc[mention.end].lower_ not in knowledge.titles):
            result.append(mention)
            continue
        for size in (2, 1):
            region = doc[mention.start:mention.start + size]
            if mention.start + size < mention.end and is_region(region.text):
                result.append(Mention(region.start, region.end, region.text, Kind.PLACE))
                break
    return result


def _named_organisations(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'attacked the firm, Fusion GPS, over the dossier' with the model tagging nothing: capitalised words
    set beside a noun for an organisation (`organisation_noun` in ontology/cues.tsv) name it."""
    nouns = knowledge.words.get("organisation_noun", frozenset())
    taken = {i for m in found for i in range(m.start, m.end)}
    extra = []
    for token in tokens_of(doc):
        if token.dep_ != "appos" or token.head.lemma_.lower() not in nouns or token.head.pos_ != "NOUN":
            continue
        words = [c for c in token.lefts if c.dep_ == "compound"] + [token]
        start, end = words[0].i, token.i + 1
        name = doc[start:end]
        if (end - start != len(words) or start == 0 or any(t.i in taken for t in name) or doc[start - 1].text != ","
                or not all(t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"} for t in name)):
            continue
        extra.append(Mention(start, end, name.text, Kind.ORGANIZATION))
    return extra


def _called_organisations(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'the private military contractor Blackwater', 'the firm Fusion GPS', 'the company, Cambridge
    Analytica,': capitalised words right after a noun for an organisation (`organisation_noun` in
    ontology/cues.tsv) that modifies them or has them as its apposition name one, also when the model tagged
    them a person, one or more places ('Cambridge' and 'Analytica'), or nothing at all."""
    nouns = knowledge.words.get("organisation_noun", frozenset())
    by_start = {m.start: m for m in found}
    taken = {i for m in found for i in range(m.start, m.end)}
    kept, extra = list(found), []
    for token in tokens_of(doc):
        if token.pos_ not in {"PROPN", "NOUN"} or token.dep_ == "compound" or token.i == 0:
            continue
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
        start = names[0].i
        comma = start > 1 and doc[start - 1].text == ","
        noun = doc[start - 2] if comma else doc[start - 1]
        # the noun modifies the name ('the contractor Blackwater', 'the firm Fusion GPS'), or the name is set
        # beside it ('the company Acme said', 'the company, Acme, said')
        modifies = not comma and noun.dep_ in {"compound", "amod"} and noun.head.i == token.i
        beside = token.dep_ == "appos" and token.head.i == noun.i
        if (start == 0 or not (modifies or beside) or noun.lemma_.lower() not in nouns
                or doc[start:token.i + 1].text != " ".join(t.text for t in names)
                or not all(t.text[:1].isupper() for t in names) or not any(t.pos_ == "PROPN" for t in names)
                or any(t.lower_ in knowledge.titles or t.text.upper() in first_names() for t in names)):
            continue    # not 'the agency Director Jane Roe', a person with a title
        mention = by_start.get(start)
        inside = [m for m in kept if start <= m.start and m.end <= token.i + 1]
        if mention is not None and mention.end == token.i + 1 and mention.kind is Kind.PERSON:
            kept[kept.index(mention)] = replace(mention, kind=Kind.ORGANIZATION)     # tagged a person
        elif len(inside) > 1 and all(m.kind is Kind.PLACE for m in inside) \
                and not any(m.start < start < m.end or m.start <= token.i < m.end - 1 for m in kept):
            # the name's words tagged places one by one ('Cambridge', 'Analytica'), here and where it is repeated
            name = doc[start:token.i + 1].text
            repeats = [run for run in _runs(kept, len(inside)) if " ".join(m.text for m in run) == name
                       and all(m.kind is Kind.PLACE for m in run)]
            gone = {id(m) for run in repeats for m in run}
            kept = [m for m in kept if id(m) not in gone]
            extra += [Mention(run[0].start, run[-1].end, name, Kind.ORGANIZATION) for run in repeats]
        elif not any(i in taken for i in range(start, token.i + 1)):
            extra.append(Mention(start, token.i + 1, doc[start:token.i + 1].text, Kind.ORGANIZATION))
    return kept + extra


def _runs(found: list[Mention], size: int) -> list[list[Mention]]:
    """Every run of ``size`` mentions that follow each other with no word between."""
    ordered = sorted(found, key=lambda m: m.start)
    return [ordered[i:i + size] for i in range(len(ordered) - size + 1)
            if all(ordered[j].end == ordered[j + 1].start for j in range(i, i + size - 1))]


def _listed_with_people(doc: Doc, found: list[Mention]) -> list[Mention]:
    """'Governors Kim Reynolds of Iowa, ... and Asa Hutchinson of Arkansas' with the last name tagged an
    organisation, in part or not at all: a plain name of two or three words joined by 'and' or a comma
    to a person's name in a list is a person's too, when its first word is a known first name (not
    'Senate Majority Leader' or 'House Republicans' the parser joined to a person's name)."""
    people = {i for m in found if m.kind is Kind.PERSON for i in range(m.start, m.end)}
    first_names = first_name_genders()
    kept = list(found)
    for token in tokens_of(doc):
        if not (token.dep_ == "conj" and token.pos_ == "PROPN" and token.head.i in people and any(
                c.dep_ == "cc" or c.text == "," for c in token.head.children if c.i < token.i)):
            continue
        start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
        name = doc[start:token.i + 1]
        inside = [m for m in kept if m.start < token.i + 1 and start < m.end]
        if (not _plain_name(name.text) or name[0].text.upper() not in first_names
                or any(m.kind is not Kind.ORGANIZATION or m.start < start or m.end > token.i + 1 for m in inside)):
            continue
        kept = [m for m in kept if m not in inside] + [Mention(start, token.i + 1, name.text, Kind.PERSON)]
    return kept


def _listed_with_organisations(doc: Doc, found: list[Mention]) -> list[Mention]:
    """'accounts including Wells Fargo, Lockheed Martin, Oracle and Textron' with 'Lockheed Martin' tagged a
    person: a name listed with two or more organisations and no person, whose first word is no known first
    name, is an organisation's too."""
    by_token = {i: m for m in found for i in range(m.start, m.end)}
    first_names = first_name_genders()
    retyped: dict[Mention, Mention] = {}
    for mention in found:
        if mention.kind is not Kind.PERSON or mention.text.split()[0].upper() in first_names:
            continue
        root = doc[mention.end - 1]
        while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
            root = root.head
        listed, frontier = [root], [root]      # the parser also hangs list members on each other as appositions
        while frontier:
            frontier = [c for t in frontier for c in t.children if c.dep_ in {"conj", "appos"} and c.pos_ == "PROPN"]
            listed += frontier
        others = {by_token.get(t.i) for t in listed} - {mention}
        if (sum(m is not None and m.kind is Kind.ORGANIZATION for m in others) >= 2
                and not any(m is not None and m.kind is Kind.PERSON for m in others)):
            retyped[mention] = replace(mention, kind=Kind.ORGANIZATION)
    return [retyped.get(m, m) for m in found]


def _party_words(doc: Doc, found: list[Mention], knowledge: Knowledge) -> Iterator[Mention]:
    """'Minnesota's Democratic Lieutenant Governor Tina Smith' with the model tagging no 'Democratic':
    a party's word (ontology/entities.tsv, use party) capitalised inside a sentence names the party.
    At a sentence's start the capital proves nothing ('Labour costs rose')."""
    covered = {i for m in found for i in range(m.start, m.end)}
    for token in tokens_of(doc):
        if (token.i in covered or token.is_sent_start or token.pos_ not in {"PROPN", "ADJ", "NOUN"}
                or knowledge.entity_uses.get(token.text) != "party"):
            continue
        start = _party_phrase(doc, token.i, knowledge)
        if start < token.i:
            if start not in covered:
                yield Mention(start, token.i + 1, doc[start:token.i + 1].text, Kind.ORGANIZATION)
            continue
        name = knowledge.canonical_names.get(token.text) or token.text
        yield Mention(token.i, token.i + 1, name, Kind.ORGANIZATION, None, token.text if name != token.text else None)


def _caucuses(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'House Republicans', 'the Senate Judiciary Committee Democrats': a party's plural word right after the name
    of a legislature or its committee (a name ending in a `caucus_body` noun of ontology/cues.tsv) names the party's
    members there, a group of their own, not the whole party (graphbuild.extract.roles.caucuses makes them members
    of both); not a party's word before a name ('Senate Republicans X and Y', each a member of the party), nor
    'congressional Republicans', most of the party's office holders and, for the gold's annotators, the party."""
    bodies = knowledge.words.get("caucus_body", frozenset())
    by_end = {m.end: m for m in found}
    joined: dict[int, Mention] = {}     # by the start of the party's mention
    gone: set[int] = set()              # starts of the bodies' mentions now inside a caucus
    for mention in found:
        token = doc[mention.start]
        if (mention.end - mention.start != 1 or knowledge.entity_uses.get(token.text) != "party"
                or not token.text.endswith("s") or token.dep_ in {"compound", "amod"} or mention.start == 0):
            continue
        body, before = by_end.get(mention.start), doc[mention.start - 1]
        if (before.text not in bodies or before.head.i != token.i
                or (body is not None and body.kind is not Kind.ORGANIZATION)):
            continue
        start = before.i if body is None else body.start   # 'U.S. Senate Republicans' with 'Senate' untagged
        if body is not None:
            gone.add(body.start)
        named = start + 1 if knowledge.place(doc[start].text) else start     # 'U.S. Senate Democrats'
        joined[mention.start] = Mention(start, mention.end, doc[named:mention.end].text, Kind.GROUP)
    if not joined:
        return found
    return [joined.get(m.start, m) for m in found if m.start not in gone]


def _party_phrase(doc: Doc, start: int, knowledge: Knowledge) -> int:
    """'Germany's Social Democrats', 'the Free Democrats': a party word after a capitalised word that
    names nothing else is another party's name, not the U.S. party the word alone stands for; the
    start of that name ('Minnesota Democrats' stay the party, 'House Democrats' its caucus: _caucuses; a word of rank is
    no name: 'Ranking Democrat Jane Doe'; nor is a faith or nationality before one member's word: 'the
    conservative Christian Republican' is a Republican, while 'Christian Democrats' are a party)."""
    plural = doc[start].text.endswith("s")
    while start > 0:
        before = doc[start - 1]
        if (before.pos_ != "PROPN" or not before.is_title or before.dep_ != "compound" or before.head.i < start
                or before.ent_type_ not in {"", "NORP"} or before.like_num or before.text in knowledge.entity_uses
                or (before.ent_type_ == "NORP" and not plural)
                or knowledge.place(before.text) is not None or before.lower_ in knowledge.words.get("rank_word", ())):
            break
        start -= 1
    return start


def _bodies(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'the Obama administration', 'Smith's campaign': a person's name before a body noun
    (ontology/cues.tsv) names an organisation, 'Obama administration'; with 's the person is named too,
    the body being the noun ('President Donald Trump's campaign': Trump, with his title, and his campaign).
    A one-word name the model took for a person's before a noun for an armed or organised group (`body_noun`)
    is that group's: 'the Haqqani network', and 'Haqqani' alone after it."""
    nouns = knowledge.words.get("person_body", frozenset())
    groups = knowledge.words.get("body_noun", frozenset())
    # a person's name the model tagged as something else here ('a senior Demir administration official'),
    # and a surname tagged as an organisation before a noun only a leader's body is called ('Republicans
    # and the Trump administration' in an article that names Trump nowhere else)
    people = {word for m in found if m.kind is Kind.PERSON for word in (m.text, m.text.split()[-1])}
    people |= {m.text for m in found if m.kind is Kind.ORGANIZATION and m.end < len(doc)
               and doc[m.end].lower_ in knowledge.words.get("leader_body", ()) and " " not in m.text
               and m.text.istitle()}
    staff = knowledge.titles.keys() | knowledge.organ_people | knowledge.words.get("person_noun", frozenset())
    result = []
    within: dict[str, str] = {}     # the surname of a full name only ever written inside a body's -> that name
    for mention in found:
        after = mention.end + (1 if mention.end < len(doc) and doc[mention.end].text in {"'s", "’s"} else 0)
        # the body noun names the body, or someone in it ('Demir campaign manager'), not a thing of the
        # person's that it only qualifies ('Trump's campaign pledge' is Trump's)
        qualifies = after < len(doc) and doc[after].dep_ == "compound" and doc[after].head.lemma_.lower() not in staff
        if (mention.kind is Kind.PERSON or mention.text in people) and after < len(doc) and doc[after].lower_ in nouns \
                and doc[after].pos_ == "NOUN" and doc[after].head.i != mention.end - 1 and not qualifies:
            written = doc[mention.start:after + 1].text
            if mention.kind is Kind.PERSON and len(mention.text.split()) > 1:
                within[mention.text.split()[-1]] = mention.text
            name = f"{mention.text} {doc[after].lower_}"
            if after > mention.end and mention.kind is Kind.PERSON:
                # 'President Donald Trump's campaign': the person is named too, the body is the noun, named as
                # news names it, by the surname ('Trump campaign', as 'the administration of X' is)
                result.append(mention)
                name = f"{mention.text.split()[-1]} {doc[after].lower_}"
                mention = Mention(after, after + 1, name, Kind.ORGANIZATION, alias=written)
            else:
                mention = Mention(mention.start, after + 1, name, Kind.ORGANIZATION,
                                  alias=written if written != name else None)     # as written: "Mueller's team"
        elif (mention.kind is Kind.PERSON and " " not in mention.text and after == mention.end and after < len(doc)
              and doc[after].lower_ in groups and doc[after].pos_ == "NOUN" and doc[mention.end - 1].head.i == after):
            # 'the Haqqani network', with 'Haqqani' tagged a person: a group, named as the article names it alone
            mention = Mention(mention.start, mention.end, mention.text, Kind.ORGANIZATION)
        result.append(mention)
    result = _named_within_bodies(result, within)
    result += list(_bodies_of(doc, result, nouns))
    return result + list(_incumbent_bodies(doc, result, knowledge))


def _named_within_bodies(found: list[Mention], within: dict[str, str]) -> list[Mention]:
    """'the Donald Trump campaign', then 'in Trump's favor' with the model calling 'Trump' an
    organisation: a full name the article writes only inside a body's name still names the person, and
    its surname alone is that person, as it would be after the full name written alone."""
    people = {m.text.split()[-1] for m in found if m.kind is Kind.PERSON and len(m.text.split()) > 1}
    return [replace(m, text=within[m.text], kind=Kind.PERSON, alias=m.text)
            if m.text in within and m.text not in people and m.country is None
            and m.kind in {Kind.PERSON, Kind.ORGANIZATION, Kind.PLACE} else m for m in found]


def _bodies_of(doc: Doc, found: list[Mention], nouns: frozenset[str]) -> Iterator[Mention]:
    """'the administration of President George W. Bush': a body noun with a person's name after its
    'of' is that person's body, named as news names it, by the surname: 'Bush administration'."""
    covered = {i for m in found for i in range(m.start, m.end)}
    people = {m.end - 1: m for m in found if m.kind is Kind.PERSON}
    for token in tokens_of(doc):
        if token.lower_ not in nouns or token.pos_ != "NOUN" or token.i in covered:
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            person = next((people[g.i] for g in prep.children if g.dep_ == "pobj" and g.i in people), None)
            if person is not None:
                yield Mention(token.i, token.i + 1, f"{person.text.split()[-1]} {token.lower_}", Kind.ORGANIZATION)


def _incumbent_bodies(doc: Doc, found: list[Mention], knowledge: Knowledge) -> Iterator[Mention]:
    """'the administration' in an article that names no administration but one sitting president
    ('President Donald Trump'; not 'former President X' nor 'Vice President X'): his, named as news
    names it, 'Trump administration' (`incumbent_body` in ontology/cues.tsv)."""
    nouns = knowledge.words.get("incumbent_body", frozenset())
    bodies = [t for t in tokens_of(doc) if t.lower_ in nouns]
    if not bodies or any(m.kind is Kind.ORGANIZATION and m.text.split()[-1].lower() in nouns for m in found) or any(
            any(c.dep_ in {"compound", "poss", "amod", "nmod"} and c.text[:1].isupper() and not c.is_sent_start
                for c in t.children) for t in bodies):
        return      # an administration the article names ('the Lopez administration'), the model's or not
    past = {w.lower() for w in PAST_TITLE} | {"vice"}     # nor 'Vice President Mike Pence'
    presidents = {m.text.split()[-1] for m in found if m.kind is Kind.PERSON and m.start > 0
                  and doc[m.start - 1].lower_ == "president"
                  and not (m.start > 1 and doc[m.start - 2].lower_.rstrip("-") in past)}
    if len(presidents) != 1:
        return
    covered = {i for m in found for i in range(m.start, m.end)}
    surname = presidents.pop()
    for token in bodies:
        if (token.pos_ == "NOUN" and token.i not in covered
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                and not any(c.dep_ in {"compound", "amod", "poss", "nmod"} or (c.dep_ == "prep" and c.lower_ == "of")
                            for c in token.children)):
            yield Mention(token.i, token.i + 1, f"{surname} {token.lower_}", Kind.ORGANIZATION)


def _whole_names(doc: Doc, found: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'the Britain First group ... Britain First was founded': an organisation's name of two or more words,
    once the model has read it whole, is that organisation wherever the article writes it again, though
    the model read a shorter name inside it there ('Britain' a country, 'First' an ordinal)."""
    tokens = tokens_of(doc)
    texts = [t.text for t in tokens]
    names = {tuple(texts[m.start:m.end]): m for m in found if m.kind is Kind.ORGANIZATION and m.end - m.start > 1
             and all(t[:1].isupper() for t in texts[m.start:m.end])}
    if not names:
        return found
    by_token = {i: m for m in found for i in range(m.start, m.end)}
    starts: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        starts.setdefault(text, []).append(i)
    inner: set[Mention] = set()
    extra = []
    for words, like in names.items():
        size = len(words)
        for i in starts.get(words[0], ()):
            if tuple(texts[i:i + size]) != words or i == like.start or (
                    i + size < len(texts) and texts[i + size].lower() in knowledge.titles):
                continue    # 'U.S. Treasury Secretary X': the country, and X's title (see _before_title)
            inside = {by_token[k] for k in range(i, i + size) if k in by_token}
            # the model read part of it as a name and the rest as none ('First' an ordinal)
            if inside and any(k not in by_token for k in range(i, i + size)) and all(
                    m.start >= i and m.end <= i + size and m.end - m.start < size for m in inside):
                inner |= inside
                extra.append(Mention(i, i + size, like.text, like.kind, like.country))
    return [m for m in found if m not in inner] + extra if extra else found


def refind(doc: Doc, found: list[Mention]) -> list[Mention]:
    """'Rosenstein, who appointed Mueller, said' with the model tagging no 'Rosenstein': once the
    article has named Rod Rosenstein, his surname (and any full name it used) is a mention wherever
    it appears as a proper noun, or as a capitalised noun subject or possessor (the parser's reading of
    a name in a title-cased headline)."""
    covered = {i for m in found for i in range(m.start, m.end)}
    names: dict[tuple[str, ...], Mention] = {}
    for mention in found:
        # a named law by the name the article wrote ('Obamacare', the topic 'Affordable Care Act')
        words = tuple((mention.alias or mention.text).split() if mention.kind is Kind.TOPIC else mention.text.split())
        if mention.kind is Kind.COUNTRY or (mention.kind is Kind.TOPIC and mention.alias is None
                                            and len(words) < 2) or not words:
            continue
        names.setdefault(words, mention)
        if mention.kind is Kind.PERSON and len(words) > 1:
            names.setdefault((words[-1],), mention)
    sizes: dict[str, list[int]] = {}   # first word -> the lengths of the names it starts, longest first
    for words in sorted(names, key=len, reverse=True):
        if len(words) not in sizes.setdefault(words[0], []):
            sizes[words[0]].append(len(words))
    tokens = tokens_of(doc)
    texts = [t.text for t in tokens]
    # a person's name the parser took for a noun, as headlines make it ('Smith rules out talks'), or
    # for an adjective or a verb ('Trump, speaking to reporters, praised ...' with 'Trump' an adjective);
    # as any other word only after a lower-case one, where no headline's capitals explain it ('critical of Flake')
    person_words = {w for words, m in names.items() if m.kind is Kind.PERSON for w in words}
    proper = [t.pos_ == "PROPN" or (t.pos_ in {"NOUN", "ADJ", "VERB"} and t.text in person_words and t.text[:1].isupper()
                                    and (t.dep_ in {"nsubj", "nsubjpass", "poss"}
                                         or (t.i > 0 and tokens[t.i - 1].text[:1].islower())))
              for t in tokens]
    extra = []
    i = 0
    while i < len(texts):
        match = None
        for size in sizes.get(texts[i], ()):
            words = tuple(texts[i:i + size])
            if len(words) == size and words in names and all(proper[i:i + size]) \
                    and not covered & set(range(i, i + size)):
                match = (size, names[words])
                break
        if match:
            size, like = match
            written = " ".join(texts[i:i + size])
            extra.append(Mention(i, i + size, like.text, like.kind, like.country, written) if like.kind is Kind.TOPIC
                         else Mention(i, i + size, written, like.kind, like.country))
            i += size
        else:
            i += 1
    return extra


def _owner_and_owned(ent: Span, knowledge: Knowledge) -> list[Span]:
    """'Trump's White House', 'Obama's Affordable Care Act' tagged as one person: a person's name ends at
    a possessive inside it; what follows is an organisation only when ontology/entities.tsv knows it as one."""
    cut = next((t.i for t in ent[1:-1] if t.text in {"'s", "’s"}), None) if ent.label_ == "PERSON" else None
    if cut is None:
        return [ent]
    owned = Span(ent.doc, cut + 1, ent.end, label="ORG")
    known = knowledge.entity_uses.get(owned.text) in {"organization", "organ"}
    return [Span(ent.doc, ent.start, cut, label="PERSON"), *([owned] if known else [])]


def _paired_people(ent: Span, surnames: Container[str], doc_text: str) -> list[Span]:
    """'Farenthold and Greene reached an agreement' tagged as one organisation: two names joined by 'and',
    each ending in the surname of a person the article names in full elsewhere, are those two people.
    ``doc_text`` is the Doc's text, made once (each ``Doc.text`` joins the tokens again)."""
    text = doc_text[ent.start_char:ent.end_char]
    if " and " not in text or "," in text or "&" in text:
        return [ent]
    cuts = [t.i for t in ent if t.lower_ == "and"]
    if len(cuts) != 1 or cuts[0] in {ent.start, ent.end - 1}:
        return [ent]
    sides = (ent.doc[ent.start:cuts[0]], ent.doc[cuts[0] + 1:ent.end])
    if all(len(side) <= 3 and side[-1].text in surnames and all(t.is_title for t in side) for side in sides):
        return [Span(ent.doc, side.start, side.end, label="PERSON") for side in sides]
    return [ent]


def _model_mentions(doc: Doc, knowledge: Knowledge) -> Iterator[Mention]:
    doc_text = "".join([t.text_with_ws for t in tokens_of(doc)])     # doc.text, without making its tokens again
    surnames = {doc[e.end - 1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                and " and " not in doc_text[e.start_char:e.end_char]}
    for ent in (split for whole in doc.ents for paired in _paired_people(whole, surnames, doc_text)
                for part in _listed_names(paired) for split in _owner_and_owned(part, knowledge)):
        if ent.label_ not in LABEL_KINDS and not (ent.label_ == "LAW" and _named_law(ent, knowledge)):
            continue
        ent = _with_first_name(ent, knowledge) if ent.label_ == "PERSON" else ent
        span = _trim(ent, knowledge.words.get("honorific", frozenset()), knowledge.titles, knowledge.verb_cues,
                     knowledge.words.get("organisation_noun", frozenset()),
                     knowledge.words.get("rank_word", frozenset()) | PAST_TITLE)
        span = _without_destination(span, knowledge) if span is not None and ent.label_ == "ORG" else span
        span = _numbered(span) if span is not None and ent.label_ == "ORG" else span
        span = _before_title(span, knowledge) if span is not None else None
        if span is None or _ends_title(span, knowledge) or (
                _adjective_only(span, knowledge) and knowledge.entity_uses.get(span.text) != "party"):
            continue
        hashtag = span.start > 0 and doc[span.start - 1].text == "#"
        text = split_hashtag("#" + span.text if hashtag else span.text)
        if "(" in text and ")" not in text:
            text = text[:text.index("(")].rstrip()     # 'Flake(y)', a tweet's pun the tokenizer kept in the name
        if not _looks_like_name(text) or text.lower().startswith(("pro-", "anti-")):
            continue    # 'pro-Russian', 'anti-Trump': a stance, no one named
        if text.lower().endswith(("-era", "-style")):
            continue    # 'Obama-era (officials)', 'Soviet-style (rule)': a time or a manner, no actor
        if text.split()[0].lower() in knowledge.words.get("event_word", ()):
            continue    # 'Hurricanes Harvey and Irma', 'Tropical Storm X': an event, no actor
        if "-" in text and not knowledge.place(text) and all(knowledge.place(part) for part in text.split("-")):
            continue    # 'U.S.-Mexico (border)', 'U.S.-Turkey (relations)': a pair of places describes, names nothing
        use = knowledge.entity_uses.get(text) or knowledge.entity_uses.get(text.lstrip("@"))   # '@POTUS'
        if use == "ignore":
            continue
        if use is None and _party_of_place(span, knowledge):
            use = "party"       # 'an Illinois Republican' is a member of the party
        place = knowledge.place(text) if ent.label_ in _PLACE_LABELS else None
        if place and ent.label_ == "ORG" and place[1] not in _COUNTRY_NAMES and place[1] != "seat":
            place = None
        if use == "topic" or (use is None and ent.label_ in {"LAW", "ORG"} and _named_law(span, knowledge)):
            kind = Kind.TOPIC       # 'the Affordable Care Act', 'NAFTA': a law or programme is a topic, no actor
        elif ent.label_ == "LAW":
            continue
        else:
            kind = _kind(ent.label_, use, place[1] if place else None)
        if kind is not Kind.PLACE and use is None and len(span) > 1 and span[-1].is_title \
                and span[-1].lower_ in knowledge.words.get("place_word", ()):
            kind = Kind.PLACE       # 'Bullitt County' tagged a person or an organisation
        named = _titled_name(span, knowledge) if kind is not Kind.PERSON and use is None and not place else None
        if named is not None:      # 'Representative Barton' tagged as an organisation: a person, by title
            span, text, kind = named, named.text, Kind.PERSON
        elif kind in {Kind.PLACE, Kind.ORGANIZATION} and use is None and not place and _after_kin(span, knowledge):
            kind = Kind.PERSON     # 'his wife Melania' tagged as a place
        if kind is Kind.ORGANIZATION and use is None and _PARTICLE_NAME.match(text) \
                and knowledge.place(text.split()[-1]) is None:     # not 'Banco de Chile'
            kind = Kind.PERSON      # 'Staffan de Mistura', 'Ursula von der Leyen': a person's name, whatever the model says
            if len(span) > 2 and knowledge.place(span[0].text) and _PARTICLE_NAME.match(span[1:].text):
                span = span[1:]       # 'Envoy for Syria Staffan de Mistura': the country is the remit
                text = span.text
        phrase_start = _party_phrase(doc, span.start, knowledge) if use == "party" else span.start
        if phrase_start < span.start:
            span = doc[phrase_start:span.end]     # 'Social Democrats'
            text, use = span.text, None
        name = place[0].name if place and kind is Kind.COUNTRY else text
        if kind is Kind.ORGANIZATION:
            name = (knowledge.canonical_names.get(text) or _party_of_place(span, knowledge)
                    or _without_country(span, knowledge) or _without_party(span, knowledge) or name)
            name = knowledge.canonical_names.get(name, name)     # 'U.S. Treasury': the Treasury Department
        elif kind is Kind.TOPIC:
            name = knowledge.canonical_names.get(text, text)     # 'NAFTA': the North American Free Trade Agreement
        written = "#" + span.text if hashtag else text
        yield Mention(span.start, span.end, name, kind, place[0].iso3 if place else None,
                      written if name != written else None)


_PLACE_LABELS = {"GPE", "NORP", "LOC", "ORG"}
# A personal name with a lower-case particle: 'Staffan de Mistura', 'de Mistura', 'Ursula von der Leyen'
_PARTICLE_NAME = re.compile(r"^(?:[A-Z][a-z]+ )*(?:de|da|di|del|della|van|von|der|den|bin|ben|al|du|dos|das|le|la)"
                            r"(?: (?:de|der|den|la|le))? [A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_COUNTRY_NAMES = {"preferred", "alias"}


def _with_first_name(ent: Span, knowledge: Knowledge) -> Span:
    """'said Micah Johnson' with only 'Johnson' tagged a person: a surname alone takes the capitalised word
    the parser set before it as part of its name, when that word is a first name in the census files and
    no title, and the model tagged it as nothing else."""
    if len(ent) != 1 or ent.start == 0:
        return ent
    before = ent.doc[ent.start - 1]
    if (before.dep_ != "compound" or before.head.i != ent.start or before.pos_ != "PROPN" or before.ent_type_
            or not before.is_title or before.text.upper() not in first_names() or before.lower_ in knowledge.titles
            or before.lower_ in knowledge.words.get("honorific", ()) or ent[0].text.upper() in first_names()):
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label=ent.label)


def _titled_name(span: Span, knowledge: Knowledge) -> Span | None:
    """'Representative Jane Roe', 'Governor Roe' that the model tagged as an organisation: a title that
    goes before a person's name (`name_title` in ontology/cues.tsv) and one or two capitalised words
    that are no title, place or known organisation is a person, named without the title."""
    if len(span) not in (2, 3) or span[0].lower_ not in knowledge.words.get("name_title", ()):
        return None
    rest = span[1:]
    if (not all(t.tag_ == "NNP" and t.text[:1].isupper() and t.is_alpha for t in rest)
            or rest.text.lower() in knowledge.titles or knowledge.place(rest.text)
            or knowledge.entity_uses.get(rest.text) or rest[-1].lower_ in knowledge.titles):
        return None
    return rest


def _after_kin(span: Span, knowledge: Knowledge) -> bool:
    """Whether a name of one or two words follows a word for a relative ('his wife Melania'), also set off
    by a comma ('his wife, Melania, said')."""
    if len(span) > 2 or span.start == 0:
        return False
    before = span.start - 2 if span.doc[span.start - 1].text == "," and span.start > 1 else span.start - 1
    title = knowledge.titles.get(span.doc[before].lower_)
    return title is not None and title.relation == "relativeOf"


def _named_law(span: Span, knowledge: Knowledge) -> bool:
    """'the Concealed Carry Reciprocity Act', 'the Paris Agreement': a name of two or more capitalised words
    ending in a word for a law or treaty (`law_word` in ontology/cues.tsv), or one that ontology/entities.tsv
    lists as a topic ('NAFTA')."""
    if knowledge.entity_uses.get(span.text) == "topic":
        return True
    words = [t for t in span if not t.is_punct]
    return (len(words) > 1 and words[-1].text in knowledge.words.get("law_word", ())
            and all(t.is_title or t.is_upper or t.is_digit or t.lower_ in {"and", "of", "for", "the", "on"}
                    for t in words))


def _kind(label: str, use: str | None, place_use: str | None) -> Kind:
    """Our kind for a mention: the data tables first, then what the name is, then spaCy's label."""
    if use in {"platform", "organization", "party", "media"}:
        return Kind.ORGANIZATION
    if use == "group":
        return Kind.GROUP
    if use in {"person", "office"}:
        return Kind.PERSON
    if place_use in _COUNTRY_NAMES:
        return Kind.COUNTRY
    if place_use in {"capital", "seat"}:
        return Kind.PLACE
    if place_use == "demonym":
        return Kind.GROUP
    return LABEL_KINDS[label]


def _headline_verb(token: Token, verbs: Container[str]) -> bool:
    """A capitalised cue verb of a title-cased headline ('Rip', 'Slams') that the model took into a name."""
    lower = token.lower_
    return token.text[:1].isupper() and token.i > 0 and (lower in verbs or (lower.endswith("s") and lower[:-1] in verbs))


def _listed_names(ent: Span) -> list[Span]:
    """'Brennan, Clapper and' tagged as one organisation: names the parser joins as conjuncts, split at their
    commas and without the dangling 'and'. Not a name with a phrase in it ('Bureau of Alcohol, Tobacco,
    Firearms and Explosives', 'Focus on the Family') nor a firm's ('Keefe, Bruyette & Woods')."""
    if "," not in ent.text and not ent.text.endswith((" and", " or")):
        return [ent]
    tokens = list(ent)
    if any(t.pos_ == "ADP" or t.text == "&" for t in tokens):
        return [ent]
    cuts = [t.i for t in tokens[1:-1] if t.text == "," and t.nbor().dep_ == "conj"
            and ent.start <= t.nbor().head.i < ent.end]
    end = ent.end - 1 if tokens[-1].pos_ == "CCONJ" and len(tokens) > 1 else ent.end
    if not cuts and end == ent.end:
        return [ent]
    starts = [ent.start, *(i + 1 for i in cuts)]
    ends = [*cuts, end]
    return [Span(ent.doc, a, b, label=ent.label_) for a, b in zip(starts, ends) if b > a]


def _trim(ent: Span, honorifics: frozenset[str], titles: Container[str], verbs: Container[str] = (),
          described_by: Container[str] = (), ranks: Container[str] = ()) -> Span | None:
    start, end, tokens = ent.start, ent.end, tokens_of(ent.doc)
    while start < end and (tokens[start].text in _EDGE_TOKENS or
                           (tokens[start].lower_ in honorifics and end - start > 1)
                           or (tokens[start].lower_ in ranks and tokens[start].pos_ == "ADJ" and end - start > 1)
                           or (tokens[start].lower_ in {"a", "an"} and tokens[start].pos_ == "DET" and end - start > 1)
                           or (tokens[start].pos_ == "ADV" and tokens[start].dep_ == "advmod" and end - start > 1)
                           or (ent.label_ == "PERSON" and end - start > 2 and (tokens[start].lower_ in titles or (
                               tokens[start].lower_.endswith("s") and tokens[start].lower_[:-1] in titles)))
                           or (ent.label_ == "PERSON" and end - start > 2 and _headline_verb(tokens[start], verbs))):
        start += 1      # 'Later de Mistura said': the adverb opening the sentence is no part of the name,
        #                 nor a word of rank or of a past title ('Top White House economic adviser X', `rank_word`),
        #                 nor an article the model took in: 'we don't have a State Department that functions';
        #                 nor is a title, or the title of a list: 'Coroner Dave Billings', 'Governors Kim
        #                 Reynolds of Iowa, Rick Snyder of ...';
        #                 nor a headline's verb: 'Black Lawmakers Rip Donald Trump As A Fraud'
    opening = next((i for i in range(start + 1, end) if tokens[i].text == "("), None)
    if opening is not None and not any(tokens[i].text == ")" for i in range(opening, end)):
        end = opening   # 'Agency for Research on Cancer (IARC', 'AT&T Inc (T.N': the span stopped before ')'
    while end > start and (tokens[end - 1].text in _EDGE_TOKENS or tokens[end - 1].pos_ == "ADP"
                           or (ent.label_ == "ORG" and tokens[end - 1].pos_ == "ADJ" and end - 1 > start)
                           or (end - 1 > start and tokens[end - 1].text == "Says")):
        end -= 1   # 'House of Representatives Democratic' (leader) -> 'House of Representatives'; 'the Great Hall of
        #            the People on'; a headline's 'Obama Says ...' -> 'Obama' (only 'Says': 'United States',
        #            'Silver Lake Partners', 'Court of Appeals' end in words that are verbs too)
    if ent.label_ == "ORG" and end - start > 1 and tokens[end - 1].is_lower and tokens[end - 1].lemma_ in described_by:
        # a noun that says what the organisation is, after its name, is none of it: 'the Xinhua news agency', 'the
        # Bangor Daily News newspaper' (`organisation_noun` in ontology/cues.tsv; not 'the House tax committee')
        while end - 1 > start and tokens[end - 1].is_lower and tokens[end - 1].pos_ == "NOUN":
            end -= 1
    return ent.doc[start:end] if end > start else None


def _without_destination(span: Span, knowledge: Knowledge) -> Span:
    """'the North American Free Trade Agreement to Iowa': a place after 'to' in an organisation's span
    is what the name is to, not part of it (not 'Committee to Protect Journalists')."""
    cut = next((t.i - span.start for t in span[1:] if t.lower_ == "to" and t.pos_ == "ADP"), None)
    tail = span[cut + 1:].text.removesuffix("’s").removesuffix("'s") if cut is not None else ""
    if tail and (knowledge.place(tail) or is_region(tail)):
        return span[:cut]
    return span


def _numbered(span: Span) -> Span:
    """'the 4th U.S. Circuit Court of Appeals' tagged without its '4th': a numeral ordinal the parser hangs on
    the organisation's own words is part of its name, so that one of a numbered series (the 4th and the 9th
    circuit) is not another. So is one hung on the noun that a name with an 'of' modifies ('the 4th U.S. Circuit
    Court of Appeals hearing'); not before another ('its 2nd NATO summit', 'the 2nd Senate Intelligence Committee
    hearing')."""
    if span.start == 0:
        return span
    before = span.doc[span.start - 1]
    if not _NUMERAL_ORDINAL.fullmatch(before.text):
        return span
    if span.start <= before.head.i < span.end or (any(t.lower_ == "of" for t in span) and span.root.head.i == before.head.i
                                                  and span.root.dep_ in {"compound", "nmod"}):
        return span.doc[before.i:span.end]
    return span


_NUMERAL_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _without_country(span: Span, knowledge: Knowledge) -> str | None:
    """'US State Department' -> 'State Department': a country's own bodies are named without it,
    so that articles writing 'U.S. Treasury' and 'the Treasury' meet. Only a country's initials or its
    name of several words are cut ('U.S.', 'UK', 'United States'): a country's one-word name before another
    word is part of a name ('America First Policies', 'China Investment Corp')."""
    for cut in range(1, len(span)):
        head = span[:cut].text
        found = knowledge.place(head)
        if found and found[1] in _COUNTRY_NAMES and (" " in head or head.replace(".", "").isupper()):
            rest = span[cut:]
            if rest and rest[0].text[:1].isupper() and len(rest.text) > 3 and not (len(rest) == 1 and rest[0].like_num):
                return rest.text
            return None     # 'Britain First' is no 'First'; 'U.S. Treasury' is the Treasury
    return None


def _party_of_place(span: Span, knowledge: Knowledge) -> str | None:
    """'an Illinois Republican': a place and a party's word name the party's member there, and so the party."""
    last, place = span[-1].text, span[:-1].text
    if len(span) < 2 or knowledge.entity_uses.get(last) != "party" or not (knowledge.place(place) or is_region(place)):
        return None
    return knowledge.canonical_names.get(last) or last


def _without_party(span: Span, knowledge: Knowledge) -> str | None:
    """'the Republican Senate Armed Services Committee': a party's word before a chamber's committee
    says who leads it, not what it is called (not 'Democratic National Committee')."""
    if len(span) > 2 and knowledge.entity_uses.get(span[0].text) == "party" and span[1].text in _CHAMBERS:
        return span[1:].text
    return None


_CHAMBERS = {"Senate", "House"}


def _ends_title(span: Span, knowledge: Knowledge) -> bool:
    """'State' in 'Secretary of State' is part of a title, not an organisation; a title alone
    ('her years as Attorney General') is no name either."""
    doc = span.doc
    for before in (0, 1, 2, 3) if len(span) > 1 else (1, 2, 3):   # 'Democrat' alone names a party
        if span.start - before >= 0 and span_text(doc, span.start - before, span.end).lower() in knowledge.titles:
            return True
    return False


def _before_title(span: Span, knowledge: Knowledge) -> Span | None:
    """'U.S. National Security' tagged before 'Adviser H.R. McMaster', or 'U.S. National' before 'Security
    Adviser Michael Flynn': the part before the title that the name runs into ('U.S.'); None when the title
    starts the name."""
    doc = span.doc
    for start in range(span.start, span.end):
        for end in range(span.end + 1, min(span.end + 3, len(doc)) + 1):
            if span_text(doc, start, end).lower() in knowledge.titles:
                return doc[span.start:start] if start > span.start else None
    return span


def _adjective_only(span: Span, knowledge: Knowledge) -> bool:
    """'Korean' in 'the Korean peninsula' describes a thing; it is not an entity of its own
    (unless it names a country's people: 'North Korean leader' still tells whose leader)."""
    if span.label_ != "NORP" or knowledge.place(span.text):
        return False
    return span.root.dep_ in {"amod", "compound"} and span.root.head.pos_ == "NOUN"


def _looks_like_name(text: str) -> bool:
    """A name has a capital letter or digit and no line breaks; single letters are not names."""
    return (
        len(text) > 1
        and "\n" not in text
        and any(c.isupper() for c in text)
        and not text.isdigit()
    )


@dataclass(frozen=True, slots=True)
class Group:
    """Mentions that name one referent, before it becomes a model.Referent."""

    key: str
    name: str
    kind: Kind
    names: frozenset[str]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Ages:
    """What ages() found: the age word as written and its reading ('younger' or 'elder') by mention start,
    the starts of juniors' full names and the suffixes of juniors' names."""
    aged: dict[int, tuple[str, str]] = field(default_factory=dict)
    juniors: frozenset[int] = frozenset()
    suffixes: frozenset[str] = frozenset()


def ages(doc: Doc, found: list[Mention], knowledge: Knowledge) -> Ages:
    """Which of two people with one surname a lone surname means when an age word comes before it.

    Finds the one-word mentions after an age word of ontology/cues.tsv ('the younger Bush': `younger`;
    'the elder Bush': `elder`), and the full names of the younger of a family: a junior's ('Donald Trump Jr.':
    `junior_suffix`) and a child's the article introduces as one ('and his son George W. Bush': `child_noun`)."""
    words = knowledge.words
    younger, elder = words.get("younger", ()), words.get("elder", ())
    aged = {m.start: (doc[m.start - 1].text, "younger" if doc[m.start - 1].lower_ in younger else "elder") for m in found
            if m.kind is Kind.PERSON and " " not in m.key and m.start
            and doc[m.start - 1].lower_ in {*younger, *elder}}
    if not aged:
        return Ages()
    suffixes = words.get("junior_suffix", frozenset())
    juniors = frozenset(m.start for m in found if m.kind is Kind.PERSON and " " in m.key and (
        m.key.split()[-1] in suffixes or (m.start and doc[m.start - 1].lower_ in words.get("child_noun", ()))))
    return Ages(aged, juniors, suffixes)


def _by_age(word: str, age: str, members: dict[str, list[Mention]], ages: Ages) -> str | None:
    """The one full name of a person ending in ``word`` (or in it and a junior's suffix) that is the younger
    ('younger') or the other, elder one ('elder') of the two the article names, else None."""
    named = [k for k, group in members.items() if any(m.kind is Kind.PERSON for m in group) and " " in k
             and (k.split()[-1] == word or k.split()[-2:] in ([word, s] for s in ages.suffixes))]
    young = [k for k in named if any(m.start in ages.juniors for m in members[k])]
    if len(named) != 2 or len(young) != 1:
        return None
    return young[0] if age == "younger" else next(k for k in named if k != young[0])


def group_mentions(found: list[Mention], parenthesised: dict[str, str] | None = None,
                   knowledge: Knowledge | None = None,
                   aged: Ages | None = None) -> list[Group]:
    """One group per referent.

    Countries group by ISO code. Other names group by their folded key; a person named by one
    word (Trump, Kim) joins the most mentioned person so far whose full name starts or ends with
    that word, so Kim joins Kim Jong Un and never Kim Jong Il unless Kim Jong Il is the one being
    talked about. A word the model read as an organisation or as a place that is no country or capital
    joins too: after 'Anna Lincoln', 'Lincoln' is her. After an age word (``aged``, see ages) it joins the
    younger or the elder of two people of that name: 'the younger Bush' after 'George H.W. Bush and his
    son George W. Bush' is the son.
    """
    found = _people_read_as_organisations(found)
    members: dict[str, list[Mention]] = {}
    order: list[str] = []
    person_keys: set[str] = set()     # keys with a mention tagged as a person

    def add(key: str, mention: Mention) -> None:
        if key not in members:
            members[key] = []
            order.append(key)
        members[key].append(mention)
        if mention.kind is Kind.PERSON:
            person_keys.add(key)

    full_names = _FullNames()
    described: set[int] = set()     # mentions named with an age word, no name for their group
    coded = _coded_regions(found)
    for mention in found:
        if mention.text in coded:       # 'KY Representative Dan Johnson' beside 'Kentucky'
            add(coded[mention.text], replace(mention, kind=Kind.PLACE))
            continue
        if mention.kind is Kind.COUNTRY and mention.country:
            add(f"country:{mention.country}", mention)
            continue
        key = mention.key
        words = key.split()
        if len(words) > 1:
            target = full_names.best(words[-1], members) if mention.kind is Kind.PERSON else None
            if target and target != key and target.endswith(" " + key):   # 'de Mistura' after 'Staffan de Mistura'
                add(target, mention)
                continue
            if mention.kind is Kind.PERSON or key in person_keys:
                full_names.add(key)
            add(key, mention)
            continue
        joins = words and (mention.kind is Kind.PERSON
                           or (mention.kind is Kind.ORGANIZATION and not mention.text.isupper())
                           or (mention.kind is Kind.PLACE and mention.country is None)   # a surname read as a region
                           or mention.kind is Kind.GROUP)       # or as a nationality ('Mattis' after 'Jim Mattis')
        age = aged.aged.get(mention.start) if aged and words else None
        target = _by_age(words[0], age[1], members, aged) if age else None
        if target:      # known by what the article wrote, 'younger Bush', not as the elder's surname too
            add(target, replace(mention, text=f"{age[0]} {mention.text}"))
            described.add(mention.start)
            continue
        target = full_names.best(words[0], members) if joins else None
        add(target or key, mention)

    groups = []
    for index, key in enumerate(order, start=1):
        group = members[key]
        kind = _vote_kind(group)
        names = frozenset(m.text for m in group) | {m.alias for m in group if m.alias}
        canonical = {m.text for m in group if m.start not in described} or {m.text for m in group}
        name = max(canonical, key=lambda n: (len(n.split()), len(n), n)) if kind is not Kind.COUNTRY else group[0].text
        groups.append(Group(f"r{index}", name, kind, names, tuple(group)))
    suffixes = knowledge.words.get("company_suffix", frozenset()) if knowledge else frozenset()
    nouns = (knowledge.words.get("organisation_noun", frozenset()) | knowledge.words.get("of_body", frozenset())
             if knowledge else frozenset())
    firsts = {name_key(g.name).split()[0] for g in groups if g.kind is Kind.ORGANIZATION and len(g.name.split()) > 1}
    unplaced = {g.key for g in groups if g.kind is Kind.PLACE and knowledge is not None and name_key(g.name) in firsts
                and knowledge.place(g.name) is None and not is_region(g.name)}     # looked up only where it may join
    return _merge_groups(groups, parenthesised or {}, suffixes, knowledge.entity_uses if knowledge else {}, nouns, unplaced)


def _coded_regions(found: list[Mention]) -> dict[str, str]:
    """'KY' in an article that names Kentucky: a two-letter capitalised name that is the ISO 3166-2 code
    of a state or province the article names (one only) is that place, by the place's name key."""
    places = {m.key for m in found if m.kind is Kind.PLACE}
    coded = {}
    for mention in found:
        if (mention.kind is not Kind.COUNTRY and len(mention.text) == 2 and mention.text.isupper()
                and mention.text.isalpha()):
            named = [key for key in places if key in regions_coded(mention.text)]
            if len(named) == 1:
                coded[mention.text] = named[0]
    return coded


def _people_read_as_organisations(found: list[Mention]) -> list[Mention]:
    """'Kirstjen Nielsen' tagged an organisation while the article's lone 'Nielsen' is tagged a person
    or a place that is no country: a name of two or three plain words whose last word stands alone as
    such is a person's."""
    lone = {m.key for m in found if " " not in m.key and (
        m.kind is Kind.PERSON or (m.kind is Kind.PLACE and m.country is None))}
    return [replace(m, kind=Kind.PERSON) if m.kind is Kind.ORGANIZATION and _plain_name(m.text)
            and m.key.split()[-1] in lone else m for m in found]


def _plain_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


class _FullNames:
    """The full names of persons seen so far, by their first and by their last word."""

    def __init__(self) -> None:
        self.first_seen: dict[str, int] = {}           # full name key -> order of first sight
        self.by_word: dict[str, list[str]] = {}

    def add(self, key: str) -> None:
        if key in self.first_seen:
            return
        self.first_seen[key] = len(self.first_seen)
        words = key.split()
        for word in dict.fromkeys((words[0], words[-1])):
            self.by_word.setdefault(word, []).append(key)

    def best(self, word: str, members: dict[str, list[Mention]]) -> str | None:
        """The full name starting or ending with ``word`` that is mentioned most so far (the first seen on a tie)."""
        candidates = self.by_word.get(word)
        if not candidates:
            return None
        return max(candidates, key=lambda k: (len(members[k]), -self.first_seen[k]))


_MINOR_WORDS = {"of", "the", "for", "and", "on", "in", "to", "&"}


def _merge_groups(groups: list[Group], parenthesised: dict[str, str], suffixes: frozenset[str] = frozenset(),
                  known: Container[str] = frozenset(), nouns: frozenset[str] = frozenset(),
                  unplaced: Container[str] = frozenset()) -> list[Group]:
    """Join the groups an article names in these ways:

    - a one-word name (Trump, Franken) and the one person whose full name starts or ends with it;
    - an acronym (FBI) and the organisation whose initials it is, or that the text spells out
      before it in brackets ('Kurdistan Workers Party (PKK)');
    - a shorter organisation name (Freedom Caucus, Journal) and the one longer name it ends
      (House Freedom Caucus, Wall Street Journal), a one-word name only if it is no name of
      ontology/entities.tsv ('Senate' stays itself);
    - an organisation name and the one name that adds a company suffix to it (Omnicom, Omnicom Group);
    - a name that starts with a numeral ordinal (9th Circuit) and the one longer name with that ordinal that
      has all its words in their order (9th U.S. Circuit Court of Appeals);
    - a one-word organisation name, no person's, and the one company name of three words or more, ending in a
      company suffix, that it starts (Goldman, Goldman Sachs Group Inc), or the one organisation name of two
      words or more that it starts and an `organisation_noun` or `of_body` noun of ontology/cues.tsv ends
      (Brookings, Brookings Institution; State, State Department) and the article names first; so too a
      one-word name tagged as a place that is no country, capital or region ('Whitefish', a town's name,
      after Whitefish Energy Holdings).
    """
    merged: dict[str, Group] = {g.key: g for g in groups}
    # The groups each rule below can match, found by what it compares, so that no group is compared
    # with all the others; a group's name and kind never change, its names grow as others join it.
    by_word: dict[str, list[str]] = {}                 # persons of two words or more, by first and last word
    by_initials: dict[str, list[str]] = {}
    by_name: dict[str, set[str]] = {}
    by_ending: dict[tuple[str, ...], list[str]] = {}   # organisations, by their last words
    by_stem: dict[str, list[str]] = {}                 # organisations with a company suffix, by the name before it
    by_first: dict[str, list[str]] = {}                # companies (a suffix last, two words before it), by first word
    by_number: dict[str, list[str]] = {}               # organisations one of a numbered series names, by the ordinal
    for group in groups:
        words = name_key(group.name).split()
        if group.kind is Kind.PERSON and len(group.name.split()) > 1:
            for word in dict.fromkeys((words[0], words[-1])):
                by_word.setdefault(word, []).append(group.key)
        if group.kind is not Kind.PERSON:
            for initials in _all_initials(group.name):
                by_initials.setdefault(initials, []).append(group.key)
            for name in group.names:
                by_name.setdefault(name, set()).add(group.key)
        if group.kind is Kind.ORGANIZATION:
            for size in range(1, len(words)):
                by_ending.setdefault(tuple(words[-size:]), []).append(group.key)
            if len(words) > 1 and group.name.split()[-1] in suffixes:
                by_stem.setdefault(" ".join(words[:-1]), []).append(group.key)
            if (len(words) > 2 and group.name.split()[-1] in suffixes) or (len(words) > 1 and words[-1] in nouns):
                by_first.setdefault(words[0], []).append(group.key)
            if len(words) > 1 and _NUMERAL_ORDINAL.fullmatch(words[0]):
                by_number.setdefault(words[0], []).append(group.key)

    def join(small: Group, large: Group) -> None:
        target = merged[large.key]
        merged[target.key] = Group(target.key, target.name, target.kind, target.names | small.names,
                                   tuple(sorted(target.mentions + small.mentions, key=lambda m: m.start)))
        del merged[small.key]
        for name in small.names:
            by_name.setdefault(name, set()).add(target.key)

    for group in groups:
        if group.key not in merged or group.kind in (Kind.COUNTRY, Kind.TOPIC):
            continue
        words = name_key(group.name).split()
        stemmed = [g for g in _others(by_stem.get(" ".join(words), []), group, merged)
                   if group.kind is Kind.ORGANIZATION and g.kind is Kind.ORGANIZATION]
        if stemmed:
            matches = stemmed       # 'Omnicom' and 'Omnicom Group'
        elif len(words) == 1 and not group.name.isupper() and group.key in unplaced:
            # 'Whitefish' (a town's name) after 'Whitefish Energy Holdings'
            matches = [g for g in _others(by_first.get(words[0], []), group, merged)
                       if g.kind is Kind.ORGANIZATION and g.mentions[0].start < group.mentions[0].start]
        elif len(words) == 1 and not group.name.isupper() and group.kind in (Kind.PERSON, Kind.ORGANIZATION):
            candidates = by_word.get(words[0], [])
            matches = [g for g in _others(candidates, group, merged)
                       if g.kind is Kind.PERSON and len(g.name.split()) > 1
                       and words[0] in (name_key(g.name).split()[0], name_key(g.name).split()[-1])]
            if not matches and group.kind is Kind.ORGANIZATION and group.name not in known:
                matches = [g for g in _others(by_ending.get((words[0],), []), group, merged)
                           if g.kind is Kind.ORGANIZATION and not re.search(r"['’]s\b", g.name)]      # 'the Journal': the Wall Street Journal
            if not matches and group.kind is Kind.ORGANIZATION and group.name not in known and not candidates:
                # 'Goldman' after 'Goldman Sachs Group Inc', 'Brookings' after 'Brookings Institution'
                matches = [g for g in _others(by_first.get(words[0], []), group, merged)
                           if g.kind is Kind.ORGANIZATION and _named_in_full_first(g, group, suffixes)]
        elif _is_acronym(group.name):
            spelled = parenthesised.get(group.name)
            candidates = by_initials.get(group.name, []) + sorted(by_name.get(spelled, ()) if spelled else ())
            matches = [g for g in _others(candidates, group, merged) if g.kind is not Kind.PERSON
                       and (group.name in _all_initials(g.name) or (spelled and spelled in g.names))]
        elif group.kind is Kind.ORGANIZATION and len(words) >= 2 and _NUMERAL_ORDINAL.fullmatch(words[0]):
            # '9th Circuit' after '9th U.S. Circuit Court of Appeals': the longer name of the same number that
            # has its words in their order
            matches = [g for g in _others(by_number.get(words[0], []), group, merged) if g.kind is Kind.ORGANIZATION
                       and _in_order(words, name_key(g.name).split())]
        elif group.kind is Kind.ORGANIZATION and len(words) >= 2:
            candidates = by_ending.get(tuple(words), [])
            # not one of a numbered series: 'Court of Appeals' may be any, not the '4th U.S. Circuit Court of Appeals'
            matches = [g for g in _others(candidates, group, merged) if g.kind is Kind.ORGANIZATION
                       and len(name_key(g.name).split()) > len(words)
                       and name_key(g.name).split()[-len(words):] == words
                       and not any(_ORDINAL.fullmatch(w) for w in name_key(g.name).split()[:-len(words)])]
        else:
            continue
        if len(matches) == 1:
            join(group, matches[0])
    return [merged[g.key] for g in groups if g.key in merged]


def _named_in_full_first(full: Group, short: Group, suffixes: frozenset[str]) -> bool:
    """A company's name the short one starts (Goldman Sachs Group Inc), or a name the article gives before
    the short one, as news does ('the Brookings Institution ... the Brookings study'; not 'Trump' and, later,
    'the Trump Organization')."""
    return full.name.split()[-1] in suffixes or full.mentions[0].start < short.mentions[0].start


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Every word of ``words`` in ``longer``, in their order, and ``longer`` longer."""
    rest = iter(longer)
    return len(longer) > len(words) and all(word in rest for word in words)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh")


def _others(keys: list[str], group: Group, merged: dict[str, Group]) -> list[Group]:
    """The groups still standing among ``keys``, once each, except ``group`` and countries."""
    return [merged[key] for key in dict.fromkeys(keys)
            if key in merged and key != group.key and merged[key].kind is not Kind.COUNTRY]


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _all_initials(name: str) -> set[str]:
    """The initials a name may go by: of all its words ('DHS' for the Department of Homeland Security), or
    without a leading 'Department of', 'Ministry of' ('HHS' for the Department of Health and Human Services)."""
    found = {_initials(name)}
    words = name.split()
    if len(words) > 2 and words[1].lower() == "of" and words[0].lower() in _INITIAL_DEPARTMENT:
        found.add(_initials(" ".join(words[2:])))
    return found


_INITIAL_DEPARTMENT = {"department", "ministry", "office", "bureau"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _MINOR_WORDS and w[:1].isupper())


def parenthesised_acronyms(doc: Doc) -> dict[str, str]:
    """'Kurdistan Workers Party (PKK)' -> {'PKK': 'Kurdistan Workers Party'}."""
    found = {}
    for ent in doc.ents:
        end = ent.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and _is_acronym(doc[end + 1].text):
            found[doc[end + 1].text] = ent.text.removeprefix("the ").removeprefix("The ")
        elif (len(ent) > 2 and ent[-2].text == "(" and _is_acronym(ent[-1].text) and end < len(doc)
              and doc[end].text == ")"):      # the model's span took in '(IARC' but not ')'
            found[ent[-1].text] = ent[:-2].text.removeprefix("the ").removeprefix("The ")
    return found




def _vote_kind(group: list[Mention]) -> Kind:
    """The most common kind among the mentions, a full name counting more than one word
    ('Donald Trump' tagged PERSON outweighs 'Trump' tagged ORG); ties go to the more specific kind."""
    if any(m.kind is Kind.PERSON and len(m.text.split()) > 1 for m in group):
        return Kind.PERSON   # the model is reliable on full names, not on a bare surname
    counts: Counter[Kind] = Counter()
    for mention in group:
        counts[mention.kind] += 3 if len(mention.text.split()) > 1 else 1
    return max(counts, key=lambda k: (counts[k], KIND_PRIORITY[k]))
