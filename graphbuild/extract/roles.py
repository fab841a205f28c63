"""Roles from titles before a name and from appositions.

    U.S. President Donald Trump                 -> Trump: president, leader of the United States
    North Korean leader Kim Jong Un             -> Kim Jong Un: leader, leader of North Korea
    J.K. Smith, an adviser to Angela Merkel      -> Smith: adviser, adviser to Merkel
    Jean Dupont, France's foreign minister       -> Dupont: foreign minister, official of France

The titles and the relation each gives are data (ontology/titles.tsv).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Container, Iterator

from spacy.tokens import Token

from graphbuild.extract.context import PERSON_PRONOUNS, ArticleContext, Draft, particle
from graphbuild.extract.spans import tokens_of
from graphbuild.knowledge import Title, is_region
from graphbuild.model import PAST_TITLE, Kind

_PREDECESSOR = "predecessor"    # the category of ontology/titles.tsv for whoever held an office before
_SUCCESSION = Title("predecessor", "succeeds", "succession")
_BODY_LEADER = Title("leader", "leaderOf", "leader")
_ROLE_PREPS = {"of", "to", "for", "on", "at", "in"}
_BREAKS = {"-", "—", "–", ":", ";"}    # with a space before: a dash, not the hyphen of 'son-in-law'


@dataclass(frozen=True, slots=True)
class FoundRole:
    holder: str              # referent key
    title: Title
    text: str                # the title as written, lower case ("former secretary of state")
    token: Token             # the title's head word, for evidence
    organization: str | None
    rule: str

    @property
    def current(self) -> bool:
        return not (set(self.text.split()) & PAST_TITLE)


def roles(context: ArticleContext) -> Iterator[FoundRole]:
    """Every role the article gives a person, in document order."""
    seen: set[tuple[str, str, str | None]] = set()
    for token in context.tokens:
        found = _from_token(token, context) or _from_predicate(token, context) or _seated_on(token, context)
        for role in (*found, *_included(token, context), *_fellow(token, context), *_party_described(token, context)):
            identity = (role.holder, role.text, role.organization)
            if identity not in seen:
                seen.add(identity)
                context.add_title(role.holder, role.title, role.text, role.organization)
                yield role


def spokespeople(found: list[FoundRole], said: list[tuple[str, int]], context: ArticleContext) -> list[FoundRole]:
    """'Mueller's office confirmed Strzok's removal ... "...," spokesman Peter Carr said': a spokesperson's
    title written with no owner is of the organisation whose statement comes right before the holder's own,
    in that sentence or the one before. ``said``: each statement's speaker and evidence start, in order."""
    result = []
    for role in found:
        owner = None
        if role.organization is None and role.title.relation == "spokespersonFor" and role.current:
            spoken = [i for i, (speaker, _) in enumerate(said) if speaker == role.holder]
            first = spoken[0] if spoken else 0
            before = said[first - 1] if first else None
            if (before is not None and before[0] != role.holder
                    and context.referents[before[0]].kind is Kind.ORGANIZATION
                    and _sentences_apart(before[1], said[first][1], context) <= 1):
                owner = before[0]
        result.append(replace(role, organization=owner, rule="role:title+statement") if owner else role)
    return result


def _sentences_apart(first: int, second: int, context: ArticleContext) -> int:
    """How many sentences apart two token positions are."""
    return len({context.sentence_start[i] for i in range(min(first, second), max(first, second) + 1)}) - 1


