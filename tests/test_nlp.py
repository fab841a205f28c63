"""The spaCy adapter: model loading, chunked parsing of long texts, our components."""

from __future__ import annotations

import pytest

from graphbuild.nlp import chunks, parse


@pytest.mark.parametrize("text", ["", "short", "a\nb\n" * 50, "One. Two. " * 40, "x" * 333])
def test_chunks_join_back_to_the_text(text):
    pieces = list(chunks(text, size=37))
    assert "".join(pieces) == text
    assert all(len(p) <= 37 for p in pieces)


def test_long_texts_are_parsed_in_pieces_into_one_exact_doc(nlp, monkeypatch):
    import graphbuild.nlp as module

    monkeypatch.setattr(module, "CHUNK", 200)
    text = "Angela Merkel met Emmanuel Macron in Paris.\n" * 20 + "Iran supports dialogue.\n"
    docs = list(parse(nlp, [("A short one.", 1), (text, 2), ("Another short one.", 3)]))
    assert [context for _, context in docs] == [1, 2, 3]
    long_doc = docs[1][0]
    assert long_doc.text == text
    assert sum(1 for e in long_doc.ents if e.text == "Angela Merkel") == 20
    assert len(list(long_doc.sents)) >= 21


def test_a_line_break_ends_a_sentence(nlp):
    doc = nlp("Trump said\nthe talks went well")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize("text, starts", [
    ("“I can promise you that I will be working on these issues when I get to Washington, D.C.” Smith will be a "
     "fine senator, Lee said.", ["“", "Smith"]),
    ("He called it “a fine plan.” Lee agreed with him.", ["He", "Lee"]),
    ("The senator flew to the “U.S.” on Monday.", ["The"]),     # no capital after the quote: one sentence
])
def test_a_closing_quote_after_a_full_stop_ends_a_sentence_before_a_capital(nlp, text, starts):
    assert [sentence[0].text for sentence in nlp(text).sents] == starts


