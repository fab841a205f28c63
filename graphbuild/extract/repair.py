"""Repairs of parser attachments that the rules downstream would otherwise read wrongly, made on the
parsed Doc before anything reads it.

- A person's name set off by commas after a title's ``of``, ``for``, ``at``, ``to`` or ``in`` phrase is in
  apposition to the title, not to the title's object: 'The president of France, Ali Demir, met X', 'Spain's
  ambassador to Germany, Ali Demir, said', which the parser often hangs on the country (so that neither the
  role nor the subject would find the person); not when that object is another word for a person ('campaign
  chairman for Trump's opponent, Hillary Clinton').
- A person's name set off by a comma after the post a noun of putting someone forward names is that noun's
  apposition: 'the first choice for agency director, Ali Demir', which the parser hangs on 'director' (Demir
  was chosen, and holds no post).
- A second 'as' the parser joined to a verb further up continues the 'as' of the nearer verb before it:
  'the brother of X, who served as chairman of Y, and as adviser to Z' (X was the adviser).
- A past-tense verb with no subject joined to a bare infinitive ('... hope that their meeting would help
  and agreed on X') cannot share its 'would' or 'to': it is joined to the nearest past-tense verb above
  ('expressed hope ... and agreed'), whose subject it shares.
- Of two titled names joined by 'and', the first is not the second's modifier, nor the second's title a
  conjunct of the first: 'with U.S. Secretary of State Ann Lee and Australian Foreign Minister Jane
  Roe', which the parser can read as Roe with the modifier 'Lee and Minister'.
- A person's name joined to the place of another person's 'of' or 'from' phrase is joined to that person:
  'Governors Ali Demir of Ohio and Maria Lopez of Iowa met X', which the parser often reads as 'Ohio and
  Maria Lopez' (so that Lopez would neither meet X nor be one of the governors).
- A country's name the parser made a second subject or object beside a person's name that starts right after
  it ('accused U.S. Senator Ali Demir', read as two objects) is the name's modifier; so is a common noun before a
  name of a person or an organisation ('The news website BuzzFeed has reported', read as two subjects).
- A speech verb with no subject that the parser joined to the clause another speech verb reports is joined
  to that speech verb when its tense, by its first auxiliary, is that verb's and not the clause's: 'Smith said
  Jones does support it and noted that ...' (Smith noted), 'has said that X was false and has denied it'
  (not when the tenses leave it open: 'reported that X had been questioned and testified').
- A singular common noun the parser joined as a conjunct to a subject's name, set between commas, is in apposition
  to it: 'China, North Korea's neighbor and main trading partner, has resisted' (not 'Ali Demir, his lawyer and
  his wife attended', a list that no comma closes); so is a phrase opened by 'a' beside a person's name wherever
  it stands ('asked Ali Demir, a Texas Republican, and other lawmakers to ...').
- A subject the parser hung on an auxiliary ('Spain has many times praised France') is the verb's; and a
  'have' the parser made the main verb, with the participle as its clause ('Smith has several times
  contradicted Jones') or as a modifier of its object after an adverb ('X and Y have long opposed
  legislation'), is the participle's auxiliary.
- A singular apposition the parser hung on the first of several names joined before it, set right after the
  last of them, describes the last: 'involving Clinton and Robert Mueller, the special counsel who ...'.
- An 'of' phrase the parser hung on a date between it and its noun ('Trump's endorsement on Monday of Roy
  Moore') is the noun's.
- 'as' the parser made a preposition whose object is a name with a finite verb without subject right after it
  opens a clause: 'held the hearing as Trump wrapped up a trip to Asia' (Trump wraps it up; the verb is an
  adverbial clause, the name its subject, 'as' its marker).
- A particle the parser gave an object is a preposition: 'had called on X to resign', with 'on' a particle and X
  its object (so X is called on, as in 'called on X to resign').
- 'Smith, told that X, said, "..."': 'told' or 'asked' right after its subject's comma, with a subjectless
  speech verb after a comma that the parser made its reported clause (or that the parser made the head, with
  Smith the subject of 'told'), is a participle set into the sentence: the speech verb is the head, and Smith
  its subject, and 'told' a participle (so Smith says the quote, and is not said to tell X).
- A name the parser made the root, with the sentence's finite verb hung on it as a clause after a comma ('Smith,
  speaking to supporters, called on X to act', read as 'Smith' modified by 'speaking' and 'called'), is the verb's
  subject, and the verb the root.
- A name right before a finite verb that the parser joined with 'and' to a noun of the clause before is the verb's
  subject, and the verb is joined to that clause's: 'The Kremlin denies the allegations of meddling and Trump denies
  any collusion' (not the Kremlin's denial of collusion), 'Madrid denies the allegations and Ali Demir denies ...',
  with 'the allegations' read as the second verb's subject.
- The object the parser gave a speech verb right before the finite clause it reports, which has no subject, is that
  clause's subject: 'Democrats argue an array of programs also face shortfalls', 'Refiners claim complying with
  the law costs millions', 'warned Trump would lose'.
- A clause with a subject of its own that the parser made an adverbial or open clause of a speech verb,
  because a phrase stood between them ('said after the meeting he would resign', 'told reporters on Friday
  the talks had failed'), is the verb's reported complement; the phrase before its subject tells when or
  where it was said, and is the verb's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.spans import tokens_of
from graphbuild.knowledge import Knowledge

_TITLE_PREPS = {"of", "for", "at", "to", "in"}
_AUXILIARIES = {"have", "be", "do", "will", "would", "can", "could", "should", "may", "might", "must", "shall"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj"}
_BARE = {"to", "would", "will", "could", "should", "can", "may", "might", "must", "shall"}   # before a bare infinitive


def repair(doc: Doc, knowledge: Knowledge) -> None:
    """Make the repairs above, in place."""
    tokens = tokens_of(doc)     # one Token object per word, not one per word and loop
    for token in tokens:
        verb = _finite_verb_on_root_name(token)
        if verb is not None:
            for child in [c for c in token.children if c.i > verb.i]:
                child.head = verb       # what the parser hung on the name past the verb ('.')
            verb.head, verb.dep_ = verb, "ROOT"
            token.head, token.dep_ = verb, "nsubj"
    for token in tokens:
        participle = _perfect_participle(token)
        if participle is not None:
            _make_auxiliary(token, participle)
    for token in tokens:
        said = _said_after_aside(token, knowledge)
        if said is not None:
            _make_head(token, said)
        elif _aside_under_said(token, knowledge):
            next(c for c in token.children if c.dep_ == "nsubj" and c.i < token.i).head = token.head
            token.dep_, token.tag_ = "advcl", "VBN"
    for token in tokens:
        if (token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ in {"aux", "auxpass"}
                and token.head.lemma_ in _AUXILIARIES and token.head.head.i != token.head.i):
            token.head = token.head.head
        elif token.dep_ == "appos" and token.ent_type_ == "PERSON":
            title = _title_of_object(token, knowledge) or _nominee_for(token, knowledge)
            if title is not None:
                token.head = title
        elif token.dep_ == "appos" and token.tag_ in {"NN", "NNP"}:
            last = _last_conjunct_before(token)
            if last is not None:
                token.head = last
        elif token.dep_ == "conj" and token.ent_type_ == "PERSON":
            person = _person_of_place(token)
            if person is not None:
                token.head = person
        elif token.dep_ in {"nmod", "compound"} and token.ent_type_ == "PERSON":
            second = _nested_second_name(token)
            if second is not None:
                _join_names(token, *second)
        elif token.dep_ == "conj" and token.lower_ == "as" and token.pos_ == "ADP":
            first = _earlier_as(token)
            if first is not None:
                token.head = first
        elif token.dep_ == "conj" and token.tag_ in {"NN", "NNP"} and _apposition_read_as_conjunct(token):
            token.dep_ = "appos"
        elif token.dep_ == "conj" and token.pos_ == "VERB":
            above = (_finite_above(token) if token.tag_ == "VBD" else None) or _speech_verb_above(token, knowledge)
            if above is not None:
                token.head = above
        elif token.dep_ in _ARGUMENTS and (name := _name_after_modifier(token)) is not None:
            token.head, token.dep_ = name, "compound"
        elif token.dep_ == "prep" and token.lower_ == "as" and (clause := _clause_after_as(token)) is not None:
            subject, verb = clause     # 'held the hearing as Trump wrapped up a trip': Trump wrapped it up
            subject.head, subject.dep_ = verb, "nsubj"
            token.head, token.dep_, token.pos_, token.tag_ = verb, "mark", "SCONJ", "IN"
            verb.dep_ = "advcl"
        elif token.dep_ == "prt" and any(c.dep_ == "pobj" for c in token.children):
            token.dep_, token.tag_ = "prep", "IN"     # 'had called on X to resign': a particle with an object
        elif token.dep_ == "prep" and token.lower_ == "of" and token.head.ent_type_ in {"DATE", "TIME"}:
            noun = _noun_before_date(token)
            if noun is not None:
                token.head = noun
        elif token.dep_ in {"advcl", "xcomp"} and token.pos_ in {"VERB", "AUX"}:
            lead = _reported_clause_lead(token, knowledge)
            if lead is not None:
                for phrase in lead:
                    phrase.head = token.head
                token.dep_ = "ccomp"
    for token in tokens:
        if (token.lower_ == "state" and token.dep_ not in {"compound", "pobj"} and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ in knowledge.titles):
            token.head, token.dep_ = doc[token.i + 1], "compound"     # 'Illinois State Senator X': the title's
        if _listed_name_read_as_apposition(token):
            token.dep_ = "conj"     # 'Senators X of Iowa, Y of Ohio and Z of Nevada': three senators
    for token in tokens:
        name = _name_before_verb(token)
        if name is not None:       # 'Madrid denies the allegations and Ali Demir denies any deal'
            wrong = next((c for c in token.children if c.dep_ == "nsubj" and c.i < name.i), None)
            top = token.head
            if wrong is not None:
                wrong.head, wrong.dep_ = top, "dobj"
            cc = token.doc[name.left_edge.i - 1]
            cc.head = top
            name.head, name.dep_ = token, "nsubj"
            token.dep_ = "conj"
    for token in tokens:
        if token.dep_ == "ccomp":
            subject = _subject_read_as_object(token, knowledge)
            if subject is not None:
                subject.head = token
                subject.dep_ = "csubj" if subject.pos_ == "VERB" else "nsubj"


def _name_before_verb(verb: Token) -> Token | None:
    """The name right before a finite verb that the parser joined with 'and' to a noun of the clause before,
    leaving the verb no subject of its own or one that starts in that clause: the verb's subject, and the verb
    joined to that clause's ('The Kremlin denies the allegations of meddling and Trump denies any collusion',
    'denies any collusion with Russia and Moscow denies meddling'); else None."""
    if (verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ccomp", "conj"}
            or verb.i < 2 or verb.head.i > verb.i):
        return None
    name = verb.doc[verb.i - 1]
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    if (name.dep_ != "conj" or not name.ent_type_ or name.pos_ != "PROPN" or name.i != verb.i - 1
            or name.left_edge.i < 1 or name.doc[name.left_edge.i - 1].lower_ != "and"
            or name.head.i >= name.i or name.head.i <= verb.head.i):
        return None
    # not names joined as the verb's own subject ('said Trump and Xi agreed'), only a noun deeper in a phrase
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}]
    if any(c.i > name.i or c.i < verb.head.i or c.i == name.head.i for c in subjects):
        return None
    return name


def _subject_read_as_object(clause: Token, knowledge: Knowledge) -> Token | None:
    """The object the parser gave a speech verb right before the finite clause it reports, when that clause has
    no subject: the clause's subject ('Democrats argue an array of programs also face shortfalls', 'Refiners
    claim complying with the law costs millions', 'warned Trump would lose'); else None."""
    verb = clause.head
    finite = clause.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ == "aux" and c.lemma_ in _AUXILIARIES and c.lower_ != "to" for c in clause.children)
    if (verb.lemma_ not in knowledge.speech_verbs or clause.i < verb.i or not finite
            or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"} for c in clause.children)):
        return None
    # not an object with a name joined to it, which is the clause's subject ('denies any collusion with Russia and
    # Moscow denies ...': see relations.subject_of_next_clause)
    return next((c for c in verb.children if c.dep_ in {"dobj", "xcomp"} and verb.i < c.i < clause.i
                 and c.right_edge.i + 1 == clause.left_edge.i and (c.dep_ == "dobj" or c.tag_ == "VBG")
                 and not any(t.dep_ == "cc" for t in c.subtree)), None)


def _finite_verb_on_root_name(name: Token) -> Token | None:
    """The finite verb without a subject that the parser hung after a comma on a name it made the root
    ('Smith, speaking to supporters, called on X'); else None."""
    if name.dep_ != "ROOT" or name.pos_ not in {"PROPN", "NOUN"}:
        return None
    return next((c for c in name.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBZ", "VBP"} and c.i > name.i
                 and name.doc[c.i - 1].text == "," and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)),
                None)