def listed_offices(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'senior U.S. officials, including Secretary of State Jane Roe': a national office (`national_office` in
    ontology/cues.tsv) written with no country, held by someone listed with 'including' among officials of a
    country, is that country's."""
    offices = _with_deputies(context.knowledge.words.get("national_office", ()), context)
    result = []
    for role in found:
        country = _listing_country(role.token, context) if (
            role.organization is None and role.current and role.title.title in offices) else None
        result.append(replace(role, organization=country, rule="role:title+listed") if country else role)
    return result


def _listing_country(title: Token, context: ArticleContext) -> str | None:
    """The country of the plural whose 'including' lists the name a title word stands before, if any."""
    name = title
    while name.dep_ in {"compound", "nmod"} and name.head.i > name.i:
        name = name.head
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    including = name.head
    if name.dep_ != "pobj" or including.lower_ != "including" or including.head.tag_ not in {"NNS", "NNPS"}:
        return None
    key = context.refer(including.head, actors_only=True)
    return key if key is not None and context.referents[key].kind is Kind.COUNTRY else None


def dateline_offices(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'WASHINGTON (Reuters) - ... Secretary of State Jane Roe', 'President John Doe': a national
    office (`national_office` in ontology/cues.tsv) written with no country is the office of the country the
    dateline puts the story in, when the article names that country and ties the holder to no other one
    (not 'President Moon' after 'South Korean President Moon Jae-in'). A present office needs one holder;
    past holders ('former President John Doe') may be several."""
    home = context.countries.get(context.dateline) if context.dateline else None
    offices = _with_deputies(context.knowledge.words.get("national_office", ()), context)
    if home is None or _most_named(set(context.countries.values()), context) != home:
        return found    # a foreign story ('MANILA ... Secretary of State Jane Roe') is no one's home
    elsewhere = {r.holder for r in found if r.organization and r.organization != home
                 and context.referents[r.organization].kind is Kind.COUNTRY}
    elsewhere |= {k for k, r in context.referents.items() if r.kind is Kind.PERSON and r.country
                  and r.country != context.dateline}
    # one holder of an office: not when the article gives the country's office to someone else ('Russian
    # President Vladimir Putin' in a Moscow story: 'President Donald Trump' is another country's), nor when
    # two people have the title with no country (one may be a past holder, or the title someone else's)
    given, candidates = _sole_holders(found, offices, home, elsewhere)
    # a past holder ('Former President Barack Obama', 'former Presidents A and B') held it before whoever holds
    # it now: any number of them, unless two present holders leave the office's country open ('President Raul
    # Castro' and 'President Donald Trump' in a Havana story)
    given |= {(r.title.title, r.holder) for r in found if not r.current and r.organization is None
              and r.title.title in offices and r.holder not in elsewhere and len(candidates[r.title.title]) < 2}
    return [replace(r, organization=home, rule="role:title+dateline")
            if r.organization is None and (r.title.title, r.holder) in given else r for r in found]


def party_offices(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'Democratic President Jane Roe', 'Republican John Doe ... his first trip as president': a national office
    (`national_office` in ontology/cues.tsv) written with no country, held by a member of a party of one country
    (column `country` of ontology/entities.tsv), is that country's office, now or in the past, when the article
    ties the holder to no other country (not 'Labour leader X', whose party's country has no president). Only a
    leader's office: a party's state has its own attorney general and secretary of state ('Attorney General Jane
    Roe, a Democrat' beside 'Massachusetts Governor X'). After former_offices, which gives past holders the office
    of another holder the article ties to a country by name only."""
    offices = _with_deputies(context.knowledge.words.get("national_office", ()), context)
    countries: dict[str, set[str]] = defaultdict(set)
    for role in found:
        party = context.referents[role.organization].name if role.organization else None
        if party in context.knowledge.party_countries:
            countries[role.holder].add(context.knowledge.party_countries[party])
    tied = {r.holder: context.referents[r.organization].country for r in found if r.organization
            and context.referents[r.organization].kind is Kind.COUNTRY}
    result = []
    for role in found:
        held = countries.get(role.holder, set())
        iso = next(iter(held)) if len(held) == 1 else None
        if (role.organization is None and iso and role.title.title in offices and role.title.relation == "leaderOf"
                and tied.get(role.holder, iso) == iso and context.referents[role.holder].country in {None, iso}):
            role = replace(role, organization=context.country_referent(iso), rule="role:title+party")
        result.append(role)
    return result


def former_offices(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'U.S. President Donald Trump ... former President Barack Obama': a past holder of a national office
    (`national_office` in ontology/cues.tsv) written with no country held the office the article gives
    another holder of, when it gives that office to people of one country only (not after 'U.S. President
    A' and 'Chinese President B'), and ties the holder to no other country."""
    offices = _with_deputies(context.knowledge.words.get("national_office", ()), context)
    countries: dict[str, set[str]] = {}
    for role in found:
        if role.organization and role.title.title in offices \
                and context.referents[role.organization].kind is Kind.COUNTRY:
            countries.setdefault(role.title.title, set()).add(role.organization)
    tied = {r.holder: r.organization for r in found if r.organization
            and context.referents[r.organization].kind is Kind.COUNTRY}     # a holder of another country's office
    result = []
    for role in found:
        held = countries.get(role.title.title, set())
        country = next(iter(held)) if len(held) == 1 else None
        if (role.organization is None and not role.current and country
                and tied.get(role.holder, country) == country
                and context.referents[role.holder].country in {None, context.referents[country].country}):
            role = replace(role, organization=country, rule="role:title+former")
        result.append(role)
    return result


def _with_deputies(offices: frozenset[str], context: ArticleContext) -> frozenset[str]:
    """The offices and their deputies' ('foreign minister', 'vice foreign minister')."""
    deputies = context.knowledge.words.get("deputy", ())
    return offices | {f"{deputy} {office}" for deputy in deputies for office in offices}


def state_offices(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'Governor Mark Dayton said ...' in a story about Minnesota: a state's office (`state_office` in
    ontology/cues.tsv) written with no state is the office of the state the article names more often than any
    other, when one person holds that title with no state (a past holder aside) and the article gives that
    state's office to no one else ('Minnesota Governor X' leaves 'Governor Y' alone)."""
    offices = context.knowledge.words.get("state_office", ())
    if not any(r.organization is None and r.title.title in offices for r in found):
        return found
    home = _most_named({k for k, r in context.referents.items() if r.kind is Kind.PLACE and k in context.mentioned
                        and is_region(r.name)}, context)
    if home is None:
        return found
    given, _ = _sole_holders(found, offices, home)
    return [replace(r, organization=home, rule="role:title+state")
            if r.organization is None and r.current and (r.title.title, r.holder) in given else r for r in found]


def departments(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'Attorney General Jeff Sessions' in a story that names the Justice Department: a US cabinet title
    (column `department` of ontology/titles.tsv) whose department the article names is also an office in that
    department, when the title names no other body than the United States (whose official the holder stays)."""
    def american(role: FoundRole) -> bool:
        owner = context.referents[role.organization] if role.organization else None
        return owner is None or (owner.kind is Kind.COUNTRY and owner.country == "USA")

    if not any(r.title.department for r in found):
        return found
    named = {n: k for k, r in context.referents.items() if r.kind is Kind.ORGANIZATION and k in context.mentioned
             for n in r.names | {r.name}}
    result = []
    for role in found:
        result.append(role)
        department = next((named[n] for n in sorted(role.title.department) if n in named), None)
        if department is not None and american(role):
            result.append(replace(role, organization=department, rule="role:title+department"))
    return result


def benches(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'Judge X said' in a story of the 4th U.S. Circuit Court of Appeals: a judge's title (category `judge` in
    ontology/titles.tsv) that names no court sits on the one court the article names (a name with a
    `court_word` of ontology/cues.tsv); in a story of two courts, on neither."""
    words = context.knowledge.words.get("court_word", ())
    courts = [k for k, r in context.referents.items() if r.kind is Kind.ORGANIZATION and k in context.mentioned
              and any(w in words for w in r.name.split())]
    if len(courts) != 1:
        return found
    court = context.referents[courts[0]].name.lower().split()

    def fits(role: FoundRole) -> bool:
        """'U.S. District Judge X' is no judge of the appeals court: the title's own words before it are the court's."""
        written = role.text.split() + [t.lower_ for t in role.token.lefts if t.dep_ in {"compound", "amod", "nmod"}
                                       and t.text[:1].isupper() and t.i not in context.token_ref]
        words = [w for w in written if w not in role.title.title.split() and w not in PAST_TITLE
                 and not context.knowledge.place(w) and w not in {"u.s.", "federal", "conservative", "liberal"}]
        before = []     # the words right before the title, back to a comma or a determiner
        for t in reversed(role.token.doc[max(0, role.token.i - 8):role.token.i]):
            if t.text == "," or t.dep_ == "det":
                break
            before.append(t)
        other = any(t.i in context.token_ref and context.referents[context.token_ref[t.i]].kind is Kind.ORGANIZATION
                    for t in before)
        return not other and all(w in court for w in words)     # nor a 'WTO appellate judge'

    return [replace(role, organization=courts[0], rule="role:title+court")
            if role.title.category == "judge" and role.holder != courts[0] and (
                role.organization is None or context.referents[role.organization].kind is Kind.COUNTRY) and fits(role)
            else role
            for role in found]


def bodies_led(context: ArticleContext) -> list[FoundRole]:
    """'Mueller's team', 'the Trump campaign': the person a body is named after
    (`led_body` in ontology/cues.tsv: not an administration, the government of the country its president
    leads) leads it, when the article names one person of that surname; one who holds only former titles
    ('former President X') leads it no longer. The evidence is the body's first mention."""
    nouns = context.knowledge.words.get("led_body", ())
    found = []
    for key, body in list(context.referents.items()):
        words = body.name.split()
        if (body.kind is not Kind.ORGANIZATION or len(words) < 2 or words[-1] not in nouns
                or key not in context.mentioned):
            continue
        person = context.person_with_surname(" ".join(words[:-1]))
        if person is not None:
            found.append(FoundRole(person, _BODY_LEADER, "former leader" if _only_former(person, context) else "leader",
                                   context.doc[context.mentioned[key][0]], key, "role:body_named_after"))
    return found


def _only_former(person: str, context: ArticleContext) -> bool:
    """The article gives the person titles, all of them past ones ('former President X'): no office now."""
    titles = [t for t in context.referents[person].titles if t]
    return bool(titles) and all(t.split()[0] in PAST_TITLE for t in titles)


def governments_led(context: ArticleContext) -> list[FoundRole]:
    """'the Syrian government of Bashar al-Assad', 'Spain's government under Jose Garcia': the person a
    country's government (`led_government` in ontology/cues.tsv) is said to be of or under leads the country."""
    nouns = context.knowledge.words.get("led_government", ())
    found = []
    for token in tokens_of(context.doc):
        if token.lemma_.lower() not in nouns or token.pos_ != "NOUN":
            continue
        people = [key for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "under"}
                  for g in p.children if g.dep_ == "pobj" for key in (context.token_ref.get(g.i),)
                  if key and context.referents[key].kind is Kind.PERSON]
        # refer is asked only then: it may make a description as it reads
        country = context.refer(token, actors_only=True) if people else None
        if country is None or context.referents[country].kind is not Kind.COUNTRY:
            continue
        for key in people:      # 'its former President X' leads it no longer
            found.append(FoundRole(key, _BODY_LEADER, "former leader" if _only_former(key, context) else "leader",
                                   token, country, "role:government"))
    return found


def affiliations(context: ArticleContext) -> list[FoundRole]:
    """'said Ann Lee, with the Brookings Institution', 'Ann Lee, with the Heritage Foundation, said': an
    organisation set after a named person's comma with 'with' is where the person works, a member of it."""
    found = []
    for token in tokens_of(context.doc):
        key = context.token_ref.get(token.i)
        if key is None or context.referents[key].kind is not Kind.PERSON:
            continue
        for prep in token.children:
            if not (prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > token.i
                    and context.doc[prep.i - 1].text == ","):
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                body = context.token_ref.get(obj.i)     # a name the article writes, no description
                if body and context.referents[body].kind is Kind.ORGANIZATION:
                    found.append(FoundRole(key, context.knowledge.titles["member"], "member", prep, body,
                                           "role:with"))
    return found


def party_tags(context: ArticleContext) -> list[FoundRole]:
    """'Chuck Schumer (D), Kirsten Gillibrand (D)', 'Representative Ann Lee (R-Texas)': a party's letter in
    parentheses right after a named person (`party_letter` in ontology/cues.tsv) makes the person a member of the
    party; an independent's '(I)' names none."""
    parties = dict(entry.split(" ", 1) for entry in context.knowledge.words.get("party_letter", ()))
    doc, found = context.doc, []
    for token in tokens_of(doc):
        if token.text != "(" or token.i == 0 or token.i + 2 >= len(doc):
            continue
        holder = context.token_ref.get(token.i - 1)
        letter = doc[token.i + 1]
        party = parties.get(letter.text.split("-")[0])
        if (holder is None or context.referents[holder].kind is not Kind.PERSON or party is None
                or not (letter.text in parties or letter.text[1:2] == "-" or doc[token.i + 2].text == "-")
                or ")" not in {t.text for t in doc[token.i + 2:token.i + 6]}):
            continue
        found.append(FoundRole(holder, context.knowledge.titles["member"], "member", letter,
                               context.body_referent(party), "role:party_letter"))
    return found


def caucuses(context: ArticleContext) -> list[FoundRole]:
    """'House Republicans', 'Senate Democrats' (graphbuild.extract.entities._caucuses): a party's members in a
    legislature are members of the party and of the legislature, once for each such group, where it is first named."""
    knowledge, doc = context.knowledge, context.doc
    bodies = knowledge.words.get("caucus_body", frozenset())
    found, seen = [], set()
    for token in tokens_of(doc):
        key = context.token_ref.get(token.i)
        if (key is None or key in seen or context.referents[key].kind is not Kind.GROUP or token.i == 0
                or knowledge.entity_uses.get(token.text) != "party" or context.token_ref.get(token.i - 1) != key
                or doc[token.i - 1].text not in bodies):
            continue    # not 'Social Democrats', a party's name
        seen.add(key)
        body = context.referents[key].name.rpartition(" ")[0]      # named without its country: 'Senate Democrats'
        for name in (knowledge.canonical_names.get(token.text, token.text), knowledge.canonical_names.get(body, body)):
            found.append(FoundRole(key, _MEMBER, "member", token, context.body_referent(name), "role:caucus"))
    return found


def _most_named(keys: set[str], context: ArticleContext) -> str | None:
    """The one of ``keys`` the article names more often than any other, if one is."""
    counts = sorted(((len(context.mentioned.get(k, ())), k) for k in keys), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


def _sole_holders(found: list[FoundRole], offices: Container[str], home: str,
                  excluded: Container[str] = ()) -> tuple[set[tuple[str, str]], dict[str, set[str]]]:
    """The (title, holder) pairs of ``offices`` written with no organisation that ``home``'s office can be:
    the title's one present holder (none of ``excluded``), when the article gives ``home``'s office of that
    title to no one; and every title's present holders without an organisation."""
    held = {r.title.title for r in found if r.organization == home and r.current}
    candidates: dict[str, set[str]] = defaultdict(set)
    for r in found:
        if r.organization is None and r.title.title in offices and r.holder not in excluded and r.current:
            candidates[r.title.title].add(r.holder)
    given = {(title, next(iter(holders))) for title, holders in candidates.items()
             if len(holders) == 1 and title not in held}
    return given, candidates


def predecessors(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'Trump's predecessor Barack Obama', 'his predecessors, Clinton, Bush and Obama': a predecessor
    (category `predecessor` in ontology/titles.tsv) held the office of the person named as its owner,
    and no longer holds it; not an office towards that person. Without that person's office in the
    article, the title stays and gives no relation."""
    offices: dict[str, FoundRole] = {}
    for role in found:
        if (role.organization and role.current and role.title.category != _PREDECESSOR
                and role.title.relation in {"leaderOf", "officialOf"}):
            offices.setdefault(role.holder, role)
    result = []
    for role in found:
        if role.title.category != _PREDECESSOR or role.organization is None:
            result.append(role)
            continue
        office = offices.get(role.organization)
        if office is not None and office.organization == role.holder:
            office = None       # 'his chief of staff' under the predecessor: an office towards him, not his
        if context.referents[role.organization].kind is not Kind.PERSON or office is None:
            result.append(replace(role, organization=None))
            continue
        result.append(FoundRole(role.holder, office.title, f"former {office.text}", role.token, office.organization,
                                "role:predecessor"))
    return result


def successions(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """'her predecessor, John Kelly', 'Trump's predecessor Barack Obama': the person the predecessor is
    named for succeeds them (gb:succeeds), whether or not the article names the office. A plural
    ('his predecessors, A, B and C') lists all who held it before, not the one succeeded."""
    return [FoundRole(role.organization, _SUCCESSION, role.text, role.token, role.holder, "role:succession")
            for role in found
            if role.title.category == _PREDECESSOR and role.organization not in {None, role.holder}
            and role.token.tag_ == "NN" and context.referents[role.organization].kind is Kind.PERSON]


def _from_token(token: Token, context: ArticleContext) -> list[FoundRole]:
    """Roles written around a person's name: titles before it, appositions beside it."""
    holder = context.token_ref.get(token.i)
    if holder is None or context.referents[holder].kind is not Kind.PERSON:
        return []
    if token.head.i != token.i and context.token_ref.get(token.head.i) == holder:
        return []   # only the mention's root token (which may be the sentence's root: its head is itself)
    return list(_around_name(token, holder, context))


def _from_predicate(token: Token, context: ArticleContext) -> list[FoundRole]:
    """'She worked as Dayton's chief of staff', 'Smith is the president of the union',
    'was appointed as senator': a title that completes a role verb belongs to its subject, or to its
    object when it names someone to it ('nominated Powell as Fed chair')."""
    if token.dep_ in {"attr", "oprd"}:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head
        if token.head.dep_ == "conj" and verb.lower_ == "as":
            verb = verb.head        # 'served as chairman ..., and as adviser to X'
    else:
        return []
    departures = context.knowledge.words.get("departure", ())     # 'resigned as', 'stepped down as'
    departed = verb.lemma_.lower() in departures or f"{verb.lemma_.lower()} {particle(verb)}" in departures
    tenure = (verb.pos_ == "NOUN" and verb.lemma_.lower() in context.knowledge.words.get("tenure", ())
              and token.dep_ == "pobj")     # 'during his tenure as director of the FBI': the possessor's
    # 'Powell oversaw policy on debt markets as an undersecretary of the Treasury': one acts in a post one holds
    # (not 'praised Smith as a leader', 'was hailed as a leader': the object's, a description)
    acting = (verb.pos_ == "VERB" and token.dep_ == "pobj" and not any(
        c.dep_ in {"nsubjpass", "auxpass", "dative", "oprd"} or (c.dep_ == "dobj" and _names_someone(c, context))
        for c in verb.children))
    role_verb = verb.lemma_.lower() in context.knowledge.words.get("role_verb", ()) or departed or tenure
    if not role_verb and not acting:
        return []
    subject = next((c for c in verb.children if c.dep_ in ({"poss"} if tenure else {"nsubj", "nsubjpass"})), None)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if subject is None and infinitive and verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in (
            context.knowledge.words.get("nominating", ())):
        # 'will nominate X to serve as head of the agency': the one nominated
        subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subject is None and verb.dep_ == "advcl" and infinitive:
        # 'X left the ministry to become Y's chief of staff': the one who left (not 'wants to be president')
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    named = next((c for c in verb.children if c.i < token.i and (
        c.dep_ == "dobj" or c.dep_ == "oprd" and c.i in context.token_ref)), None)    # parsed 'named X as Y' too
    if named is not None and role_verb and verb.lemma_.lower() not in context.knowledge.words.get("succession", ()):
        subject = named      # 'Trump nominated Powell as Fed chair', 'named Smith as director': the one named
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        # 'Amy Roe, who became the state's first senator'; a name only, not a description to resolve, or the
        # name an apposition describes ('X, a Republican operative who served as Y's campaign manager')
        subject = (verb.head if verb.head.i in context.token_ref
                   else _person_above(verb.head, context) if verb.head.dep_ == "appos" else None)
    holder = context.refer(subject, actors_only=True) if subject is not None else None
    if holder is None or context.referents[holder].kind is not Kind.PERSON or context.token_ref.get(token.i) == holder:
        return []
    words = _clauseless(token, holder, context)
    hung = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}
                 and c.i == token.right_edge.i + 1), None)
    if hung is not None:    # 'served as an adviser to Senator X', the parser hanging 'to X' on the verb
        words += _without_others_titles(list(hung.subtree), context)
    role = _match(words, holder, context, rule="role:predicate", head=token)
    if role is None:
        return []
    if verb.lemma_.lower() in context.knowledge.words.get("succession", ()):
        return _succession(verb, subject, role, context)
    if departed and role.current:       # 'stepped down as head of the department': held it until then
        return [replace(role, text=f"former {role.text}")]
    return [role]


def _names_someone(token: Token, context: ArticleContext) -> bool:
    """Is the word a pronoun or a name of an actor other than a place (read without resolving anything)?"""
    key = context.token_ref.get(token.i)
    return token.pos_ == "PRON" or (key is not None and context.referents[key].kind is not Kind.PLACE)


def _seated_on(token: Token, context: ArticleContext) -> list[FoundRole]:
    """'X, who is on the Senate Intelligence Committee': whoever is on a committee, panel, board or court the
    article names (`seated_verb` and `seated_body` in ontology/cues.tsv) is a member of it; not 'was on the
    ballot', 'is on Twitter'. ('serves on', 'sits on' are lexicon cues.)"""
    if token.dep_ != "pobj" or token.i not in context.token_ref:
        return []
    words = context.knowledge.words
    prep = token.head
    if prep.lower_ != "on" or prep.dep_ != "prep":
        return []
    verb = prep.head
    body = context.referents[context.token_ref[token.i]]
    if (verb.lemma_.lower() not in words.get("seated_verb", ()) or body.kind is not Kind.ORGANIZATION
            or body.name.split()[-1].lower() not in words.get("seated_body", ())):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = _person_above(verb.head, context)   # 'X, a member of the leadership, who is on the committee'
    holder = context.refer(subject, actors_only=True) if subject is not None else None
    if holder is None or context.referents[holder].kind is not Kind.PERSON or any(
            c.dep_ == "neg" or c.lower_ == "longer" for c in verb.children):
        return []       # 'is not on the committee', 'no longer on it'
    return [FoundRole(holder, context.knowledge.titles["member"], "member", token, body.key, "role:seated")]


def _included(token: Token, context: ArticleContext) -> list[FoundRole]:
    """'Republicans, including Senator X and Y, ...', 'At least four Democrats will back the bills, including X':
    the people a party's members are said to include are members of it. The party is the word 'including'
    hangs on, or the subject of the clause it hangs on (after a comma: no party includes bills)."""
    holder = context.token_ref.get(token.i)
    if (holder is None or token.dep_ not in {"pobj", "conj"} or context.referents[holder].kind is not Kind.PERSON
            or context.token_ref.get(token.head.i) == holder):
        return []
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "including" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return []
    group = prep.head
    if group.pos_ in {"VERB", "AUX"} or context.token_ref.get(group.i) is None:
        clause = group if group.pos_ in {"VERB", "AUX"} else group.head
        group = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    key = context.token_ref.get(group.i) if group is not None else None
    if key is None or key == holder or context.knowledge.entity_uses.get(group.text) != "party":
        return []
    return [FoundRole(holder, _MEMBER, "member", token, key, "role:included")]


def _fellow(token: Token, context: ArticleContext) -> list[FoundRole]:
    """'Trump's fellow Republicans', 'Trump and fellow Republicans', 'McCain urged fellow Republicans to ...':
    whoever a party's members are called fellows of (the possessor, the name they are joined to, or the
    subject of the verb whose object they are) is one of them."""
    if (token.tag_ not in {"NNPS", "NNS"} or not any(c.dep_ == "amod" and c.lower_ == "fellow" for c in token.children)
            or context.knowledge.entity_uses.get(token.text) != "party"):
        return []
    # a possessor, also as the parser may read it in a list: 'Democrats and Trump's fellow Republicans'
    owner = next((c for c in token.children if c.dep_ == "poss" or (
        c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in {"'s", "’s"} for g in c.children))), None)
    if owner is None and token.dep_ == "conj":
        owner = token.head
    elif owner is None and token.dep_ in {"dobj", "dative"}:
        owner = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    holder = context.refer(owner, actors_only=True) if owner is not None else None
    key = context.token_ref.get(token.i)
    if holder is None or key is None or holder == key or context.referents[holder].kind is not Kind.PERSON:
        return []
    return [FoundRole(holder, _MEMBER, "member", token, key, "role:fellow")]


def _party_described(token: Token, context: ArticleContext) -> list[FoundRole]:
    """'The Texas Republican said', found to be the person just named: that person is one of the party."""
    party = context.token_ref.get(token.i)
    person = context.party_described(token) if party is not None else None
    if (person is None or person == party or context.referents[person].kind is not Kind.PERSON
            or context.referents[party].kind is not Kind.ORGANIZATION):
        return []
    title = context.knowledge.titles.get(token.lower_, _MEMBER)
    return [FoundRole(person, title, token.lower_, token, party, "role:party_described")]


def _person_above(noun: Token, context: ArticleContext) -> Token | None:
    """The person a relative clause is about: its noun, or the name that noun describes ('X, a member of
    the Republican leadership, who ...': X), climbing through 'of' phrases and appositions."""
    for _ in range(5):
        key = context.refer(noun, actors_only=True)
        if key and context.referents[key].kind is Kind.PERSON:
            return noun
        if noun.dep_ not in {"pobj", "prep", "appos"} or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


def _succession(verb: Token, subject: Token, role: FoundRole, context: ArticleContext) -> list[FoundRole]:
    """'Smith succeeded Jones as chairman', 'Jones was replaced as chairman by Smith': Smith holds the
    title, and Jones held it before (a former role, as for a predecessor); no one when unnamed."""
    if subject.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        successor, predecessor = (context.refer(named, actors_only=True) if named is not None else None), role.holder
    else:
        named = next((c for c in verb.children if c.dep_ == "dobj"), None)
        successor, predecessor = role.holder, context.refer(named, actors_only=True) if named is not None else None
    people = {k for k in (successor, predecessor) if k is not None and context.referents[k].kind is Kind.PERSON}
    found = [replace(role, holder=successor)] if successor in people else []
    if predecessor in people and predecessor != successor and role.current:
        found.append(replace(role, holder=predecessor, text=f"former {role.text}", rule="role:predecessor"))
    return found


def _around_name(root: Token, holder: str, context: ArticleContext) -> Iterator[FoundRole]:
    # titles written before the name: compounds and modifiers outside the mention
    modifiers = [t for t in root.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}
                 and context.token_ref.get(t.i) != holder]
    words = _without_others_titles([t for m in modifiers for t in m.subtree if context.token_ref.get(t.i) != holder],
                                   context)
    # the title is the phrase right before the name: not a dateline the parser hung on it
    # ('WASHINGTON (Reuters) - President Donald Trump')
    cut = max((t.i for t in words if t.text in _BREAKS and t.i and t.doc[t.i - 1].whitespace_), default=-1)
    words = _past_word([t for t in words if t.i > cut])
    title = root.head.head      # for a name that is a preposition's object
    if (root.dep_ == "pobj" and root.head.dep_ == "prep" and title.lower_ in context.knowledge.titles
            and title.i not in context.token_ref and title.text[:1].isupper()
            and not any(c.dep_ == "det" for c in title.children)
            and any(c.dep_ == "compound" and context.token_ref.get(c.i) != holder for c in root.children)):
        # 'U.N. Special Envoy for Syria Staffan de Mistura', parsed with the name inside the title's 'for
        # Syria' (not 'an adviser to Angela Merkel')
        words = [t for t in title.subtree if t.i < root.i and context.token_ref.get(t.i) != holder]
    listed = False
    if not words:
        detached = _detached_title(root, holder, context)
        listed = not detached
        words = _without_others_titles(detached or _list_title(root, context), context)
    role = _match(words, holder, context, rule="role:title")
    if role and role.organization is None and not role.title.body:
        role = replace(role, organization=_place_after(root, holder, context))    # 'Governor X of Iowa'
    if role:
        yield role
        body = _chamber(role, words, holder, context)
        if body:
            yield FoundRole(holder, _MEMBER, "member", role.token, body, "role:chamber")
        # a second title before the first: 'panel chairman Senator X' chairs the committee too
        earlier = _match([t for t in words if t.i < role.token.i], holder, context, rule="role:title")
        if earlier and earlier.organization and earlier.organization != role.organization:
            yield earlier
    led = {role.organization} if role else set()
    yield from (p for p in _parties(words, holder, context, rule="role:party", listed=listed) if p.organization not in led)
    # appositions: "X, an adviser to Y"; "his father, Kim Jong Il" is the other way round
    shared = _shared_appositions(root, context)
    for child in [*root.children, *shared]:
        if child.dep_ == "appos" and (_named_after(child, holder, context) or _speaks_next(child, context)):
            continue    # 'X and Trump's son-in-law and adviser, Y': the titles are Y's; '..., a Goldman
            #             spokesman confirmed': a source of its own the parser set beside the last name
        if child.dep_ == "appos":     # not the party of whose the holder is: 'X, the Republican senator's neighbor'
            yield from _parties([t for t in _clauseless(child, holder, context)
                                 if not any(a.dep_ == "poss" for a in _ancestors_below(t, child))],
                                holder, context, rule="role:party", listed=child in shared)
        if child.dep_ == "appos" and child.i not in context.token_ref:
            owner = _owner_beside(child, holder, context)
            for words, head in _conjoined(child, _clauseless(child, holder, context), context):
                role = _match([*owner, *words], holder, context, rule="role:appos", head=head)
                if role:
                    yield role
    first = root     # 'his predecessors, Bill Clinton, George W. Bush and Barack Obama': each of the list
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    described = None
    if first.dep_ == "appos" and first.head.i not in context.token_ref and (
            first is root or first.head.tag_ in {"NNS", "NNPS"}):
        for words, head in _conjoined(first.head, _without_others_titles(_clauseless(first.head, holder, context),
                                                                         context), context):
            role = _match(words, holder, context, rule="role:appos", head=head, stop=first.left_edge.i)
            if role:
                described = described or role
                yield role
    if first is root and first.dep_ == "appos" and first.head.i < first.i:
        # 'The ranking Democrat on the committee, Senator X': the party, and the seat on the committee (not
        # the party of one who leads it: 'Senate Democratic leader X'); beside another name the parser set X
        # by, only the words after that name ('Senate Republican leader Y and Senate Democratic leader X')
        named = context.token_ref.get(first.head.i)
        after = first.head.i if named and context.referents[named].kind is Kind.PERSON else -1
        led |= {described.organization} if described else set()
        yield from (p for p in _parties([t for t in _clauseless(first.head, holder, context)
                                         if after < t.i < first.left_edge.i],
                                        holder, context, rule="role:party") if p.organization not in led)


def _shared_appositions(root: Token, context: ArticleContext) -> list[Token]:
    """A plural apposition after names joined with 'and', which the parser hangs on the first name, describes
    each of them: 'Representatives X and Y, the senior Democrats on the committee' (not 'X and Y, a lawyer')."""
    def person(token: Token) -> bool:
        key = context.token_ref.get(token.i)
        return key is not None and context.referents[key].kind is Kind.PERSON

    first = root    # 'X, Y and Z' may be parsed with Y an apposition of X
    while first.head.i != first.i and (first.dep_ == "conj" or first.dep_ == "appos" and person(first)
                                       and person(first.head)):
        first = first.head
    if first is root:
        return []
    return [c for c in first.children if c.dep_ == "appos" and c.i > root.i and c.tag_ in {"NNS", "NNPS"}]


def _without_others_titles(words: list[Token], context: ArticleContext) -> list[Token]:
    """The words without another person's own title, which is theirs: 'if President Donald Trump fires
    Mueller', parsed with 'fires' as Mueller's modifier, gives Mueller no title; 'President Trump's adviser X'
    gives X only the adviser's (the person's name stays, as whose the title may be)."""
    theirs = {t.i for w in words if w.i in context.token_ref and context.referents[context.token_ref[w.i]].kind is Kind.PERSON
              for t in w.subtree if t.i not in context.token_ref}
    return [t for t in words if t.i not in theirs]


def _conjoined(head: Token, words: list[Token], context: ArticleContext) -> list[tuple[list[Token], Token]]:
    """The words of each title joined with 'and' in a phrase, with its head: 'Trump's senior adviser and
    son-in-law' gives 'Trump's senior adviser' and 'Trump's son-in-law' (the possessor is both titles'),
    where the longest title alone would be the only one."""
    joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i not in context.token_ref]
    if not joined:
        return [(words, head)]
    parts = {c.i: {t.i for t in c.subtree} for c in joined}
    apart = set().union(*parts.values()) | {c.i for c in head.children if c.dep_ == "cc"}
    shared = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    # an 'of' phrase after the last title, which the parser may hang on the first, is the last one's too
    # ('budget chief and acting director of the bureau')
    after = {t.i for c in head.children if c.dep_ == "prep" and c.i > joined[-1].i for t in c.subtree}
    return [([t for t in words if t.i not in apart], head),
            *(([t for t in words if t.i in shared or t.i in parts[c.i] or (c is joined[-1] and t.i in after)], c)
              for c in joined)]


