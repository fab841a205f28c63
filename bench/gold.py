"""Score graphbuild against the hand-made gold in tests/gold/.

    python bench/gold.py                      # build the gold articles (one hundred and ninety-eight), print the report
    python bench/gold.py --verbose            # also list every miss and every false alarm
    python bench/gold.py --json               # the report, then the figures as JSON
    python bench/gold.py --json figures.json  # the report, and the figures written to a file
    python bench/gold.py --out /tmp/gold      # keep the built graph.ttl (and graph.html) there
    python bench/gold.py --graph /tmp/gold/graph.ttl   # rescore a graph built earlier, no build

All the gold articles (one hundred and ninety-eight) are built in one call of ``graphbuild.pipeline.build``, so that the
cross-article resolution is exercised: the two seeds from seeds/, and the corpus rows written
to a temporary CSV with the corpus header (the corpus stays in ../shared and is never copied into
the project). A built article is paired with its gold file by the seed's file name, or by the CSV
row's headline (= the gold's title).

Matching rules (see bench/README.md for the reasoning):

* Names are folded: NFKD, accents and case dropped, curly quotes straightened, periods removed
  ("U.S." = "US"), every other non-alphanumeric run is a space, and a leading "the" is dropped.
* A built entity's names in an article are its rdfs:label plus those skos:altLabels that occur in
  that article's text (altLabels are the union over all articles). It *denotes* the gold referents
  whose name or alias equals its label; if none, those matched by its in-article altLabels.
* A gold topic is matched by a built entity whose name equals the topic phrase, a topic alias or
  the topic detail, or that has the same head word (last word before of/with/for/and/"/" ...).
* A built relation matches a gold relation of the same article when its subject denotes the gold
  subject (or a subject_also_ok), its object the gold object (or an object_also_ok), and
    (a) exact: its property is the gold `relation` or in `also_ok`;
    (b) family: its property's family (rdfs:subPropertyOf a gb:RelationFamily) is the family of
        one of those labels;
    (c) undirected: as (b), in either direction.
  In (a) and (b) the direction may be swapped when the property involved is symmetric.
  Polarity: negated must meet negated (a negation reverses the claim); asserted and hedged may
  meet each other and that difference is scored only as polarity accuracy. The "(a) strict" line
  requires the exact polarity.
* The built relations counted are all gb:Relation nodes, deduplicated per article by
  (subject, property, object, polarity). Gold and built relations are paired one to one (maximum
  matching, preferring exact polarity and the gold's own label). A built relation that is left
  over but matches an optional gold relation is ignored; one that matches an already paired gold
  relation is a false positive (a duplicate).
* A gold statement is found when a built statement of the same article overlaps its
  `content_start`: they share min(5, n, m) consecutive folded words (n, m = their lengths in
  words), or the built text starts with the last 2+ words of content_start (it kept only the
  quoted fragment). Statements are paired one to one, like relations.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

import networkx as nx
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SDO, SKOS

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
GOLD_DIR = PROJECT / "tests" / "gold"
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", PROJECT.parent / "shared"))
GB = "https://w3id.org/graphbuild/ontology#"
NEGATED = "negated"
KINDS = ("Person", "Organization", "Country", "Place", "Group", "Topic")
FAMILY_ORDER = ("cooperates", "opposes", "threatensFamily", "fights", "communicates", "visitsFamily",
                "sanctionsFamily", "succeedsFamily", "roleIn")     # as the gold README lists them
HEAD_STOP = re.compile(r"\b(?:of|with|between|for|to|in|on|against|from|by|about|regarding|and)\b|/")


def gb(name: str) -> URIRef:
    return URIRef(GB + name)


# ---------------------------------------------------------------- folding names and text

def fold(text: str) -> str:
    """Case, accents, punctuation and a leading article folded: 'the U.S. side' -> 'us side', 'Kim Jong-un' -> 'kim jong un'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace(".", "")
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^(?:the|an?) ", "", text)


def words(text: str) -> list[str]:
    return fold(text).split()


def head(phrase: str) -> str:
    """Rough head word of a noun phrase: the last word before a preposition, 'and' or '/', without a
    plural 's' (graphbuild names a topic by its lemma: 'allegations' -> 'allegation')."""
    first = HEAD_STOP.split(phrase.lower(), maxsplit=1)[0]
    tokens = words(first)
    if not tokens:
        return ""
    word = tokens[-1]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def heads(phrase: str) -> set[str]:
    """Heads of each '/'-separated alternative of a phrase ('negotiations / any deal' -> both)."""
    return {head(part) for part in phrase.split("/")} - {""}


def longest_run(a: list[str], b: list[str]) -> int:
    """Length of the longest run of consecutive words that a and b share."""
    best, previous = 0, [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------- the gold

@dataclass
class Gold:
    """One gold file, with the article text it annotates."""

    key: str               # file stem, e.g. 'r725-xi-trump-taiwan'
    article: dict
    text: str
    entities: list[dict]
    relations: list[dict]
    statements: list[dict]
    roles: list[dict]
    index: dict[str, set[str]] = field(default_factory=dict)   # folded name/alias -> canonical names

    def __post_init__(self) -> None:
        for entity in self.entities:
            for name in [entity["name"], *entity["aliases"]]:
                self.index.setdefault(fold(name), set()).add(entity["name"])

    @property
    def entity(self) -> dict[str, dict]:
        return {e["name"]: e for e in self.entities}

    @property
    def folded_text(self) -> str:
        return f" {fold(self.text)} "


def corpus_rows(numbers: Iterable[int]) -> tuple[list[str], dict[int, list[str]]]:
    """The corpus header and the wanted rows (numbered as a spreadsheet shows them: header = 1)."""
    wanted, found = set(numbers), {}
    csv.field_size_limit(2**31 - 1)
    with open(SHARED / "corpus" / "reuters-politics-2017.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        for number, cells in enumerate(reader, start=2):
            if number in wanted:
                found[number] = cells
    missing = wanted - set(found)
    if missing:
        raise SystemExit(f"corpus rows not found: {sorted(missing)}")
    return header, found


def load_gold() -> tuple[list[Gold], list[str], dict[int, list[str]]]:
    """Every gold file, and the corpus header and rows they annotate."""
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("*.json"))}
    header, rows = corpus_rows(d["article"]["row"] for d in docs.values() if "row" in d["article"])
    golds = []
    for key, doc in docs.items():
        meta = doc["article"]
        if "row" in meta:
            title, text = rows[meta["row"]][:2]
            if title != meta["title"]:
                raise SystemExit(f"{key}: corpus row {meta['row']} is {title!r}, expected {meta['title']!r}")
        else:
            text = (PROJECT / meta["file"]).read_text(encoding="utf-8")
        golds.append(Gold(key, meta, text, doc["entities"], doc["relations"], doc["statements"], doc["roles"]))
    return golds, header, rows


