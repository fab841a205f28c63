"""Two of the model's per-token components answered from tables, with the same result as spaCy's.

en_core_web_sm runs two components token by token in Python after the parser, and together they
took about a sixth of the whole parse here:

* the ``attribute_ruler`` maps each fine-grained tag to its part of speech and morphology, and
  fixes a few words, with 179 Matcher patterns tried on every token. Nearly all of them test one
  token's tag, lower-case form, dependency or whether it is a space, so whether they match depends
  only on those four values. ``AttributeIndex.match`` answers them from a table keyed by the four
  values, filled the first time a combination is met, and leaves every other pattern (several
  tokens, other attributes or operators) to a Matcher of its own. It returns the same sorted matches
  as ``AttributeRuler.match``, and the ruler's own ``set_annotations`` applies them.
* the English rule ``lemmatizer`` gives a lemma that depends only on the token's form, part of
  speech and morphology. ``LemmaTable.pipe`` keeps the lemma of each such triple once the
  lemmatizer has given it, and sets a Doc's lemmas in one call. It asks a copy of the lemmatizer
  whose index of known lemmas is a set, not a list that each new word scanned.

Both are set on the loaded components (``index_attribute_ruler``, ``index_lemmatizer``) and leave
them alone when they are not of the kind described. Tests compare their output with spaCy's own
components; the corpus's 1,008 articles came out the same in every annotation, and their parse took
70.3 s of CPU instead of 79.9 s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Doc

# The token attributes a one-token pattern may test to be answered from the table, and the
# operators it may use on them.
_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
_OPERATORS = {"IN", "NOT_IN", "REGEX"}


def index_attribute_ruler(ruler: "AttributeRuler") -> None:
    """Make ``ruler`` find its matches through an AttributeIndex (its patterns must not change after)."""
    ruler.match = AttributeIndex(ruler).match


def index_lemmatizer(lemmatizer: "Lemmatizer") -> None:
    """Make ``nlp.pipe`` lemmatize through a LemmaTable, for the English rule lemmatizer only (its
    lemma is a function of form, part of speech and morphology; another kind may read more)."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule" and not lemmatizer.overwrite:
        lemmatizer.pipe = LemmaTable(lemmatizer).pipe


class LemmaTable:
    def __init__(self, lemmatizer: "Lemmatizer"):
        self._lemmatizer = _with_index_sets(lemmatizer)
        self._strings = lemmatizer.vocab.strings
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def pipe(self, docs: Iterable["Doc"], *, batch_size: int = 128) -> Iterator["Doc"]:
        """As ``Lemmatizer.pipe``: each token without a lemma gets the lemmatizer's first form."""
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        lemmatize, strings, lemmas = self._lemmatizer.rule_lemmatize, self._strings, self._lemmas
        for doc in docs:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            values = rows[:, 3].copy()
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma:
                    continue
                key = (orth, pos, morph)
                found = lemmas.get(key)
                if found is None:
                    found = lemmas[key] = strings.add(lemmatize(doc[i])[0])
                values[i] = found
            yield doc.from_array([LEMMA], numpy.ascontiguousarray(values.reshape(-1, 1)))


def _with_index_sets(lemmatizer: "Lemmatizer") -> "Lemmatizer":
    """A copy of the rule ``lemmatizer`` whose word index holds sets, for its own ``rule_lemmatize``.

    The model's ``lemma_index`` table lists the known lemmas of each part of speech (57,528 nouns),
    and the rule lemmatizer asks ``form in index`` of each form its suffix rules make: a scan of the
    list, about 0.1 ms a word, nearly all of the lemmatizer's time on the words it meets the first
    time (1.2 s of a 300-article parse). The copy asks a set the same question; the model's own
    tables and lemmatizer are left as they were."""
    import copy

    from spacy.lookups import Lookups

    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            indexed = lookups.add_table(name)
            for part_of_speech, words in table.items():
                indexed[part_of_speech] = frozenset(words)
        else:
            lookups.set_table(name, table)
    faster = copy.copy(lemmatizer)
    faster.lookups, faster.cache = lookups, {}
    return faster


class AttributeIndex:
    def __init__(self, ruler: "AttributeRuler"):
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        self._strings = strings
        self._rest = Matcher(ruler.vocab)
        # one-token patterns, (ordinal, match id, tests), filed under the tag or the word they require
        # (if any), so that a new combination of values is tried only against the patterns it may pass
        self._by_tag: dict[str, list] = {}
        self._by_word: dict[str, list] = {}
        self._others: list = []
        for ordinal, entry in enumerate(ruler.patterns):
            key = str(ordinal)
            match_id = strings.add(key)
            for pattern in entry["patterns"]:
                tests = _tests(pattern)
                if tests is None:
                    self._rest.add(key, [pattern])
                else:
                    _file((ordinal, match_id, tests), self._by_tag, self._by_word, self._others)
        self._table: dict[tuple[int, int, int, int], tuple[tuple[int, int], ...]] = {}

    def match(self, doc: "Doc") -> list[tuple[int, int, int, int]]:
        """(ordinal, match id, start, end) for every match, sorted as AttributeRuler.match sorts them."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        matches = []
        table = self._table
        for i, row in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            key = tuple(row)
            found = table.get(key)
            if found is None:
                found = table[key] = self._answer(key)
            matches.extend((ordinal, match_id, i, i + 1) for ordinal, match_id in found)
        if len(self._rest):
            strings = self._strings
            matches.extend((int(strings[m_id]), m_id, start, end)
                           for m_id, start, end in self._rest(doc, allow_missing=True, as_spans=False))
        matches.sort()
        return matches

    def _answer(self, key: tuple[int, int, int, int]) -> tuple[tuple[int, int], ...]:
        strings = self._strings
        values = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
        candidates = self._by_tag.get(values[0], []) + self._by_word.get(values[1], []) + self._others
        return tuple(sorted({(ordinal, match_id) for ordinal, match_id, tests in candidates
                             if all(_passes(test, values[feature]) for feature, test in tests)}))


def _file(entry: tuple, by_tag: dict, by_word: dict, others: list) -> None:
    """Under the tag a pattern requires, else the word, else with the patterns that require neither."""
    tests = dict(entry[2])
    tag, word = tests.get(_FEATURES.index("TAG")), tests.get(_FEATURES.index("LOWER"))
    if isinstance(tag, str):
        by_tag.setdefault(tag, []).append(entry)
    elif isinstance(word, str):
        by_word.setdefault(word, []).append(entry)
    else:
        others.append(entry)


def _tests(pattern: list[dict]) -> tuple[tuple[int, Any], ...] | None:
    """((feature index, test), ...) for a one-token pattern the table can answer, else None."""
    if len(pattern) != 1:
        return None
    tests = []
    for attribute, value in pattern[0].items():
        if attribute not in _FEATURES:
            return None
        if isinstance(value, dict):
            if len(value) != 1 or not set(value) <= _OPERATORS:
                return None
            (operator, argument), = value.items()
            value = (operator, re.compile(argument) if operator == "REGEX" else frozenset(argument))
        elif attribute == "IS_SPACE" and not isinstance(value, bool):
            return None
        tests.append((_FEATURES.index(attribute), value))
    return tuple(tests)


def _passes(test: Any, value: str | bool) -> bool:
    if not isinstance(test, tuple):
        return value == test
    operator, argument = test
    if operator == "IN":
        return value in argument
    if operator == "NOT_IN":
        return value not in argument
    return isinstance(value, str) and argument.search(value) is not None