def _speaks_next(title: Token, context: ArticleContext) -> bool:
    """Whether the phrase ``title`` heads is a trailing source the parser set beside the name before it: an
    indefinite description right before a speech verb, after a clause ('will visit China at the same time as
    President X, a Goldman spokesman confirmed'), not 'X, a former governor, tweeted'."""
    doc, after = title.doc, title.right_edge.i + 1
    name = title.head
    return (after < len(doc) and doc[after].pos_ == "VERB" and doc[after].lemma_.lower() in context.knowledge.speech_verbs
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in title.children)
            and any(t.pos_ in {"VERB", "AUX"} for t in doc[name.sent.start:name.left_edge.i]))


def _named_after(title: Token, holder: str, context: ArticleContext) -> bool:
    """Whether a person other than ``holder`` is set off after the title phrase ``title`` heads, or after a
    title joined to it, after a comma: 'the adviser, Y' names the adviser Y (not 'the CEO of Massey Energy'
    with the company read as a person's name); so does a name the parser joined to the title after a comma ('X
    Jr., his son-in-law and close aide, Y, and ...', with Y read as one more of the list)."""
    for noun in (title, *(c for c in title.children if c.dep_ == "conj")):
        for child in noun.children:
            key = context.token_ref.get(child.i)
            if (child.dep_ in {"appos", "conj"} and child.i > noun.i and key is not None and key != holder
                    and context.referents[key].kind is Kind.PERSON and title.doc[child.left_edge.i - 1].text == ","):
                return True
    return False