def build_gold_articles(golds: list[Gold], header: list[str], rows: dict[int, list[str]], out: Path) -> Path:
    """Build the seeds and the corpus rows in one graphbuild build; the path of graph.ttl."""
    from graphbuild.pipeline import build

    seeds = [PROJECT / g.article["file"] for g in golds if "row" not in g.article]
    with tempfile.TemporaryDirectory(prefix="gold-bench-") as tmp:
        corpus = Path(tmp) / "gold-corpus-rows.csv"
        with open(corpus, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(rows[n] for n in sorted(rows))   # temp row 2.. = sorted original rows
        summary = build([*map(str, seeds), str(corpus)], out)
    for problem in summary.problems:
        print(f"warning: {problem}", file=sys.stderr)
    print(f"built {summary.articles} articles: {summary.entities} entities, {summary.relations} relations, "
          f"{summary.statements} statements in {summary.seconds:.1f} s ({summary.model})")
    return out / "graph.ttl"


# ---------------------------------------------------------------- the built graph

@dataclass(frozen=True)
class Entity:
    iri: URIRef
    label: str
    alt: tuple[str, ...]
    kind: str
    titles: tuple[str, ...]
    written: tuple[str, ...] = ()            # the names this article writes (gb:mentionedAs in its graph)


@dataclass(frozen=True)
class Relation:
    iri: URIRef
    subject: URIRef
    predicate: str         # local name, e.g. 'contradicts'
    object: URIRef
    polarity: str
    evidence: str
    speaker: URIRef | None     # speaker of the statement it is reported in, if any
    source: URIRef | None = None   # whose account that statement is known by (gb:accordingTo), if any

    @property
    def reported(self) -> bool:
        """A claim inside somebody else's statement (reportedIn, subject is not the speaker), or inside a
        statement the article has by another's account (gb:accordingTo)."""
        return self.speaker is not None and (self.speaker != self.subject or self.source is not None)


@dataclass(frozen=True)
class Statement:
    iri: URIRef
    text: str
    speaker: URIRef | None
    cue: str
    direct: bool


@dataclass
class Built:
    """What the graph holds for one article."""

    iri: URIRef
    entities: dict[URIRef, Entity]           # every entity mentioned in the article (topics too)
    relations: list[Relation]
    statements: list[Statement]
    per_article: bool = False                # entities carry the names this article writes (graph.trig read)


@dataclass
class Ontology:
    family: dict[str, str]                   # property -> family
    symmetric: set[str]


def local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_ontology(graph: Graph) -> Ontology:
    families = set(graph.subjects(RDF.type, gb("RelationFamily")))
    family = {local(p): local(f) for f in families for p in graph.subjects(RDFS.subPropertyOf, f)}
    symmetric = {local(p) for p in graph.subjects(RDF.type, OWL.SymmetricProperty) if str(p).startswith(GB)}
    return Ontology(family, symmetric)


def read_entity(graph: Graph, iri: URIRef, written: tuple[str, ...] = ()) -> Entity:
    kinds = [local(t) for t in graph.objects(iri, RDF.type) if local(t) in KINDS]
    return Entity(
        iri=iri,
        label=str(graph.value(iri, RDFS.label) or local(iri)),
        alt=tuple(sorted(str(a) for a in graph.objects(iri, SKOS.altLabel))),
        kind=kinds[0] if kinds else "?",
        titles=tuple(sorted(str(t) for t in graph.objects(iri, gb("title")))),
        written=written,
    )


def read_written(trig: Path) -> dict[tuple[str, URIRef], tuple[str, ...]]:
    """(article id, entity) -> the names that article writes, from each article's named graph in
    graph.trig: altLabels gather the names of every article, so a country written 'Beijing' in one
    article would otherwise look, in another that has the city, like the city and the country merged."""
    if not trig.exists():
        return {}
    dataset = Dataset()
    dataset.parse(trig, format="trig")
    found: dict[tuple[str, URIRef], list[str]] = defaultdict(list)
    for entity, _, name, graph in dataset.quads((None, gb("mentionedAs"), None, None)):
        found[(str(getattr(graph, "identifier", graph)).rsplit("/", 1)[-1], entity)].append(str(name))
    return {key: tuple(sorted(names)) for key, names in found.items()}


def read_article(graph: Graph, article: URIRef,
                 written: dict[tuple[str, URIRef], tuple[str, ...]] | None = None) -> Built:
    """Entities, relations (deduplicated) and statements of one built article."""
    nodes = set(graph.subjects(gb("article"), article))
    entity_iris = set(graph.subjects(gb("mentionedIn"), article))
    relations, seen = [], set()
    for node in sorted(n for n in nodes if (n, RDF.type, gb("Relation")) in graph):
        statement = graph.value(node, gb("reportedIn"))
        relation = Relation(
            iri=node,
            subject=graph.value(node, gb("subject")),
            predicate=local(graph.value(node, gb("predicate"))),
            object=graph.value(node, gb("object")),
            polarity=str(graph.value(node, gb("polarity"))),
            evidence=str(graph.value(node, gb("evidence")) or ""),
            speaker=graph.value(statement, gb("speaker")) if statement is not None else None,
            source=graph.value(statement, gb("accordingTo")) if statement is not None else None,
        )
        key = (relation.subject, relation.predicate, relation.object, relation.polarity)
        if key not in seen:
            seen.add(key)
            relations.append(relation)
            entity_iris |= {relation.subject, relation.object}
    statements = []
    for node in sorted(n for n in nodes if (n, RDF.type, gb("Statement")) in graph):
        speaker = graph.value(node, gb("speaker"))
        statements.append(Statement(node, str(graph.value(node, gb("text")) or ""), speaker,
                                    str(graph.value(node, gb("cue")) or ""),
                                    str(graph.value(node, gb("direct"))).lower() == "true"))
        if speaker is not None:
            entity_iris.add(speaker)
    article_id = local(article).removeprefix("article_")
    return Built(article, {e: read_entity(graph, e, (written or {}).get((article_id, e), ())) for e in entity_iris},
                 relations, statements, bool(written))


def pair_articles(graph: Graph, golds: list[Gold],
                  written: dict[tuple[str, URIRef], tuple[str, ...]] | None = None) -> dict[str, Built]:
    """Gold key -> built article: seeds by file name, corpus rows by headline (= the gold title)."""
    by_file, by_title = {}, {}
    for article in graph.subjects(RDF.type, gb("Article")):
        source = graph.value(article, gb("sourceFile"))
        headline = graph.value(article, SDO.headline)
        if source is not None:
            by_file[Path(str(source)).name] = article
        if headline is not None:
            by_title[fold(str(headline))] = article
    paired = {}
    for gold in golds:
        if "row" in gold.article:
            article = by_title.get(fold(gold.article["title"]))
        else:
            article = by_file.get(Path(gold.article["file"]).name)
        if article is None:
            raise SystemExit(f"{gold.key}: no built article for it in the graph")
        paired[gold.key] = read_article(graph, article, written)
    return paired


# ---------------------------------------------------------------- entities: built -> gold

class Names:
    """Which gold referents a built entity denotes, within one article."""

    def __init__(self, gold: Gold, built: Built) -> None:
        self.gold, self.built = gold, built
        text = gold.folded_text
        per_article = built.per_article
        self.names: dict[URIRef, list[str]] = {}     # in-article folded names, label first
        for iri, entity in built.entities.items():
            alts = [fold(a) for a in (entity.written if per_article else entity.alt) if fold(a) and f" {fold(a)} " in text]
            self.names[iri] = [fold(entity.label), *alts]

    def denotes(self, iri: URIRef | None) -> set[str]:
        """Gold referents any of the entity's in-article names equals (name or alias): the rule
        for relation arguments, speakers and role holders."""
        if iri is None or iri not in self.names:
            return set()
        return set().union(*(self.gold.index.get(n, set()) for n in self.names[iri]))

    def referents(self, iri: URIRef) -> set[str]:
        """The stricter reading for splits and merges: the referent the label names (its canonical
        name, else its alias), plus those that an altLabel names unambiguously. A name the gold
        gives to two referents ('Beijing' the place, and Beijing = China) decides nothing."""
        label, *alts = self.names[iri]
        by_name = {e["name"] for e in self.gold.entities if fold(e["name"]) == label}
        found = by_name or set(self.gold.index.get(label, set()))
        for alt in alts:
            if len(self.gold.index.get(alt, set())) == 1:
                found |= self.gold.index[alt]
        return found

    def is_topic(self, iri: URIRef | None, relation: dict) -> bool:
        """Does the entity match the topic object of a gold relation? By its name (any entity), or
        by the head word (topic entities only)."""
        if iri is None or iri not in self.names:
            return False
        phrases = [relation["object"], *relation.get("topic_aliases", [])]
        if relation.get("topic_detail"):
            phrases.append(relation["topic_detail"])
        folded = {fold(p) for p in phrases}
        if any(n in folded for n in self.names[iri]):
            return True
        wanted_heads = set().union(*(heads(p) for p in phrases))
        return self.built.entities[iri].kind == "Topic" and any(head(n) in wanted_heads for n in self.names[iri])

    def name(self, iri: URIRef | None) -> str:
        return self.built.entities[iri].label if iri in self.built.entities else "?"


# ---------------------------------------------------------------- relations

@dataclass(frozen=True)
class Level:
    name: str
    family: bool          # compare families, not labels
    undirected: bool      # any direction
    strict_polarity: bool


LEVELS = (
    Level("(a) exact label", family=False, undirected=False, strict_polarity=False),
    Level("(a) exact label, exact polarity", family=False, undirected=False, strict_polarity=True),
    Level("(b) family", family=True, undirected=False, strict_polarity=False),
    Level("(c) family, any direction", family=True, undirected=True, strict_polarity=False),
)
EXACT, STRICT, FAMILY, UNDIRECTED = LEVELS


def labels(relation: dict) -> list[str]:
    return [relation["relation"], *relation.get("also_ok", [])]


def subject_ok(gold: dict, iri: URIRef | None, names: Names) -> bool:
    """Does a built entity stand for the gold relation's subject (or a subject_also_ok)?"""
    return bool(names.denotes(iri) & {gold["subject"], *gold.get("subject_also_ok", [])})


def object_ok(gold: dict, iri: URIRef | None, names: Names) -> bool:
    """Does a built entity stand for the gold relation's object, an object_also_ok, or its topic?"""
    if names.denotes(iri) & {gold["object"], *gold.get("object_also_ok", [])}:
        return True
    return bool(gold.get("object_is_topic")) and names.is_topic(iri, gold)


def arguments_match(gold: dict, subject: URIRef, obj: URIRef, names: Names) -> bool:
    return subject_ok(gold, subject, names) and object_ok(gold, obj, names)


def polarity_ok(gold: dict, built: Relation, strict: bool) -> bool:
    if strict:
        return gold["polarity"] == built.polarity
    return (gold["polarity"] == NEGATED) == (built.polarity == NEGATED)


def relation_match(gold: dict, built: Relation, names: Names, level: Level, onto: Ontology) -> bool:
    """Does a built relation match a gold relation at this level (same article assumed)?"""
    if not polarity_ok(gold, built, level.strict_polarity):
        return False
    accepted = labels(gold)
    if level.family:
        if onto.family.get(built.predicate) not in {onto.family.get(label) for label in accepted}:
            return False
        may_swap = level.undirected or gold["relation"] in onto.symmetric or built.predicate in onto.symmetric
    else:
        if built.predicate not in accepted:
            return False
        may_swap = built.predicate in onto.symmetric
    return (arguments_match(gold, built.subject, built.object, names)
            or (may_swap and arguments_match(gold, built.object, built.subject, names)))


@dataclass
class Alignment:
    """Gold and built relations of one article paired at one level."""

    pairs: list[tuple[int, int]]             # (gold index, built index)
    missed: list[int]                         # required gold relations not paired
    false: list[int]                          # built relations counted as wrong
    ignored: list[int]                        # built relations that match only optional gold
    duplicates: dict[int, int]                # built index -> gold index it repeats


def align(gold_items: list[dict], built: list, match, prefer=lambda g, b: 0) -> Alignment:
    """One-to-one pairing of required gold items and built items: maximum matching, where
    ``prefer(g, b)`` (0 or more) breaks ties. Left-over built items that match an optional
    gold item are ignored; those that match a paired gold item are duplicates."""
    required = [i for i, g in enumerate(gold_items) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold_items) if g.get("optional")]
    graph = nx.Graph()
    for i in required:
        for j, b in enumerate(built):
            if match(gold_items[i], b):
                graph.add_edge(("g", i), ("b", j), weight=10 + prefer(gold_items[i], b))
    pairs = []
    for u, v in nx.max_weight_matching(graph, maxcardinality=True):
        g, b = (u, v) if u[0] == "g" else (v, u)
        pairs.append((g[1], b[1]))
    pairs.sort()
    paired_gold, paired_built = {g for g, _ in pairs}, {b for _, b in pairs}
    false, ignored, duplicates = [], [], {}
    for j, b in enumerate(built):
        if j in paired_built:
            continue
        if any(match(gold_items[i], b) for i in optional):
            ignored.append(j)
            continue
        false.append(j)
        repeated = [i for i in required if i in paired_gold and match(gold_items[i], b)]
        if repeated:
            duplicates[j] = repeated[0]
    return Alignment(pairs, [i for i in required if i not in paired_gold], false, ignored, duplicates)


