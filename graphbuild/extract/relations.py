"""Relations between actors, and between an actor and a topic, from a cue lexicon (ontology/lexicon.tsv).

Patterns, all read off spaCy's dependency parse:

- verb with subject and object: ``China supports dialogue``; the object of a listed preposition:
  ``negotiate with X``; passives: ``was undercut by Trump`` (the agent is the subject);
- a verb without a subject of its own takes the subject of the clause it hangs from, through
  open clausal complements, adverbial clauses and coordination (``Trump wrote ..., seeming to
  contradict X``; ``trying to negotiate with X``), and relative clauses take the noun they modify;
- nouns: ``Macron's rejection of the plan``, ``new U.S. sanctions on North Korea``,
  ``held talks with X`` (a light verb lends its subject), ``a trip to China``;
- journeys: ``Smith was in Kenya`` (a person's presence in a country or place is a visit) and
  ``a trip that took him to Kenya and Ghana`` (a verb that carries, with a journey noun as subject);
- nouns that describe an actor by its tie to another (slot ``holder``): ``Chile, Peru's closest
  ally``, ``Smith ally Jones``, ``Smith, a critic of Jones``, ``Chile is Peru's ally``;
- coordination on either side gives one relation per pair;
- negation (``does not ... negotiate``) and hedges (``seeming to``, ``may``, ``trying to``) set the
  polarity, and the confidence follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from spacy.tokens import Token

from graphbuild.extract.context import SUBJECT_DEPS, ArticleContext, particle
from graphbuild.knowledge import Cue
from graphbuild.model import Kind, Polarity

CONFIDENCE = {Polarity.ASSERTED: 0.8, Polarity.HEDGED: 0.5, Polarity.NEGATED: 0.6}
_CLAUSE_LINKS = {"xcomp", "advcl", "conj", "ccomp", "pcomp"}
_REFLEXIVES = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
_MAX_CLIMB = 4
NO_RELATION = "none"      # ontology/relation_overrides.tsv: the cue gives nothing with such an object
OUTLET = "Outlet"         # ontology/relation_overrides.tsv: the object kind of a news outlet (ArticleContext.is_outlet)
_RELATIVE = {"who", "whom", "which", "that"}
_CONDITIONS = {"if", "unless"}
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$")     # a country written as initials ("U.S.", "UK")
_PARTITIVES = {"some", "all", "many", "most", "much", "several", "each", "any", "none", "both", "part", "parts"}
_PAST = {"former", "ex", "onetime", "one-time", "erstwhile", "then"}   # not "old": an old ally still is one
_NAMED_ACTORS = {Kind.PERSON, Kind.ORGANIZATION, Kind.COUNTRY}    # actors a name picks out, not groups


@dataclass(frozen=True, slots=True)
class FoundRelation:
    subject: str
    predicate: str
    object: str
    cue: Token
    rule: str
    polarity: Polarity
    former: bool = False    # a post held in the past ('led the department before ...')

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.polarity]


def relations(context: ArticleContext) -> Iterator[FoundRelation]:
    """Every relation the lexicon's cues give, in document order, without repeats."""
    seen: set[tuple[str, str, str, int]] = set()
    knowledge = context.knowledge
    requests, exhortations = knowledge.words.get("request", ()), knowledge.words.get("exhortation", ())
    exhortation_verbs = knowledge.words.get("exhortation_verb", ())
    failures, derisive = knowledge.words.get("failure", ()), knowledge.words.get("derisive", ())
    carriers, pleas = knowledge.words.get("carrier", ()), knowledge.words.get("plea", ())
    wishes, harms, aim_nouns = (knowledge.words.get(kind, ()) for kind in ("wish", "harm", "aim_noun"))
    misdeeds, contacts = knowledge.words.get("misdeed", ()), knowledge.words.get("misdeed_contact", ())
    confirmations = knowledge.words.get("confirmation", ())
    alleging = knowledge.words.get("alleging", ())
    coauthored, picks = knowledge.words.get("coauthored", ()), knowledge.words.get("picked", ())
    led_by, backed_by = knowledge.words.get("led_by", ()), knowledge.words.get("backed_by", ())
    asking = knowledge.words.get("asking", ())
    for token in context.tokens:
        # the cheap tests first: most tokens are cues of nothing
        pos, lower, lemma = token.pos_, token.lower_, token.lemma_.lower()
        found_here: list[FoundRelation] = []
        if lower in knowledge.adjective_cues:
            found_here += _adjective_relations(token, context)
        if pos in {"VERB", "AUX"}:
            found_here += _verb_relations(token, context)
            found_here += _aimed_acts(token, context)
        elif pos in {"NOUN", "PROPN"} and lemma in knowledge.noun_cues:
            found_here += _noun_relations(token, context)
            found_here += _visits_here(token, context)
        if lemma in requests:
            found_here += _requests(token, context)
        if lemma in asking and pos == "VERB":
            found_here += _help_asked(token, context)
        if (pos == "ADJ" or (pos == "NOUN" and token.dep_ in {"oprd", "attr", "pobj", "appos"})
                or (token.tag_ in {"VBN", "VBD"} and token.dep_ in {"oprd", "ccomp"})):   # 'called X "deranged"'
            found_here += _judgements(token, context)
        if lemma in harms and pos == "VERB":
            found_here += _harm_claims(token, context)
        if lemma in confirmations and pos == "VERB":
            found_here += _confirmations(token, context)
        if (lemma in misdeeds or lemma in contacts) and pos == "VERB":
            found_here += _misdeed_claims(token, context)
        if lemma in alleging and pos == "VERB":
            found_here += _allegations(token, context)
        if lower in exhortations or lemma in exhortation_verbs:
            found_here += _exhortations(token, context)
        if lemma in wishes and pos == "VERB":
            found_here += _wishes(token, context)
        if lemma == "include" and pos == "VERB":
            found_here += _aims_listed(token, context)
        elif lemma == "be" and pos == "AUX":
            found_here += _aims_equated(token, context)
        elif pos == "NOUN" and lemma in aim_nouns:
            found_here += _aims_named(token, context)
        if lemma in failures and pos == "VERB":
            found_here += _failures(token, context)
        if lemma in carriers and token.tag_ == "VBN":
            found_here += _carried(token, context)
        if lemma in pleas and pos == "VERB":
            found_here += _not_guilty(token, context)
        if pos == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.lower_ in derisive for c in token.children):
            found_here += _derision(token, context)
        if pos == "NOUN" and lemma in coauthored:
            found_here += _coauthors(token, context)
        if pos == "NOUN" and lemma in picks:
            found_here += _picked(token, context)
        if token.tag_ == "VBN" and token.dep_ in {"amod", "compound"} and (lower in led_by or lower in backed_by):
            found_here += _hyphen_agent(token, "leaderOf" if lower in led_by else "helps", context)
        if pos == "VERB" and found_here:
            found_here += _as_did(token, found_here, context)
        for found in found_here:
            found = _override(found, context)
            if found is None:
                continue
            if found.polarity is Polarity.HEDGED and _committed(found, context):
                found = replace(found, polarity=Polarity.ASSERTED)
            for relation in (found, _threat(found, context), *_demand(found, context)):
                identity = relation and (relation.subject, relation.predicate, relation.object, relation.cue.i)
                if identity and identity not in seen and relation.subject != relation.object:
                    seen.add(identity)
                    yield relation


def _as_did(verb: Token, found: list[FoundRelation], context: ArticleContext) -> list[FoundRelation]:
    """'Trump supported Strange, as did McConnell and other Republican leaders': the subjects of an 'as did'
    clause on the verb do what its own relations say, with the same object and polarity ('did not back X, as Y
    did' is no such reading: Y backed X)."""
    did = next((c for c in verb.children if c.dep_ == "advcl" and c.lemma_ in {"do", "have"} and c.i > verb.i
                and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
                and not any(g.dep_ in {"dobj", "xcomp", "ccomp"} for g in c.children)), None)
    if did is None:
        return []
    others = [k for c in did.children if c.dep_ == "nsubj" for t in _expand(c, context)
              for k in (context.refer(t, actors_only=True),) if k]
    return [replace(f, subject=other, rule=f"{f.rule}:as_did") for f in found
            if f.cue.i == verb.i and f.polarity is not Polarity.NEGATED for other in others if other != f.object]


