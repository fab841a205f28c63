"""What one article knows while its relations and statements are read: which referent a token names.

``ArticleContext.refer(token)`` answers "who or what is this?" for a syntactic argument:
a named mention; a capital or demonym acting for its country (``Pyongyang has shown``);
a government organ of a country (``China's foreign ministry``, ``Chinese leaders``); a pronoun
(the most recent compatible subject); a description the article has tied to someone by a title
(``the top French diplomat`` after ``Jean Dupont, France's foreign minister``); an unnamed
source (``a senior administration official``, later ``the official``); or a topic (``dialogue``).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.entities import Group
from graphbuild.extract.spans import Spans, tokens_of
from graphbuild.knowledge import Knowledge, Title, first_name_genders
from graphbuild.model import PAST_TITLE, Kind

# Quote marks: curly, straight, and the doubled apostrophes of typewritten and archived text (''...'', ``...'')
QUOTED = re.compile(r"“([^”]{1,3000}?)”|\"([^\"\n]{1,3000}?)\"|(?:''|``)([^\n]{1,3000}?)''")


def quoted_group(match: re.Match) -> int:
    """The group of ``QUOTED`` that matched: the text inside the marks."""
    return next(group for group in (1, 2, 3) if match.group(group) is not None)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside quote marks (marks excluded)."""
    spans = []
    for match in QUOTED.finditer(text):
        group = quoted_group(match)
        spans.append((match.start(group), match.end(group)))
    return spans


PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
_REFLEXIVE_PRONOUNS = {"himself", "herself", "itself"}
_RELATIVE_WORDS = {"who", "which", "that", "whom"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_NAME_TYPES = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}     # entity types whose words keep their capital
_PLURAL_FIRST = {"we", "us", "our"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_ACTOR_KINDS = {Kind.PERSON, Kind.ORGANIZATION, Kind.COUNTRY, Kind.GROUP}
_THING_ENTITIES = {"EVENT", "LAW", "PRODUCT", "FAC", "WORK_OF_ART"}     # spaCy's types of named things


@dataclass
class Draft:
    key: str
    name: str
    kind: Kind
    names: set[str]
    country: str | None = None
    categories: set[str] = field(default_factory=set)   # title categories (diplomat, leader...)
    titles: list[str] = field(default_factory=list)
    broader: str | None = None                          # topics only
    superiors: list[str] = field(default_factory=list)  # what the person's roles are of ('adviser to X')
    led: list[str] = field(default_factory=list)        # those of them the person leads ('president of X')
    gender: str | None = None                           # "female" or "male", learned from the text
    name_gender: str | None = None                      # the gender of the first name, when the text shows none
    described: set[str] = field(default_factory=set)    # descriptions that point to it ('top French diplomat')
    principal: str | None = None                        # the country a body or its people speak for

    @property
    def shown_gender(self) -> str | None:
        """The gender the text shows ('Mrs.', 'spokeswoman'), else the first name's."""
        return self.gender or self.name_gender


@dataclass
class ArticleContext:
    doc: Doc
    knowledge: Knowledge
    referents: dict[str, Draft] = field(default_factory=dict)
    token_ref: dict[int, str] = field(default_factory=dict)      # token index -> key, for named mentions
    resolved: dict[int, str] = field(default_factory=dict)       # token index -> key, for everything else
    # The references made so far (named mentions, resolved subjects, possessors and pronouns), kept
    # by what is looked up in them, so that no look-up reads the whole article:
    mentioned: dict[str, list[int]] = field(default_factory=dict)       # key -> token indices, sorted
    at_token: dict[int, list[str]] = field(default_factory=dict)        # token index -> keys, sorted
    organisations: dict[str, set[str]] = field(default_factory=dict)    # head word ('union') -> organisation keys
    titled: dict[str, set[str]] = field(default_factory=dict)           # title, or a last part of it -> keys
    counted: dict[str, list[int]] = field(default_factory=dict)         # 'senators' -> the names 'two senators' were
    categorised: dict[str, set[str]] = field(default_factory=dict)      # title category -> keys
    countries: dict[str, str] = field(default_factory=dict)             # ISO code -> the first country referent
    quotes: list[tuple[int, int, str, bool]] = field(default_factory=list)  # (start, end char, speaker key, direct), shortest first
    quote_spans: Spans = field(default_factory=lambda: Spans([]))    # the spans of ``quotes``
    asked_bodies: set[str] = field(default_factory=set)   # bodies made to answer whose a title is (see _owner)
    co_speakers: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)   # quote span -> who spoke with its speaker
    marks: list[tuple[int, int]] = field(default_factory=list)        # text inside quote marks
    text: str = ""                                                    # doc.text, which spaCy rebuilds on every access
    sentence_start: list[int] = field(default_factory=list)  # token index -> its sentence's first token (Token.sent scans)
    tokens: list[Token] = field(default_factory=list)         # the doc's tokens, made once (iterating a Doc makes them anew)
    dateline: str | None = None     # ISO 3166 alpha-3 of the country the dateline places the story in
    # titles a description gave a person named later, with their owner: (key, title, phrase, token, owner)
    owned_titles: list[tuple[str, Title, str, Token, str]] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, groups: list[Group], knowledge: Knowledge) -> "ArticleContext":
        context = cls(doc, knowledge)
        for group in groups:
            country = next((m.country for m in group.mentions if m.country), None)
            context.referents[group.key] = Draft(group.key, group.name, group.kind, set(group.names), country)
            for mention in group.mentions:
                for i in range(mention.start, mention.end):
                    context.token_ref[i] = group.key
        for start, key in sorted((m.start, g.key) for g in groups for m in g.mentions):
            context._remember(start, key)
        context._index_countries()
        context.tokens = tokens_of(doc)
        context.text = "".join([t.text_with_ws for t in context.tokens])     # doc.text, without new Tokens
        context.sentence_start = [sentence.start for sentence in doc.sents for _ in range(len(sentence))]
        context.marks = quoted_spans(context.text)
        for group in groups:
            for mention in group.mentions:
                if mention.start > 0:
                    context.learn_gender(group.key, doc[mention.start - 1].lower_)
        genders = first_name_genders()
        for group in groups:
            words = group.name.split()
            if group.kind is Kind.PERSON and len(words) > 1 and words[0].isalpha():
                context.referents[group.key].name_gender = genders.get(words[0].upper())
        return context

    def _remember(self, i: int, key: str) -> None:
        """Token ``i`` refers to ``key``."""
        insort(self.mentioned.setdefault(key, []), i)
        insort(self.at_token.setdefault(i, []), key)
        referent = self.referents[key]
        if referent.kind is Kind.ORGANIZATION:
            called = {} if self._led_body(referent) else self.knowledge.called   # 'the Trump administration' is no agency
            for head in {h for name in referent.names for h in _head_words(name)}:   # 'the bureau' for the FBI
                self.organisations.setdefault(head, set()).add(key)
                for noun in called.get(head, ()):     # 'the panel' for a committee (`called_` in cues.tsv)
                    self.organisations.setdefault(noun, set()).add(key)

    def _led_body(self, referent: Draft) -> bool:
        """'Trump administration', 'the Smith campaign': a body named by a person's surname and a `person_body`
        noun (ontology/cues.tsv) is that person's, not an agency or group of its own."""
        words = referent.name.split()
        return (len(words) == 2 and words[1].lower() in self.knowledge.words.get("person_body", ())
                and any(r.kind is Kind.PERSON and surname_of(r.name) == words[0] for r in self.referents.values()))

    def _index_countries(self) -> None:
        self.countries = {}
        for referent in self.referents.values():
            if referent.kind is Kind.COUNTRY:
                self.countries.setdefault(referent.country, referent.key)

    def _latest(self, keys: Iterable[str], before: int, accept: Callable[[Draft], bool]) -> str | None:
        """Of ``keys``, the one last referred to before token ``before`` (on one token, the greater key)
        whose referent ``accept`` takes."""
        best: tuple[int, str] | None = None
        for key in keys:
            referent = self.referents.get(key)
            starts = self.mentioned.get(key, ())
            n = bisect_left(starts, before)
            if referent is None or n == 0 or (best is not None and (starts[n - 1], key) < best):
                continue
            if accept(referent):
                best = (starts[n - 1], key)
        return best[1] if best else None

    def learn_gender(self, key: str, word: str) -> None:
        """'Mrs. Merkel', 'spokeswoman Jane Doe': the person's gender, from a word."""
        for gender in ("female", "male"):
            if word in self.knowledge.words.get(gender, ()):
                self.set_gender(key, gender)

    def set_gender(self, key: str, gender: str) -> None:
        """Record a gender the text has shown, unless it already showed one."""
        referent = self.referents[key]
        if referent.kind is Kind.PERSON and referent.gender is None:
            referent.gender = gender

    def learn_nicknames(self) -> None:
        """'using his sarcastic nickname for X', '— the president's abusive term for X': the name the
        sentence puts forward becomes another name of X, and so do later, shorter forms of it
        ('Danube Fox' after 'Little Danube Fox'). Learned from the text, never from a table."""
        nouns = self.knowledge.words.get("nickname", ())
        for token in self.tokens:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
                continue
            target_token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                                 for g in c.children if g.dep_ == "pobj"), None)
            target = self.refer(target_token, actors_only=True) if target_token is not None else None
            if target is None:
                continue
            beside = _apposition(target_token)
            if beside is not None and any(self.token_ref.get(t.i) == target for t in beside):
                beside = None    # 'the term for North Korean leader Kim Jong-un': his own name
            chain = beside or self._unknown_name_before(token, target)
            if chain is not None:
                self._alias(chain, target)

    def learn_lede(self) -> None:
        """A news story often describes its main person in the first sentence and names them in the second:
        'Donald Trump's nominee to head the Department of Homeland Security told a Senate committee ...',
        then 'Kirstjen Nielsen repeated ...'. The unnamed person who is the subject of the first sentence's
        main clause (a title or person noun, `person_noun` in ontology/cues.tsv) is the person named as the
        subject of the second's, when the first does not name them."""
        found = self._lede()
        if found is None:
            return
        described, key, title = found
        self.resolved[described.i] = key
        self._remember(described.i, key)
        self.referents[key].described.add(_phrase(described))
        if title is None:
            return
        phrase, held = title
        past = [t.lower_ for t in described.lefts if t.lower_ in PAST_TITLE]
        phrase = " ".join([*past[:1], phrase])      # 'a former intelligence employee' no longer is one
        # whom the description serves, when a name says it ('The head of the Democratic National Committee')
        named_by = described.tag_ == "NN" and any(
            p.dep_ == "prep" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" and c.i in self.token_ref
                                     for c in p.children) for p in described.children)
        served = self._served(described, held) if named_by else None
        owner = self._owner(described, held) or (served[2] if served else None)
        if owner and held.body and self.referents[owner].country == held.body_country:
            owner = self.body_referent(held.body)      # 'A Democratic U.S. senator' sits in the Senate
        self.add_title(key, held, phrase, owner)
        if owner and owner != key:
            self.owned_titles.append((key, held, phrase, described, owner))

    def _lede(self) -> tuple[Token, str, tuple[str, Title] | None] | None:
        """The first sentence's described subject, the person the second names, and the description's title."""
        sentences = list(itertools.islice(self.doc.sents, 2))
        if len(sentences) < 2:
            return None
        first, second = sentences
        described, named = _main_subject(first), _main_subject(second)
        if named is not None and (described is None or not self._lede_description(described)):
            described = _clause_description(first, named) or described
        # a source after what it says ('..., a court spokeswoman said') tells the story, unless the next sentence's
        # subject is described by the same word ('..., a senior House Democrat said.' then 'Representative X, the
        # panel's ranking Democrat, wrote ...'), and the source does not say whom it serves, which is read
        # later ('an attorney for the congressman said')
        alike = (described is not None and named is not None and _described_alike(described, named)
                 and not any(c.dep_ == "prep" for c in described.children))
        if (described is None or named is None or not self._lede_description(described)
                or (described.i > first.root.i and not alike)
                or (any(c.dep_ in {"ccomp", "parataxis"} and c.i < described.i for c in first.root.children)
                    and not alike)
                or any(c.dep_ == "appos" for c in described.children)
                or not any(c.dep_ in {"det", "poss"} for c in described.children)
                or any(c.dep_ == "conj" for c in named.children)):
            return None     # '..., a court spokeswoman said' tells the story; 'X and his associate Y were charged'
        title = self._title_of(described)
        if title is None and described.lemma_.lower() not in self.knowledge.words.get("person_noun", ()):
            return None
        own = next((self._title_of(c) for c in named.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if title is not None and (title[1].relation == "relativeOf" or (own and own[1].category != title[1].category)):
            return None     # 'Trump's eldest son asked ...', then 'Alan Futerfas, a lawyer for ..., said'
        if title is not None and self._other_holder(described, named, title[1]):
            return None
        key = self.token_ref.get(named.i)
        genders = {_pronoun_gender(t.lower_) for t in first if t.pos_ == "PRON" and not self._owned_by_name(t)} - {None}
        if (key is None or self.referents[key].kind is not Kind.PERSON
                or (len(genders) == 1 and self.referents[key].shown_gender not in {None, *genders})
                or any(key in self.at_token.get(i, ()) for i in range(first.start, first.end))):
            return None     # 'The acting director ... said that she ...', then 'President Donald Trump named ...'
        return described, key, title

    def _owned_by_name(self, pronoun: Token) -> bool:
        """Is a possessive pronoun after a person named in its sentence, whose it most likely is ('a request by
        President X's administration to enforce his ban')?"""
        return pronoun.dep_ == "poss" and any(
            self.referents[key].kind is Kind.PERSON for t in pronoun.doc[pronoun.sent.start:pronoun.i]
            for key in [self.token_ref.get(t.i)] if key)

    def _lede_description(self, described: Token) -> bool:
        """Can a lede's subject describe the person the next sentence names: a common noun that names no one
        ('Donald Trump's nominee'), or a party's word for one member ('The leading Republican on a Senate panel')?"""
        if described.tag_ == "NNP":     # the party's word, which the mentions took for the party
            return (self.knowledge.entity_uses.get(described.text) == "party" and not described.text.endswith("s")
                    and any(c.dep_ == "det" for c in described.children))
        return described.tag_ == "NN" and described.i not in self.token_ref

    def _other_holder(self, described: Token, named: Token, title: Title) -> bool:
        """Does the name's own title show another holder than the description: another country's ('Italy's
        prime minister' and 'British Prime Minister Ann Lee'), or a current one for a former one?"""
        own = [t for c in named.lefts if c.dep_ in {"compound", "amod"} for t in c.subtree
               if self.token_ref.get(t.i) != self.token_ref.get(named.i)]
        owner = self._owner(described, title)
        country = self.referents[owner].country if owner else None
        theirs = {self.referents[k].country for t in own for k in [self.token_ref.get(t.i)] if k} - {None}
        past = any(t.lower_ in PAST_TITLE for t in described.lefts)
        return bool(country and theirs and country not in theirs) or (past and bool(own) and not any(
            t.lower_ in PAST_TITLE for t in named.lefts))

    def _unknown_name_before(self, token: Token, target: str) -> Span | None:
        """The nearest proper-name chain before ``token``, in its sentence or the one before (a
        quote's closing mark often ends the sentence: '"... Little Danube Fox"—the term for'),
        that the article names nowhere else."""
        chains = []
        start = self._sentence_start(token, back=1)
        for head in self.doc[start:token.i]:
            if head.pos_ != "PROPN" or (head.dep_ == "compound" and head.head.i < token.i) or head.dep_ in SUBJECT_DEPS:
                continue    # the one who writes or speaks ('..., Smith wrote, using his nickname for X') is no nickname
            start = min([head.i] + [c.i for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
            chains.append(self.doc[start:head.i + 1])
        for chain in reversed(chains):
            keys = {self.token_ref.get(t.i) for t in chain} - {None}
            if target in keys or len(keys) > 1 or not chain.text[:1].isupper():
                continue
            key = next(iter(keys), None)
            words = chain.text.split()
            if key is None or self._mentioned_once(key) or all(
                    _is_suffix(name.split(), words) for name in self.referents[key].names):
                return chain
        return None

    def only_acts(self, key: str) -> bool:
        """A capital or people's name that always stands for its country, never for a location."""
        referent = self.referents[key]
        if referent.kind not in (Kind.PLACE, Kind.GROUP) or not referent.country:
            return False
        starts = self.mentioned.get(key, [])
        motion = self.knowledge.words.get("motion", frozenset())
        return bool(starts) and all(_acts(self.doc[i], motion) for i in starts)

    def _mentioned_once(self, key: str) -> bool:
        starts = set(self.mentioned.get(key, ()))
        return len(starts) <= 1 and self.knowledge.entity_uses.get(self.referents[key].name) != "platform"

    def learn_offices(self) -> None:
        """'@POTUS', 'POTUS': a handle for an office (use office in ontology/entities.tsv) is the one
        person the article gives that office ('President Donald Trump'), once roles are known."""
        for key, referent in list(self.referents.items()):
            office = next((self.knowledge.offices[n.lstrip("@#")] for n in referent.names
                           if n.lstrip("@#") in self.knowledge.offices), None)
            if office is None:
                continue
            title, iso3 = office
            # the office of that country, or of no country the article names ('President Donald Trump')
            holders = [k for k, r in self.referents.items() if k != key and r.kind is Kind.PERSON and title in r.titles
                       and self._countries_of(r) <= {iso3}]
            if len(holders) == 1:
                self._absorb({key}, holders[0])

    def at_home(self, person: str, place: str) -> bool:
        """Is the place in a country whose office the article gives the person (Xi Jinping in Beijing)?"""
        country = self.referents[place].country
        return country is not None and country in self._countries_of(self.referents[person])

    def _countries_of(self, referent: Draft) -> set[str]:
        """The countries (ISO codes) whose offices the article gives a person: those its roles are of, and
        those the bodies its roles are of speak for."""
        return {self.referents[k].country for sup in referent.superiors
                for k in (sup, self.referents[sup].principal) if k and self.referents[k].kind is Kind.COUNTRY}

    def _alias(self, chain: Span, target: str) -> None:
        """Make ``chain`` (and any referent named by it or by a shorter form of it) a name of ``target``."""
        alias_words = chain.text.split()
        absorbed = {self.token_ref[t.i] for t in chain if t.i in self.token_ref}
        absorbed |= {key for key, referent in self.referents.items() if key != target and referent.names
                     and all(_is_suffix(name.split(), alias_words) for name in referent.names)}
        absorbed.discard(target)
        for t in chain:
            self.token_ref[t.i] = target
        self.referents[target].names.add(chain.text)
        self._absorb(absorbed, target, (chain.start,))

    def _absorb(self, absorbed: set[str], target: str, starts: tuple[int, ...] = ()) -> None:
        """The referents ``absorbed`` become names of ``target``, with their mentions."""
        for key in absorbed:
            self.referents[target].names |= self.referents.pop(key).names
            for i, owner in list(self.token_ref.items()):
                if owner == key:
                    self.token_ref[i] = target
        moved = [(i, key) for key in absorbed for i in self.mentioned.pop(key, ())]
        for i, key in moved:
            self.at_token[i].remove(key)
        for i in [*(i for i, _ in moved), *starts]:
            self._remember(i, target)     # a reference remembered twice changes no look-up
        self._index_countries()

    def index_references(self) -> None:
        """Resolve, in document order, every subject, possessor and pronoun that is not a name,
        so that later pronouns can point back to them ('China's foreign ministry said it ...'), and
        every owned title that a person the article names holds ('Italy's prime minister')."""
        for token in self.tokens:
            if token.i in self.token_ref or token.i in self.resolved:
                continue
            if token.pos_ == "PRON" or token.dep_ in SUBJECT_DEPS | {"poss"}:
                speaks = token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in self.knowledge.speech_verbs
                key = (self.organ_speaker(token) if speaks else None) or self._refer(token, None)
                if key is None and speaks and token.lemma_.lower() in self.knowledge.document_sources:
                    key = self._document_owner(token)       # 'Bishop's letter said': Bishop
                if key is None and token.dep_ in SUBJECT_DEPS and (self._is_unnamed_source(token) or (
                        speaks and token.pos_ == "NOUN" and token.lemma_.lower() in self.knowledge.document_sources)):
                    key = self.description_referent(token)    # 'the letter said ... It added': the letter
            elif self._owned_description(token):
                key = self._described(token, self._description(token, unnamed=False))
            else:
                continue
            if key and self.referents[key].kind in _ACTOR_KINDS:
                self.resolved[token.i] = key
                self._remember(token.i, key)

    def _document_owner(self, document: Token, *, earlier: bool = True) -> str | None:
        """The actor whose document it is ('Bishop's letter', 'the committee's report'; an organisation's,
        'a Washington Post report', 'a Justice Department filing'), if it has one: also by its author ('a
        letter from X', 'the memo filed by X') and, for 'the letter', by the one the article said wrote,
        signed or sent a letter before ('X signed a letter asking ...', then 'the letter said')."""
        for child in document.children:
            # not a common noun capitalised because it opens the sentence ('Media reports suggested')
            opening = child.dep_ == "compound" and child.is_sent_start and child.text[1:].islower()
            key = self._refer(child, None) if child.dep_ in {"poss", "compound"} and not opening else None
            if key and (self.referents[key].kind is Kind.ORGANIZATION
                        or (child.dep_ == "poss" and self.referents[key].kind in _ACTOR_KINDS)):
                return key
        author = self._document_author(document)
        if author or not earlier or not any(c.dep_ == "det" and c.lower_ == "the" for c in document.children):
            return author
        lemma = document.lemma_.lower()
        for before in reversed(self.doc[:document.i]):
            if before.lemma_.lower() == lemma and before.pos_ == "NOUN":
                return self._document_owner(before, earlier=False)    # the nearest mention only
        return None

    def _document_author(self, document: Token) -> str | None:
        """'a letter from X', 'the memo filed by X', 'X signed a letter', 'the annual report of the X Commission' (an
        organisation's or a person's; 'a report of fraud' has none): who made the document."""
        authoring = self.knowledge.words.get("authoring_verb", ())
        agents = [g for c in document.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                  for g in c.children if g.dep_ == "pobj"]
        agents += [g for c in document.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj" and (key := self.token_ref.get(g.i))
                   and self.referents[key].kind in {Kind.ORGANIZATION, Kind.PERSON}]
        agents += [g for c in document.children if c.dep_ == "acl" and c.lemma_.lower() in authoring
                   for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if document.dep_ == "dobj" and document.head.lemma_.lower() in authoring:
            agents += [c for c in document.head.children if c.dep_ == "nsubj"]
        for agent in agents:
            key = self.token_ref.get(agent.i) or self.resolved.get(agent.i) or self._refer(agent, None)
            if key and self.referents[key].kind in _ACTOR_KINDS:
                return key
        return None

    def _owned_description(self, token: Token) -> bool:
        """'expressed concern to Turkey's prime minister': one person, whoever the article names with
        that title, even where no rule reads the phrase."""
        if (token.tag_ != "NN" or token.dep_ in _PREDICATE_DEPS or token.head.lower_ == "as"
                or not any(c.i in self.token_ref for c in token.lefts)):
            return False    # a title set beside a name or said of someone is a role, read as one
        found = self._title_of(token)
        if found is None or found[1].relation in self.knowledge.words.get("personal_role", ()):
            return False    # 'a Russian lawyer' has no client
        return self._owner(token, found[1]) is not None

    def _is_unnamed_source(self, token: Token) -> bool:
        """'A senior Demir administration official' said: an unnamed person worth a node."""
        determiners = {t.lower_ for t in token.lefts if t.dep_ == "det"}
        return (token.pos_ == "NOUN" and token.lemma_.lower() in self.knowledge.titles
                and bool(determiners & {"a", "an"}))

    def set_quotes(self, quotes: list[tuple[int, int, str, bool]],
                   co_speakers: dict[tuple[int, int], tuple[str, ...]] | None = None) -> None:
        """What each speaker said (start, end, speaker, direct), so that 'we' inside a quote is its speaker,
        and who said it with them ('Pelosi and Schumer said: "We ..."': see speakers)."""
        self.quotes = sorted(quotes, key=lambda q: q[1] - q[0])
        self.quote_spans = Spans([(start, end) for start, end, _, _ in self.quotes])
        self.co_speakers = co_speakers or {}
        self._requote()

    def _requote(self) -> None:
        """A 'he' or 'his' resolved to the speaker of the direct quote it stands in, found only now
        because the text lost its quote marks (before, a quote in marks keeps its pronouns off its
        speaker), is resolved again: in a quote, the speaker would say 'I' ('If Jones loses, it will be
        because his boss ignored the warnings, Smith wrote': Jones's boss)."""
        unmarked = [(start, end, speaker) for start, end, speaker, direct in self.quotes
                    if direct and not self.in_marks(start)]
        positions = [t.idx for t in self.tokens] if unmarked else []
        for start, end, speaker in unmarked:
            for token in self.tokens[bisect_left(positions, start):bisect_left(positions, end)]:
                if token.lower_ in PERSON_PRONOUNS and self.resolved.get(token.i) == speaker:
                    self._unresolve(token.i)
                    self._resolve(token.i, self.antecedent(token))
                    if token.dep_ == "poss" and token.head.i in self.resolved:     # 'his boss' with it
                        self._unresolve(token.head.i)
                        self._resolve(token.head.i, self._refer(token.head, None))

    def _unresolve(self, i: int) -> None:
        key = self.resolved.pop(i)
        self.mentioned[key].remove(i)
        self.at_token[i].remove(key)

    def _resolve(self, i: int, key: str | None) -> None:
        if key is not None and self.referents[key].kind in _ACTOR_KINDS:
            self.resolved[i] = key
            self._remember(i, key)

    def speakers(self, token: Token) -> list[str]:
        """Who a 'we' inside a quote spoken by two or more people stands for: each of them (as for
        one speaker, a country's officer speaks for the country); empty for any other word."""
        return self.joint_speakers(token) if token.lower_ in _PLURAL_FIRST else []

    def joint_speakers(self, token: Token) -> list[str]:
        """Who a 'we' in the innermost quote holding the token would stand for, when two or more spoke
        it; else empty."""
        held = sorted(self.quote_spans.holding(token.idx))
        held = [i for i in held if self.quotes[i][3]] or held
        if not held:
            return []
        start, end, speaker, _ = self.quotes[held[0]]
        together = self.co_speakers.get((start, end), ())
        return [self._we(k) for k in (speaker, *together)] if together else []

    # ------------------------------------------------------------------ referents

    def add_title(self, key: str, title: Title, text: str, organization: str | None = None) -> None:
        for word in text.split():
            self.learn_gender(key, word)
        referent = self.referents[key]
        referent.categories.add(title.category)
        self.categorised.setdefault(title.category, set()).add(key)
        if text not in referent.titles:
            referent.titles.append(text)
            for phrase in _last_parts(text):
                self.titled.setdefault(phrase, set()).add(key)
        if organization and organization not in referent.superiors:
            referent.superiors.append(organization)
        if organization and title.relation == "leaderOf" and organization not in referent.led:
            referent.led.append(organization)

    def body_referent(self, name: str) -> str:
        """The organisation named ``name`` ('Senate'): the article's own, else one made for it."""
        for key, referent in self.referents.items():
            if referent.kind is Kind.ORGANIZATION and referent.name == name:
                return key
        key = f"body:{name}"
        self.referents[key] = Draft(key, name, Kind.ORGANIZATION, {name})
        return key

    def host(self, visitor: str) -> str | None:
        """The country the dateline places the story in, as the place a visitor named without one is
        visiting ('BEIJING (Reuters) - ... Trump's visit'): only for one the article shows to hold an
        office of another country (a Washington story's 'Zinke's travels' are no visit to anywhere)."""
        if self.dateline is None:
            return None
        countries = self._countries_of(self.referents[visitor])
        if not countries or self.dateline in countries:
            return None
        return self.country_referent(self.dateline)      # made here when the article names it nowhere else

    def home_capital(self, person: str, place: str) -> bool:
        """Is ``place`` the capital of a country whose office the article gives ``person``?"""
        found = self.knowledge.place(self.referents[place].name)
        return (found is not None and found[1] in {"capital", "seat"}
                and found[0].iso3 in self._countries_of(self.referents[person]))

    def country_referent(self, iso3: str) -> str:
        """The referent for a country, created when the article only named its capital or people."""
        if iso3 in self.countries:
            return self.countries[iso3]
        key = f"country:{iso3}"
        country = self.knowledge.by_iso3.get(iso3)
        name = country.name if country else iso3
        self.referents[key] = Draft(key, name, Kind.COUNTRY, {name}, iso3)
        self.countries[iso3] = key
        return key

    def topic_referent(self, lemma: str) -> str:
        entry = self.knowledge.topics[lemma]
        key = f"topic:{entry.label}"
        if key not in self.referents:
            self.referents[key] = Draft(key, entry.label, Kind.TOPIC, {entry.label}, broader=entry.broader)
        return key

    def open_topic(self, token: Token) -> str | None:
        """A topic for a content noun the topic table does not list: 'the Geneva peace talks' ->
        'peace talks' (narrower than 'talks' when the table lists that), 'the allegations' -> 'allegation';
        a transparent noun only with a noun that names it ('the tax plan'; 'the plan' alone is none)."""
        words = self.knowledge.words
        lemma = token.lemma_.lower()
        if token.tag_ == "VBG" and (token.dep_ in {"pcomp", "csubj"} or (token.dep_ == "xcomp" and token.head.pos_ == "VERB")
                                    or (token.dep_ == "conj" and token.head.tag_ == "VBG")):
            # 'Building a wall was his promise', 'opposed raising taxes', '... or cutting services'
            return self.act_topic(token)
        inner = _of_object(token, ("of", "for")) if lemma in words.get("transparent", ()) else None
        if inner is not None and inner.i not in self.token_ref:
            return self._topic(inner) or self.open_topic(inner)     # 'backed the plan for a tax hike': the hike
        changed = _of_object(token, ("of", "in", "to")) if lemma in words.get("change_noun", ()) else None
        if changed is not None and token.pos_ == "NOUN" and token.i not in self.token_ref:
            return self._change_topic(token, changed)
        named = any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in token.lefts)    # 'the tax plan' is one
        if (token.pos_ != "NOUN" or token.i in self.token_ref or lemma in words.get("generic", ())
                or (lemma in words.get("transparent", ()) and not named) or self._title_of(token) is not None
                or lemma in self.knowledge.organs or not lemma.isalpha() or len(lemma) < 3
                or lemma in self.knowledge.tie_nouns   # 'her opponent': a person
                or (token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == "-")):
            return None     # 're' of 're-election', split at its hyphen, is no topic
        prefix = _hyphen_prefix(token)
        before = sorted({t.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                         and (prefix is None or c.i < prefix.i) for t in _compound_tokens(c)})
        # 'health care insurance', 'co-operation deal': the nouns before it as written
        compounds = ["".join(self.doc[i].text_with_ws for i in before).strip().lower()] if before else []
        lessened = self._lessened(token)
        # 'human rights', 'nuclear weapons', 'illegal immigration': an adjective that says what kind it is
        # (`classifier` in ontology/cues.tsv) names the topic with it; 'the ugly politics' is politics
        kinds = [t.lower_ for t in token.lefts if t.dep_ == "amod" and t.lower_ in words.get("classifier", ())
                 and t.lower_ not in lessened]
        label = " ".join([*lessened, *kinds, *compounds,
                          token.lower_ if compounds or lessened or kinds else _topic_word(token)])
        if prefix is not None:
            label = f"{prefix.lower_}-{token.lower_}"     # 're-election', split at its hyphen, is no 'election'
            if label in words.get("generic", ()):
                return None     # 'is not seeking re-election' runs for office, it backs no topic
        head = self.knowledge.topics.get(lemma)
        key = f"topic:{label}"
        if key not in self.referents:
            broader = head.label if head and head.label != label else None
            self.referents[key] = Draft(key, label, Kind.TOPIC, {label}, broader=broader)
        return key

    def _change_topic(self, token: Token, changed: Token) -> str | None:
        """'a repeal of the healthcare law', 'an increase in defense spending', 'changes to NAFTA': a change
        (`change_noun` in ontology/cues.tsv) is named with what it changes ('healthcare law repeal'), as
        'backed the repeal' would say nothing of what is repealed; None when that names no topic."""
        inner = self.token_ref.get(changed.i) or self._topic(changed) or self.open_topic(changed)
        if inner is None:
            return None
        label = f"{self.referents[inner].name} {_topic_word(token)}"
        key = f"topic:{label}"
        if key not in self.referents:
            self.referents[key] = Draft(key, label, Kind.TOPIC, {label})
        return key

    def _lessened(self, token: Token) -> list[str]:
        """'lower immigration', 'fewer regulations': a word that asks for less of the noun (`decrease` in
        ontology/cues.tsv) is part of the topic's name, as whoever favours it does not favour the noun."""
        words = self.knowledge.words.get("decrease", ())
        return [t.lower_ for t in token.lefts if t.dep_ == "amod" and t.lower_ in words]

    def act_topic(self, verb: Token) -> str | None:
        """'hope for reducing tensions', 'called for lifting sanctions', 'wants to cut the budget': the act with its
        object is the topic ('reducing tensions', 'cut budget'), not the object, which the act may undo; an act on
        an actor ('punishing Russia') or without an object is none."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if (obj is None or obj.pos_ != "NOUN" or obj.i in self.token_ref or not obj.is_alpha
                or obj.lemma_.lower() in self.knowledge.words.get("generic", ())):
            return None     # 'reducing the number of ...' names no act worth a topic
        modifiers = [t for t in obj.lefts if t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ"}]
        # the modifiers as written, a hyphen kept ('having non-consensual sex')
        # an infinitive by its lemma ('to cut taxes' -> 'cut taxes'), with its particle ('scaling back')
        act = [verb.lower_ if verb.tag_ == "VBG" else verb.lemma_.lower(),
               *(c.lower_ for c in verb.children if c.dep_ == "prt" and c.i < obj.i)]
        start = (modifiers[0] if modifiers else obj).i
        while start >= 2 and self.doc[start - 1].text == "-" and self.doc[start - 2].pos_ in {"NOUN", "ADJ"}:
            start -= 2      # 'its tax-cut bill': the hyphened word whole
        label = " ".join([*act, self.doc[start:obj.i + 1].text.lower()])
        key = f"topic:{label}"
        if key not in self.referents:
            head = self.knowledge.topics.get(obj.lemma_.lower())
            self.referents[key] = Draft(key, label, Kind.TOPIC, {label}, broader=head.label if head else None)
        return key

    def pair(self, token: Token) -> list[str] | None:
        """'the two countries', 'both leaders': the two actors of that sort named last before it, in its
        sentence or the two before (nouns in `pair_country`, `pair_leader` and `pair_titled` of
        ontology/cues.tsv: countries; people with a leader's title; people with any title), else None.
        'The two men' is not read so: on corpus samples the two people named last were often not the pair; it
        is the two the article joined last (joined_pair)."""
        joined = self.joined_pair(token)
        if joined:
            return joined
        if token.tag_ not in {"NNS", "NNPS"}:
            return None
        children = {(c.dep_, c.lower_) for c in token.children}
        if not ({("det", "the"), ("nummod", "two")} <= children or children & {("det", "both"), ("predet", "both")}):
            return None
        words, lemma = self.knowledge.words, token.lemma_.lower()
        sorts = {"pair_country": lambda r: r.country is not None,     # 'Turkish', 'Ankara' name Turkey
                 "pair_leader": lambda r: r.kind is Kind.PERSON and "leader" in r.categories,
                 "pair_titled": lambda r: r.kind is Kind.PERSON and bool(r.categories)}
        accept = next((test for sort, test in sorts.items() if lemma in words.get(sort, ())), None)
        if accept is None:
            return None
        if lemma in words.get("pair_leader", ()):
            # 'the two leaders' are leaders of countries when the article names two ('an exchange between
            # the two leaders' after a think tank's head is quoted: the two presidents)
            statesmen = self._last_two(token, lambda r: accept(r) and any(
                self.referents[s].kind is Kind.COUNTRY for s in r.superiors if s in self.referents))
            if statesmen:
                return statesmen
        return self._last_two(token, accept) or self._last_met(token, accept)

    def joined_pair(self, token: Token) -> list[str] | None:
        """'The two', 'both', 'the pair', 'both men' (`pair_person` in ontology/cues.tsv) as a subject: the two
        people the article joined with 'and' last, in the word's sentence or the one before ('X and Y exchanged
        texts. The two referred to Z as ...', 'texts between X and Y were released. The two ...'; 'X and Y were
        charged. Both men pleaded not guilty'; not 'a meeting between X and Y' two sentences before 'The pair had
        conversations', on corpus samples someone else), else None."""
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        children = {(c.dep_, c.lower_) for c in token.children}
        bare = token.lower_ in {"two", "both"} and token.pos_ in {"NUM", "DET", "PRON"} and (
            token.lower_ == "both" or ("det", "the") in children)
        people = token.lemma_.lower() in self.knowledge.words.get("pair_person", ()) and (
            {("det", "the"), ("nummod", "two")} <= children or children & {("det", "both"), ("predet", "both")}
            or (token.tag_ == "NN" and ("det", "the") in children))      # 'the pair'
        if not (bare or people) or any(c.dep_ in {"prep", "relcl", "acl"} for c in token.children):
            return None     # not 'both of them', 'the two who ...'
        for i in range(token.i - 1, self._sentence_start(token, back=1) - 1, -1):
            first = self.doc[i]
            key = self.token_ref.get(i)
            joined = [c for c in first.children if c.dep_ == "conj"]
            if (key is None or first.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"} or len(joined) != 1
                    or self.referents[key].kind is not Kind.PERSON
                    or any(c.dep_ == "conj" for c in joined[0].children)):
                continue
            other = self.token_ref.get(joined[0].i)
            if other is not None and other != key and self.referents[other].kind is Kind.PERSON:
                return [key, other]
        return None

    def _last_met(self, token: Token, accept: Callable[[Draft], bool]) -> list[str] | None:
        """'In a White House meeting with Prime Minister X, Pence said ...', and paragraphs later 'the two
        officials agreed ...': the two people of that sort in the last sentence before that names a meeting
        or talks (a noun or verb cue of `meets`, `negotiatesWith` or `communicatesWith` in
        ontology/lexicon.tsv) and exactly two of them. Not when the article brought in people by that
        plural before ('two officials said ...'), who may be the ones meant."""
        if any(t.lemma_ == token.lemma_ and any(c.dep_ == "nummod" for c in t.children)
               and not any(c.dep_ == "det" for c in t.children) for t in self.doc[:token.i]):
            return None
        meeting = {"meets", "negotiatesWith", "communicatesWith"}
        cues = {lemma for table in (self.knowledge.verb_cues, self.knowledge.noun_cues)
                for lemma, found in table.items() if any(c.relation in meeting for c in found)}
        sentence = self.sentence_start[token.i]
        while sentence > 0:
            sentence = self.sentence_start[sentence - 1]
            end = next((i for i in range(sentence, len(self.doc)) if self.sentence_start[i] != sentence), len(self.doc))
            if not any(t.lemma_.lower() in cues for t in self.doc[sentence:end]):
                continue
            found: list[str] = []
            for i in range(sentence, end):
                for key in self.at_token.get(i, ()):
                    if accept(self.referents[key]) and key not in found:
                        found.append(key)
            if len(found) == 2:
                return found
        return None

    def _last_two(self, token: Token, accept: Callable[[Draft], bool]) -> list[str] | None:
        found: list[str] = []
        for i in range(token.i - 1, self._sentence_start(token, back=2) - 1, -1):
            for key in self.at_token.get(i, ()):
                referent = self.referents[key]
                if accept(referent):
                    key = self.country_referent(referent.country) if referent.country else key
                    found += [key] if key not in found else []
            if len(found) >= 2:
                return [found[1], found[0]]
        return None

    def description_referent(self, token: Token, quantifier: str = "", *, whole: bool = False) -> str:
        """Someone the article knows only by a description: 'a senior Demir administration official',
        'Italy's prime minister'; a plural description ('Trump's aides') is a group, named with its
        ``quantifier`` ('some') when the phrase leaves it out; with ``whole``, named with what follows the noun
        too ('source familiar with the matter')."""
        name = _phrase(token)
        if token.lemma_.lower() in self.knowledge.sources and not self._title_of(token):
            # an unnamed source is known by what the phrase says of it: 'two sources with knowledge of the
            # process', 'people who have read the drafts' (a short phrase only)
            after = [c for c in token.children if c.i > token.i and c.dep_ in {"amod", "prep", "relcl", "acl"}
                     and token.doc[c.left_edge.i - 1].text != ","]      # not 'critics, including X,
            end = next((t.i for t in token.doc[token.i + 1:token.right_edge.i + 1] if t.text == ","), token.right_edge.i)
            whole = whole or (bool(after) and end - token.i <= 10)
            if not after and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                # 'the source said', 'the first source said': the one described before (the first, if so)
                earlier = [t for t in token.doc[:token.i] if t.lower_ == token.lower_ and any(
                    c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)]
                if earlier:
                    first = any(c.dep_ == "amod" and c.lower_ == "first" for c in token.children)
                    self.resolved[token.i] = self.description_referent(earlier[0] if first else earlier[-1])
                    return self.resolved[token.i]
        if whole:       # 'a source familiar with the matter', named with what follows the noun
            words = [t for t in token.subtree if t.dep_ not in {"det", "punct"} or t.i > token.i]
            # up to a comma, or a finite speech verb the parser hung on it with no subject of its own ('...,
            # two newspapers reported on Saturday'; not 'voters who say ...', 'a group calling for ...')
            comma = next((t.i for t in words if t.i > token.i and (t.text == "," or (
                t.lemma_.lower() in self.knowledge.speech_verbs and t.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
                and t.dep_ != "relcl" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)))), None)
            words = [t for t in words if comma is None or t.i < comma]
            while words and words[-1].is_punct:
                words.pop()
            name = token.doc[words[0].i:words[-1].i + 1].text if words else name
            if words and words[0].is_sent_start and words[0].pos_ != "PROPN" and words[0].ent_type_ not in _NAME_TYPES:
                name = name[:1].lower() + name[1:]      # 'People familiar with the matter said', not 'Republican
            name = " ".join(name.split())
        if quantifier and quantifier not in name.lower().split():
            name = f"{quantifier} {name}"
        found = self._title_of(token)
        if found and found[0].startswith(f"{token.lower_} of ") and not name.lower().endswith(found[0]):
            name += found[0][len(token.lower_):]      # 'the U.S. secretary of state', not 'U.S. secretary'
        owner = self._owner(token, found[1]) if found else None
        if owner and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) \
                and self.referents[owner].kind is Kind.PERSON:
            name = f"{surname_of(self.referents[owner].name)} {name.split()[-1]}"   # 'his spokesman': the Nunes spokesman
        served = (self._served(token, found[1]) if found and token.tag_ in {"NN", "NNS"} and owner is None
                  else None)
        written = None
        if served and served[1] not in name:
            if f" {served[0].lower_} " in f" {name} ":
                served = None   # named with a phrase that the parser read otherwise ('the chairman of the House')
            else:       # 'a spokesperson for the Podesta Group': the Podesta Group spokesperson, as news names one;
                # 'Lawyers for Michael Flynn': the Flynn lawyers
                words = name.split()
                name = " ".join([*words[:-1], served[1], words[-1].lower() if len(words) == 1 else words[-1]])
                written = _written_description(token, served[0])
        key = f"desc:{name.lower()}"
        if key not in self.referents:
            if token.tag_ in {"NNS", "NNPS"}:
                kind = Kind.GROUP
            elif (token.lemma_.lower().split("-")[-1]     # 'the three-judge-panel' is a panel
                  in self.knowledge.organisation_sources | self.knowledge.document_sources):
                kind = Kind.ORGANIZATION
            else:
                kind = Kind.PERSON
            self.referents[key] = Draft(key, name, kind, {name})
        if written and self.referents[key].kind is not Kind.ORGANIZATION:
            self.referents[key].names.add(written)     # how the article wrote it: 'spokesman for the senator'
        if found:
            phrase, title = found
            owner = owner or (served[2] if served else None)
            self.add_title(key, title, phrase, owner)
            personal = title.relation in self.knowledge.words.get("personal_role", ())
            if (owner and owner != key and (self.referents[key].kind is Kind.PERSON or (personal and served))
                    and (key, title, owner) not in {(k, t, o) for k, t, _, _, o in self.owned_titles}):
                # 'a senior Demir administration official' is an official of it, 'a Smith spokesman' speaks
                # for him; a group ('U.S. officials') holds no one office, but people named for whom they
                # work hold a personal role ('lawyers for Michael Flynn' advise him)
                self.owned_titles.append((key, title, phrase, token, owner))
        self.resolved[token.i] = key
        self._remember(token.i, key)
        return key

    # ------------------------------------------------------------------ resolution

    def refer(self, token: Token, *, speaker: str | None = None, actors_only: bool = False,
              speaking: bool = False) -> str | None:
        """The referent key a syntactic argument stands for, or None. A country's body or people act
        as the country, except as the speaker of a statement (``speaking``)."""
        key = self._refer(token, speaker)
        if key is None:
            return None
        if not speaking:
            key = self.referents[key].principal or key     # 'we' in the foreign ministry's quote: the country
        referent = self.referents[key]
        if self._acts_as_country(referent, token):
            key = self.country_referent(referent.country)
            self.referents[key].names.add(referent.name)   # 'Pyongyang' is how the article named it
        if actors_only and self.referents[key].kind not in _ACTOR_KINDS:
            return None
        return key

    def _acts_as_country(self, referent: Draft, token: Token) -> bool:
        """A capital or a people that acts, and is not counted, stands for its country ('Pyongyang has shown no
        interest'; not 'in Pyongyang', nor 'many Iranians')."""
        return (referent.kind in (Kind.PLACE, Kind.GROUP) and bool(referent.country)
                and _acts(token, self.knowledge.words.get("motion", frozenset())) and not self._counted(token))

    def _counted(self, token: Token) -> bool:
        """'millions of Americans', 'more Americans', 'many Iranians': people of a country counted or
        quantified are some of its people (a group), not the country that acts as a state; so are those a
        clause picks out ('Americans living abroad', 'Iranians who voted for X')."""
        if token.tag_ not in {"NNS", "NNPS"}:
            return False
        if any(c.dep_ in {"acl", "relcl"} and c.left_edge.i > token.i and token.doc[c.left_edge.i - 1].text != ","
               for c in token.children):
            return True
        partitive = self.knowledge.words.get("partitive", ())
        if any(c.dep_ in {"amod", "det", "nummod", "quantmod"} and (c.lower_ in partitive or c.lower_ in {"more", "fewer"}
                                                                    or c.like_num) for c in token.children):
            return True
        holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        return holder is not None and (holder.like_num or holder.lemma_.lower() in partitive
                                       or holder.lemma_.lower() in {"million", "thousand", "hundred", "billion"})

    def _counted_before(self, token: Token) -> Token | None:
        """'four unnamed men ... the four men': the first earlier plural of the same noun and number, else None."""
        number = next((c.lower_ for c in token.children if c.dep_ == "nummod"), None)
        if number is None:
            return None
        return next((t for t in token.doc[:token.i] if t.lemma_ == token.lemma_ and t.tag_ == token.tag_
                     and any(c.dep_ == "nummod" and c.lower_ == number for c in t.children)), None)

    def _named_body(self, token: Token) -> str | None:
        """'the Islamic State group', 'Hamas militants', 'the Xinhua news agency': a noun for an organisation or
        its fighters (`body_noun` in ontology/cues.tsv) after the name of an organisation or group is that
        organisation; else None."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.knowledge.words.get("body_noun", ()):
            return None
        modifiers, frontier = [], [token]
        while frontier:     # 'the Taliban insurgent movement': 'Taliban' modifies 'insurgent'
            frontier = [c for t in frontier for c in t.children if c.dep_ == "compound" and c.i < t.i]
            modifiers += frontier
        keys = {self.token_ref[c.i] for c in modifiers if c.i in self.token_ref}
        if len(keys) != 1:
            return None
        key = keys.pop()
        return key if self.referents[key].kind in (Kind.ORGANIZATION, Kind.GROUP) else None

    def _refer(self, token: Token, speaker: str | None) -> str | None:
        if token.i in self.token_ref:
            if token.i in self.resolved and token.tag_ == "NNP":
                return self.resolved[token.i]       # the lede's 'The top Democrat on X', named next
            return self._party_member(token) or self.token_ref[token.i]
        named = self._named_after_title(token)
        if named:
            return named
        if token.i in self.resolved:
            return self.resolved[token.i]
        if token.pos_ == "PRON":
            if token.lower_ in FIRST_PERSON:
                said_by = speaker or self.quote_speaker(token, first_person=True)
                return self._we(said_by) if said_by and token.lower_ in _PLURAL_FIRST else said_by
            return self.antecedent(token)
        for child in token.children:   # 'his father, Kim Jong Il'; not 'Alabama's secretary of state, a Republican'
            if (child.dep_ == "appos" and child.i in self.token_ref
                    and self.knowledge.entity_uses.get(child.text) != "party"):
                return self.token_ref[child.i]
            if child.dep_ == "acl" and child.lower_ in {"named", "called"} and token.pos_ == "NOUN":
                name = next((g for g in child.children if g.dep_ == "oprd" and g.i in self.token_ref), None)
                if name is not None:
                    return self.token_ref[name.i]     # 'a woman named Jane Roe'
        if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.i in self.token_ref:
            return self.token_ref[token.head.i]     # 'X, Trump's former strategist, who backed Y': X
        owned = self._owned_body(token)
        if owned:
            return owned
        named_body = self._named_body(token)
        if named_body:
            return named_body
        lemma = token.lemma_.lower()
        if token.tag_ == "NN" and lemma in self.knowledge.organ_people and self._title_of(token):
            held = self._description(token, unnamed=False)    # 'the U.S. leader' once the article has named him
            if held:
                return self._described(token, held)
        organ = self._organ(token)
        if organ:
            return organ
        if lemma in self.knowledge.words.get("transparent", ()) and not self._party_modified(token):
            # 'the prospect of talks', 'the need for dialogue', 'members of the committee' (not 'Republican
            # members of the Senate', who are not the Senate)
            inner = _of_object(token, ("of", "for"))
            if inner is not None and not _infinitive_subject(inner):
                return self._refer(inner, speaker)
        if lemma in self.knowledge.words.get("superior", ()):
            return self._superior(token)
        if (token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)
                and lemma in self.knowledge.tie_nouns):
            return self.description_referent(token)     # 'Smith's supporters', 'Moore's opponent': people, no topic
        if (token.tag_ == "NNS" and token.pos_ == "NOUN"
                and (lemma in self.knowledge.words.get("group_noun", ())
                     or lemma in self.knowledge.words.get("person_noun", ()))
                and not self._title_of(token)
                and not any(c.dep_ == "poss" for c in token.children)):     # 'its managers': its own
            return self.description_referent(token)     # 'consumer advocates', 'Rohingya militants': a group, no topic
        if (token.tag_ == "NNS" and token.pos_ == "NOUN" and lemma in self.knowledge.words.get("counted_person", ())
                and self._counted(token)
                and not any(c.dep_ == "poss" or c.lower_ in {"both", "all"} for c in token.children)):
            # 'several women', 'the four men who accused X': a group; 'both men' are two the article named
            return self.description_referent(self._counted_before(token) or token)
        if token.tag_ == "NNS" and token.pos_ == "NOUN" and lemma in self.knowledge.words.get("organisation_group", ()):
            partitive = self.knowledge.words.get("partitive", ())
            if (any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in partitive for c in token.lefts)
                    and not any(c.dep_ in {"poss", "nummod"} or c.lower_ in partitive for c in token.children)):
                return self.description_referent(token)     # 'public sector unions', 'Chinese banks': a group, no topic
        topic = self._topic(token)
        if topic:
            return topic
        if token.pos_ == "NOUN" and self._title_of(token):
            return self._described(token, self._description(token))
        if token.pos_ == "NOUN":
            return self._organisation_description(token) or self._described(token, self._person_description(token))
        return None

    def _owned_body(self, token: Token) -> str | None:
        """'his administration', 'her campaign' (`person_body` in ontology/cues.tsv): the body of the person
        the pronoun or name stands for, the one the article names ('Trump administration') or one named after
        their surname ('her campaign' after 'Jane Doe': the Doe campaign)."""
        if token.pos_ != "NOUN" or token.lower_ not in self.knowledge.words.get("person_body", ()):
            return None
        pronoun = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS), None)
        named = next((c for c in token.children if c.dep_ == "poss" and c.i in self.token_ref), None)
        owner = self.antecedent(pronoun) if pronoun is not None else (
            self.token_ref[named.i] if named is not None else None)     # 'Trump's campaign' too
        if owner is None or self.referents[owner].kind is not Kind.PERSON:
            return None
        if token.lower_ in self.knowledge.words.get("incumbent_body", ()) and "leader" not in self.referents[owner].categories:
            return None     # an administration is a leader's: not 'his administration' after a cabinet secretary
        bodies = self.knowledge.words.get("person_body", ())
        kind = next((c.lower_ for c in token.lefts if c.dep_ == "compound" and c.lower_ in bodies), token.lower_)
        return self.person_body(owner, kind)     # 'Trump's election campaign team' is his campaign

    def person_body(self, person: str, noun: str) -> str:
        """The body of a person that a person_body noun names: the one the article names ('Trump
        campaign'), else one named after their surname, as news names it ('the Trump campaign')."""
        surname = surname_of(self.referents[person].name)
        known = next((key for key, r in self.referents.items() if r.kind is Kind.ORGANIZATION
                      and any(n.endswith(f"{surname} {noun}") for n in r.names)), None)
        return known or self.body_referent(f"{surname} {noun}")

    def _party_modified(self, token: Token) -> bool:
        return any(c.dep_ in {"amod", "compound"} and self.knowledge.entity_uses.get(c.text) == "party"
                   for c in token.lefts)

    def _described(self, token: Token, key: str | None) -> str | None:
        """Remember the description a referent was found by, as the article writes it."""
        if key and not key.startswith("desc:"):
            self.referents[key].described.add(_phrase(token))
        return key

    def _party_member(self, token: Token) -> str | None:
        """'A Republican said', 'the committee's ranking Democrat asked': a party's name for one member,
        with a determiner or modifier, is a person, not the party: as the definite subject of its sentence
        ('The 64-year-old Republican said') the person just named, else an unnamed one."""
        counted = next((c for c in token.children if c.dep_ == "nummod" and c.like_num), None)   # '12 Republicans'
        if (counted is not None and token.text.endswith("s") and token.dep_ not in {"compound", "amod"}
                and self.knowledge.entity_uses.get(token.text) == "party"):
            return self.description_referent(token, counted.lower_)   # so many of a party: not the party
        if (token.tag_ != "NNP" or token.dep_ in {"compound", "amod"} or token.text.endswith("s")
                or self.knowledge.entity_uses.get(token.text) != "party"
                or not any(c.dep_ in {"det", "poss", "amod"} for c in token.children)):
            return None
        named = self.token_ref.get(token.head.i) if token.dep_ == "appos" else None
        if named is None and token.dep_ == "appos" and token.head.pos_ == "NOUN":
            named = self._refer(token.head, None)   # 'the state's attorney general, a Democrat': that official
        if named and self.referents[named].kind is Kind.PERSON:
            return self._described(token, named)    # 'Ron DeSantis, the Republican who chairs X': DeSantis
        named = self.party_described(token)
        if named:
            return self._described(token, named)
        return self.description_referent(token)

    def party_described(self, token: Token) -> str | None:
        """The person just named that a party's name for one member stands for as the definite subject of its
        sentence ('The 64-year-old Republican said', 'the Utah Republican told reporters'), if any."""
        if (token.tag_ != "NNP" or token.text.endswith("s") or token.dep_ not in SUBJECT_DEPS
                or token.head.dep_ != "ROOT" or self.knowledge.entity_uses.get(token.text) != "party"
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
            return None
        # a state's name may stand before it ('the Utah Republican'), not another name ('the Trump Republican')
        if any((c.pos_ == "PROPN" or c.ent_type_) and c.ent_type_ != "GPE" for c in token.children):
            return None
        return self._subject_before(token)

    def _named_after_title(self, token: Token) -> str | None:
        """'Senate Democratic whip Jane Doe declared', parsed with the title as a subject of its own:
        a title noun right before a person's name is that person's, not a description; so is a tie noun
        ('ally', 'critic': a holder cue of the lexicon) before any actor's name."""
        key = self.token_ref.get(token.i + 1)
        if token.pos_ != "NOUN" or key is None or self.referents[key].kind not in _ACTOR_KINDS:
            return None
        if token.lemma_.lower() in self.knowledge.tie_nouns:
            return key      # 'Assad ally Hezbollah declared': the ally is Hezbollah
        if self.referents[key].kind is not Kind.PERSON:
            return None
        return key if self._title_of(token) is not None else None

    def organisation_named(self, noun: Token) -> str | None:
        """'committee Chairman X', 'panel chairman X': the organisation that a noun modifying a title names,
        as 'the committee' would (see ``_organisation_description``), with no determiner of its own; only
        when the article names one such organisation (in a story of two committees, 'the committee
        chairman' may chair either)."""
        return self._organisation_description(noun, definite=True, unique=True)

    def _organisation_description(self, token: Token, *, definite: bool = False, unique: bool = False) -> str | None:
        """'the credit union said' after 'Lower East Side People's Federal Credit Union': a definite
        noun that is the head word of an organisation named earlier refers to it (the latest one);
        a plural is several ('ordered the parties to return' after 'the Republican Party'). Before any is
        named, the one organisation of the article that it can be ('Holcomb urged the administration ...',
        the Trump administration named later). In the first sentence, where a news story often describes
        before it names, so is an indefinite one ('A federal credit union has sued ...', then 'the Lower
        East Side People's Federal Credit Union called on ...')."""
        determiners = {"the", "this", "that"} | ({"a", "an"} if self.sentence_start[token.i] == 0 else set())
        if token.tag_ in {"NNS", "NNPS"} or not (definite or any(t.dep_ == "det" and t.lower_ in determiners
                                                                 for t in token.lefts)):
            return None
        if any(t.ent_type_ == "DATE" for t in token.lefts):
            return None     # 'the 2016 campaign' is the race, not the campaign organisation named earlier
        head = token.lemma_.lower().rstrip("s")
        # in a lede's indefinite description, a name before it says whose it is, not what it is called ('a
        # U.S. Senate committee' then 'the Homeland Security Committee'; not 'the House Democratic caucus')
        indefinite = any(t.dep_ == "det" and t.lower_ in {"a", "an"} for t in token.lefts)
        modifiers = [t.lower_ for t in token.lefts if t.dep_ in {"compound", "amod"}
                     and not (indefinite and t.i in self.token_ref)]

        def named(referent: Draft) -> bool:
            return referent.kind is Kind.ORGANIZATION and any(named_by(name) for name in referent.names)

        def named_by(name: str) -> bool:      # by the canonical name or another it goes by ('the bureau': the FBI)
            words = _name_words(name)
            heads = _head_words(name)
            # 'the time' is no 'Washington Times': a name's plural word is not its singular
            plural = {w for w in words if w.endswith("s") and w[:-1] == head} and token.lower_ != head + "s"
            return (((head in heads and not plural) or any(head in self.knowledge.called.get(h, ()) for h in heads))
                    and all(m in words for m in modifiers))

        keys = self.organisations.get(head, ())
        if head in self.knowledge.words.get("generic_called", ()):
            # 'the group': the organisation named last before it, if that one's name fits, and never in a quote
            # ('"The group as a whole agreed ...," Cruz said' is his delegation)
            last = self._latest((k for k, r in self.referents.items() if r.kind is Kind.ORGANIZATION), token.i,
                                lambda r: True)
            return last if last in keys and named(self.referents[last]) and not self.in_marks(token.idx) else None
        if unique:
            fitting = [key for key in keys if key in self.referents and named(self.referents[key])]
            return fitting[0] if len(fitting) == 1 else None
        found = self._latest(keys, token.i, named)
        if found is None:
            later = [key for key in keys if key in self.referents and named(self.referents[key])]
            found = later[0] if len(later) == 1 else None
        return found

    def _person_description(self, token: Token) -> str | None:
        """'the former comedian', 'the billionaire': a definite, unowned, singular person noun that is
        no title, as the subject of its sentence, points back to the person last named as a subject in this
        sentence or the one before. (A new person is brought in with 'a'; a titled description goes by the
        title instead.)"""
        if (token.tag_ != "NN" or token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "ROOT"
                or token.lemma_.lower() not in self.knowledge.words.get("person_noun", ())
                or not any(t.dep_ == "det" and t.lower_ == "the" for t in token.lefts)
                or any(t.dep_ == "poss" or t.pos_ == "PROPN" or t.ent_type_ for t in token.children)):
            return None     # 'the Ohio conservative', 'the Uzbek immigrant' name who by a trait we cannot check
        if any(c.dep_ == "relcl" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
            return None     # '..., says the author of a new book': a phrase that tells who it is brings someone in
        return self._subject_before(token)

    def _subject_before(self, token: Token) -> str | None:
        """The person last named as a subject in this sentence or the one before, outside quote marks
        ('"My view is the president is ...," the Texas Republican told reporters': not the president)."""
        start = self.sentence_start[token.i]
        window = self.sentence_start[start - 1] if start > 0 else start
        subjects, main = [], []     # main: a main clause's subject, before one a clause inside it has ('Moore has
        # refused to admit defeat in the election that saw Jones win. The embattled Republican ...': Moore)
        for i in range(window, token.i):
            people = [key for key in self.at_token.get(i, ()) if self.referents[key].kind is Kind.PERSON]
            word = self.tokens[i]
            if not people or (self.in_marks(word.idx) and word.lower_ not in FIRST_PERSON):   # 'I' is the speaker
                continue
            head = _heads(word)
            if head.dep_ in SUBJECT_DEPS:
                subjects += people
                main += people if head.head.dep_ == "ROOT" else []
        return (main or subjects)[-1] if subjects else None

    def _title_of(self, token: Token) -> tuple[str, Title] | None:
        """The title a noun names: 'prime minister', 'secretary of state', 'diplomat'."""
        titles = self.knowledge.titles
        modifiers = [t.lower_ for t in token.lefts if t.dep_ in {"compound", "amod"} and t.i not in self.token_ref]
        inner = _of_object(token)
        candidates = [" ".join([*modifiers[i:], token.lemma_.lower()]) for i in range(len(modifiers))]
        if inner is not None:
            candidates.insert(0, f"{token.lemma_.lower()} of {inner.lower_}")
        candidates.append(token.lemma_.lower())
        for phrase in candidates:
            if phrase in titles:
                return phrase, titles[phrase]
        return None

    def _owner(self, token: Token, title: Title | None = None) -> str | None:
        """Whose a title is: 'Italy's prime minister', 'the top French diplomat' -> the country; a
        person's for a personal role ('a Smith spokesman', ``title`` given)."""
        personal = title is not None and title.relation in self.knowledge.words.get("personal_role", ())
        # 'the Republican president' holds no office of the party; 'the Democratic leader' does, and
        # 'Republican senators' are a group of the party
        officeless = (title is not None and token.tag_ not in {"NNS", "NNPS"}
                      and title.title not in self.knowledge.words.get("party_office", ()))
        children = list(token.children)
        local = title is not None and title.title.split()[-1] in self.knowledge.words.get("local_title", ())
        bench = title is not None and title.title.split()[-1] in self.knowledge.words.get("bench_title", ())
        if title is not None and title.title.split()[-1] in self.knowledge.words.get("posted", ()):
            # 'Moscow's U.S. ambassador' serves the United States; the possessor is where the post is
            children.sort(key=lambda child: child.dep_ == "poss")
        for child in children:
            if (child.dep_ == "poss" and child.pos_ == "PRON" and personal and child.lower_ not in FIRST_PERSON
                    and title.relation != "relativeOf"):
                # 'his spokesman', 'her lawyers': the person 'his' stands for ('his wife' is often a person the
                # article names, no one of her own)
                person = self.antecedent(child)
                if person and self.referents[person].kind is Kind.PERSON:
                    return person
            if child.dep_ == "poss" and child.pos_ == "PRON" and not personal:
                leader = self.antecedent(child)
                country = (self.led_by(leader, Kind.COUNTRY)
                           if leader and self.referents[leader].kind is Kind.PERSON else None)
                if country:     # 'his own foreign minister', said of a country's leader: that country's
                    return country
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i in self.token_ref:
                referent = self.referents[self.token_ref[child.i]]
                if officeless and self.knowledge.entity_uses.get(child.text) == "party":
                    continue
                if local and referent.kind is Kind.PLACE:
                    return referent.key     # 'London's mayor' is the city's, not Britain's
                if bench and referent.country:
                    continue                # 'a U.S. judge' sits on a court in it, in no office of its government
                if (referent.country and title is not None and title.relation == "memberOf" and title.body
                        and title.body_country == referent.country and token.tag_ == "NN"):
                    # 'the new U.S. senator' sits in the Senate, as 'U.S. Senator X' does, not in the country;
                    # one made only for this answer is no entity unless a role uses it
                    made = len(self.referents)
                    key = self.body_referent(title.body)
                    if len(self.referents) > made:
                        self.asked_bodies.add(key)
                    return key
                if referent.country:
                    return self.country_referent(referent.country)
                if referent.kind is Kind.ORGANIZATION or (personal and referent.kind is Kind.PERSON):
                    return referent.key
        return None

    def _served(self, token: Token, title: Title) -> tuple[Token, str, str] | None:
        """Whom an unnamed holder's title serves, by its 'for', 'at', 'of', 'to' or 'with' phrase ('a spokesman
        for the State Department', 'an official at the Treasury', 'an adviser to Ali Demir'; not the 'to' of a
        posted title: 'an envoy to Syria'): the preposition, the name as news puts it before a title (a person's
        surname: 'a Smith spokesman') and the referent, else None."""
        words = self.knowledge.words
        posted = title.title.split()[-1] in words.get("posted", ())
        personal = title.relation in words.get("personal_role", ())
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "at", "of", "to", "with"} or (posted and prep.lower_ == "to"):
                continue
            for obj in prep.children:
                key = self.refer(obj, speaking=True) if obj.dep_ == "pobj" and obj.pos_ != "PRON" else None
                referent = self.referents[key] if key else None
                if referent and referent.kind in {Kind.ORGANIZATION, Kind.COUNTRY}:
                    return prep, referent.name, key
                if referent and personal and referent.kind is Kind.PERSON:
                    return prep, surname_of(referent.name), key     # 'a spokesman for X Smith': Smith's
        return None

    def led_by(self, key: str, kind: Kind | None = None) -> str | None:
        """What a person leads (the first of ``kind``, if given), when the article has given them a
        leader's title of something; never a person (whose predecessor or adviser they are), nor what they
        are only a member of ('Republican President X' leads no party)."""
        referent = self.referents[key]
        if "leader" not in referent.categories:
            return None
        return next((s for s in referent.led if s in self.referents and self.referents[s].kind is not Kind.PERSON
                     and (kind is None or self.referents[s].kind is kind)), None)

    def _superior(self, token: Token) -> str | None:
        """'his boss' -> whom the possessor's role is of ('Smith, an adviser to the minister'); for an
        officer of a country, the one leader the article gives that country ('the secretary of state's
        boss': the president)."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        key = self._refer(owner, None) if owner is not None else None
        superiors = self.referents[key].superiors if key else []
        if not superiors:
            return None
        superior = self.referents[superiors[-1]]
        if superior.kind is Kind.COUNTRY and self.referents[key].kind is Kind.PERSON:
            leaders = [k for k, r in self.referents.items() if r.kind is Kind.PERSON and superior.country in
                       self._countries_of(r) and any(self._leads(title) for title in r.titles)]
            if len(leaders) == 1 and leaders[0] != key:
                return leaders[0]
        return superior.key

    def _leads(self, title: str) -> bool:
        """Is the title text ('U.S. President', not 'former president') that of a leader?"""
        words = set(title.lower().split())
        return not words & PAST_TITLE and any(
            (found := self.knowledge.titles.get(part)) is not None and found.relation == "leaderOf"
            for part in _last_parts(title.lower()))

    def quote_speaker(self, token: Token, *, first_person: bool = False) -> str | None:
        """Who said the statement a token is in (the innermost), if any. For a first-person word, the
        innermost quote: in reported speech within a quote ('The media claims that I fired X', a tweet)
        'I' is whoever is quoted, not whose claim is reported."""
        held = sorted(self.quote_spans.holding(token.idx))    # positions in self.quotes, shortest first
        if first_person:
            held = [i for i in held if self.quotes[i][3]] or held
        return self.quotes[held[0]][2] if held else None

    def _speaks(self, token: Token) -> bool:
        """Is the name the subject of a speech verb ('Roth said')?"""
        head = _heads(token)
        return head.dep_ == "nsubj" and head.head.lemma_.lower() in self.knowledge.speech_verbs

    def antecedent(self, token: Token, besides: frozenset[str] = frozenset()) -> str | None:
        """The referent of a third-person pronoun: in this sentence (before it) and then the ones
        before, the first actor of a compatible kind that is a subject or a subject's possessor;
        failing that, the most recent compatible actor within three sentences. ``besides``: referents
        the pronoun cannot be (the holder of the office it owns)."""
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            kinds = {Kind.PERSON}
        elif lower in THING_PRONOUNS:
            kinds = {Kind.ORGANIZATION, Kind.COUNTRY}
        else:
            return None
        if lower in _REFLEXIVE_PRONOUNS:     # 'talks between itself, Japan and India': its clause's subject
            return self._binder(token, kinds)
        forward = self._cataphora(token, kinds)
        if forward:
            return forward
        if lower == "it" and self._expletive(token):
            return None     # 'it was unacceptable to politicize X': the clause, no actor
        gender = _pronoun_gender(lower)
        if token.dep_ == "poss" and token.head.dep_ == "conj":     # 'Xi Jinping and his wife': Xi's
            first = self.token_ref.get(token.head.head.i)
            if first and self.referents[first].kind in kinds and self.referents[first].shown_gender in (None, gender):
                return first
        if lower in PERSON_PRONOUNS and self._generic_person_before(token):
            return None     # 'any woman who ... has every right to speak up, even if she is accusing X'
        if kinds == {Kind.ORGANIZATION, Kind.COUNTRY} and (self._thing_named_last(token, kinds)
                                                            or self._thing_said_last(token)):
            return None     # '... the disaster wrought by Hurricane Maria when it struck X': the storm
        window = self._sentence_start(token, back=5)
        in_quote = self.in_marks(token.idx)
        speaking = token.dep_ == "nsubj" and token.head.lemma_.lower() in self.knowledge.speech_verbs
        own_content = _own_complements(token)
        # 'help it defend itself': an 'it' its own reflexive marks as an actor is not its helper
        reflexive = lower == "it" and any(c.lower_ == "itself" for c in token.head.children)
        bound = self._clause_subject(token) if lower in PERSON_PRONOUNS or reflexive else set()
        bound = bound | self._quoting(token) | besides    # in a quote, 'his boss' is not the speaker's: he would say 'my'
        # a capital or a people that acts is its country ('Riyadh has said it wants ...': Saudi Arabia), as refer reads it
        acting = Kind.COUNTRY in kinds
        earlier = [(i, key) for i in range(window, token.i) for key in self.at_token.get(i, ())
                   for key in ((self._acting_country(key, i) if acting and self.referents[key].country
                                and self.referents[key].kind in (Kind.PLACE, Kind.GROUP) else key),)
                   if self.referents[key].kind in kinds
                   and self.referents[key].shown_gender in (None, gender)
                   and self.in_marks(self.doc[i].idx) == in_quote and i not in own_content and key not in bound]
        if not earlier:
            return None
        current = self.sentence_start[token.i]
        sentence_starts = sorted({self.sentence_start[i] for i, _ in earlier}, reverse=True)
        for start in sentence_starts:
            candidates = [(i, key) for i, key in earlier if self.sentence_start[i] == start]
            spoken_for = {self.referents[key].principal for _, key in candidates}   # 'China's ministry said it'
            # 'he said' after '..., Roth said': among subjects, one who spoke before one named in what was said
            ranked = ((_salience(self.doc[i]), speaking and not self._speaks(self.doc[i]), i, key)
                      for i, key in candidates if key not in spoken_for)
            salient = [(i, key) for *_, i, key in sorted((r for r in ranked if r[0] is not None), key=lambda r: r[:3])]
            governing = self._governing_subject(token, {key for _, key in salient},
                                                {key for _, key in candidates}) if start == current else None
            if governing:
                return governing
            if salient:
                return salient[0][1]
            if start == current:
                return candidates[-1][1]
        if lower == "it":
            return None     # no actor as a subject before it: 'working on the article ... Had it been published'
        return earlier[-1][1]

    def _acting_country(self, key: str, i: int) -> str:
        """The country a capital or a people mentioned at token ``i`` acts as, when it is the subject of a verb
        (see refer); else the key itself."""
        referent, token = self.referents[key], self.tokens[i]
        if token.dep_ == "nsubj" and self._acts_as_country(referent, token):
            return self.country_referent(referent.country)
        return key

    def _binder(self, reflexive: Token, kinds: set[Kind]) -> str | None:
        """The referent of a reflexive pronoun: the subject of the nearest clause above it that has one,
        when that is an actor of a compatible kind ('Spain wants a dialogue between itself and France')."""
        for verb in reflexive.ancestors:
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None:
                continue
            if subject.pos_ == "PRON" and subject.lower_ not in _RELATIVE_WORDS:
                key = self.antecedent(subject) if subject.lower_ not in _REFLEXIVE_PRONOUNS else None
            else:
                key = self.refer(subject, actors_only=True)
            return key if key and self.referents[key].kind in kinds else None
        return None

    def _expletive(self, token: Token) -> bool:
        """Does an 'it' stand for the clause after it, no actor: 'it was unacceptable to politicize X',
        'it is clear that ...', 'it would be a mistake to ...' (`extraposing` in ontology/cues.tsv), 'it was
        Powell who ...', 'it has been reported that ...', 'it seems that ...' (`raising`)?"""
        if token.dep_ == "expl":
            return True
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        head, words = token.head, self.knowledge.words
        after = [c for c in head.children if c.i > token.i]
        if token.dep_ == "nsubjpass" or head.lemma_.lower() in words.get("raising", ()):
            return any(c.dep_ == "ccomp" for c in after)
        if head.lemma_.lower() not in {"be", "remain", "become"}:
            return False
        # the complement may come first: 'explained how important it is to combat X'
        for complement in (c for c in head.children if c.i > token.i or c.dep_ == "acomp"):
            if complement.dep_ == "attr" and complement.pos_ == "PROPN":
                if any(c.dep_ == "relcl" for c in complement.children):
                    return True     # 'it was Powell who ...'
            elif complement.dep_ in {"acomp", "attr"} and complement.lemma_.lower() in words.get("extraposing", ()):
                clauses = [*after, *complement.children]
                return any(c.dep_ in {"xcomp", "ccomp", "advcl", "acl", "relcl", "csubj"} and c.i > token.i
                           for c in clauses)
        return False

    def _quoting(self, token: Token) -> set[str]:
        """The speaker of the direct quote (in marks or not) holding a third-person pronoun, if any."""
        held = [i for i in self.quote_spans.holding(token.idx) if self.quotes[i][3]]
        return {self.quotes[min(held)][2]} if held else set()

    def _thing_said_last(self, token: Token) -> bool:
        """Is the last subject or object before an object 'it' in its sentence, outside its own clause's
        subject, a thing no actor stands for ('said the final measure was far from perfect but he would
        support it': the measure; 'The Senate passed the bill, and Smith praised it': the bill)?"""
        if token.dep_ not in {"dobj", "pobj"}:
            return False
        own = token.head if token.dep_ == "dobj" else token.head.head
        # a singular noun ('all the stops for Trump, who has pressed it' is China's 'it', not the stops')
        nouns = [t for t in self.tokens[self.sentence_start[token.i]:token.i]
                 if t.dep_ in SUBJECT_DEPS | {"dobj", "attr"} and t.head.i != own.i
                 and (t.tag_ in {"NN", "NNP"} or t.i in self.token_ref)]
        last = nouns[-1] if nouns else None
        return (last is not None and last.pos_ == "NOUN" and last.i not in self.token_ref
                and self.resolved.get(last.i) is None and not self.names_people(last.lemma_.lower())
                and last.lemma_.lower() not in self.knowledge.organs)

    def _thing_named_last(self, token: Token, kinds: set[Kind]) -> bool:
        """Is the last name before 'it' in its sentence that of an event, a law, a product or a building
        (no actor graphbuild keeps), with no organisation or country named after it?"""
        for i in range(token.i - 1, self.sentence_start[token.i] - 1, -1):
            if any(self.referents[key].kind in kinds for key in self.at_token.get(i, ())):
                return False
            if self.doc[i].ent_type_ in _THING_ENTITIES:
                return True
        return False

    def _generic_person_before(self, token: Token) -> bool:
        """Whether the pronoun's sentence speaks of anyone at all before it: 'any woman', 'a man',
        'someone' (`generic_person` in ontology/cues.tsv with 'any', 'every', 'each', 'a', 'no')."""
        words = self.knowledge.words.get("generic_person", ())
        in_quote = self.in_marks(token.idx)     # not a quote's 'anybody' before '..., he said'
        return any(t.lemma_.lower() in words and self.in_marks(t.idx) == in_quote and (t.pos_ == "PRON" or any(
            c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS for c in t.children))
            for t in self.doc[self.sentence_start[token.i]:token.i])

    def _governing_subject(self, token: Token, keys: set[str], named: set[str] = frozenset()) -> str | None:
        """'A said that B said he would ...': the subject of the nearest clause above the pronoun that is
        one of ``keys`` (B, not the sentence's first subject), the pronoun not inside that subject, and
        within a relative clause, whose 'who' is, for the subject of what it says, the name it is on when
        that is one of ``named`` ('X, who met Y and said he would back the nominee': X; not 'X, who canceled
        a meeting with Y after he posted ...'); an object pronoun is not its own clause's subject ('Spain
        will sue it')."""
        own_clause = token.dep_ not in {"nsubj", "nsubjpass", "poss"}
        said = False        # the pronoun is inside what a verb of the relative clause says
        for verb in token.ancestors:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            if own_clause:
                own_clause = False
                continue
            said = said or (verb.lemma_.lower() in self.knowledge.speech_verbs and any(
                c.dep_ == "ccomp" and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children))
            for child in verb.children:
                key = self.token_ref.get(child.i) if child.dep_ in {"nsubj", "nsubjpass"} else None
                if (child.dep_ == "nsubj" and child.lower_ in {"who", "that"} and verb.dep_ == "relcl" and said
                        and token.dep_ in SUBJECT_DEPS and self.token_ref.get(verb.head.i) in named):
                    return self.token_ref[verb.head.i]
                if key in keys and not child.left_edge.i <= token.i <= child.right_edge.i:
                    return key
            if verb.dep_ == "relcl" and (verb.head.i in self.token_ref or token.dep_ != "nsubj"
                                         or token.head.i != verb.i or not any(
                                             c.dep_ == "dobj" and c.lower_ in {"that", "which"} for c in verb.children)):
                # not past a relative clause ('..., where his brother X'; 'X, who canceled a meeting after he
                # ...'; '..., which he said were ...'), but the subject of one whose object is the thing it is
                # on is the clause's above ('Y announced his retirement amid allegations that he has denied': Y)
                return None
        return None

    def plural_antecedent(self, token: Token) -> list[Token]:
        """'Spain and France said they would ...', 'Smith and Jones met X after he criticized them': the
        names of the last coordination of actors before a plural pronoun, in its sentence or the one
        before; none when another plural comes between ('... met officials who said they'), as a
        plural noun is what 'they' most often means and is not read, unless it names people the
        article names ('the Democratic leaders', see named_holders)."""
        if token.lower_ not in PLURAL_PRONOUNS:
            return []
        in_quote = self.in_marks(token.idx)
        for i in range(token.i - 1, self._sentence_start(token, back=1) - 1, -1):
            word = self.doc[i]
            if word.lower_ in PLURAL_PRONOUNS:
                return self.plural_antecedent(word)
            if word.dep_ == "conj" and word.pos_ in {"PROPN", "NOUN"}:
                first = word
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                names = [self._named_in(n) for n in (first, *first.conjuncts)]
                keys = {self.refer(n, actors_only=True) for n in names}
                owner = _plural_owner(first)
                if (None in keys or len(keys) < 2 or self.in_marks(first.idx) != in_quote
                        or (owner is not None and self._people_word(owner))):
                    # 'Officials for Senators X and Y said they': the officials ('messages between X and
                    # Y ... they joked': X and Y)
                    return []
                return names
            if word.tag_ in {"NNS", "NNPS"}:
                holders = self.named_holders(word)     # 'the Democratic leaders ... them': the ones named
                if holders or self._people_word(word):
                    # 'met Pakistan's leaders and urged them': people who act for a country or a body
                    return holders or ([word] if self._acting_for(word) else [])
                return self._country_as_them(token)    # 'keeps up its provocations ... talk to them'
        return self._country_as_them(token)

    def _acting_for(self, people: Token) -> bool:
        """Do these people stand for a country or an organisation ('Pakistan's leaders', 'Chinese officials')?"""
        doc = people.doc
        if people.ent_iob_ == "I" or (people.i + 1 < len(doc) and doc[people.i + 1].ent_iob_ == "I"):
            return False    # a word inside a longer name: 'the House of Representatives'
        key = self.refer(people, actors_only=True)
        return key is not None and self.referents[key].kind in {Kind.COUNTRY, Kind.ORGANIZATION, Kind.GROUP}

    def _people_word(self, word: Token) -> bool:
        """A plural that may be the people 'they' stands for: a title, a word for people or for their
        bodies, or a name the article gives a group or an organisation."""
        return (self.names_people(word.lemma_.lower()) or word.pos_ == "PROPN"
                or any(self.referents[k].kind is not Kind.TOPIC for k in self.at_token.get(word.i, ())))

    def person_with_surname(self, surname: str) -> str | None:
        """The one person the article names with ``surname`` as the last word of a name ('Graham' of
        'Lindsey Graham'), or None when it names none or several."""
        people = {k for k, r in self.referents.items()
                  if r.kind is Kind.PERSON and any(surname_of(n) == surname for n in r.names)}
        if len(people) > 1:     # 'the Trump campaign' beside Donald Trump and Donald Trump Jr.: the father's
            people = {k for k in people if self.referents[k].name.split()[-1] not in _GENERATION}
        return people.pop() if len(people) == 1 else None

    def names_people(self, lemma: str) -> bool:
        """Is the lemma a word for people: a title, a word for the people of a body, a person noun?"""
        knowledge = self.knowledge
        return (lemma in knowledge.titles or lemma in knowledge.organ_people
                or lemma in knowledge.words.get("person_noun", ()))

    def is_outlet(self, key: str) -> bool:
        """Is the referent a news outlet: a name ontology/entities.tsv lists as media ('CNN'), or an
        organisation whose name ends in a word for one ('the Detroit News', 'WWL-TV')?"""
        referent = self.referents[key]
        if referent.kind is not Kind.ORGANIZATION:
            return False
        uses = self.knowledge.entity_uses
        last = referent.name.split()[-1]
        return (any(uses.get(name) == "media" for name in referent.names)
                or last.split("-")[-1] in self.knowledge.words.get("outlet_word", ()))

    def _country_as_them(self, token: Token) -> list[Token]:
        """'While Spain keeps up its provocations, the minister refuses to talk to them': an object 'them'
        with no people before it is the one country its sentence names before it as a subject, when it
        names no other country, organisation or group there (a person is no 'them'); so is a subject
        'they' in a clause under that subject's verb ('Spain has given no sign that they back the plan':
        its government)."""
        if token.lower_ == "they":
            clause, governing = token.head, None
            for _ in range(4):      # up to the first clause above with a subject of its own
                if clause.head.i == clause.i or clause.dep_ == "relcl":
                    return []
                clause = clause.head
                governing = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
                if governing is not None:
                    break
            if governing is None:
                return []
            key = self.refer(governing, actors_only=True)
            if key is None or self.referents[key].kind is not Kind.COUNTRY:
                return []
            return [governing] if not any(      # no other actor between them
                k != key and self.referents[k].kind in _ACTOR_KINDS
                for i in range(governing.i + 1, token.i) for k in self.at_token.get(i, ())) else []
        if token.lower_ != "them":
            return []
        start = self.sentence_start[token.i]
        named = [(i, key) for i in range(start, token.i) for key in self.at_token.get(i, ())
                 if self.referents[key].kind in _ACTOR_KINDS - {Kind.PERSON}]
        if len({key for _, key in named}) != 1 or self.referents[named[0][1]].kind is not Kind.COUNTRY:
            return []
        i = named[0][0]
        return [self.doc[i]] if _heads(self.doc[i]).dep_ in SUBJECT_DEPS else []

    def named_holders(self, token: Token) -> list[Token]:
        """'Democratic leaders in Congress accepted ...' in an article that names two or more people
        with that party's title ('House Democratic leader X', 'Senate Democratic leader Y'): where those
        people are first named, so that each of them acts; else nothing (the party acts). Also the people
        a counted plural is named as next (counted_names)."""
        if token.tag_ not in {"NNS", "NNPS"}:
            return []
        counted = self.counted_names(token)     # also 'two House Democrats', a party's proper plural
        if counted:
            return counted
        if token.pos_ != "NOUN":
            return []
        found = self._title_of(token)
        owner = self._owner(token, found[1]) if found else None
        if owner is None or not self._party_voice(token, owner):
            return []
        phrase = found[0]
        holders = [k for k in self.titled.get(phrase, ()) if self.referents[k].kind is Kind.PERSON
                   and owner in self.referents[k].superiors and not k.startswith("desc:") and self.mentioned.get(k)]
        if len(holders) < 2:
            return []
        return [self.doc[self.mentioned[k][0]] for k in sorted(holders, key=lambda k: self.mentioned[k][0])]

    def counted_names(self, token: Token, *, trailing: bool = False) -> list[Token]:
        """'two Democratic U.S. senators urged ...', then 'Senators Maria Cantwell and Ron Wyden wrote ...':
        a counted plural of people as a subject is the people the next sentence's subject names, when it names
        that many; so is 'the senators' after them. So too for organisations: 'two U.S. newspapers reported',
        then 'The New York Times and the Washington Post identified ...', then 'the papers said'."""
        lemma = token.lemma_.lower()
        party = token.tag_ == "NNPS" and self.knowledge.entity_uses.get(token.text) == "party"   # 'two House Democrats'
        # 'two U.S. newspapers reported', then 'The New York Times and the Washington Post identified ...',
        # then 'the papers said': a plural of a word for organisations that names have (`called_NOUN`)
        organisations = token.tag_ == "NNS" and f"called_{lemma}" in self.knowledge.words
        if (token.tag_ != "NNS" or not self.names_people(lemma)) and not party and not organisations:
            return []
        key = "called" if organisations else lemma
        if key in self.counted and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and token.i > self.counted[key][-1]:
            return [self.doc[i] for i in self.counted[key]]
        number = next((_NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                       for c in token.children if c.dep_ == "nummod"), None)
        sentence = token.sent
        # (``trailing``: the noun is a trailing source the parser hung elsewhere, '..., two newspapers reported')
        if not number or (token.dep_ not in {"nsubj", "nsubjpass"} and not trailing) or sentence.end >= len(self.doc):
            return []
        named = _main_subject(self.doc[sentence.end].sent)
        names = [named, *named.conjuncts] if named is not None else []
        kind = Kind.ORGANIZATION if organisations else Kind.PERSON
        if len(names) != number or not all(self.token_ref.get(n.i) and self.referents[self.token_ref[n.i]].kind
                                           is kind for n in names):
            return []
        self.counted[key] = [n.i for n in names]
        return names

    def _named_in(self, word: Token) -> Token:
        """The person a title names ('House Democratic leader Nancy Pelosi', parsed with 'leader' or,
        joined to the name before, 'House' as the head), else the word."""
        if word.i in self.token_ref and self.referents[self.token_ref[word.i]].kind is Kind.PERSON:
            return word
        end = min([c.left_edge.i for c in word.children if c.dep_ in {"conj", "cc"}], default=word.right_edge.i + 1)
        i = word.i + 1
        while i < len(self.doc) and (i < end or i - 1 == word.i or self.doc[i - 1].dep_ in {"compound", "amod"}):
            key = self.token_ref.get(i)
            if key and self.referents[key].kind is Kind.PERSON and self.token_ref.get(word.i) != key:
                return self.doc[i] if self._title_of(self.doc[i - 1]) or word.i not in self.token_ref else word
            i += 1
        return word

    def _clause_subject(self, pronoun: Token) -> set[str]:
        """Who an object pronoun cannot be: the subject of its own verb ('Smith accused him', 'aide
        Jane Roe sued her': not Smith, not Roe; that would be 'himself', 'herself')."""
        if pronoun.dep_ in {"dobj", "dative"}:
            verb = pronoun.head
        elif pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep":
            verb = pronoun.head.head
        elif (pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "ccomp" and pronoun.head.tag_ == "VB"
              and not any(c.dep_ == "aux" for c in pronoun.head.children)):
            verb = pronoun.head.head    # 'is bound by law to help it defend itself': whom it helps
        else:
            return set()
        for _ in range(3):      # a verb with no subject of its own has its governing clause's
            if verb.dep_ not in {"conj", "advcl", "xcomp"} or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                break
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb.pos_ in {"VERB", "AUX"} else []
        words = [t for subject in subjects for t in subject.subtree]
        owners = {t.i for c in words if c.dep_ == "poss" for t in c.subtree}     # 'Smith's aide': not Smith
        # a subject pronoun read before, too: 'he believed X, urging her to quit' (her is not he)
        keys = (self.token_ref.get(t.i) or (self.resolved.get(t.i) if t.pos_ == "PRON" else None)
                for t in words if t.i not in owners)
        return {key for key in keys if key is not None and self.referents[key].kind is not Kind.TOPIC}

    def could_be(self, token: Token | None, key: str | None) -> bool:
        """Could a word we could not resolve ('she', 'the official') name ``key``? Not a he or she of
        the other gender than the one shown for ``key``."""
        gender = _pronoun_gender(token.lower_) if token is not None and key is not None else None
        return gender is None or self.referents[key].shown_gender in (None, gender)

    def _cataphora(self, token: Token, kinds: set[Kind]) -> str | None:
        """'After he left ..., Macron said' / 'In his comments, Macron made clear': a pronoun
        in a modifier placed before the main clause refers to that clause's subject."""
        root = token.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i < token.i or subject.pos_ == "PRON":
            return None
        fronted = [c for c in root.lefts if c.dep_ in {"advcl", "prep", "npadvmod"} and c.i < subject.i]
        if not any(c.left_edge.i <= token.i <= c.right_edge.i for c in fronted):
            return None
        key = self.token_ref.get(subject.i)
        return key if key and self.referents[key].kind in kinds else None

    def in_marks(self, offset: int) -> tuple[int, int] | None:
        """The quoted span an offset lies in, if any."""
        index = bisect_right(self.marks, (offset, float("inf"))) - 1
        if index >= 0 and self.marks[index][0] <= offset < self.marks[index][1]:
            return self.marks[index]
        return None

    def _sentence_start(self, token: Token, *, back: int) -> int:
        start = self.sentence_start[token.i]
        for _ in range(back):
            if start == 0:
                break
            start = self.sentence_start[start - 1]
        return start

    def _organ(self, token: Token) -> str | None:
        """'China's foreign ministry', 'Chinese leaders', 'the Pyongyang regime', 'officials of Spain' act as
        the country."""
        if not self._is_organ(token):
            return None
        people = bool({token.lemma_.lower(), token.lower_} & self.knowledge.organ_people)
        owners = [*token.children, *(g for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                                     for g in p.children if g.dep_ == "pobj")]
        named = [self.referents[self.token_ref[child.i]] for child in owners
                 if child.dep_ in {"poss", "compound", "amod", "nmod", "pobj"} and child.i in self.token_ref]
        for referent in named:      # a country first: 'the U.N. missions of Uruguay and Malaysia' are Uruguay's
            if referent.country:
                return self.country_referent(referent.country)
        for referent in named:
            if referent.kind is Kind.ORGANIZATION and not people:
                return referent.key     # 'a Demir administration official' is someone in it, not it
        state = bool({token.lemma_.lower(), token.lower_} & self.knowledge.state_organs)
        for referent in named:      # 'the government of Prime Minister X': the country the article has X lead
            led = self.led_by(referent.key, Kind.COUNTRY) if state and referent.kind is Kind.PERSON else None
            if led:
                return led
        return None

    def _is_organ(self, token: Token) -> bool:
        """'ministry', 'foreign ministry', 'air force': the noun alone or with the common words before it."""
        modifiers = [t.lower_ for t in token.lefts if t.dep_ in {"amod", "compound"} and t.pos_ != "PROPN"]
        phrases = {token.lower_, token.lemma_.lower(),
                   *(" ".join([*modifiers[first:], token.lower_]) for first in range(len(modifiers)))}
        return bool(phrases & self.knowledge.organs) and not any(child.dep_ == "appos" for child in token.children)

    def organ_speaker(self, token: Token) -> str | None:
        """'Japan's foreign ministry said', 'French officials said': a country's body, or its people, speak
        as themselves: an organisation named by the country's adjective ('Japanese Foreign Ministry'),
        or unnamed people of their own. The country is their principal: in relations they still act as
        the country, and what a body says of it is the country's stance (people state no position:
        see extract._spoken_for)."""
        known = self.resolved.get(token.i)
        if known and self.referents[known].principal:
            return known
        if {token.lemma_.lower(), token.lower_} & self.knowledge.state_organs:
            return None
        country = self._organ(token)
        if country is None or self.referents[country].kind is not Kind.COUNTRY:
            return None
        if {token.lemma_.lower(), token.lower_} & self.knowledge.organ_people:
            key = self.description_referent(token)
        else:
            iso3 = self.referents[country].country
            body = " ".join(t.lower_ for t in token.lefts if t.dep_ in {"amod", "compound"} and t.i not in self.token_ref)
            body = " ".join(w[:1].upper() + w[1:] for w in f"{body} {token.lemma_}".split())
            name = f"{self.knowledge.demonyms.get(iso3) or self.referents[country].name} {body}"
            seat = [self.referents[self.token_ref[o.i]] for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                    for o in p.children if o.dep_ == "pobj" and o.i in self.token_ref]
            if seat and seat[0].kind is Kind.PLACE:
                name = f"{name} in {seat[0].name}"     # 'the U.S. embassy in Ankara', not the one in Paris
            else:       # 'the North Korean mission said' after 'the North Korean mission ... in Geneva': that one
                seated = [k for k in self.referents if k.startswith(f"organ:{name.lower()} in ")]
                name = self.referents[seated[0]].name if len(seated) == 1 else name
            key = f"organ:{name.lower()}"
            if key not in self.referents:
                self.referents[key] = Draft(key, name, Kind.ORGANIZATION, {name})
            self.referents[key].names.add(_phrase(token))
            self.resolved[token.i] = key
            self._remember(token.i, key)
        self.referents[key].principal = country
        return key

    def _topic(self, token: Token) -> str | None:
        topics = self.knowledge.topics
        if _hyphen_prefix(token) is not None or self._lessened(token):
            return None     # 're-election' is not the table's 'election', nor 'lower taxes' 'taxes': open_topic names them
        compound = " ".join(t.lemma_.lower() for t in token.lefts if t.dep_ in {"compound", "amod"})
        phrase = f"{compound} {token.lemma_.lower()}".strip()
        if phrase in topics:
            return self.topic_referent(phrase)
        classifiers = self.knowledge.words.get("classifier", ())
        for candidate in (token.lemma_.lower(), token.lower_):
            if candidate in topics:
                if any((t.dep_ == "compound" and t.pos_ == "NOUN") or (t.dep_ == "amod" and t.lower_ in classifiers)
                       for t in token.lefts):
                    return self.open_topic(token)    # 'peace talks', 'free trade': narrower than 'talks', 'trade'
                return self.topic_referent(candidate)
        return None

    def _we(self, speaker: str) -> str:
        """'We have lines of communication to Pyongyang,' said the secretary of state: a country's
        officer speaking as 'we' speaks for the country (the one country whose office the person holds)."""
        referent = self.referents[speaker]
        countries = {k for k in referent.superiors if self.referents[k].kind is Kind.COUNTRY}
        return countries.pop() if referent.kind is Kind.PERSON and len(countries) == 1 else speaker

    def _description(self, token: Token, *, unnamed: bool = True) -> str | None:
        """'the top U.S. diplomat' -> the person the article has given a diplomat's title;
        'the president' -> the person last called president, else last given a leader's title.
        A description with an owner ('Italy's prime minister') only matches a holder of that
        owner's title; when none is known it is an unnamed person of its own (with ``unnamed``)."""
        determiners = {t.lower_ for t in token.lefts if t.dep_ in {"det", "poss"}}
        if determiners & {"a", "an", "another", "some", "any", "every", "each"}:
            return None
        if any(t.lower_ in self.knowledge.words.get("future_holder", ()) for t in token.lefts):
            return None     # 'the next president' is no one the article has named
        phrase, title = self._title_of(token)
        owner = self._owner(token, title)
        if token.tag_ in {"NNS", "NNPS"}:     # 'members', 'the leaders' are several, not one holder
            if owner and self._party_voice(token, owner):
                return owner        # 'Republican lawmakers' act as the party, as 'Chinese officials' act as China
            # 'opposition leaders', 'senior officials': several people known by what the phrase says of them
            described = any(t.dep_ in {"amod", "compound"} and t.is_alpha and t.lower_ not in self.knowledge.words.get(
                "partitive", ()) for t in token.lefts)     # not 'how many lawmakers'
            return self.description_referent(token) if owner or (unnamed and described) else None
        by_title = (self.titled.get(phrase, ()),
                    lambda r: any(t == phrase or t.endswith(" " + phrase) for t in r.titles))
        by_category = (self.categorised.get(title.category, ()), lambda r: title.category in r.categories)
        parties = {self.token_ref[t.i] for t in token.lefts if t.i in self.token_ref
                   and self.knowledge.entity_uses.get(self.referents[self.token_ref[t.i]].name) == "party"}
        # 'the chairman' is no president, though both lead: an office of its own matches only its holders
        ways = (by_title,) if title.title in self.knowledge.words.get("own_office", ()) else (by_title, by_category)
        for holders, matches in ways:
            key = self._latest(holders, token.i, lambda r: matches(r) and (
                owner is None or owner in r.superiors or not r.superiors) and self._of_parties(r, parties))
            if key:
                return key
        past = any(t.lower_ in PAST_TITLE for t in token.lefts)
        if owner and not past:
            # a holder of this owner's title, else one of no known owner ('President Jimmy Carter')
            holders = ([k for k in by_title[0] if owner in self.referents[k].superiors]
                       or [k for k in by_title[0] if not self.referents[k].superiors])
            later = self._first_after(holders, token.i, by_title[1])
            if later:       # 'told Turkey's prime minister ...' before 'Prime Minister Ali Demir': him
                if owner not in self.referents[later].superiors:     # a description is read more than once
                    self.referents[later].superiors.append(owner)
                    self.owned_titles.append((later, title, phrase, token, owner))
                return later
        if not owner and not past and "the" in determiners and len(by_title[0]) == 1:
            # 'The special counsel ... accused X', then 'Special Counsel Robert Mueller's team': the one
            # person the article gives that very title, named later
            later = self._first_after(list(by_title[0]), token.i, by_title[1])
            if later and self._of_parties(self.referents[later], parties):
                return later
        return self.description_referent(token) if owner and unnamed else None

    def _of_parties(self, referent: Draft, parties: set[str]) -> bool:
        """Can a person be of the parties a description names ('the Democratic president': not one
        the article makes a Republican)?"""
        uses = self.knowledge.entity_uses
        held = {k for k in referent.superiors if uses.get(self.referents[k].name) == "party"}
        return not parties or not held or bool(held & parties)

    def _party_voice(self, token: Token, owner: str) -> bool:
        """'Republican lawmakers', 'the Democratic leaders' (`party_voice` in ontology/cues.tsv) speak and act
        as their party; a part of them does not ('several Republican senators', 'two Democratic
        lawmakers', 'other Republican leaders'), nor people of two parties ('Republican and Democratic
        leaders')."""
        words = self.knowledge.words
        if (self.knowledge.entity_uses.get(self.referents[owner].name) != "party"
                or token.lemma_.lower() not in words.get("party_voice", ())):
            return False
        return not any(c.dep_ == "nummod" or c.like_num or c.lower_ in words.get("partitive", ())
                       or any(g.dep_ == "cc" for g in c.children) for c in token.children)

    def _first_after(self, keys: Iterable[str], after: int, accept: Callable[[Draft], bool]) -> str | None:
        """Of ``keys``, the one first referred to after token ``after``, if ``accept`` takes it, and if it
        is the only one of them the article refers to after that token."""
        found = [(next(i for i in self.mentioned[key] if i > after), key) for key in keys
                 if any(i > after for i in self.mentioned.get(key, ()))]
        if len(found) != 1 or not accept(self.referents[found[0][1]]):
            return None
        return found[0][1]


_NUMBERS = {"two": 2, "three": 3, "four": 4}

# a noun in these is a role of another word, not a person of its own ('Smith, the party's chairman')
_PREDICATE_DEPS = {"appos", "compound", "attr", "oprd", "conj", "npadvmod"}


def _compound_tokens(noun: Token) -> list[Token]:
    """A noun before a topic's noun with the nouns before it that modify it ('health' of 'health care') and
    the words hyphens join to it ('common' of 'common-sense')."""
    doc = noun.doc
    glued = {t.i for t in noun.subtree if t.text == "-" and 0 < t.i < noun.i and not t.whitespace_
             and not doc[t.i - 1].whitespace_}      # 'common-sense reforms'
    return [t for t in noun.subtree if t is noun or (t.dep_ == "compound" and t.pos_ == "NOUN" and t.i < noun.i)
            or t.i in glued or t.i + 1 in glued]


def _hyphen_prefix(token: Token) -> Token | None:
    """The word joined to ``token`` by a hyphen the tokenizer split off ('re' of 're-election')."""
    if token.i < 2:
        return None
    prefix, hyphen = token.doc[token.i - 2], token.doc[token.i - 1]
    return prefix if hyphen.text == "-" and not prefix.whitespace_ and not hyphen.whitespace_ else None


def _plural_owner(name: Token) -> Token | None:
    """'Officials for Senators X and Y': the plural noun whose phrase the names belong to, if any."""
    while name.dep_ in {"appos", "compound"} and name.head.i != name.i:
        name = name.head
    return name.head.head if name.dep_ == "pobj" and name.head.head.tag_ in {"NNS", "NNPS"} else None


_GENERIC_DETERMINERS = {"any", "every", "each", "a", "an", "no"}


def _pronoun_gender(word: str) -> str | None:
    """'she' -> 'female', 'his' -> 'male'; None for any other word."""
    if word not in PERSON_PRONOUNS:
        return None
    return "female" if word in FEMALE_PRONOUNS else "male"


def _topic_word(token: Token) -> str:
    """A noun as a topic's name: its lemma ('allegations' -> 'allegation'), unless the lemma is no
    regular singular of it, as spaCy makes 'media' 'medium', 'data' 'datum' and 'politics' 'politic':
    then the word itself."""
    lemma, word = token.lemma_.lower(), token.lower_
    if word.endswith("ics"):
        return word     # 'politics', 'economics': no plural of 'politic'
    return lemma if word.startswith(lemma[:-1]) else word


def _written_description(token: Token, prep: Token) -> str | None:
    """A description as the article wrote it, from its first word after the determiner to the end of
    the phrase that says whom it serves: 'A spokesman for the senator said' -> 'spokesman for the senator'."""
    words = [t for t in token.doc[token.left_edge.i:prep.right_edge.i + 1]
             if t.i > token.i or t.dep_ not in {"det", "predet", "poss", "case", "punct"}]
    while words and words[-1].is_punct:
        words.pop()
    if not words or any(t.text in {",", ";", "("} for t in words):
        return None
    return token.doc[words[0].i:words[-1].i + 1].text


def _head_words(name: str) -> set[str]:
    """The nouns a definite description may name an organisation by: its last word, and the word before
    its first 'of', 'on' or 'for' ('Department of Homeland Security' is 'the department', 'Committee on
    Foreign Investment in the United States' 'the committee'), without a plural 's'."""
    words = _name_words(name)
    heads = {words[-1].rstrip("s")} if words else set()
    first = next((n for n, word in enumerate(words) if n > 0 and word in {"of", "on", "for"}), None)
    if first is not None:
        heads.add(words[first - 1].rstrip("s"))
    return heads


def _name_words(name: str) -> list[str]:
    """'People's Federal Credit Union' -> ['people's', 'federal', 'credit', 'union']."""
    return name.lower().replace("’", "'").split()


def _last_parts(title: str) -> list[str]:
    """'former secretary of state' -> itself, 'secretary of state', 'of state', 'state': the phrases
    ``p`` with ``title == p or title.endswith(" " + p)``."""
    return [title] + [title[n + 1:] for n, char in enumerate(title) if char == " "]


def particle(verb: Token) -> str | None:
    """The particle of a phrasal verb: 'ruled out', and 'pushed back' or 'stepped down', whose particle the
    parser may file as an adverb right after the verb."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)),
                None)


def _main_subject(sentence: Span) -> Token | None:
    """The subject of a sentence's main verb."""
    return next((c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _clause_description(first: Span, named: Token) -> Token | None:
    """A lede whose main clause is about something else may describe its person in an adverbial clause: 'Recruits
    can join as of Jan. 1 after a federal judge denied a request ...', then 'U.S. District Judge X refused ...'. Only
    a description whose head word is also a word of the next subject's title counts."""
    for clause in first.root.children:
        if clause.dep_ == "advcl":
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ == "NN" and _described_alike(subject, named):
                return subject
    return None


def _described_alike(described: Token, named: Token) -> bool:
    """Is the head word of a description also a word of the apposition or the title beside a name ('a senior House
    Democrat' and 'Representative X, the panel's ranking Democrat')?"""
    beside = [t for c in named.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < named.i)
              for t in c.subtree]
    return any(t.lemma_.lower() == described.lemma_.lower() for t in beside)


def _apposition(token: Token) -> Span | None:
    """'his nickname for Orban, the Danube Fox': the proper name set beside the target."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            start = min([child.i] + [c.i for c in child.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
            return token.doc[start:child.i + 1]
    return None


def _is_suffix(words: list[str], of: list[str]) -> bool:
    """['Rocket', 'Man'] is a suffix of ['Little', 'Rocket', 'Man'] (two words at least)."""
    return 2 <= len(words) <= len(of) and [w.lower() for w in of[-len(words):]] == [w.lower() for w in words]


def _own_complements(token: Token) -> set[int]:
    """Token indices inside the clausal complements of a subject's own verb: in '..., it said'
    the pronoun cannot point into what it is saying."""
    if token.dep_ not in SUBJECT_DEPS:
        return set()
    return {t.i for child in token.head.children if child.dep_ == "ccomp" for t in child.subtree}


def _salience(token: Token) -> int | None:
    """How a pronoun after it ranks a word of a subject, first to last: a pronoun as a subject's possessor
    (one the text already carries on: 'his former aide, Jane Roe, sued him' is still about him); a subject,
    or a name set beside it ('Trump's attorney, Ty Cobb, declined'); a named possessor ('Trump's rhetoric
    has ...'). None for any other word."""
    token = _heads(token)
    if (token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS and token.left_edge.i > 0
            and token.doc[token.left_edge.i - 1].text == "," and not any(c.dep_ == "det" for c in token.children)):
        return 1        # set off by a comma; not a description, 'Trump, a Republican, said'
    if token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS:
        return 0 if token.pos_ == "PRON" else 2
    return 1 if token.dep_ in SUBJECT_DEPS else None


_GENERATION = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def surname_of(name: str) -> str:
    """The last word of a person's name that is no generation mark: 'Trump' of 'Donald Trump Jr.'."""
    words = [w.rstrip(",") for w in name.split()]
    while len(words) > 1 and words[-1] in _GENERATION:
        words.pop()
    return words[-1] if words else name


def _phrase(token: Token) -> str:
    """A noun with what precedes it in its phrase, determiners dropped, and an 'of' with a name after it:
    'the top French diplomat' -> 'top French diplomat'; 'Republican members of the Senate'."""
    # not a person the parser joined to it ('Donald Trump and Republican leaders': the leaders; but 'current and
    # former officials', 'House Judiciary and Oversight committees' are one phrase)
    before = [t for t in token.subtree if t.i < token.i]
    cut = max((t.i for t in before if t.dep_ == "cc"
               and any(n.ent_type_ == "PERSON" and n.i < t.i for n in before)), default=-1)
    left = min((t.i for t in token.subtree if cut < t.i <= token.i and t.dep_ not in {"det", "punct"}), default=token.i)
    right = token.i + 1
    of = _of_object(token)
    if of is not None and of.pos_ == "PROPN" and of.i == of.head.i + (2 if of.nbor(-1).lower_ == "the" else 1) \
            and of.head.i == token.i + 1:
        right = of.i + 1
    return " ".join(token.doc[left:right].text.split())


def _heads(token: Token) -> Token:
    """The head word of the name a token starts: 'Doe' for 'Jane' in 'Jane Doe'."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def _infinitive_subject(token: Token) -> bool:
    """Is this object of 'for' the subject of an infinitive right after it? In 'a plan for the United
    States and Russia to build reactors' the two countries are who would build, not what the plan is for."""
    after = token.right_edge.i + 1
    return (token.head.lower_ == "for" and after < len(token.doc) and token.doc[after].tag_ == "TO"
            and token.doc[after].head.pos_ == "VERB")


def _of_object(token: Token, preps: tuple[str, ...] = ("of",)) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ in {"pobj", "pcomp"}:
                    return grandchild
    return None


def _acts(token: Token, motion: frozenset[str]) -> bool:
    """A place name acts when it is a subject, an object, a possessor, or a modifier of an actor noun;
    it is only a location after 'in', 'at' and the like. After 'to' and 'between' it is a location only for a
    word of motion ('flew to Seoul', 'flights between Seoul and Tokyo'); otherwise it is a party ('a letter to
    Seoul', 'ties between Seoul and Tokyo'); after 'from' a party only on a noun that is no motion ('the threat
    from Pyongyang', not 'returned from Beijing' nor 'a flight from Beijing'), after 'over' a party ('leverage
    over Pyongyang')."""
    while token.dep_ in {"compound", "conj", "appos"} and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        preposition = token.head
        if preposition.lower_ in {"to", "between"}:
            return preposition.head.lemma_.lower() not in motion
        if preposition.lower_ == "from":    # 'the threat from Pyongyang', not 'returned from Beijing'
            return preposition.head.pos_ == "NOUN" and preposition.head.lemma_.lower() not in motion
        return preposition.lower_ in {"with", "against", "on", "by", "for", "toward", "towards", "of", "over"}
    return True
