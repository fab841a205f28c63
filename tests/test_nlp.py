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


def test_dashes_without_spaces_are_split(nlp):
    assert [t.text for t in nlp("“Rocket Man”—the nickname")][:5] == ["“", "Rocket", "Man", "”", "—"]