@dataclass
class Counts:
    tp_gold: int = 0      # gold relations found
    gold: int = 0         # required gold relations
    tp_built: int = 0     # built relations paired
    built: int = 0        # built relations counted (not ignored)

    def add(self, other: Counts) -> None:
        self.tp_gold += other.tp_gold
        self.gold += other.gold
        self.tp_built += other.tp_built
        self.built += other.built

    def figures(self) -> dict[str, float | int]:
        p = self.tp_built / self.built if self.built else 0.0
        r = self.tp_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "gold": self.gold, "found": self.tp_gold, "predicted": self.built, "correct": self.tp_built}


def prefer_relation(gold: dict, built: Relation) -> int:
    """Tie-break for pairing: the exact polarity first, then the gold's own label."""
    return 2 * (gold["polarity"] == built.polarity) + (built.predicate == gold["relation"])


def relation_counts(gold: list[dict], built: list[Relation], al: Alignment,
                    gold_filter=lambda g: True, built_filter=lambda b: True) -> Counts:
    """P/R counts of one alignment, restricted to gold items and built items that pass the filters."""
    return Counts(
        tp_gold=sum(1 for g, _ in al.pairs if gold_filter(gold[g])),
        gold=sum(1 for g in gold if not g.get("optional") and gold_filter(g)),
        tp_built=sum(1 for _, b in al.pairs if built_filter(built[b])),
        built=sum(1 for j, b in enumerate(built) if j not in al.ignored and built_filter(b)),
    )


