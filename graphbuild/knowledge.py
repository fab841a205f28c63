"""Reads the knowledge kept as data under ontology/: lexicon, cues, titles, topics, places.

Each table is read once and returned as a frozen record; code asks these records questions
instead of keeping word lists of its own.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from graphbuild.errors import GraphbuildError

# a demonym with one of these endings is an adjective ('Turkish', 'Croatian', 'Icelandic', 'Philippine');
# places.tsv lists demonyms alphabetically, so the first may be a noun for a person ('Turk', 'Croat')
ADJECTIVE_ENDINGS = ("ish", "ian", "ic", "ine")


def ontology_dir() -> Path:
    """The directory holding graphbuild.ttl and the .tsv tables."""
    try:
        packaged = Path(str(resources.files("graphbuild.ontology")))
        if (packaged / "graphbuild.ttl").is_file():
            return packaged
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "ontology"


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of ontology/<name> as dicts; lines starting with '#' are comments."""
    path = ontology_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise GraphbuildError(f"cannot read the data table {path}: {error}") from error
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, row in enumerate(rows, start=2):
        if None in row or any(value is None for value in row.values()):
            raise GraphbuildError(f"{path}: data row {number} has the wrong number of columns")
    return [{key: value.strip() for key, value in row.items()} for row in rows]


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    pos: str                    # "VERB" or "NOUN"
    slot: str                   # "dobj" or "prep"
    preps: frozenset[str]       # the prepositions for slot "prep"
    relation: str


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    relation: str
    category: str
    body: str = ""          # the body a member's title names when the article names none ('Senate')
    body_country: str = ""  # whose body that is (ISO 3166-1 alpha-3)
    department: frozenset[str] = frozenset()   # the names of the US department a cabinet title serves in


@dataclass(frozen=True, slots=True)
class TopicEntry:
    label: str
    broader: str | None


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str                   # preferred short name


@dataclass(frozen=True, slots=True)
class Knowledge:
    verb_cues: dict[str, tuple[Cue, ...]]      # lemma -> cues
    noun_cues: dict[str, tuple[Cue, ...]]
    adjective_cues: dict[str, tuple[Cue, ...]]  # predicate adjectives ('critical of')
    words: dict[str, frozenset[str]]           # cue kind -> words (transparent, light, hedge, ...)
    speech_verbs: frozenset[str]
    channels: frozenset[str]
    object_speech_verbs: frozenset[str]        # speech verbs whose object is what was said ("denied the report")
    finding_verbs: frozenset[str]              # verbs that report a document's finding ("the poll shows")
    naming_verbs: frozenset[str]               # "called the charges baseless": the object and its name are said
    accusation_verbs: frozenset[str]           # "accused Smith of lying": whom and what of is said
    infinitive_speech_verbs: frozenset[str]    # "vowed to act", "urged Congress to act": the infinitive is said
    clause_verbs: frozenset[str]               # "expects the deal to pass", "demanded that ...": with a clause only
    statement_nouns: frozenset[str]            # "Smith's claim that ...": the clause is said by the possessor
    prep_speech: dict[str, frozenset[str]]     # verb -> prepositions after which what was asked for follows
    sources: frozenset[str]                    # nouns for unnamed speakers ("a source said")
    organisation_sources: frozenset[str]       # nouns for unnamed organisations ("the campaign says")
    document_sources: frozenset[str]           # documents and findings a claim is attributed to ("the poll")
    titles: dict[str, Title]                   # lower-case title -> Title
    overrides: dict[tuple[str, str], str]      # (relation, object kind) -> relation to use instead
    topics: dict[str, TopicEntry]              # lemma or phrase -> topic
    countries: dict[str, Country]              # any surface name (alias, capital, demonym) -> country
    by_iso3: dict[str, Country]
    country_uses: dict[str, str]               # surface name -> "preferred" | "alias" | "demonym" | "capital" | "seat"
    entity_uses: dict[str, str]                # name -> platform | organization | party | group | person | ignore | organ
    canonical_names: dict[str, str]            # name -> the name to use ('Democrats' -> 'Democratic Party')
    party_countries: dict[str, str]            # a party's name -> the ISO 3166 code of its country
    offices: dict[str, tuple[str, str]]        # 'POTUS' -> ('president', 'USA'): a handle for an office
    organs: frozenset[str]                     # nouns for bodies (and people) through which a country acts
    organ_people: frozenset[str]               # those of them that are people ('officials')
    state_organs: frozenset[str]               # those of them that are the state itself ('government')
    demonyms: dict[str, str]                   # ISO code -> the country's adjective ('Chinese')
    called: dict[str, frozenset[str]]          # a name's head word ('committee') -> other nouns for it ('panel')
    tie_nouns: frozenset[str]                  # nouns of a holder cue, a tie to another ('ally', 'critic', 'opponent')

    def place(self, name: str) -> tuple[Country, str] | None:
        """The country a surface name stands for, and how it names it ("preferred", "alias",
        "demonym", "capital" or "seat"), trying a few spelling variants and then pycountry."""
        for variant in _variants(name):
            found = self.countries.get(variant)
            if found:
                return found, self.country_uses[variant]
        looked_up = _pycountry_lookup(variant_base(name))
        return (looked_up, "alias") if looked_up else None