def _last_conjunct_before(appos: Token) -> Token | None:
    """The last of the names joined before a singular apposition the parser hung on the first ('involving
    Clinton and Robert Mueller, the special counsel who ...': Mueller is the counsel); else None."""
    conjuncts = [c for c in appos.head.conjuncts if c.i < appos.i]
    following = appos.doc[appos.i + 1] if appos.i + 1 < len(appos.doc) else None
    if not conjuncts or (following is not None and following.pos_ in {"VERB", "AUX"}):
        return None     # '... Iran and Afghanistan, a White House official said': a source, no apposition
    last = max(conjuncts, key=lambda c: c.i)
    doc = appos.doc
    comma = last.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != "," or appos.left_edge.i != comma + 1:
        return None
    return last


def _noun_before_date(of: Token) -> Token | None:
    """The noun an 'of' phrase belongs to when the parser hung it on a date between them ('Trump's
    endorsement on Monday of Roy Moore', 'the release on Friday of the memo'); else None. Not when the
    phrase is a date too ('on Monday of next week')."""
    date = of.head
    prep = date.head
    if date.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN" or of.i < date.i:
        return None
    if any(g.ent_type_ in {"DATE", "TIME"} for g in of.children if g.dep_ == "pobj"):
        return None
    return prep.head