def _coauthors(work: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'the Graham-Cassidy bill', 'the Sanders-Warren plan': two people's names joined by a hyphen
    before a bill or plan (`coauthored` in ontology/cues.tsv) are its joint authors, who cooperate.
    Both must be people the article names; 'the U.S.-China deal' and 'the Trump-Xi summit' are no such work."""
    doc = work.doc
    for second in (c for c in work.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        if second.i < 2 or doc[second.i - 1].tag_ != "HYPH" or doc[second.i - 1].whitespace_:
            continue
        first = doc[second.i - 2]
        if not first.text[:1].isupper() or first.whitespace_ or first.head.i not in {second.i, work.i}:
            continue
        keys = [_person_named(t, context) for t in (first, second)]
        if None not in keys and keys[0] != keys[1]:
            yield FoundRelation(keys[0], "cooperatesWith", keys[1], work, "noun:coauthored", Polarity.ASSERTED)


def _hyphen_agent(participle: Token, relation: str, context: ArticleContext) -> Iterator[FoundRelation]:
    """'the Republican-led Senate', 'the Iran-backed Houthis': an actor joined by a hyphen to a participle
    (`led_by`, `backed_by` in ontology/cues.tsv) before a named organisation leads it or helps it."""
    doc, i = participle.doc, participle.i
    if i < 2 or doc[i - 1].tag_ != "HYPH" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return
    agent = context.refer(doc[i - 2], actors_only=True)
    led = context.refer(participle.head, actors_only=True)
    if agent and led and context.referents[led].kind in {Kind.ORGANIZATION, Kind.GROUP}:
        yield FoundRelation(agent, relation, led, participle, f"participle:{relation}", Polarity.ASSERTED)


def _picked(noun: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Mick Mulvaney, Trump's pick to lead the agency', 'President Trump's nominee, X', 'Trump's choice X': whoever
    picks someone (`picked` in ontology/cues.tsv, owned) backs them."""
    owner = next((context.refer(c, actors_only=True) for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return
    # 'Asked if Yellen was his choice': in question, as the copula's clause is
    polarity = _polarity(noun.head, context) if noun.dep_ in {"attr", "nsubj"} else Polarity.ASSERTED
    for token in _holder_tokens(noun):
        key = context.refer(token, actors_only=True)
        if key and key != owner and context.referents[key].kind is Kind.PERSON:
            yield FoundRelation(owner, "supports", key, noun, "noun:picked", polarity)


def _person_named(token: Token, context: ArticleContext) -> str | None:
    """The person a name word stands for: its referent, or the one person the article names with it
    as the last word of the name (a hyphenated pair of surnames is often tagged as one organisation)."""
    named = context.person_with_surname(token.text)
    if named is not None:
        return named
    key = context.refer(token, actors_only=True)
    referent = context.referents[key] if key is not None else None
    return key if referent is not None and referent.kind is Kind.PERSON and token.text in referent.name.split() else None


def _not_guilty(plea: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'pleaded not guilty to a 12-count indictment': whoever pleads (`plea` in ontology/cues.tsv) not
    guilty rejects the charges, also 'in' them ('in a 12-count indictment', `indictment`; not 'in federal
    court'); pleading guilty rejects nothing."""
    adjective = next((c for c in plea.children if c.dep_ in {"acomp", "oprd", "advmod"} and c.lower_ == "guilty"), None)
    if adjective is None or not any(c.dep_ == "neg" for c in (*adjective.children, *plea.children)):
        return
    charges = context.knowledge.words.get("indictment", ())
    for prep in (c for c in (*adjective.children, *plea.children) if c.dep_ == "prep" and c.lower_ in {"to", "in"}):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and (prep.lower_ == "to" or g.lemma_.lower() in charges)):
            key = context.refer(obj, actors_only=True) or context.open_topic(obj)
            for subject in clause_subjects(plea, context) if key else ():
                yield FoundRelation(subject, "rejects", key, plea, "plea:not_guilty", Polarity.ASSERTED)


def _threat(found: FoundRelation, context: ArticleContext) -> FoundRelation | None:
    """'threatened to impose sanctions on X', 'threatened to sue X': whoever threatens a hostile act
    (`hostile_relation` in ontology/cues.tsv) against an actor threatens the actor; the act itself is
    only hedged (`try`). So does whoever warns of their own hostile act to come: 'warned he would destroy X'."""
    knowledge = context.knowledge
    token = _hostile_act(found, context)
    if token is None:
        return None
    warner = token.head
    if (token.dep_ == "ccomp" and warner.i != token.i
            and any(c.relation in {"threatens", "warns"} for c in knowledge.verb_cues.get(warner.lemma_.lower(), ()))
            and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll"} for c in token.children)
            and found.subject in clause_subjects(warner, context)):
        return FoundRelation(found.subject, "threatens", found.object, warner, "threat:warned", _polarity(warner, context))
    tries = knowledge.words.get("try", set())
    for _ in range(_MAX_CLIMB):
        if (token.dep_ not in {"xcomp", "conj"} and not _tried_after(token, tries)) or token.head.i == token.i:
            return None
        token = token.head
        if any(c.relation == "threatens" for c in knowledge.verb_cues.get(token.lemma_.lower(), ())):
            return FoundRelation(found.subject, "threatens", found.object, token, "threat:xcomp",
                                 _polarity(token, context))
    return None


def _hostile_act(found: FoundRelation, context: ArticleContext) -> Token | None:
    """The verb of a hostile act (`hostile_relation` in ontology/cues.tsv) against an actor: the cue,
    or the verb that takes the cue noun as its object ('impose sanctions on X'); None for any other."""
    if (found.predicate not in context.knowledge.words.get("hostile_relation", ())
            or context.referents[found.object].kind is Kind.TOPIC):
        return None
    return found.cue.head if found.cue.pos_ in {"NOUN", "PROPN"} and found.cue.dep_ == "dobj" else found.cue


_DEMANDING_THAT = {"demand", "urge", "request"}     # request verbs whose that-clause is the act asked for


def _demand(found: FoundRelation, context: ArticleContext) -> list[FoundRelation]:
    """'urged France to impose sanctions on X', 'called on the party to oust X', 'demanded that the
    party oust X': whoever asks for a hostile act (`hostile_relation`) against an actor opposes it,
    whoever is to do the act; whoever asks for a stance on a topic takes it ('urged Congress to pass the
    bill' supports the bill, 'urged X to scrap the plan' rejects the plan)."""
    knowledge = context.knowledge
    token = _hostile_act(found, context) if found.polarity is not Polarity.NEGATED else None
    relation = "opposesActor"
    if (token is None and found.polarity is not Polarity.NEGATED and found.rule.startswith("verb:")
            and found.predicate in knowledge.words.get("topic_relation", ())
            and context.referents[found.object].kind is Kind.TOPIC):
        token, relation = found.cue, "supports" if found.predicate in {"supports", "praises"} else "rejects"
    if token is None or (token.i != found.cue.i and token.lemma_.lower() in knowledge.words.get("withdrawal", ())):
        return []       # 'asked him to drop the probe into X' asks for an end to it
    if token.dep_ not in {"xcomp", "ccomp"} or token.head.lemma_.lower() not in knowledge.words.get("request", ()):
        return []
    if token.dep_ == "ccomp" and token.head.lemma_.lower() not in _DEMANDING_THAT:
        return []       # 'asked whether X would attack Y' asks; 'told reporters X had attacked Y' reports
    asker = token.head
    polarity = _polarity(asker, context)
    if polarity is Polarity.NEGATED:
        return []       # 'stopped short of calling on X to oust Y' asked for nothing
    return [FoundRelation(subject, relation, found.object, asker,
                          "request:hostile" if relation == "opposesActor" else "request:stance", polarity)
            for subject in clause_subjects(asker, context) if subject != found.object]


# adjective kinds of ontology/cues.tsv -> the relation of whoever says them of a thing
_JUDGEMENTS = {"dismissive": "rejects", "condemning": "criticizes", "approving": "praises"}


def _judgements(adjective: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'called the charges baseless', 'said the accusations are false', '"Harassment is
    disrespectful," Smith said', 'said Smith will be an excellent senator': whoever says a thing is
    false rejects it, wrong criticises it, excellent praises it (adjectives in `dismissive`,
    `condemning` and `approving` of ontology/cues.tsv). In the article's own voice ('the claim is
    false') no one is named as judging."""
    words, lemma = context.knowledge.words, adjective.lemma_.lower()
    phrase = " ".join([*(c.lower_ for c in adjective.lefts if c.dep_ == "compound"), lemma])    # 'a witch hunt'
    relation = next((r for kind, r in _JUDGEMENTS.items() if {lemma, phrase, adjective.lower_} & words.get(kind, set())),
                    None)
    if relation is None:
        return
    verb, said, dep = adjective.head, adjective.head.head, adjective.dep_
    if adjective.pos_ == "VERB" and dep == "ccomp" and verb.lemma_.lower() in context.knowledge.naming_verbs:
        # 'called X mentally deranged', parsed as a clause with X its subject
        things = [c for c in adjective.children if c.dep_ == "nsubj"]
        yield from _judged(things, verb, adjective, relation, context)
        return
    if dep == "amod" and verb.dep_ in {"attr", "oprd"}:   # 'will be an excellent senator', 'called it fake news'
        verb, said, dep = verb.head, verb.head.head, verb.dep_
    if dep == "oprd" and verb.lemma_.lower() in context.knowledge.naming_verbs:
        things, holder_verb = [c for c in verb.children if c.dep_ == "dobj"] or [   # 'called X an idiot'
            c for c in verb.children if c.dep_ == "oprd" and c.i < adjective.i and c.pos_ == "PROPN"] or [
            c for c in adjective.children if c.dep_ == "nsubj"], verb    # 'called X's decision unfortunate'
    elif (dep in {"appos", "amod"} and verb.dep_ == "dobj" and adjective.i > verb.i
          and said.lemma_.lower() in context.knowledge.naming_verbs):
        # 'called the probe "a witch hunt"', 'calling X's spending "entirely reasonable"': the name parsed as
        # an apposition, or as an adjective set after the noun
        things, holder_verb = [verb], said
    elif (adjective.dep_ == "pobj" and verb.lower_ == "as" and said.lemma_.lower() in words.get("naming_as", ())
          and said.i < verb.i):
        things, holder_verb = [c for c in said.children if c.dep_ == "dobj"] or [     # 'described X as a liar'
            g for c in said.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < verb.i     # 'referred to X as'
            for g in c.children if g.dep_ == "pobj"], said
    elif (adjective.dep_ in {"acomp", "amod", "attr"} and verb.lemma_ == "be" and verb.dep_ == "ccomp"
          and said.lemma_.lower() in context.knowledge.speech_verbs):     # 'said X is a disgrace'
        things, holder_verb = [c for c in verb.children if c.dep_ == "nsubj"], said
    elif (adjective.dep_ in {"acomp", "amod", "attr"} and verb.lemma_ == "be" and verb.dep_ == "ROOT"
          and context.in_marks(verb.idx) and not any(c.dep_ == "neg" for c in verb.children)):
        # a quote's own sentence, its speaker named around it: '"... on the nation," Romney wrote. "X and other
        # victims are courageous heroes."'
        speaker = context.quote_speaker(verb)
        things = [c for c in verb.children if c.dep_ == "nsubj"]
        yield from _judged(things, verb, adjective, relation, context, holders=[speaker] if speaker else [])
        return
    else:
        return
    if any(c.dep_ == "neg" for c in (*verb.children, *adjective.children)):
        return      # 'said the report was not false' rejects nothing
    yield from _judged(things, holder_verb, adjective, relation, context)


def _judged(things: list[Token], holder_verb: Token, adjective: Token, relation: str,
            context: ArticleContext, holders: list[str] | None = None) -> Iterator[FoundRelation]:
    """Whoever the holder verb's clause is about (or ``holders``) judges each thing (or its author) as the
    word says."""
    holders = clause_subjects(holder_verb, context) if holders is None else holders
    polarity = _polarity(holder_verb, context)
    cue = Cue(adjective.lemma_.lower(), "ADJ", "dobj", frozenset(), relation)
    for thing in things:
        if thing.lower_ in {"it", "this", "that"}:
            continue        # 'said it was false': a claim, whatever actor came last
        for obj in _authors(_partitive(thing, context), cue, context):   # 'half of X's supporters': them
            key = context.refer(obj) or context.open_topic(obj)
            for holder in holders if key else ():
                yield FoundRelation(holder, relation, key, adjective, f"judgement:{adjective.dep_}", polarity)


def _confirmations(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'the Senate confirmed X', 'voted to confirm X', 'if confirmed by the Senate, X would ...': a verb of
    approving someone for a post (`confirmation` in ontology/cues.tsv) backs the person it names; a report,
    a fact or someone's words confirmed are no one backed ('confirmed the bank was Y', 'his account was confirmed
    by Y')."""
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and not any(c.dep_ in SUBJECT_DEPS for c in verb.head.children):
        return      # 'confirmed X and Y were leaving' with 'leaving' read as the head: a fact confirmed
    if any(c.dep_ == "ccomp" and c.i > verb.i and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
           for c in verb.children):
        return      # the same with 'leaving' read as a clause without its subject
    passive = _reduced_passive(verb) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    if passive:
        backers = _agents(verb, context)
        named = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
            [verb.head] if verb.dep_ == "acl" else [g for g in verb.head.children if g.dep_ in SUBJECT_DEPS]
            if verb.dep_ == "advcl" else [])      # 'If confirmed by the Senate, X would ...'
    else:
        backers = clause_subjects(verb, context)
        named = [c for c in verb.children if c.dep_ == "dobj"]
    people = [k for t in named for o in _expand(t, context) for k in (context.refer(o, actors_only=True),)
              if k and context.referents[k].kind is Kind.PERSON]
    polarity = _polarity(verb, context)
    for backer in backers:
        for person in people:
            if backer != person:
                yield FoundRelation(backer, "supports", person, verb, "verb:confirm", polarity)


def _harm_claims(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'argued that the U.S. demands would cause serious damage', 'said France's policy would hurt the
    economy': whoever says a thing does harm criticises it, and its author (`harm` and `harm_noun` in
    ontology/cues.tsv: 'cause' only with a harm as its object)."""
    words = context.knowledge.words
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_.lower() not in context.knowledge.speech_verbs or any(
            c.dep_ == "neg" for c in verb.children):
        return
    if verb.lemma_.lower() == "cause" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in words.get("harm_noun", ()) for c in verb.children):
        return
    cue = Cue(verb.lemma_.lower(), "VERB", "dobj", frozenset(), "criticizes")
    holders = clause_subjects(said, context)
    polarity = _polarity(said, context)
    # what someone did, said, wrote or enacted ('the bill tramples states' rights', 'the rule would hamper lending')
    made = (words.get("deed", frozenset()) | words.get("utterance", frozenset()) | words.get("document", frozenset())
            | words.get("enacted", frozenset()))
    for thing in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}):
        for obj in _expand(_author(thing, cue, context)):
            # an actor or what one did or said, not 'the storm would hurt the economy'
            key = context.refer(obj, actors_only=True) or (
                context.open_topic(obj) if obj.lemma_.lower() in made else None)
            for holder in holders if key else ():
                yield FoundRelation(holder, "criticizes", key, verb, "judgement:harm", polarity)


def _misdeed_claims(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'told CNN that X had groped her', 'said she was assaulted by X', '"He lied to us," Lee said': whoever
    says an actor did a wrong to someone (`misdeed` in ontology/cues.tsv; `misdeed_contact` only with a person or a
    part of one as the object: 'touched her buttocks') accuses the actor; not what the article says in its own
    voice, nor a denial ('said he never groped anyone')."""
    if any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ in {"never", "not"} for c in verb.children):
        return
    if verb.lemma_.lower() in context.knowledge.words.get("misdeed_contact", ()) and not any(
            c.dep_ == "dobj" and (c.tag_ == "PRP" or any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children)
                                  or (c.i in context.token_ref
                                      and context.referents[context.token_ref[c.i]].kind is Kind.PERSON))
            for c in verb.children):
        return      # 'touched on the issue', 'kissed the ground': no one wronged
    said = verb.head
    if verb.dep_ == "ccomp" and said.lemma_.lower() in context.knowledge.speech_verbs:
        holders, polarity = clause_subjects(said, context), _polarity(said, context)
    elif verb.dep_ == "ROOT" and context.in_marks(verb.idx):
        speaker = context.quote_speaker(verb)
        holders, polarity = [speaker] if speaker else [], Polarity.ASSERTED
    else:
        return
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    doers = ([g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive
             else [c for c in verb.children if c.dep_ == "nsubj"])
    yield from _accused(doers, holders, verb, "judgement:misdeed", polarity, context)


def _allegations(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Republicans have alleged that Russians paid X': whoever alleges (`alleging` in ontology/cues.tsv) that an
    actor did something accuses the actor; not what one alleges of oneself, nor a passive ('it is alleged')."""
    if any(c.dep_ in {"neg", "nsubjpass"} for c in verb.children):
        return
    doers = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    yield from _accused(doers, clause_subjects(verb, context), verb, "judgement:allegation", _polarity(verb, context),
                        context)


def _accused(doers: list[Token], holders: list[str], cue: Token, rule: str, polarity: Polarity,
             context: ArticleContext) -> Iterator[FoundRelation]:
    """Each holder accuses each actor the doers (and those listed with them) stand for."""
    for doer in doers:
        for obj in _expand(doer):
            key = context.refer(obj, actors_only=True)
            for holder in holders if key else ():
                yield FoundRelation(holder, "accuses", key, cue, rule, polarity)


def _exhortations(modal: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'"China should respect Taiwan's people," Chiu said': whoever says another actor should or must
    act, or needs or has to, urges it (`exhortation` and `exhortation_verb` in ontology/cues.tsv); not of a
    passive ('Smith must be replaced', 'X needs to be replaced'),
    a condition ('if Spain should ...') or the past ('Spain should have acted'). An urging on a condition
    is hedged ('said X should resign if the accusations are proven')."""
    words = context.knowledge.words
    if modal.dep_ == "aux" and modal.lower_ in words.get("exhortation", ()):
        verb = act = modal.head
    elif modal.lemma_.lower() in words.get("exhortation_verb", ()) and modal.pos_ in {"VERB", "AUX"}:
        # 'said Congress needed to pass a bill', '"Republicans need to put forth legislation"'
        verb, act = modal, next((c for c in modal.children if c.dep_ == "xcomp" and _infinitive(c)), None)
        if act is None or any(c.dep_ == "neg" or c.tag_ == "MD" for c in modal.children):
            return      # 'did not need to act' asks nothing, 'will have to decide' foresees
    else:
        return
    if any(c.dep_ in {"nsubjpass", "auxpass"} or (c.dep_ == "mark" and c.lower_ != "that")
           or (c.dep_ == "aux" and c.lemma_ == "have") for c in (*verb.children, *act.children)):
        return
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                      for c in verb.children)
    speaker = context.quote_speaker(modal)
    said = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in context.knowledge.speech_verbs else None
    teller = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    if speaker is not None and teller is not None:
        # 'the president said that X should step aside', quoted from his spokeswoman: the president urges X
        speaker = context.refer(teller, speaker=speaker, actors_only=True) or speaker
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or subject is None or subject.lower_ in {"it", "this", "that", "there", "we", "i"}:
        return      # 'we should all listen': a speaker's own group, not another actor
    if modal.i < subject.i:
        return      # 'should the president decide to go': a condition
    for token in _expand(subject):
        key = context.refer(token, speaker=speaker, actors_only=True)
        if key and key != speaker and context.referents[speaker].principal != key:
            # 'Mueller should not extend his inquiry' urges him all the same
            yield FoundRelation(speaker, "urges", key, modal, "exhortation",
                                Polarity.HEDGED if conditional else Polarity.ASSERTED)


def _wishes(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Spain hopes that France will respect the ruling', 'hopes the U.S. side continues to abide by
    X': whoever hopes that another actor acts appeals to it, urges it (`wish` in ontology/cues.tsv);
    not what is to be done to it ('hopes France will be punished'), nor a wish of a condition."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in {"nsubjpass", "auxpass"} or (c.dep_ == "mark" and c.lower_ in {"if", "whether"})
                for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in {"it", "this", "that", "there", "we", "i", "they"}:
            continue
        wishers = clause_subjects(verb, context)
        for token in _expand(subject):
            key = context.refer(token, actors_only=True)
            for wisher in wishers:
                if key and key != wisher and context.referents[wisher].principal != key:
                    yield FoundRelation(wisher, "urges", key, verb, "wish", _polarity(verb, context))


def _aims_listed(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Smith's priorities include lower taxes': what an actor's aims include it supports (`aim_noun`
    in ontology/cues.tsv; a topic, with the polarity of the verb)."""
    aims = next((c for c in verb.children if c.dep_ == "nsubj"
                 and c.lemma_.lower() in context.knowledge.words.get("aim_noun", ())), None)
    if aims is not None:
        yield from _aimed_at(aims, [c for c in verb.children if c.dep_ == "dobj"], verb, "aim:include",
                             _polarity(verb, context), context)


def _aims_equated(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Tax reform is Smith's top priority', 'Building a wall was one of Smith's campaign promises', 'Her
    goal is a balanced budget': what a copula equates with an actor's aim (`aim_noun`) the actor supports."""
    aim_nouns = context.knowledge.words.get("aim_noun", ())
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if subject is None or attr is None:
        return
    if attr.lemma_.lower() not in aim_nouns and attr.lower_ == "one":       # 'one of Smith's promises'
        attr = next((g for p in attr.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), attr)
    if attr.lemma_.lower() in aim_nouns:
        aims, aimed = attr, subject
    elif subject.lemma_.lower() in aim_nouns:
        aims, aimed = subject, attr
    else:
        return
    yield from _aimed_at(aims, [aimed], verb, "aim:be", _polarity(verb, context), context)


def _aims_named(noun: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Smith's priorities of lower taxes and ...': the aims an actor's aim noun names with 'of' (not
    'a priority of his administration', which has no possessor: whose it is, not what)."""
    named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if named:   # 'priorities of tax cuts & better trade deals' with the last item joined to 'priorities'
        named += [c for c in noun.children if c.dep_ == "conj" and c.i > named[-1].i and c.lemma_ != noun.lemma_
                  and c.lemma_.lower() not in context.knowledge.words.get("aim_noun", ())
                  and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)]
    yield from _aimed_at(noun, named, noun, "aim:of", Polarity.ASSERTED, context)


def _aimed_at(aims: Token, objects: list[Token], cue: Token, rule: str, polarity: Polarity,
              context: ArticleContext) -> Iterator[FoundRelation]:
    """The possessor of an aim noun supports each topic among ``objects`` ('@POTUS’ priorities' has
    the handle as a compound)."""
    subject = next((k for c in aims.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                    for k in (context.refer(c, actors_only=True),) if k), None)
    if subject is None:
        return
    for obj in dict.fromkeys(t for o in objects for t in _expand(o, context) if t.i != aims.i):
        key = context.open_topic(obj) if context.refer(obj, actors_only=True) is None else None
        if key is not None:
            yield FoundRelation(subject, "supports", key, cue, rule, polarity)


def _failures(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'"Clinton failed, Bush failed," Smith said': whoever says an actor failed criticises it (`failure`
    in ontology/cues.tsv); not a failure to do something ('failed to pass the bill'), nor in the
    article's own voice; a failure to understand is one ('fails to grasp the risks':
    `understanding` in ontology/cues.tsv)."""
    understanding = context.knowledge.words.get("understanding", ())
    if any(c.dep_ in {"dobj", "neg"} or (c.dep_ == "xcomp" and c.lemma_.lower() not in understanding)
           for c in verb.children):
        return
    speaker = context.quote_speaker(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or subject is None:
        return
    for token in _listed(subject, context):
        key = context.refer(token, speaker=speaker, actors_only=True)
        if key and key != speaker:
            yield FoundRelation(speaker, "criticizes", key, verb, "judgement:failure", _polarity(verb, context))


def _derision(noun: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'his sarcastic nickname for X', 'posted a disparaging note about X': a derisive word or name
    (`derisive` in ontology/cues.tsv; a `nickname`, `utterance` or `message` noun) for or about an
    actor criticises it; by the noun's possessor, or the subject of the light verb that takes it."""
    words, lemma = context.knowledge.words, noun.lemma_.lower()
    if lemma not in words.get("nickname", ()) and lemma not in words.get("utterance", ()) \
            and lemma not in words.get("message", ()):
        return      # 'derogatory information on X' is no word about X
    preps = [c for c in noun.children if c.lower_ in {"for", "about", "of", "on", "at"}]
    if noun.dep_ == "dobj":     # 'posted a disparaging note about X' with 'about X' hung on the verb (not 'on Twitter')
        preps += [c for c in noun.head.children if c.i > noun.i and c.lower_ == "about"]
    targets = [o for c in preps if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" for o in _expand(g, context)]
    keys = [k for k in (context.refer(t, actors_only=True) for t in targets) if k]
    if not keys:
        return
    polarity = _polarity(noun.head, context) if noun.dep_ in {"dobj", "nsubj"} else Polarity.ASSERTED
    users = clause_subjects(noun.head, context) if noun.dep_ == "dobj" and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) else []
    for subject in users or _noun_subjects(noun, context):     # 'X wrote, using his nickname for Y': X's
        for key in keys:
            yield FoundRelation(subject, "criticizes", key, noun, "judgement:derisive", polarity)


def _requests(token: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'called for Iran to halt enrichment', 'Spain's demand for France to hand over X', 'told Smith
    to leave': asking that an actor act urges that actor (a request word of ontology/cues.tsv with
    'for X to ...', a bidding verb with an object and an infinitive after it)."""
    if token.lemma_.lower() not in context.knowledge.words.get("request", ()):
        return
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in token.children):
        return      # 'asked if he wanted Smith to stay' asks nothing of Smith
    bidding = context.knowledge.words.get("bid", frozenset())
    noun = token.pos_ not in {"VERB", "AUX"}
    asking = [*_asked(token, bidding), *_subjunctive(token), *(_asked_beside(token) if noun else ())]
    asked = [(k, rule) for t, rule in asking for k in (context.refer(o, actors_only=True) for o in _expand(t)) if k]
    if not asked:
        return
    if not noun:
        subjects, polarity = clause_subjects(token, context), _polarity(token, context)
    else:
        subjects = _noun_subjects(token, context) or _requesters(token, context)
        polarity = _polarity(token.head, context) if token.dep_ in {"dobj", "nsubj"} else Polarity.ASSERTED
    for subject in subjects:
        for key, rule in asked:
            yield FoundRelation(subject, "urges", key, token, rule, polarity)


def _asked(token: Token, bidding: frozenset[str]) -> Iterator[tuple[Token, str]]:
    """Who a request word asks to act, with the rule that found it: the subject of a 'for ... to'
    clause, as the parser gives it ('for' a marker, the actor the clause's subject) or as a 'for'
    object with an infinitive after it (request:for); a verb's object with an infinitive after it
    ('told Smith to leave'), also parsed as the subject of the infinitive ('wants China to do more')
    (request:object)."""
    bids = token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in bidding
    # the parser files the infinitive as a complement or as a purpose ('pressure X to end its programs')
    acts = [c.i for c in token.children if c.dep_ in {"xcomp", "advcl"} and _infinitive(c)] if bids else []
    for child in token.children:
        if child.dep_ == "dobj" and any(i > child.i for i in acts):
            yield child, "request:object"
        if child.dep_ in {"advcl", "acl", "xcomp", "ccomp"} and _infinitive(child):
            marked = any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children)
            if marked or (bids and child.dep_ == "ccomp"):
                rule = "request:for" if marked else "request:object"
                yield from ((g, rule) for g in child.children if g.dep_ == "nsubj" and g.i < child.i)
        elif child.dep_ == "prep" and child.lower_ == "for":
            yield from ((g, "request:for") for g in child.children if g.dep_ == "pobj" and _to_act(token, g))


def _asked_beside(noun: Token) -> Iterator[tuple[Token, str]]:
    """'resisted calls from Democrats for him to step down': a 'for ... to' clause the parser hung on the
    verb right after a request noun that is its object is the noun's."""
    if noun.dep_ != "dobj":
        return
    for clause in noun.head.children:
        if (clause.dep_ == "advcl" and clause.i > noun.i and clause.left_edge.i == noun.right_edge.i + 1
                and _infinitive(clause) and any(g.dep_ == "mark" and g.lower_ == "for" for g in clause.children)):
            yield from ((g, "request:for") for g in clause.children if g.dep_ == "nsubj" and g.i < clause.i)


def _requesters(noun: Token, context: ArticleContext) -> list[str]:
    """Who makes a request a noun names, beyond its possessor or 'by': 'calls from Democrats'; a pronoun
    possessor the clause's own subject ('Democrats renewed their calls for X to resign')."""
    agents = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
              if g.dep_ == "pobj" for t in _expand(g) for k in (context.refer(t, actors_only=True),) if k]
    if agents:
        return agents
    if noun.dep_ == "dobj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return clause_subjects(noun.head, context)
    return []


def _subjunctive(token: Token) -> Iterator[tuple[Token, str]]:
    """'demanded Trump apologize', 'asked that she resign': the subject of a bare verb a request verb
    governs is asked to act (not 'demanded that X be fired', nor 'said X would resign')."""
    if token.pos_ != "VERB":
        return
    for clause in token.children:
        # a present form after a past request is no statement of fact ('asked that Spain return the money')
        bare = clause.tag_ == "VB" or (clause.tag_ == "VBP" and token.tag_ == "VBD")
        if clause.dep_ == "ccomp" and bare and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
            yield from ((g, "request:subjunctive") for g in clause.children if g.dep_ == "nsubj" and g.i < clause.i)
        elif (clause.dep_ == "ccomp" and clause.tag_ == "NN" and any(c.dep_ == "mark" for c in clause.children)
              and not any(c.dep_ in {"det", "aux", "auxpass", "nsubj"} for c in clause.children)):
            # 'demanded that Mueller resign', with the bare verb read as a noun and the name as its modifier: a
            # noun heads no that-clause
            yield from ((g, "request:subjunctive") for g in clause.children
                        if g.dep_ == "compound" and g.pos_ == "PROPN" and g.i == clause.i - 1)


def _opposed_object(noun: Token, context: ArticleContext) -> bool:
    """Whether the object ``noun`` is the object of a verb that sets its subject against it (`against_relation`
    in ontology/cues.tsv: 'resisted efforts to ...', 'fought a push to ...')."""
    against = context.knowledge.words.get("against_relation", ())
    return any(cue.relation in against for cue in context.knowledge.verb_cues.get(noun.head.lemma_.lower(), ()))


def _prospect_owner(verb: Token, context: ArticleContext) -> Token | None:
    """'Trump's chances of defeating Clinton', 'her bid of unseating X': the owner of a chance or attempt
    (`prospect` in ontology/cues.tsv) whose 'of' phrase is a gerund does the gerund's act."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "of":
        return None
    noun = verb.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in context.knowledge.words.get("prospect", ()):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _to_act(word: Token, pobj: Token) -> bool:
    """Is 'for X' followed by X's infinitive ('a demand for France to hand over ...')? The parser
    hangs the infinitive on the request word, on X, or makes the request word its subject."""
    doc = pobj.doc
    for i in range(pobj.i + 1, min(len(doc), pobj.right_edge.i + 2)):
        if doc[i].lower_ == "to" and doc[i].dep_ == "aux":
            verb = doc[i].head
            return verb.i > i and (verb.head == word or verb.head == pobj or word.head == verb)
    return False


def _asked_to_act(word: Token, pobj: Token, context: ArticleContext) -> bool:
    """A 'for' object that a request word asks to act is urged (see _requests), not supported."""
    return (pobj.head.lower_ == "for" and word.lemma_.lower() in context.knowledge.words.get("request", ())
            and _to_act(word, pobj) and context.refer(pobj, actors_only=True) is not None)


def _serves(cue: Token, relation: str, context: ArticleContext) -> bool:
    """A verb of holding a post in a body ('served in the Senate', 'works at the State Department',
    'sits on the board': `service_verb` in ontology/cues.tsv), read as membership."""
    return relation == "memberOf" and cue.lemma_.lower() in context.knowledge.words.get("service_verb", ())


def _committed(found: FoundRelation, context: ArticleContext) -> bool:
    """'vowed to scrap the tax', 'has pledged to defend the merger': a stance (`topic_relation` in ontology/cues.tsv)
    in the infinitive of a vow that is itself stated (`commitment`) is held now, not hedged like the vowed act."""
    words, cue = context.knowledge.words, found.cue
    vow = cue.head
    return (found.predicate in words.get("topic_relation", ()) and cue.dep_ in {"xcomp", "advcl"}
            and vow.lemma_.lower() in words.get("commitment", ()) and vow.i != cue.i
            and _polarity(vow, context) is Polarity.ASSERTED)


def _override(found: FoundRelation, context: ArticleContext) -> FoundRelation | None:
    """'attacked Mueller' is criticism, not force (though 'hacked' is: `force_cue` in ontology/cues.tsv):
    ontology/relation_overrides.tsv by object kind, a news outlet's first ('told CNN' is talking to the
    press, no contact between actors); None when
    the table says the cue gives no relation with such an object ('joined Smith'), or when the cue
    takes only topics (topic_cue in ontology/cues.tsv)."""
    kind = context.referents[found.object].kind
    if (kind is not Kind.TOPIC and found.rule.startswith("verb:dobj")
            and found.cue.lemma_.lower() in context.knowledge.words.get("topic_cue", ())):
        return None     # 'was introduced by his wife': an actor is not what these cues take as objects
    serves = _serves(found.cue, found.predicate, context)
    post = serves or found.predicate in context.knowledge.words.get("person_relation", ())
    if found.rule.startswith("verb:") and post and (
            context.referents[found.subject].kind is not Kind.PERSON or (serves and kind is not Kind.ORGANIZATION)):
        return None     # 'Republicans lead the House' makes no party its leader; 'served in Iraq' no member
    overrides = context.knowledge.overrides
    # an outlet on either side: 'told CNN', and 'CNN interviewed X' (the rows are of two-way relations)
    outlet = context.is_outlet(found.object) or context.is_outlet(found.subject)
    becomes = ((found.predicate, OUTLET) in overrides and outlet
               and overrides[(found.predicate, OUTLET)] or overrides.get((found.predicate, kind.value)))
    if becomes is None or found.cue.lemma_.lower() in context.knowledge.words.get("force_cue", ()):
        return found    # 'hacked the DNC' attacks it whatever its kind
    if becomes == NO_RELATION:
        return None
    return FoundRelation(found.subject, becomes, found.object, found.cue, found.rule, found.polarity,
                         found.former)


# ---------------------------------------------------------------------- verbs

def _verb_relations(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    yield from _journeys(verb, context)
    yield from _seats_filled(verb, context)
    lemma = verb.lemma_.lower()
    phrasal = particle(verb)     # 'ruled out', 'pushed back'
    cues = context.knowledge.verb_cues.get(f"{lemma} {phrasal}") if phrasal else None
    called = f"{lemma} {phrasal}" if cues else lemma      # 'faced off with X': a mutual verb of its own
    aims = _aim(verb, context)
    cues = (cues or context.knowledge.verb_cues.get(lemma, ())) + aims
    described = _visiting(verb, cues)
    if described is not None:     # 'told visiting U.S. President Trump': Trump visits the dateline's country
        visitor = context.refer(described, actors_only=True)
        host = context.host(visitor) if visitor else None
        if host is not None:
            yield FoundRelation(visitor, "visits", host, verb, "participle:dateline", Polarity.ASSERTED)
        return
    if not cues or verb.dep_ == "amod":   # 'a visiting professor' describes, it does not act
        return
    if any(c.slot == "feeling" for c in cues):
        yield from _feelings(verb, tuple(c for c in cues if c.slot == "feeling"), context)
        cues = tuple(c for c in cues if c.slot != "feeling")
        if not cues:
            return
    reduced = _reduced_passive(verb)
    passive = reduced or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    subjects = _agents(verb, context) if passive else clause_subjects(verb, context)
    if any(c.relation == "succeeds" for c in cues) and _with_phrase(verb):
        subjects = _successors(verb, context)   # 'replaced the ban with a proclamation': no one succeeds it
    if not subjects:
        return
    polarity = _polarity(verb, context)
    if any(c.relation == "urges" for c in cues) and _asks_a_question(verb, context):
        cues = tuple(replace(c, relation="communicatesWith") if c.relation == "urges" else c for c in cues)
    # one asked to act is urged ('told X to leave', 'pressured X to resign': _requests), not also told or pressured
    bidden = _bidden(verb, context) if any(c.slot == "dobj" and c.relation != "urges" for c in cues) else set()
    mutual, candidacy = (context.knowledge.words.get(kind, ()) for kind in ("mutual_verb", "candidacy"))
    for cue in cues:
        objects = _object_tokens(verb, cue, passive, context)
        if cue.slot == "dobj" and cue.relation != "urges":
            objects = [t for t in objects if t.i not in bidden]
        if cue.relation == "communicatesWith" and _names(verb, context):
            continue      # 'called X a liar' says what X is
        if lemma in context.knowledge.words.get("perfect_only", ()) and verb.tag_ != "VBN":
            continue      # 'has been to Cuba' visited it; 'his loyalty is to Spain' did not
        if cue.relation == "adviserTo" and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
            continue      # 'advised X that ...' tells, 'advised X to resign' urges: no adviser's post
        if reduced and cue.slot == "dobj":
            objects = _reduced_objects(verb)
        # 'hosted the talks' is no meeting with a topic: only stances take topics as objects
        topical = (cue.relation in context.knowledge.words.get("topic_relation", ())
                   and lemma not in context.knowledge.words.get("actor_cue", ()))    # 'fired missiles': no stance
        topic_cues = context.knowledge.words.get("topic_cue", ())
        post = cue.relation in context.knowledge.words.get("person_relation", ()) or _serves(verb, cue.relation, context)
        for obj_token in objects:
            if obj_token.pos_ == "PRON" and not set(subjects).isdisjoint(
                    context.refer(o, speaker=None) for o in _expand(obj_token, context)):
                continue    # 'X, Y and Z ... asking them to ...': an object pronoun is none of its own clause's subjects
            if cue.slot != "dobj" and _lent_to_noun(verb, obj_token.head, context):
                continue    # 'pledged aid to X': the phrase is the aid's, not a pledge made to X
            for obj in _expand(obj_token, context):
                if obj.lower_ in _REFLEXIVES:      # 'help Taiwan defend itself': no relation with oneself
                    continue
                relation = cue.relation
                if _asked_for_help(verb, obj, context) is not None:
                    continue      # 'sought his help': he is asked (_help_asked), no topic 'help' backed
                ended = _ended(obj, context) if relation in _FLIPPED else None
                if ended is not None:       # 'called for a halt to the sanctions' rejects the sanctions
                    obj, relation = ended, _FLIPPED[relation]
                if obj.lower_ in {"it", "this", "that"} and lemma in context.knowledge.object_speech_verbs:
                    continue      # 'his spokeswoman denied it': a claim, whatever actor came last
                if (lemma in context.knowledge.words.get("nominating", ()) and context.names_people(obj.lemma_.lower())
                        and any(c.dep_ == "nummod" or c.lower_ in {"a", "an"} for c in obj.children)):
                    continue      # 'plans to hire 60 more judges': people it takes on, not yet anyone the article names
                obj_key = context.refer(obj, speaker=None)
                if obj_key is not None and not topical and context.referents[obj_key].kind is Kind.TOPIC:
                    continue
                if cue in aims and obj_key is not None and context.referents[obj_key].kind is not Kind.TOPIC:
                    continue      # 'hopes to win Ohio': no stance towards a place or an actor
                if obj.lemma_.lower() in candidacy and (cue in aims or lemma in context.knowledge.words.get("aim", ())):
                    continue      # 'sought the Democratic nomination' runs for office
                if obj_key is None and (cue in aims or lemma in topic_cues) and _owned_act(obj, context):
                    continue      # 'wants France's support': France is to act, not a topic to back
                if obj_key is None and topical:
                    if context.names_people(obj.lemma_.lower()):
                        continue    # 'faced off with Democratic candidate and former U.S. Attorney X': people, no topic
                    if obj.dep_ == "conj" and any(c.dep_ == "amod" and c.lower_ == "other" for c in obj.children):
                        continue    # 'against the PKK and other threats': the class of what came before, no topic
                    if lemma in context.knowledge.words.get("publish", ()) \
                            and obj.lemma_.lower() in context.knowledge.words.get("message", ()):
                        continue    # 'signed a letter', 'signed the email': its author's message, no stance on it
                    obj_key = context.open_topic(obj)
                if obj_key is None:
                    continue
                if post and obj.i not in context.token_ref:
                    continue    # 'heads the U.S. embassy' leads no country; 'will chair it': no guess
                if cue.relation == "memberOf" and obj.tag_ == "NNS":
                    continue    # 'joined Republican leaders for the talks' joins no party
                owned = (obj, obj_token) if obj.dep_ == "conj" else (obj,)     # 'its arsenal and facilities'
                if cue.lemma in context.knowledge.words.get("hindering", ()) and (obj.tag_ == "VBG" or any(
                        p.dep_ == "prep" and p.lower_ == "from" for t in (verb, obj) for p in t.children)):
                    continue    # 'avoid paying taxes' is one's own act; 'prevent banks from lending': the act is
                undoing = cue.relation == "undermines" or cue.lemma in context.knowledge.words.get("undoing", ()) \
                    or cue.lemma in context.knowledge.words.get("hindering", ())
                if undoing and context.referents[obj_key].kind is Kind.TOPIC and any(
                        c.dep_ == "poss" and context.refer(c, actors_only=True) in subjects
                        for t in owned for c in t.children):
                    continue    # 'Spain dismantling its own bases' rejects nothing and undermines no one
                for subject in subjects:
                    yield FoundRelation(subject, relation, obj_key, verb,
                                        f"verb:{cue.slot}" + (":passive" if passive else "") + (":aim" if cue in aims else "")
                                        + (":ended" if ended is not None else ""),
                                        Polarity.NEGATED if _neither(verb, obj_token) else
                                        _polarity(verb.head, context) if cue in aims else polarity,
                                        former=post and verb.tag_ == "VBD")   # 'led the department before ...'
                    if ((called in mutual or any(f"{called} {p}" in mutual for p in cue.preps))   # 'ran against X'
                            and context.referents[obj_key].kind is not Kind.TOPIC):
                        # 'X clashed with Y': Y clashed with X
                        yield FoundRelation(obj_key, cue.relation, subject, verb, f"verb:{cue.slot}:mutual", polarity)
    if not passive:
        yield from _together(subjects, cues, verb, (verb,), polarity, context)
    yield from _coworkers(verb, subjects, polarity, context)


_FLIPPED = {"supports": "rejects", "rejects": "supports", "opposesActor": "supports"}


def _neither(verb: Token, obj: Token) -> bool:
    """'voted for neither X nor Y', 'Neither X nor Y backed Z': a 'neither' before the objects or the
    subjects denies the act of each of them."""
    return any(c.dep_ == "preconj" and c.lower_ == "neither"
               for t in (obj, *(c for c in verb.children if c.dep_ in SUBJECT_DEPS)) for c in t.children)


def _asked_for_help(verb: Token, noun: Token, context: ArticleContext) -> str | None:
    """'sought his help', 'requested China's assistance', 'asked for X's support': the actor whose help
    (`aid_noun` in ontology/cues.tsv) a verb of asking (`asking`) asks for, as its object or its 'for'
    object; else None."""
    words = context.knowledge.words
    if verb.lemma_.lower() not in words.get("asking", ()) or noun.lemma_.lower() not in words.get("aid_noun", ()):
        return None
    if not (noun.dep_ == "dobj" and noun.head.i == verb.i) and not (
            noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == verb.i):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return context.refer(owner, actors_only=True) if owner is not None else None


def _help_asked(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """Whoever asks for an actor's help urges that actor ('sought his help')."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        helper = _asked_for_help(verb, noun, context)
        if helper is None:
            continue
        polarity = _polarity(verb, context)
        for subject in clause_subjects(verb, context):
            if subject != helper:
                yield FoundRelation(subject, "urges", helper, verb, "help_asked", polarity)


def _ended(noun: Token, context: ArticleContext) -> Token | None:
    """'a halt to the sanctions', 'an end to the blockade', 'the lifting of sanctions': the thing an ending
    noun (`ending_noun` in ontology/cues.tsv) ends, so that whoever wants the end rejects the thing
    and whoever opposes it backs the thing; None for any other noun or no such thing named."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in context.knowledge.words.get("ending_noun", ()):
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "of", "on"}:
            inner = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
            if inner is not None:
                return inner
            named = next((g for g in child.children if g.dep_ == "pcomp"
                          and any(c.dep_ == "dobj" and c.lower_ == "what" for c in g.children)), None)
            inner = next((c for c in named.children if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}),
                         None) if named is not None else None
            if inner is not None:
                return inner    # 'a halt to what it called "brutal sanctions"': the sanctions
    return None


def _lent_to_noun(verb: Token, prep: Token, context: ArticleContext) -> bool:
    """Is a verb's preposition one its object, a relation noun, takes ('pledged aid to X', 'offered
    support for X')? The parser hangs such a phrase on the verb; it says whom the noun's act is aimed at."""
    return any(c.dep_ == "dobj" and prep.lower_ in _takes(c, verb, context) for c in verb.children)


def _takes(noun: Token, verb: Token, context: ArticleContext) -> set[str]:
    """The prepositions a cue noun takes as the object of this verb: none for a noun that is a cue only after
    a light verb (`light_only` in ontology/cues.tsv) when the verb is not one ('discussed the issue with X'
    talks with X; 'took issue with X' criticises)."""
    lemma = noun.lemma_.lower()
    if lemma in context.knowledge.words.get("light_only", ()) and not _is_light(verb, context):
        return set()
    return {prep for cue in context.knowledge.noun_cues.get(lemma, ()) for prep in cue.preps}


def _coworkers(verb: Token, subjects: list[str], polarity: Polarity, context: ArticleContext) -> Iterator[FoundRelation]:
    """'The bill was introduced by Senators X and Y', 'X and Y sponsored the measure': the people or
    organisations who write or back a bill together (`joint_work` in ontology/cues.tsv) cooperate."""
    if verb.lemma_.lower() not in context.knowledge.words.get("joint_work", ()):
        return
    works = context.knowledge.words.get("document", frozenset()) | context.knowledge.words.get("coauthored", frozenset())
    # the work as the verb's object or passive subject, the noun its participle describes ('the bill, led by X
    # and Y'), or the subject of the clause the participle is set on ('the measure is bipartisan, led by X and Y')
    if not (any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in works for c in verb.children)
            or (verb.dep_ == "acl" and verb.head.lemma_.lower() in works)
            or (verb.dep_ == "advcl" and verb.tag_ == "VBN"
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in works for c in verb.head.children))):
        return      # 'X and Y introduced themselves', 'wrote to Z': no joint work
    actors = [k for k in subjects if context.referents[k].kind in {Kind.PERSON, Kind.ORGANIZATION}]
    for n, first in enumerate(actors):
        for other in actors[n + 1:]:
            yield FoundRelation(first, "cooperatesWith", other, verb, "joint_work", polarity)
    partners = [key for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj" for t in _expand(g) if (key := context.refer(t, actors_only=True))]
    for first in actors:        # 'X introduced the bill with Y'
        for other in partners:
            if other != first and context.referents[other].kind in {Kind.PERSON, Kind.ORGANIZATION}:
                yield FoundRelation(first, "cooperatesWith", other, verb, "joint_work:with", polarity)


def _bidden(verb: Token, context: ArticleContext) -> set[int]:
    """The tokens of the actors a verb asks to act ('told X to leave'); a thing is asked nothing
    ('wanted hearings to explain ...')."""
    return {t.i for t, _ in _asked(verb, context.knowledge.words.get("bid", frozenset()))
            if t.pos_ == "PRON" or context.refer(t, actors_only=True)}


def _names(verb: Token, context: ArticleContext) -> bool:
    """Does a naming verb name its object something ('called X a liar')?"""
    return verb.lemma_.lower() in context.knowledge.naming_verbs and any(c.dep_ == "oprd" for c in verb.children)


def _visiting(verb: Token, cues: tuple[Cue, ...]) -> Token | None:
    """The person a 'visiting' describes: 'visiting U.S. President Trump', also when the parser made
    'visiting' the infinitive-less complement of a verb of telling with the name as its object."""
    if verb.tag_ != "VBG" or not any(c.relation == "visits" for c in cues):
        return None
    if verb.dep_ == "amod":
        return verb.head
    if verb.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "dative"} for c in verb.head.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.left_edge.i == verb.i + 1 and obj.ent_type_ == "PERSON":
            return obj
    return None


def _visits_here(noun: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Trump's visit', 'his trip' with no place named: a visit to the country the dateline places the
    story in (ArticleContext.host)."""
    cues = [c for c in context.knowledge.noun_cues.get(noun.lemma_.lower(), ()) if c.relation == "visits"]
    if not cues or context.dateline is None:
        return
    places = {p for cue in cues for p in cue.preps} | {"in", "at"}
    # a place named on the noun, or on the verb it is the object of ('made a trip to China')
    around = (*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ()))
    if any(c.dep_ == "prep" and c.lower_ in places for c in around):
        return
    for subject in _noun_subjects(noun, context):
        if context.referents[subject].kind is Kind.PERSON and (host := context.host(subject)) is not None:
            yield FoundRelation(subject, "visits", host, noun, "noun:visit:dateline", Polarity.ASSERTED)


def _carried(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Trump and his wife were whisked from the airport straight to the Forbidden City', 'was flown to
    Guam': whoever a passive verb of carrying (`carrier` in ontology/cues.tsv) takes somewhere visits it."""
    travellers = [k for c in verb.children if c.dep_ == "nsubjpass" for t in _expand(c, context)
                  if (k := context.refer(t, actors_only=True)) is not None]
    places = [k for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
              if g.dep_ == "pobj" for t in _expand(g, context)
              if (k := context.refer(t) or _place_of(t, context)) is not None
              and context.referents[k].kind in {Kind.PLACE, Kind.COUNTRY, Kind.ORGANIZATION}]
    polarity = _polarity(verb, context)
    for traveller in travellers:
        for place in places:
            yield FoundRelation(traveller, "visits", place, verb, "verb:carried", polarity)


def _place_of(token: Token, context: ArticleContext) -> str | None:
    """A place's spot that is no entity, named by the place as its possessor or modifier ('Beijing's
    airport', 'the Madrid airport'): the place itself, not its country."""
    if token.i in context.token_ref or token.pos_ != "NOUN":
        return None
    return next((key for c in token.children if c.dep_ in {"poss", "compound"}
                 for key in [context.token_ref.get(c.i)] if key and context.referents[key].kind in _PLACES), None)


def _with_phrase(verb: Token) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "with" and p.i > verb.i for p in verb.children)


def _successors(verb: Token, context: ArticleContext) -> list[str]:
    """'replaced Smith with Jones': Jones succeeds Smith, not whoever made the change."""
    return [key for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > verb.i
            for g in p.children if g.dep_ == "pobj"
            for t in _expand(g, context) if (key := context.refer(t, actors_only=True)) is not None]


def _aim(verb: Token, context: ArticleContext) -> tuple[Cue, ...]:
    """'needs to reach a budget agreement', 'is seeking to secure funding': what a subject strives to
    attain it supports (`aim` and `attain` in ontology/cues.tsv); a topic only, as for 'wants a deal'."""
    words = context.knowledge.words
    if ((verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _infinitive(verb)))    # 'offered in return to ...'
            and verb.lemma_.lower() in words.get("attain", ())
            and verb.head.lemma_.lower() in words.get("aim", ())):
        return (Cue(verb.lemma_.lower(), "VERB", "dobj", frozenset(), "supports"),)
    return ()


def _aimed_acts(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'wants to cut the budget', 'has proposed to scale back the deduction', 'her plan to cut the budget': an
    act that a subject wants or urges (`advocacy` in ontology/cues.tsv), or that its owner's noun of wanting
    names (`advocacy_noun`), is with its object a topic that subject or owner supports ('cut budget'), when
    the act's verb gives no relation of its own, does not attain its object (`attain`: 'wants to reach a deal'
    backs the deal) and is not too vague to name one (`vague_act`: 'wants to make a point'). An attempt is
    no stance: 'tried to influence the vote'."""
    words, knowledge, wanting = context.knowledge.words, context.knowledge, verb.head
    if verb.dep_ == "xcomp" and wanting.lemma_.lower() in words.get("advocacy", ()):
        owned = False
    elif verb.dep_ == "acl" and wanting.pos_ == "NOUN" and wanting.lemma_.lower() in words.get("advocacy_noun", ()):
        owned = True
    else:
        return
    lemma = verb.lemma_.lower()
    phrasal = particle(verb)
    if (not _infinitive(verb) or lemma in knowledge.verb_cues
            or (phrasal and f"{lemma} {phrasal}" in knowledge.verb_cues)
            or lemma in words.get("attain", ()) or lemma in words.get("vague_act", ())
            or lemma in knowledge.speech_verbs or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
            or (not owned and any(c.dep_ in {"dobj", "dative"} for c in wanting.children))   # 'pushed X to act' urges X
            or (lemma in words.get("light", ()) and any(c.dep_ == "dobj" and c.lemma_.lower() in knowledge.noun_cues
                                                         for c in verb.children))):
        return      # 'wants to hold talks with X': the light verb lends its subject to the noun's relation
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or context.names_people(obj.lemma_.lower()) or obj.lemma_.lower() in knowledge.organs:
        return      # 'a bid to keep the military from ...': an act on people or a body is no topic
    topic = context.act_topic(verb)
    if topic is None:
        return
    if owned:       # 'a plan not to raise taxes'; whatever befalls the plan, its owner backs the act
        subjects = [key for c in wanting.children for t in _owners(c) if (key := context.refer(t, actors_only=True))]
        polarity = Polarity.NEGATED if any(c.dep_ == "neg" for c in verb.children) else Polarity.ASSERTED
    else:
        subjects, polarity = clause_subjects(verb, context), _polarity(wanting, context)
        if polarity is Polarity.HEDGED and wanting.lemma_ == "like" and [c.lower_ for c in wanting.children
                                                                          if c.dep_ == "aux"] in (["would"], ["'d"]):
            polarity = Polarity.ASSERTED    # 'would like to' is the wish itself, not one that might be
    for subject in subjects:
        yield FoundRelation(subject, "supports", topic, verb, "aim:act", polarity)


def _owners(child: Token) -> list[Token]:
    """Who a noun's child says owns it: a possessor or a name before it ('Lee's plan', 'a House plan'), or
    the object of its 'by' or 'from' ('a proposal by the Senate')."""
    if child.dep_ in {"poss", "compound"}:
        return [child]
    if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
        return [t for g in child.children if g.dep_ == "pobj" for t in _expand(g)]
    return []


def _owned_act(noun: Token, context: ArticleContext) -> bool:
    """A relation noun with an actor as possessor ('France's support', 'Spain's help'): that actor's act."""
    return noun.lemma_.lower() in context.knowledge.noun_cues and noun.lemma_.lower() not in context.knowledge.topics \
        and any(c.dep_ == "poss" and context.refer(c, actors_only=True) for c in noun.children)


def _asks_a_question(verb: Token, context: ArticleContext) -> bool:
    """'asked Smith whether he would run', 'asked her about the talks': a question speaks to whom it
    is asked, it urges nothing (`question` in ontology/cues.tsv: the clause's first word, or the
    preposition)."""
    words = context.knowledge.words.get("question", ())
    if verb.lemma_.lower() not in context.knowledge.words.get("request", ()):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in words:
            return True
        opening = child.left_edge.lower_
        if child.i > verb.i and opening in words and (
                child.dep_ in {"ccomp", "xcomp"} or (child.dep_ == "advcl" and opening in {"if", "whether"})):
            return True     # an adverbial clause is a question only with 'if' or 'whether' ('... when they met')
    return False


def _adjective_relations(adjective: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Smith has been critical of Jones', 'China is open to talks', 'is not interested in talks': a
    predicate adjective of the lexicon (pos ADJ), done by the subject of its copula; also as the
    parser may read a participle ('is opposed to the plan' with 'is' as a passive's auxiliary, or as the
    copula's complement: 'X and Y were opposed to the plan')."""
    cues = context.knowledge.adjective_cues[adjective.lower_]
    if adjective.dep_ == "acomp" and (adjective.pos_ == "ADJ" or adjective.tag_ == "VBN"):
        verb = adjective.head
    elif adjective.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adjective.children):
        # the parser hangs the subject on the participle or on its 'is'
        verb = next((c for c in adjective.children if c.dep_ == "auxpass"
                     and any(g.dep_ in SUBJECT_DEPS for g in c.children)), adjective)
    else:
        return
    own = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None) if verb is adjective else None
    # 'said X was opposed to Y', 'Smith was troubled by Y': the participle's own subject, as no passive verb's is
    own_subject = own is not None and own.lower_ not in {"who", "which", "that"}
    subjects = [k for k in _subject_keys(own, context) if k] if own_subject else clause_subjects(verb, context)
    polarity = _polarity(verb, context)
    topical = context.knowledge.words.get("topic_relation", ())
    for cue in cues:
        # 'was troubled by X': the parser reads the participle as a passive and 'by' as its agent
        for preposition in (c for c in adjective.children if c.dep_ in {"prep", "agent"} and c.lower_ in cue.preps):
            objects = [o for g in preposition.children if g.dep_ == "pobj" for o in _expand(_author(g, cue, context))]
            for obj in objects + list(_gerunds(preposition)):
                key = context.refer(obj)
                if key is not None and cue.relation not in topical and context.referents[key].kind is Kind.TOPIC:
                    continue
                if key is None and cue.relation in topical:
                    key = context.open_topic(obj)
                for subject in subjects if key else ():
                    yield FoundRelation(subject, cue.relation, key, adjective, f"adjective:{cue.slot}", polarity)


def _counterpart(words: tuple[Token, ...], cue: Cue, context: ArticleContext) -> bool:
    """Do the cue's words name whom it is done with: an actor as object, or after the cue's prepositions?"""
    for child in (c for word in words for c in word.children):
        if child.dep_ == "prep" and child.lower_ in cue.preps and any(g.dep_ in {"pobj", "pcomp"} for g in child.children):
            return True
        if child.dep_ in {"dobj", "dative"} and context.refer(child, actors_only=True) is not None:
            return True
    return False


def _together(subjects: list[str], cues: tuple[Cue, ...], word: Token, words: tuple[Token, ...],
              polarity: Polarity, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Merkel and Macron met', 'Japan and Chile held talks': actors named together as the subject
    of a cue done 'with' someone, and naming no one else (in ``words``: the cue and its light verb),
    do it with each other (the relations of `joint` in ontology/cues.tsv)."""
    joint = context.knowledge.words.get("joint", ())
    if set(subjects) <= set(context.joint_speakers(word)):
        return      # 'Pelosi and Schumer said: "We need to reach an agreement"': with others, not each other
    for cue in cues:
        if "with" in cue.preps and cue.relation in joint and not _counterpart(words, cue, context):
            for n, first in enumerate(subjects):
                for other in subjects[n + 1:]:
                    yield FoundRelation(first, cue.relation, other, word, f"{cue.pos.lower()}:{cue.lemma}:together",
                                        polarity)


_PLACES = {Kind.COUNTRY, Kind.PLACE}


def _seats_filled(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'was appointed to fill the seat of her husband, X', 'to fill the seat vacated by X', 'took over
    X's post': whoever fills a person's seat succeeds them (`seat_verb` and `seat_noun` in
    ontology/cues.tsv); 'a special election to fill his seat' names no successor."""
    words = context.knowledge.words
    if verb.lemma_.lower() not in words.get("seat_verb", ()):
        return
    for seat in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.get("seat_noun", ())):
        holders = [g for c in seat.children if c.dep_ == "poss" for g in [c]]
        holders += [g for c in seat.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
        holders += [g for c in seat.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                    for g in a.children if g.dep_ == "pobj"]      # 'the seat vacated by X'
        # a name, a pronoun or a noun with a name beside it ('her husband, X'), not a title: 'took the post
        # of foreign minister' names no one who held it
        named = [t if t.pos_ in {"PROPN", "PRON"} else next((a for a in t.children if a.dep_ == "appos"
                                                             and a.pos_ == "PROPN"), None) for t in holders]
        people = [k for t in named if t is not None for k in [context.refer(t, actors_only=True)]
                  if k and context.referents[k].kind is Kind.PERSON]
        successors = [k for k in clause_subjects(verb, context) if context.referents[k].kind is Kind.PERSON]
        polarity = _polarity(verb, context)
        for successor in successors:
            for held in people:
                if held != successor:
                    yield FoundRelation(successor, "succeeds", held, verb, "seat:filled", polarity)


def _journeys(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Smith was in Kenya': a person present in a country or place visits it (a verb of presence,
    ontology/cues.tsv, with 'in'); 'a trip that took him to Kenya': a carrying verb whose subject
    is a journey noun (a noun cue for gb:visits) takes its object to each place after 'to'."""
    words = context.knowledge.words
    lemma = verb.lemma_.lower()
    if lemma in words.get("presence", ()):
        # a pronoun's antecedent is a guess: 'X's snub of Y as he was in Lima' could be either
        named = not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
        travellers = [k for k in clause_subjects(verb, context) if context.referents[k].kind is Kind.PERSON] if named else []
        # 'X was in Kenya'; not a setting before the subject: 'In Washington, X was in contact with Y'
        places = _places(verb, "in", context, after=True) if travellers else []
        polarity = _polarity(verb, context) if places else Polarity.ASSERTED
        for traveller in travellers:
            for place in places:
                yield FoundRelation(traveller, "visits", place, verb, "presence:in", polarity)
    elif lemma in words.get("carry", ()):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
            subject = verb.head
        journey = subject is not None and any(
            c.relation == "visits" for c in context.knowledge.noun_cues.get(subject.lemma_.lower(), ()))
        if not journey:
            return
        carried = [c for c in verb.children if c.dep_ == "dobj"]
        travellers = [k for k in (context.refer(t, actors_only=True) for c in carried for t in _expand(c)) if k]
        polarity = _polarity(verb, context)
        places = [p for token in (verb, *carried) for p in _places(token, "to", context)]   # 'to X' may hang on either
        for traveller in travellers:
            for place in places:
                yield FoundRelation(traveller, "visits", place, verb, "journey:to", polarity)
    yield from _gatherings(verb, context)


def _gatherings(verb: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    """'praised him at a rally in Pensacola', 'spoke at an event in Salt Lake City', 'told reporters in
    Geneva': a person who acts at a gathering (`gathering` in ontology/cues.tsv) in a place, or tells
    reporters something there, visits it, and so do the people who meet in a place ('met X in Manila', 'held
    talks with X in Geneva': `meeting_verb`, `meeting_noun`); not the capital of a country whose office the
    article gives them ('told reporters in Washington' of a U.S. official lives there)."""
    words = context.knowledge.words
    settings = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "during", "in"}
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in words.get("gathering", ())]
    # 'will attend a summit in Vietnam', 'will attend the Vietnam meeting': `attending` in ontology/cues.tsv
    attending = verb.lemma_.lower() in words.get("attending", ())
    attended = [c for c in verb.children if attending and c.dep_ == "dobj" and (
        c.lemma_.lower() in words.get("gathering", ()) or c.lemma_.lower() in words.get("meeting_noun", ()))]
    settings += attended
    press = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in words.get("press_word", ())]
    if press and verb.lemma_.lower() in words.get("press_verb", ()):
        settings += [verb, *press]      # 'told reporters in Geneva': the phrase hangs on either
    # a meeting held in a place takes whoever met there: 'met X in Manila', 'held talks with X in Geneva'
    held = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.get("meeting_noun", ())
            and _is_light(verb, context)]
    met = verb.lemma_.lower() in words.get("meeting_verb", ())
    others = [t for c in ([verb] if met else held) for t in _met(c)]
    settings += [verb, *held, *others] if met or held else []     # the place may hang on whom they met
    places = [k for setting in settings for k in _places(setting, "in", context, after=True, appositions=False,
                                                         towns=True)]
    places += [k for event in attended for c in event.children if c.dep_ == "compound" and c.ent_type_ in {"GPE", "LOC"}
               for k in (context.refer(c),) if k and context.referents[k].kind in _PLACES]
    if not places:
        return
    travellers = [k for k in clause_subjects(verb, context) if context.referents[k].kind is Kind.PERSON]
    travellers += [k for t in others for k in (context.refer(t, actors_only=True),)
                   if k and context.referents[k].kind is Kind.PERSON and k not in travellers]
    polarity = _polarity(verb, context)
    for traveller in travellers:
        for place in places:
            if not context.home_capital(traveller, place):
                yield FoundRelation(traveller, "visits", place, verb, "gathering:in", polarity)


def _met(head: Token) -> list[Token]:
    """Whom a meeting verb or noun names as met: its object and its 'with' objects, each of a list."""
    named = [c for c in head.children if c.dep_ == "dobj" and head.pos_ in {"VERB", "AUX"}]
    named += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    return [t for n in named for t in _expand(n)]


def _places(head: Token, preposition: str, context: ArticleContext, *, after: bool = False,
            appositions: bool = True, towns: bool = False) -> list[str]:
    """Countries and places after ``preposition`` hanging from ``head`` (with ``after``, only after it;
    with ``towns``, not a building or room: 'a ceremony in the Roosevelt Room' is held at home)."""
    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == preposition and (not after or child.i > head.i):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                # 'in Pensacola, Florida' is a visit to the city named
                for token in _expand(pobj) if appositions else (pobj, *(c for c in pobj.children if c.dep_ == "conj")):
                    if towns and token.ent_type_ not in {"GPE", "LOC"}:
                        continue
                    key = context.refer(token)
                    if key and context.referents[key].kind in _PLACES:
                        found.append(key)
    return found


def _reduced_passive(verb: Token) -> bool:
    """'talks brokered by Norway', 'Backed by Russia, the government ...': a past participle with a
    'by' agent and no auxiliary, modifying a noun or a clause."""
    return (verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"}
            and any(c.dep_ == "agent" for c in verb.children)
            and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children))


def _reduced_objects(verb: Token) -> list[Token]:
    """What a reduced passive is about: the noun it modifies (the name an apposition describes: 'Smith,
    a Democrat appointed by X'), or the subject of the clause it opens."""
    if verb.dep_ == "acl":
        return [verb.head.head if verb.head.dep_ == "appos" else verb.head]
    return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _feelings(verb: Token, cues: tuple[Cue, ...], context: ArticleContext) -> Iterator[FoundRelation]:
    """'the decision angered Republicans', 'Smith upset China', 'Democrats were angered by X': a verb of feeling
    (slot `feeling` in ontology/lexicon.tsv) runs its relation from whom it moves (its object, or a passive's
    subject) to what moved them (its subject, or the passive's 'by'), a deed or remark standing for its author.
    A participle the lexicon also lists as an adjective ('frustrated by X') is read there."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        if verb.lower_ in context.knowledge.adjective_cues:
            return
        moved = [c for c in verb.children if c.dep_ == "nsubjpass"]
        causes = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        moved = [c for c in verb.children if c.dep_ == "dobj"]
        causes = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl":     # 'an increase that has worried Republicans'
            causes = [verb.head if c.lower_ in _RELATIVE else c for c in causes]
    feelers = [k for t in moved if t.lower_ not in _RELATIVE for o in _expand(t, context)
               for k in (context.refer(o, actors_only=True),) if k]
    if not feelers:
        return
    polarity = _polarity(verb, context)
    topical = context.knowledge.words.get("topic_relation", ())
    for cue in cues:
        for cause in (c for t in causes if t.lower_ not in {"it", "this", "that", "which"}
                      for c in _expand(t, context)):
            cause = _author(cause, cue, context)
            key = context.refer(cause, actors_only=cue.relation not in topical)
            if key is None and cue.relation in topical and cause.pos_ == "NOUN":
                key = context.open_topic(cause)
            for feeler in feelers if key else ():
                if feeler != key:
                    yield FoundRelation(feeler, cue.relation, key, verb, f"verb:{cue.lemma}:feeling", polarity)


def _object_tokens(verb: Token, cue: Cue, passive: bool, context: ArticleContext) -> Iterator[Token]:
    yield from _misattached_objects(verb, cue, passive, context)
    if cue.slot == "dobj" and not passive:
        yield from _inquired(verb, verb, context)
        if cue.relation in context.knowledge.words.get("author_relation", ()):
            yield from _what_was_said(verb, context)
    stray = _stray_objects(verb)
    if cue.slot == "dobj" and passive:
        yield from _shared_patient(verb, cue, context)
    if cue.slot == "dobj" and not passive:
        for shared in _shared_object(verb):     # 'called and congratulated X': X was called too
            yield from _event_object(_author(_titled(shared, context), cue, context), context)
    if cue.slot == "dobj" and not passive and cue.relation in context.knowledge.words.get("topic_relation", ()):
        # 'does not support raising taxes', 'opposed raising the debt ceiling': a gerund is what is backed
        # (not one that is an act of its own between actors: 'denied meeting Russian officials')
        yield from (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                    and c.lemma_.lower() not in context.knowledge.verb_cues
                    and not any(g.dep_ in {"aux", "nsubj"} for g in c.children))
    for child in verb.children:
        if child.i in stray:
            continue
        if cue.slot == "dobj":
            if child.dep_ == ("nsubjpass" if passive else "dobj") or (child.dep_ == "dative" and not passive):
                if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    child = _antecedent(verb.head, child, context)
                    if child is None:
                        continue
                child = _partitive(child, context)
                following = _following_gerund(verb, child)
                yield from _event_object(following or _author(_titled(child, context), cue, context), context,
                                         events=verb.lemma_.lower() not in context.knowledge.words.get("topic_cue", ()))
                if verb.lemma_.lower() in context.knowledge.words.get("inquiry", ()):
                    yield from _inquired_parties(child, context)
        elif child.dep_ == "prep" and child.lower_ in cue.preps and (child.i > verb.i or (verb.dep_ == "relcl" and any(
                g.dep_ == "pobj" and g.lower_ in _RELATIVE for g in child.children))):   # not 'On Twitter, X called him ...'
            if any(c.dep_ == "prep" and c.lower_ == child.lower_ and verb.i < c.i < child.i for c in verb.children):
                continue    # 'agreed on the need for X, as friends, on bilateral challenges': the first 'on' only
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                if pobj.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    pobj = _antecedent(verb.head, pobj, context)    # 'X, with whom she met': X
                    if pobj is None:
                        continue
                if _channel(verb, child, pobj, context):
                    continue
                if not _asked_to_act(verb, pobj, context):     # 'pushed back at demands by X': at X
                    yield from _event_object(_author(_titled(pobj, context), cue, context), context)
                if verb.lemma_.lower() in context.knowledge.words.get("inquiry", ()):
                    yield from _inquired_parties(pobj, context)     # 'looking into collusion with X'
            yield from _gerunds(child)


def _shared_object(verb: Token) -> list[Token]:
    """'called and congratulated X', 'met and praised X': a verb with no object of its own, joined by 'and' or
    'or' to the next verb, which has no subject of its own, shares that verb's object."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for c in verb.children):
        return []
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if joined is None or not any(c.dep_ == "cc" and c.lower_ in {"and", "or"} and verb.i < c.i < joined.i
                                 for c in verb.children) or any(c.dep_ in SUBJECT_DEPS for c in joined.children):
        return []
    return [c for c in joined.children if c.dep_ == "dobj"]


def _shared_patient(verb: Token, cue: Cue, context: ArticleContext) -> Iterator[Token]:
    """'the move would be a win for X, but was criticized by Democrats', 'Smith is 64 and is backed by
    Jones': a passive joined to a clause, with an auxiliary and no subject of its own, is done to that
    clause's subject."""
    if (verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children)
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children)):
        return
    for subject in (c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i):
        if subject.lower_ not in _RELATIVE:
            yield from _event_object(_author(_titled(subject, context), cue, context), context)


def _what_was_said(verb: Token, context: ArticleContext) -> Iterator[Token]:
    """'repeated what Kelly said', 'rejected what X told the committee': what someone said stands for its
    speaker, the subject of a speech verb whose object is 'what'."""
    for clause in verb.children:
        if (clause.dep_ == "ccomp" and clause.i > verb.i and clause.lemma_.lower() in context.knowledge.speech_verbs
                and any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)):
            yield from (c for c in clause.children if c.dep_ == "nsubj")


def _inquired(cue: Token, holder: Token, context: ArticleContext) -> Iterator[Token]:
    """'is investigating whether X colluded with Y', 'an investigation into whether X colluded': the subjects
    of the 'whether' or 'if' question an inquiry cue (`inquiry` in ontology/cues.tsv) looks into, which
    hangs on ``holder`` (the verb, or the noun's preposition)."""
    if cue.lemma_.lower() not in context.knowledge.words.get("inquiry", ()):
        return
    for clause in holder.children:
        if (clause.dep_ in {"ccomp", "pcomp"} and clause.i > cue.i
                and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)):
            yield from (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})


def _channel(verb: Token, prep: Token, pobj: Token, context: ArticleContext) -> bool:
    """'called X "a fool" on Twitter': a platform after 'on', beside the verb's object, is where it was
    said ('called on Twitter to remove the posts' asks Twitter)."""
    return (prep.lower_ == "on" and context.knowledge.entity_uses.get(pobj.text) == "platform"
            and any(c.dep_ in {"dobj", "oprd"} for c in verb.children))


def _stray_objects(verb: Token) -> set[int]:
    """Objects past another phrase of the verb after its first object: 'will host X at the White House
    on Friday, the White House in a statement' (a 'said' left out) has one object, X; not 'backed his
    opponent, Senator Y' (an apposition the parser made a second object) or 're-election' split."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) < 2:
        return set()
    between = {c.i for c in verb.children if c.dep_ not in {"dobj", "punct", "cc"}}
    return {o.i for o in objects[1:] if any(objects[0].i < i < o.i for i in between)}


def _misattached_objects(verb: Token, cue: Cue, passive: bool, context: ArticleContext) -> Iterator[Token]:
    """An object the parser hung elsewhere: 'help Spain defend itself' with Spain as the subject of a
    bare infinitive; 'discussed the resolution with Sisi', 'discussed the issue of bias with Mueller'
    with 'with Sisi' on the object or its 'of' phrase, where it cannot belong (it can on a cue noun
    that takes that preposition: 'discussed the deal with Iran', 'the future of the deal with Iran')."""
    if cue.slot == "prep" and not any(c.dep_ == "prep" and c.lower_ in cue.preps for c in verb.children):
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            for inner in (obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj")):
                if not _takes(inner, verb, context) & cue.preps and "for" not in cue.preps:
                    # 'sought favors from X': a favor takes no 'from'; a 'for' after an object is the object's
                    # ('called the race for X')
                    yield from (g for p in inner.children if p.dep_ == "prep" and p.lower_ in cue.preps
                                for g in p.children if g.dep_ == "pobj" and (
                                    g.pos_ == "PROPN" or context.refer(g, actors_only=True) is not None))
        return
    if (cue.slot != "dobj" or passive or any(c.dep_ in {"dobj", "dative"} for c in verb.children)
            or verb.lemma_.lower() in context.knowledge.words.get("request", ())):
        return      # 'demanded Smith apologize' asks Smith to act (see _requests), it does not back him
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.tag_ == "VB" and clause.i > verb.i and not any(
                c.dep_ in {"mark", "aux", "auxpass"} for c in clause.children):
            yield from (c for c in clause.children if c.dep_ == "nsubj")    # 'help it defend itself': not its helper


def _gerunds(preposition: Token) -> Iterator[Token]:
    """'pushed for lifting sanctions': the gerund after a preposition, whose act is a topic."""
    yield from (g for g in preposition.children if g.dep_ == "pcomp" and g.tag_ == "VBG")


def _partitive(token: Token, context: ArticleContext) -> Token:
    """'denied some of the allegations', 'undo a number of Obama's initiatives': what they are part of."""
    if token.lower_ in _PARTITIVES or token.lemma_.lower() in context.knowledge.words.get("partitive", ()):
        inner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is not None:
            return inner
    return token


def _titled(token: Token, context: ArticleContext) -> Token:
    """'met U.N. Special Envoy for Yemen Jane Doe', parsed with the title as the object: the person
    who holds the title (the first person named after it, inside its phrase) is the object."""
    if token.lower_ not in context.knowledge.titles or (token.i in context.token_ref and
                                                        context.referents[context.token_ref[token.i]].kind is Kind.PERSON):
        return token
    if token.dep_ == "appos" and token.head.i in context.token_ref:
        return token        # 'X, a former party chairman who was endorsed by Y': X, not a name in its clause
    for candidate in token.subtree:
        if candidate.i > token.i and candidate.dep_ != "conj":
            key = context.refer(candidate, actors_only=True)
            if key and context.referents[key].kind is Kind.PERSON:
                return candidate
    return token


def _antecedent(noun: Token, pronoun: Token, context: ArticleContext) -> Token | None:
    """'Smith, whom Jones accuses of fraud': the noun a relative clause modifies. 'who(m)' wants a
    person (the model may call one an organisation), not a place: 'a cleric living in Spain whom
    Jones accuses' climbs past Spain to the cleric."""
    if pronoun.lower_ not in {"who", "whom"}:
        return noun
    for _ in range(_MAX_CLIMB):
        key = context.refer(noun, actors_only=True)
        if key and context.referents[key].kind in {Kind.PERSON, Kind.GROUP, Kind.ORGANIZATION}:
            return noun
        if noun.dep_ not in {"pobj", "prep", "acl", "dobj"} or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


def _author(obj: Token, cue: Cue, context: ArticleContext) -> Token:
    """'downplayed Merkel's remarks': opposing what someone said opposes its author; so does opposing
    what someone did ('critical of Mueller's work', 'welcomed Smith's entry into the race', 'the
    policies of Obama': `deed` in ontology/cues.tsv), also a hostile act by its doer ('condemned missile
    attacks by the Houthis', 'Russia's annexation of Crimea': `hostile_deed`, whose 'of' is its target)."""
    words = context.knowledge.words
    lemma = obj.lemma_.lower()
    hostile = lemma in words.get("hostile_deed", ())      # 'the invasion of Iraq': 'of' names the target
    deed = lemma in words.get("deed", ()) or hostile
    # an inquiry into what someone did looks into them, not into whoever made a claim ('a probe of U.S. allegations')
    if (cue.relation in words.get("author_relation", ()) and (deed or lemma in words.get("utterance", ()))) or (
            cue.relation in words.get("deed_author_relation", ()) and deed):
        # 'Merkel's remarks'; 'the U.S. demands', 'the Trump approach': a country's or person's name before it
        # (not an adjective: 'the Chinese proposal' stays the proposal; nor a name with words of its own: 'the
        # “one China” policy')
        owner = next((c for c in obj.children if c.dep_ == "poss"), None) or next(
            (c for c in obj.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
             and _country_or_person(c, context)
             and not any(True for _ in c.children) and not context.in_marks(c.idx)), None)
        if owner is None:       # 'the conclusions by three agencies' ('criticism of X' is aimed at X)
            preps = {"by", "from", "of"} if deed and not hostile else {"by", "from"}
            owner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in preps
                          for g in c.children if g.dep_ == "pobj"), None)
        if owner is None and obj.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in obj.head.children):
            # 'rejected the conclusions by the CIA' with 'by' hung on the active verb: the object's maker
            owner = next((g for c in obj.head.children if c.dep_ == "prep" and c.lower_ == "by"
                          and c.i == obj.right_edge.i + 1 for g in c.children if g.dep_ == "pobj"), None)
        key = context.refer(owner, actors_only=True) if owner is not None else None
        if key and not (owner.pos_ == "PRON" and key.startswith("desc:")):     # 'her request': not a guess
            return owner
    return obj