def variant_base(name: str) -> str:
    return name.strip().removeprefix("the ").removeprefix("The ")


def _variants(name: str) -> tuple[str, ...]:
    base = variant_base(name)
    dotted = (base + ".",) if _UNDOTTED.match(base) else ()      # 'U.S President': a dot left out
    return (base, base.replace("’", "'"), base.removesuffix("'s").removesuffix("’s"), *dotted)


_UNDOTTED = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")


def _british(word: str) -> tuple[str, ...]:
    """The British spelling of a word the tables list in the American one: 'authorize' -> 'authorise',
    'organization' -> 'organisation' (news from London or Sydney spells them so)."""
    for american, british in (("ization", "isation"), ("izing", "ising"), ("ize", "ise")):
        if word.endswith(american) and len(word) > len(american) + 2:
            return (word[: -len(american)] + british,)
    return ()


def is_region(name: str) -> bool:
    """A state or province a country is divided into ('Illinois', 'Ontario'), by pycountry's
    ISO 3166-2 names, ignoring case; short words are not looked up, and neither is a kind of region
    ('State', 'County': pycountry's own lookup would take those for the first region of that kind)."""
    return len(name) >= 4 and name[:1].isupper() and name.lower() in _region_names()


def regions_coded(code: str) -> frozenset[str]:
    """The lower-case names of the states or provinces whose ISO 3166-2 code ends in ``code`` ('KY':
    Kentucky; 'ON': Ontario and the other countries' regions coded so)."""
    return _region_codes().get(code, frozenset())


@lru_cache(maxsize=1)
def _region_codes() -> dict[str, frozenset[str]]:
    import pycountry

    codes: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        codes.setdefault(subdivision.code.split("-", 1)[1], set()).add(subdivision.name.lower())
    return {code: frozenset(names) for code, names in codes.items()}


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """ISO 3166-2's five thousand subdivision names, lower case, read once (a pycountry lookup that
    finds nothing reads them all, about 2 ms a call)."""
    import pycountry

    return frozenset(s.name.lower() for s in pycountry.subdivisions)


@lru_cache(maxsize=4096)
def _pycountry_lookup(name: str) -> Country | None:
    import pycountry

    if len(name) < 4:   # two- and three-letter codes are mostly not country mentions in news text
        return None
    try:
        found = pycountry.countries.lookup(name)
    except LookupError:
        return None
    preferred = load().by_iso3.get(found.alpha_3.upper())
    label = preferred.name if preferred else getattr(found, "common_name", None) or found.name
    return Country(found.alpha_3, label)


