"""Cross-article resolution on hand-made records (no spaCy)."""

from __future__ import annotations

import pytest

from graphbuild.model import Article, Evidence, Extraction, Kind, Origin, Referent, Relation, Role, TextMap
from graphbuild.names import name_key, slug
from graphbuild.resolve import complete_roles, resolve


def extraction(article_id: str, *referents: Referent) -> Extraction:
    article = Article(article_id, "", "", TextMap(), Origin(f"{article_id}.txt"))
    return Extraction(article, referents)


def person(key: str, name: str, *others: str) -> Referent:
    return Referent(key, name, Kind.PERSON, frozenset({name, *others}))


def entity_of(resolution, article: str, key: str):
    entity_id = resolution.members[(article, key)]
    return next(e for e in resolution.entities if e.id == entity_id)


def test_name_key_and_slug():
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un") == "kim jong un"
    assert name_key("U.S.") == "us"
    assert slug("Kim Jong-un") == "Kim_Jong_un"
    assert slug("Zürich <script>") == "Zurich_script"
    assert slug("北京") == "entity"


def test_spelling_variants_of_one_person_are_one_entity():
    resolution = resolve([extraction("a", person("r1", "Kim Jong Un", "Kim")),
                          extraction("b", person("r1", "Kim Jong-un"))])
    assert entity_of(resolution, "a", "r1") == entity_of(resolution, "b", "r1")
    assert {"Kim Jong Un", "Kim Jong-un", "Kim"} <= entity_of(resolution, "a", "r1").names


def test_father_and_son_are_never_merged():
    resolution = resolve([extraction("a", person("r1", "Kim Jong Un"), person("r2", "Kim Jong Il"))])
    assert entity_of(resolution, "a", "r1") != entity_of(resolution, "a", "r2")


def test_countries_resolve_by_code():
    usa = lambda key, name: Referent(key, name, Kind.COUNTRY, frozenset({name}), "USA")  # noqa: E731
    resolution = resolve([extraction("a", usa("r1", "United States")), extraction("b", usa("r9", "United States"))])
    assert len(resolution.entities) == 1 and resolution.entities[0].id == "United_States"


def test_a_surname_joins_the_only_full_name_that_fits_and_no_other():
    unique = resolve([extraction("a", person("r1", "Bill Clinton")), extraction("b", person("r1", "Clinton"))])
    assert entity_of(unique, "a", "r1") == entity_of(unique, "b", "r1")
    ambiguous = resolve([extraction("a", person("r1", "Bill Clinton")), extraction("b", person("r1", "Hillary Clinton")),
                         extraction("c", person("r1", "Clinton"))])
    assert len({entity_of(ambiguous, x, "r1").id for x in "abc"}) == 3


def test_a_lone_first_word_joins_a_full_name_only_where_an_article_calls_that_person_so():
    # family name first: an article calls him 'Xi'
    family_first = resolve([extraction("a", person("r1", "Xi Jinping", "Xi")), extraction("b", person("r1", "Xi"))])
    assert entity_of(family_first, "a", "r1") == entity_of(family_first, "b", "r1")
    # a given name: his article calls him by his surname, so another article's lone 'Ali' is someone else
    given = resolve([extraction("a", person("r1", "Ali Demir", "Demir")), extraction("b", person("r1", "Ali"))])
    assert entity_of(given, "a", "r1") != entity_of(given, "b", "r1")


def test_unnamed_people_stay_in_their_article():
    official = Referent("desc:a senior official", "senior official", Kind.PERSON, frozenset({"senior official"}),
                        anonymous=True)
    resolution = resolve([extraction("a", official), extraction("b", official)])
    assert entity_of(resolution, "a", official.key) != entity_of(resolution, "b", official.key)


def test_kinds_are_voted_and_full_person_names_win():
    as_org = Referent("r1", "Donald Trump", Kind.ORGANIZATION, frozenset({"Donald Trump"}))
    resolution = resolve([extraction("a", as_org), extraction("b", as_org), extraction("c", person("r1", "Donald Trump"))])
    assert entity_of(resolution, "a", "r1").kind is Kind.PERSON


def test_ids_are_unique_and_do_not_depend_on_input_order():
    place = Referent("r2", "Washington", Kind.PLACE, frozenset({"Washington"}))
    first = resolve([extraction("a", person("r1", "Washington")), extraction("b", place)])
    second = resolve([extraction("b", place), extraction("a", person("r1", "Washington"))])
    assert first.entities == second.entities
    assert len({e.id for e in first.entities}) == 2


def test_topics_link_to_a_broader_topic_node():
    talks = Referent("topic:talks", "talks", Kind.TOPIC, frozenset({"talks"}), broader="diplomacy")
    resolution = resolve([extraction("a", talks)])
    topic = entity_of(resolution, "a", "topic:talks")
    broader = next(e for e in resolution.entities if e.id == topic.broader)
    assert broader.name == "diplomacy" and broader.kind is Kind.TOPIC


# ------------------------------------------------------------------ titles without an owner

def _titled(article_id: str, title: str, owner: str, *, owned: bool = False, named: bool = True,
            owner_kind: Kind = Kind.COUNTRY) -> Extraction:
    """An article that calls Ali Demir ``title``: of ``owner`` when ``owned``; it names ``owner``
    (as the owner or elsewhere) when ``named``."""
    evidence = Evidence(f"{title.capitalize()} Ali Demir spoke.", 0, 20)
    referents = (person("p", "Ali Demir"),)
    if named:
        code = owner[:3].upper() if owner_kind is Kind.COUNTRY else None
        referents += (Referent("o", owner, owner_kind, frozenset({owner}), code),)
    article = Article(article_id, "", "", TextMap(), Origin(f"{article_id}.txt"), date="2017-10-02")
    role = Role("p", title, evidence, "o" if owned else None)
    relations = (Relation("p", "leaderOf", "o", evidence, title, "role:title"),) if owned else ()
    return Extraction(article, referents, relations, (), (role,))