@pytest.mark.parametrize("text", [
    "Ava Roe said she felt the 13th Amendment was worth examining because most people do not know it.",
    "Nelson accused Moore of assaulting her when she was 16 and he was in his 30s.",
])
def test_no_sentence_starts_right_after_a_word(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("text, starts", [
    ("Two lobbyists were charged, including Jose Garcia, a former campaign manager for U.S. President Ali Demir.",
     ["Two"]),
    ("The tax bill unveiled last week in the U.S. Congress could change.", ["The"]),
    ("Maria Lopez moved to the U.S. The company said it would grow.", ["Maria", "The"]),   # a function word starts one
])
def test_an_initialism_before_a_capitalised_name_ends_no_sentence(nlp, text, starts):
    assert [sentence[0].text for sentence in nlp(text).sents] == starts


def test_no_sentence_starts_with_a_comma(nlp):
    doc = nlp("Glenn Doe spoke of a June 2016 meeting with Ali Demir’s son, Jose Demir Jr., his son-in-law and close "
              "aide, Kemal Demir, and former campaign chief Paul Farnsworth.")
    assert [sentence[0].text for sentence in doc.sents] == ["Glenn"]


def test_dashes_without_spaces_are_split(nlp):
    assert [t.text for t in nlp("“Rocket Man”—the nickname")][:5] == ["“", "Rocket", "Man", "”", "—"]


# The attribute ruler and the lemmatizer answered from tables (graphbuild/token_tables.py) must give
# exactly what spaCy's own components give.

TABLE_TEXTS = [
    "Senator Maria Lopez said on Tuesday that she would not back the bill, and that Ali Demir's group isn't "
    "gonna win.",
    "“We are talking to them,” Ann Lee told reporters. There is no deal yet; it's up to the committee.",
    "Jose Garcia, who has met the ministers twice, was asked whether talks had stalled.\n\nThey had not.",
    "I gave it to you because you asked me. Let's see if y'all got ta go.",
    "Lawmakers' hopes rose as the studies showed falling prices, and the bills were being rewritten by wiser aides.",
]


def test_the_attribute_ruler_table_finds_the_matches_spacy_finds(nlp):
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.match.__func__ is not AttributeRuler.match      # the table is in use
    for doc in nlp.pipe(TABLE_TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc)


def test_the_attribute_index_agrees_with_spacy_on_every_kind_of_pattern():
    """Patterns of each shape: tag, word, dependency, space, IN / NOT_IN / REGEX, several tokens,
    and a test of an attribute the table does not read (left to spaCy's Matcher)."""
    import spacy
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

    from graphbuild.token_tables import AttributeIndex

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"TAG": "NN", "LOWER": "talk"}]], {"LEMMA": "talk"})
    ruler.add([[{"LOWER": {"IN": ["he", "she"]}, "DEP": "nsubj"}]], {"MORPH": "Case=Nom"})
    ruler.add([[{"TAG": {"NOT_IN": ["VBZ", ""]}, "DEP": {"IN": ["dobj", "ROOT"]}}]], {"POS": "AUX"})
    ruler.add([[{"LOWER": {"REGEX": "^h.s$"}}]], {"LEMMA": "have"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"LOWER": "a"}, {"TAG": "NN"}]], {"MORPH": "Number=Sing"}, index=1)
    ruler.add([[{"IS_TITLE": True}]], {"POS": "PROPN"})
    ruler.add([[{"TAG": "NN"}], [{"LOWER": "talk"}]], {"POS": "X"})     # two patterns, one match each
    words = ["He", "has", "a", "talk", "\n", "she", "has", "no", "talk"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, False, False, True, True, True, False],
              tags=["PRP", "VBZ", "DT", "NN", "_SP", "PRP", "VBZ", "DT", "NN"],
              heads=[1, 1, 3, 1, 3, 6, 6, 8, 6], deps=["nsubj", "ROOT", "det", "dobj", "dep", "nsubj", "ROOT",
                                                       "det", "dobj"])
    expected = AttributeRuler.match(ruler, doc)
    assert len(expected) > 12
    assert AttributeIndex(ruler).match(doc) == expected


def test_the_lemma_table_gives_the_lemmas_spacy_gives(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert "pipe" in vars(lemmatizer)                              # the table is in use
    ours = list(lemmatizer.pipe(nlp.pipe(TABLE_TEXTS * 2, disable=["lemmatizer", "ner"])))   # twice: from the table
    theirs = [type(lemmatizer).__call__(lemmatizer, doc) for doc in nlp.pipe(TABLE_TEXTS * 2,
                                                                            disable=["lemmatizer", "ner"])]
    assert [[t.lemma_ for t in doc] for doc in ours] == [[t.lemma_ for t in doc] for doc in theirs]
    assert "go" in [t.lemma_ for t in ours[3]]                    # set by the attribute ruler, kept


def test_the_lemma_table_asks_a_copy_whose_word_index_is_sets_and_leaves_the_model_as_it_was(nlp):
    from graphbuild.token_tables import LemmaTable

    lemmatizer = nlp.get_pipe("lemmatizer")
    table = LemmaTable(lemmatizer)
    index = table._lemmatizer.lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    assert all(isinstance(words, list) for words in lemmatizer.lookups.get_table("lemma_index").values())
    assert table._lemmatizer is not lemmatizer and table._lemmatizer.cache is not lemmatizer.cache
    doc = nlp("The studies showed wiser aides rewriting bills.")
    assert [table._lemmatizer.rule_lemmatize(t) for t in doc] == [lemmatizer.rule_lemmatize(t) for t in doc]


def test_a_lemmatizer_of_another_kind_is_left_alone():
    import spacy

    from graphbuild.token_tables import index_lemmatizer

    lemmatizer = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "lookup"})
    index_lemmatizer(lemmatizer)
    assert "pipe" not in vars(lemmatizer)
