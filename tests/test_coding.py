"""CAMEO event and actor codes, Wikidata links and event dates (graphbuild.coding) and their tables."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

from graphbuild import coding, knowledge
from graphbuild.coding import (
    EventCode, actor_code, cameo_codes, coded_predicates, country_code, event_code, event_date,
    known_group, split_actor_code, wikidata,
)
from graphbuild.errors import GraphbuildError
from graphbuild.knowledge import read_table
from graphbuild.model import Entity, Kind, Polarity
from graphbuild.namespace import GB, ONTOLOGY_IRI

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = Graph().parse(ROOT / "ontology" / "graphbuild.ttl")


def entity(name: str, kind: Kind = Kind.PERSON, *, country: str | None = None, titles: tuple[str, ...] = (),
           names: tuple[str, ...] = ()) -> Entity:
    return Entity(name.replace(" ", "_"), name, kind, frozenset({name, *names}), country=country, titles=titles)


US = entity("United States", Kind.COUNTRY, country="USA")
CHINA = entity("China", Kind.COUNTRY, country="CHN")
UN = entity("United Nations", Kind.ORGANIZATION, names=("UN",))
PENTAGON = entity("Pentagon", Kind.ORGANIZATION)
DEMOCRATS = entity("Democratic Party", Kind.ORGANIZATION)


def relation_properties() -> set[str]:
    families = set(ONTOLOGY.subjects(None, GB.RelationFamily))
    return {str(prop)[len(ONTOLOGY_IRI):] for prop in ONTOLOGY.subjects(RDFS.subPropertyOf, None)
            if ONTOLOGY.value(prop, RDFS.subPropertyOf) in families}


# ---------------------------------------------------------------- the tables


def test_every_relation_property_of_the_ontology_is_decided():
    properties = relation_properties()
    assert {"criticizes", "negotiatesWith", "leaderOf", "relativeOf", "succeeds"} <= properties
    assert properties == coded_predicates()


def test_every_relation_the_lexicon_can_give_has_a_code_but_succession_and_roles():
    used = {row["relation"] for row in read_table("lexicon.tsv")}
    used |= {row["becomes"] for row in read_table("relation_overrides.tsv")} - {"none"}
    assert len(used) > 20
    uncoded = {predicate for predicate in used if event_code(predicate, Polarity.ASSERTED) is None}
    # CAMEO has no event for succeeding someone in office (cameo.tsv says so); joining, heading or advising is a role
    assert uncoded == {"succeeds", "memberOf", "leaderOf", "adviserTo"}


def test_role_properties_and_succession_get_no_code():
    for predicate in ("leaderOf", "memberOf", "spokespersonFor", "adviserTo", "officialOf", "relativeOf", "succeeds"):
        for polarity in Polarity:
            assert event_code(predicate, polarity) is None


def test_every_code_of_the_mapping_exists_with_a_quad_class_and_a_goldstein_score():
    codes = cameo_codes()
    mapped = {row["code"] for row in read_table("cameo.tsv") if row["code"]}
    assert mapped and mapped <= set(codes)
    for code, found in codes.items():
        assert re.match(r"^[0-9]{2,4}$", code)
        assert found.quad_class in (1, 2, 3, 4)
        assert -10 <= found.goldstein <= 10
        assert found.root == code[:2] and found.base == code[:3]
        root = int(found.root)
        assert found.quad_class == (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4), code


def test_goldstein_scores_are_the_codebook_values():
    codes = cameo_codes()
    expected = {"010": 0.0, "036": 4.0, "051": 3.4, "111": -2.0, "125": -5.0, "130": -4.4, "163": -8.0,
                "190": -10.0, "0874": 10.0, "042": 1.9}
    assert {code: codes[code].goldstein for code in expected} == expected
    assert len(codes) == 311    # every code of CAMEO 1.1b3 (20 roots, their base codes and leaves)


def test_every_title_has_an_actor_role_row():
    titles = {row["title"] for row in read_table("titles.tsv")}
    rows = read_table("actor_roles.tsv")
    assert titles == {row["key"] for row in rows if row["match"] == "title"}
    types = {row["code"] for row in rows if row["match"] == "type"}
    assert {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "BUS", "MED", "NGO", "IGO", "COP", "SPY", "EDU", "ELI"} <= types


def test_every_country_of_places_has_a_wikidata_item_and_no_item_is_used_twice():
    countries = {row["iso3"] for row in read_table("places.tsv")}
    rows = read_table("wikidata.tsv")
    by_key = {row["key"]: row["qid"] for row in rows if row["kind"] == "Country"}
    assert set(by_key) == countries and len(countries) == 200     # 197 states and 3 U.S. territories
    qids = [row["qid"] for row in rows]
    assert all(re.match(r"^Q[0-9]+$", qid) for qid in qids)
    assert len(qids) == len(set(qids))
    assert {iso: by_key[iso] for iso in ("USA", "CHN", "PRK", "KOR", "RUS", "JPN", "GBR", "DEU", "FRA")} == {
        "USA": "Q30", "CHN": "Q148", "PRK": "Q423", "KOR": "Q884", "RUS": "Q159", "JPN": "Q17",
        "GBR": "Q145", "DEU": "Q183", "FRA": "Q142"}


@pytest.fixture
def tables(tmp_path, monkeypatch):
    """A copy of ontology/ that a test may break; the coding caches read it, then forget it."""
    copy = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", copy)
    monkeypatch.setattr(knowledge, "ontology_dir", lambda: copy)
    monkeypatch.setattr(coding, "ontology_dir", lambda: copy)
    caches = (coding._codes, coding._rules, coding._actor_tables, coding._wikidata_table, coding._title_match,
              coding._country_in_name, coding._country_prefix)
    for cached in caches:
        cached.cache_clear()
    yield copy
    for cached in caches:
        cached.cache_clear()


def test_a_mapping_to_an_unknown_code_names_the_table_and_the_row(tables):
    path = tables / "cameo.tsv"
    path.write_text(path.read_text().replace("criticizes\tasserted\t\t111", "criticizes\tasserted\t\t999"))
    with pytest.raises(GraphbuildError, match=r"cameo\.tsv: data row \d+: code '999' is not in cameo_codes\.tsv"):
        event_code("criticizes", Polarity.ASSERTED)


def test_a_code_without_leading_zero_is_refused(tables):
    path = tables / "cameo_codes.tsv"
    path.write_text(path.read_text().replace("\n051\t", "\n51\t"))
    with pytest.raises(GraphbuildError, match=r"cameo_codes\.tsv: data row \d+: code '51'"):
        event_code("praises", Polarity.ASSERTED)


def test_a_qid_used_twice_is_refused(tables):
    path = tables / "wikidata.tsv"
    path.write_text(path.read_text().replace("Barack Obama\tPerson\tQ76", "Barack Obama\tPerson\tQ22686"))
    with pytest.raises(GraphbuildError, match=r"Q22686 is also the QID of Donald Trump"):
        wikidata(US)


def test_an_unknown_role_code_is_refused(tables):
    path = tables / "actor_roles.tsv"
    path.write_text(path.read_text().replace("title\tsenator\tLEG", "title\tsenator\tSEN"))
    with pytest.raises(GraphbuildError, match=r"actor_roles\.tsv: data row \d+: 'SEN' is not a type code"):
        actor_code(entity("Bob Corker", titles=("senator",)))


# ---------------------------------------------------------------- event codes


def test_event_code_gives_the_code_its_hierarchy_and_scores():
    expected = EventCode("111", "11", "111", 3, -2.0, "Criticize or denounce")
    assert event_code("criticizes", Polarity.ASSERTED) == expected
    praise = event_code("praises", "asserted")
    assert (praise.code, praise.root, praise.base, praise.quad_class) == ("051", "05", "051", 1)
    assert event_code("sanctions", Polarity.ASSERTED).code == "163"
    assert event_code("attacks", Polarity.ASSERTED).quad_class == 4


def test_the_cue_chooses_a_more_specific_code_in_any_inflection():
    assert event_code("helps", Polarity.ASSERTED, "funded").code == "071"
    assert event_code("helps", Polarity.ASSERTED, "arming").code == "072"
    assert event_code("helps", Polarity.ASSERTED, "aided").code == "070"
    assert event_code("rejects", Polarity.ASSERTED, "vetoed").code == "129"
    assert event_code("rejects", Polarity.ASSERTED, "dismissed").code == "120"
    assert event_code("communicatesWith", Polarity.ASSERTED, "phoned").code == "041"
    assert event_code("sues", Polarity.ASSERTED, "indicted").code == "173"
    assert event_code("supports", Polarity.ASSERTED, "demand").code == "100"
    assert event_code("supports", Polarity.ASSERTED, "pushing").code == "020"
    assert event_code("urges", Polarity.ASSERTED, "pressured").code == "100"
    # a cue that only looks like a lemma's form does not match it
    assert event_code("helps", Polarity.ASSERTED, "army").code == "070"


def test_hedged_readings_are_coded_as_the_event_they_report():
    assert event_code("criticizes", Polarity.HEDGED) == event_code("criticizes", Polarity.ASSERTED)


def test_negated_readings_get_a_code_only_for_a_refusal_cameo_codes():
    assert event_code("negotiatesWith", Polarity.NEGATED).code == "125"
    assert event_code("meets", Polarity.NEGATED).code == "125"
    assert event_code("agreesWith", Polarity.NEGATED).code == "110"
    assert event_code("criticizes", Polarity.NEGATED) is None
    assert event_code("attacks", Polarity.NEGATED) is None


def test_an_unknown_predicate_has_no_code():
    assert event_code("admires", Polarity.ASSERTED) is None


# ---------------------------------------------------------------- actor codes


def test_a_country_is_its_iso_code():
    assert actor_code(CHINA) == "CHN" and country_code(CHINA) == "CHN"
    assert actor_code(entity("Nowhere", Kind.COUNTRY)) is None


def test_a_person_is_the_country_and_role_of_their_title():
    tillerson = entity("Rex Tillerson", titles=("secretary of state",))
    assert actor_code(tillerson, [("secretary of state", US)]) == "USAGOV"
    assert country_code(tillerson, [("secretary of state", US)]) == "USA"
    assert actor_code(entity("Jim Mattis"), [("general", US)]) == "USAMIL"
    assert actor_code(entity("A Judge"), [("judge", CHINA)]) == "CHNJUD"


def test_without_a_country_a_title_gives_its_role_alone():
    senator = entity("Bob Corker", titles=("senator",))
    assert actor_code(senator) == "LEG" and country_code(senator) is None
    assert actor_code(entity("Rex Tillerson", titles=("deputy secretary of state",))) == "GOV"


def test_a_title_may_name_the_country():
    kim = entity("Kim Jong Un", titles=("North Korean leader",))
    assert actor_code(kim) == "PRKGOV" and country_code(kim) == "PRK"


def test_a_generic_title_takes_the_role_of_what_it_is_the_title_of():
    spokeswoman = entity("Dana White")
    assert actor_code(spokeswoman, [("spokeswoman", US)]) == "USAGOV"
    assert actor_code(spokeswoman, [("spokeswoman", PENTAGON)]) == "USAMIL"
    assert actor_code(spokeswoman, [("spokeswoman", None)]) is None
    assert actor_code(entity("Tom Perez"), [("leader", DEMOCRATS)]) is None


def test_officials_of_a_known_group_share_its_code():
    guterres = entity("Antonio Guterres")
    assert actor_code(guterres, [("secretary general", UN)]) == "IGOUNO"
    assert country_code(guterres, [("secretary general", UN)]) is None
    assert known_group(guterres, [("secretary general", UN)]) == "UNO"


def test_the_most_specific_role_wins_whatever_the_order():
    roles = [("senator", None), ("secretary of state", US)]
    person = entity("Someone")
    assert actor_code(person, roles) == actor_code(person, roles[::-1]) == "USAGOV"


def test_organisations_are_coded_by_name_by_name_word_and_by_the_country_they_name():
    assert actor_code(UN) == "IGOUNO" and known_group(UN) == "UNO"
    assert actor_code(entity("NATO", Kind.ORGANIZATION)) == "IGOWSTNAT"
    assert actor_code(entity("EU", Kind.ORGANIZATION)) == "IGOEUREEC"
    assert actor_code(entity("White House", Kind.ORGANIZATION)) == "USAGOV"
    assert actor_code(entity("U.S. State Department", Kind.ORGANIZATION)) == "USAGOV"
    assert actor_code(entity("South Korean Defense Ministry", Kind.ORGANIZATION)) == "KORGOV"
    assert actor_code(entity("Supreme Court", Kind.ORGANIZATION)) == "JUD"
    assert actor_code(entity("Acme Corp", Kind.ORGANIZATION)) == "BUS"
    assert actor_code(DEMOCRATS) is None
    assert actor_code(entity("Washington Post", Kind.ORGANIZATION)) is None   # a capital names no country


def test_a_group_named_by_a_demonym_is_its_country():
    assert actor_code(entity("Iraqis", Kind.GROUP)) == "IRQ"
    assert actor_code(entity("militias", Kind.GROUP)) is None


def test_topics_and_unknown_people_have_no_actor_code():
    assert actor_code(entity("dialogue", Kind.TOPIC)) is None
    assert actor_code(entity("John Doe")) is None


def test_split_actor_code_gives_gdelts_columns():
    assert split_actor_code("USAGOV", "USA") == ("USA", None, ("GOV",))
    assert split_actor_code("USAGOV") == ("USA", None, ("GOV",))
    assert split_actor_code("LEG") == (None, None, ("LEG",))
    assert split_actor_code("CHN") == ("CHN", None, ())
    assert split_actor_code("IGOWSTNAT") == (None, "NAT", ("IGO",))
    assert split_actor_code("IGOUNO") == (None, "UNO", ("IGO",))


# ---------------------------------------------------------------- Wikidata


def test_wikidata_links_countries_by_iso_code_and_others_by_name_and_kind():
    assert wikidata(US) == "http://www.wikidata.org/entity/Q30"
    assert wikidata(entity("North Korea", Kind.COUNTRY, country="PRK")) == "http://www.wikidata.org/entity/Q423"
    assert wikidata(entity("Donald Trump")) == "http://www.wikidata.org/entity/Q22686"
    assert wikidata(entity("Kim Jong-un")) == "http://www.wikidata.org/entity/Q56226"
    assert wikidata(entity("FBI", Kind.ORGANIZATION)) == "http://www.wikidata.org/entity/Q8333"
    assert wikidata(UN) == "http://www.wikidata.org/entity/Q1065"


def test_wikidata_needs_the_right_kind_and_the_canonical_name():
    assert wikidata(entity("Donald Trump", Kind.ORGANIZATION)) is None
    assert wikidata(entity("Trump")) is None
    assert wikidata(entity("Congress", Kind.ORGANIZATION)) is None    # too ambiguous to link
    assert wikidata(entity("dialogue", Kind.TOPIC)) is None


# ---------------------------------------------------------------- event dates


@pytest.mark.parametrize(("sentence", "article", "expected"), [
    ("Trump said on Sunday that Tillerson was wasting his time.", "2017-10-04", "2017-10-01"),
    ("Trump said on Sunday that Tillerson was wasting his time.", "2017-10-01", "2017-10-01"),  # a Sunday
    ("Trump said last Sunday that he would go.", "2017-10-01", "2017-09-24"),
    ("Last month, North Korea tested a missile.", "2017-10-04", "2017-09-01"),
    ("The talks collapsed yesterday, officials said.", "2017-10-04", "2017-10-03"),
    ("He met Kim on Oct. 3 in Pyongyang.", "2017-10-10", "2017-10-03"),
    ("He will meet Kim on Oct. 3 in Pyongyang.", "2017-10-01", "2017-10-03"),     # upcoming, not last year
    ("On 3 October the ministry said it would respond.", "2017-10-10", "2017-10-03"),
    ("In March, the House passed the bill.", "2017-10-04", "2017-03-01"),
    ("The summit, held on Sept. 21, 2016, ended.", "2017-10-04", "2016-09-21"),
    ("North Korea fired a missile over Japan on Friday morning.", "2017-10-04", "2017-09-29"),
    ("He left two days ago.", "2017-10-04", "2017-10-02"),
    ("The vote took place on 2017-09-03 in Seoul.", "2017-10-04", "2017-09-03"),
])
def test_event_date_resolves_the_day_the_sentence_names(sentence, article, expected):
    assert event_date(sentence, article) == expected


@pytest.mark.parametrize("sentence", [
    "Tillerson may resign, according to sources.",
    "The troops will march to the border now.",
    "May said Britain would leave the union.",
    "It was the second test in 24 hours.",
    "He spoke for 10 minutes about the 28,500 troops.",
    "The Security Council voted 15-0 on the resolution.",
    "Pence visited Seoul this year.",
    "It was the bloodiest attack since Sept. 11.",           # dates that bound a period date no event
    "The program will be extended through March.",
    "Congress must act by Friday, the leader said.",
])
def test_words_that_name_no_day_leave_the_article_date(sentence):
    assert event_date(sentence, "2017-10-04") == "2017-10-04"


def test_without_an_article_date_only_full_dates_count():
    assert event_date("The summit, held on Sept. 21, 2017, ended.", None) == "2017-09-21"
    assert event_date("The summit ended on Sunday.", None) is None
    assert event_date("The summit ended on Sept. 21.", None) is None
    assert event_date("No date here.", None) is None
    assert event_date("No date here.", "not a date") is None


@pytest.mark.parametrize(("expression", "kind"), [
    ("on Sunday", "weekday"), ("last Friday", "weekday"), ("next Monday", "weekday"), ("Tuesday night", "weekday"),
    ("yesterday", "relative_day"), ("tomorrow", "relative_day"), ("two weeks ago", "ago"), ("3 days ago", "ago"),
    ("last week", "period"), ("next week", "period"), ("past week", "period"),
    ("last month", "period"), ("this month", "period"), ("next month", "period"),
    ("in March", "month"), ("late December", "month"), ("November 2016", "month"),
    ("Oct 3", "dated"), ("3 of October", "dated"),
])
def test_a_date_read_once_per_weekday_or_month_is_dateparsers_own_reading(expression, kind):
    for days in range(0, 800, 37):      # bases over two years, a leap day, every weekday and month
        base = dt.date(2016, 2, 29) + dt.timedelta(days=days)
        assert coding._read(expression, kind, base) == coding._resolve(expression, base), base


def test_a_weekday_is_read_by_dateparser_once_per_weekday():
    coding._resolve.cache_clear()
    days = [coding._read("on Thursday", "weekday", dt.date(2017, 10, 1) + dt.timedelta(days=d)) for d in range(21)]
    assert coding._resolve.cache_info().misses == 7
    # a Wednesday's, a Friday's and the next Friday's Thursday
    assert (days[3], days[5], days[12]) == (dt.date(2017, 9, 28), dt.date(2017, 10, 5), dt.date(2017, 10, 12))


def test_event_dates_are_cached_per_sentence_and_date():
    coding._event_date.cache_clear()
    event_date("China said on Tuesday it supported dialogue.", "2017-10-04")
    event_date("China said on Tuesday it supported dialogue.", "2017-10-04")
    event_date("China said on Tuesday it supported dialogue.", "2017-10-11")
    info = coding._event_date.cache_info()
    assert (info.hits, info.misses) == (1, 2)
    assert event_date("China said on Tuesday it supported dialogue.", "2017-10-11") == "2017-10-10"