def _reported_clause_lead(clause: Token, knowledge: Knowledge) -> list[Token] | None:
    """The phrases before the subject of ``clause`` ('after the meeting' in 'said after the meeting he would
    resign'), when ``clause`` is the misread complement of the speech verb it hangs on; else None. Its
    subject must be its own and come after the verb with no comma between, and nothing may open it but
    such phrases: 'said, smiling, ...', 'accused X of lying when he was ...' and infinitives are left alone."""
    verb = clause.head
    lemma = verb.lemma_.lower()
    if (verb.i >= clause.i or verb.pos_ != "VERB" or lemma not in knowledge.speech_verbs
            or lemma in knowledge.accusation_verbs or lemma in knowledge.naming_verbs):
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if (subject is None or subject.i > clause.i or subject.tag_ in {"WDT", "WP", "WRB"}
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
        return None
    opening = [c for c in clause.children if c.i < subject.i]
    if not opening or any(c.dep_ not in {"prep", "npadvmod"} for c in opening):
        return None
    between = verb.doc[verb.i + 1:subject.left_edge.i]
    if any(t.is_punct or t.tag_ in {"WDT", "WP", "WRB"} for t in between):
        return None
    return opening


def _name_after_modifier(word: Token) -> Token | None:
    """The name that the parser made a second argument of the same kind right after ``word``, which then
    modifies it: a country before a person's name ('accused U.S. Senator Al Franken', read as two objects), or a
    common noun before the name of a person or an organisation ('The news website BuzzFeed has reported', read as
    two subjects); not a word with a phrase of its own after it ('Industry groups like the organization X have
    said'); else None."""
    country = word.ent_type_ in {"GPE", "NORP"}
    if word.right_edge.i != word.i or not (country or (word.pos_ == "NOUN" and not word.ent_type_)):
        return None
    name = next((c for c in word.head.children if c.dep_ == word.dep_ and c.i != word.i
                 and c.left_edge.i == word.i + 1), None)
    if name is None or (name.ent_type_ != "PERSON" if country
                        else name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", "ORG"}):
        return None
    return name


def _title_of_object(name: Token, knowledge: Knowledge) -> Token | None:
    """The title whose prepositional object the parser gave ``name`` to, when ``name`` follows a comma
    and that object names no person by a word for one ('campaign chairman for Trump's opponent, Hillary
    Clinton': the opponent is Clinton), nor by a name unless ``name`` is a name too; else None."""
    obj = name.head
    prep = obj.head
    title = prep.head
    # a name is no apposition to another name: 'a lawyer for Donald Trump Jr., Alan Futerfas' is the lawyer
    named = obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.pos_ == "PROPN"
    if (obj.dep_ != "pobj" or (obj.ent_type_ == "PERSON" and not named) or prep.dep_ != "prep"
            or prep.lower_ not in _TITLE_PREPS
            or obj.lemma_.lower() in knowledge.tie_nouns or obj.lemma_.lower() in knowledge.titles
            or name.left_edge.i == 0 or name.doc[name.left_edge.i - 1].text != ","
            or title.pos_ != "NOUN" or title.ent_type_ or not _is_title(title, knowledge)
            or any(c.dep_ == "appos" for c in title.children)):
        return None
    return title


def _nominee_for(name: Token, knowledge: Knowledge) -> Token | None:
    """The noun of putting someone forward ('choice', 'nominee', 'candidate': `nomination` in ontology/cues.tsv)
    whose 'for' phrase names the post the parser hung ``name`` on, after a comma: 'the first choice for agency
    director, Ali Demir', where Demir was chosen, and holds no post; else None."""
    post = name.head
    nominee = post.head.head
    if (post.dep_ == "pobj" and post.head.lower_ == "for" and nominee.pos_ == "NOUN"
            and nominee.lemma_.lower() in knowledge.words.get("nomination", ())
            and name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","):
        return nominee
    return None


def _is_title(noun: Token, knowledge: Knowledge) -> bool:
    """Is the noun, with the modifiers right before it, a title ('president'; 'chief executive')?"""
    words = [t.lower_ for t in noun.lefts if t.dep_ in {"amod", "compound"}] + [noun.lemma_.lower()]
    return any(" ".join(words[n:]) in knowledge.titles for n in range(len(words)))


def _earlier_as(second: Token) -> Token | None:
    """The 'as' of a nearer verb that a second 'as' the parser joined to a verb further up continues ('the
    brother of X, who served as chairman of Y, and as adviser to Z': X was the adviser); else None."""
    verb = second.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next((t for t in reversed(second.doc[verb.i + 1:second.i]) if t.lower_ == "as" and t.dep_ == "prep"
                 and t.head.pos_ in {"VERB", "AUX"} and t.head.i > verb.i), None)


def _nested_second_name(name: Token) -> tuple[Token, Token] | None:
    """The second of two titled names joined by 'and' when the parser hung the first on the second (or on a
    word of the second's title) and made the second's title a conjunct of the first ('with U.S. Secretary of
    State Ann Lee and Australian Foreign Minister Jane Roe', read as Roe's modifier 'Lee and Minister'): that
    second name and its title; else None."""
    second, doc = name.head, name.doc
    if name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I":
        return None     # not the end of the first name (most such words are first names: a cheap way out)
    while second.dep_ in {"nmod", "compound"} and second.head.i > second.i:
        second = second.head    # 'Ann Lee and Defense Secretary Jose Garcia' with Lee on 'Secretary'
    if second.ent_type_ != "PERSON" or second.i <= name.i:
        return None     # the second is no name standing on its own
    cc = next((c for c in name.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    title = next((c for c in name.children if c.dep_ == "conj" and cc is not None and c.i > cc.i
                  and c.pos_ in {"PROPN", "NOUN"} and c.head.i == name.i and c.i < second.i), None)
    if title is None or not all(title.i <= doc[i].head.i <= second.i for i in range(title.i + 1, second.i)):
        return None     # the title must run straight into the second name
    return second, title


def _join_names(first: Token, second: Token, title: Token) -> None:
    """Make ``first`` stand where ``second`` stood, with ``second`` its conjunct and ``title`` the second's;
    words of the first's phrase hung on the second's are the first's ('Secretary of State Ann Lee')."""
    doc = first.doc
    for i in range(first.i - 1, -1, -1):     # back to the start of the first's phrase
        word = doc[i]
        if word.is_punct or word.pos_ in {"VERB", "AUX", "PRON", "CCONJ", "SCONJ"}:
            break
        if first.i < word.head.i <= second.i:
            word.head = first
    first.head, first.dep_ = second.head, second.dep_
    second.head, second.dep_ = first, "conj"
    title.head, title.dep_ = second, "compound"


def _person_of_place(name: Token) -> Token | None:
    """The person whose 'of' or 'from' place the parser joined ``name`` to ('Ali Demir of Ohio and Maria
    Lopez of Iowa'), when that place is a place's name; else None."""
    place, prep = name.head, name.head.head
    person = prep.head
    if (place.dep_ != "pobj" or place.ent_type_ not in {"GPE", "LOC"} or prep.lower_ not in {"of", "from"}
            or prep.dep_ != "prep" or person.ent_type_ != "PERSON" or person.i > place.i):
        return None
    return person


def _listed_name_read_as_apposition(name: Token) -> bool:
    """Is a person's name that the parser set beside another's in fact the second of a list of names, as the
    names joined to it with 'and' show ('X of Iowa, Y of Ohio and Z of Nevada', with Y parsed as X's apposition)?"""
    return (name.dep_ == "appos" and name.ent_type_ == "PERSON" and name.head.ent_type_ == "PERSON"
            and name.head.i < name.i and any(c.dep_ == "conj" and c.ent_type_ == "PERSON"
                                             and name.doc[c.left_edge.i - 1].dep_ == "cc" for c in name.children))


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


def _apposition_read_as_conjunct(noun: Token) -> bool:
    """Is a singular common noun the parser joined to a name as its conjunct a phrase set beside it, between
    commas: 'China, North Korea's neighbor and main trading partner, has resisted', read as China and the
    neighbor (not 'Ali Demir, his lawyer and his wife attended', a list with no comma closing it)? Beside a
    person's name anywhere in the clause when the phrase starts with 'a' ('asked Ali Demir, a Texas Republican,
    and other lawmakers'); a proper noun only then ('a Republican')."""
    name, doc = noun.head, noun.doc
    indefinite = name.ent_type_ == "PERSON" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    if noun.tag_ == "NNP" and not indefinite:
        return False
    start, end = noun.left_edge.i, noun.right_edge.i
    for conj in (c for c in noun.children if c.dep_ == "conj"):
        end = max(end, conj.right_edge.i)
    return (name.pos_ == "PROPN" and bool(name.ent_type_) and name.i < start and doc[start - 1].text == ","
            and not any(t.dep_ == "cc" for t in doc[name.i:start])
            and end + 1 < len(doc) and doc[end + 1].text == "," and (noun.head.dep_ in {"nsubj", "nsubjpass"}
                                                                      or indefinite))


def _speech_verb_above(verb: Token, knowledge: Knowledge) -> Token | None:
    """The speech verb a subjectless speech ``verb`` belongs with when the parser joined it to the clause
    that verb reports, and its tense is that verb's and not the clause's: 'Smith said Jones does support
    it and noted that ...', 'has said that X was false and has denied it'; else None."""
    clause = verb.head
    outer = clause.head
    if (verb.lemma_ not in knowledge.speech_verbs or clause.dep_ != "ccomp" or outer.i > clause.i
            or outer.lemma_ not in knowledge.speech_verbs
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)):
        return None
    tense = _tense(verb)
    return outer if tense == _tense(outer) and tense != _tense(clause) else None


def _said_after_aside(verb: Token, knowledge: Knowledge) -> Token | None:
    """The speech verb of 'Smith, told that X, said ...' that the parser made the clause of 'told'; else None."""
    if (verb.lemma_ not in _ASIDES or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0
            or verb.doc[verb.i - 1].text != ","):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in {"ccomp", "dep"} and c.i > verb.i and c.lemma_ in knowledge.speech_verbs
                 and verb.doc[c.i - 1].text == "," and c.lemma_ not in _ASIDES
                 and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)), None)


