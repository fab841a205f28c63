"""Repairs of parser attachments that the rules downstream would otherwise read wrongly, made on the
parsed Doc before anything reads it.

- A person's name set off by commas after a title's ``of`` phrase is in apposition to the title, not to
  the title's object: 'The president of France, Ali Demir, met X', which the parser often hangs on
  'France' (so that neither the role nor the subject would find the person).
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.knowledge import Knowledge

_TITLE_PREPS = {"of", "for", "at"}


def repair(doc: Doc, knowledge: Knowledge) -> None:
    """Make the repairs above, in place."""
    for token in doc:
        if token.dep_ == "appos" and token.ent_type_ == "PERSON":
            title = _title_of_object(token, knowledge)
            if title is not None:
                token.head = title


def _title_of_object(name, knowledge: Knowledge):
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