def _list_title(root: Token, context: ArticleContext) -> list[Token]:
    """'Governors Kim Reynolds of Iowa, Rick Snyder of Michigan and ...', 'Senate Republicans X, Y and Z': the
    plural title or party word before the first name of a list of people, with the words before it, for each
    name after it (reached through the list's commas, 'and' and 'of' phrases only)."""
    token = root
    for _ in range(6):
        if token.dep_ not in {"appos", "conj", "pobj", "prep"} or token.head.i == token.i:
            return []
        token = token.head
        if token.i in context.token_ref and context.referents[context.token_ref[token.i]].kind is Kind.PERSON:
            plural = [t for t in token.lefts if t.dep_ == "compound" and t.lower_.endswith("s") and (
                      (t.lower_[:-1] in context.knowledge.titles and t.i not in context.token_ref)
                      or context.knowledge.entity_uses.get(t.text) == "party")]     # 'Senate Republicans X and Y'
            if plural:     # with the words before it: 'Republican Senators X and Y' are both Republicans
                last = plural[-1].i
                return [t for m in token.lefts if m.i <= last for t in m.subtree if t.i <= last]
    return []


def _place_after(root: Token, holder: str, context: ArticleContext) -> str | None:
    """'Governor Kim Reynolds of Iowa': the place or country named with 'of' right after the name."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == root.i + 1:
            place = next((g for g in prep.children if g.dep_ == "pobj"), None)
            key = context.refer(place, actors_only=False) if place is not None else None
            if key and key != holder and context.referents[key].kind in {Kind.PLACE, Kind.COUNTRY}:
                return key
    return None


def _past(before: list[Token]) -> list[str]:
    """The words of the past in the title's phrase before it: 'former' in 'former U.S. President', not
    'then' in 'then-candidate Smith and Russian President X' (another phrase, after 'and')."""
    past = []
    for token in reversed(before):
        if token.dep_ in {"cc", "conj"} or (token.is_punct and token.text != "-"):
            break
        if token.lower_ in PAST_TITLE:
            past.insert(0, token.lower_)
    return past


def _owner_beside(appos: Token, holder: str, context: ArticleContext) -> list[Token]:
    """'X, Y's son-in-law and senior adviser' read as two appositions of X, 'Y's' and 'son-in-law': the name with
    its 's right before the title's phrase, another apposition of the same name, is the title's possessor."""
    before = next((c for c in appos.head.children if c.dep_ == "appos" and c.i < appos.i
                   and c.right_edge.i + 1 == appos.left_edge.i), None)
    if (before is None or before.pos_ != "PROPN" or context.token_ref.get(before.i) in {None, holder}
            or not any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in before.children)):
        return []
    return _without_others_titles(list(before.subtree), context)     # 'President Trump's': not the holder's title