def _authors(thing: Token, cue: Cue, context: ArticleContext) -> list[Token]:
    """The thing and its conjuncts, each a deed or utterance standing for its author ('X's attendance and his
    hurtful policies': X, through each)."""
    found: dict[int, Token] = {}
    for item in _expand(thing):
        author = _author(item, cue, context)
        for token in (_expand(author) if author is not item else [item]):
            found.setdefault(token.i, token)
    return list(found.values())


def _country_or_person(token: Token, context: ArticleContext) -> bool:
    key = context.refer(token, actors_only=True)
    return key is not None and context.referents[key].kind in {Kind.COUNTRY, Kind.PERSON}


def _country(token: Token, context: ArticleContext) -> bool:
    key = context.refer(token, actors_only=True)
    return key is not None and context.referents[key].kind is Kind.COUNTRY


def _following_gerund(verb: Token, obj: Token) -> Token | None:
    """'support X engaging in dialogue', parsed with the gerund hanging from the verb: the gerund
    right after the object is the object's event. Returns the object with the clause to read."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i == obj.right_edge.i + 1:
            return child
    return None


def _event_object(token: Token, context: ArticleContext, *, events: bool = True) -> Iterator[Token]:
    """'support the United States and North Korea engaging in dialogue' supports an event, not the
    countries: when the object carries a gerund clause, the nouns inside that clause are the object;
    also for a document ('a statement supporting X'). Not when the object is the press, whom the clause
    only describes ('told reporters traveling with X': `press_word` in ontology/cues.tsv), nor another
    thing ('scrap the deal curbing X's program' is against the deal); with ``events`` false, never (a cue
    that takes only topics: 'passed a resolution requiring members to ...' passed the resolution)."""
    if token.tag_ == "VBG":
        clause = token
    elif token.dep_ == "appos" or not events:     # 'Smith, a banker living in Brazil': a description, no event
        clause = None
    elif token.lemma_.lower() in context.knowledge.words.get("press_word", ()):
        clause = None
    elif (token.pos_ == "NOUN" and token.lemma_.lower() not in context.knowledge.words.get("document", ())
          and not context.refer(token, actors_only=True)):
        clause = None       # 'scrap the deal curbing X's program' describes the deal ('a statement backing X' backs X)
    else:
        clause = next((c for t in (token, *token.conjuncts) for c in t.children
                       if c.dep_ == "acl" and c.tag_ == "VBG"), None)
    if clause is None:
        yield token
        return
    for child in clause.children:   # the clause's own objects, not everything below them
        if child.dep_ == "dobj":
            yield child
        elif child.dep_ == "prep":
            yield from (g for g in child.children if g.dep_ == "pobj")


def _pushed_into(verb: Token) -> Token | None:
    """The object of the verb that pushes someone 'into' doing a gerund ('pressured Spain into signing', 'talked X
    into running'), who does it; None for any other verb."""
    into = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or into.lower_ != "into" or into.head.pos_ != "VERB":
        return None
    return next((c for c in into.head.children if c.dep_ == "dobj" and c.i < into.i), None)


def clause_subjects(verb: Token, context: ArticleContext, *, dispositions: bool = True) -> list[str]:
    """Subject referents of a verb, climbing to the governing clause when it has none of its own; with
    ``dispositions``, also from the infinitive of a listed predicate adjective to its subject ('Spain is
    willing to work with X': `disposition`, `subject_adjective` and `refusal` in ontology/cues.tsv)."""
    copula = _moment(verb, context)
    if copula is not None:    # 'Smith doubts this is the moment to talk to X': Smith's stance
        return clause_subjects(copula.head, context) if copula.dep_ == "ccomp" else []
    intention = _intention(verb, context)
    if intention is not None and not any(c.dep_ == "nsubj" for c in verb.children):
        # 'Smith's plan to visit X'; 'accepted an invitation to meet X'; not 'a plan for Jones to replace X'
        # also 'efforts by X to ...'
        makers = [c for c in intention.children if c.dep_ in {"poss", "compound", "amod", "nmod"}] + [
            g for c in intention.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < verb.i
            for g in c.children if g.dep_ == "pobj"]
        owners = [k for k in (context.refer(t, actors_only=True) for c in makers for t in _expand(c, context)) if k]
        if owners or intention.dep_ != "dobj" or any(c.dep_ == "poss" for c in intention.children):
            return owners     # 'blocked her party's efforts to repeal X': not the blocker's, whoever the owner is
        if _opposed_object(intention, context):
            return []         # 'resisted efforts to repeal X': whoever makes the efforts, not who resists them
        return clause_subjects(intention.head, context)
    participle = _participle_actors(verb, context)
    if participle is not None:
        return participle
    pushed = _pushed_into(verb)
    if pushed is not None:     # 'pressured Spain into signing the deal': Spain signs
        return [k for k in (context.refer(t, actors_only=True) for t in _expand(pushed, context)) if k]
    if verb.dep_ == "acl" and _infinitive(verb) and verb.head.lemma_.lower() in context.knowledge.words.get(
            "nomination", ()):     # 'Smith's nominee to head X': the nominee, whom the article may name later
        return [k for k in (context.refer(verb.head, actors_only=True),) if k]
    prospect = _prospect_owner(verb, context)
    if prospect is not None:
        return [k for k in (context.refer(prospect, actors_only=True),) if k]
    joined = _joined_subject(verb)
    if joined is not None:
        return [k for k in (context.refer(joined, actors_only=True),) if k]
    if (verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ in {"VB", "VBD", "VBZ", "VBP"}
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        return []   # 'will take the reins of a department responsible for X, Y and protecting Z': a list's item
    object_control = context.knowledge.words.get("object_control", frozenset())
    token, below = verb, None
    for _ in range(_MAX_CLIMB):
        # a passive's subject controls its own infinitive ('Smith was asked to meet X'), its purpose
        # ('Smith was appointed to replace X', 'the U.S. is bound by law to help X') and a verb joined
        # to it ('Smith was fired and sued the company')
        controlled = below is not None and (below.dep_ in {"xcomp", "conj"} or (below.dep_ == "advcl" and _infinitive(below)))
        # 'named a Republican to replace her', with the infinitive parsed as a purpose: the object is named to act
        asked = below is not None and (below.dep_ == "xcomp" or (
            below is verb and below.dep_ == "advcl" and _infinitive(below)
            and token.lemma_.lower() in context.knowledge.words.get("nominating", ())))
        # 'calling on X to fire Y' with the infinitive parsed as a purpose (not 'called X to say')
        called_on = (below is not None and below.dep_ == "advcl" and _infinitive(below)
                     and token.lemma_.lower() == "call")
        if (asked or called_on) and token.lemma_.lower() in object_control:
            # 'called Smith to say ...' phoned him: only 'call on X' hands the act to X
            controller = next((c for c in token.children if c.dep_ == "dobj" and c.i < below.i and asked
                               and token.lemma_.lower() != "call"), None) or next(
                (g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} and c.i == token.i + 1
                 and token.lemma_.lower() == "call" for g in c.children if g.dep_ == "pobj"), None)   # 'called on X to act
            if controller is not None:     # 'Merkel urged Macron to meet Putin': Macron would meet him, and
                # 'urged reporters to ...', 'asked him to ...' with no antecedent, 'name a Republican to replace
                # her': no one the article names
                if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in controller.children):
                    return []
                return [k for k in (context.refer(o, actors_only=True) for o in _expand(controller)) if k]
        for child in (clause_children(token) if token is verb else token.children):
            if child.dep_ == "nsubjpass" and token is not verb and not (
                    controlled and child.lower_ not in {"it", "this", "that"}):
                return []    # not the subject of a clause above it either
            if child.dep_ in {"csubj", "csubjpass"} and token is not verb and below.dep_ != "conj":
                # 'Claiming the criticism is designed to pressure X, Trump said': a clause's, no one's (a verb
                # joined to one with a clausal subject is the parser's slip: '... was a non-starter, and has argued')
                return []
            if child.dep_ in {"nsubj", "nsubjpass"} and (child.dep_ == "nsubj" or token is not verb):
                keys = _subject_keys(child, context)
                if child.lower_ in {"who", "which", "that"} and token.dep_ == "relcl":
                    keys = [context.refer(_one_of(s), actors_only=True) or _utterer(s, context) for s in _modified(token)]
                return [k for k in keys if k]
        if token.dep_ == "relcl":
            return [k for k in (context.refer(_one_of(s), actors_only=True) for s in _modified(token)) if k]
        if token.dep_ not in _CLAUSE_LINKS or token.head.i == token.i:
            return []
        if token.dep_ == "ccomp" and token is verb:
            return []
        reported = _reported_before(token, context) or short_of(token, context)
        below, token = token, reported if reported is not None else token.head
        if dispositions and below.dep_ == "xcomp" and _disposed(token, context):
            token = token.head       # 'Spain is willing to work with X': the subject of 'is willing'
        if token.dep_ == "prep" and token.head.i != token.i:   # 'after holding talks with ...'
            reason = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
            if token.lower_ in {"for", "of", "from", "against"} and below.dep_ == "pcomp" and reason is not None:
                # 'attacked her for calling for X', 'thanked Spain for helping', 'accused X of launching
                # an investigation': the object did it; 'blocked X from installing Y', 'warned X against
                # nominating Y': the object would
                return [k for k in (context.refer(o, actors_only=True) for o in _expand(reason)) if k]
            if below.dep_ == "pcomp" and token.lower_ in _WHEN_PREPS:
                # 'In a speech in Berlin before flying to Brussels, X said': the parser hangs the time phrase on a
                # noun of another phrase; the one who flies is the clause's subject
                while token.dep_ == "prep" and token.head.pos_ in {"NOUN", "PROPN"} and token.head.dep_ == "pobj":
                    token = token.head.head
            token = token.head
            if below.dep_ == "pcomp" and token.pos_ == "ADJ" and token.dep_ == "oprd" and token.head.i != token.i:
                token = token.head      # 'pleaded guilty to lying to X' (not 'is opposed to talking with X')
    return []