def _borrowed(extractions: list[Extraction]) -> list[tuple[str, str, str, str]]:
    resolution = resolve(extractions)
    completed = complete_roles(extractions, resolution)
    return [(e.article.id, r.predicate, resolution.members[(e.article.id, r.object)], r.rule)
            for e in completed for r in e.relations if r.rule == "role:title+build"]


def test_a_title_without_an_owner_takes_the_owner_other_articles_give_it():
    found = _borrowed([_titled("owned", "president", "Spain", owned=True), _titled("bare", "president", "Spain")])
    assert found == [("bare", "leaderOf", "Spain", "role:title+build")]


@pytest.mark.parametrize("bare", [
    _titled("bare", "president", "Spain", named=False),           # the article does not name Spain
    _titled("bare", "former president", "Spain"),                 # a title no longer held is another title
    _titled("bare", "prime minister", "Spain"),                   # another title
])
def test_a_borrowed_owner_needs_the_same_title_and_the_owner_named_here(bare):
    assert _borrowed([_titled("owned", "president", "Spain", owned=True), bare]) == []


def test_a_former_title_borrows_the_owner_of_the_same_former_title_and_stays_former():
    extractions = [_titled("owned", "former president", "Spain", owned=True), _titled("bare", "former president", "Spain")]
    resolution = resolve(extractions)
    completed = complete_roles(extractions, resolution)
    assert [(r.predicate, r.former) for r in completed[1].relations] == [("leaderOf", True)]


def test_a_borrowed_owner_must_be_most_articles_owner_and_no_person():
    split = [_titled("owned1", "president", "Spain", owned=True), _titled("owned2", "president", "France", owned=True),
             _titled("bare", "president", "Spain")]
    assert _borrowed(split) == []
    person_owned = [_titled("owned", "adviser", "Maria Lopez", owned=True, owner_kind=Kind.PERSON),
                    _titled("bare", "adviser", "Maria Lopez", owner_kind=Kind.PERSON)]
    assert _borrowed(person_owned) == []


def test_a_first_name_and_its_familiar_form_are_one_person_across_articles():
    resolution = resolve([extraction("a", person("r1", "Jim Mattis")), extraction("b", person("r1", "James Mattis")),
                          extraction("c", person("r1", "Bill Nelson")), extraction("d", person("r1", "William Nelson"))])
    assert entity_of(resolution, "a", "r1") == entity_of(resolution, "b", "r1")
    assert entity_of(resolution, "c", "r1") == entity_of(resolution, "d", "r1")


@pytest.mark.parametrize("names", [
    ("Jim Mattis", "Mary Mattis"),                      # no familiar form of each other
    ("Jim Mattis", "James Mattis", "Jimmy Mattis"),     # three people of one surname: none guessed
])
def test_other_first_names_of_one_surname_stay_apart(names):
    resolution = resolve([extraction(f"a{i}", person("r1", name)) for i, name in enumerate(names)])
    assert len({entity_of(resolution, f"a{i}", "r1").id for i in range(len(names))}) == len(names)


def test_a_company_named_with_and_without_its_suffixes_is_one_organisation():
    def company(name: str) -> Referent:
        return Referent("r1", name, Kind.ORGANIZATION, frozenset({name}))

    resolution = resolve([extraction("a", company("Goldman Sachs Group Inc")), extraction("b", company("Goldman Sachs")),
                          extraction("c", company("Boeing Co")), extraction("d", company("Boeing")),
                          extraction("g", company("Sinclair Broadcast Group Inc")),
                          extraction("h", company("Sinclair Broadcast Group")),
                          extraction("e", company("Podesta Group")), extraction("f", person("r1", "Podesta"))])
    assert entity_of(resolution, "a", "r1") == entity_of(resolution, "b", "r1")
    assert entity_of(resolution, "c", "r1") == entity_of(resolution, "d", "r1")
    assert entity_of(resolution, "g", "r1") == entity_of(resolution, "h", "r1")     # one suffix of two left out
    assert entity_of(resolution, "e", "r1") != entity_of(resolution, "f", "r1")


def test_a_body_named_either_way_round_is_one_organisation():
    def body(name: str, kind: Kind = Kind.ORGANIZATION) -> Referent:
        return Referent("r1", name, kind, frozenset({name}))

    resolution = resolve([extraction("a", body("Department of the Interior")), extraction("b", body("Interior Department")),
                          extraction("c", body("Department of Energy")), extraction("d", body("Energy Department")),
                          extraction("e", body("House of Representatives Ethics Committee")),
                          extraction("f", body("House Ethics Committee")),
                          extraction("g", body("Ministry of Defence")), extraction("h", body("Defence Ministry")),
                          extraction("i", body("Department of Labor")), extraction("j", body("Labor Department", Kind.PERSON)),
                          extraction("k", body("Senate Ethics Committee"))])
    for one, other in ("ab", "cd", "ef", "gh"):
        assert entity_of(resolution, one, "r1") == entity_of(resolution, other, "r1")
    # only organisations; and another chamber's committee is another committee
    assert entity_of(resolution, "i", "r1") != entity_of(resolution, "j", "r1")
    assert entity_of(resolution, "k", "r1") != entity_of(resolution, "f", "r1")