# ---------------------------------------------------------------- scoring one article

@dataclass
class ArticleScore:
    gold: Gold
    built: Built
    names: Names
    alignments: dict[str, Alignment]
    statements: Alignment
    roles: list[dict]                 # one record per gold role
    entities: dict


def score_article(gold: Gold, built: Built, onto: Ontology) -> ArticleScore:
    names = Names(gold, built)
    alignments = {
        level.name: align(gold.relations, built.relations,
                          lambda g, b, level=level: relation_match(g, b, names, level, onto),
                          prefer_relation)
        for level in LEVELS
    }
    return ArticleScore(gold, built, names, alignments, align_statements(gold, built),
                        score_roles(gold, built, names, onto), score_entities(gold, built, names))


def overlap(start: list[str], text: list[str]) -> bool:
    """Does a built statement text (words) overlap a gold content_start (words)?

    Either they share a run of min(5, len(start), len(text)) consecutive words (so a short built
    text must lie wholly inside the start), or the built text begins inside the start and runs on
    past its end, sharing at least min(2, len(text)) words (the extractor kept only the quoted
    fragment: 'the United States will "continue our efforts' vs 'continue our efforts to ...').
    """
    if not start or not text:
        return False
    if longest_run(start, text) >= min(5, len(start), len(text)):
        return True
    return any(start[-k:] == text[:k] for k in range(min(2, len(text)), min(len(start), len(text)) + 1))


def statement_match(gold: dict, built: Statement) -> bool:
    return overlap(words(gold["content_start"]), words(built.text))


def align_statements(gold: Gold, built: Built) -> Alignment:
    """One-to-one pairing, then many-to-one: graphbuild reads a quote split around its cue, or
    continued in the next sentence, as one statement, where the gold has one item per piece; a
    missed gold statement whose opening words lie inside an already paired built statement is
    found by it. Precision counts each built statement once (see totals)."""
    alignment = align(gold.statements, built.statements, statement_match,
                      lambda g, b: longest_run(words(g["content_start"]), words(b.text)))
    covered = []
    for g in alignment.missed:
        start = words(gold.statements[g]["content_start"])
        holder = next((b for _, b in alignment.pairs if start
                       and longest_run(start, words(built.statements[b].text)) >= min(5, len(start))), None)
        if holder is not None:
            covered.append((g, holder))
    if covered:
        alignment.pairs.extend(covered)
        alignment.pairs.sort()
        done = {g for g, _ in covered}
        alignment.missed[:] = [g for g in alignment.missed if g not in done]
    return alignment


def score_roles(gold: Gold, built: Built, names: Names, onto: Ontology) -> list[dict]:
    """For each gold role: is the holder found, does it carry a roleIn relation to `of`, a matching title?"""
    results = []
    role_relations = [r for r in built.relations if onto.family.get(r.predicate) == "roleIn"]
    for role in gold.roles:
        holders = [i for i in built.entities if role["holder"] in names.denotes(i)]
        title = fold(role["title"])
        titled = any(fold(t) and (fold(t) in title or title in fold(t))
                     for i in holders for t in built.entities[i].titles)
        linked, labelled = False, False
        if role["of"]:
            expected = [g for g in gold.relations if onto.family.get(g["relation"]) == "roleIn"
                        and g["subject"] == role["holder"] and g["object"] == role["of"]]
            accepted = {label for g in expected for label in labels(g)}
            for r in role_relations:
                if role["holder"] in names.denotes(r.subject) and role["of"] in names.denotes(r.object):
                    linked = True
                    labelled = labelled or r.predicate in accepted
        results.append({"role": role, "holder_found": bool(holders), "titled": titled, "linked": linked,
                        "labelled": labelled, "found": linked if role["of"] else titled})
    return results