def _clauseless(head: Token, holder: str, context: ArticleContext) -> list[Token]:
    """The phrase of ``head`` without the clauses set on it, without another person joined to it and
    without the title of another person in it: the title of 'a former diplomat who now teaches at X'
    is of no X, 'Democrat X, the lieutenant governor, and Republican Y, a former party chairman' gives X
    no chairmanship, and 'a former adviser to French President Y' no presidency."""
    def other_person(token: Token) -> bool:
        key = context.token_ref.get(token.i)
        return key is not None and key != holder and context.referents[key].kind is Kind.PERSON

    def their_title(token: Token) -> bool:
        """A word of another person's own title: 'an adviser to French President X' is no president."""
        return any(other_person(a) and context.token_ref.get(token.i) != context.token_ref.get(a.i)
                   for a in _ancestors_below(token.head, head)) if token.i != head.i else False
    return [t for t in head.subtree if not their_title(t) and not any(
        a.dep_ in {"relcl", "acl", "advcl"} or (a.dep_ == "conj" and other_person(a)) for a in _ancestors_below(t, head))]


def _ancestors_below(token: Token, top: Token) -> Iterator[Token]:
    """``token`` and its heads up to, not including, ``top``."""
    while token.i != top.i and token.head.i != token.i:
        yield token
        token = token.head