_WHEN_PREPS = {"before", "after", "while", "since", "upon", "when"}


def _one_of(noun: Token) -> Token:
    """'the Sierra Club, one of the groups that sued X', 'Smith is one of the senators who voted for it':
    the actor said to be one of those the relative clause is about; else the noun itself."""
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if one is None or one.lower_ != "one" or noun.tag_ not in {"NNS", "NNPS"}:
        return noun
    if one.dep_ == "appos":
        return one.head
    if one.dep_ == "attr":
        return next((c for c in one.head.children if c.dep_ == "nsubj"), noun)
    return noun


def _modified(clause: Token) -> list[Token]:
    """The nouns a relative clause is about: its head and the head's conjuncts before the clause ('X and
    Y, who met Z'), not those after it ('X, who heads Z, and Y'), nor one with a relative clause of its own
    ('X, who signed the bill, and his wife, Y, who spoke of it': Y), nor those of a list whose items are
    described one by one (an age is no description): 'A, Spain's envoy; B, its minister; and C, who heads Z': C."""
    listed = [t for t in _expand(clause.head) if t.i < clause.i
              and (t.i == clause.head.i or not any(c.dep_ == "relcl" for c in t.children))]
    if any(c.dep_ == "appos" and c.pos_ != "NUM" for t in listed if t.i != clause.head.i for c in t.children):
        return [clause.head] if clause.head.i < clause.i else []
    return listed