def score_entities(gold: Gold, built: Built, names: Names) -> dict:
    """Recall, kind accuracy, splits and merges of one article's entities."""
    actors = sorted((i for i, e in built.entities.items() if e.kind != "Topic"), key=str)
    matched_by: dict[str, list[URIRef]] = defaultdict(list)
    for iri in actors:
        for name in names.referents(iri):
            matched_by[name].append(iri)
    found, kind_ok, primary = [], [], {}
    for entity in gold.entities:
        candidates = matched_by.get(entity["name"], [])
        if not candidates:
            continue
        aliases = {fold(a) for a in entity["aliases"]}
        best = min(candidates, key=lambda i: (fold(built.entities[i].label) != fold(entity["name"]),
                                              fold(built.entities[i].label) not in aliases, str(i)))
        primary[entity["name"]] = best
        if entity.get("optional"):
            continue
        found.append(entity["name"])
        if built.entities[best].kind in {entity["kind"], *entity.get("kind_also_ok", [])}:
            kind_ok.append(entity["name"])
    splits = {name: sorted(names.name(i) for i in iris) for name, iris in matched_by.items() if len(iris) > 1}
    merges = {}
    for iri in actors:
        matches = names.referents(iri)
        forbidden = {other for name in matches for other in gold.entity[name].get("not_same_as", [])}
        clashes = matches | {other for other in forbidden if fold(other) in names.names[iri]}
        if len(clashes) > 1:
            merges[names.name(iri)] = sorted(clashes)
    required = [e for e in gold.entities if not e.get("optional")]
    spurious = sorted(names.name(i) for i in actors if not names.referents(i))
    return {"required": len(required), "found": found, "kind_ok": kind_ok, "splits": splits, "merges": merges,
            "missed": [e["name"] for e in required if e["name"] not in found],
            "wrong_kind": {e["name"]: (e["kind"], built.entities[primary[e["name"]]].kind)
                           for e in required if e["name"] in found and e["name"] not in kind_ok},
            "built": len(actors), "built_matched": len(actors) - len(spurious), "unmatched_built": spurious,
            "primary": primary}


# ---------------------------------------------------------------- totals

def ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


def totals(scores: list[ArticleScore], onto: Ontology) -> dict:
    """Every figure of the report, as plain data."""
    out: dict = {"relations": {}, "families": {}, "slices": {}}
    for level in LEVELS:
        counts = Counts()
        for s in scores:
            counts.add(relation_counts(s.gold.relations, s.built.relations, s.alignments[level.name]))
        out["relations"][level.name] = counts.figures()

    order = {f: i for i, f in enumerate(FAMILY_ORDER)}
    families = sorted(set(onto.family.values()), key=lambda f: (order.get(f, len(order)), f))
    for family in families:
        row = {}
        for level in (EXACT, FAMILY):
            counts = Counts()
            for s in scores:
                counts.add(relation_counts(s.gold.relations, s.built.relations, s.alignments[level.name],
                                           lambda g: onto.family.get(g["relation"]) == family,
                                           lambda b: onto.family.get(b.predicate) == family))
            row[level.name] = counts.figures()
        out["families"][family] = row

    slices = {
        "gold asserted": (lambda g: g["polarity"] == "asserted", None),
        "gold hedged": (lambda g: g["polarity"] == "hedged", None),
        "gold negated": (lambda g: g["polarity"] == NEGATED, None),
        "gold reported (reported_by set)": (lambda g: g["reported_by"] is not None, None),
        "gold not reported": (lambda g: g["reported_by"] is None, None),
        "built asserted": (None, lambda b: b.polarity == "asserted"),
        "built hedged": (None, lambda b: b.polarity == "hedged"),
        "built negated": (None, lambda b: b.polarity == NEGATED),
        "built reported claim": (None, lambda b: b.reported),
        "built in own voice": (None, lambda b: not b.reported),
    }
    for name, (gold_filter, built_filter) in slices.items():
        counts = Counts()
        for s in scores:
            counts.add(relation_counts(s.gold.relations, s.built.relations, s.alignments[EXACT.name],
                                       gold_filter or (lambda g: True), built_filter or (lambda b: True)))
        figures = counts.figures()
        out["slices"][name] = ({"recall": figures["recall"], "found": figures["found"], "gold": figures["gold"]}
                               if gold_filter else
                               {"precision": figures["precision"], "correct": figures["correct"],
                                "predicted": figures["predicted"]})

    polarity, reported, relay, confusion = Counter(), Counter(), Counter(), Counter()
    for s in scores:
        for g, b in s.alignments[EXACT.name].pairs:
            gold, built = s.gold.relations[g], s.built.relations[b]
            confusion[(gold["polarity"], built.polarity)] += 1
            polarity[gold["polarity"] == built.polarity] += 1
            reported[(gold["reported_by"] is not None) == built.reported] += 1
            if gold["reported_by"] is not None and built.reported:
                relay[gold["reported_by"] in s.names.denotes(built.speaker) | s.names.denotes(built.source)] += 1
    pairs = sum(polarity.values())
    out["matched_pairs"] = {
        "pairs": pairs,
        "polarity_accuracy": ratio(polarity[True], pairs),
        "polarity_confusion (gold -> built)": {f"{g} -> {b}": n for (g, b), n in sorted(confusion.items())},
        "reported_flag_accuracy": ratio(reported[True], pairs),
        "relay_accuracy (both reported)": ratio(relay[True], sum(relay.values())),
        "relay_pairs": sum(relay.values()),
    }

    roles = [r for s in scores for r in s.roles if not r["role"].get("optional")]
    with_of = [r for r in roles if r["role"]["of"]]
    linked = [r for r in with_of if r["linked"]]
    role_counts = Counts()
    for s in scores:
        role_counts.add(relation_counts(s.gold.relations, s.built.relations, s.alignments[FAMILY.name],
                                        lambda g: onto.family.get(g["relation"]) == "roleIn",
                                        lambda b: onto.family.get(b.predicate) == "roleIn"))
    role_figures = role_counts.figures()
    out["roles"] = {
        "gold roles": len(roles),
        "recall": ratio(sum(r["found"] for r in roles), len(roles)),
        "relation recall (roles with `of`)": ratio(len(linked), len(with_of)),
        "roles with `of`": len(with_of),
        "property accuracy (linked roles)": ratio(sum(r["labelled"] for r in linked), len(linked)),
        "title recall (all roles)": ratio(sum(r["titled"] for r in roles), len(roles)),
        "holder found": ratio(sum(r["holder_found"] for r in roles), len(roles)),
        "roleIn precision": role_figures["precision"],
        "roleIn predicted": role_figures["predicted"],
        "roleIn correct": role_figures["correct"],
    }

    gold_statements = sum(1 for s in scores for g in s.gold.statements if not g.get("optional"))
    matched = [(s, s.gold.statements[g], s.built.statements[b]) for s in scores for g, b in s.statements.pairs]
    built_statements = sum(len(s.built.statements) - len(s.statements.ignored) for s in scores)
    correct_built = {(id(s), b) for s in scores for _, b in s.statements.pairs}
    speaker_ok = [m for m in matched if m[1]["speaker"] in m[0].names.denotes(m[2].speaker)]
    lenient_ok = [m for m in matched if m[0].names.denotes(m[2].speaker)
                  & {m[1]["speaker"], *m[1].get("co_speakers", []), m[1].get("source")}]
    with_cue = [m for m in matched if m[1]["cue"]]
    out["statements"] = {
        "gold": gold_statements,
        "found": len(matched),
        "recall": ratio(len(matched), gold_statements),
        "predicted": built_statements,
        "precision": ratio(len(correct_built), built_statements),
        "correct_built": len(correct_built),
        "attribution_accuracy": ratio(len(speaker_ok), len(matched)),
        "attribution_accuracy_lenient (co-speaker or source)": ratio(len(lenient_ok), len(matched)),
        "no_speaker": sum(1 for m in matched if m[2].speaker is None),
        "direct_accuracy": ratio(sum(m[1]["direct"] == m[2].direct for m in matched), len(matched)),
        "cue_accuracy": ratio(sum(fold(m[1]["cue"]) in fold(m[2].cue) or fold(m[2].cue) in fold(m[1]["cue"])
                                  for m in with_cue if m[2].cue), len(with_cue)),
    }

    required = sum(s.entities["required"] for s in scores)
    found = sum(len(s.entities["found"]) for s in scores)
    built = sum(s.entities["built"] for s in scores)
    out["entities"] = {
        "gold": required,
        "found": found,
        "recall": ratio(found, required),
        "kind_accuracy": ratio(sum(len(s.entities["kind_ok"]) for s in scores), found),
        "built (non-topic, per article)": built,
        "built matching a gold referent": ratio(sum(s.entities["built_matched"] for s in scores), built),
        "splits": sum(len(s.entities["splits"]) for s in scores),
        "merges": sum(len(s.entities["merges"]) for s in scores),
    }
    out["entities"].update(cross_article(scores))
    out["per_article"] = {
        s.gold.key: {
            "relations (a)": relation_counts(s.gold.relations, s.built.relations, s.alignments[EXACT.name]).figures(),
            "relations (b)": relation_counts(s.gold.relations, s.built.relations, s.alignments[FAMILY.name]).figures(),
            "statements": f"{len(s.statements.pairs)}/{sum(1 for g in s.gold.statements if not g.get('optional'))}",
            "entities": f"{len(s.entities['found'])}/{s.entities['required']}",
            "splits": s.entities["splits"],
            "merges": s.entities["merges"],
        }
        for s in scores
    }
    return out


