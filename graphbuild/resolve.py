"""Referents of many articles -> one Entity per real-world thing across the build.

Rules, in order:
- countries match by ISO code (U.S., US and United States are one country);
- topics match by label;
- people and organisations match by their folded full name (Kim Jong Un = Kim Jong-un), or when
  one's names include the other's full name; kinds are voted across articles;
- a person known in an article only by one word (Clinton) joins the one person of the build whose
  full name starts or ends with it, and stays separate when there are several (Bill and Hillary);
- a body's name with its noun first or last (Department of the Interior, Interior Department), or with a
  one-word name spelled out at its start (House of Representatives Ethics Committee, House Ethics Committee),
  when both are only ever organisations (`of_body` in ontology/cues.tsv; ontology/entities.tsv);
- an organisation's name with company suffixes (Goldman Sachs Group Inc, Boeing Co) and the same name
  without them (Goldman Sachs, Boeing), when both are only ever organisations (`company_suffix` in
  ontology/cues.tsv);
- two full names that differ only in a first name and its familiar form (Jim Mattis, James Mattis; from
  the `nicknames` package's curated English names) are one person, when no third person of the build
  has that surname and the same number of names;
- unnamed people (a senior official) stay per article: two articles' officials are not one person.

Then ``complete_roles`` gives a title an article writes without an owner ('President Bashar al-Assad')
the owner other articles give it ('Syrian President Bashar al-Assad').

Entity ids are readable ASCII slugs of the canonical name, made unique deterministically.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from graphbuild.model import KIND_PRIORITY, Entity, Extraction, Kind, Polarity, Referent, Relation, Resolution
from graphbuild.names import name_key, slug

_NAME_CLASS = {Kind.PERSON: "agent", Kind.ORGANIZATION: "agent", Kind.PLACE: "place", Kind.GROUP: "group"}


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """One entity per real-world referent across all articles."""
    members: dict[str, list[tuple[str, Referent]]] = defaultdict(list)   # match key -> referents
    for extraction in extractions:
        for referent in extraction.referents:
            members[_match_key(extraction.article.id, referent)].append((extraction.article.id, referent))
    _join_given_name_forms(members)
    _join_company_forms(members)
    _join_body_forms(members)
    _join_single_names(members)

    ids: dict[str, str] = {}
    entities: list[Entity] = []
    taken: set[str] = set()
    for key in sorted(members, key=lambda k: _sort_key(members[k])):
        group = members[key]
        entity = _entity(group, taken)
        taken.add(entity.id)
        ids[key] = entity.id
        entities.append(entity)

    by_label = {e.name: e.id for e in entities if e.kind is Kind.TOPIC}
    for label in sorted({e.broader for e in entities if e.kind is Kind.TOPIC and e.broader} - set(by_label)):
        topic = _entity([("", Referent(f"topic:{label}", label, Kind.TOPIC, frozenset({label})))], taken)
        taken.add(topic.id)
        by_label[label] = topic.id
        entities.append(topic)
    entities = [_link_broader(e, by_label) for e in entities]
    membership = {(article, referent.key): ids[key] for key, group in members.items() for article, referent in group}
    return Resolution(tuple(sorted(entities, key=lambda e: e.id)), membership)


def _match_key(article_id: str, referent: Referent) -> str:
    if referent.kind is Kind.COUNTRY and referent.country:
        return f"country:{referent.country}"
    if referent.kind is Kind.TOPIC:
        return f"topic:{referent.name}"
    if referent.anonymous:
        return f"anonymous:{article_id}:{name_key(referent.name)}"
    return f"{_NAME_CLASS.get(referent.kind, 'other')}:{name_key(referent.name)}"


def _join_given_name_forms(members: dict[str, list[tuple[str, Referent]]]) -> None:
    """'agent:jim mattis' joins 'agent:james mattis': the same other names, and first names one of which
    is a familiar form of the other; only a pair, never three people of one surname."""
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in members:
        words = key.removeprefix("agent:").split()
        if key.startswith("agent:") and len(words) > 1 and all(r.kind is Kind.PERSON for _, r in members[key]):
            by_rest[tuple(words[1:])].append(key)
    for keys in by_rest.values():
        if len(keys) != 2:
            continue
        first, second = (k.removeprefix("agent:").split()[0] for k in keys)
        if _familiar_forms(first, second):
            members[keys[0]].extend(members.pop(keys[1]))


def _join_company_forms(members: dict[str, list[tuple[str, Referent]]]) -> None:
    """'agent:goldman sachs group inc' joins 'agent:goldman sachs': an organisation named with company
    suffixes is the one named without them, when no person goes by either name."""
    from graphbuild.knowledge import load

    suffixes = {name_key(s) for s in load().words.get("company_suffix", ())}
    organisations = set(_organisation_keys(members))
    for key in sorted(organisations):
        words = key.removeprefix("agent:").split()
        while len(words) > 1 and words[-1] in suffixes:
            words.pop()     # the name with fewer suffixes each time: 'sinclair broadcast group inc' is 'sinclair broadcast group'
            plain = "agent:" + " ".join(words)
            if plain in organisations and plain in members and key in members:
                members[plain].extend(members.pop(key))
                break


def _join_body_forms(members: dict[str, list[tuple[str, Referent]]]) -> None:
    """'agent:department of the interior' joins 'agent:interior department' (an `of_body` noun of
    ontology/cues.tsv first or last), and 'agent:house of representatives intelligence committee' joins
    'agent:house intelligence committee' (a one-word name that ontology/entities.tsv spells out in full, House
    for the House of Representatives, written either way at the start of a longer name): when every name is
    only ever an organisation's."""
    from graphbuild.knowledge import load

    knowledge = load()
    nouns = {name_key(w) for w in knowledge.words.get("of_body", ())}
    spelled_out = {name_key(full): name_key(short) for short, full in knowledge.canonical_names.items()
                   if len(short.split()) == 1 and name_key(full).startswith(name_key(short) + " ")}
    forms: dict[str, list[str]] = defaultdict(list)
    for key in sorted(_organisation_keys(members)):
        forms[_body_form(key.removeprefix("agent:"), nouns, spelled_out)].append(key)
    for keys in forms.values():
        for key in keys[1:]:
            members[keys[0]].extend(members.pop(key))


