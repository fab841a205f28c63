"""Score graphbuild's statements (who said what) against the PolNeAR dev split.

    cd /work/main && .venv/bin/python bench/polnear.py [--limit N] [--json] [--verbose]

Builds every text of /work/shared/eval/polnear-dev/text in one ``graphbuild.pipeline.build`` run
(into a temporary folder: nothing is copied into the repository, since the corpus licence is
unclear), reads the ``gb:Statement`` nodes back from graph.ttl and compares them with the gold
attributions in ``attributions/*.ann`` (BRAT standoff: Source, Cue and Content text-bound
annotations linked by ``Attribution`` / ``Attribution-no-source`` events; a few events carry a
second ``Content2`` span, which is joined to the first).

Scoring (all within one article at a time):

- Content match: lower-cased word tokens with punctuation stripped, as sets; a statement matches a
  gold Content when the Jaccard index of the two sets is >= 0.5. Matching is one-to-one, greedy
  by best Jaccard. Precision = matched / statements, recall = matched / gold attributions.
- Speaker: see ``speaker_correct`` (name-vs-source rule) and ``resolve_pronoun`` (the proxy
  antecedent used for pronoun sources, since PolNeAR has no coreference).
- Cue: the statement's cue word is one of the words of the gold Cue span.
- Recall breakdowns by gold content length (words) and by quoting: 'direct' when the whole gold
  content is wrapped in quote marks, 'mixed' when it only contains quoted parts, else 'indirect'.
- Diagnostics outside P/R/F1: unmatched statements whose words lie (>= 80 %) inside a gold
  content (split quotes, quoted fragments of reported clauses), and missed gold contents that hold one.

``--verbose`` lists per article FN (missed gold: offset, [cue], source, content, quoting, best
Jaccard if >= 0.2), FP (unmatched statement: offset of its evidence, [cue], speaker, dir/rep, text)
and WS (matched, wrong speaker). ``--out DIR`` keeps the built graph (outside the repository).

Two articles were annotated by six annotators; the first annotator file in name order is used.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Namespace
from rdflib.namespace import RDFS, SKOS

DATA = Path("/work/shared/eval/polnear-dev")
GB = Namespace("https://w3id.org/graphbuild/ontology#")
MIN_JACCARD = 0.5
FRAGMENT = 0.8          # containment for the fragment diagnostics
REFERENCE = "textacy direct quotations: P 0.62 R 0.14 F1 0.23 (PolNeAR split, reported)"
LENGTH_BUCKETS = ((1, 5), (6, 15), (16, 30), (31, 10**9))

PERSONAL_PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "his", "hers", "its", "their",
                     "theirs", "himself", "herself", "themselves", "itself", "you", "your", "one"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "mine", "ours", "myself", "ourselves"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
SINGULAR_ANIMATE = {"he", "she", "him", "her", "his", "hers", "himself", "herself", "i", "me", "my", "mine", "myself"}
PRONOUNS = PERSONAL_PRONOUNS | FIRST_PERSON | RELATIVE_PRONOUNS
HONORIFICS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "rev", "the", "a", "an"}
NAME_PREPOSITIONS = {"of", "for", "at", "to", "on", "in", "from", "with"}
OPEN_QUOTES = {'"', "“", "‘", "'", "«"}
CLOSE_QUOTES = {'"', "”", "’", "'", "»"}
DOUBLE_QUOTES = {'"', "“", "”", "«", "»"}
_WORD = re.compile(r"[^\W_]+")


# ---------------------------------------------------------------------------------- data types

@dataclass
class Gold:
    """One gold attribution: its Content, and its Source and Cue if annotated."""

    article: str
    ident: str
    content: str
    content_spans: list[tuple[int, int]]
    source: str | None
    source_spans: list[tuple[int, int]]
    cue: str | None
    words: frozenset[str] = field(default=frozenset())
    quoting: str = "indirect"          # direct | mixed | indirect

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content_spans)


@dataclass
class Predicted:
    """One gb:Statement read back from the graph."""

    article: str
    text: str
    cue: str
    direct: bool
    speaker: str | None                # rdfs:label of the speaker entity
    names: list[str]                   # label and altLabels
    titles: list[str]                  # gb:title of the speaker ("mayor")
    evidence: str
    start: int
    words: frozenset[str] = field(default=frozenset())


@dataclass
class Pair:
    """A matched (prediction, gold) pair and how it was judged."""

    pred: Predicted
    gold: Gold
    jaccard: float
    speaker_ok: bool | None = None     # None: gold has no Source
    pronoun: bool = False
    antecedent: str | None = None
    cue_ok: bool = False


# ---------------------------------------------------------------------------------- text helpers

def fold(text: str) -> list[str]:
    """Lower-cased word tokens with punctuation stripped (curly apostrophes split like straight ones)."""
    return _WORD.findall(text.lower().replace("’", "'"))


def word_set(text: str) -> frozenset[str]:
    return frozenset(fold(text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def containment(part: frozenset[str], whole: frozenset[str]) -> float:
    """Share of ``part``'s words that are in ``whole`` (for the fragment diagnostics)."""
    return len(part & whole) / len(part) if part else 0.0