def _subject_keys(subject: Token, context: ArticleContext) -> list[str | None]:
    """The referents a subject word stands for: a pair, the speakers of a 'we', the names it lists (or what
    some of them are part of: 'Some of Trump's fellow Republicans'), what made it or owns it."""
    return context.pair(subject) or context.speakers(subject) or [_made_by(s, context) or document_maker(s, context)
                                     or _its_maker(s, context) or context.refer(s, actors_only=True)
                                     or _possessor(s, context)
                                     for s in (_partitive(t, context) for t in _listed(subject, context))]


def _participle_actors(verb: Token, context: ArticleContext) -> list[str] | None:
    """The actors of an active participle on a noun, or None for any other verb. 'Republicans opposing
    the bill', 'Spain, accusing France of bad faith, left': the noun's act. On something written
    (`document` in ontology/cues.tsv), its author's: 'filed a lawsuit accusing X', 'a letter from Smith
    urging X'. After a comma the parser's attachment to an object is a guess: 'attacked Smith, accusing
    him of lying' is the attacker's act, as it is when the participle hangs from the verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.lemma_.lower() in context.knowledge.words.get("document", ()):
        return document_authors(noun, context)
    after_comma = verb.i > 0 and context.doc[verb.i - 1].lower_ == ","
    if after_comma and noun.dep_ not in SUBJECT_DEPS:
        return clause_subjects(noun.head, context) if noun.head.pos_ in {"VERB", "AUX"} and noun.dep_ == "dobj" else []
    return [k for k in _subject_keys(noun, context) if k]


def document_authors(document: Token, context: ArticleContext) -> list[str]:
    """Who wrote or issued a document: its owner ('Spain's statement', 'a statement by Spain', 'a letter
    from Smith'), the subject of the verb that issued it (`publish` in ontology/cues.tsv: 'Smith sent a
    letter', 'a lawsuit filed by Smith'), or of the speech verb it was said in ('said in a statement');
    else the actor it is named by ('the U.S. draft', document_maker)."""
    issuers = _issuers(document, context)
    maker = None if issuers else document_maker(document, context)
    return issuers or ([maker] if maker else [])


def _issuers(document: Token, context: ArticleContext) -> list[str]:
    owner = _possessor(document, context) or next(
        (k for c in document.children if c.dep_ == "prep" and c.lower_ == "from"
         for g in c.children if g.dep_ == "pobj" for k in (context.refer(g, actors_only=True),) if k), None)
    if owner is not None:
        return [owner]
    publish = context.knowledge.words.get("publish", ())
    issued = next((c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() in publish), None)
    if issued is not None:          # 'a lawsuit filed by Smith accusing X'
        return _agents(issued, context)
    head = document.head
    if document.dep_ == "dobj" and head.lemma_.lower() in publish:
        return clause_subjects(head, context)
    if (document.dep_ == "pobj" and head.lower_ == "in"
            and head.head.lemma_.lower() in context.knowledge.speech_verbs):
        return clause_subjects(head.head, context)
    return []


def clause_children(verb: Token) -> list[Token]:
    """A verb's children, less a subject before the subordinating word that opens the verb's clause: the
    parser gives 'Utah Republicans rallied around X, their nominee, a day after Y accused him' two
    subjects of 'accused', and only the one after 'after' is the accuser; of two subjects before the verb
    with no such word but a comma or a colon between them, only the nearer ('THE BORROWING Back when he wrote his
    book, Mr. X said ...', a section heading run into the sentence; '@annlee : - We will ...', a post's label run
    into its first sentence; not 'which X declared set ...')."""
    children = list(verb.children)
    mark = next((c.i for c in children if c.dep_ == "mark" and c.i < verb.i), None)
    if mark is None:
        before = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
        if len(before) > 1 and before[0].tag_ not in {"WDT", "WP"} and any(
                t.text in {",", ":"} for t in verb.doc[before[-2].right_edge.i + 1:before[-1].left_edge.i]):
            mark = before[-1].i
    if mark is None:
        return children
    return [c for c in children if not (c.dep_ in {"nsubj", "nsubjpass"} and c.i < mark)]


def _reported_before(clause: Token, context: ArticleContext) -> Token | None:
    """'X stressed trade while expressing support for Y, her spokeswoman said': a clause the parser hung on
    the speech verb after the clause it reports belongs to that reported clause."""
    verb = clause.head
    if clause.dep_ != "advcl" or verb.i < clause.i or verb.lemma_.lower() not in context.knowledge.speech_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < clause.i), None)


def _moment(verb: Token, context: ArticleContext) -> Token | None:
    """'this is the right moment to meet X', 'it is not the hour to talk to X': the copula of
    the moment noun (ontology/cues.tsv) that an infinitive modifies, else None."""
    if verb.dep_ not in {"relcl", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    if (noun.lemma_.lower() not in context.knowledge.words.get("moment", ()) or noun.dep_ not in {"nsubj", "attr"}
            or noun.head.lemma_ != "be"):
        return None
    return noun.head


def _intention(verb: Token, context: ArticleContext) -> Token | None:
    """'an invitation to meet X', 'a plan to visit X': the intention noun (ontology/cues.tsv) that an
    infinitive modifies (also parsed as an adverbial clause of the noun), else None."""
    on_noun = verb.dep_ == "acl" or (verb.dep_ == "advcl" and verb.head.pos_ == "NOUN")
    if not on_noun or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return verb.head if verb.head.lemma_.lower() in context.knowledge.words.get("intention", ()) else None


def _agents(verb: Token, context: ArticleContext) -> list[str]:
    """The 'by' phrase of a passive: 'was undercut by Trump's tweets' -> Trump."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    keys = []
                    for token in _expand(pobj):
                        key = context.refer(token, actors_only=True) or _possessor(token, context)
                        if key:
                            keys.append(key)
                    return keys
    return []


def _possessor(token: Token, context: ArticleContext) -> str | None:
    """'Trump's tweets' (or 'the tweets by Trump') act as Trump: what an actor makes or says stands for the actor; the people
    around an actor ('Trump's allies', 'his lawyers', 'Smith's aides') do not."""
    if token.pos_ not in {"NOUN", "PROPN"} or _people_noun(token, context):
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return context.refer(child, actors_only=True)
    return _made_by(token, context)


def _utterer(noun: Token, context: ArticleContext) -> str | None:
    """Who made what was said that a clause is about: 'Smith's remarks, which contradicted X', and
    remarks in which the speech verb they hang on says it ('told senators ..., in remarks that
    criticized X': the teller)."""
    if noun.lemma_.lower() not in context.knowledge.words.get("utterance", ()):
        return None
    owner = _possessor(noun, context)
    verb = noun.head.head
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:     # 'said there was no need ..., in remarks that'
        verb = verb.head
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and verb.lemma_.lower() in (
            context.knowledge.speech_verbs):
        subjects = clause_subjects(verb, context)
        owner = subjects[0] if len(subjects) == 1 else None
    return owner


def _its_maker(token: Token, context: ArticleContext) -> str | None:
    """'Smith's speech undercut his foreign minister. It was also a jab at X': 'it' opening a sentence
    after one whose subject is something an actor said or did (`utterance`, `message` and `deed` in
    ontology/cues.tsv) is that thing, and acts as its maker."""
    start = context.sentence_start[token.i]
    if token.lower_ != "it" or token.head.dep_ != "ROOT" or start == 0:
        return None
    root = next(t for t in context.doc[context.sentence_start[start - 1]:start] if t.dep_ == "ROOT" or t.head.i == t.i)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    words = context.knowledge.words
    made = words.get("utterance", frozenset()) | words.get("message", frozenset()) | words.get("deed", frozenset())
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in made:
        return None
    return _possessor(subject, context)


def _made_by(token: Token, context: ArticleContext) -> str | None:
    """'the indictment by Mueller accused X', 'a report by the agency found': a thing made by a named actor
    acts as the actor, though it may stand as the speaker of what it says."""
    if token.pos_ != "NOUN" or _people_noun(token, context):
        return None
    agent = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"), None)
    return context.refer(agent, actors_only=True) if agent is not None else None


def document_maker(document: Token, context: ArticleContext) -> str | None:
    """The actor a document (`document` in ontology/cues.tsv) is named by: 'a Russian draft resolution',
    'the U.S. draft', 'the Senate resolution'. A country's adjective or initials name its maker, and so does
    an organisation's name, right before it or before another document word ('draft resolution'); a country's
    name names what it is about ('the Syria resolution'). Not when the article says who wrote or issued it
    ('Egypt submitted a Security Council resolution')."""
    documents = context.knowledge.words.get("document", ())
    if document.lemma_.lower() not in documents or _issuers(document, context):
        return None
    for modifier in document.lefts:
        if modifier.dep_ not in {"amod", "compound", "nmod"} or modifier.pos_ not in {"PROPN", "ADJ"} or any(
                t.lemma_.lower() not in documents for t in context.doc[modifier.i + 1:document.i]):
            continue    # 'the U.S. intelligence report': a part of the country made it, not named here; 'Media
            #             reports': a common noun, whatever the model tagged it at a sentence's start
        key = context.refer(modifier, actors_only=True)
        if key is None or context.referents[key].kind not in {Kind.ORGANIZATION, Kind.COUNTRY}:
            place = context.knowledge.place(modifier.text) if modifier.ent_type_ == "NORP" else None
            # 'a Russian draft': the adjective has no mention of its own, or one inside the document's phrase
            key = context.country_referent(place[0].iso3) if place and place[1] == "demonym" else None
        if key is None:
            continue
        kind = context.referents[key].kind
        if kind is Kind.ORGANIZATION or (kind is Kind.COUNTRY and (
                modifier.ent_type_ == "NORP" or _INITIALS.match(modifier.text))):
            return key
    return None


def _people_noun(token: Token, context: ArticleContext) -> bool:
    """A noun for people other than its possessor: a tie (ally, critic), a title (aide, lawyer), officials,
    whom the possessor put forward ('Smith's pick', 'his nominee')."""
    lemma, knowledge = token.lemma_.lower(), context.knowledge
    return (context.names_people(lemma) or lemma in knowledge.words.get("nomination", ())
            or lemma in knowledge.tie_nouns)


def _expand(token: Token, context: ArticleContext | None = None) -> list[Token]:
    """A token and its conjuncts: 'Clinton, Bush and Obama' -> three tokens. A conjunct right before a
    finite verb of another clause is that clause's subject, which the parser joined to the object
    ('Spain denies the allegations and Demir denies any deal': Demir is no second object). With the
    context, a plural pronoun is the names it stands for ('Spain and France said they ...'), and a
    party's leaders the people the article names with that title ('the Democratic leaders')."""
    named = (context.plural_antecedent(token) or context.named_holders(token)) if context is not None else None
    if named:
        return named
    beside = _named_beside(token, context) if context is not None else None
    if beside is not None:
        return _expand(beside)      # 'took a swipe at officials X, Y and Z': the three
    inner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), None) if context is not None and token.lemma_.lower() in \
        context.knowledge.words.get("transparent", ()) else None
    if inner is not None and inner.conjuncts:
        return _expand(inner, context)      # 'the territories of Puerto Rico and the Virgin Islands': both
    expanded = []
    for conjunct in (token, *(c for c in token.conjuncts if not subject_of_next_clause(c, token))):
        # a named place (no description made on the way) with 'including' after it: 'a trip to Asia - including X'
        region = (context is not None and any(c.dep_ == "prep" and c.lower_ == "including" for c in conjunct.children)
                  and (key := context.token_ref.get(conjunct.i)) is not None and context.referents[key].kind is Kind.PLACE)
        members = _included(conjunct, region=region) or (_included_in_clause(conjunct, context) if context else [])
        if members and context is not None and conjunct.lemma_.lower() in context.knowledge.words.get("document", ()):
            members = []        # 'will back the bills, including Senator X': the people who back them, no bill
        if members and context is not None and not region and context.refer(conjunct, actors_only=True) is None:
            expanded += members     # 'sanctions on 12 people, including X': X, and no topic 'people'
        else:
            expanded += [conjunct, *members]
    return expanded