# A first name tells a person's gender when the 1990 U.S. Census gives it to one sex this often, and it
# is not among the commonest surnames ('Kim Jong Un', 'Lee Hsien Loong': the family name comes first).
FIRST_NAME_SHARE = 0.98
SURNAME_RANKS = 1000


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """'DONALD' -> 'male', 'NANCY' -> 'female': first names of one sex, from the U.S. Census Bureau's
    1990 name frequencies (public domain), as the `names` package ships them. Empty when it is missing."""
    female, male, surnames = _census()
    genders = {}
    for name in female.keys() | male.keys():
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if name not in surnames and max(f, m) >= FIRST_NAME_SHARE * (f + m):
            genders[name] = "female" if f > m else "male"
    return genders


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """'MICAH', 'DONALD': every first name of the same census files, of either sex, that is not among the
    commonest surnames. Empty when the `names` package is missing."""
    female, male, surnames = _census()
    return frozenset((female.keys() | male.keys()) - surnames.keys())


@lru_cache(maxsize=1)
def _census() -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """The female and male first names and the commonest surnames, as the `names` package ships them."""
    try:
        files = resources.files("names")
        female, male = (_census_names(files / f"dist.{sex}.first") for sex in ("female", "male"))
        return female, male, _census_names(files / "dist.all.last", limit=SURNAME_RANKS)
    except (ModuleNotFoundError, OSError):
        return {}, {}, {}


def _census_names(path, limit: int | None = None) -> dict[str, float]:
    """NAME -> its share of people (percent) from a census file: name, percent, cumulative percent, rank."""
    shares = {}
    with path.open(encoding="ascii") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                break
            parts = line.split()
            if len(parts) == 4:
                shares[parts[0]] = float(parts[1])
    return shares