_ASIDES = {"tell", "ask"}


def _aside_under_said(verb: Token, knowledge: Knowledge) -> bool:
    """'Smith, told that X, said ...' parsed the other way round: the subjectless speech verb the head, and
    Smith the subject of the 'told' it hangs before it."""
    if verb.lemma_ not in _ASIDES or verb.dep_ not in {"ccomp", "advcl"}:
        return False
    said = verb.head
    return (verb.tag_ in {"VBD", "VBN"} and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and said.i > verb.i and said.lemma_ in knowledge.speech_verbs
            and said.lemma_ not in _ASIDES and verb.doc[said.i - 1].text == ","
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in said.children))


def _make_head(aside: Token, said: Token) -> None:
    """Make ``said`` the head of the clause, with the aside's subject, and the aside its adverbial clause."""
    root = aside.head.i == aside.i
    dep = aside.dep_
    subject = next(c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i)
    for child in [subject, *(c for c in aside.children if c.i > said.i)]:
        child.head = said       # the subject, and what the parser hung on the aside past the speech verb
    said.head = said if root else aside.head
    said.dep_ = dep
    aside.head = said
    aside.dep_, aside.tag_ = "advcl", "VBN"     # a participle: Smith was told, and told no one

def _tense(verb: Token) -> str:
    """A verb's tense as its first auxiliary shows it ('has said': VBZ, 'would say': MD), else its own tag."""
    return next((c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), verb.tag_)


