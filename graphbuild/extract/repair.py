"""Repairs of parser attachments that the rules downstream would otherwise read wrongly, made on the
parsed Doc before anything reads it.

- A person's name set off by commas after a title's ``of`` phrase is in apposition to the title, not to
  the title's object: 'The president of France, Ali Demir, met X', which the parser often hangs on
  'France' (so that neither the role nor the subject would find the person).
- A past-tense verb with no subject joined to a bare infinitive ('... hope that their meeting would help
  and agreed on X') cannot share its 'would' or 'to': it is joined to the nearest past-tense verb above
  ('expressed hope ... and agreed'), whose subject it shares.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.knowledge import Knowledge

_TITLE_PREPS = {"of", "for", "at"}
_BARE = {"to", "would", "will", "could", "should", "can", "may", "might", "must", "shall"}   # before a bare infinitive


def repair(doc: Doc, knowledge: Knowledge) -> None:
    """Make the repairs above, in place."""
    for token in doc:
        if token.dep_ == "appos" and token.ent_type_ == "PERSON":
            title = _title_of_object(token, knowledge)
            if title is not None:
                token.head = title
        elif token.dep_ == "conj" and token.tag_ == "VBD":
            finite = _finite_above(token)
            if finite is not None:
                token.head = finite


def _title_of_object(name: Token, knowledge: Knowledge) -> Token | None:
    """The title whose prepositional object the parser gave ``name`` to, when ``name`` follows a comma
    and that object names no person; else None."""
    obj = name.head
    prep = obj.head
    title = prep.head
    if (obj.dep_ != "pobj" or obj.ent_type_ == "PERSON" or prep.dep_ != "prep" or prep.lower_ not in _TITLE_PREPS
            or name.left_edge.i == 0 or name.doc[name.left_edge.i - 1].text != ","
            or title.pos_ != "NOUN" or title.ent_type_ or title.lemma_.lower() not in knowledge.titles
            or any(c.dep_ == "appos" for c in title.children)):
        return None
    return title


def _finite_above(verb: Token) -> Token | None:
    """The past-tense verb a subjectless past-tense ``verb`` belongs with when the parser joined it to a
    bare infinitive; else None."""
    head = verb.head
    if (head.tag_ != "VB" or head.i > verb.i or not any(c.dep_ == "aux" and c.lower_ in _BARE for c in head.children)
            or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)):
        return None
    for ancestor in head.ancestors:
        if ancestor.tag_ == "VBD" and ancestor.pos_ == "VERB":
            return ancestor
        if ancestor.dep_ in {"ROOT", "relcl"}:
            return None
    return None