def cross_article(scores: list[ArticleScore]) -> dict:
    """Gold referents named in 2+ articles: are they one built entity? Is a built entity two referents?"""
    iris_of: dict[str, set[str]] = defaultdict(set)
    names_of: dict[str, set[str]] = defaultdict(set)
    for s in scores:
        for name, iri in s.entities["primary"].items():
            iris_of[name].add(str(iri))
            names_of[str(iri)].add(name)
    shared = {n for n, iris in iris_of.items() if sum(n in s.entities["primary"] for s in scores) > 1}
    split = {n: sorted(local(URIRef(i)) for i in iris_of[n]) for n in sorted(shared) if len(iris_of[n]) > 1}
    merged = {local(URIRef(i)): sorted(ns) for i, ns in names_of.items() if len(ns) > 1}
    return {"in 2+ articles": len(shared), "one entity across articles": len(shared) - len(split),
            "cross-article splits": split, "cross-article merges": merged}


# ---------------------------------------------------------------- the report

def show_relation(s: ArticleScore, r: Relation) -> str:
    voice = f", in {s.names.name(r.speaker)}'s statement" if r.speaker is not None else ""
    return (f"{s.names.name(r.subject)} –{r.predicate}→ {s.names.name(r.object)} "
            f"[{r.polarity}{voice}] «{short(r.evidence, 60)}»")


def show_gold(g: dict) -> str:
    extras = [g["polarity"]]
    if g["reported_by"]:
        extras.append(f"reported by {g['reported_by']}")
    if g.get("also_ok"):
        extras.append("also " + "/".join(g["also_ok"]))
    obj = f"#{g['object']}" if g.get("object_is_topic") else g["object"]
    return f"{g['subject']} –{g['relation']}→ {obj} [{'; '.join(extras)}] «{short(g['evidence'], 60)}»"


def same_family(gold: dict, built: Relation, onto: Ontology) -> bool:
    return onto.family.get(built.predicate) in {onto.family.get(label) for label in labels(gold)}


def same_sentence(gold: dict, built: Relation) -> bool:
    """Is the gold evidence snippet in the built relation's evidence sentence?"""
    snippet = fold(gold["evidence"])
    return bool(snippet) and f" {snippet} " in f" {fold(built.evidence)} "


def one_argument(gold: dict, built: Relation, names: Names) -> str | None:
    """'subject' or 'object' when only that argument of the built relation differs from the gold's."""
    if subject_ok(gold, built.subject, names) and not object_ok(gold, built.object, names):
        return "object"
    if object_ok(gold, built.object, names) and not subject_ok(gold, built.subject, names):
        return "subject"
    return None