def _organisation_keys(members: dict[str, list[tuple[str, Referent]]]) -> list[str]:
    """The name keys only ever an organisation's, in no article a person's or a group's."""
    return [k for k, group in members.items()
            if k.startswith("agent:") and all(r.kind is Kind.ORGANIZATION for _, r in group)]


def _body_form(name: str, nouns: set[str], spelled_out: dict[str, str]) -> str:
    """'department of the interior' -> 'interior department'; 'house of representatives ethics committee' ->
    'house ethics committee'."""
    words = name.split()
    if len(words) > 2 and words[0] in nouns and words[1] == "of":
        rest = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]
        return " ".join([*rest, words[0]])
    for full, short in spelled_out.items():
        if name.startswith(full + " "):
            return short + name[len(full):]
    return name


def _familiar_forms(one: str, other: str) -> bool:
    """Is one first name a familiar form of the other ('jim' of 'james', 'bill' of 'william')?"""
    namer = _namer()
    return other in namer.canonicals_of(one) or one in namer.canonicals_of(other)


@lru_cache(maxsize=1)
def _namer():
    """The nicknames package's table of English first names and their familiar forms, read once."""
    from nicknames import NickNamer

    return NickNamer()


def _join_single_names(members: dict[str, list[tuple[str, Referent]]]) -> None:
    """'agent:clinton' joins 'agent:bill clinton' when that is the only full name it fits: by its last word,
    or by its first where an article calls that person by the first word alone ('Xi' for Xi Jinping, not a
    lone 'Jeb' for Jeb Hensarling, whom his articles call Hensarling)."""
    full = [k for k in members if k.startswith("agent:") and len(k.split()) > 1
            and any(r.kind is Kind.PERSON for _, r in members[k])]
    for key in [k for k in members if k.startswith("agent:") and len(k.split()) == 1]:
        if not any(r.kind is Kind.PERSON for _, r in members[key]):
            continue
        word = key.removeprefix("agent:")
        fits = [k for k in full if word == k.split()[-1] or (
            word == k.removeprefix("agent:").split()[0]
            and any(name_key(n) == word for _, r in members[k] for n in r.names))]
        if len(fits) == 1:
            members[fits[0]].extend(members.pop(key))