def _past_word(words: list[Token]) -> list[Token]:
    """The title's words with a word of the past right before them that the parser hung elsewhere
    ('then-U.S. Secretary of State X', 'then' on the verb)."""
    if not words:
        return words
    doc, before = words[0].doc, words[0].i - 1
    skipped = 0
    while before > 0 and skipped < 2 and doc[before].pos_ == "PROPN" and doc[before].lower_ not in PAST_TITLE:
        before, skipped = before - 1, skipped + 1       # 'then U.S. Senator X', with 'U.S.' hung elsewhere
    if before > 0 and doc[before].text == "-" and not doc[before - 1].whitespace_:
        before -= 1
    return [doc[before], *words] if before >= 0 and doc[before].lower_ in PAST_TITLE else words


def _detached_title(root: Token, holder: str, context: ArticleContext) -> list[Token]:
    """'Senate Democratic whip Jane Doe declared', parsed with the title as a word of its own: the
    phrase of a noun right before the name; also a capitalised title word the parser made a name of
    its own ('... and U.S. Trade Representative Robert Lighthizer', with the title joined to the name before)."""
    start = min(t.i for t in root.subtree if context.token_ref.get(t.i) == holder)
    before = root.doc[start - 1] if start > 0 else None
    titled = before is not None and before.pos_ == "PROPN" and before.lower_ in context.knowledge.titles
    if before is None or not (before.pos_ == "NOUN" or titled) or before.i in context.token_ref or before.head.i == root.i:
        return []
    return [t for t in before.subtree if t.i < start and context.token_ref.get(t.i) != holder]


_MEMBER = Title("member", "memberOf", "member")


def _chamber(role: FoundRole, words: list[Token], holder: str, context: ArticleContext) -> str | None:
    """'Senate Republican leader Jane Doe' leads her party's group in the Senate, of which she is a
    member: the organisation modifying a party office held in a party."""
    if (role.organization is None or role.title.title not in context.knowledge.words.get("party_office", ())
            or context.knowledge.entity_uses.get(context.referents[role.organization].name) != "party"):
        return None
    for token in words:
        key = context.token_ref.get(token.i)
        if (key and key not in {holder, role.organization} and context.referents[key].kind is Kind.ORGANIZATION
                and context.knowledge.entity_uses.get(token.text) != "party"):
            return key
    return None


def _parties(tokens: list[Token], holder: str, context: ArticleContext, *, rule: str,
             listed: bool = False) -> Iterator[FoundRole]:
    """'Democratic Lieutenant Governor Tina Smith', 'Al Franken, also a Democrat': a member of the party; with
    ``listed``, the words before a list's first name, which are each name's ('Senate Republicans X, Y and Z')."""
    for token in tokens:
        key = context.token_ref.get(token.i)
        if key and key != holder and context.knowledge.entity_uses.get(token.text) == "party" \
                and not _names_a_body(token, key, context):
            other = context.token_ref.get(token.head.i)
            if other and other != holder and context.referents[other].kind is Kind.PERSON and not listed:
                continue    # 'against Democrat Doug Jones' in an apposition on another person
            yield FoundRole(holder, _MEMBER, token.lower_, token, key, rule)
            # 'the ranking Republican on the Senate Finance Committee', 'the panel's top Republican' (the committee
            # named before) also sits on the committee
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in {"on", "in"}:
                    body = next((context.token_ref.get(o.i) or context.refer(o, actors_only=True)
                                 for o in child.children if o.dep_ == "pobj"), None)
                elif child.dep_ == "poss" and child.pos_ == "NOUN":
                    body = context.refer(child, actors_only=True)
                else:
                    continue
                if body and body != key and context.referents[body].kind is Kind.ORGANIZATION:
                    yield FoundRole(holder, _MEMBER, "member", token, body, "role:party_seat")
            return


def _names_a_body(word: Token, key: str, context: ArticleContext) -> bool:
    """Is a party's word part of the name of another body, which the name's last word tells: 'the Republican
    Study Committee', 'the Republican National Committee' (not 'the Alabama Republican Party', 'Social
    Democrats')?"""
    end = word.i
    while context.token_ref.get(end + 1) == key:
        end += 1
    return end > word.i and word.doc[end].lower_ != "party"


def seats_in_own_chamber(found: list[FoundRole], context: ArticleContext) -> list[FoundRole]:
    """No seat on a committee of a chamber the holder does not sit in ('Senator X, the ranking Republican on the
    panel', with 'the panel' read as the House Intelligence Committee named before). Chambers are the bodies
    of ontology/titles.tsv, known by their first word; run once all titles are known."""
    titles = context.knowledge.titles
    chambers = {t.body.split()[0] for t in titles.values() if t.body}

    def other(role: FoundRole) -> bool:
        held = {titles[t.split()[-1]].body.split()[0] for t in context.referents[role.holder].titles
                if t and t.split()[-1] in titles and titles[t.split()[-1]].body}
        first = context.referents[role.organization].name.split()[0]
        return bool(held) and first in chambers and first not in held

    return [r for r in found if r.rule != "role:party_seat" or not other(r)]