def why_missed(s: ArticleScore, g: dict, onto: Ontology) -> str:
    """A hint at why a gold relation was not found at level (a)."""
    built = s.built.relations
    for level, hint in ((FAMILY, "wrong label"), (UNDIRECTED, "reversed")):
        near = [b for b in built if relation_match(g, b, s.names, level, onto)]
        if near:
            return f"{hint}: {show_relation(s, near[0])}"
    flipped = dict(g, polarity="asserted" if g["polarity"] == NEGATED else NEGATED)
    near = [b for b in built if relation_match(flipped, b, s.names, UNDIRECTED, onto)]
    if near:
        return f"negation differs: {show_relation(s, near[0])}"
    for b in built:
        differs = same_family(g, b, onto) and same_sentence(g, b) and one_argument(g, b, s.names)
        if differs:
            return f"{differs} differs: {show_relation(s, b)}"
    actors = list(s.built.entities)
    missing = []
    if not any(subject_ok(g, i, s.names) for i in actors):
        missing.append("subject")
    if not any(object_ok(g, i, s.names) for i in actors):
        missing.append("topic" if g.get("object_is_topic") else "object")
    if missing:
        return " and ".join(missing) + " not among the article's entities"
    in_sentence = [b for b in built if same_sentence(g, b)]
    if in_sentence:
        return "sentence gives: " + "; ".join(show_relation(s, b) for b in in_sentence[:2])
    return "no relation from that sentence"


def why_false(s: ArticleScore, j: int, onto: Ontology) -> str:
    """A hint at why a built relation is a false positive at level (a)."""
    b = s.built.relations[j]
    al = s.alignments[EXACT.name]
    if j in al.duplicates:
        return f"duplicate of found gold: {show_gold(s.gold.relations[al.duplicates[j]])}"
    for level, hint in ((FAMILY, "label differs from gold"), (UNDIRECTED, "gold has it reversed")):
        near = [g for g in s.gold.relations if relation_match(g, b, s.names, level, onto)]
        if near:
            return f"{hint}: {show_gold(near[0])}"
    for g in s.gold.relations:
        flipped = dict(g, polarity="asserted" if g["polarity"] == NEGATED else NEGATED)
        if relation_match(flipped, b, s.names, UNDIRECTED, onto):
            return f"negation differs from gold: {show_gold(g)}"
    for g in s.gold.relations:
        differs = same_family(g, b, onto) and same_sentence(g, b) and one_argument(g, b, s.names)
        if differs:
            return f"{differs} differs from gold: {show_gold(g)}"
    unknown = [what for what, iri in (("subject", b.subject), ("object", b.object))
               if not s.names.denotes(iri) and s.built.entities[iri].kind != "Topic"]
    if unknown:
        return " and ".join(unknown) + " not a gold referent"
    return "no gold relation between these"