def _entity(group: list[tuple[str, Referent]], taken: set[str]) -> Entity:
    referents = [r for _, r in group]
    kind = _vote(referents)
    name = _canonical(referents, kind)
    names = frozenset(n for r in referents for n in r.names) | {name}
    titles = tuple(dict.fromkeys(t for r in referents for t in r.titles))
    country = next((r.country for r in referents if r.country), None)
    broader = next((r.broader for r in referents if r.broader), None)
    base = slug(name)
    candidate = base if base not in taken else f"{base}_{kind.value}"
    number = 2
    while candidate in taken:
        candidate = f"{base}_{kind.value}_{number}"
        number += 1
    return Entity(candidate, name, kind, names, country, titles, broader)


def _vote(referents: list[Referent]) -> Kind:
    if any(r.kind is Kind.PERSON and len(r.name.split()) > 1 for r in referents):
        return Kind.PERSON
    counts = Counter(r.kind for r in referents)
    return max(counts, key=lambda k: (counts[k], KIND_PRIORITY[k]))


def _canonical(referents: list[Referent], kind: Kind) -> str:
    """The name most articles use; among equals the fullest, then the first in alphabetical order."""
    if kind is Kind.COUNTRY or kind is Kind.TOPIC:
        return referents[0].name
    counts = Counter(r.name for r in referents)
    return min(counts, key=lambda n: (-counts[n], -len(n.split()), -len(n), n))


def _sort_key(group: list[tuple[str, Referent]]) -> tuple:
    """Entities get their ids in an order that does not depend on the order of the inputs."""
    names = sorted(r.name for _, r in group)
    return (names[0], sorted(a for a, _ in group))


def _link_broader(entity: Entity, by_label: dict[str, str]) -> Entity:
    if entity.kind is not Kind.TOPIC or not entity.broader:
        return entity
    return Entity(entity.id, entity.name, entity.kind, entity.names, entity.country, entity.titles,
                  by_label.get(entity.broader, entity.broader))


# ------------------------------------------------------------------ roles across articles

BORROWED_CONFIDENCE = 0.6   # what a title means in this article, read from how other articles use it


def complete_roles(extractions: Iterable[Extraction], resolution: Resolution) -> list[Extraction]:
    """'President Bashar al-Assad' says president of what only where another article of the build
    does ('Syrian President Bashar al-Assad'): a title an article gives without an owner is of the
    country or body most articles give that person's same title ('former president' is another title
    than 'president'), when this article names it too.
    The relation's evidence is this article's sentence; its rule is ``role:title+build``."""
    extractions = list(extractions)
    people = {e.id for e in resolution.entities if e.kind is Kind.PERSON}
    owners: dict[tuple[str, str], Counter] = defaultdict(Counter)   # (holder, title) -> (predicate, owner) counts
    for extraction in extractions:
        article = extraction.article.id
        for relation in extraction.relations:
            owner = resolution.members[(article, relation.object)]
            if relation.rule.startswith("role:") and owner not in people:   # a country's or body's office
                owners[(resolution.members[(article, relation.subject)], relation.cue)][(relation.predicate, owner)] += 1
    return [_complete(extraction, resolution, owners) for extraction in extractions]


def _complete(extraction: Extraction, resolution: Resolution, owners: dict[tuple[str, str], Counter]) -> Extraction:
    article = extraction.article.id
    keys = {resolution.members[(article, r.key)]: r.key for r in extraction.referents}
    known = {(r.subject, r.predicate, r.object) for r in extraction.relations}
    added = []
    for role in extraction.roles:
        if role.organization:
            continue
        counts = owners.get((resolution.members[(article, role.holder)], role.title))
        if not counts:
            continue
        (predicate, owner), count = counts.most_common(1)[0]
        if 2 * count <= sum(counts.values()) or owner not in keys:
            continue
        identity = (role.holder, predicate, keys[owner])
        if identity not in known and identity[2] != role.holder:
            known.add(identity)
            added.append(Relation(*identity, role.evidence, role.title, "role:title+build", Polarity.ASSERTED,
                                  BORROWED_CONFIDENCE, None, role.date,
                                  former=not role.current))
    return replace(extraction, relations=extraction.relations + tuple(added)) if added else extraction