def _included_in_clause(plural: Token, context: ArticleContext) -> list[Token]:
    """'praised several companies that have announced bonuses, including AT&T and Boeing': the actors an
    'including' lists that the parser hung on the object of a relative clause on the plural, when that
    object is no actor (bonuses are not companies) and all of them are named people, organisations or countries."""
    if plural.tag_ not in {"NNS", "NNPS"}:
        return []
    for clause in (c for c in plural.children if c.dep_ == "relcl"):
        for obj in (c for c in clause.children if c.dep_ == "dobj" and c.tag_ in {"NNS", "NNPS"}):
            members = [t for c in obj.children if c.dep_ == "prep" and c.lower_ == "including"
                       for g in c.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
            keys = [context.refer(t, actors_only=True) for t in members]
            if (members and context.refer(obj, actors_only=True) is None and all(
                    k is not None and context.referents[k].kind in _NAMED_ACTORS for k in keys)):
                return members
    return []


def _included(plural: Token, *, region: bool = False) -> list[Token]:
    """'several countries, including France and Spain', 'leaders such as X and Y': the members a plural
    names, right after its phrase ('met senators on Thursday, including X' may list the senators or who met them);
    with ``region``, the places a place includes ('a trip to Asia - including China and Japan')."""
    if plural.tag_ not in {"NNS", "NNPS"} and not region:
        return []
    for child in plural.children:
        if child.dep_ == "prep" and child.i > plural.i and (child.lower_ == "including" or (child.lower_ == "as" and any(
                g.dep_ == "amod" and g.lower_ == "such" for g in child.children))):
            between = plural.doc[plural.i + 1:child.i]
            if all(t.is_punct or t.lower_ == "such" or plural.i in {a.i for a in t.ancestors} for t in between):
                return [t for g in child.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
    return []


def _listed(token: Token, context: ArticleContext) -> list[Token]:
    """A subject and its conjuncts, or the names listed beside a plural: 'his predecessors, Clinton,
    Bush and Obama, failed' -> the three names (not 'two members, a Republican and a Democrat')."""
    appos = _named_beside(token, context)
    return _expand(appos) if appos is not None else _expand(token, context) + _included_later(token, context)


def _named_beside(noun: Token, context: ArticleContext) -> Token | None:
    """The first person named in apposition to a plural noun ('officials X, Y and Z': X), or the
    organisation named so beside a singular one that names nothing itself ('runs the consultancy Acme
    Group', 'runs a business renting cars, Nastalgicar'), if one is."""
    if noun.tag_ not in {"NNS", "NN"} or (noun.tag_ == "NN" and noun.i in context.token_ref):
        return None
    appos = next((c for c in noun.children if c.dep_ == "appos"), None)
    if appos is None or appos.i not in context.token_ref:
        return None
    kind = context.referents[context.token_ref[appos.i]].kind
    return appos if kind is (Kind.PERSON if noun.tag_ == "NNS" else Kind.ORGANIZATION) else None


def _included_later(subject: Token, context: ArticleContext) -> list[Token]:
    """'At least four Democrats will back the bills, including Senator X and Rep. Y': the people an
    'including' at the clause's end lists are the plural subject's, when the parser hung it on the verb
    or on an object that is no actor (a bill is no group of senators; 'sanctioned 12 people, including X'
    lists the object's). Only people, for a plural of people."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.tag_ not in {"NNS", "NNPS"} or _included(subject) or not (
            context.names_people(subject.lemma_.lower()) or subject.ent_type_ == "NORP"):
        return []
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj" and context.refer(c, actors_only=True) is None)]
    for host in hosts:
        for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ == "including" and c.i > subject.i):
            members = [t for g in prep.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
            keys = [context.refer(t, actors_only=True) for t in members]
            if members and all(k is not None and context.referents[k].kind is Kind.PERSON for k in keys):
                return members
    return []


def _joined_subject(verb: Token) -> Token | None:
    """'Moscow has denied interfering in the election and Trump has denied any collusion', parsed with
    'Trump' joined to 'election': a joined verb with no subject of its own takes the name the parser
    joined to the clause before, right before the verb and its auxiliaries."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    start = min([verb.i, *(c.i for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg", "advmod"})])
    name = verb.doc[start - 1] if start > 0 else None
    if (name is None or name.dep_ != "conj" or name.pos_ != "PROPN" or name.right_edge.i != start - 1
            or not subject_of_next_clause(name, name.head)):
        return None
    return name


def subject_of_next_clause(conjunct: Token, first: Token) -> bool:
    after = conjunct.right_edge.i + 1
    if after >= len(conjunct.doc):
        return False
    verb = conjunct.doc[after]
    clause = verb.head if verb.dep_ in {"aux", "auxpass"} else verb     # 'the deal between X and Y was signed'
    return (verb.tag_ in {"VBZ", "VBD", "VBP", "MD"} and clause.i not in {a.i for a in conjunct.ancestors}
            and verb.i > first.head.i)