def table(rows: list[list[str]], indent: str = "  ") -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append(indent + "  ".join(cells).rstrip())
        if n == 0:
            lines.append(indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def prf(f: dict) -> list[str]:
    return [f"{f['precision']:.3f}", f"{f['recall']:.3f}", f"{f['f1']:.3f}",
            f"{f['correct']}/{f['predicted']}", f"{f['found']}/{f['gold']}"]


def report(scores: list[ArticleScore], figures: dict, onto: Ontology, verbose: bool) -> Iterator[str]:
    yield "== Relations (all gb:Relation nodes, deduplicated per article by subject/property/object/polarity)"
    rows = [["level", "P", "R", "F1", "correct/built", "found/gold"]]
    rows += [[name, *prf(f)] for name, f in figures["relations"].items()]
    yield table(rows)
    yield ""
    yield "  per family (gold family = family of the gold `relation`; built family = family of the property)"
    rows = [["family", "P(a)", "R(a)", "F1(a)", "P(b)", "R(b)", "F1(b)", "built", "gold"]]
    for family, f in figures["families"].items():
        a, b = f[EXACT.name], f[FAMILY.name]
        rows.append([family, f"{a['precision']:.3f}", f"{a['recall']:.3f}", f"{a['f1']:.3f}",
                     f"{b['precision']:.3f}", f"{b['recall']:.3f}", f"{b['f1']:.3f}",
                     str(b["predicted"]), str(b["gold"])])
    yield table(rows)
    yield ""
    yield "  slices at level (a): recall of gold subsets, precision of built subsets"
    rows = [["slice", "figure", "count"]]
    for name, f in figures["slices"].items():
        if "recall" in f:
            rows.append([name, f"R {f['recall']:.3f}", f"{f['found']}/{f['gold']}"])
        else:
            rows.append([name, f"P {f['precision']:.3f}", f"{f['correct']}/{f['predicted']}"])
    yield table(rows)
    m = figures["matched_pairs"]
    yield ""
    yield (f"  over the {m['pairs']} pairs matched at (a): polarity accuracy {m['polarity_accuracy']:.3f}; "
           f"reported-or-not accuracy {m['reported_flag_accuracy']:.3f}; "
           f"relay = gold reported_by {m['relay_accuracy (both reported)']:.3f} ({m['relay_pairs']} pairs)")
    yield "  polarity confusion (gold -> built): " + ", ".join(
        f"{k} {v}" for k, v in m["polarity_confusion (gold -> built)"].items())

    r = figures["roles"]
    yield ""
    yield "== Roles"
    yield (f"  recall {r['recall']:.3f} of {r['gold roles']} gold roles (a roleIn relation holder -> `of` when "
           f"`of` is given, else a matching gb:title)")
    yield (f"  relation recall {r['relation recall (roles with `of`)']:.3f} of {r['roles with `of`']} roles with `of`;"
           f" right property {r['property accuracy (linked roles)']:.3f} of those found;"
           f" title recall {r['title recall (all roles)']:.3f}; holder found {r['holder found']:.3f}")
    yield (f"  roleIn precision {r['roleIn precision']:.3f} ({r['roleIn correct']}/{r['roleIn predicted']} built "
           f"roleIn relations match a gold roleIn relation at family level)")

    st = figures["statements"]
    yield ""
    yield "== Statements (built text overlaps the gold content_start: see overlap())"
    yield (f"  recall {st['recall']:.3f} ({st['found']}/{st['gold']}); precision {st['precision']:.3f} "
           f"({st['correct_built']}/{st['predicted']} built, optional gold ignored)")
    yield (f"  attribution accuracy {st['attribution_accuracy']:.3f} (speaker = gold speaker); "
           f"{st['attribution_accuracy_lenient (co-speaker or source)']:.3f} counting co-speakers and sources; "
           f"{st['no_speaker']} found without a speaker")
    yield f"  direct/reported accuracy {st['direct_accuracy']:.3f}; cue accuracy {st['cue_accuracy']:.3f}"

    en = figures["entities"]
    yield ""
    yield "== Entities"
    yield (f"  recall {en['recall']:.3f} ({en['found']}/{en['gold']} required gold referents have a built entity "
           f"by name/alias); kind accuracy {en['kind_accuracy']:.3f}")
    yield (f"  {en['built (non-topic, per article)']} built non-topic entities (counted per article), "
           f"{en['built matching a gold referent']:.3f} of them match a gold referent")
    yield f"  splits {en['splits']}, merges {en['merges']} (within an article):"
    for s in scores:
        for name, built in s.entities["splits"].items():
            yield f"    {s.gold.key}: split   {name} <- {', '.join(built)}"
        for built, gold in s.entities["merges"].items():
            yield f"    {s.gold.key}: merged  {built} -> {', '.join(gold)}"
    yield (f"  across articles: {en['one entity across articles']}/{en['in 2+ articles']} gold referents named in 2+ "
           f"articles resolve to one entity")
    for name, iris in en["cross-article splits"].items():
        yield f"    split across articles: {name} <- {', '.join(iris)}"
    for iri, names in en["cross-article merges"].items():
        yield f"    merged across articles: {iri} -> {', '.join(names)}"

    yield ""
    yield "== Per article"
    rows = [["article", "P(a)", "R(a)", "F1(a)", "F1(b)", "statements", "entities"]]
    for key, f in figures["per_article"].items():
        a, b = f["relations (a)"], f["relations (b)"]
        rows.append([key, f"{a['precision']:.3f}", f"{a['recall']:.3f}", f"{a['f1']:.3f}", f"{b['f1']:.3f}",
                     f["statements"], f["entities"]])
    yield table(rows)

    if verbose:
        yield from details(scores, onto)


def details(scores: list[ArticleScore], onto: Ontology) -> Iterator[str]:
    """Every miss and false alarm, article by article, with a hint at the cause."""
    for s in scores:
        al = s.alignments[EXACT.name]
        yield ""
        yield f"== {s.gold.key}"
        yield f"  relations missed ({len(al.missed)}):"
        for i in al.missed:
            yield f"    FN {show_gold(s.gold.relations[i])}"
            yield f"       ↳ {why_missed(s, s.gold.relations[i], onto)}"
        yield f"  relations wrong ({len(al.false)}):"
        for j in al.false:
            yield f"    FP {show_relation(s, s.built.relations[j])}"
            yield f"       ↳ {why_false(s, j, onto)}"
        for g, b in al.pairs:
            gold, built = s.gold.relations[g], s.built.relations[b]
            if gold["polarity"] != built.polarity or (gold["reported_by"] is not None) != built.reported:
                yield (f"    ~~ {show_gold(gold)}\n       ↳ built {built.polarity}"
                       f"{', reported' if built.reported else ', own voice'}")
        missed = s.statements.missed
        yield f"  statements missed ({len(missed)}):"
        for i in missed:
            g = s.gold.statements[i]
            yield f"    FN {g['speaker']} {g['cue'] or '(continuation)'}: «{short(g['content_start'], 60)}»"
        for g, b in s.statements.pairs:
            gold, built = s.gold.statements[g], s.built.statements[b]
            if gold["speaker"] not in s.names.denotes(built.speaker):
                yield (f"    speaker {s.names.name(built.speaker) if built.speaker else 'none'} "
                       f"(gold {gold['speaker']}): «{short(built.text, 60)}»")
        yield f"  statements with no gold ({len(s.statements.false)}):"
        for j in s.statements.false:
            b = s.built.statements[j]
            yield f"    FP {s.names.name(b.speaker) if b.speaker else 'none'} {b.cue}: «{short(b.text, 60)}»"
        roles = [r for r in s.roles if not r["found"] and not r["role"].get("optional")]
        yield f"  roles missed ({len(roles)}):"
        for r in roles:
            role = r["role"]
            yield (f"    {role['holder']}: {role['title']}{' of ' + role['of'] if role['of'] else ''}"
                   f"{'' if r['holder_found'] else ' (holder not found)'}")
        e = s.entities
        yield f"  entities missed ({len(e['missed'])}): {', '.join(e['missed'])}"
        yield "  wrong kind: " + ", ".join(f"{n} ({g} built as {b})" for n, (g, b) in e["wrong_kind"].items())
        yield f"  built entities with no gold referent ({len(e['unmatched_built'])}): {', '.join(e['unmatched_built'])}"


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="keep the built graph here (default: a temporary folder)")
    parser.add_argument("--graph", type=Path, help="score this graph.ttl instead of building one")
    parser.add_argument("--json", nargs="?", const="-", metavar="FILE",
                        help="also give the figures as JSON: after the report, or written to FILE")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)

    golds, header, rows = load_gold()
    started = perf_counter()
    if args.graph:
        path = args.graph
        graph, written = Graph().parse(path), read_written(path.with_suffix(".trig"))
    elif args.out:
        path = build_gold_articles(golds, header, rows, args.out)
        graph, written = Graph().parse(path), read_written(path.with_suffix(".trig"))
    else:
        with tempfile.TemporaryDirectory(prefix="gold-bench-out-") as tmp:
            path = build_gold_articles(golds, header, rows, Path(tmp))
            graph, written = Graph().parse(path), read_written(path.with_suffix(".trig"))
    onto = read_ontology(graph)
    built = pair_articles(graph, golds, written)
    scores = [score_article(g, built[g.key], onto) for g in golds]
    figures = totals(scores, onto)
    print(f"gold: {len(golds)} articles from {GOLD_DIR.relative_to(PROJECT)}; "
          f"built and scored in {perf_counter() - started:.1f} s")
    print()
    for line in report(scores, figures, onto, args.verbose):
        print(line)
    if args.json:
        text = json.dumps(figures, indent=2, ensure_ascii=False)
        if args.json == "-":
            print()
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