def _called(words: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """`called_NOUN` rows of cues.tsv by the head word they list, as organisation names are indexed
    (without a plural 's'): 'committee' -> {'panel'}, 'times' -> {'newspaper', 'paper'}."""
    called: dict[str, set[str]] = {}
    for kind, listed in words.items():
        if kind.startswith("called_"):
            for word in listed:
                called.setdefault(word.rstrip("s"), set()).add(kind.removeprefix("called_"))
    return {head: frozenset(nouns) for head, nouns in called.items()}


@lru_cache(maxsize=1)
def load() -> Knowledge:
    """Read every table once."""
    cues: dict[str, dict[str, list[Cue]]] = {"VERB": {}, "NOUN": {}, "ADJ": {}}
    for row in read_table("lexicon.tsv"):
        slot, _, preps = row["slot"].partition(":")
        cue = Cue(row["lemma"], row["pos"], slot, frozenset(p for p in preps.split("|") if p), row["relation"])
        cues[cue.pos].setdefault(cue.lemma, []).append(cue)

    for pos in cues.values():       # 'criticise', 'authorise': British spellings of the tables' words
        for lemma, listed in list(pos.items()):
            for spelling in _british(lemma):
                pos.setdefault(spelling, [replace(c, lemma=spelling) for c in listed])

    words: dict[str, set[str]] = {}
    for row in read_table("cues.tsv"):
        words.setdefault(row["kind"], set()).update((row["word"], *_british(row["word"])))
    speech: dict[str, set[str]] = {"verb": set(), "object_verb": set(), "channel": set(), "source": set(),
                                   "source_org": set(), "source_doc": set(), "naming_verb": set(), "prep_verb": set(),
                                   "finding_verb": set(), "infinitive_verb": set(),
                                   "clause_verb": set(), "statement_noun": set(), "accusation_verb": set()}
    for row in read_table("speech.tsv"):
        speech[row["kind"]].update((row["word"], *_british(row["word"])))
    prep_speech: dict[str, set[str]] = {}      # 'call for' -> call: {for}
    for phrase in speech["prep_verb"]:
        verb, prep = phrase.split()
        prep_speech.setdefault(verb, set()).add(prep)

    overrides = {(row["relation"], row["object_kind"]): row["becomes"] for row in read_table("relation_overrides.tsv")}
    titles = {row["title"]: Title(row["title"], row["relation"], row["category"], row["body"], row["body_country"],
                                  frozenset(n for n in row["department"].split("|") if n))
              for row in read_table("titles.tsv")}
    topics = {row["lemma"]: TopicEntry(row["label"], row["broader"] or None) for row in read_table("topics.tsv")}

    countries: dict[str, Country] = {}
    uses: dict[str, str] = {}
    rows = read_table("places.tsv")
    preferred = {row["iso3"]: row["name"] for row in rows if row["use"] == "preferred"}
    for row in rows:
        country = Country(row["iso3"], preferred.get(row["iso3"], row["name"]))
        countries[row["name"]] = country
        uses[row["name"]] = row["use"]

    demonyms: dict[str, str] = {}              # the adjective: the first demonym listed, or one with an
    for row in rows:                           # adjective's ending ('Turkish', not 'Turk'; 'Croatian', not 'Croat')
        if row["use"] == "demonym" and (row["iso3"] not in demonyms or (
                row["name"].endswith(ADJECTIVE_ENDINGS) and not demonyms[row["iso3"]].endswith(ADJECTIVE_ENDINGS))):
            demonyms[row["iso3"]] = row["name"]

    entity_rows = read_table("entities.tsv")
    entity_uses = {row["name"]: row["use"] for row in entity_rows}
    canonical_names = {row["name"]: row["canonical"] for row in entity_rows if row["canonical"]}
    party_countries = {row["canonical"] or row["name"]: row["country"] for row in entity_rows
                       if row["use"] == "party" and row["country"]}

    return Knowledge(
        verb_cues={k: tuple(v) for k, v in cues["VERB"].items()},
        noun_cues={k: tuple(v) for k, v in cues["NOUN"].items()},
        tie_nouns=frozenset(k for k, v in cues["NOUN"].items() if any(c.slot == "holder" for c in v)),
        adjective_cues={k: tuple(v) for k, v in cues["ADJ"].items()},
        words={k: frozenset(v) for k, v in words.items()},
        speech_verbs=frozenset(speech["verb"] | speech["object_verb"] | speech["naming_verb"] | speech["accusation_verb"]
                               | prep_speech.keys()),
        object_speech_verbs=frozenset(speech["object_verb"]),
        naming_verbs=frozenset(speech["naming_verb"]),
        accusation_verbs=frozenset(speech["accusation_verb"]),
        infinitive_speech_verbs=frozenset(speech["infinitive_verb"]),
        clause_verbs=frozenset(speech["clause_verb"]),
        statement_nouns=frozenset(speech["statement_noun"]),
        prep_speech={verb: frozenset(preps) for verb, preps in prep_speech.items()},
        channels=frozenset(speech["channel"]),
        sources=frozenset(speech["source"]),
        organisation_sources=frozenset(speech["source_org"]),
        document_sources=frozenset(speech["source_doc"]),
        finding_verbs=frozenset(speech["finding_verb"]),
        titles=titles,
        overrides=overrides,
        topics=topics,
        countries=countries,
        by_iso3={iso3: Country(iso3, name) for iso3, name in preferred.items()},
        country_uses=uses,
        entity_uses=entity_uses,
        canonical_names={k: v for k, v in canonical_names.items() if entity_uses[k] != "office"},
        party_countries=party_countries,
        offices={name: tuple(canonical.rsplit(" ", 1)) for name, canonical in canonical_names.items()
                 if entity_uses[name] == "office"},
        organs=frozenset(name for name, use in entity_uses.items() if use in {"organ", "organ_people", "organ_state"}),
        state_organs=frozenset(name for name, use in entity_uses.items() if use == "organ_state"),
        called=_called(words),
        organ_people=frozenset(name for name, use in entity_uses.items() if use == "organ_people"),
        demonyms=demonyms,
    )