def name_tokens(text: str) -> list[str]:
    """Folded tokens of a name or source with possessive 's' and leading honorifics/articles dropped."""
    tokens = [t for t in fold(text) if t != "s"]
    while tokens and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    return tokens


def name_head(text: str) -> str | None:
    """The head word of a name or title: its last folded word before a preposition
    ('New York Post' -> 'post', 'secretary of state' -> 'secretary')."""
    tokens = name_tokens(text)
    for i, token in enumerate(tokens):
        if token in NAME_PREPOSITIONS and i:
            tokens = tokens[:i]
            break
    return tokens[-1] if tokens else None


def contains_run(haystack: list[str], needle: list[str]) -> list[int]:
    """Start indices where ``needle`` occurs as a contiguous run in ``haystack``."""
    n = len(needle)
    return [i for i in range(len(haystack) - n + 1) if n and haystack[i:i + n] == needle]


def quoting(text: str, spans: list[tuple[int, int]]) -> str:
    """'direct' when the content is wrapped in quote marks (inside its span or just around it),
    'mixed' when it only contains quoted parts, else 'indirect'."""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    content = text[start:end].strip()
    before = text[max(0, start - 3):start].rstrip()
    after = text[end:end + 4].lstrip(" ,.?!;:")
    opens = content[:1] in OPEN_QUOTES or (before[-1:] in OPEN_QUOTES)
    closes = content.rstrip(" ,.?!;:")[-1:] in CLOSE_QUOTES or content[-1:] in CLOSE_QUOTES or after[:1] in CLOSE_QUOTES
    if opens and closes:
        return "direct"
    if any(c in DOUBLE_QUOTES or c == "‘" for c in content):
        return "mixed"
    return "indirect"


def length_bucket(words: int) -> str:
    for low, high in LENGTH_BUCKETS:
        if low <= words <= high:
            return f"{low}-{high}" if high < 10**9 else f"{low}+"
    return "0"


def short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# ---------------------------------------------------------------------------------- gold

def _spans(field_: str) -> list[tuple[int, int]]:
    """'Content 315 448;463 553' -> [(315, 448), (463, 553)]."""
    return [tuple(map(int, part.split())) for part in field_.split(" ", 1)[1].split(";")]  # type: ignore[misc]