def _clause_after_as(token: Token) -> tuple[Token, Token] | None:
    """'as Trump wrapped up a trip', parsed as the preposition 'as' with the object 'Trump' and a verb with no
    subject right after it: the name and the finite verb that makes it a clause."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].pos_ not in {"PROPN", "NOUN"} or len(list(token.children)) != 1:
        return None
    subject = objects[0]
    if any(t.pos_ == "ADP" for t in subject.subtree):
        return None     # 'cited X as a top priority of he makes it': a phrase of its own, however odd
    after = subject.right_edge.i + 1
    if after >= len(token.doc):
        return None
    verb = token.doc[after]
    if (verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"advcl", "ccomp", "conj"}
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
            or verb.head.i not in {a.i for a in token.ancestors}):
        return None
    return subject, verb


def _perfect_participle(have: Token) -> Token | None:
    """The past participle of a perfect the parser read as 'have' with a clause: 'has several times
    contradicted Jones', with 'contradicted' a subjectless clause of 'has', or as 'have' with an object the
    participle modifies after an adverb: 'have long opposed legislation'; else None."""
    # the subject before 'have': once every other word of the clause hangs from the participle, the
    # clause's first word is still the first of its subtree, so spaCy keeps the sentence as it was
    if have.lemma_ != "have" or not any(c.dep_ == "nsubj" and c.i < have.i for c in have.children):
        return None
    if any(c.dep_ in {"attr", "aux"} for c in have.children):
        return None
    objects = [c for c in have.children if c.dep_ == "dobj"]
    if objects:
        modifier = next((c for c in objects[0].lefts if c.dep_ == "amod" and c.tag_ == "VBN" and c.i > have.i), None)
        between = have.doc[have.i + 1:modifier.i] if modifier is not None else []
        if len(objects) == 1 and len(between) and all(t.pos_ == "ADV" and t.head.i in {have.i, modifier.i}
                                                         for t in between):
            return modifier
        return None
    return next((c for c in have.children if c.dep_ == "ccomp" and c.tag_ in {"VBN", "VBD"} and c.i > have.i
                 and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
                 and all(t.dep_ in {"npadvmod", "advmod"} or t.head.dep_ in {"npadvmod", "advmod"} or t.is_punct
                         for t in have.doc[have.i + 1:c.i])), None)


def _make_auxiliary(have: Token, participle: Token) -> None:
    """Make ``participle`` the head of the clause and ``have`` its auxiliary."""
    root = have.head.i == have.i
    dep = have.dep_
    participle.head = participle if root else have.head     # first: it may hang on the object it takes over
    for child in [c for c in have.children if c.i != participle.i]:
        child.head = participle
    participle.dep_ = dep
    have.head = participle
    have.dep_ = "aux"