def _match(tokens: list[Token], holder: str, context: ArticleContext, *, rule: str,
           head: Token | None = None, stop: int | None = None) -> FoundRole | None:
    """The longest title among the tokens, and the organisation it is of, if any."""
    tokens = [t for t in tokens if stop is None or t.i < stop]
    if not tokens:
        return None
    # a plural head names the title of each of the people listed beside it ('his predecessors, X and Y')
    # and so does a plural title right before a name that starts a list ('Governors X of Iowa, Y of ...')
    titles = context.knowledge.titles
    lowered = [t.lemma_.lower() if head is not None and t.i == head.i and t.tag_ in {"NNS", "NNPS"}
               else t.lower_[:-1] if (t.dep_ == "compound" and t.head.i in context.token_ref
                                      and t.lower_.endswith("s") and t.lower_[:-1] in titles)
               else t.lower_ for t in tokens]
    # a word joined by hyphens is one word: 'son-in-law', which the tokenizer splits, is no 'son'
    glue = ["" if k and (tokens[k].text == "-" or tokens[k - 1].text == "-") and not tokens[k - 1].whitespace_
            else " " for k in range(len(tokens))]

    def joined(start: int, end: int) -> str:
        return lowered[start] + "".join(glue[k] + lowered[k] for k in range(start + 1, end))

    best: tuple[int, int] | None = None
    for start in range(len(tokens)):
        for end in range(len(tokens), start, -1):
            phrase = joined(start, end)
            if phrase not in titles:
                continue
            if all(t.i in context.token_ref for t in tokens[start:end]):
                break   # a name ('Republican' of the party), not a title
            first = tokens[start]
            if (first.dep_ == "pobj" and first.head.lower_ in {"to", "for"} and first.i not in context.token_ref
                    and (head is None or first.i != head.i)):
                break   # whom the holder serves ('Special Assistant to the President'), not the holder's title
            if first.dep_ == "pobj" and first.head.lower_ == "of" and first.i not in context.token_ref \
                    and _person_of(first.head.head, context):
                break   # whom the holder is tied to ('a critic of the president', 'the wife of the governor')
            if tokens[end - 1].dep_ == "poss" and (head is None or tokens[end - 1].i != head.i):
                break   # whose the holder is ('X, the Republican senator's neighbor'), not the holder's title
            last = tokens[end - 1]
            if (last.dep_ in {"amod", "compound"} and last.head.pos_ == "NOUN" and last.head.i > last.i
                    and last.head.i not in context.token_ref and any(t.i == last.head.i for t in tokens)):
                continue    # a word that modifies another noun, 'chief technologist', is no title of its own
            # the longest; of two as long, the later: 'the Republican chairman' is a chairman
            if best is None or end - start >= best[1] - best[0]:
                best = (start, end)
            break
    if best is None:
        return None
    start, end = best
    title = titles[joined(start, end)]
    words, narrowed = context.knowledge.words, False
    if start and title.relation == "leaderOf":
        # 'deputy director' is an official, not the leader; so is a 'White House communications director',
        # who leads a part ('party leader' and 'committee chairman' name the body led: body_word)
        deputy = lowered[start - 1] in words.get("deputy", ())
        narrowed = not deputy and _narrowing(tokens[start - 1], context)
        body = tokens[start - 1].lemma_.lower()
        # a committee or panel the article does not name narrows too ('House tax panel chairman')
        if deputy or (narrowed and (body not in words.get("body_word", ()) or (
                body in words.get("seated_body", ()) and context.organisation_named(tokens[start - 1]) is None))):
            start -= 1
            title = replace(title, title=f"{lowered[start]} {title.title}", relation="officialOf")
    elif start and lowered[start - 1] in words.get("deputy", ()):
        start -= 1      # 'Deputy Attorney General X' is no attorney general, though an official too
        title = replace(title, title=f"{lowered[start]} {title.title}")
    title_head = tokens[end - 1] if head is None else head
    if title_head.pos_ == "PROPN" and tokens[start].i in context.token_ref:
        return None   # the "title" is part of another name
    text = " ".join([*_past(tokens[:start]), joined(start, end)])
    organization = _organization(tokens, holder, title, context, exclude=set(range(tokens[start].i, tokens[end - 1].i + 1)))
    if narrowed and organization and context.referents[organization].kind in {Kind.COUNTRY, Kind.PLACE}:
        organization = None     # 'Russian opposition leader', 'Syrian rebel leader': no office of the country
    organization = _persons_body(title, organization, context)
    if organization and title.relation == "leaderOf" and context.referents[organization].kind is Kind.PERSON:
        title = replace(title, relation="officialOf")   # 'digital director for X' leads no person: X's official
    if organization:
        title = staffed(title, context.referents[organization].kind, context)
    return FoundRole(holder, title, text, tokens[start], organization, rule)