def parse_ann(path: Path, article: str, text: str) -> list[Gold]:
    """Gold attributions of one .ann file: each Attribution event with its Content(+Content2),
    Source and Cue; Discuss/Discard spans and unlinked spans are ignored."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, kind_spans, _ = line.split("\t", 2)
            spans[ident] = (kind_spans.split(" ", 1)[0], _spans(kind_spans))
        elif line.startswith("E"):
            ident, args = line.split("\t")[:2]
            roles = dict(arg.split(":", 1) for arg in args.split() if ":" in arg)
            events.append((ident, roles))
    golds = []
    for ident, roles in events:
        content_spans = [s for key in ("Content", "Content2") if key in roles for s in spans[roles[key]][1]]
        if not content_spans:
            continue
        content_spans.sort()
        source_spans = spans[roles["Source"]][1] if "Source" in roles else []
        cue_spans = spans[roles["Cue"]][1] if "Cue" in roles else []
        content = " ".join(text[s:e] for s, e in content_spans)
        golds.append(Gold(
            article=article, ident=ident, content=content, content_spans=content_spans,
            source=" ".join(text[s:e] for s, e in source_spans) or None, source_spans=source_spans,
            cue=" ".join(text[s:e] for s, e in cue_spans) or None,
            words=word_set(content), quoting=quoting(text, content_spans)))
    return golds


def load_gold(data: Path, articles: list[str]) -> tuple[dict[str, list[Gold]], dict[str, str]]:
    """Gold attributions and raw text per article name (the .txt stem)."""
    gold: dict[str, list[Gold]] = {}
    texts: dict[str, str] = {}
    for article in articles:
        text = (data / "text" / f"{article}.txt").read_text(encoding="utf-8")
        texts[article] = text
        annotations = sorted((data / "attributions").glob(f"{article}_*.ann"))
        gold[article] = parse_ann(annotations[0], article, text) if annotations else []
    return gold, texts


# ---------------------------------------------------------------------------------- predictions

STATEMENTS = """
PREFIX gb: <https://w3id.org/graphbuild/ontology#>
SELECT ?s ?text ?cue ?direct ?file ?evidence ?start ?speaker WHERE {
    ?s a gb:Statement ; gb:text ?text ; gb:article ?a ; gb:evidence ?evidence ; gb:startOffset ?start .
    ?a gb:sourceFile ?file .
    OPTIONAL { ?s gb:cue ?cue }
    OPTIONAL { ?s gb:direct ?direct }
    OPTIONAL { ?s gb:speaker ?speaker }
}"""


def read_statements(graph_file: Path) -> dict[str, list[Predicted]]:
    """gb:Statement nodes of graph.ttl per article name (stem of gb:sourceFile), in text order."""
    graph = Graph().parse(graph_file, format="turtle")
    result: dict[str, list[Predicted]] = defaultdict(list)
    for row in graph.query(STATEMENTS):
        names: list[str] = []
        titles: list[str] = []
        label = None
        if row.speaker is not None:
            label = str(graph.value(row.speaker, RDFS.label) or row.speaker.split("/")[-1])
            names = [label] + sorted(str(n) for n in graph.objects(row.speaker, SKOS.altLabel))
            titles = sorted(str(t) for t in graph.objects(row.speaker, GB.title))
        article = Path(str(row.file)).stem
        result[article].append(Predicted(
            article=article, text=str(row.text), cue=str(row.cue or ""), direct=bool(row.direct and row.direct.toPython()),
            speaker=label, names=names, titles=titles, evidence=str(row.evidence), start=int(row.start), words=word_set(str(row.text))))
    for statements in result.values():
        statements.sort(key=lambda p: (p.start, p.text))
    return result


def run_build(files: list[Path], out: Path) -> Any:
    """One graphbuild build over ``files``; returns its BuildSummary."""
    from graphbuild.pipeline import build

    return build([str(f) for f in files], out)


# ---------------------------------------------------------------------------------- matching

def match(preds: list[Predicted], golds: list[Gold]) -> list[Pair]:
    """One-to-one matches with Jaccard >= MIN_JACCARD, greedy by best Jaccard (ties: text order)."""
    candidates = sorted(
        ((jaccard(p.words, g.words), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)),
        key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for score, i, j in candidates:
        if score < MIN_JACCARD:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append(Pair(preds[i], golds[j], score))
    return pairs


# ---------------------------------------------------------------------------------- speaker

class Parses:
    """The graphbuild spaCy model run over the raw article texts: heads of gold Source spans,
    relative-pronoun antecedents and PERSON mentions for the pronoun proxy."""

    def __init__(self, texts: dict[str, str]) -> None:
        from graphbuild.nlp import load_model

        nlp = load_model()
        self.docs = {name: doc for name, doc in zip(texts, nlp.pipe(texts.values(), batch_size=16))}

    def span(self, article: str, spans: list[tuple[int, int]]):
        """The (first fragment of the) span as a spaCy Span, or None."""
        span = self.docs[article].char_span(*spans[0], alignment_mode="expand")
        return span if span is not None and len(span) else None

    def heads(self, article: str, spans: list[tuple[int, int]]) -> set[str]:
        """Folded head words of a source span: its syntactic root and the root's appositions
        ('Mook' in "Clinton's campaign manager Robby Mook"; 'chairman' and 'Lovas' in
        "The state's campaign chairman, Phil Lovas,"; only 'Flynn' and 'surrogate' in
        'Flynn, a top Trump surrogate')."""
        span = self.span(article, spans)
        if span is None:
            return set()
        tokens = [span.root] + [t for t in span.root.children if t.dep_ == "appos" and t in span]
        return {fold(t.text)[-1] for t in tokens if fold(t.text)}

    def is_person(self, article: str, spans: list[tuple[int, int]]) -> bool:
        """Is the head (or an apposition of it) a PERSON entity?"""
        span = self.span(article, spans)
        if span is None:
            return False
        tokens = [span.root] + [t for t in span.root.children if t.dep_ == "appos"]
        return any(t.ent_type_ == "PERSON" for t in tokens)

    def persons_before(self, article: str, position: int, exclude: list[tuple[int, int]]) -> list[tuple[int, str]]:
        """(start, text) of PERSON entity mentions starting before ``position``, outside ``exclude``."""
        return [(e.start_char, e.text) for e in self.docs[article].ents
                if e.label_ == "PERSON" and e.start_char < position
                and not any(s <= e.start_char < t for s, t in exclude)]

    def relative_antecedent(self, article: str, spans: list[tuple[int, int]]) -> str | None:
        """For a relative pronoun source ('who', 'which'): the noun its clause modifies, with its
        proper-noun dependents ('Robby Mook, who said ...' -> 'Robby Mook')."""
        span = self.span(article, spans)
        if span is None:
            return None
        clause = span.root.head
        while clause.dep_ not in {"relcl", "acl"} and clause.head is not clause:
            clause = clause.head
        if clause.dep_ not in {"relcl", "acl"}:
            return None
        noun = clause.head
        left = [t for t in noun.lefts if t.dep_ in {"compound", "flat", "amod", "nmod", "poss"} and t.pos_ == "PROPN"]
        start = min([noun.i] + [t.i for t in left])
        return noun.doc[start:noun.i + 1].text


def is_pronoun(source: str) -> bool:
    tokens = fold(source)
    return bool(tokens) and all(t in PRONOUNS for t in tokens)


def resolve_pronoun(gold: Gold, golds: list[Gold], parses: Parses) -> tuple[str | None, list[tuple[int, int]]]:
    """A proxy antecedent for a pronoun Source (PolNeAR has no coreference):

    - relative pronoun ('who', 'which', 'that'): the noun its relative clause modifies (spaCy parse);
    - first person ('I', 'we') inside another attribution's Content: that attribution's Source;
    - singular personal ('he', 'she', 'his', 'I' elsewhere): the nearest preceding non-pronoun gold
      Source whose head is a PERSON entity; failing that, the nearest preceding PERSON mention
      outside the attribution's own Content;
    - anything else ('they', 'it', 'we'), and as the last fallback: the nearest preceding
      non-pronoun gold Source.
    Returns (antecedent text, its spans; empty for a parse or NER antecedent) or (None, []).
    """
    assert gold.source is not None
    start = gold.source_spans[0][0]
    words = set(fold(gold.source))
    if words & RELATIVE_PRONOUNS:
        antecedent = parses.relative_antecedent(gold.article, gold.source_spans)
        if antecedent and not is_pronoun(antecedent):
            return antecedent, []
    if words & FIRST_PERSON:
        enclosing = [g for g in golds if g is not gold and g.source and not is_pronoun(g.source)
                     and any(s <= start < e for s, e in g.content_spans)]
        if enclosing:
            best = min(enclosing, key=lambda g: sum(e - s for s, e in g.content_spans))
            return best.source, best.source_spans
    before = [g for g in golds if g.source and not is_pronoun(g.source) and g.source_spans[0][0] < start]
    if words & SINGULAR_ANIMATE:
        people = [g for g in before if parses.is_person(g.article, g.source_spans)]
        if people:
            best = max(people, key=lambda g: g.source_spans[0][0])
            return best.source, best.source_spans
        mentions = parses.persons_before(gold.article, start, gold.content_spans)
        if mentions:
            return max(mentions)[1], []
    if before:
        best = max(before, key=lambda g: g.source_spans[0][0])
        return best.source, best.source_spans
    return None, []


def speaker_correct(source: str, heads: set[str], names: list[str], titles: list[str]) -> bool:
    """Does the gold Source text refer to the predicted speaker (given by its names and titles)?

    Correct when, after folding (lower case, punctuation, possessive 's and leading honorifics or
    articles such as 'Mr.', 'the' dropped):
    (a) the source equals one of the speaker's names, or one of the names occurs as a contiguous
        word run in the source and that run contains a head word of the source ('campaign manager
        Robby Mook' ~ 'Robby Mook'; 'The campaign chairman, Phil Lovas,' ~ 'Phil Lovas'; but
        'Flynn, a top Trump surrogate' is not 'Trump', and 'the Trump campaign' is not 'Donald Trump'), or
    (b) a head word is the head word of one of the speaker's names or titles (its last word before
        any 'of', 'for', 'at', …): 'Mr. Obama' ~ 'Barack Obama', 'The Post' ~ 'New York Post',
        'the mayor' ~ Bill de Blasio when the graph gives him the title 'mayor', 'the secretary' ~
        title 'secretary of state'; but 'Clinton' is not an entity named 'Clinton Hid Past Health'.
    """
    tokens = name_tokens(source)
    if not tokens:
        return False
    heads = heads - PRONOUNS - HONORIFICS
    for name in names:
        needle = name_tokens(name)
        if not needle:
            continue
        if needle == tokens:
            return True
        if any(heads & set(tokens[i:i + len(needle)]) for i in contains_run(tokens, needle)):
            return True
    return bool(heads & {name_head(text) for text in names + titles})


def judge(pair: Pair, golds: list[Gold], parses: Parses) -> None:
    """Fill in speaker_ok, pronoun, antecedent and cue_ok of a matched pair."""
    gold, pred = pair.gold, pair.pred
    if gold.cue:
        cue_words = set(fold(gold.cue))
        pair.cue_ok = bool(pred.cue) and all(w in cue_words for w in fold(pred.cue))
    if not gold.source:
        return
    source, spans = gold.source, gold.source_spans
    if is_pronoun(gold.source):
        pair.pronoun = True
        source, spans = resolve_pronoun(gold, golds, parses)
        pair.antecedent = source
        if source is None:
            pair.speaker_ok = False
            return
    heads = parses.heads(gold.article, spans) if spans else set(name_tokens(source)[-1:])
    pair.speaker_ok = bool(pred.names) and speaker_correct(source, heads, pred.names, pred.titles)


# ---------------------------------------------------------------------------------- report

def prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def ratio(good: int, total: int) -> dict[str, Any]:
    return {"correct": good, "total": total, "accuracy": round(good / total, 3) if total else None}


def evaluate(gold: dict[str, list[Gold]], preds: dict[str, list[Predicted]], parses: Parses) -> tuple[dict[str, Any], dict[str, Any]]:
    """(metrics, per-article details) over all articles."""
    details: dict[str, Any] = {}
    pairs_all: list[Pair] = []
    for article, golds in gold.items():
        predicted = preds.get(article, [])
        pairs = match(predicted, golds)
        for pair in pairs:
            judge(pair, golds, parses)
        pairs_all += pairs
        matched_p = {id(p.pred) for p in pairs}
        matched_g = {id(p.gold) for p in pairs}
        details[article] = {
            "pairs": pairs,
            "fn": [g for g in golds if id(g) not in matched_g],
            "fp": [p for p in predicted if id(p) not in matched_p],
            "predicted": predicted,
        }
    n_gold = sum(len(g) for g in gold.values())
    n_pred = sum(len(preds.get(a, [])) for a in gold)
    with_source = [p for p in pairs_all if p.speaker_ok is not None]
    named = [p for p in with_source if not p.pronoun]
    pronoun = [p for p in with_source if p.pronoun]
    with_cue = [p for p in pairs_all if p.gold.cue]

    def recall_by(key) -> dict[str, dict[str, Any]]:
        totals, hits = Counter(), Counter()
        for article, golds in gold.items():
            matched_g = {id(p.gold) for p in details[article]["pairs"]}
            for g in golds:
                totals[key(g)] += 1
                hits[key(g)] += id(g) in matched_g
        return {k: {"gold": totals[k], "matched": hits[k], "recall": round(hits[k] / totals[k], 3)} for k in totals}

    length_order = [length_bucket(lo) for lo, _ in LENGTH_BUCKETS]
    by_length = recall_by(lambda g: length_bucket(len(fold(g.content))))
    by_quoting = recall_by(lambda g: g.quoting)

    def precision_by_direct(flag: bool) -> dict[str, Any]:
        total = sum(1 for a in gold for p in preds.get(a, []) if p.direct is flag)
        good = sum(1 for p in pairs_all if p.pred.direct is flag)
        return {"predicted": total, "matched": good, "precision": round(good / total, 3) if total else None}

    missed_cues = Counter(" ".join(fold(g.cue or "")) or "(none)" for d in details.values() for g in d["fn"])
    fp_cues = Counter(p.cue or "(none)" for d in details.values() for p in d["fp"])
    fragments = [p for a, d in details.items() for p in d["fp"]
                 if any(containment(p.words, g.words) >= FRAGMENT for g in gold[a])]
    holding = sum(1 for d in details.values() for g in d["fn"]
                  if any(containment(p.words, g.words) >= FRAGMENT for p in d["predicted"]))
    metrics = {
        "articles": len(gold),
        "gold_attributions": n_gold,
        "gold_without_source": sum(1 for gs in gold.values() for g in gs if not g.source),
        "predicted_statements": n_pred,
        "predicted_without_speaker": sum(1 for a in gold for p in preds.get(a, []) if not p.speaker),
        "matched": len(pairs_all),
        "content": prf(len(pairs_all), n_pred, n_gold),
        "mean_jaccard_of_matches": round(sum(p.jaccard for p in pairs_all) / len(pairs_all), 3) if pairs_all else None,
        "speaker_all_sources": ratio(sum(p.speaker_ok for p in with_source), len(with_source)),
        "speaker_non_pronoun_sources": ratio(sum(p.speaker_ok for p in named), len(named)),
        "speaker_pronoun_sources_proxy": ratio(sum(p.speaker_ok for p in pronoun), len(pronoun)),
        "cue": ratio(sum(p.cue_ok for p in with_cue), len(with_cue)),
        "recall_by_length": {k: by_length[k] for k in length_order if k in by_length},
        "recall_by_quoting": {k: by_quoting[k] for k in ("direct", "mixed", "indirect") if k in by_quoting},
        "precision_by_predicted_direct": {"direct": precision_by_direct(True), "reported": precision_by_direct(False)},
        "diagnostics": {
            "unmatched_statements_inside_a_gold_content": len(fragments),
            "precision_if_those_counted": round((len(pairs_all) + len(fragments)) / n_pred, 3) if n_pred else None,
            "missed_gold_contents_holding_a_statement": holding,
        },
        "top_missed_cues": missed_cues.most_common(12),
        "top_false_positive_cues": fp_cues.most_common(12),
        "reference": REFERENCE,
    }
    return metrics, details


def print_report(m: dict[str, Any], seconds: float, summary: Any) -> None:
    c = m["content"]
    print(f"PolNeAR dev: {m['articles']} articles, build {summary.seconds:.1f}s, total {seconds:.1f}s, model {summary.model}")
    if summary.problems:
        print(f"  build problems: {len(summary.problems)}")
    print(f"gold attributions     {m['gold_attributions']:5d}  ({m['gold_without_source']} without a Source)")
    print(f"predicted statements  {m['predicted_statements']:5d}  ({m['predicted_without_speaker']} without a speaker)")
    print(f"matched (J >= {MIN_JACCARD})     {m['matched']:5d}  (mean Jaccard {m['mean_jaccard_of_matches']})")
    print(f"content               P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}")
    for key, label in (("speaker_all_sources", "speaker, all sourced pairs"),
                       ("speaker_non_pronoun_sources", "speaker, non-pronoun source"),
                       ("speaker_pronoun_sources_proxy", "speaker, pronoun (proxy)"),
                       ("cue", "cue word in gold Cue")):
        r = m[key]
        acc = f"{r['accuracy']:.3f}" if r["accuracy"] is not None else "  n/a"
        print(f"{label:28s} {acc}  ({r['correct']}/{r['total']})")
    print("recall by gold content length (words):")
    for k, v in m["recall_by_length"].items():
        print(f"  {k:>6s}  {v['recall']:.3f}  ({v['matched']}/{v['gold']})")
    print("recall by quoting of the gold content:")
    for k, v in m["recall_by_quoting"].items():
        print(f"  {k:>8s}  {v['recall']:.3f}  ({v['matched']}/{v['gold']})")
    print("precision by gb:direct of the statement:")
    for k, v in m["precision_by_predicted_direct"].items():
        p = f"{v['precision']:.3f}" if v["precision"] is not None else "n/a"
        print(f"  {k:>8s}  {p}  ({v['matched']}/{v['predicted']})")
    dg = m["diagnostics"]
    print(f"diagnostics (containment >= {FRAGMENT}; not part of P/R/F1):")
    print(f"  unmatched statements lying inside a gold content: {dg['unmatched_statements_inside_a_gold_content']}"
          f"  (precision if counted correct: {dg['precision_if_those_counted']})")
    print(f"  missed gold contents holding a statement fragment: {dg['missed_gold_contents_holding_a_statement']}")
    print("most missed gold cues:  " + ", ".join(f"{c} {n}" for c, n in m["top_missed_cues"]))
    print("false-positive cues:    " + ", ".join(f"{c} {n}" for c, n in m["top_false_positive_cues"]))
    print(f"reference: {m['reference']}")


def print_verbose(details: dict[str, Any]) -> None:
    """Per article: FN (missed gold), FP (unmatched statements), WS (matched, wrong speaker)."""
    for article, d in details.items():
        wrong = [p for p in d["pairs"] if p.speaker_ok is False]
        if not (d["fn"] or d["fp"] or wrong):
            continue
        print(f"\n== {article}  (gold {len(d['pairs']) + len(d['fn'])}, pred {len(d['predicted'])}, matched {len(d['pairs'])})")
        for g in d["fn"]:
            best = max(d["predicted"], key=lambda p: jaccard(p.words, g.words), default=None)
            near = f"  ~J{jaccard(best.words, g.words):.2f}" if best and jaccard(best.words, g.words) >= 0.2 else ""
            print(f"  FN @{g.start} [{g.cue or '-'}] {g.source or '-'} : {short(g.content)} ({g.quoting}){near}")
        for p in d["fp"]:
            kind = "dir" if p.direct else "rep"
            print(f"  FP @{p.start} [{p.cue}] {p.speaker or '-'} ({kind}) : {short(p.text)}")
        for p in wrong:
            via = f" (pronoun -> {p.antecedent})" if p.pronoun else ""
            print(f"  WS @{p.gold.start} gold {p.gold.source}{via} / pred {p.pred.speaker} : {short(p.gold.content, 60)}")


def verbose_json(details: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for article, d in details.items():
        out[article] = {
            "false_negatives": [{"start": g.start, "source": g.source, "cue": g.cue, "content": g.content,
                                 "quoting": g.quoting} for g in d["fn"]],
            "false_positives": [{"start": p.start, "speaker": p.speaker, "cue": p.cue, "direct": p.direct,
                                 "text": p.text} for p in d["fp"]],
            "wrong_speaker": [{"start": p.gold.start, "gold_source": p.gold.source, "antecedent": p.antecedent,
                               "predicted": p.pred.speaker, "content": p.gold.content}
                              for p in d["pairs"] if p.speaker_ok is False],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (name order)")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, false positives and wrong speakers")
    parser.add_argument("--data", type=Path, default=DATA, help=f"PolNeAR folder (default {DATA})")
    parser.add_argument("--out", type=Path, default=None,
                        help="keep graph.ttl/graph.html in this folder (default: a temporary folder); not inside the repo")
    args = parser.parse_args(argv)

    if args.out is not None and args.out.resolve().is_relative_to(Path(__file__).resolve().parents[1]):
        parser.error("--out must be outside the repository (the corpus licence is unclear)")
    started = time.perf_counter()
    files = sorted((args.data / "text").glob("*.txt"))[: args.limit]
    if not files:
        print(f"no texts under {args.data / 'text'}", file=sys.stderr)
        return 2
    articles = [f.stem for f in files]
    gold, texts = load_gold(args.data, articles)
    with tempfile.TemporaryDirectory(prefix="polnear-") as temporary:
        out = args.out or Path(temporary)
        summary = run_build(files, out)
        preds = read_statements(out / "graph.ttl")
    parses = Parses(texts)
    metrics, details = evaluate(gold, preds, parses)
    seconds = time.perf_counter() - started
    if args.json:
        metrics["seconds"] = round(seconds, 1)
        metrics["build_problems"] = [str(p) for p in summary.problems]
        if args.verbose:
            metrics["details"] = verbose_json(details)
        print(json.dumps(metrics, indent=2, ensure_ascii=False))
    else:
        print_report(metrics, seconds, summary)
        for problem in summary.problems:
            print(f"  problem: {problem}")
        if args.verbose:
            print_verbose(details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