def _polarity(verb: Token, context: ArticleContext) -> Polarity:
    """Negated when the verb or a clause governing it is negated; hedged when a hedge governs it."""
    words = context.knowledge.words
    negations, hedges, tries = words.get("negation", set()), words.get("hedge", set()), words.get("try", set())
    token, hedged, below, asked = verb, False, verb, False
    if _shares_negation(verb, negations):
        return Polarity.NEGATED          # 'had never met or spoken to X'
    if (verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in verb.children)
            and _polarity(verb.head, context) is Polarity.HEDGED):
        return Polarity.HEDGED           # 'will approve or reject X', 'were asked to approve or reject X'
    if (verb.tag_ == "VBG" and verb.dep_ in {"dobj", "xcomp", "ccomp"} and verb.head.i != verb.i
            and verb.head.lemma_.lower() in words.get("denial", ())):
        return _DENIED[_polarity(verb.head, context)]     # 'denies meddling in the election'
    for depth in range(_MAX_CLIMB):
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children):
            hedged = asked = True            # 'investigating whether X colluded with Y'
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ in {"advmod", "det"} and child.lower_ in negations):
                if asked:                    # 'if they cannot agree', 'has not said whether she will back X'
                    return Polarity.HEDGED
                return Polarity.NEGATED
            if child.dep_ in {"aux", "advmod"} and child.lower_ in hedges:
                hedged = True
            if (child.dep_ in SUBJECT_DEPS or (child.dep_ == "dobj" and token is verb)) and any(
                    g.dep_ == "det" and g.lower_ in negations for g in child.children):
                return Polarity.NEGATED      # 'No Republicans voted against her', 'has passed no legislation'
            if (child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITIONS for g in child.children)
                    and not _asks_a_question(token, context)):
                hedged = True                # 'would destroy X if necessary': a condition, not 'asked X if ...'
        found = token
        while found.dep_ == "conj" and found.head.i != found.i and not any(c.dep_ in SUBJECT_DEPS for c in found.children):
            found = found.head      # 'no sign that they back the plan or would welcome a vote'
        if found.dep_ in {"relcl", "acl", "ccomp"} and found.head.lemma_.lower() in words.get("evidence", ()):
            if any(c.dep_ in {"det", "neg"} and c.lower_ in negations for c in found.head.children):
                return Polarity.NEGATED      # 'there was no evidence the campaign colluded with X'
            hedged = True                    # 'evidence that X colluded': a finding, not yet a fact
        if (token.dep_ in {"acl", "ccomp"} and token.head.pos_ == "NOUN"
                and not (token is verb and token.tag_ == "VBG")     # 'a statement condemning X': its act
                and token.head.lemma_.lower() in words.get("utterance", ())
                and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", "from"})
                            for c in token.head.children)):
            hedged = True                    # 'probing allegations that X attacked Y': nobody's claim, no fact
        if depth and (token.lemma_.lower() in hedges or token.lemma_.lower() in tries
                      or (below.dep_ == "xcomp" and token.lemma_.lower() in words.get("disposition", ()))):
            hedged = True
        if (depth and (below.dep_ == "xcomp" or _asked_for(below))     # 'called for Spain to act'
                and token.lemma_.lower() in words.get("request", set())
                and not (token.lemma_.lower() in words.get("causative", set())
                         and token.dep_ in {"ROOT", "conj", "advcl", "ccomp"})):
            # 'urged X to meet Y': asked for, not done; 'persuaded X to meet Y', '..., prompting X to praise Y':
            # done (not 'will have a hard time convincing X to veto Y')
            hedged = True
        if depth and below.dep_ in {"xcomp", "advcl"} and token.lemma_.lower() in words.get("nomination", set()):
            hedged = True       # 'nominated X to lead Y': not in the post yet
        if not depth and _nominee(token, context):
            hedged = True       # 'his nominee to head Y', 'X, his nominee to head Y'
        if (not depth and token.head.pos_ == "NOUN" and _infinitive(token)
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)):
            hedged = True       # 'a chance for X to meet Y', 'opened the door for X to testify against Y': a possibility
        # 'failed to pressure X into signing Y': X was pressed (not the signing, the aim that failed)
        tried = below is verb and token.lemma_.lower() in words.get("tried", set()) and any(
            c.dep_ == "prep" and c.lower_ == "into" for c in below.children)
        if depth and below.dep_ == "xcomp" and token.lemma_.lower() in words.get("refusal", set()) and not tried:
            # 'refused to meet X', 'stopped attacking X'; 'declined to say whether she will back X' leaves it open
            return Polarity.HEDGED if asked else Polarity.NEGATED
        copula = _moment(token, context) if token is verb else None
        if copula is not None:      # 'it is (not) the moment to meet X': a stance, not an event
            below, token, hedged = token, copula, True
            continue
        intention = _intention(token, context) if token is verb else None
        if intention is not None:   # an invitation or a plan is not yet the act; refusing it negates it
            if intention.dep_ != "dobj":
                return Polarity.HEDGED
            if intention.head.lemma_.lower() in words.get("refusal", set()):
                return Polarity.NEGATED
            below, token, hedged = token, intention.head, True
            continue
        if (token.dep_ == "pcomp" and token.head.lower_ == "from"
                and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.head.children)):
            hedged = True       # 'blocked X from installing Y': kept from it, not done
        short = token.head if token.dep_ == "advcl" and _infinitive(token) else token    # 'calling on X to fire Y'
        if short_of(short, context) is not None or balked_at(short, context):
            # 'stopped short of calling on X to resign', 'balked at approving X': not done;
            # what was not said or asked for ('to fire Y', 'saying that ...') is left open
            return Polarity.NEGATED if short.i == verb.i else Polarity.HEDGED
        if below.dep_ == "xcomp" and _disposed(token, context):
            below, token = token, token.head      # 'is (not) willing to meet X': on to 'is'
            continue
        if _pushed_into(token) is not None:      # 'failed to pressure X into signing Y': not signed
            below, token = token, token.head.head
            continue
        if (token.dep_ not in {"xcomp", "ccomp"} and not _asked_for(token) and not _tried_after(token, tries)) \
                or token.head.i == token.i:
            break
        below, token = token, token.head
    return Polarity.HEDGED if hedged else Polarity.ASSERTED


def _tried_after(clause: Token, tries) -> bool:
    """Is the clause an infinitive of a verb of attempt or plan (`try`) that the parser filed as an adverbial
    clause after a phrase ('threatened in his address to destroy X')? Such a clause is the verb's aim, not a purpose."""
    return (clause.dep_ == "advcl" and _infinitive(clause) and clause.head.lemma_.lower() in tries
            and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in clause.children)
            and not any(c.dep_ == "dobj" for c in clause.head.children))     # not 'considers X vital to thwart Y'


def _asked_for(clause: Token) -> bool:
    """Is the clause a 'for X to ...' the parser filed as an adverbial clause ('called for Spain to act')?"""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _nominee(verb: Token, context: ArticleContext) -> bool:
    """An infinitive on a noun for someone put forward for a post (`nomination` in ontology/cues.tsv):
    'his nominee to head Y', also hung on the name the noun stands beside ('X, his nominee to head Y')."""
    if verb.dep_ not in {"acl", "relcl"} or not _infinitive(verb):
        return False
    nominations = context.knowledge.words.get("nomination", ())
    noun = verb.head
    return noun.lemma_.lower() in nominations or any(
        c.dep_ == "appos" and c.lemma_.lower() in nominations for c in noun.children)


def _disposed(adjective: Token, context: ArticleContext) -> bool:
    """A predicate adjective whose infinitive is its subject's act: 'is willing to', 'was quick to'
    (not 'it is too late to')."""
    words, lemma = context.knowledge.words, adjective.lemma_.lower()
    return adjective.dep_ == "acomp" and adjective.head.i != adjective.i and (
        lemma in words.get("disposition", ()) or lemma in words.get("subject_adjective", ())
        or lemma in words.get("refusal", ()))


def short_of(verb: Token, context: ArticleContext) -> Token | None:
    """'stopped short of calling on X', 'fell short of endorsing X': the verb whose subject stopped
    short of the act (a gerund after a `shortfall` word of ontology/cues.tsv and 'of', which the parser
    hangs on either), else None."""
    of = verb.head
    if verb.dep_ != "pcomp" or of.lower_ != "of" or of.i == 0:
        return None
    short = verb.doc[of.i - 1]
    if short.lower_ not in context.knowledge.words.get("shortfall", ()) or short.dep_ != "advmod":
        return None
    clause = short.head
    return clause if clause.pos_ in {"VERB", "AUX"} and of.head.i in {short.i, clause.i} else None


def balked_at(verb: Token, context: ArticleContext) -> bool:
    """'balked at approving X', 'refrained from criticizing X': a gerund after the preposition of a verb
    of holding back (`holding_back` in ontology/cues.tsv) is an act not done; so is one after 'against'
    ('warned X against nominating Y', 'voted against extending Z')."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.head.i != prep.i
            and (prep.lower_ == "against" or prep.head.lemma_.lower() in context.knowledge.words.get("holding_back", ())))


def _shares_negation(verb: Token, negations) -> bool:
    """A verb joined by 'or' or 'nor' to a negated one shares its negation ('never met or spoke to X')."""
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return False
    head = verb.head
    return (any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in (*head.children, *verb.children))
            and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negations) for c in head.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


# ---------------------------------------------------------------------- nouns

def _noun_relations(noun: Token, context: ArticleContext) -> Iterator[FoundRelation]:
    cues = context.knowledge.noun_cues.get(noun.lemma_.lower()) if noun.pos_ in {"NOUN", "PROPN"} else None
    if not cues:
        return
    for cue in cues:
        if cue.slot == "holder":
            yield from _holder_relations(noun, cue, context)
        elif cue.slot == "parties":
            yield from _parties(noun, cue, context)
    cues = tuple(c for c in cues if c.slot not in {"holder", "parties"})
    if not cues:
        return
    received = list(_received(noun, cues, context))
    if received:
        yield from received
        return
    if _in_manner(noun, context) and not any(c.dep_ == "prep" for c in noun.children):
        yield from _in_favor_of_owner(noun, cues, context)
        return
    if _in_manner(noun, context) or (noun.lemma_.lower() in context.knowledge.words.get("manner_noun", ())
                                     and any(c.dep_ == "poss" for c in noun.children)):
        # 'spoke in support of X', 'Trump's support of X': 'of' names what is supported ('the support of X' is X's)
        cues = tuple(replace(c, preps=c.preps | {"of"}) for c in cues)
    # 'whether there was collusion between X and Y': the clause that states the noun says whether it is so
    polarity = _polarity(noun.head, context) if noun.dep_ in {"dobj", "nsubj", "attr"} else Polarity.ASSERTED
    if _in_manner(noun, context):
        polarity = _manner_polarity(noun.head.head, context)     # 'has never acted on behalf of X'
    governor = noun.head.head if noun.dep_ == "conj" else noun.head
    if noun.dep_ in {"dobj", "conj"} and governor.lemma_.lower() in context.knowledge.words.get("withdrawal", ()):
        # 'withdrew its support for X', 'lifted sanctions on X'; 'may lift sanctions' is hedged, 'did not lift' asserts
        polarity = _WITHDRAWN[_polarity(governor, context)]
    elif noun.dep_ in {"dobj", "conj"} and governor.lemma_.lower() in context.knowledge.words.get("denial", ()):
        # 'denied any collusion with X': said not to be; 'did not deny contacts with X' leaves it open
        polarity = _DENIED[_polarity(governor, context)]
    elif _denied_by_det(noun, context):
        polarity = Polarity.NEGATED    # 'shown no interest in dialogue'
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and _denied_by_det(noun.head.head, context):
        polarity = Polarity.NEGATED    # 'no evidence of collusion between X and Y', 'no sign of talks with X'
    elif polarity is Polarity.ASSERTED and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        polarity = Polarity.HEDGED     # 'would undermine any talks between X and Y': none need exist
    elif polarity is Polarity.ASSERTED and _hedged_noun(noun, context):
        polarity = Polarity.HEDGED     # 'possible collusion between X and Y', 'potential talks with X'
    elif polarity is Polarity.ASSERTED and _inquired_into(noun, context):
        polarity = Polarity.HEDGED     # 'investigating Russian interference in the election': not yet found
    elif polarity is Polarity.ASSERTED and _alleged(noun, context):
        polarity = Polarity.HEDGED     # 'rejected allegations of collusion between X and Y': a claim, no fact
    elif _accepted(noun, context):     # 'agreed to talks with X': to come; 'did not agree to talks': none
        polarity = Polarity.NEGATED if _polarity(noun.head.head, context) is Polarity.NEGATED else Polarity.HEDGED
    elif (stance := _sought(noun, cues, context)) is not None:    # 'called for talks with X': wanted, not held
        negated = (_denied_by_det(stance, context) if stance.pos_ == "NOUN"
                   else _polarity(stance, context) is Polarity.NEGATED)
        polarity = Polarity.NEGATED if negated else Polarity.HEDGED
    elif (polarity is Polarity.ASSERTED and noun.dep_ in {"dobj", "conj"}
          and governor.lemma_.lower() in context.knowledge.words.get("pending", ())):
        polarity = Polarity.HEDGED     # 'sought a meeting with X', 'requested talks with X': not yet held
    yield from _between(noun, cues, polarity, context)
    subjects = _noun_subjects(noun, context)
    if not subjects:
        return
    topical = context.knowledge.words.get("topic_relation", ())
    anchor = _transparent_holder(noun, context) or noun    # 'have lines of communication to X'
    governor = anchor.head.head if anchor.dep_ == "conj" else anchor.head     # 'insults and threats'
    light = governor if anchor.dep_ in {"dobj", "conj"} and _is_light(governor, context) else None
    if light is not None and (light.dep_ == "conj" or any(c.dep_ in SUBJECT_DEPS for c in light.children)):
        # 'Japan and Chile held talks', '... and did not hold talks'; not subjects lent by a clause that may
        # name the other party: 'X and Y joined Z for the talks after canceling a meeting' (with Z, not each other)
        yield from _together(subjects, cues, noun, (noun, light), polarity, context)
    both_ways = light is not None and light.lemma_.lower() in context.knowledge.words.get("reciprocal", ())
    contest = noun.lemma_.lower() in context.knowledge.words.get("contest", ())
    two_sided = contest or noun.lemma_.lower() in context.knowledge.words.get("mutual_noun", ())  # a race, a quarrel
    agents = {"by", "for"} if contest else {"by"}
    conducting = context.knowledge.words.get("conducting", ())
    for cue in cues:
        # 'a shot at X' criticises actors only, not 'another shot at this seat'
        takes_topics = cue.relation in topical and cue.lemma not in context.knowledge.words.get("actor_cue", ())
        # 'held talks with X': the parser often hangs 'with X' on the light verb, and
        # 'insults and threats with X' hangs it on the first of the coordinated nouns
        preps = list(noun.children) + (list(anchor.children) if anchor is not noun else [])
        if light is not None:
            preps += [c for c in light.children if c.i > noun.i]
        if noun.dep_ == "conj":
            preps += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
        # 'attacks by Hamas militants on Israel': the parser hangs the object's phrase on the agent before it
        # 'sanctions imposed by Spain on France': the object's phrase hung on the participle
        preps += [c for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in conducting
                  for c in a.children if c.dep_ == "prep"]
        preps += [c for b in noun.children if b.dep_ == "prep" and b.lower_ in agents for g in b.children
                  if g.dep_ == "pobj" for c in g.children if c.dep_ == "prep" and c.i > g.i]
        for child in preps:
            if child.dep_ not in {"prep", "dative"} or child.lower_ not in cue.preps or child.lower_ == "between":
                continue
            inquired = [t for g in child.children if g.dep_ == "pobj" for t in _inquired_parties(g, context)] \
                if noun.lemma_.lower() in context.knowledge.words.get("inquiry", ()) else []
            for pobj in [*(g for g in child.children if g.dep_ == "pobj" and not _asked_to_act(noun, g, context)),
                         *_gerunds(child), *_inquired(noun, child, context), *inquired]:
                pobj = _first_conjunct(pobj, context)
                for obj in _expand(_author(_titled(pobj, context), cue, context), context):
                    if obj.dep_ == "conj" and obj.lemma_.lower() in context.knowledge.noun_cues:
                        continue    # 'meddling in the election and possible collusion': an act of its own
                    obj_key = (_place_of(obj, context) if cue.relation == "visits" else None) or context.refer(
                        obj, actors_only=not (takes_topics or cue.relation == "visits"))
                    if obj_key is None and takes_topics:
                        obj_key = context.open_topic(obj)
                    if obj_key is None or (cue.relation == "visits" and context.referents[obj_key].kind is Kind.TOPIC):
                        continue    # 'her arrival in Madrid', 'a trip to Geneva': a city is visited too
                    for subject in subjects:
                        if cue.relation == "visits" and context.at_home(subject, obj_key):
                            continue    # 'during his visit to Beijing' read as Xi's: no one visits home
                        yield FoundRelation(subject, cue.relation, obj_key, noun, f"noun:{cue.lemma}", polarity)
                        if both_ways or (two_sided and context.referents[obj_key].kind is not Kind.TOPIC):
                            # 'traded insults with X', 'a victory over X', 'a dispute with X' run both ways
                            yield FoundRelation(obj_key, cue.relation, subject, noun, f"noun:{cue.lemma}:reciprocal",
                                                polarity)


def _received(noun: Token, cues: tuple[Cue, ...], context: ArticleContext) -> Iterator[FoundRelation]:
    """'X drew praise from Y', 'X faced criticism from Y', 'X came under fire from Y', 'X is facing an
    investigation by Y': a relation noun that the clause's subject receives (`reception` in
    ontology/cues.tsv: the verb taking it as object, or 'under' with it) runs from the actors after its
    'from' or 'by' to that subject."""
    kinds = {c.relation for c in cues}
    words = context.knowledge.words.get("reception", ())
    if len(kinds) != 1:     # 'received phone calls from X': the call that comes from someone, not a call for a thing
        cues = tuple(c for c in cues if c.preps & {"from", "by"})
        kinds = {c.relation for c in cues}
    if len(kinds) != 1:
        return
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in words and noun.head.head.i != noun.head.i:
        verb = noun.head.head
    else:
        return
    around = (*noun.children, *verb.children)
    # 'won the backing of X', 'earned the praise of X': X's, what a subject receives being no act of its own
    agent_prep, agents = next(((p, found) for p, found in (
        ("from", _actors_after(around, "from", context)), ("by", _actors_after(around, "by", context)),
        ("of", [] if any(c.dep_ == "poss" for c in noun.children) else _actors_after(noun.children, "of", context)))
        if found), (None, []))
    if not agents:
        return
    relation, polarity = kinds.pop(), _polarity(verb, context)
    if polarity is Polarity.ASSERTED and _hedged_noun(noun, context):
        polarity = Polarity.HEDGED      # 'faced potential opposition from X'
    objects = [g for p in noun.children if p.dep_ == "prep" and p.lower_ != agent_prep and any(p.lower_ in c.preps for c in cues)
               for g in p.children if g.dep_ == "pobj"]     # 'won support from X for the bill': for the bill
    topical = relation in context.knowledge.words.get("topic_relation", ())
    targets = [key for g in objects for t in _expand(g, context)
               if (key := context.refer(t, actors_only=not topical) or (context.open_topic(t) if topical else None))]
    for target in targets or clause_subjects(verb, context) or [
            key for c in verb.children if c.dep_ == "nsubj" and (key := context.refer(c) or context.open_topic(c))]:
        for agent in agents:
            yield FoundRelation(agent, relation, target, noun, "noun:received", polarity)


def _hedged_noun(noun: Token, context: ArticleContext) -> bool:
    """Does a hedge word qualify the noun ('possible collusion', 'potential opposition')?"""
    hedges = context.knowledge.words.get("hedge", ())
    return any(c.dep_ == "amod" and c.lower_ in hedges for c in noun.children)


def _actors_after(children: Iterable[Token], preposition: str, context: ArticleContext) -> list[str]:
    """The actors named after a preposition among the children ('from X and Y')."""
    return [key for p in children if p.dep_ == "prep" and p.lower_ == preposition
            for g in p.children if g.dep_ == "pobj"
            for t in _expand(g, context) if (key := context.refer(t, actors_only=True)) is not None]


def _holder_relations(noun: Token, cue: Cue, context: ArticleContext) -> Iterator[FoundRelation]:
    """'Chile, Peru's closest ally': the actor the noun describes (its holder) has the cue's relation
    with the noun's possessor, a name modifying it, or the object of one of the cue's prepositions.
    A past tie ('a former ally of') is not a current relation."""
    if any(c.lower_ in _PAST for c in noun.children if c.dep_ in {"amod", "advmod", "compound"}):
        return
    pair = context.pair(noun)
    holders = pair or [k for k in (context.refer(t, actors_only=True) for t in _holder_tokens(noun)) if k]
    if not holders:
        return
    if pair and cue.lemma in context.knowledge.words.get("mutual", ()):   # 'the two allies': of each other
        yield FoundRelation(pair[0], cue.relation, pair[1], noun, f"noun:{cue.lemma}:pair", Polarity.ASSERTED)
    others = []
    # 'a longtime supporter of free trade deals': a stance's object after its preposition may be a topic
    topical = cue.relation in context.knowledge.words.get("topic_relation", ())
    children = list(noun.children)
    if noun.dep_ == "conj" and not any(c.dep_ == "poss" for c in children):
        # 'North Korea's neighbor and main trading partner': the first noun's possessor is the second's too
        children += [c for c in noun.head.children if c.dep_ == "poss" and noun.head.i < noun.i]
    for child in children:
        if child.dep_ in {"poss", "compound", "nmod"} or (child.dep_ == "prep" and child.lower_ in cue.preps):
            for token in (_expand(child) if child.dep_ != "prep" else
                          [t for g in child.children if g.dep_ == "pobj" for t in _expand(g)]):
                key = context.refer(token, actors_only=True)
                if key is None and topical and child.dep_ == "prep":
                    key = context.refer(token) or context.open_topic(token)
                if key and key not in holders:
                    others.append((key, child.dep_))
    if not others and not pair:
        others += [(k, "conj") for k in (_partner_before(noun, context),) if k and k not in holders]
    polarity = _polarity(noun.head, context) if noun.dep_ == "attr" else Polarity.ASSERTED
    mutual = cue.lemma in context.knowledge.words.get("mutual", ())
    if mutual and not others and not pair and noun.tag_ in {"NNS", "NNPS"} and len(set(holders)) > 1:
        for n, first in enumerate(holders):      # 'Spain and France are allies': of each other
            for other in holders[n + 1:]:
                if other != first:
                    yield FoundRelation(first, cue.relation, other, noun, f"noun:{cue.lemma}:each_other", polarity)
    fellows = context.knowledge.words.get("fellowship", ())
    both_ways = cue.lemma in context.knowledge.words.get("two_way", ())     # 'its arch rival, India'
    for holder in holders:
        for other, link in others:
            if cue.relation == "memberOf" and _territory(holder, other, context):
                continue    # 'Crimea is part of Ukraine': a territory, no member
            relation, rule = cue.relation, f"noun:{cue.lemma}:holder"
            if cue.lemma in fellows and link != "poss" and context.referents[other].kind is Kind.ORGANIZATION:
                relation, rule = "memberOf", rule + ":fellow"   # 'the two NATO allies', 'a partner of the firm'
            yield FoundRelation(holder, relation, other, noun, rule, polarity)
            if both_ways:
                yield FoundRelation(other, relation, holder, noun, rule + ":back", polarity)


def _partner_before(noun: Token, context: ArticleContext) -> str | None:
    """'Manafort and business partner Rick Gates', 'Stone and associate Smith': a tie noun before a name joined
    with 'and' to a person's name before it, with no owner of its own, ties the name to that person."""
    doc = noun.doc
    if noun.dep_ == "compound" and noun.head.dep_ == "conj":
        first = noun.head.head      # the name the tie noun's name is joined to
    elif noun.dep_ == "conj":
        first = noun.head           # 'Manafort and associate Rick Gates' read as three conjuncts
    else:
        return None
    start = noun.left_edge.i
    while start > 0 and doc[start - 1].dep_ in {"compound", "amod"} and doc[start - 1].head.i in {noun.i, noun.head.i}:
        start -= 1      # 'business partner'
    if (first.i >= start or doc[start - 1].lower_ != "and" or any(c.dep_ == "poss" for c in noun.children)):
        return None
    key = context.refer(first, actors_only=True)
    return key if key is not None and context.referents[key].kind is Kind.PERSON else None