def _person_of(noun: Token, context: ArticleContext) -> bool:
    """A noun for a person by a tie to another: a tie noun ('critic', 'ally'; holder:of in ontology/lexicon.tsv),
    a title ('wife', 'aide') or a `person_noun` of ontology/cues.tsv."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in context.knowledge.tie_nouns or lemma in context.knowledge.titles
                                    or lemma in context.knowledge.words.get("person_noun", ()))


def staffed(title: Title, kind: Kind, context: ArticleContext) -> Title:
    """A staff title (`staff_title` in ontology/cues.tsv) is a member's of an organisation ('FBI lawyer X'
    works there) and an official's of a country ('the U.S. attorney'), an adviser's only of a person
    ('Trump's lawyer'); a board title (`board_title`) leads a place but is a member's of an organisation
    ('Minnesota Governor X', 'Fed Governor X')."""
    words = context.knowledge.words
    if title.title in words.get("board_title", ()) and kind is Kind.ORGANIZATION:
        return replace(title, relation="memberOf")      # 'Fed Governor X' sits on the board, leads no Fed
    if title.title not in words.get("staff_title", ()):
        return title
    if kind is Kind.ORGANIZATION:
        return replace(title, relation="memberOf")
    return replace(title, relation="officialOf") if kind is Kind.COUNTRY else title


def described(title: Title, noun: Token, context: ArticleContext) -> Title:
    """A description's leader title narrowed as a name's is (_match): 'the Pentagon's acquisition chief', 'the
    deputy director' hold an office, lead no Pentagon; 'the party leader' leads the party (`body_word`)."""
    modifier = noun.doc[noun.i - 1] if noun.i else None
    if (title.relation != "leaderOf" or modifier is None or modifier.head.i != noun.i
            or modifier.dep_ not in {"compound", "amod"}):
        return title
    words = context.knowledge.words
    if modifier.lower_ in words.get("deputy", ()) or (
            _narrowing(modifier, context) and modifier.lemma_.lower() not in words.get("body_word", ())):
        return replace(title, title=f"{modifier.lower_} {title.title}", relation="officialOf")
    return title


def _narrowing(modifier: Token, context: ArticleContext) -> bool:
    """Is the word before a leader's title a common noun that narrows what is led ('communications
    director', 'campaign chairman', 'opposition leader', 'party leader')?"""
    return modifier.tag_ in {"NN", "NNS"} and modifier.i not in context.token_ref and modifier.text.islower()


def _seat(referent: Draft, context: ArticleContext) -> bool:
    """Is a place a building news names a government by (`seat` in ontology/places.tsv: 'the Kremlin')?"""
    found = context.knowledge.place(referent.name) if referent.kind is Kind.PLACE else None
    return found is not None and found[1] == "seat"


def _body_named_after(country: Token, context: ArticleContext) -> str | None:
    """'minister of Taiwan's China policy-making Mainland Affairs Council', parsed with 'China' as the
    object of 'of': an organisation named further on in the same phrase (before a comma, preposition
    or verb) is what the role is of."""
    doc = context.doc
    for token in doc[country.i + 1:min(country.i + 8, len(doc))]:
        if (token.is_punct and token.text != "-") or token.pos_ in {"ADP", "CCONJ", "AUX"} or token.tag_ in {
                "VBD", "VBZ", "VBP"}:
            return None
        key = context.token_ref.get(token.i)
        if key is not None and context.referents[key].kind is Kind.ORGANIZATION:
            return key
    return None


def _city(token: Token, context: ArticleContext) -> str | None:
    """The place a name stands for, never its country: 'mayor of Madrid' governs Madrid."""
    key = context.token_ref.get(token.i)
    return key if key is not None and context.referents[key].kind is Kind.PLACE else None


def _organization(tokens: list[Token], holder: str, title: Title, context: ArticleContext, *,
                  exclude: set[int]) -> str | None:
    """What the role is of: a prepositional object, or a name or demonym modifying the title.
    'U.N. envoy for Yemen' is an envoy of the U.N.: a country after 'for' is the remit when an
    organisation modifies the title."""
    first = min(exclude) if exclude else 0
    # a time or an age after the title ('a prosecuting attorney in his 30s') is no one's office
    exclude = exclude | {t.i for p in tokens if p.dep_ == "prep" and p.i > first for g in p.children
                         if g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in g.subtree}
    if title.category == _PREDECESSOR:      # 'his White House predecessors': his, whatever the office
        owners = [context.refer(t, actors_only=True) for t in tokens if t.dep_ == "poss" and t.i < first]
        if owners and owners[-1] and owners[-1] != holder:
            return owners[-1]
    if title.title.split()[-1] in context.knowledge.words.get("posted", ()):
        # where the holder is posted ('ambassador to Germany'), not whom the post serves
        exclude = exclude | {t.i for p in tokens if p.dep_ == "prep" and p.lower_ in {"to", "for"} and p.i > first
                             for t in p.subtree}
        sender = _sending_country(tokens, holder, first, exclude, context)
        if sender is not None:
            return sender
    named_body = any(context.referents[context.token_ref[t.i]].kind is Kind.ORGANIZATION
                     for t in tokens if t.i < first and t.i in context.token_ref and context.token_ref[t.i] != holder)
    # a city's office ('mayor of Madrid', 'Madrid Mayor X': `local_title` in ontology/cues.tsv) is the
    # city's, though a capital elsewhere acts for its country
    local = title.title.split()[-1] in context.knowledge.words.get("local_title", ())
    bench = title.title.split()[-1] in context.knowledge.words.get("bench_title", ())
    # 'the top U.S. general in Afghanistan' serves the country named before the title, posted in the other
    home = {context.referents[context.token_ref[t.i]].country for t in tokens if t.i < first
            and t.i in context.token_ref and context.token_ref[t.i] != holder} - {None}
    for token in tokens:   # 'leader of X'; the 'of' of 'House of Commons Labour leader' is the name's
        if token.dep_ == "prep" and token.lower_ in _ROLE_PREPS and token.i not in exclude and token.i > first:
            for obj in token.children:
                if obj.dep_ == "pobj":
                    key = (_city(obj, context) if local else None) or context.refer(obj, actors_only=True)
                    if (key and token.lower_ == "in" and len(home) == 1 and context.referents[key].kind is Kind.COUNTRY
                            and context.referents[key].country not in home):
                        continue
                    if key and named_body and token.lower_ == "for" and context.referents[key].kind in {
                            Kind.COUNTRY, Kind.PLACE}:
                        continue
                    if key and context.referents[key].kind is Kind.COUNTRY:
                        key = _body_named_after(obj, context) or key
                    if key and key != holder:
                        return key
    personal = (title.relation in context.knowledge.words.get("personal_role", ())
                or title.category == _PREDECESSOR)      # 'his predecessor': the office of the one he names
    # 'a New York lawyer', 'a British adviser': where a person works is no client ('South Korea's
    # national security adviser' advises the country that owns the office)
    party_offices = context.knowledge.words.get("party_office", ())
    # the modifier nearest the title first: 'House Democratic leader' leads the Democrats
    # 'head of the Senate tax-writing committee': a name inside a common noun after a leader's title
    # names a body the unnamed part belongs to, not what the holder leads (a part's official or
    # member, 'counsel on a Senate Judiciary Committee subcommittee', is one of the whole)
    exclude = exclude | {t.i for p in tokens if title.relation == "leaderOf" and p.dep_ == "prep"
                         and p.lower_ in _ROLE_PREPS and p.i > first
                         for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                         and context.refer(g, actors_only=True) is None for t in g.subtree if t.i in context.token_ref}
    # 'the committee's Republican chairman' chairs the committee the article named, 'the Armed Services
    # Committee's Republican chairman' the one it names: a body that owns the title comes before the
    # holder's party (asked only when a party word is met)
    def owned() -> bool:
        return any(t.dep_ == "poss" and t.i not in exclude
                   and (t.pos_ == "NOUN" and t.i not in context.token_ref or t.pos_ == "PROPN")
                   and (key := context.refer(t, actors_only=True)) and key != holder
                   and context.referents[key].kind is Kind.ORGANIZATION for t in tokens if t.i < first)
    seated_bodies = context.knowledge.words.get("seated_body", ())
    for token in sorted(tokens, key=lambda t: (t.i > first, -t.i if t.i < first else t.i)):
        if token.dep_ == "poss" and token.pos_ == "PRON" and token.i not in exclude:
            key = context.refer(token, actors_only=True)
            if key == holder and token.lower_ in PERSON_PRONOUNS:   # 'X served as his chief of staff': not X's own
                key = context.antecedent(token, besides=frozenset({holder}))
            if key and key != holder and personal:
                return key
            led = context.led_by(key) if key and key != holder else None
            if led:
                return led      # 'his Secretary of State' under a president: an office of his country
            if key and key != holder and context.referents[key].kind is Kind.ORGANIZATION:
                return key      # 'the party said its chairwoman, Jane Doe, ...'
            if key and key != holder and title.relation == "officialOf" and context.referents[key].kind is Kind.PERSON:
                return key      # 'served as his chief of staff': an office of his, who leads no country
        if (token.dep_ == "compound" and token.pos_ in {"NOUN", "PROPN"} and token.i == first - 1
                and token.i not in exclude and token.i not in context.token_ref
                and token.lemma_.lower() in seated_bodies):
            # 'committee Chairman X', 'Committee Chairman X': the committee the article named
            key = context.organisation_named(token)
            if key and key != holder:
                return key
        if token.dep_ == "poss" and token.pos_ == "NOUN" and token.i not in exclude and token.i not in context.token_ref:
            key = context.refer(token, actors_only=True)     # 'the agency's deputy director': the agency named before
            if key and key != holder and (context.referents[key].kind is Kind.ORGANIZATION or (
                    personal and context.referents[key].kind is Kind.PERSON)):
                return key      # 'the president's son-in-law': the president the article has named
        if token.i in exclude or token.i not in context.token_ref:
            continue
        key = context.token_ref[token.i]
        referent = context.referents[key]
        if key == holder:
            continue
        if context.knowledge.entity_uses.get(token.text) == "party" and (title.title not in party_offices or owned()):
            continue   # 'Democratic Governor Jane Doe' governs no party; 'Democratic leader' leads it
        if personal and (referent.kind is Kind.PLACE or (referent.country and token.dep_ != "poss")) \
                and not _seat(referent, context):
            continue    # 'a Moscow lawyer' is no lawyer of Russia's; 'Kremlin spokesman X' speaks for it
        if referent.country and not (local and referent.kind is Kind.PLACE):
            if title.relation == "memberOf" or bench:   # one is a member of a body, not of a country; a judge
                continue                                # sits on a court in it ('U.S. District Judge X')
            return context.country_referent(referent.country)
        if referent.kind is Kind.PERSON and not (personal or token.dep_ == "poss"):
            return None     # 'EPA Administrator Scott Pruitt and Treasury Secretary Steve Mnuchin': no office of Pruitt's
        if referent.kind in {Kind.ORGANIZATION, Kind.PERSON}:
            return key
        if referent.kind is Kind.PLACE and title.relation != "memberOf":
            return key      # 'Ohio Governor Jane Doe' governs a state, a member belongs to a body
    before = [t for t in tokens if t.i < first]
    if title.relation != "memberOf":
        # 'Speaker Paul Ryan' in a Washington story leads the House; elsewhere no guess
        return _implied_body(title, before, context) if title.body and context.dateline == title.body_country else None
    if title.body_country and any(context.referents[key].country == title.body_country
                                  for t in before if (key := context.token_ref.get(t.i))):
        return _implied_body(title, before, context)    # 'U.S. Senator X' after 'the Maine Senate': the U.S. one
    return _body_named_by(title, context) or _implied_body(title, before, context)


def _persons_body(title: Title, organization: str | None, context: ArticleContext) -> str | None:
    """'campaign manager for Donald Trump', 'Trump's former campaign chairman': a title that names a person's
    body (`person_body` in ontology/cues.tsv) held of a person is held in that person's body ('Trump campaign');
    it is no office of a country or place ('while he was a campaign adviser' in a Washington story)."""
    body = title.title.split()[0]
    if organization is None or body not in context.knowledge.words.get("person_body", ()):
        return organization
    kind = context.referents[organization].kind
    if kind in {Kind.COUNTRY, Kind.PLACE}:
        return None
    return context.person_body(organization, body) if kind is Kind.PERSON else organization


def _sending_country(tokens: list[Token], holder: str, first: int, exclude: set[int],
                     context: ArticleContext) -> str | None:
    """'Russian U.N. Ambassador X': a country named before a posted title sends its holder; the
    organisation beside it is where they are posted."""
    named = [context.referents[context.token_ref[t.i]] for t in tokens if t.i < first and t.i not in exclude
             and t.i in context.token_ref and context.token_ref[t.i] != holder]
    bodies = [r for r in named if r.kind is Kind.ORGANIZATION and not r.country]
    sent = {r.country for r in named if r.country and r.kind is not Kind.PLACE}
    return context.country_referent(sent.pop()) if bodies and len(sent) == 1 else None


def _implied_body(title: Title, before: list[Token], context: ArticleContext) -> str | None:
    """'Senator Jane Doe', 'U.S. Representative John Roe' with no Senate or House named: the body the
    title names (`body` in ontology/titles.tsv); not a state's ('state Senator') or another country's."""
    if not title.body or any(t.lower_ == "state" for t in before):
        return None
    for token in before:
        key = context.token_ref.get(token.i)
        country = context.referents[key].country if key else None
        if country and country != title.body_country:
            return None
    return context.body_referent(title.body)


def _body_named_by(title: Title, context: ArticleContext) -> str | None:
    """'Senator Jane Doe' is a member of the Senate, 'an assemblyman' of the Assembly: the one
    organisation the article names with the word the title is made from."""
    if " " in title.title or len(title.title) < 6:
        return None
    stem = title.title[:5]
    bodies = {key for head, keys in context.organisations.items() if head[:5] == stem for key in keys}
    return bodies.pop() if len(bodies) == 1 else None
