"""Cross-article resolution on hand-made records (no spaCy)."""

from __future__ import annotations

from graphbuild.model import Article, Extraction, Kind, Origin, Referent, TextMap
from graphbuild.names import name_key, slug
from graphbuild.resolve import resolve


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