def _territory(part: str, whole: str, context: ArticleContext) -> bool:
    """Is ``part`` a place, or ``whole`` a country or place, so that the one is territory of the other
    rather than a member of it ('Crimea is part of Ukraine')?"""
    places = {Kind.PLACE, Kind.COUNTRY}
    return context.referents[part].kind is Kind.PLACE or context.referents[whole].kind in places


def _parties(noun: Token, cue: Cue, context: ArticleContext) -> Iterator[FoundRelation]:
    """'negotiators from Spain, France and Italy met', 'a compromise reached by House and Senate negotiators':
    the people of a two-sided act, drawn from two or more actors (slot `parties` in ontology/lexicon.tsv, also
    named joined before the noun), make each of those actors do it with each other."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return
    parties: list[str] = []
    for child in noun.children:
        named = ([g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in cue.preps
                 else [child] if child.dep_ in {"nmod", "compound", "amod"} and child.i < noun.i and child.conjuncts
                 else [])
        for token in (t for g in named for t in _expand(g)):
            key = context.refer(token, actors_only=True)
            parties += [key] if key and key not in parties else []
    polarity = _polarity(noun.head, context) if noun.dep_ in SUBJECT_DEPS else Polarity.ASSERTED
    for i, party in enumerate(parties):
        for other in parties[i + 1:]:
            yield FoundRelation(party, cue.relation, other, noun, f"noun:{cue.lemma}:parties", polarity)


def _holder_tokens(noun: Token) -> list[Token]:
    """Who a describing noun describes: the name it stands in apposition to (either way round), the
    name it is a modifier of ('Smith ally Jones'), or the subject of 'is' ('Chile is an ally') or its
    attribute ('The main challenger to X is Jones'), also as one of several ('X, one of Y's critics')."""
    if noun.dep_ == "appos":     # 'X and Y, a Putin associate': Y alone; 'X and Y, allies of Z': both
        return [noun.head] if noun.tag_ in {"NN", "NNP"} and noun.head.conjuncts else _expand(noun.head)
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if one is not None and (one.lower_ == "one" or one.like_num) and one.dep_ in {"appos", "attr"}:
        return _holder_tokens(one)      # 'X, one of the CFPB's harshest critics', 'X is one of Y's allies'
    # a noun has no object: a name the parser made one is in apposition ('and associate X' read so)
    named = [c for c in noun.children if c.dep_ == "appos" or (c.dep_ == "dobj" and c.pos_ == "PROPN")]
    if named:
        return [t for c in named for t in _expand(c)]
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if noun.head.dep_ == "relcl" and [s.lower_ for s in subjects] in (["who"], ["which"]):
            # 'X, a Texas Republican who has long been a supporter of Y': whom the clause is on
            described = noun.head.head
            subjects = [described.head if described.dep_ == "appos" else described]
        return [t for c in subjects for t in _expand(c)]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":     # 'The main challenger to X is Jones'
        return [t for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN" for t in _expand(c)]
    if noun.dep_ == "conj":     # 'X, another Republican and a critic of Y': the apposition's
        first = noun.head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ in {"appos", "attr"} and first.pos_ in {"NOUN", "PROPN"}:
            return _holder_tokens(first)    # 'China is North Korea's neighbor and main trading partner'
        chain = [t for t in first.conjuncts if t.i <= noun.i]
        if (first.pos_ == "PROPN" and first.i + 1 < len(noun.doc) and noun.doc[first.i + 1].text == ","
                and chain and all(t.pos_ == "NOUN" for t in chain)):
            return [first]      # 'China, North Korea's neighbor and main trading partner, ...' read as a list
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.pos_ == "PROPN" and (
            noun.dep_ in {"compound", "npadvmod"} or (noun.dep_ == "nsubj" and following.dep_ == "nsubj")):
        return [following]      # 'Smith ally Jones', also parsed as two subjects of one verb
    if following is not None and following.pos_ == "PROPN" and noun.dep_ == "conj":
        name = following        # 'Manafort and associate Rick Gates', read as three conjuncts
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if name.dep_ == "conj" and name.head.i == noun.head.i:
            return [name]
    return []


def _between(noun: Token, cues: tuple[Cue, ...], polarity: Polarity, context: ArticleContext) -> Iterator[FoundRelation]:
    """'talks between Spain and Morocco': a noun of a two-sided act (its cue lists 'between') joins
    the first party to each of the others, and a quarrel's (`mutual_noun` in ontology/cues.tsv) each of the others
    to the first too ('a battle between the White House and Obama-era officials')."""
    mutual = noun.lemma_.lower() in context.knowledge.words.get("mutual_noun", ())
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ != "between":
            continue
        for pobj in (g for g in child.children if g.dep_ == "pobj"):
            parties = context.pair(pobj) or [k for k in (context.refer(t, actors_only=True) for t in _expand(pobj)) if k]
            for cue in cues:
                if "between" in cue.preps:
                    for other in parties[1:]:
                        yield FoundRelation(parties[0], cue.relation, other, noun, f"noun:{cue.lemma}:between", polarity)
                        if mutual:
                            yield FoundRelation(other, cue.relation, parties[0], noun, f"noun:{cue.lemma}:between",
                                                polarity)


def _denied_by_det(noun: Token, context: ArticleContext) -> bool:
    """Does a negating determiner ('no') stand before the noun?"""
    return any(c.dep_ == "det" and c.lower_ in context.knowledge.words.get("negation", ()) for c in noun.children)


_WITHDRAWN = {Polarity.ASSERTED: Polarity.NEGATED, Polarity.HEDGED: Polarity.HEDGED,
              Polarity.NEGATED: Polarity.ASSERTED}
_DENIED = {Polarity.ASSERTED: Polarity.NEGATED, Polarity.HEDGED: Polarity.HEDGED, Polarity.NEGATED: Polarity.HEDGED}


def _is_light(verb: Token, context: ArticleContext) -> bool:
    """Does the verb lend its subject to its object noun ('held talks with X'; also who ends a thing,
    'suspended talks with X', or denies it, 'denied any collusion with X')?"""
    lemma, words = verb.lemma_.lower(), context.knowledge.words
    return lemma in words.get("light", ()) or lemma in words.get("withdrawal", ()) or lemma in words.get("denial", ())


def _transparent_holder(noun: Token, context: ArticleContext) -> Token | None:
    """The transparent noun a noun is the 'of' object of ('lines of communication'), if any, or the sum
    of money it is the 'in' object of ('approved $51 billion in aid to X': the sum is what was approved)."""
    if noun.dep_ != "pobj" or noun.head.head.i == noun.head.i:
        return None
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in context.knowledge.words.get("transparent", ()):
        return noun.head.head
    if noun.head.lower_ == "in" and noun.head.head.ent_type_ == "MONEY":
        return noun.head.head
    return None


def _accepted(noun: Token, context: ArticleContext) -> bool:
    """'agreed to talks with X': a noun after 'to' of a verb of accepting (`acceptance` in ontology/cues.tsv)."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i != noun.head.i
            and noun.head.head.lemma_.lower() in context.knowledge.words.get("acceptance", ()))


def _first_conjunct(pobj: Token, context: ArticleContext) -> Token:
    """'meddling in the election and possible collusion with X', parsed as one phrase whose head is
    'collusion', an act of its own: the object is the first conjunct, the word the 'and' is hung on."""
    if pobj.lemma_.lower() not in context.knowledge.noun_cues:
        return pobj
    return next((c for c in pobj.lefts if c.dep_ in {"nmod", "compound"} and c.pos_ in {"NOUN", "PROPN"}
                 and any(g.dep_ == "cc" for g in c.children)), pobj)


def _inquired_parties(token: Token, context: ArticleContext) -> list[Token]:
    """'investigating possible collusion between the Trump campaign and Russia', 'a probe into Moscow's
    contacts with X', 'investigating Russian meddling': an inquiry into an act between actors (a relation
    noun that names no actor) looks into those actors: its owner and those of its with, between, by and
    against phrases; not the authors of a claim ('a probe of U.S. allegations that ...': `utterance`)."""
    lemma = token.lemma_.lower()
    if lemma in context.knowledge.words.get("allegation", ()):
        # 'investigating allegations of collusion between X and Y': what the claims are about
        return [t for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "about"}
                for g in c.children if g.dep_ == "pobj" for t in _inquired_parties(g, context)]
    if (lemma not in context.knowledge.noun_cues or lemma in context.knowledge.words.get("utterance", ())
            or context.refer(token, actors_only=True)):
        return []
    parties = []
    for noun in (token, *token.conjuncts):      # 'meddling in the election and possible collusion with X'
        for child in noun.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                parties += _expand(child)
            elif child.dep_ == "prep" and child.lower_ in {"with", "between", "by", "against"}:
                parties += [t for g in child.children if g.dep_ == "pobj" for t in _expand(g)]
    return [t for t in parties if context.refer(t, actors_only=True)]


def _alleged(noun: Token, context: ArticleContext) -> bool:
    """Is a relation noun only claimed ('allegations of collusion', 'a charge alleging links between X and Y';
    `allegation` in ontology/cues.tsv)?"""
    claims = context.knowledge.words.get("allegation", ())
    noun = _first_of_list(noun)
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in claims and noun.head.pos_ == "VERB"
    return (noun.dep_ == "pobj" and noun.head.lower_ in {"of", "about"} and noun.head.head.i != noun.head.i
            and noun.head.head.lemma_.lower() in claims)


def _first_of_list(noun: Token) -> Token:
    """The first of the nouns a noun is listed with ('an investigation into efforts by X and ties between
    Y and Z': 'efforts'), which holds the list's place in the clause."""
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun


def _inquired_into(noun: Token, context: ArticleContext) -> bool:
    """Is a relation noun what an inquiry looks into ('investigating Russian interference', 'a probe into
    meddling by X', 'the investigation of collusion', also as one of several; `inquiry` in ontology/cues.tsv)?"""
    inquiries = context.knowledge.words.get("inquiry", ())
    noun = _first_of_list(noun)
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in inquiries
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"into", "of"} or noun.head.head.i == noun.head.i:
        return False
    above = noun.head.head
    # 'to end the investigation into ties between X and Y' with 'into' hung on the verb
    return above.lemma_.lower() in inquiries or (above.pos_ == "VERB" and noun.head.lower_ == "into" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in inquiries and c.i < noun.head.i for c in above.children))


def _in_favor_of_owner(noun: Token, cues: tuple[Cue, ...], context: ArticleContext) -> Iterator[FoundRelation]:
    """'ruled in Google's favor', 'to sway the election in Trump's favor', 'spoke in his defense', 'lobbied
    on Spain's behalf': a `manner_noun` after 'in' or 'on' with an owner and no 'of' phrase is the relation of
    its clause's subject to the owner."""
    owner = next((context.refer(c, actors_only=True) for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return
    verb = noun.head.head
    if verb.dep_ == "dobj" and verb.pos_ in {"NOUN", "PROPN"}:
        verb = verb.head      # 'to tilt the vote in X's favor', the parser hanging 'in' on the object
    if verb.pos_ not in {"VERB", "AUX"}:
        return
    polarity = _polarity(verb, context)
    for cue in cues:
        for subject in clause_subjects(verb, context):
            if subject != owner:
                yield FoundRelation(subject, cue.relation, owner, noun, f"noun:{cue.lemma}:owner", polarity)


def _manner_polarity(verb: Token, context: ArticleContext) -> Polarity:
    """The polarity of what a `manner_noun` says of its verb's subject ('never acted on behalf of X', 'tried to
    sway the vote in X's favor'): the verb's, except a negation from above it. 'refused to meet Y in protest of
    X' protests all the same: the refusal is the protest."""
    polarity = _polarity(verb, context)
    negations = context.knowledge.words.get("negation", set())
    own = any(c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and c.lower_ in negations) for c in verb.children)
    return Polarity.ASSERTED if polarity is Polarity.NEGATED and not own else polarity


def _in_manner(noun: Token, context: ArticleContext) -> bool:
    """'voted in favor of the bill', 'spoke in support of X', 'lobbied on X's behalf': a `manner_noun`
    (ontology/cues.tsv) as the object of 'in' or 'on' says how its clause's subject acts."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in {"in", "on"} and noun.head.head.i != noun.head.i
            and noun.lemma_.lower() in context.knowledge.words.get("manner_noun", ()))


_MEETING = frozenset({"meets", "negotiatesWith", "communicatesWith"})


def _sought(noun: Token, cues: tuple[Cue, ...], context: ArticleContext) -> Token | None:
    """'called for talks with X', 'expressed hope for a meeting with X', 'no interest in talks with X': a
    meeting or talks in the phrase of a cue that supports what it names (its verb or noun, with that
    preposition) is wanted, not held; the cue's token, else None."""
    knowledge = context.knowledge
    cues = cues or knowledge.noun_cues.get(noun.lemma_.lower(), ())
    if noun.dep_ != "pobj" or not any(c.relation in _MEETING for c in cues):
        return None
    prep, stance = noun.head, noun.head.head
    if prep.dep_ != "prep" or stance.i == prep.i:
        return None
    table = knowledge.noun_cues if stance.pos_ == "NOUN" else knowledge.verb_cues if stance.pos_ == "VERB" else {}
    wants = any(c.relation == "supports" and prep.lower_ in c.preps for c in table.get(stance.lemma_.lower(), ()))
    return stance if wants else None


def _noun_subjects(noun: Token, context: ArticleContext) -> list[str]:
    """Who does what a noun names: its possessor or a name modifying it ('U.S. sanctions'),
    else the subject of a light verb that takes it as object ('held talks with'); under a
    transparent noun, the transparent noun's ('maintaining open lines of communication with')."""
    holder = _transparent_holder(noun, context)
    if holder is not None:
        return _noun_subjects(holder, context)
    occasion, words = noun.head, context.knowledge.words
    in_setting = noun.dep_ == "pobj" and occasion.lower_ in words.get("setting", ()) and occasion.head.i != occasion.i
    at_occasion = in_setting or (noun.dep_ == "pobj" and occasion.lower_ in words.get("occasion", ())
                                 and occasion.head.i != occasion.i)
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"}:
            key = context.refer(child, actors_only=True)
            if key and context.referents[key].kind is not Kind.TOPIC:
                if at_occasion and child.dep_ == "compound" and context.referents[key].kind is Kind.ORGANIZATION:
                    people = [k for k in clause_subjects(occasion.head, context)
                              if context.referents[k].kind is Kind.PERSON]
                    if people:     # 'In a White House meeting with X, Pence said': the venue is no party
                        return people
                return [key]
    owners = {"by", "for"} if noun.lemma_.lower() in words.get("contest", ()) else {"by"}   # 'a victory for X over Y'
    for child in noun.children:   # 'a visit by Macron', 'criticism of Russia by Merkel'
        if child.dep_ == "prep" and child.lower_ in owners:
            agents = [context.refer(t, actors_only=True) for g in child.children if g.dep_ == "pobj" for t in _expand(g)]
            if any(agents):
                return [k for k in agents if k]
    for child in noun.children:   # 'the investigation led by X', 'a case brought by X against Y'
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in words.get("conducting", ()):
            agents = [key for g in child.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
                      for t in _expand(o) if (key := context.refer(t, actors_only=True))]
            if agents:
                return agents
    governor = noun.head.head if noun.dep_ == "conj" else noun.head
    if noun.dep_ in {"dobj", "conj"} and _is_light(governor, context):
        return clause_subjects(governor, context)
    setter = occasion.head
    if (noun.dep_ == "pobj" and setter.pos_ == "VERB" and occasion.lower_ in {"for", "on", "from"}
            and setter.lemma_.lower() in words.get("motion", frozenset()) | words.get("setting_out", frozenset())
            and noun.lemma_.lower() in words.get("motion", ())):
        return clause_subjects(setter, context)     # 'left for a trip to Kenya', 'returned from a tour of Asia'
    if noun.dep_ == "pobj" and setter.pos_ == "VERB" and setter.lemma_.lower() in words.get("placing", ()):
        placed = [key for c in setter.children if c.dep_ == "dobj" for t in _expand(c)
                  if (key := context.refer(t, actors_only=True))]
        if placed:      # 'the vote put X at odds with Y': X is
            return placed
    if noun.dep_ == "attr" and governor.lemma_ == "be":     # 'Trump's tweet was a shot at X', 'It was ...'
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        maker = (_its_maker(subject, context) or _possessor(subject, context)) if subject is not None else None
        return [maker] if maker else []
    if _accepted(noun, context):      # 'Spain agreed to talks with France'
        return clause_subjects(occasion.head, context)
    stance = _sought(noun, (), context)
    if stance is not None:            # 'Spain called for talks with France', 'Spain's hope for talks with X'
        return _noun_subjects(stance, context) if stance.pos_ == "NOUN" else clause_subjects(stance, context)
    if _in_manner(noun, context):     # 'voted in favor of X'; 'Pence's vote in favor of X': the vote's
        acting = occasion.head
        before = context.tokens[occasion.i - 1] if occasion.i > 0 else occasion
        if (acting.pos_ in {"VERB", "AUX"} and before.dep_ == "dobj" and before.head.i == acting.i
                and any(c.dep_ == "poss" for c in before.children)):
            acting = before     # 'needed Pence's vote in favor of X', the phrase hung on the verb: the vote's
        return _noun_subjects(acting, context) if acting.pos_ in {"NOUN", "PROPN"} else clause_subjects(acting, context)
    if at_occasion:     # 'said during a trip to China'; 'in talks with X, Merkel said'
        subjects = clause_subjects(occasion.head, context)
        # a person or a body ('his administration is attempting to renegotiate it in talks with X'), not a
        # country or a thing that is only discussed ('X is expected to top the agenda in talks with Y')
        return [k for k in subjects if context.referents[k].kind in {Kind.PERSON, Kind.ORGANIZATION}] if in_setting else subjects
    return []
