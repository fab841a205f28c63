"""Extractors on sentences written for these tests (not taken from the seeds): each rule is general."""

from __future__ import annotations

import pytest

from graphbuild.model import Kind, Polarity


def relations(extraction) -> set[tuple[str, str, str, str]]:
    names = {r.key: r.name for r in extraction.referents}
    return {(names[r.subject], r.predicate, names[r.object], r.polarity.value) for r in extraction.relations}


def facts(extraction) -> set[tuple[str, str, str]]:
    """Relations the article asserts: neither negated nor someone else's claim."""
    names = {r.key: r.name for r in extraction.referents}
    return {(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations
            if r.polarity is not Polarity.NEGATED and not extraction.is_reported(r)}


def said(extraction) -> list[tuple[str | None, str, bool]]:
    names = {r.key: r.name for r in extraction.referents}
    return [(names.get(s.speaker), s.text, s.direct) for s in extraction.statements]


# ------------------------------------------------------------------ relations

@pytest.mark.parametrize("text, expected", [
    ("German Chancellor Angela Merkel criticized Russia on Tuesday.", ("Angela Merkel", "criticizes", "Russia")),
    ("India supports dialogue.", ("India", "supports", "dialogue")),
    ("Japan imposed new sanctions on North Korea.", ("Japan", "sanctions", "North Korea")),
    ("Former President Barack Obama visited Kenya.", ("Barack Obama", "visits", "Kenya")),
    ("Angela Merkel held talks with Emmanuel Macron in Berlin.", ("Angela Merkel", "negotiatesWith", "Emmanuel Macron")),
    ("Senator John Smith was criticized by Mary Jones.", ("Mary Jones", "criticizes", "John Smith")),
    ("Governor Jose Garcia has maligned Senator Maria Lopez for months.", ("Jose Garcia", "criticizes", "Maria Lopez")),
    # an agency's commissioner or administrator
    ("Jose Garcia, the Food and Drug Administration commissioner, praised the plan.",
     ("Jose Garcia", "officialOf", "Food and Drug Administration")),
    ("EPA Administrator Jose Garcia praised the plan.", ("Jose Garcia", "officialOf", "EPA")),
    # 'chief' heads what names it, as news writes it; a chief justice heads the court
    ("CIA chief Maria Lopez said the threat was real.", ("Maria Lopez", "leaderOf", "CIA")),
    ("Ali Demir, the Texas Supreme Court chief justice, ruled on Monday.",
     ("Ali Demir", "leaderOf", "Texas Supreme Court")),
    # a description's title narrowed by a common noun before it holds an office, as a name's does
    ("The Pentagon's acquisition chief said on Monday she wanted changes.",
     ("Pentagon's acquisition chief", "officialOf", "Pentagon")),
])
def test_relation_patterns(read, text, expected):
    assert expected in facts(read(text))


def test_coordination_gives_one_relation_per_actor(read):
    found = facts(read("Britain and France condemned Russia."))
    assert {("Britain", "criticizes", "Russia"), ("France", "criticizes", "Russia")} <= found


def test_relative_clause_points_to_the_noun_it_modifies(read):
    found = facts(read("Barack Obama, who had met Vladimir Putin in Moscow, warned Iran."))
    assert ("Barack Obama", "meets", "Vladimir Putin") in found
    assert ("Barack Obama", "warns", "Iran") in found


def test_negation_is_recorded_not_dropped(read):
    extraction = read("Germany did not support the plan.")
    assert ("Germany", "supports", "plan", "negated") in relations(extraction)
    assert not facts(extraction)


@pytest.mark.parametrize("text, expected", [
    ("Conservatives have stopped short of calling on Ali Demir to resign.",
     ("Conservatives", "urges", "Ali Demir", "negated")),
    ("Spain stopped short of imposing sanctions on France.", ("Spain", "sanctions", "France", "negated")),
    ("Maria Lopez fell short of endorsing Ali Demir.", ("Maria Lopez", "supports", "Ali Demir", "negated")),
    ("Maria Lopez stopped short of saying that Spain would impose sanctions on France.",
     ("Spain", "sanctions", "France", "hedged")),     # not said: left open, not denied
])
def test_an_act_stopped_short_of_is_not_done(read, text, expected):
    extraction = read(text)
    assert expected in relations(extraction)
    assert not said(extraction)      # nor said: 'stopped short of saying whether he will run'


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir threw his support behind Maria Lopez ahead of the vote.", ("Ali Demir", "supports", "Maria Lopez")),
    ("Ali Demir hurled insults at Maria Lopez.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Ali Demir fired Maria Lopez, then fired off a tweet and fired missiles.",
     ("Ali Demir", "opposesActor", "Maria Lopez")),
    ("Maria Lopez was fired by Ali Demir in May.", ("Ali Demir", "opposesActor", "Maria Lopez")),
    ("The Teachers Union encouraged Spain to close the loopholes.", ("Teachers Union", "urges", "Spain")),
])
def test_support_thrown_behind_insults_hurled_firing_and_encouraging(read, text, expected):
    found = facts(read(text))
    assert expected in found
    assert {o for s, p, o in found if p == "opposesActor"} <= {"Maria Lopez"}    # no tweet or missile opposed


@pytest.mark.parametrize("text, speaker", [
    # 'call on X to act' with the infinitive parsed as a purpose: X is to act, and is not the speaker of a
    # call made on a day ('called X on Wednesday to say ...': the caller says it)
    ("Maria Lopez called Ali Demir on Wednesday to say the talks had failed.", "Maria Lopez"),
])
def test_who_calls_someone_on_a_day_to_say_something_says_it(read, text, speaker):
    assert [s for s, _, _ in said(read(text))] == [speaker]


def test_who_stopped_short_of_calling_on_someone_to_act_asked_nothing(nlp):
    """The infinitive hung on 'calling' as a purpose (advcl), as the parser reads some such sentences."""
    text = "So far, however, Conservatives have stopped short of calling on Ali Demir to oust Jose Garcia."
    extraction = reparsed(nlp, text, lambda words, _: {words.index("oust"): (words.index("calling"), "advcl")})
    found = relations(extraction)
    assert ("Conservatives", "urges", "Ali Demir", "negated") in found
    assert ("Ali Demir", "opposesActor", "Jose Garcia", "hedged") in found      # not asked for, not denied
    assert not [r for r in found if r[1] == "opposesActor" and (r[0] == "Conservatives" or r[3] == "asserted")], found


@pytest.mark.parametrize("text, expected", [
    ("Emmanuel Macron appeared to reject the proposal from Italy.", ("Emmanuel Macron", "rejects", "Italy")),
    ("Emmanuel Macron is trying to negotiate with Vladimir Putin.", ("Emmanuel Macron", "negotiatesWith", "Vladimir Putin")),
])
def test_hedges_lower_the_polarity(read, text, expected):
    extraction = read(text)
    assert (*expected, "hedged") in relations(extraction)
    relation = next(r for r in extraction.relations if r.predicate == expected[1])
    assert relation.confidence < 0.8


def test_a_denied_claim_is_reported_and_negated(read):
    extraction = read("Angela Merkel denied that Emmanuel Macron had attacked Italy.")
    assert ("Emmanuel Macron", "attacks", "Italy", "negated") in relations(extraction)
    relation = next(r for r in extraction.relations if r.predicate == "attacks")
    assert extraction.is_reported(relation)
    assert not facts(extraction)


def test_a_speaker_stating_its_own_stance_is_a_fact(read):
    extraction = read("Pakistan's foreign ministry said on Monday that it supported negotiations.")
    assert ("Pakistan", "supports", "negotiations") in facts(extraction)


def test_capital_acts_for_its_country_but_stays_a_place_as_a_location(read):
    assert ("China", "sanctions", "North Korea") in facts(read("Beijing imposed sanctions on Pyongyang."))
    extraction = read("In Beijing, Vladimir Putin met Xi Jinping.")
    kinds = {r.name: r.kind for r in extraction.referents}
    assert kinds["Beijing"] is Kind.PLACE
    assert "China" not in kinds


@pytest.mark.parametrize("text, expected", [
    ("The Russian air force attacked Spain on Monday.", ("Russia", "attacks", "Spain")),
    ("Supported by Russian air power, Assad attacked Spain.", ("Russia", "supports", "Assad")),
    ("Russian warplanes attacked Spain.", ("Russia", "attacks", "Spain")),
    ("The French foreign ministry criticized Spain.", ("France", "criticizes", "Spain")),
])
def test_a_countrys_forces_and_bodies_named_by_several_words_act_as_the_country(read, text, expected):
    assert expected in facts(read(text))


def test_a_countrys_body_is_named_with_the_countrys_adjective(read):
    extraction = read("Turkish police said on Monday that Ali Demir had fled to Spain.")
    speakers = {s.speaker for s in extraction.statements}
    names = {r.key: r.name for r in extraction.referents}
    assert {names[s] for s in speakers} == {"Turkish Police"}


@pytest.mark.parametrize("text, place", [
    ("Talks between Paris and Berlin resumed, and France sent a letter to Berlin.", False),
    ("The minister flew to Berlin on Sunday.", True),
    ("Flights between Paris and Berlin were cancelled.", True),
])
def test_a_capital_after_to_or_between_is_a_place_only_for_a_word_of_motion(read, text, place):
    kinds = {r.name: r.kind for r in read(text).referents}
    assert (kinds.get("Berlin") is Kind.PLACE) is place


# ------------------------------------------------------------------ roles

def test_title_before_a_name(read):
    extraction = read("German Chancellor Angela Merkel criticized Russia on Tuesday.")
    assert ("Angela Merkel", "leaderOf", "Germany") in facts(extraction)
    assert [r.title for r in extraction.roles] == ["chancellor"]


def test_apposition_role_with_its_organisation(read):
    extraction = read("John Smith, an adviser to Angela Merkel, praised Emmanuel Macron.")
    assert ("John Smith", "adviserTo", "Angela Merkel") in facts(extraction)
    assert ("John Smith", "praises", "Emmanuel Macron") in facts(extraction)


@pytest.mark.parametrize("text, expected, absent", [
    ("WASHINGTON (Reuters) - U.S. Attorney General Jose Garcia said the Justice Department would review the case.",
     {("Jose Garcia", "officialOf", "Justice Department"), ("Jose Garcia", "officialOf", "United States")}, None),
    ("WASHINGTON (Reuters) - Secretary of the Interior Jose Garcia said the Interior Department would act.",
     {("Jose Garcia", "officialOf", "Interior Department")}, None),
    ("The Justice Department filed a brief. Solicitor General Jose Garcia said in the filing that the fees were unlawful.",
     {("Jose Garcia", "officialOf", "Justice Department")}, None),
    # another country's office, and no department named
    ("LONDON (Reuters) - British Defence Secretary Jose Garcia met officials from the Pentagon.",
     {("Jose Garcia", "officialOf", "Britain")}, ("Jose Garcia", "officialOf", "Pentagon")),
    ("WASHINGTON (Reuters) - Attorney General Jose Garcia spoke on Monday.", set(),
     ("Jose Garcia", "officialOf", "Justice Department")),
])
def test_a_cabinet_title_is_an_office_in_the_department_the_article_names(read, text, expected, absent):
    found = facts(read(text))
    assert expected <= found and absent not in found


def test_a_deputy_keeps_the_word_in_the_title(read):
    extraction = read("WASHINGTON (Reuters) - U.S. Deputy Attorney General Jose Garcia said the Justice Department "
                      "would act. Vice Foreign Minister Ali Demir of Spain agreed.")
    titles = {r.title for r in extraction.roles}
    assert {"deputy attorney general", "vice foreign minister"} <= titles and "attorney general" not in titles


def test_an_article_the_model_took_into_a_name_is_no_part_of_it(read):
    extraction = read("We don't have a State Department that functions, Senator Maria Lopez said.")
    names = {r.name for r in extraction.referents}
    assert "State Department" in names and "a State Department" not in names


@pytest.mark.parametrize("text, name", [
    ("The US State Department said on Monday it would act.", "State Department"),      # the country's own body
    ("Ann Lee, president of the group America First Policies, said on Monday it would act.", "America First Policies"),
    ("The China Investment Corp bought the shares on Monday.", "China Investment Corp"),
])
def test_a_country_is_cut_from_a_bodys_name_only_by_its_initials_or_a_name_of_several_words(read, text, name):
    assert name in {r.name for r in read(text).referents}


def test_a_hyphenated_title_is_one_title(read):
    extraction = read("The deal was signed by Ali Demir, President Maria Lopez's son-in-law.")
    assert ("Ali Demir", "relativeOf", "Maria Lopez") in facts(extraction)
    titles = {r.title for r in extraction.roles}
    assert "son-in-law" in titles and "son" not in titles


@pytest.mark.parametrize("text, expected", [
    ("She held talks with President Maria Lopez's senior adviser and son-in-law, Ali Demir.",
     {("Ali Demir", "adviserTo", "Maria Lopez"), ("Ali Demir", "relativeOf", "Maria Lopez")}),
    ("WASHINGTON (Reuters) - Jose Garcia, White House budget chief and acting director of the Consumer "
     "Financial Protection Bureau, said on Monday he would stay.",
     {("Jose Garcia", "officialOf", "Consumer Financial Protection Bureau")}),
])
def test_each_of_two_titles_joined_with_and_is_a_role(read, text, expected):
    assert expected <= facts(read(text))


def test_a_trailing_source_read_as_an_apposition_gives_the_name_before_it_no_title(read):
    found = facts(read("(Reuters) - Citigroup Inc (C.N) Chief Executive Ali Demir will visit Japan as part of a business "
                       "delegation in November at the same time as U.S. President Jose Garcia, a Citigroup spokesman "
                       "confirmed. Maria Lopez, a Citigroup analyst, said the trip was planned."))
    assert ("Maria Lopez", "memberOf", "Citigroup") in found
    assert not any(f[0] == "Jose Garcia" and f[1] == "spokespersonFor" for f in found)
    assert ("Citigroup spokesman", "spokespersonFor", "Citigroup") in found


def test_titles_set_off_before_another_persons_name_are_that_persons(read):
    found = facts(read("The guests included Senator Jose Garcia and Maria Lopez's son-in-law and senior "
                       "adviser, Ali Demir."))
    assert not any(f[0] == "Jose Garcia" and f[2] == "Ali Demir" for f in found)


@pytest.mark.parametrize("text, expected", [
    ("President Jose Garcia spoke. Garcia's fellow Republicans in Congress have raised the issue.",
     ("Jose Garcia", "memberOf", "Republican Party")),
    ("Senator Maria Lopez and her fellow Democrats voted no.", ("Maria Lopez", "memberOf", "Democratic Party")),
    ("Ali Demir and fellow Republicans are determined to pass the bill.", ("Ali Demir", "memberOf", "Republican Party")),
    ("Maria Lopez urged fellow Democrats to back the plan.", ("Maria Lopez", "memberOf", "Democratic Party")),
])
def test_whoever_has_a_partys_members_for_fellows_is_one_of_them(read, text, expected):
    assert expected in facts(read(text))


def test_fellows_of_a_possessor_are_not_the_subjects(read):
    found = facts(read("Ali Demir met Maria Lopez's fellow Democrats on Monday."))
    assert ("Maria Lopez", "memberOf", "Democratic Party") in found
    assert ("Ali Demir", "memberOf", "Democratic Party") not in found


@pytest.mark.parametrize("text, expected, absent", [
    ("At least four Democrats will back the bill, including Senator Maria Lopez and Rep. Jose Garcia, a source said.",
     {("Maria Lopez", "memberOf", "Democratic Party"), ("Jose Garcia", "memberOf", "Democratic Party")}, None),
    ("Republicans, including Senate Majority Leader Jose Garcia, urged Ali Demir to step aside.",
     {("Jose Garcia", "memberOf", "Republican Party")}, None),
    ("Lawmakers, including Senator Maria Lopez, criticized the bill.", set(), ("Maria Lopez", "memberOf", "Lawmakers")),
])
def test_people_a_partys_members_include_are_its_members(read, text, expected, absent):
    found = facts(read(text))
    assert expected <= found and absent not in found


def test_former_titles_are_kept_and_their_role_relation_is_marked_former(read):
    extraction = read("Former President Barack Obama visited Kenya.")
    assert [r.title for r in extraction.roles] == ["former president"]
    assert not any(r.predicate == "leaderOf" for r in extraction.relations)     # no owner named
    extraction = read("Former U.S. President Barack Obama visited Kenya, where President Uhuru Kenyatta met him.")
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.subject], names[r.object], r.former) for r in extraction.relations
            if r.predicate == "leaderOf"} == {("Barack Obama", "United States", True)}
    extraction = read("Then-U.S. Secretary of State Maria Lopez met Ali Demir.")     # 'then' hung on the verb
    assert [(r.predicate, r.former) for r in extraction.relations if r.predicate == "officialOf"] == [("officialOf", True)]


@pytest.mark.parametrize("text, owner", [
    ("Maria Lopez, the U.S. ambassador to Germany, praised Spain.", "United States"),
    ("China's ambassador to Spain, Li Wei, praised France.", "China"),
    ("Maria Lopez, ambassador to Germany, praised Spain.", None),
    ("Madrid's French ambassador praised Spain.", "France"),      # the possessor is where the post is
    ("Russian U.N. Ambassador Ivan Petrov praised Spain.", "Russia"),     # the U.N. is where the post is
    ("Malaysian U.N. envoy Ali Demir praised Spain.", "Malaysia"),
    ("U.N. Ambassador Maria Lopez praised Spain.", "United Nations"),
])
def test_an_ambassador_to_a_country_is_an_official_of_the_sending_one(read, text, owner):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert [names[r.object] for r in extraction.relations if r.predicate == "officialOf"] == ([owner] if owner else [])


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez prefers a diplomatic solution.", ("Maria Lopez", "supports", "diplomatic solution")),
    ("Spain is seeking a ceasefire.", ("Spain", "supports", "ceasefire")),
    ("Ali Demir introduced a bill on Monday.", ("Ali Demir", "supports", "bill")),
])
def test_wanting_seeking_or_proposing_a_thing_supports_it(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text", [
    "Ali Demir was introduced by his wife, Maria Lopez.",
    "The Palestinians want East Jerusalem as the capital of their future state.",
])
def test_cues_that_take_only_a_topic_give_nothing_with_an_actor(read, text):
    assert not [r for r in read(text).relations if r.predicate == "supports"]


@pytest.mark.parametrize("text, office", [
    ("Spanish Prime Minister Ali Demir met Jose Garcia. Demir's predecessor Maria Lopez met him too.",
     ("Maria Lopez", "leaderOf", "Spain", True)),
    ("White House Chief of Staff Ali Demir replaced his predecessor, Maria Lopez, in July.",
     ("Maria Lopez", "officialOf", "White House", True)),
])
def test_a_predecessor_held_the_office_of_the_one_named_as_owner(read, text, office):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    found = {(names[r.subject], r.predicate, names[r.object], r.former) for r in extraction.relations}
    assert office in found
    offices = {"leaderOf", "officialOf", "memberOf", "adviserTo", "spokespersonFor"}
    assert not [f for f in found if f[0] == "Maria Lopez" and f[1] in offices and f[2] == "Ali Demir"]  # none of his


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir held talks with U.N. Special Envoy for Syria Staffan de Mistura.",
     ("Staffan de Mistura", "officialOf", "United Nations")),
    ("U.S. Ambassador to the United Nations Maria Lopez visited a camp.", ("Maria Lopez", "officialOf", "United States")),
    # parsed with 'Representative' joined to 'Ross' and the name apart
    ("The meeting included Governor Ali Demir of Iowa, as well as President Donald Trump’s Commerce Secretary "
     "Wilbur Ross and U.S. Trade Representative Robert Lighthizer.", ("Robert Lighthizer", "officialOf", "United States")),
])
def test_a_title_whose_for_or_to_the_parser_ran_into_the_name_is_the_names(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez repeated what her predecessor, Jose Garcia, had said.", {("Maria Lopez", "Jose Garcia")}),
    ("Jose Garcia, Maria Lopez's predecessor, backed her.", {("Maria Lopez", "Jose Garcia")}),
    ("Spanish Prime Minister Jose Garcia said his predecessors, Maria Lopez and Ali Demir, had failed.", set()),
])
def test_whoever_a_predecessor_is_named_for_succeeds_them(read, text, expected):
    """One predecessor is the one succeeded; a list of predecessors held the office before, not all just before."""
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.subject], names[r.object]) for r in extraction.relations if r.predicate == "succeeds"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Trade negotiators from Spain, France and Italy met behind closed doors in Rome.",
     {("Spain", "France"), ("Spain", "Italy"), ("France", "Italy")}),
    ("Negotiators from Spain met Ali Demir in Rome.", set()),
    ("A negotiator from Spain and France met Ali Demir in Rome.", set()),
])
def test_negotiators_drawn_from_several_actors_make_each_pair_negotiate(read, text, expected):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.subject], names[r.object]) for r in extraction.relations
            if r.predicate == "negotiatesWith"} == expected


def test_a_plural_title_names_each_person_listed_beside_it(read):
    found = facts(read("Two conservative senators, Maria Lopez and Ali Demir, met in Madrid. The Senate voted."))
    assert {("Maria Lopez", "memberOf", "Senate"), ("Ali Demir", "memberOf", "Senate")} <= found
    extraction = read("Spanish Prime Minister Jose Garcia said his predecessors, Maria Lopez and Ali Demir, had failed.")
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.subject], names[r.object], r.former) for r in extraction.relations if r.predicate == "leaderOf"} \
        >= {("Maria Lopez", "Spain", True), ("Ali Demir", "Spain", True)}


def test_a_name_listed_with_people_is_a_persons(read):
    extraction = read("The meeting included Governors Kim Reynolds of Iowa, Rick Snyder of Michigan, Bill Haslam "
                      "of Tennessee and Asa Hutchinson of Arkansas. Hutchinson said trade mattered.")
    kinds = {r.name: r.kind.value for r in extraction.referents}
    assert kinds.get("Asa Hutchinson") == "Person" and "Hutchinson" not in kinds
    extraction = read("Speaker Jose Garcia and Senate Majority Leader Ali Demir met.")
    assert "Senate Majority Leader" not in {r.name for r in extraction.referents}


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir stepped down as head of the ministry this year to be Maria Lopez's chief of staff.",
     {("Ali Demir", "officialOf", "Maria Lopez")}),
    ("Ali Demir wants to be the president of Spain.", set()),
])
def test_a_role_in_a_purpose_clause_is_its_subjects(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] in {"officialOf", "leaderOf", "adviserTo"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir resigned as chairman of the Spanish Red Cross in May.", [("Ali Demir", "Red Cross", True)]),
    ("Ali Demir stepped down as chairman of the Spanish Red Cross in May.", [("Ali Demir", "Red Cross", True)]),
    ("Ali Demir stepped in as chairman of the Spanish Red Cross in May.", [("Ali Demir", "Red Cross", False)]),  # taken
])
def test_leaving_a_post_named_with_as_makes_its_title_former(read, text, expected):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert [(names[r.subject], names[r.object], r.former) for r in extraction.relations
            if r.predicate == "leaderOf"] == expected


def test_a_past_word_in_another_phrase_makes_no_title_former(read):
    extraction = read("He tried to arrange a meeting between then-candidate Trump and Russian President Vladimir Putin.")
    assert [(r.predicate, r.former) for r in extraction.relations if r.predicate == "leaderOf"] == [("leaderOf", False)]


def test_a_party_member_on_a_committee_sits_on_it(read):
    found = facts(read("Senator Maria Lopez, the ranking Democrat on the Senate Judiciary Committee, criticized Spain."))
    assert {("Maria Lopez", "memberOf", "Democratic Party"),
            ("Maria Lopez", "memberOf", "Senate Judiciary Committee")} <= found


@pytest.mark.parametrize("text, holder, party", [
    ("The election pits Republican Jane Doe, a conservative firebrand accused of misconduct, against Democrat "
     "John Smith, a former prosecutor.", "Jane Doe", "Democratic Party"),
    ("Polls show a close contest between Democrat Jane Doe, the state's lieutenant governor, and Republican "
     "John Smith, a former party chairman.", "Jane Doe", "Republican Party"),
    ("Trump congratulated Jane Doe, a former U.S. attorney, who beat Republican John Smith.", "Jane Doe",
     "Republican Party"),
])
def test_an_apposition_gives_no_party_of_another_person_named_in_it(read, text, holder, party):
    assert (holder, "memberOf", party) not in facts(read(text))


def test_a_possessor_read_as_an_apposition_of_its_own_owns_the_titles_after_it(read):
    found = facts(read("Jose Garcia, Maria Lopez's son-in-law and senior adviser, spoke."))
    assert {("Jose Garcia", "relativeOf", "Maria Lopez"), ("Jose Garcia", "adviserTo", "Maria Lopez")} <= found
    assert not {r for r in facts(read("Jose Garcia, Spain, and a senior adviser, spoke.")) if r[0] == "Jose Garcia"}


def test_a_possessors_title_and_party_are_not_the_holders(read):
    found = facts(read("Ali Demir, the Republican senator's neighbor, is charged with assault."))
    assert not {r for r in found if r[0] == "Ali Demir" and r[1] == "memberOf"}
    found = facts(read("President Maria Lopez spoke on Monday. The president's son, Ali Demir, was there."))
    assert ("Ali Demir", "relativeOf", "Maria Lopez") in found
    assert ("Ali Demir", "leaderOf", "United States") not in found


def test_an_appositions_title_takes_no_owner_from_a_clause_on_it(read):
    extraction = read("Maria Lopez, a former diplomat who now teaches at Harvard University, criticized Spain.")
    names = {r.key: r.name for r in extraction.referents}
    assert not [r for r in extraction.relations if names[r.object] == "Harvard University"]


def test_a_description_resolves_to_the_titled_person(read):
    text = ("Jean Dupont, France's foreign minister, arrived in Rome. "
            "Italy's prime minister later criticized the top French diplomat.")
    names = {r.key: r.name for r in read(text).referents}
    found = facts(read(text))
    assert any(s != "Jean Dupont" and p == "criticizes" and o == "Jean Dupont" for s, p, o in found), (found, names)


# ------------------------------------------------------------------ statements

def test_direct_quote_with_curly_marks(read):
    assert said(read("“We will win this fight,” Angela Merkel said on Sunday.")) == [
        ("Angela Merkel", "We will win this fight", True)]


def test_indirect_speech(read):
    [(speaker, text, direct)] = said(read("Angela Merkel said that Germany would back France."))
    assert (speaker, direct) == ("Angela Merkel", False) and "Germany would back France" in text


def test_according_to(read):
    assert said(read("According to Emmanuel Macron, the deal is dead.")) == [
        ("Emmanuel Macron", "the deal is dead", False)]


@pytest.mark.parametrize("text, expected, source", [
    ('"If we lose the seat, we are toast," Ali Demir said, according to television station KNXV.',
     [("Ali Demir", "If we lose the seat, we are toast", True)], "KNXV"),
    ("According to court documents, Jose Garcia told Maria Lopez he would help broker talks with Spain.",
     [("Jose Garcia", "he would help broker talks with Spain", False)], "court documents"),
])
def test_according_to_on_a_speech_verb_is_the_speakers_statement_by_that_account(read, text, expected, source):
    extraction = read(text)
    assert said(extraction) == expected
    names = {r.key: r.name for r in extraction.referents}
    assert [names[s.source] for s in extraction.statements] == [source]
    # what the account says, the speech act too ('Garcia told Lopez'), the article has only from the source
    assert all(extraction.is_reported(r) for r in extraction.relations) and not facts(extraction)


def test_according_to_on_anything_else_is_a_statement_of_its_own(read):
    extraction = read("According to court documents, Jose Garcia met Maria Lopez in May.")
    assert said(extraction) == [("court documents", "Jose Garcia met Maria Lopez in May", False)]
    assert [s.source for s in extraction.statements] == [None]


def test_quote_whose_marks_were_stripped(read):
    assert said(read("The deal is dead and buried, Emmanuel Macron said.")) == [
        ("Emmanuel Macron", "The deal is dead and buried", True)]


@pytest.mark.parametrize("text, expected", [
    # a phrase between the cue and the reported clause's subject makes the parser read the clause as adverbial
    ("Maria Lopez said after the debate she would not accept the endorsement.",
     ("Maria Lopez", "she would not accept the endorsement", False)),
    ("The governor said after the vote he would not sign the bill.", ("governor", "he would not sign the bill", False)),
    ("The mayor said this week he is undergoing treatment.", ("mayor", "he is undergoing treatment", False)),
])
def test_a_reported_clause_after_a_phrase_is_still_what_was_said(read, text, expected):
    assert said(read(text)) == [expected]


def test_a_heading_run_into_a_sentence_is_not_its_speaker(read):
    # the parser gives 'said' two subjects, the heading and the name; the nearer one, past the comma, speaks
    assert said(read("THE BUDGET Back when he ran for mayor, Mr. Ali Demir said that he considered debt a "
                     "last resort.")) == [("Ali Demir", "that he considered debt a last resort", False)]


def test_an_adverbial_clause_of_a_speech_verb_is_no_statement(read):
    # 'when they were ...' says when, not what; an accusation's 'when' clause is no statement either
    assert not said(read("The senator was accused of misconduct when they were teenagers."))


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez, who said in 2010 that the goal was to win, criticized Spain.",
     ("Maria Lopez", "that the goal was to win")),
    ("The report, which said the plan would fail, was published on Monday.", ("report", "the plan would fail")),
    ("The senators met on Tuesday and said that the bill would pass.", ("senators", "that the bill would pass")),
    ("The minister warned Spain, arguing that the deal was bad.", ("minister", "that the deal was bad")),
])
def test_a_speech_verb_without_a_named_subject_takes_the_speaker_it_is_about(read, text, expected):
    assert (*expected, False) in said(read(text))


@pytest.mark.parametrize("text, wrong", [
    ("He wore a button that stated, “Please show me your papers.”", "button"),    # a thing does not speak
    ("Most voters say the charges are false, and believe that the media are behind them.", "charges"),
])
def test_no_speaker_from_a_thing_or_from_inside_what_was_said(read, text, wrong):
    assert wrong not in {speaker for speaker, _, _ in said(read(text))}


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez vowed to form a joint federal task force.", "to form a joint federal task force"),
    ("Maria Lopez urged Congress to pass the bill quickly.", "to pass the bill quickly"),
    ("Maria Lopez called on Ali Demir to apologize for his remarks.", "to apologize for his remarks"),
    ("Maria Lopez expects the deal to pass by March.", "the deal to pass by March"),
    ("Maria Lopez hopes that the talks will succeed.", "that the talks will succeed"),     # lemma 'hop'
    ("Maria Lopez questioned whether the plan would work.", "whether the plan would work"),
])
def test_what_someone_pledged_asked_or_expects_is_a_statement(read, text, expected):
    assert ("Maria Lopez", expected, False) in said(read(text))


@pytest.mark.parametrize("text", [
    "Maria Lopez continued to pursue her case.",
    "Many people called to ask about the incident.",
    "Maria Lopez fears the worst.",
])
def test_no_statement_from_an_act_or_a_feeling_without_a_clause(read, text):
    assert said(read(text)) == []


def test_reported_content_takes_every_clause_reported_but_not_the_writers_but(read):
    [(_, text, _)] = said(read("Ali Demir said Maria Lopez has great respect for the army and her rough comment "
                               "was an expression of frustration."))
    assert text.endswith("an expression of frustration")
    [(_, text, _)] = said(read("Farmers say the law is putting them out of business, but refiners have "
                               "vehemently opposed any changes."))
    assert text == "the law is putting them out of business"


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir's claim that there have been thousands of shootings in Madrid was false.",
     ("Ali Demir", "that there have been thousands of shootings in Madrid")),
    ("Maria Lopez repeated her warning that the deal would collapse.", ("Maria Lopez", "that the deal would collapse")),
])
def test_a_noun_for_something_said_gives_its_possessor_a_statement(read, text, expected):
    assert (*expected, False) in said(read(text))


def test_a_speakers_statement_inside_another_of_theirs_is_not_repeated(read):
    assert said(read("Ali Demir said he thinks the deal is dead.")) == [
        ("Ali Demir", "he thinks the deal is dead", False)]
    assert ("Maria Lopez", "the deal is dead", False) in said(read("Ali Demir said Maria Lopez believes the deal is dead."))


def test_a_verb_that_takes_only_a_clause_does_not_end_another_statement(read):
    [(_, text, _)] = said(read("Ali Demir said Maria Lopez would be welcome to visit Spain and question him."))
    assert text.endswith("question him")


@pytest.mark.parametrize("text", [
    "Emmanuel Macron spoke in Paris. “The deal is dead.” he said.",
    "Emmanuel Macron spoke in Paris.\nThe deal is dead.\nhe said.",      # a feed that stripped the marks: lines
])
def test_lone_attribution_claims_the_sentence_before(read, text):
    statements = said(read(text))
    assert [(s, t.strip("“”"), d) for s, t, d in statements] == [("Emmanuel Macron", "The deal is dead.", True)]


@pytest.mark.parametrize("text", [
    "Ann Lee was charged with fraud on Monday. She pleaded not guilty.",
    "The parties had a week to object to the order. Ann Lee responded.",
    "Ann Lee was charged with fraud on Monday.\nShe pleaded not guilty.\n",
    "The bill faces a vote in January. Investors are adding to the pressure.",
])
def test_a_short_sentence_with_a_speech_verb_after_no_quote_claims_nothing(read, text):
    assert said(read(text)) == []


def test_pronoun_speaker_resolves_to_the_previous_subject(read):
    statements = said(read("Ali Demir met Emre Kaya. He said the talks went well."))
    assert statements and statements[0][0] == "Ali Demir"     # names that tell no gender: the subject wins
    statements = said(read("Emmanuel Macron met Angela Merkel. She said the talks went well."))
    assert statements and statements[0][0] == "Angela Merkel"     # a first name rules him out


def test_a_pronoun_is_the_subjects_named_beside_it_before_its_possessors(read):
    # the subject is the attorney, named beside it, not whose attorney he is
    statements = said(read("President Jose Garcia met Ann Lee. Garcia's White House attorney, Ali Demir, declined to "
                           "comment on the report. \"We are not commenting,\" he said in a statement."))
    assert statements == [("Ali Demir", "We are not commenting", True)]
    # a possessor the text already calls by a pronoun is still what the text is about
    found = facts(read("Ali Demir spoke on Monday. In 2014, his former communications director, Emre Kaya, "
                       "filed a lawsuit accusing him of fraud."))
    assert ("Emre Kaya", "accuses", "Ali Demir") in found


def test_quote_continued_in_the_same_paragraph_is_one_statement(read):
    text = '“We will act,” Angela Merkel told reporters. “There is no other way for Europe now.”'
    assert said(read(text)) == [("Angela Merkel", "We will act There is no other way for Europe now.", True)]


def test_a_paragraph_that_is_only_a_quote_goes_on_with_the_speaker_before(read):
    text = ('“We will not give up on this town,” Ali Demir said.\n\n'
            '“The plant will reopen. The jobs will come back, and people know it.”\n\n'
            '“Nobody asked us about the plan,” Maria Lopez told reporters.\n\n'
            '“Why was the plant closed at all?” Jose Garcia asked.')
    statements = said(read(text))
    assert statements[0] == ("Ali Demir", "We will not give up on this town The plant will reopen. "
                             "The jobs will come back, and people know it.", True)
    # a paragraph that names its own speaker after the quote is that speaker's
    assert [s for s, _, _ in statements] == ["Ali Demir", "Maria Lopez", "Jose Garcia"]


def test_more_speech_verbs_give_statements_and_claim_their_quotes(read):
    text = 'When Maria Lopez noted that Spain had paid no tariffs, Ali Demir boasted, "That makes us smart."'
    assert said(read(text)) == [("Maria Lopez", "that Spain had paid no tariffs", False),
                                ("Ali Demir", "That makes us smart.", True)]
    assert said(read("Ali Demir pointed out that the talks had stalled.")) == [
        ("Ali Demir", "that the talks had stalled", False)]


def test_a_relative_pronoun_before_the_cue_leaves_the_speaker_and_cue_out_of_what_was_said(read):
    assert said(read("Spain opposed the law, which Maria Lopez said may expand government surveillance.")) == [
        ("Maria Lopez", "may expand government surveillance", False)]
    [(_, text, _)] = said(read("The plan, Maria Lopez said, would fail."))    # a set-in cue keeps the clause whole
    assert text.startswith("The plan")


def test_an_attribution_line_ending_in_a_colon_claims_the_quote_after_it(read):
    text = ('Ali Demir spoke at the rally.\n\nHe said:\n\n"We have a plan. We will win this fight."\n\n'
            'The crowd cheered.')
    assert said(read(text)) == [("Ali Demir", "We have a plan. We will win this fight.", True)]


def test_his_own_minister_of_a_countrys_leader_is_that_countrys_minister_named_later(read):
    text = ("Spanish Prime Minister Ali Demir on Tuesday called the plan for a new port unrealistic, hours after "
            "his own finance minister said Spain would pay for the port next year.\n\n"
            "Spanish Finance Minister Jose Garcia said on Monday that the money was there.")
    assert ("Jose Garcia", "Spain would pay for the port next year", False) in said(read(text))


def test_a_cue_hung_on_a_quotes_verb_is_the_quotes_speakers(read):
    text = ('In a statement, Ali Demir said: "The firm was highly successful when it became an independent '
            'company," adding that its value quadrupled in a year.')
    assert ("Ali Demir", "that its value quadrupled in a year", False) in said(read(text))


def test_a_date_that_opens_the_reported_clause_tells_when_it_was_said(read):
    assert said(read("Ali Demir said on Monday he would ban the party.")) == [
        ("Ali Demir", "he would ban the party", False)]


def test_what_someone_wants_or_needs_to_say_is_not_said_yet(read):
    assert said(read("Ali Demir wants to tell voters that the deal is fair.")) == []
    [(speaker, text, _)] = said(read("Maria Lopez said Ali Demir needed to assure Spain that the process was fair."))
    assert speaker == "Maria Lopez" and text.endswith("that the process was fair")    # the infinitive goes on


def test_i_in_a_claim_reported_inside_a_quote_is_whoever_is_quoted(read):
    text = "Ali Demir wrote on Twitter: The newspaper has been claiming that I fired Maria Lopez last week."
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert [(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations] == [
        ("Ali Demir", "opposesActor", "Maria Lopez")]


def test_quote_split_around_its_cue_is_one_statement(read):
    text = '“We will win,” Angela Merkel said, “and we will do it soon.”'
    assert said(read(text)) == [("Angela Merkel", "We will win and we will do it soon.", True)]


def test_a_quoted_fragment_gives_its_whole_reported_clause(read):
    [(speaker, text, direct)] = said(read('Angela Merkel said the army was “badly depleted” and would need years to recover.'))
    assert speaker == "Angela Merkel" and not direct
    assert text.startswith("the army was") and "years to recover" in text


def test_a_quoted_fragment_in_what_a_speech_verb_takes_as_object_gives_the_whole_object(read):
    [(speaker, text, direct)] = said(read('Ali Demir reaffirmed the "enduring strategic partnership" between the '
                                          'two countries on Monday.'))
    assert speaker == "Ali Demir" and not direct
    assert text == 'the "enduring strategic partnership" between the two countries'


def test_a_second_quoted_fragment_past_a_reported_clause_is_not_glued_to_it(read):
    text = ('Ali Demir said Maria Lopez was \u201cabsolutely right\u201d when she said on Monday that under the old '
            'government, \u201cthe army had been reduced to rubble.\u201d')
    statements = said(read(text))
    assert ("Ali Demir", "Maria Lopez was \u201cabsolutely right", False) in statements
    assert [speaker for speaker, text, _ in statements if "reduced to rubble" in text] == ["Maria Lopez"]


def test_titles_in_quote_marks_are_not_statements(read):
    statements = said(read('Angela Merkel told “Face the Nation” on Sunday that she would stay.'))
    assert not [text for _, text, _ in statements if "Face the Nation" in text]


def test_unnamed_sources_speak(read):
    statements = said(read("The deal is close, sources said. The Merkel campaign says the ad will air on Monday."))
    assert [s for s, _, _ in statements] == ["sources", "Merkel campaign"]


def test_first_person_inside_a_quote_is_the_speaker(read):
    text = "“We strongly support a ceasefire,” Pakistan's foreign ministry said in a statement."
    extraction = read(text)
    assert ("Pakistan", "supports", "ceasefire") in facts(extraction)
    assert extraction.statements[0].channel == "statement"


# ------------------------------------------------------------------ entities

def test_one_referent_per_person_in_an_article(read):
    extraction = read("U.S. President Donald Trump spoke on Monday. Trump's aides said Trump was tired.")
    people = [r for r in extraction.referents if r.kind is Kind.PERSON]
    assert [p.name for p in people] == ["Donald Trump"]
    assert {"Donald Trump", "Trump"} <= people[0].names


def test_father_and_son_with_a_shared_name_stay_apart(read):
    extraction = read("Kim Jong Un succeeded his father, Kim Jong Il, in 2011. Kim has since tested missiles.")
    names = sorted(r.name for r in extraction.referents if r.kind is Kind.PERSON)
    assert names == ["Kim Jong Il", "Kim Jong Un"]
    assert ("Kim Jong Un", "succeeds", "Kim Jong Il") in facts(extraction)


def test_platforms_are_organisations_not_people(read):
    extraction = read("Twitter suspended the account, and Elon Musk wrote on Twitter that it was wrong.")
    kinds = {r.name: r.kind for r in extraction.referents}
    assert kinds.get("Twitter") is Kind.ORGANIZATION


def test_hashtags_become_names(read):
    extraction = read("Supporters of Boris Johnson posted #BorisJohnson all day.")
    johnson = [r for r in extraction.referents if r.name == "Boris Johnson"]
    assert len(johnson) == 1 and "#BorisJohnson" in johnson[0].names


def test_reciprocal_light_verb_runs_both_ways(read):
    found = facts(read("Boris Johnson, who has traded insults and threats with Vladimir Putin, spoke on Monday."))
    assert {("Boris Johnson", "criticizes", "Vladimir Putin"), ("Vladimir Putin", "criticizes", "Boris Johnson"),
            ("Boris Johnson", "threatens", "Vladimir Putin"), ("Vladimir Putin", "threatens", "Boris Johnson")} <= found


def test_nickname_learned_from_the_text(read):
    text = ("Emmanuel Macron met Viktor Orban. Macron called the talks useful, using his favourite nickname "
            "for Orban, the Danube Fox. Later the Danube Fox left Paris.")
    extraction = read(text)
    orban = next(r for r in extraction.referents if r.name == "Viktor Orban")
    assert "the Danube Fox" in orban.names or "Danube Fox" in orban.names
    assert not [r for r in extraction.referents if "Fox" in r.name and r is not orban]


@pytest.mark.parametrize("text, full, short", [
    ("The Environmental Protection Agency opened a case. The EPA declined to comment.",
     "Environmental Protection Agency", "EPA"),
    ("Turkey fights the Kurdistan Workers Party (PKK). The PKK denied it.", "Kurdistan Workers Party", "PKK"),
    # the model's span took in '(IARC' but not ')'
    ("Their letter to the International Agency for Research on Cancer (IARC), seen by Reuters, was sent on "
     "Wednesday. Ali Demir asked IARC to respond by Nov. 8.", "International Agency for Research on Cancer", "IARC"),
    ("The Senate Judiciary Committee held a hearing. Democrats on the Judiciary Committee objected.",
     "Senate Judiciary Committee", "Judiciary Committee"),
])
def test_short_names_of_an_organisation_join_it(read, text, full, short):
    organisations = [r for r in read(text).referents if r.kind is Kind.ORGANIZATION]
    holder = next(r for r in organisations if r.name == full)
    assert short in holder.names
    assert not [r for r in organisations if r.name == short]


def test_a_capital_that_only_acts_is_an_alias_of_its_country(read):
    extraction = read("Moscow and Ankara have been pushing for negotiations.")
    names = {r.name: r for r in extraction.referents}
    assert "Moscow" not in names and "Russia" in names and "Moscow" in names["Russia"].names
    assert ("Russia", "supports", "negotiations") in facts(extraction)


def test_stance_towards_a_topic_not_in_the_table(read):
    found = facts(read("The Dutch government backed the Geneva peace talks on Monday."))
    assert ("Netherlands", "supports", "peace talks") in found
    assert not facts(read("The Dutch government backed the way forward."))   # too generic to be a topic


def test_party_membership_from_titles_and_appositions(read):
    found = facts(read("Democratic Senator Jane Doe met Republican Governor John Roe. "
                       "Mary Major, a Democrat, criticized John Roe."))
    assert {("Jane Doe", "memberOf", "Democratic Party"), ("John Roe", "memberOf", "Republican Party"),
            ("Mary Major", "memberOf", "Democratic Party")} <= found


def test_a_definite_description_names_the_organisation_mentioned_before(read):
    text = ("The Lower Valley Teachers Union sued the city on Monday. "
            "“We had no choice,” the union said in a statement.")
    assert said(read(text))[0][0] == "Lower Valley Teachers Union"


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir urged the administration to act. Maria Lopez criticized the Garcia administration.",
     {("Ali Demir", "urges", "Garcia administration"), ("Maria Lopez", "criticizes", "Garcia administration")}),
    ("Ali Demir urged the administration to act. Maria Lopez compared the Garcia administration "
     "and the Perez administration.", set()),
])
def test_a_definite_description_before_any_name_is_the_one_organisation_it_can_be(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] in {"urges", "criticizes"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("A teachers union has sued Ali Demir. The Lower Valley Teachers Union said the cuts were illegal.",
     {("Lower Valley Teachers Union", "sues", "Ali Demir")}),
    ("Ali Demir met Jose Garcia. A teachers union has sued him. The Lower Valley Teachers Union said so.", set()),
])
def test_an_indefinite_description_in_the_first_sentence_is_the_organisation_named_later(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "sues"} == expected


def test_a_definite_description_may_name_an_organisation_by_the_word_before_of(read):
    text = ("Jose Garcia, the head of the Department of Homeland Affairs, spoke. "
            "Ali Demir stepped down as head of the department this year.")
    assert ("Ali Demir", "leaderOf", "Department of Homeland Affairs") in facts(read(text))
    assert said(read("The Bank of Spain raised rates. The bank said inflation was high."))[0][0] == "Bank of Spain"


@pytest.mark.parametrize("text, group, party, body, relation", [
    ("Senate Democrats praised Ann Lee on Monday.", "Senate Democrats", "Democratic Party", "Senate",
     ("Senate Democrats", "praises", "Ann Lee")),
    # the model tags 'U.S.' and leaves 'Senate' untagged; the country is no part of the group's name
    ("U.S. Senate Republicans praised Ann Lee.", "Senate Republicans", "Republican Party", "Senate",
     ("Senate Republicans", "praises", "Ann Lee")),
    ("The Senate Judiciary Committee Democrats wrote to Ann Lee.", "Senate Judiciary Committee Democrats",
     "Democratic Party", "Senate Judiciary Committee",
     ("Senate Judiciary Committee Democrats", "communicatesWith", "Ann Lee")),
])
def test_a_partys_members_in_a_legislature_are_a_group_of_their_own(read, text, group, party, body, relation):
    found = facts(read(text))
    assert {relation, (group, "memberOf", party), (group, "memberOf", body)} <= found
    assert not any(subject == party for subject, _, _ in found)     # not the whole party


def test_congressional_republicans_are_the_party(read):
    # most of the party's office holders, and the party for the gold's annotators
    found = facts(read("Some congressional Republicans criticized Ann Lee."))
    assert ("Republican Party", "criticizes", "Ann Lee") in found


def test_a_partys_word_before_names_in_a_legislature_still_makes_them_its_members(read):
    found = facts(read("Senate Republicans Ann Lee and Jose Garcia voted for the bill."))
    assert {("Ann Lee", "memberOf", "Republican Party"), ("Jose Garcia", "memberOf", "Republican Party")} <= found
    assert not any(subject == "Senate Republicans" for subject, _, _ in found)


def test_another_countrys_party_named_with_a_party_word_is_not_the_us_party(read):
    extraction = read("“Talks failed,” said Ali Demir, foreign policy spokesman for Germany’s Social Democrats. "
                      "House Democrats voted against the bill.")
    assert ("Ali Demir", "memberOf", "Social Democrats") in facts(extraction)
    assert ("Ali Demir", "memberOf", "Democratic Party") not in facts(extraction)
    assert ("House Democrats", "rejects", "bill") in facts(extraction)


@pytest.mark.parametrize("text, expected, absent", [
    ("WASHINGTON (Reuters) - U.S. Representative Ali Demir said he would not run again. He has served in "
     "the House of Representatives since 2011.",
     ("Ali Demir", "memberOf", "House of Representatives"), ("Ali Demir", "memberOf", "Reuters")),
    ("WASHINGTON (Reuters) - President Ali Demir raised the possibility of a shutdown.", None,
     ("Ali Demir", "leaderOf", "Reuters")),
    ("Smith's son-in-law Ali Demir has taken a leading role.", ("Ali Demir", "relativeOf", "Smith"), None),
])
def test_a_dateline_is_no_part_of_the_title_after_it(read, text, expected, absent):
    found = facts(read(text))
    assert expected is None or expected in found
    assert absent not in found


def test_roles_from_predicates(read):
    extraction = read("Jane Doe previously worked as Angela Merkel's chief of staff. "
                      "John Roe is the president of the Teachers Union.")
    found = facts(extraction)
    assert ("Jane Doe", "officialOf", "Angela Merkel") in found or ("Jane Doe", "adviserTo", "Angela Merkel") in found
    assert ("John Roe", "leaderOf", "Teachers Union") in found


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir replaced Maria Lopez as Spanish foreign minister in May.", ("Ali Demir", "officialOf", "Spain")),
    ("Ali Demir will succeed Maria Lopez as chairman of the Senate Finance Committee.",
     ("Ali Demir", "leaderOf", "Senate Finance Committee")),
    ("Ali Demir was appointed in 1978 to replace Maria Lopez.", ("Ali Demir", "succeeds", "Maria Lopez")),
    ("Ali Demir was elected on Tuesday to succeed Maria Lopez.", ("Ali Demir", "succeeds", "Maria Lopez")),
])
def test_a_successor_takes_the_title_and_a_choice_made_to_replace_someone_is_succession(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    ("The group sought to boost Jose Garcia's chances of defeating Senator Maria Lopez.",
     ("Jose Garcia", "opposesActor", "Maria Lopez"), ("group", "opposesActor", "Maria Lopez")),
    ("Jose Garcia's record of criticizing Senator Maria Lopez is long.", None, ("Jose Garcia", "criticizes", "Maria Lopez")),
])
def test_the_owner_of_a_chance_does_the_act_of_its_gerund(read, text, expected, absent):
    found = facts(read(text))
    assert (expected is None or expected in found) and absent not in found


def test_whoever_names_someone_to_replace_a_person_does_not_replace_them(read):
    # the infinitive parsed as a purpose of 'name'; an indefinite 'a Republican' is no one the article names
    found = facts(read("If Senator Maria Lopez resigns before Governor Jose Garcia's term expires, the governor "
                       "would presumably name a Republican to replace her."))
    assert not any(f[1] == "succeeds" for f in found)


@pytest.mark.parametrize("text, successor, predecessor", [
    ("Ali Demir replaced Maria Lopez as Spanish foreign minister in May.", "Ali Demir", "Maria Lopez"),
    ("Ali Demir succeeded his mother, Maria Demir, as leader of the Labour Party.", "Ali Demir", "Maria Demir"),
    ("Maria Lopez was replaced by Ali Demir as Spanish foreign minister.", "Ali Demir", "Maria Lopez"),
])
def test_whom_a_successor_replaced_held_the_title_before(read, text, successor, predecessor):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    roles = {(names[r.subject], r.predicate, names[r.object], r.former) for r in extraction.relations
             if r.rule.startswith("role:")}
    offices = {(predicate, office) for holder, predicate, office, former in roles if holder == successor and not former}
    assert offices, roles
    for predicate, office in offices:
        assert (predecessor, predicate, office, True) in roles and (predecessor, predicate, office, False) not in roles
        assert (successor, predicate, office, True) not in roles


@pytest.mark.parametrize("text, expected, absent", [
    ("The United States will help Spain defend itself.", ("United States", "helps", "Spain"), None),
    ("Ali Demir said the United States is bound by law to help Spain defend itself.",
     ("United States", "helps", "Spain"), ("Ali Demir", "helps", "Spain")),
    ("Ali Demir has said the ban is needed to protect Spain from attacks.", None, ("Ali Demir", "supports", "Spain")),
    ("Ali Demir was elected in 2016 and met Maria Lopez in Madrid.", ("Ali Demir", "meets", "Maria Lopez"), None),
])
def test_an_object_the_parser_hung_elsewhere_and_the_subject_of_a_passives_purpose(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("“Spain should respect the ruling,” Maria Lopez said.", ("Maria Lopez", "urges", "Spain")),
    ("Maria Lopez said Ali Demir should not extend his inquiry.", ("Maria Lopez", "urges", "Ali Demir")),
    ("Maria Lopez said France must stop the attacks.", ("Maria Lopez", "urges", "France")),
])
def test_whoever_says_another_actor_should_act_urges_it(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez told Ali Demir to leave the room.", ("Maria Lopez", "urges", "Ali Demir")),
    ("Maria Lopez wants Spain to do more on migration.", ("Maria Lopez", "urges", "Spain")),
    ("Maria Lopez directed Ali Demir to conduct a review.", ("Maria Lopez", "urges", "Ali Demir")),
])
def test_bidding_an_actor_to_act_urges_it(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text", [
    "Maria Lopez called Ali Demir to give him her support.",
    "Asked if she wanted Ali Demir to stay, Maria Lopez smiled.",
])
def test_a_call_or_a_question_bids_no_one(read, text):
    assert not [r for r in read(text).relations if r.predicate == "urges"]


@pytest.mark.parametrize("text", [
    "“We must act now,” Maria Lopez said.",
    "Maria Lopez, the U.S. ambassador to the United Nations, said: “We should all be willing to listen.”",
    "Maria Lopez said Spain should have acted sooner.",
    "Maria Lopez said she would go with Ali Demir should the Spanish president decide to visit.",
    "Maria Lopez said Ali Demir must be replaced.",
    "Spain should respect the ruling.",
])
def test_no_urging_by_oneself_for_the_past_a_passive_or_in_the_articles_voice(read, text):
    assert not [r for r in read(text).relations if r.predicate == "urges"]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir congratulated Maria Lopez on Tuesday.", ("Ali Demir", "praises", "Maria Lopez", "asserted")),
    ("Maria Lopez prevailed over Ali Demir.", ("Maria Lopez", "opposesActor", "Ali Demir", "asserted")),
    ("Maria Lopez tapped Ali Demir to become head of the bank.", ("Maria Lopez", "supports", "Ali Demir", "asserted")),
    ("The United States admonished Russia for its veto.", ("United States", "criticizes", "Russia", "asserted")),
    ("Maria Lopez greeted Ali Demir on Monday.", ("Maria Lopez", "meets", "Ali Demir", "asserted")),
    ("Ali Demir will not campaign for Maria Lopez.", ("Ali Demir", "supports", "Maria Lopez", "negated")),
    ("Democrats rallied behind Maria Lopez on Tuesday.", ("Democratic Party", "supports", "Maria Lopez", "asserted")),
    ("Many Republicans distanced themselves from Ali Demir.",
     ("Republican Party", "opposesActor", "Ali Demir", "asserted")),
    ("Maria Lopez informed Ali Demir about the call.", ("Maria Lopez", "communicatesWith", "Ali Demir", "asserted")),
    ("Maria Lopez voted for Ali Demir last year.", ("Maria Lopez", "supports", "Ali Demir", "asserted")),
    ("No Republicans voted against Ali Demir.", ("Republican Party", "opposesActor", "Ali Demir", "negated")),
    ("Ali Demir said there was no evidence the Demir campaign colluded with Russia.",
     ("Demir campaign", "cooperatesWith", "Russia", "negated")),
    ("Mueller is investigating whether the Demir campaign colluded with Russia.",
     ("Demir campaign", "cooperatesWith", "Russia", "hedged")),
    ("If Spain attacks France, Italy will help France.", ("Spain", "attacks", "France", "hedged")),
    ("Maria Lopez wrote in a letter to Ali Demir that the rule was flawed.",
     ("Maria Lopez", "communicatesWith", "Ali Demir", "asserted")),
    ("Maria Lopez's allegation against Ali Demir shocked the Senate.",
     ("Maria Lopez", "accuses", "Ali Demir", "asserted")),
    ("Republicans turned up the pressure on Ali Demir.", ("Republican Party", "urges", "Ali Demir", "asserted")),
    ("The United States tightened sanctions on Iran.", ("United States", "sanctions", "Iran", "asserted")),
    ("“We have lines of communications to Pyongyang,” Ali Demir said.",
     ("Ali Demir", "communicatesWith", "North Korea", "asserted")),
    ("Maria Lopez stressed the Spanish commitment to stand with France against the rebels and Ali Demir.",
     ("Spain", "supports", "France", "hedged")),
    ("Maria Lopez said she had discussed the issue of bias with Ali Demir.",
     ("Maria Lopez", "communicatesWith", "Ali Demir", "asserted")),
    ("Senator Maria Lopez discussed the resolution with Jose Garcia on Thursday.",    # 'with' hung on the object
     ("Maria Lopez", "communicatesWith", "Jose Garcia", "asserted")),
    ("Joe Biden has been critical of Ali Demir.", ("Joe Biden", "criticizes", "Ali Demir", "asserted")),
    ("North Korea is not interested in talks.", ("North Korea", "supports", "talks", "negated")),
    ("Spain remains committed to dialogue.", ("Spain", "supports", "dialogue", "asserted")),
    ("Maria Lopez is opposed to the plan.", ("Maria Lopez", "rejects", "plan", "asserted")),
    ("Maria Lopez was opposed by Spain.", ("Spain", "opposesActor", "Maria Lopez", "asserted")),
])
def test_more_verbs_and_the_polarity_of_conditions_findings_and_no_one(read, text, expected):
    assert expected in relations(read(text))


def test_a_phrase_a_cue_noun_takes_stays_with_the_noun(read):
    # 'the deal with Iran' is a deal between others and Iran: discussing it talks with no one
    found = facts(read("Senator Maria Lopez discussed the deal with Iran on Thursday."))
    assert not any(r[1] == "communicatesWith" for r in found)


@pytest.mark.parametrize("text, absent", [
    ("Maria Lopez's political allies have increased their criticism of Ali Demir.",
     ("Maria Lopez", "criticizes", "Ali Demir")),
    ("Maria Lopez phoned in while her top aides met with Ali Demir.", ("Maria Lopez", "meets", "Ali Demir")),
    ("Maria Lopez spoke on Monday. Her opponent embraces Ali Demir.", ("Maria Lopez", "supports", "Ali Demir")),
])
def test_the_people_around_an_actor_do_not_act_as_the_actor(read, text, absent):
    found = facts(read(text))
    assert absent not in found
    assert not any(s == "Maria Lopez" for s, _, _ in found)


def test_a_pair_called_allies_is_allied_to_each_other(read):
    found = facts(read("Spain and France have argued for months over fishing. "
                       "The matter has created tension between the two NATO allies."))
    assert ("Spain", "cooperatesWith", "France") in found or ("France", "cooperatesWith", "Spain") in found
    assert {("Spain", "memberOf", "NATO"), ("France", "memberOf", "NATO")} <= found


def test_attacking_a_person_is_criticism_and_a_trip_belongs_to_the_subject(read):
    found = facts(read("Republicans attacked Special Counsel Robert Mueller on Monday. "
                       "Angela Merkel spoke during a trip to Japan."))
    assert ("Republican Party", "criticizes", "Robert Mueller") in found
    assert ("Angela Merkel", "visits", "Japan") in found


@pytest.mark.parametrize("text, expected", [
    ("Iran has shown no interest in dialogue.", ("Iran", "supports", "dialogue", "negated")),
    ("The report showed no evidence of collusion between Spain and France.",
     ("Spain", "cooperatesWith", "France", "negated")),
    ("Jose Garcia is probing allegations that Spain attacked France.", ("Spain", "attacks", "France", "hedged")),
    ("Angela Merkel expressed hope for a ceasefire.", ("Angela Merkel", "supports", "ceasefire", "asserted")),
    ("Jean Dupont downplayed Angela Merkel's remarks on Monday.", ("Jean Dupont", "contradicts", "Angela Merkel", "asserted")),
    ("Judge Jean Dupont rejected Angela Merkel's argument on Monday.", ("Jean Dupont", "rejects", "Angela Merkel", "asserted")),
    ("Germany is maintaining open lines of communication with Iran.", ("Germany", "communicatesWith", "Iran", "asserted")),
    ("The speech was a provocative shot at Angela Merkel by Jean Dupont.", None),
])
def test_stance_nouns_and_utterances(read, text, expected):
    found = relations(read(text))
    if expected is None:   # no subject for the noun: nothing is invented
        assert not [r for r in found if r[1] == "criticizes" and r[0] != "Jean Dupont"]
    else:
        assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    ("Jose Garcia's speech was a deliberate shot at Angela Merkel.", {("Jose Garcia", "Angela Merkel")}),
    ("Jose Garcia's speech undercut his foreign minister. It was also a deliberate shot at Angela Merkel.",
     {("Jose Garcia", "Angela Merkel")}),
    ("The storm hit Spain. It was also a deliberate shot at Angela Merkel.", set()),
])
def test_what_an_actor_said_acts_as_the_actor_as_the_subject_of_be_and_as_it(read, text, expected):
    assert {(r[0], r[2]) for r in facts(read(text)) if r[1] == "criticizes"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Jose Garcia said that Ali Demir said he would meet Maria Lopez.", ("Ali Demir", "meets", "Maria Lopez")),
    ("Jose Garcia told reporters he wrote the memo in which Ali Demir said he fired Maria Lopez.",
     ("Ali Demir", "opposesActor", "Maria Lopez")),
    ("Jose Garcia smiled when Ali Demir said he does not blame Spain for the deficit.",
     ("Ali Demir", "accuses", "Spain")),
    ("Unless France pays, Spain will sue it.", ("Spain", "sues", "France")),     # not its own clause's subject
])
def test_a_pronoun_is_the_subject_of_the_nearest_clause_above_it(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Spain hopes that France will respect the ruling.", ("Spain", "urges", "France", "asserted")),
    ("Ali Demir hopes that the French side continues to abide by the agreement.",
     ("Ali Demir", "urges", "France", "asserted")),
    ("Spain does not hope that France will win.", ("Spain", "urges", "France", "negated")),
    ("Ali Demir hopes he will meet Maria Lopez.", ("Ali Demir", "meets", "Maria Lopez", "hedged")),  # lemma 'hop'
])
def test_hoping_that_another_actor_acts_appeals_to_it(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text", ["Spain hopes France will be punished.", "Spain hopes the talks will succeed."])
def test_hoping_for_what_is_done_to_an_actor_or_for_a_thing_urges_no_one(read, text):
    assert not [r for r in relations(read(text)) if r[1] == "urges"]


def test_pronouns_respect_a_gender_the_text_has_shown(read):
    # without the honorifics 'She' would go to the first subject of the sentence before, Macron
    text = ("Mrs. Angela Merkel met Mr. Emmanuel Macron on Monday. "
            "Later Emmanuel Macron and Angela Merkel spoke to reporters. She said the talks went well.")
    assert ("Angela Merkel", "the talks went well", False) in said(read(text))


def test_a_negated_speech_verb_is_not_a_statement_of_its_content(read):
    statements = said(read("Angela Merkel does not think that now is the time to negotiate."))
    assert not [t for _, t, _ in statements if "time to negotiate" in t]


def test_a_cue_before_a_colon_belongs_to_the_quote_after_it(read):
    text = ('Donald Trump threatened Iran with “total destruction,” and Angela Merkel replied: '
            '“I think everyone would like for it to calm down.”')
    statements = said(read(text))
    assert ("Angela Merkel", "I think everyone would like for it to calm down.", True) in statements
    assert not [t for s, t, _ in statements if "destruction" in t and s == "Angela Merkel"]


def test_names_the_model_missed_are_found_again(nlp):
    from graphbuild.extract.entities import Mention, refind

    parsed = nlp("Rod Rosenstein testified. Later Rosenstein, who appointed Mueller, spoke.")
    again = refind(parsed, [Mention(0, 2, "Rod Rosenstein", Kind.PERSON)])
    assert [(m.text, m.kind, m.start) for m in again] == [("Rosenstein", Kind.PERSON, 5)]


def test_a_nickname_used_again_in_a_shorter_form_still_teaches_the_alias(read):
    text = ("Emmanuel Macron wrote that his minister of state was wasting his time trying to negotiate with "
            "Little Danube Fox, using his sarcastic nickname for Viktor Orban. Later he said being nice to "
            "Danube Fox had not worked.")
    orban = next(r for r in read(text).referents if r.name == "Viktor Orban")
    assert {"Little Danube Fox", "Danube Fox"} <= orban.names
    assert "state" not in orban.names


def test_a_described_source_speaks_as_its_publisher(read):
    statements = said(read("An article in the Washington Post on Saturday revealed that Angela Merkel had resigned."))
    assert statements and statements[0][0] == "Washington Post"


def test_an_office_under_a_leader_is_an_office_of_what_he_leads(read):
    text = "French President Emmanuel Macron said his foreign minister Jean Dupont would travel to Rome."
    assert ("Jean Dupont", "officialOf", "France") in facts(read(text))


# ------------------------------------------------------------------ more cues, nouns and roles

@pytest.mark.parametrize("text, expected", [
    ("Angela Merkel called on Russia to withdraw its troops.", ("Angela Merkel", "urges", "Russia")),
    ("Vladimir Putin hosted Recep Tayyip Erdogan in Sochi on Monday.", ("Vladimir Putin", "meets", "Recep Tayyip Erdogan")),
    ("Justin Trudeau arrived in India on Monday.", ("Justin Trudeau", "visits", "India")),
    ("Germany has always stuck to the nuclear treaty.", ("Germany", "supports", "nuclear treaty")),
])
def test_more_standard_cue_verbs(read, text, expected):
    assert expected in facts(read(text))


def test_a_relative_pronoun_object_is_the_noun_the_clause_modifies(read):
    assert ("Spain", "accuses", "Jane Smith") in facts(read("Jane Smith, whom Spain blames for the losses, fled."))
    # 'who(m)' wants a person, not the place just before it
    found = facts(read("They argued about Jane Smith, a banker living in Brazil whom Spain blames for the losses."))
    assert ("Spain", "accuses", "Brazil") not in found
    assert ("Spain", "accuses", "Jane Smith") in found


@pytest.mark.parametrize("text, expected", [
    ("Talks between Germany and France stalled.", ("Germany", "negotiatesWith", "France")),
    ("A visit by Emmanuel Macron to China is planned.", ("Emmanuel Macron", "visits", "China")),
    ("Ali Demir's arrival in Madrid was delayed.", ("Ali Demir", "visits", "Madrid")),
    ("The ceremony on Ali Demir's arrival at Madrid's airport was lavish.", ("Ali Demir", "visits", "Madrid")),
    ("Criticism of Russia by Angela Merkel grew.", ("Angela Merkel", "criticizes", "Russia")),
])
def test_nouns_of_two_sided_acts_and_agents_of_nouns(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_no_one_visits_a_city_of_the_country_whose_office_they_hold(read):
    found = relations_without_polarity(read("Chinese President Xi Jinping hosted Ali Demir during Xi's visit to Beijing."))
    assert not [r for r in found if r[1] == "visits"]


def relations_without_polarity(extraction) -> set[tuple[str, str, str]]:
    return {r[:3] for r in relations(extraction)}


def test_roles_of_a_state_a_party_office_and_an_organisation_through_its(read):
    found = facts(read("Ohio's Republican Attorney General Jane Doe spoke on Monday."))
    assert ("Jane Doe", "officialOf", "Ohio") in found
    assert ("Jane Doe", "officialOf", "Republican Party") not in found   # a party has no attorney general
    found = facts(read("Bob Smith, the Conservative chairman of the Finance Committee, spoke."))
    assert ("Bob Smith", "leaderOf", "Finance Committee") in found
    found = facts(read("The Green Party said its chairwoman, Jane Doe, would resign."))
    assert ("Jane Doe", "leaderOf", "Green Party") in found
    assert ("Tom Fox", "memberOf", "CIA") in facts(read("Tom Fox, a CIA agent, was arrested."))


def test_a_title_alone_is_not_a_name(read):
    extraction = read("Jane Doe spoke. Her years as Attorney General were busy.")
    assert "Attorney General" not in {r.name for r in extraction.referents}


def test_a_member_title_names_its_body(read):
    found = facts(read("The Senate voted on Monday. Senator Jane Doe of France opposed the bill."))
    assert ("Jane Doe", "memberOf", "Senate") in found
    assert ("Jane Doe", "memberOf", "France") not in found


# ------------------------------------------------------------------ ties, journeys, moments, titled objects

@pytest.mark.parametrize("text, expected", [
    ("Iran and Russia, Maduro's main allies, sent advisers.",
     {("Iran", "cooperatesWith", "Maduro"), ("Russia", "cooperatesWith", "Maduro")}),
    ("Cuba, Nicolas Maduro's closest ally, sent advisers.", {("Cuba", "cooperatesWith", "Nicolas Maduro")}),
    ("Erdogan ally Devlet Bahceli declared victory.", {("Devlet Bahceli", "cooperatesWith", "Erdogan")}),
    ("Hungary has been a strong partner of Poland in the European Union.", {("Hungary", "cooperatesWith", "Poland")}),
    ("John Smith, a longtime critic of Angela Merkel, resigned.", {("John Smith", "criticizes", "Angela Merkel")}),
    ("Germany and France, the two NATO allies, met.", {("Germany", "memberOf", "NATO"), ("France", "memberOf", "NATO")}),
    # a stance's tie to a thing, also in a relative clause on the actor
    ("Representative Pete Sessions, a longtime supporter of free trade deals, spoke on Monday.",
     {("Pete Sessions", "supports", "free trade deals")}),
    ("Senator Maria Lopez, a fierce critic of the tax bill, spoke on Monday.", {("Maria Lopez", "criticizes", "tax bill")}),
    ("Representative Pete Sessions, a Texas Republican who has long been a supporter of free trade deals, spoke.",
     {("Pete Sessions", "supports", "free trade deals")}),
    ("Senator Maria Lopez, who is a close ally of Jose Garcia, spoke on Monday.",
     {("Maria Lopez", "cooperatesWith", "Jose Garcia")}),
    # being part of a body is membership
    ("The FBI, which is part of the Department of Justice, declined to comment.",
     {("FBI", "memberOf", "Justice Department")}),
    ("Jose Garcia, part of the Democratic Party's leadership, spoke.", {("Jose Garcia", "memberOf", "Democratic Party")}),
])
def test_a_tie_noun_relates_the_actor_it_describes(read, text, expected):
    assert expected <= facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Democrat Hillary Clinton, who lost to Jose Garcia in the 2016 election, spoke on Monday.",
     {("Hillary Clinton", "opposesActor", "Jose Garcia")}),
    ("Senator Maria Lopez lost to cancer last year.", set()),      # an actor's rival only
])
def test_losing_to_someone_opposes_them(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] in {"opposesActor", "rejects"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("The Podesta Group filed lobbying disclosures with the Department of Justice in April.",
     ("Podesta Group", "communicatesWith", "Justice Department")),
    ("Senator Bob Menendez intervened with Medicare officials on Salomon Melgen's behalf.",
     ("Bob Menendez", "urges", "Medicare officials")),
])
def test_filing_with_a_body_or_intervening_with_officials(read, text, expected):
    assert expected in facts(read(text))


def test_a_race_between_candidates_opposes_them(read):
    found = facts(read("Opinion polls show a tight race between Senator Maria Lopez and Jose Garcia."))
    assert ("Maria Lopez", "opposesActor", "Jose Garcia") in found


def test_a_part_of_a_country_is_its_territory_no_member(read):
    assert not {f for f in facts(read("Crimea is part of Ukraine, the minister said.")) if f[0] == "Crimea"}


def test_a_former_tie_is_not_a_current_relation(read):
    assert not {f for f in facts(read("Cuba, a former ally of Angola, rejected the deal.")) if f[1] == "cooperatesWith"}
    assert ("Cuba", "cooperatesWith", "Russia") in facts(read("Cuba, an old ally of Russia, rejected the plan."))


@pytest.mark.parametrize("text, expected", [
    ("Angela Merkel was in Kenya to prepare a visit.", {("Angela Merkel", "visits", "Kenya")}),
    ("Emmanuel Macron ended a week-long trip that took him to Kenya, Ghana and Nigeria.",
     {("Emmanuel Macron", "visits", "Kenya"), ("Emmanuel Macron", "visits", "Ghana"), ("Emmanuel Macron", "visits", "Nigeria")}),
    ("The tour took Angela Merkel to Chile and Peru.", {("Angela Merkel", "visits", "Chile"), ("Angela Merkel", "visits", "Peru")}),
    # acting at a gathering held in a place, or telling reporters there
    ("U.S. President Donald Trump praised him on Friday at a rally in Pensacola, Florida.",
     {("Donald Trump", "visits", "Pensacola")}),
    ("“He is a fighter,” U.S. President Donald Trump said at an event in Salt Lake City.",
     {("Donald Trump", "visits", "Salt Lake City")}),
    ("Senator Maria Lopez said in a speech in Ohio that the tax bill was a disaster.", {("Maria Lopez", "visits", "Ohio")}),
    ("U.S. Secretary of State Maria Lopez told reporters in Geneva on Friday that the talks would go on.",
     {("Maria Lopez", "visits", "Geneva")}),
    # setting out or coming back: the journey the verb's 'for', 'on' or 'from' names
    ("Ann Lee left for a trip to Kenya on Friday.", {("Ann Lee", "visits", "Kenya")}),
    ("Maria Lopez returned on Monday from a tour of Asia.", {("Maria Lopez", "visits", "Asia")}),
    ("Ali Demir flew into Seoul on Friday.", {("Ali Demir", "visits", "Seoul")}),
    # who meets in a town or country is there
    ("Ann Lee met Jose Garcia in Manila on Friday.",
     {("Ann Lee", "visits", "Manila"), ("Jose Garcia", "visits", "Manila")}),
    ("Maria Lopez held talks with Ali Demir in Geneva.",
     {("Maria Lopez", "visits", "Geneva"), ("Ali Demir", "visits", "Geneva")}),
])
def test_presence_and_journeys_are_visits(read, text, expected):
    assert expected <= facts(read(text))


@pytest.mark.parametrize("text", [
    "Angela Merkel was in favor of the plan.",   # not a place
    "Germany was in Kenya.",                     # a country is not a traveller
    "The storm took Angela Merkel to Kenya.",    # not a journey
    "Angela Merkel was born in Hamburg.",
    "Angela Merkel's snub of Emmanuel Macron as he was in Kenya angered Paris.",   # who is 'he'?
    "Pensacola officials said at a rally in Pensacola that the plan was bad.",     # not a person
    "U.S. President Donald Trump told reporters in Washington that he was happy.",    # his country's capital
    "U.S. President Donald Trump signed the bill at a ceremony in the Roosevelt Room.",     # a room, no town
    "Senator Maria Lopez praised the speech in Ohio on Monday.",       # not said at it
    "Maria Lopez voted for a trip to Kenya.",         # no journey of hers
    "Ann Lee met Jose Garcia in March.",              # no place
])
def test_what_is_not_a_visit(read, text):
    assert not {f for f in facts(read(text)) if f[1] == "visits"}


def test_meeting_in_ones_own_capital_is_no_visit(read):
    found = {f for f in facts(read("Spanish Prime Minister Ali Demir met French President Jose Garcia in Madrid."))
             if f[1] == "visits"}
    assert found == {("Jose Garcia", "visits", "Madrid")}


def test_a_denied_presence_is_a_negated_visit(read):
    assert ("Angela Merkel", "visits", "Kenya", "negated") in relations(read("Angela Merkel was not in Kenya last week."))


def test_the_moment_to_act_is_the_judges_stance_and_its_negation_counts(read):
    assert ("Angela Merkel", "communicatesWith", "Russia", "negated") in relations(
        read("Angela Merkel does not believe this is the right moment to talk to Russia."))
    assert ("Angela Merkel", "negotiatesWith", "Russia", "hedged") in relations(
        read("Angela Merkel believes this is the moment to negotiate with Russia."))
    assert not relations(read("It is time to talk to Russia."))


def test_a_title_object_is_the_person_who_holds_it(read):
    extraction = read("Angela Merkel held talks with U.N. Special Envoy for Yemen Hans Grundberg in Geneva.")
    found = relations(extraction)
    assert ("Angela Merkel", "negotiatesWith", "Hans Grundberg", "asserted") in found
    assert ("Hans Grundberg", "officialOf", "United Nations", "asserted") in found      # the envoy's body, not his remit
    assert not {r for r in found if r[2] in {"United Nations", "Yemen"} and r[0] == "Angela Merkel"}


def test_a_party_office_in_a_chamber_gives_the_party_role_and_the_membership(read):
    found = facts(read("Senate Republican whip John Smith criticized the bill."))
    assert {("John Smith", "officialOf", "Republican Party"), ("John Smith", "memberOf", "Senate")} <= found
    assert not {f for f in facts(read("CNN political director John Smith criticized the bill.")) if f[1] == "memberOf"}


@pytest.mark.parametrize("text, expected", [
    ("The Obama administration backed the peace talks in Geneva.", ("Obama administration", "supports", "peace talks")),
    ("The Clinton campaign criticized Vladimir Putin.", ("Clinton campaign", "criticizes", "Vladimir Putin")),
])
def test_a_persons_administration_or_campaign_is_an_organisation_of_its_own(read, text, expected):
    extraction = read(text)
    assert expected in facts(extraction)
    assert {r.name: r.kind for r in extraction.referents}[expected[0]] is Kind.ORGANIZATION


def test_a_title_parsed_as_a_subject_of_its_own_belongs_to_the_name_after_it(read):
    extraction = read("Those young workers must be paid now,  Senate Democratic whip Dick Durbin declared on the floor.")
    assert said(extraction)[0][0] == "Dick Durbin"
    assert ("Dick Durbin", "officialOf", "Democratic Party") in facts(extraction)
    assert all(not r.name.endswith("whip") for r in extraction.referents)


def test_a_plural_description_is_not_the_one_person_with_that_title(read):
    extraction = read("Senator Jane Doe spoke first. The senators later asked Angela Merkel to resign.")
    assert not {f for f in facts(extraction) if f[0] == "Jane Doe" and f[1] != "memberOf"}   # she is a senator


@pytest.mark.parametrize("text, expected", [
    ("Backed by Russia and Iran, the Syrian government retook Aleppo.",
     {("Russia", "supports", "Syria"), ("Iran", "supports", "Syria")}),
    ("Angela Merkel, supported by France, rejected the deal.", {("France", "supports", "Angela Merkel")}),
    ("The truce brokered by Norway held for a week.", {("Norway", "supports", "truce")}),
])
def test_a_reduced_passive_takes_its_by_agent_as_subject(read, text, expected):
    assert expected <= facts(read(text))


def test_only_stances_take_a_topic_as_object(read):
    assert not facts(read("Norway hosted the talks."))          # a meeting is with someone, not with talks
    assert ("Norway", "supports", "talks") in facts(read("Norway supported the talks."))


def test_a_speech_verb_set_into_the_clause_it_reports(read):
    found = said(read("The policy has badly hurt the senator with young voters, Lindsey Graham said, since most of "
                      "them accept the science."))
    # like "..., Trump wrote" after a quote whose marks were stripped, the inverted order counts as direct
    assert found == [("Lindsey Graham", "The policy has badly hurt the senator with young voters", True)]


def test_a_speaker_the_parser_filed_inside_an_opening_phrase(read):
    found = said(read("In Berlin on Monday Angela Merkel said the talks had failed."))
    assert found == [("Angela Merkel", "the talks had failed", False)]


@pytest.mark.parametrize("text, expected", [
    ("According to the latest poll, Angela Merkel leads by four points.",
     ("latest poll", "Angela Merkel leads by four points", False)),
    ("The party lost ground, according to a survey by Reuters.", ("Reuters", "The party lost ground", False)),
    ("According to the union, the company cut wages.", ("union", "the company cut wages", False)),
    ("The top 1 percent would gain 19.9 percent, according to the Tax Foundation, more than twice what it "
     "projected for the middle class.", ("Tax Foundation", "The top 1 percent would gain 19.9 percent", False)),
    ("Three years later, according to CNN, he married a teacher.",
     ("CNN", "Three years later, according to CNN, he married a teacher", False)),
    ("More than half of his advice is wrong, according to a British medical journal.",
     ("British medical journal", "More than half of his advice is wrong", False)),
    # a document named after the body that made it is that body's
    ("Texas exports rose last year, according to Commerce Department data.",
     ("Commerce Department", "Texas exports rose last year", False)),
    ("Texas exports rose last year, according to a Reuters tally.", ("Reuters", "Texas exports rose last year", False)),
])
def test_according_to_a_document_or_an_unnamed_body(read, text, expected):
    assert said(read(text)) == [expected]


def test_a_persons_document_is_theirs(read):
    text = ("Bryon Hefner spoke. “I was shocked to learn of these anonymous and hurtful allegations,” the newspaper "
            "quoted Hefner’s attorney-issued statement as saying.")
    assert [speaker for speaker, _, _ in said(read(text))] == ["Bryon Hefner"]


def test_a_person_named_after_a_body_speaks_for_themselves(read):
    found = said(read("The Pentagon's acquisition chief said she wants to cut the time for major procurements."))
    assert [speaker for speaker, _, _ in found] == ["Pentagon's acquisition chief"]


def test_a_that_clause_hung_on_a_programme_name_is_what_was_said(read):
    found = said(read("Republican Richard Shelby said on CNN’s “State of the Union” that he did not vote for Moore."))
    assert found == [("Richard Shelby", "that he did not vote for Moore", False)]


@pytest.mark.parametrize("text, expected", [
    ("The campaign called the charges unsubstantiated and false.", "the charges unsubstantiated and false"),
    ("Angela Merkel called for a moratorium on new coal plants.", "a moratorium on new coal plants"),
])
def test_naming_and_asking_for_are_statements(read, text, expected):
    assert [text for _, text, _ in said(read(text))] == [expected]


@pytest.mark.parametrize("text", ["Donald Trump called Xi Jinping on Tuesday.", "Angela Merkel called a cabinet meeting."])
def test_a_phone_call_or_a_meeting_called_is_no_statement(read, text):
    assert not said(read(text))


def test_an_expressed_concern_is_said_and_a_relayed_one_keeps_both_speakers(read):
    assert said(read("Angela Merkel expressed concern about the arrests.")) == [
        ("Angela Merkel", "concern about the arrests", False)]
    found = said(read("The White House said Vice President Mike Pence voiced concern about the arrests."))
    assert ("Mike Pence", "concern about the arrests", False) in found
    assert any(speaker == "White House" for speaker, _, _ in found)


def test_a_quoted_name_gives_the_whole_naming(read):
    assert said(read('Angela Merkel called the remarks "a true wake-up call" for her party.')) == [
        ("Angela Merkel", 'the remarks "a true wake-up call"', False)]


@pytest.mark.parametrize("text, expected", [
    ("Senator John Smith has denied some of the allegations against him.",
     [("John Smith", "some of the allegations against him", False)]),
    ("Hezbollah declared victory in the war.", [("Hezbollah", "victory in the war", False)]),
    ("John Smith denied it.", []),     # a pronoun says nothing on its own
])
def test_what_a_speech_verb_takes_as_object(read, text, expected):
    assert said(read(text)) == expected


def test_visiting_a_person_is_meeting_them(read):
    found = facts(read("Emmanuel Macron visited Angela Merkel and then visited Kenya."))
    assert ("Emmanuel Macron", "meets", "Angela Merkel") in found and ("Emmanuel Macron", "visits", "Kenya") in found


def test_a_surname_the_model_read_as_a_region_joins_the_person_but_a_capital_does_not():
    from graphbuild.extract.entities import Mention, group_mentions

    found = [Mention(0, 2, "Anna Lincoln", Kind.PERSON), Mention(5, 6, "Lincoln", Kind.PLACE),
             Mention(8, 10, "Lena Paris", Kind.PERSON), Mention(12, 13, "Paris", Kind.PLACE, "FRA")]
    groups = {g.name: sorted(m.text for m in g.mentions) for g in group_mentions(found)}
    assert groups["Anna Lincoln"] == ["Anna Lincoln", "Lincoln"]
    assert groups["Paris"] == ["Paris"] and groups["Lena Paris"] == ["Lena Paris"]


def test_a_word_read_as_a_town_joins_the_company_it_starts_named_before_it():
    from graphbuild.extract.entities import Mention, group_mentions
    from graphbuild.knowledge import load

    found = [Mention(0, 3, "Fenwick Energy Holdings", Kind.ORGANIZATION), Mention(5, 6, "Fenwick", Kind.PLACE),
             Mention(8, 9, "Fenwick", Kind.PLACE),
             Mention(10, 13, "Ohio Energy Holdings", Kind.ORGANIZATION), Mention(14, 15, "Ohio", Kind.PLACE),
             Mention(16, 17, "Ohio", Kind.PLACE), Mention(18, 19, "Crandall", Kind.PLACE),
             Mention(20, 22, "Crandall Institute", Kind.ORGANIZATION)]
    groups = {g.name: sorted(m.text for m in g.mentions) for g in group_mentions(found, None, load())}
    assert groups["Fenwick Energy Holdings"] == ["Fenwick", "Fenwick", "Fenwick Energy Holdings"]
    # a state stays a place, and so does a name given before the organisation's
    assert groups["Ohio"] == ["Ohio", "Ohio"] and groups["Crandall"] == ["Crandall"]


def test_a_full_name_read_as_an_organisation_is_a_person_when_its_surname_stands_alone_as_one():
    from graphbuild.extract.entities import Mention, group_mentions

    found = [Mention(0, 2, "Kirsten Vale", Kind.ORGANIZATION), Mention(5, 6, "Vale", Kind.PLACE),
             Mention(8, 9, "Vale", Kind.PERSON), Mention(12, 14, "Morgan Stanley", Kind.ORGANIZATION),
             Mention(16, 19, "Bank of America", Kind.ORGANIZATION), Mention(21, 22, "America", Kind.PLACE, "USA")]
    groups = {g.name: (g.kind, sorted(m.text for m in g.mentions)) for g in group_mentions(found)}
    assert groups["Kirsten Vale"] == (Kind.PERSON, ["Kirsten Vale", "Vale", "Vale"])
    assert groups["Morgan Stanley"][0] is Kind.ORGANIZATION          # no lone 'Stanley'
    assert groups["Bank of America"][0] is Kind.ORGANIZATION         # 'America' is a country, and 'of' no name word


@pytest.mark.parametrize("text, speaker", [
    ("Last week Ann Baker, 66, announced her resignation. The former comedian has denied the allegations.",
     "Ann Baker"),
    ("John Smith met Jane Doe on Monday. Later, the billionaire said the deal was good.", "John Smith"),
])
def test_a_definite_person_noun_points_back_to_the_person_just_named(read, text, speaker):
    assert (speaker, "the deal was good" if "deal" in text else "the allegations") in [
        (s, t) for s, t, _ in said(read(text))]


@pytest.mark.parametrize("text", [
    "A billionaire said the deal was good.",                                  # a new person
    "John Smith spoke on Monday. Nobody came. Then the billionaire said the deal was good.",   # too far back
    "John Smith met Jane Doe. The billionaire's lawyer said the deal was good.",   # someone else's
])
def test_other_person_nouns_stay_unnamed(read, text):
    speakers = [s for s, t, _ in said(read(text)) if t == "the deal was good"]
    assert len(speakers) == 1 and speakers[0] not in {"John Smith", "Jane Doe"}


def test_a_cue_whose_own_clause_follows_the_quote_does_not_take_the_quote(read):
    text = ("“We will fix the roads,” Jane Doe said. “I can promise you that the work starts in May.” "
            "Doe will be an excellent mayor, John Smith said.")
    statements = said(read(text))
    assert [s for s, t, _ in statements if t.endswith("I can promise you that the work starts in May.")] == ["Jane Doe"]
    assert ("John Smith", "Doe will be an excellent mayor") in [(s, t) for s, t, _ in statements]


def test_a_countrys_body_speaks_as_itself_but_acts_as_the_country(read):
    extraction = read("On Friday, Japan's defence ministry said it supported negotiations with Seoul. "
                      "We want calm, it said in a statement.")
    names = {r.key: r.name for r in extraction.referents}
    assert [names[s.speaker] for s in extraction.statements] == ["Japanese Defence Ministry"] * 2
    ministry = next(r for r in extraction.referents if r.name == "Japanese Defence Ministry")
    assert names[ministry.principal] == "Japan"
    stance = next(r for r in extraction.relations if r.predicate == "supports")
    assert names[stance.subject] == "Japan" and not extraction.is_reported(stance)   # its own stance: a fact


@pytest.mark.parametrize("text, speaker", [
    ("French officials said the negotiations had failed.", "French officials"),    # unnamed people of their own
    ("The French government said the negotiations had failed.", "France"),        # the state itself
    ("The U.S. embassy in Ankara said the negotiations had failed.", "American Embassy in Ankara"),
])
def test_who_speaks_for_a_country(read, text, speaker):
    assert [s for s, _, _ in said(read(text))] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ("Anna Berg was appointed on Wednesday to replace John Dahl.", ("Anna Berg", "succeeds", "John Dahl", "asserted")),
    ("Angela Merkel is scheduled to have lunch with Emmanuel Macron.",
     ("Angela Merkel", "meets", "Emmanuel Macron", "hedged")),
    ("Anna Berg refused to meet John Dahl.", ("Anna Berg", "meets", "John Dahl", "negated")),
    ("John Dahl was told to stop attacking Anna Berg.", ("John Dahl", "criticizes", "Anna Berg", "negated")),
    ("Maria Lopez avoided calling on Ali Demir to resign.", ("Maria Lopez", "urges", "Ali Demir", "negated")),
    ("Anna Berg has her own lawsuit against the Labor Department.",
     ("Anna Berg", "sues", "Labor Department", "asserted")),
    ("The Teachers Union filed a suit against Donald Trump.", ("Teachers Union", "sues", "Donald Trump", "asserted")),
])
def test_passive_controllers_plans_refusals_and_lawsuits(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("France has withdrawn its support for Ali Demir.", ("France", "supports", "Ali Demir", "negated")),
    ("The United States lifted sanctions on Spain.", ("United States", "sanctions", "Spain", "negated")),
    ("The United States did not lift sanctions on Spain.", ("United States", "sanctions", "Spain", "asserted")),
    ("Spain may suspend talks with France.", ("Spain", "negotiatesWith", "France", "hedged")),
    ("Spain threatened to impose sanctions on France.", ("Spain", "sanctions", "France", "hedged")),
    ("Spain threatened to impose sanctions on France.", ("Spain", "threatens", "France", "asserted")),
    ("Spain has threatened to sue France.", ("Spain", "threatens", "France", "asserted")),
    # warning of one's own hostile act to come is a threat
    ("Ali Demir has warned he would totally destroy Spain if it attacked France.",
     ("Ali Demir", "threatens", "Spain", "asserted")),
    ("Ali Demir warned that he would impose sanctions on Spain.", ("Ali Demir", "threatens", "Spain", "asserted")),
    ("Spain did not threaten to attack France.", ("Spain", "threatens", "France", "negated")),
    # the parser may hang the threatened act on the verb past a phrase, as a purpose: still the threat's
    ("Ali Demir threatened in his maiden United Nations address to \"totally destroy\" Spain.",
     ("Ali Demir", "threatens", "Spain", "asserted")),
    ("Ali Demir threatened in his maiden United Nations address to \"totally destroy\" Spain.",
     ("Ali Demir", "attacks", "Spain", "hedged")),
])
def test_what_is_withdrawn_is_negated_and_a_threatened_act_threatens(read, text, expected):
    assert expected in relations(read(text))



@pytest.mark.parametrize("text, expected, absent", [
    ("Reporters asked Ali Demir whether he would resign.", ("Reporters", "communicatesWith", "Ali Demir"),
     ("Reporters", "urges", "Ali Demir")),
    ("Ali Demir asked Maria Lopez about the talks.", ("Ali Demir", "communicatesWith", "Maria Lopez"),
     ("Ali Demir", "urges", "Maria Lopez")),
    ("Ali Demir asked Maria Lopez to resign.", ("Ali Demir", "urges", "Maria Lopez"), None),
    ("Maria Lopez said Ali Demir pressured her to resign when they met.", ("Ali Demir", "urges", "Maria Lopez"),
     ("Ali Demir", "communicatesWith", "Maria Lopez")),
])
def test_asking_a_question_speaks_to_someone_and_urges_nothing(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize("text, expected", [
    ("Spain will attack France if the talks fail.", ("Spain", "attacks", "France", "hedged")),
    ("Unless France pays, Spain will sue it.", ("Spain", "sues", "France", "hedged")),
    ("When asked by Ali Demir if he would run, Jose Garcia said he was not sure.",
     ("Ali Demir", "communicatesWith", "Jose Garcia", "asserted")),
])
def test_a_condition_hedges_the_act_it_governs(read, text, expected):
    assert expected in relations(read(text))


def test_a_countrys_leader_in_the_singular_is_the_leader_the_article_named(read):
    found = relations_without_polarity(read(
        "U.S. President Donald Trump arrived in Spain on Monday. The U.S. leader met Ali Demir on Tuesday."))
    assert ("Donald Trump", "meets", "Ali Demir") in found and ("United States", "meets", "Ali Demir") not in found
    assert ("China", "meets", "Ali Demir") in relations_without_polarity(read("Chinese leaders met Ali Demir."))


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a body word before a leader's title names the one committee the article has named
    ("The Finance Committee advanced the package by a vote of 14 to 9. \"The bill is sound,\" said committee "
     "Chairman Ali Demir.", {("Ali Demir", "leaderOf", "Finance Committee")}, set()),
    # and a second title before the first is the holder's too
    ("During a hearing of the House Ethics Committee, panel chairman Representative Ali Demir called the probe "
     "a sham.", {("Ali Demir", "leaderOf", "House Ethics Committee"),
                 ("Ali Demir", "memberOf", "House of Representatives")},
     {("Ali Demir", "memberOf", "House Ethics Committee")}),
    ("another foreign affairs panel member, Ali Demir, said the House Foreign Affairs Committee would vote.",
     {("Ali Demir", "memberOf", "House Foreign Affairs Committee")}, set()),
    # of two committees, either; an unnamed panel narrows the title to an official of the chamber
    ("The House Ethics Committee and the House Rules Committee met. The bill is sound, said committee Chairman "
     "Ali Demir.", set(), {("Ali Demir", "leaderOf", "House Ethics Committee"),
                           ("Ali Demir", "leaderOf", "House Rules Committee")}),
    ("The Senate Finance Committee met. U.S. House tax panel chairman Ali Demir said the rate would be cut.",
     {("Ali Demir", "officialOf", "House of Representatives")},
     {("Ali Demir", "leaderOf", "House of Representatives"), ("Ali Demir", "leaderOf", "Senate Finance Committee")}),
])
def test_a_committee_or_panel_before_a_title_is_the_one_the_article_named(read, text, expected, absent):
    found = facts(read(text))
    assert expected <= found and not absent & found


@pytest.mark.parametrize("text", [
    "Governor Ann Lee pardoned Jose Garcia on Friday.",
    "Governor Ann Lee's pardon of Jose Garcia angered her critics.",
    "Jose Garcia was pardoned by Governor Ann Lee in 2015.",
])
def test_a_pardon_helps_the_pardoned(read, text):
    assert ("Ann Lee", "helps", "Jose Garcia") in facts(read(text))


def test_a_sheriff_and_a_district_attorney_are_officials_of_where_they_serve(read):
    found = facts(read("Jose Garcia, the former sheriff of Travis County, met Ann Lee. Manhattan District Attorney "
                       "Ali Demir said the case was closed."))
    assert {("Jose Garcia", "officialOf", "Travis County"), ("Ali Demir", "officialOf", "Manhattan")} <= found


def test_a_deputy_is_an_official_not_the_leader(read):
    found = facts(read("Peter Brown, the CFPB's deputy director, resigned. Later CFPB Director Ann Lee spoke."))
    assert ("Peter Brown", "officialOf", "CFPB") in found and ("Ann Lee", "leaderOf", "CFPB") in found
    assert ("Peter Brown", "leaderOf", "CFPB") not in found


@pytest.mark.parametrize("text, expected, absent", [
    ("Ali Demir, the CFPB's communications director, resigned.",
     ("Ali Demir", "officialOf", "CFPB"), ("Ali Demir", "leaderOf", "CFPB")),
    ("Spanish opposition leader Ali Demir met Maria Lopez.", None, ("Ali Demir", "leaderOf", "Spain")),
    ("Labour party leader Ali Demir met Maria Lopez.", ("Ali Demir", "leaderOf", "Labour Party"), None),
    ("CFPB Director Ann Lee met Maria Lopez.", ("Ann Lee", "leaderOf", "CFPB"), None),
])
def test_a_noun_before_a_leaders_title_narrows_what_is_led(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent is None or absent not in found
    if expected is None:        # nor any other office of the country
        assert not any(r[0] == "Ali Demir" and r[2] == "Spain" for r in found)

def test_a_headline_name_the_parser_took_for_a_noun_is_found_again(read):
    text = "Price rules out talks with Chile\n\nTom Price said on Sunday that talks were a waste of time."
    assert ("Tom Price", "rejects", "talks", "asserted") in relations(read(text))   # 'Price' parsed as a noun


@pytest.mark.parametrize("text, expected, absent", [
    ("Angela Merkel urged Emmanuel Macron to meet Vladimir Putin.",
     ("Emmanuel Macron", "meets", "Vladimir Putin", "hedged"), ("Angela Merkel", "meets", "Vladimir Putin")),
    ("Angela Merkel forced Emmanuel Macron to meet Vladimir Putin.",
     ("Emmanuel Macron", "meets", "Vladimir Putin", "asserted"), ("Angela Merkel", "meets", "Vladimir Putin")),
    ("Angela Merkel told reporters she met Vladimir Putin.",
     ("Angela Merkel", "meets", "Vladimir Putin", "asserted"), None),
])
def test_the_object_of_a_verb_controls_its_infinitive_and_a_request_is_hedged(read, text, expected, absent):
    found = relations(read(text))
    assert expected in found
    assert absent is None or not any(r[:3] == absent for r in found)


@pytest.mark.parametrize("text, expected", [
    ("Spain is willing to work with France on the issue.", ("Spain", "cooperatesWith", "France", "hedged")),
    ("Ali Demir is due to meet Maria Lopez in Madrid.", ("Ali Demir", "meets", "Maria Lopez", "hedged")),
    ("Spain is not ready to negotiate with France.", ("Spain", "negotiatesWith", "France", "negated")),
    ("Spain is unwilling to negotiate with France.", ("Spain", "negotiatesWith", "France", "negated")),
    ("Ali Demir was quick to criticize Maria Lopez.", ("Ali Demir", "criticizes", "Maria Lopez", "asserted")),
])
def test_the_infinitive_of_a_predicate_adjective_is_its_subjects_act(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    ("Ali Demir criticized several countries, including France and Spain.",
     {("Ali Demir", "criticizes", "France"), ("Ali Demir", "criticizes", "Spain")}, ("Ali Demir", "criticizes", "country")),
    ("Several countries, including France and Spain, criticized Ali Demir.",
     {("France", "criticizes", "Ali Demir"), ("Spain", "criticizes", "Ali Demir")}, None),
    ("Spain imposed sanctions on 12 people, including Ali Demir.", {("Spain", "sanctions", "Ali Demir")},
     ("Spain", "sanctions", "people")),
    ("Ali Demir met with European leaders such as Maria Lopez and Jose Garcia.",
     {("Ali Demir", "meets", "Maria Lopez"), ("Ali Demir", "meets", "Jose Garcia")}, None),
])
def test_the_members_a_plural_names_with_including_take_part(read, text, expected, absent):
    found = facts(read(text))
    assert expected <= found
    assert absent is None or absent not in found


def test_including_after_another_phrase_of_the_clause_names_no_members(nlp):
    """'including' hung on the subject past the verb and its phrases may list either side: read neither."""
    text = "Officials met with Ali Demir and his aides on Thursday, including Maria Lopez."
    extraction = reparsed(nlp, text, lambda words, _: {words.index("including"): (words.index("Officials"), "prep")})
    assert not [r for r in facts(extraction) if r[0] == "Maria Lopez"]


def test_members_of_a_body_act_as_the_body_unless_a_party_word_makes_them_a_part(read):
    found = facts(read("Members of the European Parliament criticized Ali Demir. "
                       "Ali Demir met members of the Senate Foreign Relations Committee."))
    assert {("European Parliament", "criticizes", "Ali Demir"),
            ("Ali Demir", "meets", "Senate Foreign Relations Committee")} <= found
    found = relations(read("Ali Demir is due to have lunch with Republican members of the Senate."))
    assert found and not [r for r in found if r[2] == "Senate"]


def test_a_body_named_later_in_the_of_phrase_is_what_the_role_is_of(nlp, read):
    """'minister of Spain's ... Council', as the parser reads some such phrases: the country as the object
    of 'of' and the council as an apposition of the title."""
    text = "Ali Demir, deputy minister of Spain's fisheries-policy Marine Resources Council, said France should act."
    found = relations(reparsed(nlp, text, lambda words, _: {
        words.index("Spain"): (words.index("of"), "pobj"), words.index("Council"): (words.index("minister"), "appos")}))
    assert ("Ali Demir", "officialOf", "Marine Resources Council", "asserted") in found
    assert ("Ali Demir", "officialOf", "Spain", "asserted") not in found
    assert ("Ali Demir", "officialOf", "Spain", "asserted") in relations(read(
        "Ali Demir, ambassador of Spain to the United Nations, said France should act."))


def test_the_two_leaders_are_leaders_of_countries_before_other_heads(read):
    text = ('French President Jose Garcia met Spanish Prime Minister Maria Lopez in Madrid. "It is easier with a good '
            'atmosphere," said Ali Demir, president of the Center for Trade and Growth. The two leaders '
            'held talks on trade.')
    found = facts(read(text))
    assert ("Jose Garcia", "negotiatesWith", "Maria Lopez") in found
    assert not [r for r in found if r[1] == "negotiatesWith" and "Ali Demir" in r]


@pytest.mark.parametrize("text", ["The messages between Ali Demir and Maria Lopez were released.",
                                  "The phone call between Ali Demir and Maria Lopez lasted an hour."])
def test_messages_and_calls_between_two_people_are_communication(read, text):
    assert ("Ali Demir", "communicatesWith", "Maria Lopez") in facts(read(text))


@pytest.mark.parametrize("text", ["Tensions between Spain and France have risen.",
                                  "The dispute between Spain and France over fishing rights deepened.",
                                  "The agency was thrown into a battle between Spain and France.",
                                  "Spain's rivalry with France is old."])
def test_tensions_and_disputes_between_two_sides_oppose_them(read, text):
    assert {("Spain", "opposesActor", "France"), ("France", "opposesActor", "Spain")} <= facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir is in a legal battle against Acme Corp.",
     {("Ali Demir", "opposesActor", "Acme Corp."), ("Acme Corp.", "opposesActor", "Ali Demir")}),
    ("Talks between Spain and France resumed.", {("Spain", "negotiatesWith", "France")}),     # symmetric: once
])
def test_a_battle_is_fought_by_both_sides_and_talks_between_two_are_given_once(read, text, expected):
    assert {r for r in facts(read(text)) if r[1] in {"opposesActor", "negotiatesWith"}} == expected


def test_a_name_before_the_auxiliary_of_its_own_clause_is_no_next_subject(read):
    """'The deal between X and Y was signed': Y is a party to the deal, not the subject of 'was'."""
    assert ("Spain", "cooperatesWith", "France") in facts(read("The deal between Spain and France was signed in May."))


def test_a_name_joined_to_the_object_but_subject_of_the_next_clause_is_not_said(read):
    statements = said(read("Spain denies the allegations and Ali Demir has denied any deal with France."))
    assert ("Spain", "the allegations", False) in statements


def test_what_someone_was_unable_to_confirm_is_no_statement_and_too_late_to_is_nobodys(read):
    assert said(read("Ali Demir was unable to confirm the allegations.")) == []
    assert not [r for r in relations(read("Spain met France. It may be too late to avoid a trade war with France."))
                if r[1] == "rejects"]


def test_no_relation_with_oneself(read):
    extraction = read("Spain said it would help Portugal to defend itself against floods.")
    assert not [r for r in extraction.relations if r.subject == r.object]
    assert ("Portugal", "supports", "Spain") not in facts(extraction)


def test_quotes_in_doubled_apostrophes_as_archives_print_them(read):
    text = ("Kevin Moore is a planner. ''I do not judge what people spend money on,'' he said. "
            "''But most parents wish they could go back and change what they spent.''")
    statements = said(read(text))
    assert [s for s, t, direct in statements if "I do not judge" in t and direct] == ["Kevin Moore"]
    assert any("most parents wish" in t for _, t, _ in statements)


def test_a_joined_clause_with_a_speech_verb_of_its_own_ends_the_reported_content(read):
    extraction = read("Anna Berg said she would order a review of the budget and warned against delays.")
    assert [s.text for s in extraction.statements][:1] == ["she would order a review of the budget"]


@pytest.mark.parametrize("text, speaker", [
    ("A new poll shows that most voters in Ohio dislike both candidates.", "new poll"),
    ("The study found that most voters disliked the tax plan.", "study"),
])
def test_a_documents_finding_is_what_it_says(read, text, speaker):
    assert [s for s, _, _ in said(read(text))] == [speaker]


def test_a_person_finding_a_thing_says_nothing(read):
    assert said(read("The police found the car in a lake near Dover.")) == []


@pytest.mark.parametrize("text, expected", [
    ("In a White House meeting with Prime Minister Ali Demir, Mike Pence raised the arrests.",
     ("Mike Pence", "meets", "Ali Demir", "asserted")),
    ("In talks with Emmanuel Macron, Angela Merkel raised trade.",
     ("Angela Merkel", "negotiatesWith", "Emmanuel Macron", "asserted")),
])
def test_a_setting_belongs_to_the_person_the_clause_is_about(read, text, expected):
    found = relations(read(text))
    assert expected in found and not any(r[0] == "White House" for r in found)


def test_a_setting_does_not_make_a_topic_a_party(read):
    assert not relations(read("North Korea is expected to top the agenda in talks with Shinzo Abe."))


@pytest.mark.parametrize("text, expected", [
    ("The Senate averted a government shutdown on Friday.", ("Senate", "rejects", "government shutdown", "asserted")),
    ("Angela Merkel vowed to protect the refugees.", ("Angela Merkel", "supports", "refugees", "asserted")),  # a vow
    ("The General Assembly agreed in June to a new budget.", ("General Assembly", "supports", "budget", "asserted")),
])
def test_stances_of_avoiding_protecting_and_agreeing_to(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text", [
    "Ann Lee wants to avoid paying more taxes.",            # her own act
    "Ann Lee wants to avoid the bank from failing.",        # the act it keeps from, not the bank
])
def test_avoiding_ones_own_act_or_keeping_someone_from_one_rejects_nothing(read, text):
    assert not {r for r in relations(read(text)) if r[1] == "rejects"}


def test_a_word_split_at_its_hyphen_gives_no_topic(read):
    names = {r.name for r in read("Anna Berg opposed re-election.").referents}
    assert "re" not in names


def test_what_unnamed_officials_say_of_their_country_is_reported_not_its_position(read):
    extraction = read("French officials said a French strike on Syria would risk heavy losses.")
    officials = next(r for r in extraction.referents if r.name == "French officials")
    assert extraction.statements[0].speaker == officials.key and officials.principal   # they speak for France
    assert extraction.relations and all(extraction.is_reported(r) for r in extraction.relations)


def test_a_name_with_a_particle_is_a_person_and_its_short_form_joins_it(read):
    extraction = read("Rex Tillerson spoke after holding talks with U.N. Special Envoy for Syria Staffan de Mistura "
                      "in Geneva.\nLater de Mistura said the talks would resume.")
    kinds = {r.name: r.kind for r in extraction.referents}
    assert kinds["Staffan de Mistura"] is Kind.PERSON and "de Mistura" not in kinds and "Later de Mistura" not in kinds
    assert ("Staffan de Mistura", "the talks would resume", False) in said(extraction)
    assert ("Rex Tillerson", "negotiatesWith", "Staffan de Mistura") in facts(extraction)


def test_an_organisation_named_with_a_particle_and_a_place_stays_one(read):
    kinds = {r.name: r.kind for r in read("The Banco de Chile said it was fine.").referents}
    assert kinds.get("Banco de Chile") is Kind.ORGANIZATION


def test_a_tie_noun_before_a_name_is_that_actor_also_as_a_speaker(read):
    extraction = read("The rebels look strong and last month Maduro ally Hezbollah declared victory in the war.")
    assert [s for s, _, _ in said(extraction)] == ["Hezbollah"]
    assert ("Hezbollah", "cooperatesWith", "Maduro") in facts(extraction)


def test_a_quotes_own_subject_is_not_the_speaker_even_when_parsed_as_the_cues(read):
    text = ("Al Jones resigned. “Her record of accomplishment as Lieutenant Governor demonstrates that she will be "
            "an effective senator who knows how to get things done for Ohio,” Jones said in a statement on Wednesday.")
    assert [s for s, _, _ in said(read(text))] == ["Al Jones"]


@pytest.mark.parametrize("text, speaker", [
    ("A Republican said the bill would fail.", "Republican"),
    ("The committee's ranking Democrat said the bill would fail.", "committee's ranking Democrat"),
    ("Republicans said the bill would fail.", "Republican Party"),
    ("The Democratic Party said the bill would fail.", "Democratic Party"),
])
def test_one_member_of_a_party_is_a_person_the_party_is_the_party(read, text, speaker):
    extraction = read(text)
    assert [s for s, _, _ in said(extraction)] == [speaker]


def test_the_party_member_just_named_is_that_person(read):
    text = "Anna Berg spoke on Monday. The Republican said she would vote for the bill."
    assert [s for s, _, _ in said(read(text))] == ["Anna Berg"]


def test_each_quote_goes_to_the_cue_whose_clause_holds_it(read):
    text = ("Anna Berg spoke in Oslo. Berg called her talks with Jonas Dahl “useful” and said Norway will "
            "“keep working for a ceasefire in the region”.")
    statements = {s.text: s.cue for s in read(text).statements}
    assert statements.get("her talks with Jonas Dahl “useful”") == "called"
    assert any("ceasefire" in t and cue == "said" for t, cue in statements.items())
    assert not any("useful" in t and "ceasefire" in t for t in statements)


def test_a_database_is_a_document_a_claim_is_attributed_to(read):
    # its maker, named before it, speaks through it
    text = "Jones is one of 700 people shot by police this year, according to a Reuters database tracking such deaths."
    assert [s for s, _, _ in said(read(text))] == ["Reuters"]
    text = "Jones is one of 700 people shot by police this year, according to a database tracking such deaths."
    assert [s for s, _, _ in said(read(text))] == ["database"]


def test_a_common_noun_that_spells_a_surname_is_not_the_person(read):
    price = next(r for r in read("Mark Price spoke on Monday. Price increases hit consumers hard this year.").referents
                 if r.name == "Mark Price")
    assert price.names == frozenset({"Mark Price"})


def test_a_countrys_title_before_the_name_goes_to_the_one_holder_named_later(read):
    text = ("Turkey's prime minister said on Thursday that the arrests were lawful. "
            "Later, Prime Minister Ali Demir met Mike Pence.")
    extraction = read(text)
    assert [s for s, _, _ in said(extraction)] == ["Ali Demir"]
    assert ("Ali Demir", "leaderOf", "Turkey") in facts(extraction)


@pytest.mark.parametrize("text", [
    "Maria Lopez voiced concern to Turkey's prime minister on Thursday. At a meeting with Prime Minister Ali Demir, "
    "Lopez urged restraint.",
    "Maria Lopez voiced concern to the Turkish prime minister on Thursday. Prime Minister Ali Demir did not reply.",
])
def test_an_owned_title_that_no_rule_reads_still_goes_to_the_holder_named_later(read, text):
    assert ("Ali Demir", "leaderOf", "Turkey") in facts(read(text))


@pytest.mark.parametrize("text, absent", [
    ("Ali Demir, Turkey's prime minister, met Maria Lopez. Turkey's prime minister said later that talks went well.",
     ("Turkey's prime minister", "leaderOf", "Turkey")),
    ("Russian lawyer Ann Lee met the family on Friday.", ("Ann Lee", "adviserTo", "Russia")),
    ("Maria Lopez voiced concern to Spain's foreign minister on Monday.",
     ("Spain's foreign minister", "officialOf", "Spain")),
])
def test_an_owned_title_set_beside_a_name_or_held_by_no_named_person_is_no_new_person(read, text, absent):
    assert absent not in facts(read(text))


@pytest.mark.parametrize("text", [
    "Italy's prime minister said on Thursday that the talks failed. Later, British Prime Minister Ann Lee met Mike Pence.",
    "Turkey's former prime minister said on Thursday that the talks failed. Later, Prime Minister Ali Demir met Mike Pence.",
])
def test_a_description_does_not_go_to_another_countrys_or_a_later_holder(read, text):
    extraction = read(text)
    assert [s for s, _, _ in said(extraction)] not in (["Ann Lee"], ["Ali Demir"])


def test_a_scare_quote_in_a_clause_is_no_statement_of_its_own(read):
    text = "Rex Dole said on Friday the plans would allow workers to telecommute on an “interim” basis for now."
    assert [t for _, t, _ in said(read(text))] != ["interim"]


@pytest.mark.parametrize("text, expected, absent", [
    ("Emmanuel Macron called for Iran to halt enrichment.",
     ("Emmanuel Macron", "urges", "Iran"), ("Emmanuel Macron", "supports", "Iran")),
    ("Spain's demand for France to hand over the suspect has strained ties.",
     ("Spain", "urges", "France"), ("Spain", "supports", "France")),
    ("Ali Demir pushed for Spain, the country of his birth, to extradite the suspect.",
     ("Ali Demir", "urges", "Spain"), None),
    ("Ali Demir called for talks with Iran to resume.", ("Ali Demir", "supports", "talks"), None),
])
def test_asking_for_an_actor_to_act_urges_that_actor(read, text, expected, absent):
    found = facts(read(text))
    assert expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize("text, expected", [
    ("Angela Merkel expressed hope for reducing tensions with Russia.",
     ("Angela Merkel", "supports", "reducing tensions")),
    ("Ali Demir pushed for lifting the sanctions on Iran.", ("Ali Demir", "supports", "lifting sanctions")),
])
def test_a_gerund_after_a_stance_is_the_topic_not_its_object(read, text, expected):
    found = facts(read(text))
    assert expected in found
    assert not any(r[1] == "supports" and r[2] in {"tension", "tensions", "sanctions"} for r in found)


def test_a_gerund_whose_object_is_too_general_is_no_topic(read):
    found = facts(read("Ali Demir called for reducing the number of tax brackets."))
    assert not any(r[2].startswith("reducing") for r in found)


def test_the_need_for_something_is_that_thing(read):
    extraction = read("Angela Merkel and Emmanuel Macron agreed on the need for constructive dialogue.")
    assert {("Angela Merkel", "supports", "dialogue"), ("Emmanuel Macron", "supports", "dialogue")} <= facts(extraction)


@pytest.mark.parametrize("text, expected", [
    ("Before leaving for Spain, Ali Demir said Turkey wanted good relations.", ("Ali Demir", "visits", "Spain")),
    ("Senator John McCain headed to Iraq on Monday.", ("John McCain", "visits", "Iraq")),
    ("Angela Merkel angered Russia by taking a telephone call from Ukrainian President Petro Poroshenko.",
     ("Angela Merkel", "communicatesWith", "Petro Poroshenko")),
    ("France will stand with Spain against the rebels.", ("France", "supports", "Spain")),
    ("Maria Lopez held positions at General Motors and the Red Cross.", ("Maria Lopez", "memberOf", "Red Cross")),
    ("Ali Demir joined the European Commission in 2004.", ("Ali Demir", "memberOf", "European Commission")),
])
def test_journeys_calls_stances_and_joining(read, text, expected):
    assert expected in facts(read(text))


def test_joining_a_person_makes_no_one_a_member(read):
    found = facts(read("Ali Demir joined Emmanuel Macron at the summit in Paris."))
    assert not any(r[1] == "memberOf" and r[2] == "Emmanuel Macron" for r in found)


@pytest.mark.parametrize("text, expected", [
    ("Ohio’s Democratic Lieutenant Governor Jane Roe was appointed on Wednesday.",
     ("Jane Roe", "memberOf", "Democratic Party")),
    ("Last year Democratic New York City Mayor Bill de Blasio won easily.",
     ("Bill de Blasio", "memberOf", "Democratic Party")),
])
def test_a_capitalised_party_word_the_model_missed_names_the_party(read, text, expected):
    assert expected in facts(read(text))


def test_a_party_word_opening_a_sentence_names_no_party(read):
    assert not any(r.name == "Labour Party" for r in read("Labour costs rose sharply in Britain.").referents)


def test_a_role_in_a_relative_clause_belongs_to_the_name_it_modifies(read):
    text = ("The U.S. Senate voted on Monday. Jane Roe will join Amy Lee, 57, who in 2006 became the "
            "state's first female senator.")
    assert ("Amy Lee", "memberOf", "Senate") in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Flynn's lawyer, Robert Kelner, called on Wednesday.", ("Robert Kelner", "adviserTo", "Flynn")),
    ("South Korea's national security adviser Chung Eui-yong met John Bolton.",     # an office of the state
     ("Chung Eui-yong", "officialOf", "South Korea")),
    ("South Korea's foreign policy adviser Chung Eui-yong met John Bolton.",
     ("Chung Eui-yong", "adviserTo", "South Korea")),
])
def test_a_lawyer_or_adviser_works_for_the_client_named(read, text, expected):
    assert expected in facts(read(text))


def test_where_a_lawyer_works_is_no_client(read):
    found = facts(read("Paul Hanly, a New York lawyer representing local governments, spoke on Monday."))
    assert not any(r[0] == "Paul Hanly" and r[1] == "adviserTo" for r in found)


@pytest.mark.parametrize("text, expected", [
    ("A Mulvaney spokesman said the agency would comply.", ("Mulvaney spokesman", "spokespersonFor", "Mulvaney")),
    ("Ali Demir spoke on Monday. A senior Demir administration official said the talks were off.",
     ("senior Demir administration official", "officialOf", "Demir administration")),
    ("The Justice Department inspector general said the review would continue.",
     ("Justice Department inspector general", "officialOf", "Justice Department")),
])
def test_an_unnamed_person_holds_the_role_the_description_names(read, text, expected):
    extraction = read(text)
    assert expected in facts(extraction)
    assert [s for s, _, _ in said(extraction)] == [expected[0]]     # the person speaks, not the body


def test_a_group_description_holds_no_one_role(read):
    found = facts(read("French officials said the talks were off."))
    assert not any(r[1] == "officialOf" for r in found)


def test_a_party_word_makes_no_office_of_the_party(read):
    text = "U.S. President Donald Trump spoke on Monday. The Republican president said the talks were off."
    extraction = read(text)
    assert not any(r[1] == "leaderOf" and r[2] == "Republican Party" for r in facts(extraction))
    assert [s for s, _, _ in said(extraction)] == ["Donald Trump"]


def test_a_countrys_title_goes_to_the_holder_named_later_with_that_country(read):
    text = ("Ali Demir took a call from Chile's president on Monday. President Jimmy Carter visited Lima. "
            "Chilean President Sebastian Pinera thanked Demir.")
    extraction = read(text)
    assert ("Ali Demir", "communicatesWith", "Sebastian Pinera") in facts(extraction)
    assert ("Jimmy Carter", "leaderOf", "Chile") not in facts(extraction)
    assert not any(r.name == "Chile's president" for r in extraction.referents)


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir called the charges baseless.", ("Ali Demir", "rejects", "charge")),
    ("Ali Demir said Maria Lopez's claims were untrue.", ("Ali Demir", "rejects", "Maria Lopez")),
])
def test_calling_a_thing_false_rejects_it(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir called Maria Lopez an idiot.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Ali Demir said Maria Lopez is a disgrace.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Ali Demir called the plan a disaster.", ("Ali Demir", "criticizes", "plan")),
    ('"Maria Lopez is a hero," Ali Demir said.', ("Ali Demir", "praises", "Maria Lopez")),
])
def test_calling_someone_a_name_judges_them(read, text, expected):
    assert expected in facts(read(text))
    assert not [r for r in facts(read("Maria Lopez is a disgrace.")) if r[1] == "criticizes"]   # the article's voice


def test_whoever_says_an_actor_failed_criticises_it(read):
    found = facts(read('"Maria Lopez failed, Jose Garcia failed," Ali Demir said.'))
    assert {("Ali Demir", "criticizes", "Maria Lopez"), ("Ali Demir", "criticizes", "Jose Garcia")} <= found
    found = facts(read("Ali Demir wrote that his rivals, Maria Lopez and Jose Garcia, had all failed on trade."))
    assert {("Ali Demir", "criticizes", "Maria Lopez"), ("Ali Demir", "criticizes", "Jose Garcia")} <= found
    assert not [r for r in facts(read("Ali Demir said Spain had failed to pass the bill.")) if r[1] == "criticizes"]
    assert not [r for r in facts(read("Spain failed.")) if r[1] == "criticizes"]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir used his sarcastic nickname for Maria Lopez, Little Fox.", {("Ali Demir", "criticizes", "Maria Lopez")}),
    ("Ali Demir posted a disparaging note about Maria Lopez and Jose Garcia on Twitter.",
     {("Ali Demir", "criticizes", "Maria Lopez"), ("Ali Demir", "criticizes", "Jose Garcia")}),
    ("They met men claiming to have derogatory information on Maria Lopez.", set()),   # no word about her
])
def test_a_derisive_word_about_an_actor_criticises_it(read, text, expected):
    assert {r for r in facts(read(text)) if r[1] == "criticizes"} == expected


def test_whoever_uses_a_nickname_is_neither_its_target_nor_its_name(read):
    extraction = read("Jose Garcia is wasting his time, Ali Demir wrote on Twitter, "
                      "using his sarcastic nickname for Maria Lopez.")
    assert {r for r in facts(extraction) if r[1] == "criticizes"} == {("Ali Demir", "criticizes", "Maria Lopez")}
    assert {"Ali Demir", "Maria Lopez"} <= {r.name for r in extraction.referents}    # not merged into one


def test_a_quoted_word_inside_a_reported_clause_is_not_added_twice(read):
    statements = said(read('Ali Demir called Maria Lopez an "idiot" and a "loathsome human."'))
    assert len(statements) == 1 and statements[0][1].count("loathsome human") == 1


@pytest.mark.parametrize("text", ["Ali Demir said the report was not false.", "The report is false.",
                                  "Maria Lopez spoke. Ali Demir said it was false."])
def test_no_one_rejects_what_is_not_called_false_or_is_called_so_by_the_article(read, text):
    assert not any(r[1] == "rejects" for r in facts(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Al Franken has denied some of the allegations against him.", ("Al Franken", "rejects", "allegation")),
    ("Russia denied the accusations from Ukraine.", ("Russia", "rejects", "Ukraine")),
    ("Russia dismissed criticism of Japan.", ("Russia", "rejects", "criticism")),
    ("The victory by Doug Jones over Republican candidate Roy Moore surprised many.",
     ("Doug Jones", "opposesActor", "Roy Moore")),
    ("Doug Jones defeated Roy Moore in Alabama.", ("Doug Jones", "opposesActor", "Roy Moore")),
])
def test_denials_findings_and_defeats(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, absent", [
    ("Russia denies the allegations and Donald Trump denies any collusion.", ("Russia", "rejects", "Donald Trump")),
    ("Rex Dole spoke to Maria Lopez on Monday. His spokeswoman denied it.", ("Rex Dole", "rejects", "Maria Lopez")),
])
def test_a_denial_rejects_no_actor_it_does_not_name(read, text, absent):
    assert absent not in facts(read(text))


def test_a_complement_after_the_cue_comes_before_the_writers_clause_across_a_semicolon(read):
    text = "It is an unlikely scenario; Ali Demir says she will continue her march toward the election."
    assert [t for _, t, _ in said(read(text))] == ["she will continue her march toward the election"]


def test_a_cue_set_into_a_subordinate_clause_says_the_whole_sentence(read):
    text = ("Don Fowler spoke on Monday. Though that transition was relatively seamless, he said, replacing "
            "the nominee would be much more acrimonious.")
    [(speaker, content, _)] = said(read(text))
    assert speaker == "Don Fowler"
    assert content.startswith("Though that transition") and content.endswith("much more acrimonious")


def test_a_quote_signed_with_a_dash_and_a_name_is_that_persons(read):
    text = ("Readers wrote to us.\n“He is ignorant of our culture and our lives.” ― Pamela Padilla\n"
            "“We need better.” ― Martha Aguilar\n")
    assert said(read(text)) == [("Pamela Padilla", "He is ignorant of our culture and our lives.", True),
                                ("Martha Aguilar", "We need better.", True)]


def test_a_plural_description_is_no_one_organisation_named_before(read):
    extraction = read("The Republican Party sued the state. Judge Amy Roe ordered the parties to return for a hearing "
                      "on Dec. 11. The party said it would comply.")
    assert not [r for r in extraction.relations if r.predicate == "urges"]
    assert [s for s, _, _ in said(extraction)] == ["Republican Party"]


def test_a_quoted_fragment_in_a_request_gives_who_was_asked_and_the_act(read):
    text = 'Maria Lopez called on the administration to "really call out Russia on this" and consider more sanctions.'
    assert said(read(text)) == [("Maria Lopez", 'the administration to "really call out Russia on this" and consider '
                                                "more sanctions", False)]


def test_what_a_spoken_object_is_cited_as_belongs_to_it(read):
    assert said(read("Ali Demir cited the coming election as a reason to speed the release of the records.")) == [
        ("Ali Demir", "the coming election as a reason to speed the release of the records", False)]


@pytest.mark.parametrize("text, expected", [
    ("Reuters has not edited the statements or confirmed their accuracy.", []),
    ("Ali Demir did not attend the meeting but said the talks went well.", [("Ali Demir", "the talks went well")]),
])
def test_a_speech_verb_joined_by_or_to_a_negated_one_says_nothing(read, text, expected):
    assert [(s, t) for s, t, _ in said(read(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("“We will help France,” said Spanish Foreign Minister Ali Demir.", ("Spain", "helps", "France")),
    ("“We will help France,” said Senator Ali Demir.", ("Ali Demir", "helps", "France")),
    ("“I will help France,” said Spanish Foreign Minister Ali Demir.", ("Ali Demir", "helps", "France")),
])
def test_we_from_a_countrys_officer_is_the_country(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_a_clause_hung_on_the_speech_verb_after_the_reported_one_is_the_reported_subjects(read):
    text = ("Kim Reynolds spoke. Reynolds emphasized the importance of trade while expressing support for an updated "
            "NAFTA, her spokeswoman Brenna Smith said later.")
    found = facts(read(text)) | relations_without_polarity(read(text))
    assert ("Kim Reynolds", "supports", "North American Free Trade Agreement") in found
    assert ("Brenna Smith", "supports", "North American Free Trade Agreement") not in found


@pytest.mark.parametrize("text, expected, absent", [
    ("U.S. National Security Adviser Ali Demir spoke on Monday.", ("Ali Demir", "officialOf", "United States"),
     None),
    # the model's name ends two words into the title: 'U.S. National'
    ("Former U.S. National Security Adviser Michael Flynn admitted on Friday that he lied.",
     ("Michael Flynn", "officialOf", "United States"), None),
    ("EPA Administrator Maria Lopez and Treasury Secretary Ali Demir came under scrutiny.", None,
     ("Ali Demir", "officialOf", "Maria Lopez")),
])
def test_a_title_the_model_starts_as_a_name_and_no_office_of_a_person_named_beside_it(read, text, expected, absent):
    found = facts(read(text))
    assert expected is None or expected in found
    assert absent not in found
    assert not any(r.name in {"National Security", "National", "Treasury"} for r in read(text).referents)


def test_the_title_of_a_list_is_no_part_of_the_first_name(read):
    names = {r.name for r in read("The meeting included Governors Kim Reynolds of Iowa and Rick Snyder of "
                                  "Michigan.").referents}
    assert {"Kim Reynolds", "Rick Snyder"} <= names and "Governors Kim Reynolds" not in names


def test_a_possessive_joined_to_a_name_is_that_names(read):
    text = ("Donald Trump spoke on Monday. Trump even changed his Twitter banner, uploading a photograph of himself "
            "with Chinese President Xi Jinping and his wife, Peng Liyuan, during a visit.")
    found = facts(read(text))
    assert ("Peng Liyuan", "relativeOf", "Xi Jinping") in found
    assert ("Peng Liyuan", "relativeOf", "Donald Trump") not in found


def test_it_after_a_document_that_spoke_is_the_document(read):
    text = ("Spain's proposals are incompatible with the plan, the letter stated. “This change contradicts what "
            "the market needs,” the letter said. It added that the refunds will save taxpayers billions.")
    assert [s for s, _, _ in said(read(text))] == ["letter", "letter", "letter"]


def test_a_line_opening_with_a_name_and_a_colon_is_that_actors(read):
    text = ("Ali Demir spoke to Maria Lopez on Sunday.\n\n"
            "\"LOPEZ: Let us start with the budget, minister.\n\n"
            "\"DEMIR: The budget will pass next week, I am sure of it.\n")
    assert said(read(text)) == [("Maria Lopez", "Let us start with the budget, minister.", True),
                                ("Ali Demir", "The budget will pass next week, I am sure of it.", True)]
    headline = read("Demir: Budget Will Pass Next Week\n\nAli Demir told reporters the budget would pass.")
    assert ("Ali Demir", "Budget Will Pass Next Week", True) in said(headline)
    # a surname the model does not tag as a name in a headline
    headline = read("Lopez: Spain needs to 'get away from all of this' with France\n\n"
                    "Sen. Maria Lopez said on Sunday that Spain should focus on issues.")
    assert "Maria Lopez" in {speaker for speaker, _, direct in said(headline) if direct}


@pytest.mark.parametrize("text", [
    "Factbox: the budget in numbers\n\nAli Demir said it would pass.",
    "WASHINGTON: Ali Demir said on Monday that the budget would pass.",
    "Maria Lopez spoke on Monday.\n\nROE: The budget will pass next week.",
])
def test_a_label_that_names_no_actor_of_the_article_is_no_speaker(read, text):
    assert not [s for s in read(text).statements if s.cue == ":"]


def test_a_dash_after_a_quote_that_goes_on_signs_nothing(read):
    text = "Ali Demir spoke.\nThe words “a total disgrace to the nation” — Ali Demir used them twice — hurt."
    assert not any(t.startswith("a total disgrace") for _, t, _ in said(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Angela Merkel and Emmanuel Macron met in Berlin on Monday.", ("Angela Merkel", "meets", "Emmanuel Macron")),
    ("Angela Merkel and Emmanuel Macron held talks in Berlin.",
     ("Angela Merkel", "negotiatesWith", "Emmanuel Macron")),
    ("Angela Merkel and Emmanuel Macron agreed on the need for dialogue.",
     ("Angela Merkel", "agreesWith", "Emmanuel Macron")),
])
def test_actors_named_together_do_a_with_act_with_each_other(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, relation", [
    ("Angela Merkel and Emmanuel Macron met with Vladimir Putin.", "meets"),
    ("Angela Merkel and Emmanuel Macron held talks with Vladimir Putin.", "negotiatesWith"),
])
def test_actors_named_together_with_a_counterpart_do_it_with_the_counterpart(read, text, relation):
    found = facts(read(text))
    assert {("Angela Merkel", relation, "Vladimir Putin"), ("Emmanuel Macron", relation, "Vladimir Putin")} <= found
    assert not any(r[0] == "Angela Merkel" and r[2] == "Emmanuel Macron" for r in found)


@pytest.mark.parametrize("text, expected", [
    ("Spain and France signed a deal. The two NATO allies have clashed over trade.",
     {("Spain", "memberOf", "NATO"), ("France", "memberOf", "NATO")}),
    ("U.S. Vice President Mike Pence met Turkish Prime Minister Binali Yildirim. The two officials agreed on "
     "the need for dialogue.", {("Mike Pence", "agreesWith", "Binali Yildirim"), ("Binali Yildirim", "supports", "dialogue")}),
])
def test_the_two_countries_or_officials_are_the_two_named_last(read, text, expected):
    assert expected <= facts(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    ("Ann Lee and Jose Garcia exchanged texts during the campaign. The two referred to Ali Demir as an idiot.",
     {("Ann Lee", "criticizes", "Ali Demir"), ("Jose Garcia", "criticizes", "Ali Demir")}, None),
    ("Ann Lee and Jose Garcia were charged with fraud on Monday. Both men criticized Ali Demir.",
     {("Ann Lee", "criticizes", "Ali Demir"), ("Jose Garcia", "criticizes", "Ali Demir")}, None),
    ("Prosecutors indicted Ann Lee and Jose Garcia. The pair criticized Ali Demir.",
     {("Ann Lee", "criticizes", "Ali Demir"), ("Jose Garcia", "criticizes", "Ali Demir")}, None),
    ("Texts between Ann Lee and Jose Garcia were released on Monday. The two referred to Ali Demir as an idiot.",
     {("Ann Lee", "criticizes", "Ali Demir"), ("Jose Garcia", "criticizes", "Ali Demir")}, None),
    # a pair named two sentences before is not the one meant
    ("Ali Demir sought a meeting between Ann Lee and Jose Garcia. He then wrote to a professor. The pair criticized "
     "Maria Lopez.", set(), ("Ann Lee", "criticizes", "Maria Lopez")),
    # nor three people joined
    ("Ann Lee, Jose Garcia and Ali Demir met. The two criticized Maria Lopez.", set(),
     ("Ann Lee", "criticizes", "Maria Lopez")),
])
def test_the_two_or_both_are_the_two_people_joined_last(read, text, expected, absent):
    found = facts(read(text))
    assert expected <= found and absent not in found


def test_the_pair_speaks_as_the_two_people_joined_last(read):
    extraction = read("Ann Lee and Jose Garcia were indicted on Monday. The pair said they were innocent.")
    names = {r.key: r.name for r in extraction.referents}
    [statement] = extraction.statements
    assert (names[statement.speaker], [names[k] for k in statement.co_speakers]) == ("Ann Lee", ["Jose Garcia"])


@pytest.mark.parametrize("text, expected", [
    ("In a meeting with Prime Minister Ali Demir, Vice President Jose Garcia voiced concern. The embassy said "
     "nothing. Madrid said nothing. The statement said the two officials agreed on the need for dialogue.",
     {("Ali Demir", "supports", "dialogue"), ("Jose Garcia", "supports", "dialogue")}),
    ("Two officials said Prime Minister Ali Demir met Vice President Jose Garcia. The embassy said nothing. "
     "Madrid said nothing. The statement said the two officials agreed on the need for dialogue.", set()),
])
def test_the_two_officials_far_from_their_names_are_the_two_who_met_last(read, text, expected):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations
            if r.predicate == "supports"} == expected     # the statement's claim, but whose


@pytest.mark.parametrize("text, first_speaker", [
    ("The chairman of the Spanish Senate Finance Committee said on Monday the bill would pass. "
     "Senator Ali Demir told reporters the vote would be close.", "Ali Demir"),
    # the one who tells the story is not the one it is about
    ("The judge in the fraud case has stepped aside, a court spokeswoman said on Thursday. "
     "Judge Ali Demir had presided over the first hearing.", "court spokeswoman"),
    # two people named: neither is the one described
    ("The lawyer for Maria Lopez said on Monday she would appeal. Jose Garcia and his deputy Ali Demir "
     "filed the papers.", "Lopez lawyer"),
])
def test_the_person_the_first_sentence_describes_is_the_one_the_second_names(read, text, first_speaker):
    assert said(read(text))[0][0] == first_speaker


def test_a_former_title_in_the_first_sentence_is_former_for_the_one_named_next(read):
    extraction = read("A former Spanish intelligence employee pleaded guilty on Friday to taking documents home. "
                      "Jose Garcia faces prison.")
    names = {r.key: r.name for r in extraction.referents}
    assert [(names[r.subject], r.former) for r in extraction.relations if r.predicate == "memberOf"] == [
        ("Jose Garcia", True)]


def test_it_after_a_named_event_is_no_actor(read):
    found = facts(read("The Spanish Red Cross came under criticism for its response to the disaster wrought by "
                       "Hurricane Maria when it struck Cuba in September."))
    assert not [f for f in found if f[2] == "Cuba"]
    assert ("Red Cross", "helps", "Cuba") in relations_without_polarity(read("The Spanish Red Cross said it would help Cuba."))


def test_a_gerund_the_parser_joined_to_a_finite_verb_is_no_act_of_its_subject(read):
    text = "Ali Demir will lead a ministry responsible for border security, disaster response, and protecting Spanish ports."
    assert not [r for r in relations_without_polarity(read(text)) if r[0] == "Ali Demir" and r[1] == "supports"]
    found = relations_without_polarity(read("Ali Demir was meeting Jose Garcia and praising Spain."))
    assert ("Ali Demir", "praises", "Spain") in found


def test_a_territory_of_places_is_those_places(read):
    found = facts(read("Congressional Republicans have approved some $51 billion in aid to the U.S. territories of "
                       "Guam and Puerto Rico."))
    assert {("Republican Party", "helps", "Guam"), ("Republican Party", "helps", "Puerto Rico")} <= found


@pytest.mark.parametrize("text, topic", [
    ("Ali Demir backed the plan for a tax hike.", "tax hike"),
    ("Ali Demir backed Maria Lopez's call for a tax hike.", "tax hike"),
])
def test_a_transparent_noun_before_its_topic_is_no_topic_of_its_own(read, text, topic):
    found = relations_without_polarity(read(text))
    assert ("Ali Demir", "supports", topic) in found
    assert not [r for r in found if r[2] in {"plan", "call"}]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir described Maria Lopez as a liar.", {("Ali Demir", "criticizes", "Maria Lopez")}),
    ("Ali Demir sees Spain as a fraud.", {("Ali Demir", "criticizes", "Spain")}),
    ("Ali Demir described Maria Lopez as a friend.", set()),
    ("Jose Garcia referred to Senator Maria Lopez as an idiot.", {("Jose Garcia", "criticizes", "Maria Lopez")}),
])
def test_naming_someone_as_a_judgement_judges_them(read, text, expected):
    assert {r for r in facts(read(text)) if r[1] in {"criticizes", "praises"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("While Spain keeps up its provocations, Ali Demir refuses to negotiate with them.",
     {("Ali Demir", "negotiatesWith", "Spain", "negated")}),
    ("As Spain sent its officials to Rome, Ali Demir declined to negotiate with them.", set()),   # the officials
    ("As Spain and the EU traded provocations, Ali Demir declined to negotiate with them.", set()),
])
def test_an_object_them_with_no_people_before_it_is_the_one_country_its_sentence_names(read, text, expected):
    assert {r for r in relations(read(text)) if r[1] == "negotiatesWith" and r[0] == "Ali Demir"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Spain has no formal ties with Morocco but is bound by law to help it defend itself.",
     {("Spain", "helps", "Morocco")}),
    ("Maria Lopez and Ali Demir wrote to Jose Garcia asking him for more information.",
     {("Maria Lopez", "urges", "Jose Garcia"), ("Ali Demir", "urges", "Jose Garcia")}),
])
def test_an_object_pronoun_is_not_the_subject_of_the_clause_it_serves(read, text, expected):
    assert {f for f in relations_without_polarity(read(text)) if f[1] in {"helps", "urges"}} == expected


def test_the_two_men_is_not_guessed(read):
    text = "Mark Smith spoke to Tom Jones. Later Ali Demir arrived. The two men met on Monday."
    assert not any(r[1] == "meets" for r in facts(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Donald Trump appointed Mick Mulvaney as acting director.", ("Donald Trump", "supports", "Mick Mulvaney")),
    ("Mick Mulvaney was appointed by Donald Trump.", ("Donald Trump", "supports", "Mick Mulvaney")),
    ("Mark Dayton listened to many voters before deciding on Tina Smith.", ("Mark Dayton", "supports", "Tina Smith")),
])
def test_choosing_someone_for_a_post_supports_them(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("The rift between Qatar and Saudi Arabia deepened.", ("Qatar", "opposesActor", "Saudi Arabia", "asserted")),
    ("The sanctions would end any cooperation between Spain and Morocco.",
     ("Spain", "cooperatesWith", "Morocco", "hedged")),
])
def test_two_sided_nouns_and_any_hedges_them(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("“Sexual harassment is disrespectful to people,” Maria Lopez said.", ("Maria Lopez", "criticizes", "sexual harassment")),
    ("Maria Lopez will be an excellent senator, Al Franken said.", ("Al Franken", "praises", "Maria Lopez")),
    ("Ali Demir said he thinks Maria Lopez is the “ideal choice” to lead the inquiry.",
     ("Ali Demir", "praises", "Maria Lopez")),
    ("Ali Demir called the plan reckless.", ("Ali Demir", "criticizes", "plan")),
])
def test_calling_a_thing_wrong_or_excellent_criticises_or_praises_it(read, text, expected):
    assert expected in facts(read(text))


def test_the_article_judging_a_thing_itself_names_no_one(read):
    assert not any(r[1] == "criticizes" for r in facts(read("The plan is reckless.")))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir delivered a sharp rebuke to Maria Lopez on Monday.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Ali Demir gave his endorsement of Maria Lopez.", ("Ali Demir", "supports", "Maria Lopez")),
    ("Spain voiced its opposition to the plan.", ("Spain", "rejects", "plan")),
])
def test_nouns_of_judgement_given_by_light_verbs(read, text, expected):
    assert expected in facts(read(text))


def test_extraction_leaves_no_cycle_that_keeps_the_doc_alive(nlp):
    """The token list the extractors share refers to the Doc and the Doc to it: it must be gone after
    extraction, or every Doc would wait for the garbage collector (memory grows with the corpus)."""
    from graphbuild.extract import extract
    from graphbuild.model import Article, Origin, TextMap

    text = "Angela Merkel met Emmanuel Macron in Berlin on Monday."
    doc = nlp(text)
    extract(Article("test", text, text, TextMap(), Origin("test.txt")), doc)
    assert doc.user_data == {}


def test_a_first_name_tells_whom_he_or_she_can_be(read):
    """First names of one sex in the census name lists (the `names` package) rule out a he or she
    of the other; 'Kim' (also a common surname: 'Kim Jong Un') tells nothing."""
    from graphbuild.knowledge import first_name_genders

    genders = first_name_genders()
    assert genders["MARIA"] == "female" and genders["JOSE"] == "male" and "KIM" not in genders
    extraction = read("Maria Lopez met Jose Garcia on Tuesday. He said Spain would attack France.")
    assert ("Jose Garcia", "Spain would attack France", False) in said(extraction)
    extraction = read('"We will not accept any deal that hurts our farmers," Jose Garcia said on Monday. '
                      'His office was quiet. "This can happen to any of us at any time," she said.')
    assert [s[0] for s in said(extraction)] == ["Jose Garcia"]      # not his, nor his quote's continuation


def test_the_object_of_a_verb_does_the_gerund_of_its_reason(read):
    found = relations_without_polarity(read(
        "Ali Demir attacked Maria Lopez on Twitter for calling for an investigation into France."))
    assert ("Maria Lopez", "supports", "investigation") in found
    assert ("Ali Demir", "supports", "investigation") not in found
    assert ("France", "helps", "Italy") in relations_without_polarity(read("Spain thanked France for helping Italy."))


@pytest.mark.parametrize("text, subject", [
    ("Republican lawmakers criticized Ali Demir on Monday.", "Republican Party"),
    ("Several Republican senators criticized Ali Demir on Monday.", "Several Republican senators"),
    ("Other Republican leaders criticized Ali Demir on Monday.", "Other Republican leaders"),
    ("Republican and Democratic leaders criticized Ali Demir on Monday.", "Republican and Democratic leaders"),
])
def test_a_partys_lawmakers_act_as_the_party_but_a_part_of_them_does_not(read, text, subject):
    assert (subject, "criticizes", "Ali Demir") in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("\"We need to reach a budget agreement,\" said Senator Maria Lopez.",
     ("Maria Lopez", "supports", "budget agreement", "asserted")),
    ("Spain and France hope to reach a deal on trade by Friday.", ("France", "supports", "deal", "asserted")),
    ("Spain did not want to reach an agreement.", ("Spain", "supports", "agreement", "negated")),
    ("Maria Lopez is seeking to strike a deal with France.", ("Maria Lopez", "cooperatesWith", "France", "hedged")),
    ("Spain reached an agreement with France on Monday.", ("Spain", "cooperatesWith", "France", "asserted")),
    ("Maria Lopez says she wants to maintain the ceasefire with France.",
     ("Maria Lopez", "supports", "ceasefire", "asserted")),
    ("Spain pledged to strengthen border security.", ("Spain", "supports", "border security", "asserted")),
    ("The Socialists offered to toughen border security.", ("Socialists", "supports", "border security", "asserted")),
    ("Spain proposed to bolster border security.", ("Spain", "supports", "border security", "asserted")),
    ("Maria Lopez said the Socialists had offered in return to toughen border security.",    # parsed as advcl
     ("Socialists", "supports", "border security", "asserted")),
])
def test_what_an_actor_strives_to_attain_it_supports(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text", [
    "Maria Lopez made fun of Ali Demir at a rally.",
    "Maria Lopez poked fun at Ali Demir at a rally.",
])
def test_making_fun_of_someone_criticizes_them(read, text):
    assert ("Maria Lopez", "criticizes", "Ali Demir") in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez has used Twitter to speak out against Ali Demir.", ("Maria Lopez", "criticizes", "Ali Demir")),
    ("Senator Maria Lopez spoke against Ali Demir at the rally.", ("Maria Lopez", "criticizes", "Ali Demir")),
    ("Senator Maria Lopez spoke up for Ali Demir at the rally.", ("Maria Lopez", "supports", "Ali Demir")),
])
def test_speaking_out_against_someone_criticizes_them(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    ("Most Conservatives favor lower immigration.", "lower immigration", "immigration"),
    ("Maria Lopez called for fewer regulations.", "fewer regulations", "regulation"),
    ("The Democrats support higher taxes on the wealthy.", "taxes", "taxis"),     # the model's lemma of 'taxes'
    ("Spain wants tougher sanctions on France.", "sanctions", None),               # more of it: still it
])
def test_asking_for_less_of_a_thing_is_no_support_for_the_thing(read, text, expected, absent):
    topics = {o for _, p, o, _ in relations(read(text)) if p == "supports"}
    assert expected in topics and absent not in topics


@pytest.mark.parametrize("text", [
    "Spain vowed to strike Islamic State targets.",    # an attack, no stance on a topic
    "Spain hopes to win Ohio.",                        # a place is no topic
    "Spain wants to secure France's support.",         # France is to act
    "Spain wants France's support.",
    "Spain reached the border on Monday.",             # reaching what is not sought
    "Spain wants to maintain close ties with France.",  # ties are no topic
])
def test_what_is_not_a_stance_gives_no_support(read, text):
    assert not [r for r in relations(read(text)) if r[1] == "supports"]


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez voiced deep concern over the arrests of journalists.", ("Maria Lopez", "criticizes", "arrest")),
    ("Maria Lopez expressed concern about Jose Garcia.", ("Maria Lopez", "criticizes", "Jose Garcia")),
    ("Spain stressed the need for a ceasefire in the region.", ("Spain", "supports", "ceasefire")),
])
def test_concern_criticises_and_a_stated_need_supports(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez and Ali Demir agreed to meet Jose Garcia, a day after he criticized them on Twitter.",
     {("Jose Garcia", "criticizes", "Maria Lopez"), ("Jose Garcia", "criticizes", "Ali Demir")}),
    ("Maria Lopez and Ali Demir met on Monday. They later criticized Jose Garcia.",
     {("Maria Lopez", "criticizes", "Jose Garcia"), ("Ali Demir", "criticizes", "Jose Garcia")}),
    ("Spain and France said they would impose sanctions on Italy.",
     {("Spain", "sanctions", "Italy"), ("France", "sanctions", "Italy")}),
    ("Senate leader Ali Demir and House leader Maria Lopez said Jose Garcia could not reach a deal with them.",
     {("Jose Garcia", "cooperatesWith", "Ali Demir"), ("Jose Garcia", "cooperatesWith", "Maria Lopez")}),
])
def test_a_plural_pronoun_stands_for_the_actors_joined_before_it(read, text, expected):
    assert expected <= relations_without_polarity(read(text))


@pytest.mark.parametrize("text", [
    "Maria Lopez and Ali Demir met reporters, who said they would criticize Jose Garcia.",   # the reporters
    "Maria Lopez and Ali Demir met on Monday. Officials said they criticized Jose Garcia.",   # the officials
])
def test_a_plural_pronoun_after_another_plural_is_not_read(read, text):
    # not the two named before; the officials, a group of their own, may be who 'they' are
    assert not {r for r in relations_without_polarity(read(text))
                if r[1] == "criticizes" and r[0] in {"Maria Lopez", "Ali Demir"}}


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez has not said whether she will support Ali Demir.", ("Maria Lopez", "supports", "Ali Demir", "hedged")),
    ("If Spain does not meet France, the talks will fail.", ("Spain", "meets", "France", "hedged")),
    ("Spain did not meet France.", ("Spain", "meets", "France", "negated")),
])
def test_a_negation_in_or_over_an_open_question_hedges(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez criticized Spain.", ("Maria Lopez", "memberOf", "Senate")),
    ("U.S. Representative Ali Demir criticized Spain.", ("Ali Demir", "memberOf", "House of Representatives")),
    ("Republican Congresswoman Maria Lopez of Ohio spoke.", ("Maria Lopez", "memberOf", "House of Representatives")),
])
def test_a_members_title_names_its_chamber_when_the_article_does_not(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text", [
    "Philippine Senator Ali Demir criticized Spain.",     # another country's senate
    "State Senator Maria Lopez criticized Spain.",        # a state's
])
def test_no_chamber_for_a_state_or_another_countrys_member(read, text):
    assert not [r for r in facts(read(text)) if r[1] == "memberOf"]


UNMARKED = ("Foreign Minister Maria Lopez played down the rift with France on Monday.\n"
            "The offer is still on the table.\n"
            "We will not keep it there forever, Lopez wrote on Twitter.\n"
            "Spain has 47 million people.\n"
            "Ali Demir, the economy minister, spoke in Madrid.\n")


def test_a_sentence_between_two_of_a_speakers_unmarked_quotes_is_hers(read):
    found = said(read(UNMARKED))
    assert ("Maria Lopez", "The offer is still on the table.", True) in found
    assert not [s for s in found if "47 million" in s[1]]     # not between two of anyone's


def test_a_text_that_quotes_no_one_keeps_its_own_sentences(read):
    text = UNMARKED.replace("We will not keep it", "Spain will not keep it")    # no sign that marks were stripped
    assert not [s for s in said(read(text)) if s[1].startswith("The offer")]


def test_with_quote_marks_only_marks_make_a_quote(read):
    marked = UNMARKED.replace("We will not keep it there forever,", "\u201cWe will not keep it there forever,\u201d")
    assert not [s for s in said(read(marked)) if s[1].startswith("The offer")]


def reparsed(nlp, text: str, arcs) -> "Extraction":
    """extract() on ``text`` as the parser reads some such sentences: its own parse with the arcs
    ``arcs(words)`` returns ({word index: (head index, dependency)}) put in their place."""
    from spacy.tokens import Doc

    from graphbuild.extract import extract
    from graphbuild.model import Article, Origin, TextMap

    parsed = nlp(text)
    words = [t.text for t in parsed]
    heads, deps = [t.head.i for t in parsed], [t.dep_ for t in parsed]
    for i, (head, dep) in arcs(words, parsed).items():
        heads[i], deps[i] = head, dep
    doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed], heads=heads, deps=deps,
              pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], lemmas=[t.lemma_ for t in parsed],
              sent_starts=[t.is_sent_start for t in parsed],
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])
    return extract(Article("test", text, text, TextMap(), Origin("test.txt")), doc)


def test_fellows_of_a_possessor_the_parser_read_as_a_modifier(nlp):
    """'Trump's fellow Republicans' with the name hung on the party as 'nmod', as the parser reads some lists."""
    text = "Ali Demir spoke. Senators, including Democrats and Demir's fellow Republicans, asked about the war."
    extraction = reparsed(nlp, text, lambda words, _: {words.index("Demir", 3): (words.index("Republicans"), "nmod")})
    found = relations(extraction)
    assert ("Ali Demir", "memberOf", "Republican Party", "asserted") in found
    assert ("Ali Demir", "memberOf", "Democratic Party", "asserted") not in found


def test_a_not_after_the_colon_is_said_not_a_negated_cue(nlp, read):
    """The 'not' hung on the cue, as the parser reads some such sentences."""
    text = "Jose Garcia said a deal was within reach, asking: Why not?"
    extraction = reparsed(nlp, text, lambda words, _: {words.index("not"): (words.index("asking"), "neg")})
    assert ("Jose Garcia", "Why not?", True) in said(extraction)
    assert not said(read("Jose Garcia did not say: the talks are over."))


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez made clear that Spain would reject any treaty with France.",
     ("Maria Lopez", "Spain would reject any treaty with France", False)),
    ("Maria Lopez has made it clear to her party that she will run again.",
     ("Maria Lopez", "she will run again", False)),
    ("Jose Garcia played down the risk of a trade war.", ("Jose Garcia", "the risk of a trade war", False)),
    ("Jose Garcia downplayed the risk of a war.", ("Jose Garcia", "the risk of a war", False)),
])
def test_what_is_made_clear_or_played_down_is_said(read, text, expected):
    assert expected in said(read(text))


def test_clear_progress_says_nothing(read):
    assert not said(read("Spain made clear progress on the bill."))


PARTY_LEADERS = ("Democratic leaders in Congress accepted an invitation to meet Jose Garcia on Monday. "
                 "Democratic leader Maria Lopez and Democratic leader Ali Demir, who canceled a meeting with "
                 "Garcia after he posted a disparaging note about them on Twitter, spoke on Monday.")


def test_a_partys_leaders_are_the_people_named_with_that_title(read):
    found = relations_without_polarity(read(PARTY_LEADERS))
    assert {("Maria Lopez", "meets", "Jose Garcia"), ("Ali Demir", "meets", "Jose Garcia")} <= found
    assert ("Democratic Party", "meets", "Jose Garcia") not in found
    assert {("Jose Garcia", "criticizes", "Maria Lopez"), ("Jose Garcia", "criticizes", "Ali Demir")} <= found
    assert not [r for r in found if r[2] == "Twitter"]


def test_a_partys_leaders_with_one_named_leader_are_the_party(read):
    found = relations_without_polarity(read("Democratic leaders criticized Jose Garcia. Democratic leader Maria Lopez spoke."))
    assert ("Democratic Party", "criticizes", "Jose Garcia") in found


@pytest.mark.parametrize("text, expected", [
    ("Spain urged France to impose sanctions on Italy.", ("Spain", "opposesActor", "Italy", "asserted")),
    ("Ali Demir called on France to oust Maria Lopez.", ("Ali Demir", "opposesActor", "Maria Lopez", "asserted")),
    ("Jose Garcia is considering a plan to oust Maria Lopez.", ("Jose Garcia", "opposesActor", "Maria Lopez", "hedged")),
])
def test_whoever_asks_for_or_does_a_hostile_act_opposes_its_target(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text", [
    "Spain told reporters that France had attacked Italy.",    # a report, not a request
    "Spain asked France whether it would attack Italy.",       # a question
])
def test_reporting_or_asking_about_an_attack_opposes_no_one(read, text):
    assert not [r for r in relations(read(text)) if r[0] == "Spain" and r[1] == "opposesActor"]


def test_an_unnamed_holder_of_a_title_with_of_is_named_by_the_whole_title(read):
    extraction = read("Ali Demir is considering a plan to oust the French secretary of state.")
    assert "French secretary of state" in {r.name for r in extraction.referents}


@pytest.mark.parametrize("text, expected", [
    ("Jose Garcia has denied any collusion with Spain.", ("Jose Garcia", "cooperatesWith", "Spain", "negated")),
    ("Maria Lopez rejected talks with Spain.", ("Maria Lopez", "negotiatesWith", "Spain", "negated")),
    ("Maria Lopez did not deny contacts with Spain.", ("Maria Lopez", "communicatesWith", "Spain", "hedged")),
])
def test_a_denied_tie_is_negated(read, text, expected):
    assert expected in relations(read(text))


def test_a_name_the_parser_joined_to_the_clause_before_is_the_next_verbs_subject(read):
    extraction = read("Madrid has denied interfering in the election and Garcia has denied any collusion.")
    assert ("Garcia", "rejects", "collusion") in relations_without_polarity(extraction)
    assert ("Garcia", "any collusion", False) in said(extraction)


def test_a_denied_object_ends_before_the_next_clause(read):
    text = "The Kremlin has repeatedly denied meddling and Garcia has denied potential collusion with Spain."
    assert [s for s in said(read(text)) if s[1] == "meddling"]


def test_a_title_and_surname_tagged_as_an_organisation_is_the_person(read):
    extraction = read("U.S. Representative Joe Barton of Texas will not run, his office said. "
                      "\u201cWe are thankful that Representative Barton chose to leave,\u201d Maria Lopez said.")
    assert [r.name for r in extraction.referents if "Barton" in r.name] == ["Joe Barton"]


@pytest.mark.parametrize("text, topic", [
    ("Spain opposes the re-opening of the border.", "re-opening"),
    ("Spain supports a cease-fire.", "cease-fire"),
    ("Spain rejects the co-operation deal.", "co-operation deal"),     # a hyphen the parser made a noun
])
def test_a_hyphenated_topic_keeps_its_prefix(read, text, topic):
    assert topic in {r[2] for r in relations(read(text))}


def test_a_name_set_after_a_quote_speaks_for_a_cue_without_subject(nlp):
    """As the parser reads some such sentences: the cue joined to the quote's verb, the name an
    apposition of the last name inside the quote (forced here: this sentence parses well)."""
    text = ("\u201cOhio Republicans are deeply embarrassed by the conduct of Senator Ali Demir,\u201d Maria Lopez, "
            "the head of the party in the county, said in a statement.")

    def arcs(words, parsed):
        embarrassed, said_at = words.index("embarrassed"), words.index("said")
        root = next(t.i for t in parsed if t.dep_ == "ROOT")
        moved = {t.i: (embarrassed, t.dep_) for t in parsed if t.head.i == root and t.i not in {root, said_at}}
        return {**moved, embarrassed: (embarrassed, "ROOT"), said_at: (embarrassed, "conj"),
                words.index("Lopez"): (words.index("Demir"), "appos")}

    assert [s[0] for s in said(reparsed(nlp, text, arcs))] == ["Maria Lopez"]


def test_a_name_after_a_verb_after_a_quote_is_not_the_speaker(read):
    text = ("Jose Garcia said the deficit was \u201cout of kilter\u201d, and repeatedly praised Ali Demir, "
            "calling him \u201ca very special man\u201d.")
    assert "Ali Demir" not in [s[0] for s in said(read(text))]


@pytest.mark.parametrize("text, expected", [
    ("The indictment by Ali Demir accused Jose Garcia of fraud.", ("Ali Demir", "accuses", "Jose Garcia", "asserted")),
    ("Spain's investigation of Jose Garcia continued.", ("Spain", "sues", "Jose Garcia", "asserted")),
    ("Spain dropped its charges against Jose Garcia.", ("Spain", "sues", "Jose Garcia", "negated")),
    ("Maria Lopez accused Spain of launching an investigation of Jose Garcia.", ("Spain", "sues", "Jose Garcia", "asserted")),
])
def test_legal_acts_and_who_does_them(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Voters rallied around Maria Lopez a day after Ali Demir accused her of lying.", ("Ali Demir", "accuses", "Maria Lopez")),
    ("Jose Garcia praised Ali Demir, a day after Maria Lopez criticized him.", ("Maria Lopez", "criticizes", "Jose Garcia")),
    # nor the pronoun subject of the clause its verb serves: 'he believed ..., urging her' (her is not he)
    ("Senate Majority Leader Ali Demir said he believed Lee's accusers, urging her to quit the race.",
     ("Ali Demir", "urges", "Lee")),
])
def test_an_object_pronoun_is_not_its_own_verbs_subject(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Republicans have been critical of Ali Demir's work.", ("Republican Party", "criticizes", "Ali Demir")),
    ("Maria Lopez welcomed Jose Garcia's entry into the race.", ("Maria Lopez", "supports", "Jose Garcia")),
    ("Spain criticized the policies of Jose Garcia.", ("Spain", "criticizes", "Jose Garcia")),
    ("Ali Demir would block Maria Lopez's nomination.", ("Ali Demir", "opposesActor", "Maria Lopez")),
])
def test_a_stance_on_what_someone_did_is_a_stance_on_them(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_a_fronted_phrase_is_no_verbs_object(read):
    assert not [r for r in relations(read("On Twitter, Jose Garcia called him a fool.")) if r[2] == "Twitter"]


@pytest.mark.parametrize("text", [
    "Jose Garcia asked him to drop the probe into Ali Demir.",       # an end to a hostile act is no hostility
    "Jose Garcia called on voters to criticize Ali Demir.",          # the voters would criticize, not Garcia
])
def test_who_is_asked_acts_and_asking_to_drop_a_probe_opposes_no_one(read, text):
    assert not [r for r in relations(read(text)) if r[0] == "Jose Garcia" and r[2] == "Ali Demir"]


def test_a_verb_joined_by_or_to_a_negated_one_is_negated(read):
    found = relations(read("Maria Lopez wrote that she had never met or spoken to Jose Garcia."))
    assert ("Maria Lopez", "communicatesWith", "Jose Garcia", "negated") in found


def test_a_fired_or_ousted_holder_holds_the_title_no_longer(read):
    extraction = read("Fired FBI Director James Comey testified on Monday.")
    assert [(r.predicate, r.former) for r in extraction.relations if r.predicate == "leaderOf"] == [("leaderOf", True)]


@pytest.mark.parametrize("text, absent", [
    ("Ali Demir, head of the Senate tax-writing committee, spoke on Monday.", ("Ali Demir", "leaderOf", "Senate")),
    ("Maria Lopez, chairman of the House tax-writing panel, spoke.", ("Maria Lopez", "leaderOf", "House of Representatives")),
])
def test_the_head_of_a_part_does_not_lead_the_whole(read, text, absent):
    assert absent not in relations_without_polarity(read(text))


def test_the_head_of_a_named_committee_leads_it(read):
    found = relations_without_polarity(read("Ali Demir, chairman of the Senate Finance Committee, spoke."))
    assert ("Ali Demir", "leaderOf", "Senate Finance Committee") in found


def test_then_before_a_country_and_title_makes_the_title_former(read):
    extraction = read("The meeting with then U.S. Senator Ali Demir took place in 2016.")
    assert [(r.predicate, r.former) for r in extraction.relations if r.predicate == "memberOf"] == [("memberOf", True)]


def test_span_text_from_the_token_list_is_the_spans_text(nlp):
    """extract.spans.span_text reads a span's text from the Doc's cached token list (no Token objects)."""
    from graphbuild.extract.spans import release_tokens, span_text

    doc = nlp("U.S. Secretary of State  Maria Lopez's trip — to Spain, France and Italy — ended.")
    assert all(span_text(doc, start, end) == doc[start:end].text
               for start in range(len(doc)) for end in range(start, len(doc) + 1))
    release_tokens(doc)


@pytest.mark.parametrize("text", [
    "Ali Demir declined to say whether he would vote for the tax bill.",
    "Ali Demir refused to say whether he would vote for the tax bill.",
])
def test_declining_to_say_whether_leaves_the_act_open_and_says_nothing(read, text):
    extraction = read(text)
    assert ("Ali Demir", "supports", "tax bill", "hedged") in relations(extraction)
    assert not said(extraction)


def test_a_cue_inside_what_was_not_said_is_not_said_but_one_joined_to_it_is(read):
    assert not said(read("Ali Demir declined to say whether he thought Spain would carry through on a threat."))
    assert said(read("Ali Demir did not say why Jose Garcia was recused, and added that the case was reassigned.")) == [
        ("Ali Demir", "that the case was reassigned", False)]
    assert said(read("Maria Lopez had not conceded the race, saying that ballots are still to be counted.")) == [
        ("Maria Lopez", "that ballots are still to be counted", False)]


def test_a_reduced_passive_in_an_apposition_is_about_the_name_it_describes(read):
    extraction = read("Agency Director Jose Garcia, a Socialist appointed by the Lopez administration, resigned on Friday.")
    assert ("Lopez administration", "supports", "Jose Garcia") in facts(extraction)
    assert not [r for r in facts(extraction) if r[2] in {"Socialist", "Socialist Party"}]


@pytest.mark.parametrize("text, polarity", [
    ("Ali Demir replaced Jose Garcia with Maria Lopez as chairman.", "asserted"),
    ("Jose Garcia was replaced with Maria Lopez.", "asserted"),
    ("The Socialist Party considered replacing Jose Garcia with Maria Lopez.", "hedged"),
])
def test_whoever_replaces_someone_with_another_makes_the_other_the_successor(read, text, polarity):
    found = relations(read(text))
    assert ("Maria Lopez", "succeeds", "Jose Garcia", polarity) in found
    assert not [r for r in found if r[1] == "succeeds" and r[0] != "Maria Lopez"], found


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez was appointed in 1978 to fill the seat of her husband, Jose Lopez, following his death.",
     {("Maria Lopez", "succeeds", "Jose Lopez")}),
    ("Ali Demir had been appointed to fill the seat vacated by Jose Garcia.", {("Ali Demir", "succeeds", "Jose Garcia")}),
    ("A special election will fill the seat vacated by Jose Garcia.", set()),
    # a title is no holder: the foreign minister named before need not be the one replaced
    ("Spanish Foreign Minister Jose Garcia met Ali Demir. Ali Demir later took the post of foreign minister.", set()),
])
def test_whoever_fills_a_persons_seat_succeeds_them(read, text, expected):
    assert {f for f in relations_without_polarity(read(text)) if f[1] == "succeeds"} == expected


def test_replacing_someone_with_a_thing_makes_no_one_their_successor(read):
    found = relations(read("The Spanish Red Cross fired Jose Garcia and replaced him with a committee."))
    assert not [r for r in found if r[1] == "succeeds"], found


def test_what_someone_is_accused_of_is_the_accusers_claim(read):
    extraction = read("Maria Lopez accused Jose Garcia of rigging the process to help Ali Demir.")
    assert said(extraction) == [("Maria Lopez", "Jose Garcia of rigging the process to help Ali Demir", False)]
    assert ("Maria Lopez", "accuses", "Jose Garcia") in facts(extraction)
    aid = next(r for r in extraction.relations if r.predicate == "helps")
    assert extraction.is_reported(aid)
    # the 'of' that says whose the accused is is not the charge
    owner = read("The Socialists accused the administration of President Ali Demir of unmasking names.")
    assert [text for _, text, _ in said(owner)] == ["the administration of President Ali Demir of unmasking names"]
    assert not said(read("The Socialists accused the administration of President Ali Demir."))


def test_a_subject_before_the_word_that_opens_the_clause_is_not_the_clauses(nlp):
    """Parsed as the parser reads some such sentences: 'accused' the root, with the clause before it and
    the apposition 'their party's former presidential nominee' as a second subject."""
    text = ("Socialists on Wednesday rallied around Ali Demir, their party's former presidential nominee, "
            "a day after former senior aide Jose Garcia accused him of having used his religion to avoid military service.")

    def arcs(words, _):
        accused = words.index("accused")
        return {words.index("nominee"): (accused, "nsubj"), words.index("rallied"): (accused, "ccomp"),
                accused: (accused, "ROOT")}
    extraction = reparsed(nlp, text, arcs)
    assert ("Jose Garcia", "accuses", "Ali Demir") in facts(extraction)
    assert [speaker for speaker, _, _ in said(extraction)] == ["Jose Garcia"]


def test_an_object_past_the_verbs_other_phrases_is_not_its_object(read):
    """A 'said' left out: the parser makes 'the White House' a second object of 'host'."""
    found = facts(read("U.S. President Ali Demir will host Spanish Prime Minister Maria Lopez at the White House "
                       "on Friday for talks on trade and ways to expand bilateral engagement, the White House in "
                       "a statement on Wednesday."))
    assert ("Ali Demir", "meets", "Maria Lopez") in found
    assert not [r for r in found if r[2] == "White House"], found


def test_a_shot_at_something_that_is_no_actor_is_an_attempt_not_criticism(read):
    assert not relations(read("The Socialists will have another shot at this seat in a very short period of time."))
    assert ("Maria Lopez", "criticizes", "Jose Garcia") in facts(read("Maria Lopez took a shot at Jose Garcia."))


@pytest.mark.parametrize("text, expected", [
    ("U.S. officials said the White House had a plan for Maria Lopez to replace Jose Garcia.",
     ("Maria Lopez", "succeeds", "Jose Garcia", "hedged")),
    ("Spain announced a plan for Italy to invade France.", ("Italy", "attacks", "France", "hedged")),
])
def test_a_plan_for_someone_to_act_is_theirs_and_not_done(read, text, expected):
    assert_the_one_of_its_kind(relations(read(text)), expected)


def assert_the_one_of_its_kind(found: set[tuple[str, str, str, str]], expected: tuple[str, str, str, str]) -> None:
    """``expected`` is found, and no other relation with its property."""
    assert expected in found
    assert len([r for r in found if r[1] == expected[1]]) == 1, found


def test_a_title_naming_someone_to_a_post_is_theirs(read):
    found = facts(read("Ali Demir nominated Jose Garcia as the new Federal Reserve chair."))
    assert ("Jose Garcia", "leaderOf", "Federal Reserve") in found
    assert not [r for r in found if r[0] == "Ali Demir" and r[1] == "leaderOf"], found
    assert ("Maria Lopez", "succeeds", "Jose Garcia") in facts(
        read("Maria Lopez succeeded Jose Garcia as chairman of the Federal Reserve."))


@pytest.mark.parametrize("text, expected", [
    ("Representative Ali Demir, an Illinois Republican, said the plan would fail.",
     ("Ali Demir", "memberOf", "Republican Party")),
    ("The bill is backed by the Republican Senate Armed Services Committee chairman Jose Garcia.",
     ("Jose Garcia", "leaderOf", "Senate Armed Services Committee")),
])
def test_a_party_word_with_a_place_or_before_a_committee_is_no_name_of_its_own(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Jose Garcia, a former adviser to French President Ali Demir, was charged on Monday.",
     ("Jose Garcia", "adviserTo", "Ali Demir")),
    ("Maria Lopez, the wife of French President Ali Demir, spoke on Monday.", ("Maria Lopez", "relativeOf", "Ali Demir")),
])
def test_another_persons_title_in_an_apposition_is_not_the_holders(read, text, expected):
    found = facts(read(text))
    assert expected in found
    assert ("Ali Demir", "leaderOf", "France") in found
    assert not [r for r in found if r[0] != "Ali Demir" and r[1] == "leaderOf"], found


def test_a_share_of_a_polls_respondents_is_no_speaker(read):
    extraction = read("Among Socialists, 26 percent think all Spaniards will benefit, followed by 16 percent who "
                      "think the wealthy will benefit most, the poll found.")
    assert [speaker for speaker, _, _ in said(extraction)] == ["poll"]
    assert said(read("One of them, Representative Ali Demir, wrote on Twitter, \"What happened to thrift?\"")) == [
        ("Ali Demir", "What happened to thrift?", True)]


@pytest.mark.parametrize("text, expected", [
    ("The Socialist Party sued to block President Ali Demir from installing Jose Garcia as head of the bureau.",
     ("Ali Demir", "supports", "Jose Garcia", "hedged")),
    ("A judge barred Spain from sanctioning France.", ("Spain", "sanctions", "France", "hedged")),
])
def test_whom_someone_keeps_from_an_act_would_have_done_it(read, text, expected):
    assert_the_one_of_its_kind(relations(read(text)), expected)


def test_british_spellings_of_the_tables_words_are_read(read):
    assert ("Maria Lopez", "negotiatesWith", "France") in facts(
        read("Ali Demir authorised Maria Lopez to negotiate with France."))      # 'authorize' in object_control
    assert ("Ali Demir", "negotiatesWith", "France") not in facts(
        read("Ali Demir authorised Maria Lopez to negotiate with France."))


def test_a_passive_question_is_the_askers_and_what_is_asked_about_is_not_said(read):
    extraction = read("When asked by Jose Garcia whether she believed Spain would leave, Maria Lopez said no.")
    assert said(extraction) == [("Jose Garcia", "whether she believed Spain would leave", False)]
    assert not said(read("When asked whether Spain would leave, Maria Lopez said no."))
    assert not said(read("If Spain says it will leave, France will follow."))


def test_a_pronoun_after_anyone_at_all_is_that_one(read):
    found = relations(read("Maria Lopez said that any woman who has felt mistreated by a man has every right to "
                           "speak up, even if she is accusing Jose Garcia."))
    assert not [r for r in found if r[0] == "Maria Lopez" and r[2] == "Jose Garcia"], found
    assert ("Maria Lopez", "sues", "Jose Garcia", "hedged") in relations(read("Maria Lopez said she would sue Jose Garcia."))


def test_another_persons_title_in_a_predicate_is_not_the_subjects(read):
    found = facts(read("Maria Lopez is a security expert with long service under former French President Ali Demir."))
    assert not [r for r in found if r[0] == "Maria Lopez" and r[1] == "leaderOf"], found


@pytest.mark.parametrize("text, expected", [
    ("Governor Maria Lopez of Iowa spoke on Monday.", [("Maria Lopez", "leaderOf", "Iowa")]),
    ("The meeting included Governors Maria Lopez of Iowa, Jose Garcia of Michigan and Ali Demir of Arkansas.",
     [("Maria Lopez", "leaderOf", "Iowa"), ("Jose Garcia", "leaderOf", "Michigan"), ("Ali Demir", "leaderOf", "Arkansas")]),
    ("Senators Maria Lopez and Jose Garcia criticized the bill.",
     [("Maria Lopez", "memberOf", "Senate"), ("Jose Garcia", "memberOf", "Senate")]),
    ("U.S. Trade Representative Ali Demir spoke on Monday.", [("Ali Demir", "officialOf", "United States")]),
])
def test_a_title_before_a_name_with_of_a_place_after_it_and_a_plural_title_for_a_list(read, text, expected):
    found = facts(read(text))
    assert set(expected) <= found, found
    assert ("Ali Demir", "memberOf", "House of Representatives") not in found


@pytest.mark.parametrize("text, expected", [
    ("Both Spain and Italy have pushed back at demands by the French government.", ("Spain", "rejects", "France")),
    ("Spain pushed back against Maria Lopez.", ("Spain", "rejects", "Maria Lopez")),
    ("Spain rejected France's request.", ("Spain", "rejects", "France")),
])
def test_pushing_back_at_what_someone_demands_rejects_them(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir brought his granddaughter Maria Lopez.", ("Maria Lopez", "relativeOf", "Ali Demir")),
    ("Ali Demir's arrival in France was delayed.", ("Ali Demir", "visits", "France")),
    ("The girl sang, prompting Jose Garcia to compliment Maria Lopez's performance.",
     ("Jose Garcia", "praises", "Maria Lopez")),
    ("Chinese President Maria Lopez on Wednesday rolled out a red carpet welcome for U.S President Ali Demir.",
     ("Maria Lopez", "meets", "Ali Demir")),
    ("Chinese President Maria Lopez on Wednesday rolled out a red carpet welcome for U.S President Ali Demir.",
     ("Ali Demir", "leaderOf", "United States")),        # 'U.S' with its last dot left out
])
def test_family_arrivals_compliments_welcomes_and_acts_someone_was_persuaded_to(read, text, expected):
    assert expected in facts(read(text))


def test_an_act_someone_was_persuaded_to_is_done_unless_the_persuading_is_not(read):
    assert ("France", "supports", "Italy", "asserted") in relations(read("Spain persuaded France to support Italy."))
    assert ("Maria Lopez", "rejects", "resolution", "hedged") in relations(
        read("But it will likely have a hard time convincing Maria Lopez to veto the resolution."))


def test_a_visitor_from_another_country_visits_the_datelines_country(nlp, tmp_path):
    from graphbuild.extract import extract
    from graphbuild.ingest.readers import read_txt

    path = tmp_path / "story.txt"
    path.write_text("BEIJING (Reuters) - Chinese President Maria Lopez told visiting U.S. President Ali Demir on "
                    "Thursday that trade mattered. China had pulled out all the stops for Demir's visit. Lopez's visit "
                    "to a factory was praised. Jose Garcia's travels were reviewed.\n", encoding="utf-8")
    article = next(read_txt(path))
    extraction = extract(article, nlp(article.text))
    names = {r.key: r.name for r in extraction.referents}
    visits = [(names[r.subject], names[r.object]) for r in extraction.relations if r.predicate == "visits"]
    assert visits == [("Ali Demir", "China"), ("Ali Demir", "China")]     # not Lopez at home, not Garcia
    assert not [r for r in extraction.relations if r.predicate == "meets"]    # 'visiting' describes Demir


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez's priorities include lower taxes and border security.",
     {("Maria Lopez", "supports", "lower taxes"), ("Maria Lopez", "supports", "border security")}),
    ("Jose Garcia wrote about how Ali Demir's priorities of tax cuts will create jobs.",
     {("Ali Demir", "supports", "tax cuts")}),
])
def test_what_an_actors_priorities_include_it_supports(read, text, expected):
    assert expected <= {r[:3] for r in relations(read(text))}


def test_a_priority_of_someone_names_whose_it_is_not_what_it_is(read):
    found = relations(read("Ali Demir has made strict immigration enforcement a major priority of his administration."))
    assert not [r for r in found if r[1] == "supports" and r[2] == "administration"], found


def test_an_office_handle_is_the_person_the_article_gives_that_office(read):
    extraction = read("U.S. President Jose Garcia met Ali Demir. Maria Lopez praised @POTUS.")
    names = {r.name: r for r in extraction.referents}
    assert "@POTUS" in names["Jose Garcia"].names and "@POTUS" not in names
    assert ("Maria Lopez", "praises", "Jose Garcia") in facts(extraction)
    # two presidents the handle could be: it stays a person of its own
    two = read("President Jose Garcia met President Ali Demir. Maria Lopez praised @POTUS.")
    assert "@POTUS" in {r.name for r in two.referents}


def test_concerns_raised_that_are_said_by_who_raised_them(read):
    assert said(read("The ranking Democrat on the committee, Senator Maria Lopez, raised concerns that no "
                     "cost-benefit analysis had been done on the wall.")) == [
        ("Maria Lopez", "that no cost-benefit analysis had been done on the wall", False)]
    assert not said(read("News headlines about the changes have raised fears that all program subsidies are ending."))
    assert not said(read("Maria Lopez did not express the hope that Spain would leave."))


def test_a_deputy_is_an_official_and_a_title_after_to_or_for_is_whom_the_holder_serves(read):
    found = facts(read("Maria Lopez served as Jose Garcia's deputy in the White House."))
    assert ("Maria Lopez", "officialOf", "White House") in found
    found = facts(read("Maria Lopez is the nominee to head the Department of Homeland Security. Lopez served in the "
                       "administration of President Ali Demir as Special Assistant to the President for Homeland "
                       "Security."))
    assert not [r for r in found if r[0] == "Maria Lopez" and r[1] == "leaderOf"], found


@pytest.mark.parametrize("text, expected", [
    ("Spain and Italy have argued that the U.S. demands would cause serious damage to the industry.",
     {("Spain", "criticizes", "United States"), ("Italy", "criticizes", "United States")}),
    ("Spain said Ali Demir's policy would hurt the economy.", {("Spain", "criticizes", "Ali Demir")}),
    ("Spain decried a U.S. decision to end the program.", {("Spain", "criticizes", "United States")}),
    # saying someone handles a thing badly
    ("Senator Ana Ruiz and Governor Jose Garcia both said Maria Lopez was mishandling ties with Spain.",
     {("Ana Ruiz", "criticizes", "Maria Lopez"), ("Jose Garcia", "criticizes", "Maria Lopez")}),
    ("Senator Ana Ruiz said Maria Lopez botched the response to the storm.", {("Ana Ruiz", "criticizes", "Maria Lopez")}),
])
def test_saying_what_someone_did_or_asked_for_does_harm_criticises_them(read, text, expected):
    assert expected <= {r[:3] for r in relations(read(text)) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Spain said the storm would hurt the economy.",
    "Spain said Ali Demir's policy would not hurt the economy.",
    'Ali Demir told Xi that the United States government stuck to the "one China" policy.',
])
def test_no_criticism_of_a_storm_nor_of_a_harm_denied_nor_of_a_name_inside_a_policy(read, text):
    assert not [r for r in facts(read(text)) if r[1] == "criticizes" or r[2] == "China"]


def test_a_name_after_a_word_for_a_relative_is_a_person(read):
    extraction = read("Ali Demir and his wife Melania were whisked from Beijing airport to the Forbidden City.")
    assert ("Melania", "relativeOf", "Ali Demir") in facts(extraction)
    assert {r.name: r.kind for r in extraction.referents}["Melania"] is Kind.PERSON


def test_the_datelines_country_is_no_entity_without_a_visit_to_it(nlp, tmp_path):
    from graphbuild.extract import extract
    from graphbuild.ingest.readers import read_txt

    path = tmp_path / "story.txt"
    path.write_text("BEIJING (Reuters) - Maria Lopez praised Jose Garcia on Monday. Garcia's visit was long.\n",
                    encoding="utf-8")
    article = next(read_txt(path))
    extraction = extract(article, nlp(article.text))
    assert sorted(r.name for r in extraction.referents) == ["Jose Garcia", "Maria Lopez"]


@pytest.mark.parametrize("text, expected", [
    ("Republicans opposing Ali Demir said the vote would fail.", {("Republican Party", "opposesActor", "Ali Demir")}),
    ("Spain, accusing France of bad faith, left the talks.", {("Spain", "accuses", "France")}),
    # after a comma, a participle the parser hung on the object is still the subject's act
    ("Ali Demir attacked Maria Lopez, accusing her of lying.", {("Ali Demir", "criticizes", "Maria Lopez"),
                                                              ("Ali Demir", "accuses", "Maria Lopez")}),
])
def test_an_active_participle_on_a_noun_is_that_nouns_act(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] != "memberOf"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez filed a lawsuit accusing Ali Demir of fraud.", ("Maria Lopez", "accuses", "Ali Demir", "asserted")),
    ("Maria Lopez sent a letter to Spain urging Ali Demir to resign.", ("Maria Lopez", "urges", "Ali Demir", "asserted")),
    ("Spain issued a statement condemning France.", ("Spain", "criticizes", "France", "asserted")),
    ("In a statement condemning France, Spain said the attack was illegal.", ("Spain", "criticizes", "France", "asserted")),
    ("A letter from Maria Lopez urging Ali Demir to resign was published.", ("Maria Lopez", "urges", "Ali Demir", "asserted")),
    ("A lawsuit filed by Maria Lopez accusing Ali Demir of fraud was dismissed.", ("Maria Lopez", "accuses", "Ali Demir", "asserted")),
])
def test_a_participle_on_a_document_is_its_authors_act(read, text, expected):
    assert expected in relations(read(text))


def test_who_receives_a_letter_is_not_its_author(read):
    assert not [r for r in relations(read("Ali Demir received a letter urging him to resign.")) if r[1] == "urges"]


def test_a_quote_goes_on_a_reported_clause_only_in_the_next_sentence(read):
    extraction = read('Maria Lopez said the plan was "a failure." Spain backed it, Jose Garcia said. '
                      'Posters across Madrid read "a good start for all of us."')
    assert ("Maria Lopez", 'the plan was "a failure.', False) in said(extraction)
    assert ("Jose Garcia", "Spain backed it", True) in said(extraction)


@pytest.mark.parametrize("text, expected", [
    ("Madrid Mayor Maria Lopez criticized the plan.", ("Maria Lopez", "leaderOf", "Madrid")),
    ("Ali Demir, a former mayor of Madrid, met Jose Garcia.", ("Ali Demir", "leaderOf", "Madrid")),
])
def test_a_city_office_is_the_citys_though_a_capital_acts_for_its_country(read, text, expected):
    found = {r[:3] for r in relations_without_polarity(read(text)) if r[1] == "leaderOf"}
    assert found == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The president of France, Ali Demir, met Maria Lopez.", {("Ali Demir", "meets", "Maria Lopez"),
                                                              ("Ali Demir", "leaderOf", "France")}),
    ("The foreign minister of Spain, Maria Lopez, criticized France.", {("Maria Lopez", "criticizes", "France"),
                                                                        ("Maria Lopez", "officialOf", "Spain")}),
])
def test_a_name_after_a_titles_of_phrase_is_the_titles_apposition(read, text, expected):
    assert expected <= facts(read(text))


def test_a_named_persons_surname_the_parser_took_for_an_adjective_is_still_them(read):
    extraction = read("Senator Jane Strange met Ali Demir on Monday. "
                      "Strange, speaking to reporters as she left, praised Spain for its help.")
    assert ("Jane Strange", "praises", "Spain") in facts(extraction)


def test_a_relative_clause_on_a_persons_description_is_about_the_person(read):
    extraction = read("The vote was a blow to Ali Demir, a wealthy donor, who backed Maria Lopez.")
    assert ("Ali Demir", "supports", "Maria Lopez") in facts(extraction)


def test_a_relative_clause_on_a_description_beside_a_listed_name_is_about_that_name_only(read):
    found = facts(read("Polls show a close contest between Democrat Ali Demir, the state's lieutenant governor, "
                       "and Republican Jose Garcia, a former party chairman who has been endorsed by Maria Lopez."))
    assert {f for f in found if f[1] == "supports"} == {("Maria Lopez", "supports", "Jose Garcia")}


def posts(extraction) -> set[tuple[str, str, str, str, bool]]:
    names = {r.key: r.name for r in extraction.referents}
    return {(names[r.subject], r.predicate, names[r.object], r.polarity.value, r.former)
            for r in extraction.relations if r.predicate == "leaderOf" and r.rule.startswith("verb:")}


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez heads the Department of Homeland Security.",
     {("Maria Lopez", "leaderOf", "Department of Homeland Security", "asserted", False)}),
    ("Maria Lopez, who chairs the Senate Judiciary Committee, met Jose Garcia.",
     {("Maria Lopez", "leaderOf", "Senate Judiciary Committee", "asserted", False)}),
    ("Attorney General Maria Lopez, who oversees the Federal Bureau of Investigation, praised the agency.",
     {("Maria Lopez", "leaderOf", "FBI", "asserted", False)}),
    # a post held in the past
    ("Maria Lopez led the Department of Homeland Security before she joined the bank.",
     {("Maria Lopez", "leaderOf", "Department of Homeland Security", "asserted", True)}),
    # named to a post holds it; nominated or picked for one, not yet
    ("Ali Demir named Maria Lopez to head the Federal Reserve.",
     {("Maria Lopez", "leaderOf", "Federal Reserve", "asserted", False)}),
    ("Ali Demir nominated Maria Lopez to lead the Federal Reserve.",
     {("Maria Lopez", "leaderOf", "Federal Reserve", "hedged", False)}),
    ("Ali Demir picked Maria Lopez to run the Federal Reserve.",
     {("Maria Lopez", "leaderOf", "Federal Reserve", "hedged", False)}),
    ("Maria Lopez, Ali Demir's nominee to head the Federal Reserve, met Jose Garcia.",
     {("Maria Lopez", "leaderOf", "Federal Reserve", "hedged", False)}),
    ("Ali Demir's nominee to head the Federal Reserve met Jose Garcia. Maria Lopez said the bank was strong.",
     {("Maria Lopez", "leaderOf", "Federal Reserve", "hedged", False)}),
    # no leader that is not a person, of a person, of something unnamed, or of a pronoun's guess
    ("The Republicans lead the House of Representatives.", set()),
    ("Ali Demir leads Maria Lopez in the polls.", set()),
    ("Spain named Maria Lopez to head the Spanish embassy in Havana.", set()),
    ("Maria Lopez joined the Senate Judiciary Committee. Ali Demir will chair it.", set()),
])
def test_heading_running_or_chairing_a_body_is_leading_it(read, text, expected):
    assert posts(read(text)) == expected


def test_a_relative_clause_after_a_list_of_described_people_is_about_the_last(read):
    found = posts(read("The list includes Ali Demir, Spain's ambassador to Italy; Jose Garcia, its minister of "
                       "culture; and Maria Lopez, who heads the National Telephone Company."))
    assert found == {("Maria Lopez", "leaderOf", "National Telephone Company", "asserted", False)}


def test_a_relative_clause_between_two_names_is_about_the_first(read):
    found = posts(read("Representatives Maria Lopez, who heads the Freedom Caucus, and Ali Demir met on Monday."))
    assert found == {("Maria Lopez", "leaderOf", "Freedom Caucus", "asserted", False)}


def memberships(extraction) -> set[tuple[str, str, bool]]:
    names = {r.key: r.name for r in extraction.referents}
    return {(names[r.subject], names[r.object], r.former)
            for r in extraction.relations if r.predicate == "memberOf" and r.rule.startswith("verb:")}


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez worked at the State Department for ten years.", {("Maria Lopez", "State Department", True)}),
    ("Maria Lopez, who works at the FBI, met Jose Garcia.", {("Maria Lopez", "FBI", False)}),
    # whom one works for may be a person the model took for an organisation: not read
    ("Maria Lopez worked for the FBI.", set()),
    ("Maria Lopez has served in the Senate since 2010.", {("Maria Lopez", "Senate", False)}),
    ("Maria Lopez sits on the Senate Judiciary Committee.", {("Maria Lopez", "Senate Judiciary Committee", False)}),
    # a place, a person, a topic or a country is no body one serves in
    ("Maria Lopez served in Iraq.", set()),
    ("Maria Lopez worked for Ali Demir.", set()),
    ("Maria Lopez worked on the Russia investigation.", set()),
])
def test_serving_or_working_in_a_named_body_is_membership(read, text, expected):
    assert memberships(read(text)) == expected


def test_a_past_verb_joined_to_a_bare_infinitive_belongs_to_the_past_verb_above(read):
    extraction = read("Vice President Ali Demir met Prime Minister Maria Lopez on Monday. The two officials expressed "
                      "hope that their meeting would help and agreed on the need for constructive dialogue.")
    assert {("Ali Demir", "supports", "dialogue"), ("Maria Lopez", "supports", "dialogue")} <= facts(extraction)
    # 'said X would happen and set a hearing': the judge set it; what she said ends before 'and'
    extraction = read("Judge Maria Lopez said the terms would remain in place, and set a hearing for Monday.")
    assert said(extraction) == [("Maria Lopez", "the terms would remain in place", False)]


@pytest.mark.parametrize("text, expected", [
    # the tense of 'noted' is that of 'said', not of 'does support': Lee noted
    ("Ann Lee said Demir does support the plan and noted that Demir spoke on Friday to the managers.",
     [("Ann Lee", "Demir does support the plan", False), ("Ann Lee", "that Demir spoke on Friday to the managers", False)]),
    ("Ali Demir, who has said that the charges were false and has denied wrongdoing, met Jose Garcia.",
     [("Ali Demir", "that the charges were false", False), ("Ali Demir", "wrongdoing", False)]),
    # the tenses leave it open: the clause's subject testified, and no one said so
    ("NBC News reported that Ali Demir had been questioned by the panel and testified before the jury.",
     [("NBC News", "that Ali Demir had been questioned by the panel", False)]),
])
def test_a_speech_verb_in_the_tense_of_the_speech_verb_above_is_its_conjunct(read, text, expected):
    assert said(read(text)) == expected


def test_representing_a_place_in_a_body_is_membership(read):
    found = memberships(read("Ali Demir, who represented Ohio in the Senate for 36 years, met Maria Lopez."))
    assert found == {("Ali Demir", "Senate", True)}


def test_capitalised_words_set_beside_a_noun_for_an_organisation_name_it(read):
    extraction = read("Maria Lopez criticized the firm, Tern GPS, over the dossier.")
    assert ("Maria Lopez", "criticizes", "Tern GPS") in facts(extraction)
    assert {r.name: r.kind for r in extraction.referents}["Tern GPS"] is Kind.ORGANIZATION


@pytest.mark.parametrize("text, expected", [
    ("Spain agreed to talks with France on Wednesday.", ("Spain", "negotiatesWith", "France", "hedged")),
    ("Spain did not agree to talks with France.", ("Spain", "negotiatesWith", "France", "negated")),
    ("The Republicans voted down the plan.", ("Republican Party", "rejects", "plan", "asserted")),
])
def test_agreeing_to_talks_is_talks_to_come_and_voting_down_rejects(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Spain has many times praised France.", ("Spain", "praises", "France")),
    ("Ali Demir has several times contradicted Maria Lopez on policy.", ("Ali Demir", "contradicts", "Maria Lopez")),
])
def test_a_subject_the_parser_hung_on_an_auxiliary_is_the_verbs(read, text, expected):
    assert expected in facts(read(text))


def test_a_have_the_parser_made_the_main_verb_is_the_participles_auxiliary(nlp):
    from spacy.tokens import Doc

    from graphbuild.extract.repair import repair
    from graphbuild.knowledge import load

    # the parse the model gives some such sentences: 'has' the root, 'contradicted' a clause of it
    doc = Doc(nlp.vocab, words=["Smith", "has", "several", "times", "contradicted", "Jones", ".", "He", "left", "."],
              heads=[1, 1, 3, 4, 1, 4, 1, 8, 8, 8],
              deps=["nsubj", "ROOT", "amod", "npadvmod", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"],
              tags=["NNP", "VBZ", "JJ", "NNS", "VBD", "NNP", ".", "PRP", "VBD", "."],
              pos=["PROPN", "VERB", "ADJ", "NOUN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
              lemmas=["Smith", "have", "several", "time", "contradict", "Jones", ".", "he", "leave", "."])
    repair(doc, load())
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Smith", "has", "contradicted"}] == [
        ("Smith", "nsubj", "contradicted"), ("has", "aux", "contradicted"), ("contradicted", "ROOT", "contradicted")]
    assert [s.text for s in doc.sents] == ["Smith has several times contradicted Jones .", "He left ."]


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez told Jose Garcia on Monday that the plan would fail.", {("Maria Lopez", "communicatesWith", "Jose Garcia")}),
    ("Maria Lopez told the Senate Foreign Relations Committee that the plan would fail.",
     {("Maria Lopez", "communicatesWith", "Senate Foreign Relations Committee")}),
    # talking to the press is no contact between actors: a listed outlet, or a name ending in an outlet's word
    ("Maria Lopez told CNN that the plan would fail.", set()),
    ("Maria Lopez told the Lakeside Gazette on Monday that the plan would fail.", set()),
    ("\"The plan will fail,\" Maria Lopez told the Lakeside Examiner.", set()),
    ("Maria Lopez told the Valley Courier and the Hill Register that the plan would fail.", set()),
    ("Maria Lopez met with the Valley Tribune on Monday and told Reuters the plan would fail.", set()),
    # a clause on the press only describes it
    ("The plan would fail, Maria Lopez told reporters traveling with Jose Garcia.", set()),
    ("Maria Lopez praised journalists traveling with Jose Garcia.", set()),
    # asked to act, the listener is urged, not only told
    ("Maria Lopez told Jose Garcia to leave.", {("Maria Lopez", "urges", "Jose Garcia")}),
    # questioned, interviewed, heard from; by the press, no contact between actors
    ("The committee’s chairman, Maria Lopez, questioned Jose Garcia behind closed doors in July.",
     {("Maria Lopez", "communicatesWith", "Jose Garcia")}),
    ("Senator Maria Lopez heard from Jose Garcia on Thursday.", {("Maria Lopez", "communicatesWith", "Jose Garcia")}),
    ("CNN interviewed Senator Maria Lopez on Monday.", set()),
])
def test_telling_an_actor_is_communication_telling_the_press_is_not(read, text, expected):
    found = {f for f in facts(read(text)) if f[1] in {"communicatesWith", "urges", "meets", "praises"}}
    assert {f for f in found if f[2] not in {"journalist", "journalists"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("Later that day, Ali Demir called Jose Garcia and Maria Lopez.",
     {("Ali Demir", "communicatesWith", "Jose Garcia"), ("Ali Demir", "communicatesWith", "Maria Lopez")}),
    ("Ali Demir called Jose Garcia on Monday to discuss the plan.", {("Ali Demir", "communicatesWith", "Jose Garcia")}),
    # naming someone something is no call, and a platform after 'on' is where it was said
    ("Ali Demir called Jose Garcia a liar.", {("Ali Demir", "criticizes", "Jose Garcia")}),
    ('Ali Demir called Jose Garcia "Little Rocket Man" on Twitter.', set()),
    ("Ali Demir called on Twitter to remove the posts.", {("Ali Demir", "urges", "Twitter")}),
])
def test_calling_someone_is_contact_naming_them_is_not(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] in {"communicatesWith", "urges", "criticizes"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir wrote to Jose Garcia last week.", {("Ali Demir", "communicatesWith", "Jose Garcia")}),
    ("Ali Demir wrote to the Lakeside Gazette last week.", set()),
    # the parser joins the second name to the first one's state: 'Iowa and Rick Snyder'
    ("Governors Kim Reynolds of Iowa and Rick Snyder of Michigan met Jose Garcia.",
     {("Kim Reynolds", "meets", "Jose Garcia"), ("Rick Snyder", "meets", "Jose Garcia")}),
])
def test_writing_to_someone_and_a_pair_each_named_with_their_state(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] in {"communicatesWith", "meets"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir met leaders of Spain on Monday.", {("Ali Demir", "meets", "Spain")}),
    ("Ali Demir criticized the government of Spain.", {("Ali Demir", "criticizes", "Spain")}),
    ("Ali Demir met Spanish officials.", {("Ali Demir", "meets", "Spain")}),
])
def test_a_countrys_body_or_people_named_with_of_act_as_the_country(read, text, expected):
    assert facts(read(text)) == expected


def test_a_plural_title_gives_each_name_its_party_too(read):
    found = facts(read("Republican Senators Ali Demir, Maria Lopez and Jose Garcia criticized the bill."))
    for name in ("Ali Demir", "Maria Lopez", "Jose Garcia"):
        assert (name, "memberOf", "Senate") in found
        assert (name, "memberOf", "Republican Party") in found


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir spoke in support of Jose Garcia.", {("Ali Demir", "supports", "Jose Garcia")}),
    ("The Senate voted in favor of the bill.", {("Senate", "supports", "bill")}),
    ("Ali Demir wrote in defense of Jose Garcia.", {("Ali Demir", "supports", "Jose Garcia")}),
    # on a noun, the noun's doer: not the one who needs the vote
    ("Republicans may need Maria Lopez's vote in favor of the bill.", {("Maria Lopez", "supports", "bill")}),
    # 'the support of X' is X's (what Demir won: Garcia supports him); 'Y's support of X' is Y's
    ("Ali Demir won the support of Jose Garcia.", {("Jose Garcia", "supports", "Ali Demir")}),
    ("Critics pointed to Maria Lopez's enthusiastic support of Jose Garcia.", {("Maria Lopez", "supports", "Jose Garcia")}),
])
def test_acting_in_support_or_in_favor_of_something_supports_it(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "supports"} == expected


@pytest.mark.parametrize("text, expected", [
    ('Ali Demir has called Jose Garcia a "mentally deranged dotard."', ("Ali Demir", "criticizes", "Jose Garcia")),
    ("Ali Demir has called the allegations of collusion a hoax.", ("Ali Demir", "rejects", "allegation")),
    ("Ali Demir called talks with Spain a waste of time.", ("Ali Demir", "rejects", "talks")),
    # the name parsed as an apposition of the object, and a name of two words
    ('Ali Demir has called the inquiry "a witch hunt."', ("Ali Demir", "criticizes", "inquiry")),
])
def test_naming_something_a_hoax_or_someone_a_dotard_judges_it(read, text, expected):
    assert expected in facts(read(text))


def test_a_we_in_a_quote_two_people_gave_is_each_of_them(read):
    extraction = read('Maria Lopez and Ana Ruiz said in a statement: "We need to reach a budget agreement." '
                      "Jose Garcia said nothing.")
    names = {r.key: r.name for r in extraction.referents}
    statement = extraction.statements[0]
    assert names[statement.speaker] == "Maria Lopez" and [names[k] for k in statement.co_speakers] == ["Ana Ruiz"]
    found = facts(extraction)     # each one's own stance, not a claim reported by the other
    assert {("Maria Lopez", "supports", "budget agreement"), ("Ana Ruiz", "supports", "budget agreement")} <= found
    assert not {f for f in found if f[1] == "cooperatesWith"}     # an agreement with others, not each other


def test_one_speaker_has_no_co_speakers(read):
    extraction = read('"We need to reach a budget agreement," Maria Lopez said, after meeting Ana Ruiz.')
    assert [s.co_speakers for s in extraction.statements] == [()]


def test_an_act_says_nothing_and_makes_no_speaker(read):
    extraction = read("Ali Demir's overruling of Jose Garcia underscores that the talks failed.")
    assert extraction.statements == () and all("overruling" not in r.name for r in extraction.referents)
    assert [s for s, _, _ in said(read("The announcer said the plan would fail."))] == ["announcer"]
    assert [s for s, _, _ in said(read("The ruling said the state cannot avoid the conclusion."))] == ["ruling"]


_RUIZ = ("Spanish President Jose Garcia met French leaders on Monday. Spanish Foreign Minister Ana Ruiz was in "
         "Paris. Senator Maria Lopez wrote on Twitter: If Ruiz loses this fight, it will be because her boss ")


@pytest.mark.parametrize("text, expected, absent", [
    # a failure to understand is one; a failure to act is news, no judgement
    ('"Ali Demir fails to grasp the risks," Maria Lopez said.', ("Maria Lopez", "criticizes", "Ali Demir"), None),
    ('"Ali Demir failed to pass the bill," Maria Lopez said.', None, ("Maria Lopez", "criticizes", "Ali Demir")),
    # quote marks lost: 'her' in the senator's own words is not the senator; a minister's boss is her
    # country's leader
    (_RUIZ + "fails.", ("Maria Lopez", "criticizes", "Jose Garcia"), ("Maria Lopez", "criticizes", "Senate")),
    (_RUIZ + "fails to grasp the risks.", ("Maria Lopez", "criticizes", "Jose Garcia"), None),
])
def test_saying_someone_fails_to_understand_criticises_them(read, text, expected, absent):
    found = facts(read(text))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("The Democratic Party has been coordinating with Jose Garcia behind the scenes.",
     ("Democratic Party", "cooperatesWith", "Jose Garcia")),
    ("Congress approved new sanctions on Spain.", ("Congress", "sanctions", "Spain")),
    ("Ali Demir attended a meeting with Jose Garcia in March.", ("Ali Demir", "meets", "Jose Garcia")),
    # a transparent noun named by a noun is a topic of its own ('the plan' alone is none)
    ("Ali Demir called the Republican tax plan a giveaway to corporations.", ("Ali Demir", "criticizes", "tax plan")),
    ("Ali Demir announced his opposition to the tax plan.", ("Ali Demir", "rejects", "tax plan")),
])
def test_coordinating_approving_sanctions_and_a_named_plan(read, text, expected):
    assert expected in facts(read(text))


def test_tapping_takes_a_person_not_a_topic(read):
    # spaCy lemmatises 'taped' as 'tap', whose supports relation takes actors only
    assert not facts(read("Ali Demir taped a robo-call for the campaign."))
    assert ("Ali Demir", "supports", "Jose Garcia") in facts(read("Ali Demir tapped Jose Garcia to lead the agency."))


@pytest.mark.parametrize("text, expected", [
    # pressure with no act asked of it undermines; asking an act urges, also with the infinitive parsed as a purpose
    ("Spain has pressured France since Ali Demir took office last year.", {("Spain", "undermines", "France")}),
    ("Spain pressured France to accept the deal.", {("Spain", "urges", "France")}),
    ("He hoped that Madrid would do more to pressure Lisbon to end its border dispute.",
     {("Spain", "urges", "Portugal")}),
    # what is wanted for a purpose is asked nothing
    ("Ali Demir said he wanted public hearings on the matter to explain the deployment.",
     {("Ali Demir", "supports", "public hearings")}),
])
def test_pressure_undermines_and_pressure_to_act_urges(read, text, expected):
    found = {r[:3] for r in relations(read(text)) if r[3] != Polarity.NEGATED}
    assert expected <= found
    assert {f for f in found if f[1] == "undermines"} == {f for f in expected if f[1] == "undermines"}


def test_a_ledes_indefinite_body_is_the_one_named_later_whoever_owns_it(read):
    lede = read("Ali Demir told a U.S. Senate committee on Wednesday that the plan would fail. In response to "
                "questions from senators on the Foreign Relations Committee, Demir said he would resign.")
    assert ("Ali Demir", "communicatesWith", "Foreign Relations Committee") in facts(lede)
    # a definite one keeps what its names say: this caucus is not the other one
    later = read("Representative Jose Garcia, chairman of the House Democratic caucus, spoke on Monday. "
                 "The Congressional Black Caucus met on Tuesday.")
    assert ("Jose Garcia", "leaderOf", "Congressional Black Caucus") not in facts(later)


@pytest.mark.parametrize("text, expected", [
    # remarks a clause is about are their maker's, also those the clause's speech verb says
    ("Ali Demir said the plan would fail, in remarks that criticized Jose Garcia.", ("Ali Demir", "criticizes", "Jose Garcia")),
    ("Ali Demir's remarks, which undercut Jose Garcia, drew praise.", ("Ali Demir", "undermines", "Jose Garcia")),
    # a pledge, an account and testimony stand for their makers
    ("Ali Demir's testimony appears to conflict with Jose Garcia's account.", ("Ali Demir", "contradicts", "Jose Garcia")),
    ("Maria Lopez praised Ali Demir's pledge that Spain would open its market.", ("Maria Lopez", "praises", "Ali Demir")),
])
def test_what_someone_said_acts_as_its_maker(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez served in the administration of Republican President Ali Demir.",
     ("Maria Lopez", "memberOf", "Demir administration")),
    ("Maria Lopez was chairman of the presidential campaign of Democratic candidate Ali Demir.",
     ("Maria Lopez", "leaderOf", "Demir campaign")),
])
def test_a_body_of_a_person_named_with_of_is_the_persons_body(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_a_body_noun_that_only_qualifies_a_persons_thing_makes_no_body(read):
    names = {r.name for r in read("Maria Lopez criticized Ali Demir's campaign pledge.").referents}
    assert "Ali Demir" in names and not [n for n in names if n.endswith("campaign")]
    # a body named before 's goes by the surname, as news names it
    assert "Demir campaign" in {r.name for r in read("Maria Lopez criticized Ali Demir's campaign.").referents}


def test_a_party_word_in_a_description_rules_out_a_person_of_another_party(read):
    text = ("President Ali Demir, a Republican, met Jose Garcia. Former President Pablo Ruiz had warned Demir not "
            "to hire Maria Lopez, who had been fired by the Democratic president in 2014.")
    found = {f for f in relations_without_polarity(read(text)) if f[1] == "opposesActor"}
    assert ("Pablo Ruiz", "opposesActor", "Maria Lopez") in found
    assert ("Ali Demir", "opposesActor", "Maria Lopez") not in found


def test_divesting_or_abandoning_a_stake_withdraws_it(read):
    extraction = read("Ali Demir has divested his interests in Diamond Shipping.")
    assert [(r.predicate, r.polarity) for r in extraction.relations] == [("supports", Polarity.NEGATED)]


def test_a_denial_does_not_negate_a_relative_clause_in_it(read):
    extraction = read("Spain has denied any attempts to sway the 2016 election, in which Ali Demir defeated Jose Garcia.")
    names = {r.key: r.name for r in extraction.referents}
    assert [(names[r.subject], r.predicate, names[r.object], r.polarity) for r in extraction.relations
            if r.predicate == "opposesActor"] == [("Ali Demir", "opposesActor", "Jose Garcia", Polarity.ASSERTED),
                                                  ("Jose Garcia", "opposesActor", "Ali Demir", Polarity.ASSERTED)]
    denied = read("Spain denied that Ali Demir defeated Jose Garcia.")
    assert {r.polarity for r in denied.relations if r.predicate == "opposesActor"} == {Polarity.NEGATED}


@pytest.mark.parametrize("text, expected", [
    ("Spain and France have been strategic allies since 1945.", {("Spain", "cooperatesWith", "France", Polarity.ASSERTED)}),
    ("Spain and France are not allies.", {("Spain", "cooperatesWith", "France", Polarity.NEGATED)}),
    # a meeting sought or requested is not yet held
    ("Ali Demir requested a meeting with Jose Garcia in a letter.", {("Ali Demir", "meets", "Jose Garcia", Polarity.HEDGED)}),
    ("Ali Demir held a meeting with Jose Garcia.", {("Ali Demir", "meets", "Jose Garcia", Polarity.ASSERTED)}),
    # undoing what someone did rejects them, also a part of it; undoing one's own thing rejects no one
    ("Ali Demir undid a number of Jose Garcia's initiatives.", {("Ali Demir", "rejects", "Jose Garcia", Polarity.ASSERTED)}),
    ("The deal requires Spain to dismantle its naval bases and airfields.", set()),
])
def test_allies_of_each_other_pending_meetings_and_undoing(read, text, expected):
    found = {r for r in relations(read(text)) if r[1] in {"cooperatesWith", "meets", "rejects"}}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("Spain took aggressive action against France.", ("Spain", "opposesActor", "France")),
    ("Spain took steps against France last year.", ("Spain", "opposesActor", "France")),
    # through a range of them and a directive's infinitive, to whoever signed it
    ("Ali Demir issued a directive to take a series of tough measures against France.",
     ("Ali Demir", "opposesActor", "France")),
])
def test_action_against_an_actor_opposes_it(read, text, expected):
    assert expected in facts(read(text))


def test_the_one_called_for_to_act_does_the_act(read):
    found = relations(read("Ali Demir called for Spain to take decisive action against France."))
    assert ("Spain", "opposesActor", "France", Polarity.HEDGED) in found
    assert ("Ali Demir", "urges", "Spain", Polarity.ASSERTED) in found


@pytest.mark.parametrize("text, expected", [
    # an object 'it' after a thing named last is the thing, no actor
    ("Ali Demir, who opposed a bill that passed the Senate, said the final measure was far from perfect but he "
     "would support it.", set()),
    ("The Senate passed the bill, and Ali Demir praised it.", {("Senate", "supports", "bill")}),
    # a plural is no 'it'; an actor named last still is
    ("Spain was expected to pull out all the stops for Ali Demir, who has pressed it to do more.",
     {("Ali Demir", "urges", "Spain")}),
])
def test_an_object_it_after_a_thing_is_the_thing(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] in {"supports", "praises", "urges"}} == expected


@pytest.mark.parametrize("text, expected", [
    # an 'it' standing for the clause after it is no actor
    ("The Spanish interior ministry said on Monday it was unacceptable to attack France.", set()),
    ("Spain said it would be a mistake to sanction France.", set()),
    ("Spain explained how important it is to attack France.", set()),      # the adjective before 'it'
    ("Spain said it was clear that Portugal had attacked France.", {("Portugal", "attacks", "France")}),
    # an 'it' with no actor as a subject or a subject's owner before it is no actor named further back
    ("A lawyer for Spain's foreign ministry said Ali Demir was working on the bill. Critics say it would have "
     "helped France.", set()),
    # an 'it' that acts keeps its actor
    ("Spain said it was willing to help France.", {("Spain", "helps", "France")}),
    ("Spain's foreign ministry said on Monday it would attack France.", {("Spain", "attacks", "France")}),
])
def test_an_it_that_stands_for_a_clause_or_for_nothing_named_is_no_actor(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] in {"attacks", "sanctions", "helps"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("FBI lawyer Maria Lopez sent the messages.", ("Maria Lopez", "memberOf", "FBI")),
    ("Ali Demir's lawyer Maria Lopez spoke on Monday.", ("Maria Lopez", "adviserTo", "Ali Demir")),
    ("Jose Garcia, chief political strategist for Senator Ali Demir, said the race was close.",
     ("Jose Garcia", "adviserTo", "Ali Demir")),
    ("Jose Garcia, senior market strategist for LPL Financial, said stocks would rise.",
     ("Jose Garcia", "memberOf", "LPL Financial")),
])
def test_a_lawyer_of_a_body_is_its_staff_of_a_person_an_adviser(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON (Reuters) - Paul Manafort, former campaign manager for President Donald Trump, had three passports.",
     ("Paul Manafort", "leaderOf", "Trump campaign")),
    ("U.S. President Donald Trump spoke. Prosecutors charged Trump's former campaign chairman, Paul Manafort, with fraud.",
     ("Paul Manafort", "leaderOf", "Trump campaign")),
    ("Senator Maria Lopez's campaign manager, Jose Garcia, resigned on Monday.", ("Jose Garcia", "leaderOf", "Lopez campaign")),
])
def test_a_campaign_title_held_of_a_person_is_held_in_their_campaign(read, text, expected):
    assert expected in facts(read(text))


def test_a_campaign_title_is_no_office_of_a_country(read):
    text = ("WASHINGTON (Reuters) - Attorney General Jeff Sessions has offered shifting accounts of his Russia contacts "
            "while he was a campaign adviser, including with Moscow's former ambassador.")
    assert not {f for f in facts(read(text)) if f[0] == "Jeff Sessions" and f[1] in {"adviserTo", "officialOf"}
                and f[2] in {"United States", "Russia"}}


def test_people_listed_after_a_document_are_not_part_of_it(read):
    extraction = read("At least four Democrats will back the bills, including Senator Maria Lopez and "
                      "Representative Ana Ruiz.")
    names = {r.key: r.name for r in extraction.referents}
    supported = {names[r.object] for r in extraction.relations if r.predicate == "supports"}
    assert "bill" in supported and not supported & {"Maria Lopez", "Ana Ruiz"}
    assert ("Spain", "sanctions", "Ali Demir") in facts(read("Spain imposed sanctions on 12 people, including Ali Demir."))


@pytest.mark.parametrize("text, expected, absent", [
    # a subject pronoun in a relative clause's own clauses is the name the clause is on
    ("Ali Demir won support from Maria Lopez, who met with Ali Demir on Tuesday and said she would back the bill.",
     ("Maria Lopez", "supports", "bill"), ("Ali Demir", "supports", "bill")),
    # not an object pronoun: 'him' after 'several women accused' is not the one who condemned
    ("Jose Garcia criticized Ali Demir, who condemned Pablo Ruiz after several women accused him of misconduct.",
     None, ("several women", "accuses", "Ali Demir")),
])
def test_a_subject_pronoun_in_a_relative_clause_is_its_name(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    # undoing a law or a rule rejects it, done or aimed at
    ("The Senate voted to repeal the health law.", ("Senate", "rejects", "health law", "asserted")),
    ("Ali Demir repealed the law last year.", ("Ali Demir", "rejects", "law", "asserted")),
    ("A judge overturned the verdict in July.", ("judge", "rejects", "verdict", "asserted")),
    ("Maria Lopez plans to rescind the program.", ("Maria Lopez", "rejects", "program", "hedged")),
    ("Ali Demir moved to scrap the trade agreement.", ("Ali Demir", "rejects", "trade agreement", "asserted")),
    # passing, signing or enacting a bill backs it; not passing any
    ("The Senate passed the tax bill on Thursday.", ("Senate", "supports", "tax bill", "asserted")),
    ("Ali Demir signed the bill into law on Friday.", ("Ali Demir", "supports", "bill", "asserted")),
    ("The Senate has passed no major legislation this year.", ("Senate", "supports", "legislation", "negated")),
    ("Maria Lopez urged Spain to safeguard the trade relations with France.",
     ("Spain", "supports", "trade relations", "hedged")),
])
def test_laws_passed_signed_or_repealed(read, text, expected):
    names = lambda e: {r.key: r.name.removeprefix("the ") for r in e.referents}
    extraction = read(text)
    found = {(names(extraction)[r.subject], r.predicate, names(extraction)[r.object], r.polarity.value)
             for r in extraction.relations}
    assert expected in found


@pytest.mark.parametrize("text, expected", [
    # fighting or combating a thing or an actor opposes it; so does standing in opposition to it
    ("Democrats are fighting the pipeline bill.", ("Democratic Party", "rejects", "pipeline bill")),
    ("Ali Demir vowed to combat corruption.", ("Ali Demir", "rejects", "corruption")),
    ("Spain's fight against the rebels' leader, Ali Demir, went on.", ("Spain", "opposesActor", "Ali Demir")),
    ("Spain fought against France for a decade.", ("Spain", "opposesActor", "France")),
    ("Democrats voted in opposition to the tax plan.", ("Democratic Party", "rejects", "tax plan")),
])
def test_fighting_and_standing_in_opposition(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    # more words of blame and praise, also in the forms the parser's lemmas take ('lambasted': 'lambast')
    ("Ali Demir lambasted Maria Lopez on Monday.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Ali Demir scorched Maria Lopez in August for her vote.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Ali Demir hit out at Maria Lopez.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Ali Demir ripped into Maria Lopez on Twitter.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("The Senate censured Ali Demir.", ("Senate", "criticizes", "Ali Demir")),
    ("Ali Demir lauded Maria Lopez for her work.", ("Ali Demir", "praises", "Maria Lopez")),
    ("Ali Demir extolled the deal.", ("Ali Demir", "praises", "deal")),
    ("Ali Demir touted the tax plan.", ("Ali Demir", "supports", "tax plan")),
    ("Ali Demir expressed frustration with Maria Lopez.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Maria Lopez said she was furious with Ali Demir.", ("Maria Lopez", "criticizes", "Ali Demir")),
    ("Spain's anger over the vote grew.", ("Spain", "criticizes", "vote")),
    ("Ali Demir testified to the House Intelligence Committee last week.",
     ("Ali Demir", "communicatesWith", "House Intelligence Committee")),
    ("Ali Demir has apologized to Maria Lopez.", ("Ali Demir", "communicatesWith", "Maria Lopez")),
    ("Spain has violated the treaty.", ("Spain", "undermines", "treaty")),
    ("Spain flouted the sanctions.", ("Spain", "undermines", "sanctions")),
    ("Ali Demir last month played golf with Maria Lopez.", ("Ali Demir", "meets", "Maria Lopez")),
    ("Ali Demir dined with Maria Lopez on Monday.", ("Ali Demir", "meets", "Maria Lopez")),
    # arriving at, landing in or stopping in a place visits it
    ("Ali Demir arrived at the Great Hall of the People on Thursday.",
     ("Ali Demir", "visits", "Great Hall of the People")),
    ("Ali Demir landed in Beijing on Wednesday.", ("Ali Demir", "visits", "Beijing")),
    ("Ali Demir will stop in Hawaii on his way to Asia.", ("Ali Demir", "visits", "Hawaii")),
    # saying, explaining or replying to someone is talking to them
    ("Ali Demir explained to Maria Lopez that the offer stands.", ("Ali Demir", "communicatesWith", "Maria Lopez")),
    ("Spain replied to France in a statement.", ("Spain", "communicatesWith", "France")),
    # what someone did stands for its doer ('deed' in ontology/cues.tsv)
    ("Ali Demir praised Maria Lopez's stewardship of the bank.", ("Ali Demir", "praises", "Maria Lopez")),
    ("Ali Demir criticized Maria Lopez's response to the storm.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("The Garcia campaign has begun criticizing Maria Lopez's absence.",
     ("Garcia campaign", "criticizes", "Maria Lopez")),
    ("Ali Demir praised Maria Lopez's move, saying the rules made no sense.", ("Ali Demir", "praises", "Maria Lopez")),
    # after a cue noun too, and a person's name before the deed
    ("Senator Maria Lopez expressed support for Jose Garcia's tough approach.", ("Maria Lopez", "supports", "Jose Garcia")),
    ("Senator Maria Lopez said she disagreed with the Garcia approach, after Jose Garcia spoke.",
     ("Maria Lopez", "contradicts", "Jose Garcia")),
])
def test_words_of_blame_praise_and_deeds(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text", [
    "The bill passed the Senate on Thursday.",      # a thing passing an actor backs no one
    "Spain withdrew its troops from Syria.",
])
def test_passing_takes_only_things(read, text):
    assert not {r for r in relations_without_polarity(read(text)) if r[1] == "supports"}


@pytest.mark.parametrize("text, expected, absent", [
    # a gerund clause describes a thing: the thing is the object, not the clause's nouns
    ("Ali Demir has called for scrapping the 2015 deal curbing Spain's nuclear program.",
     ("Ali Demir", "rejects", "deal"), ("Ali Demir", "rejects", "nuclear program")),
    ("The Senate passed a resolution requiring members and their staff to take training.",
     ("Senate", "supports", "resolution"), ("Senate", "supports", "staff")),
    # a document carries its clause
    ("Ali Demir backed a statement supporting the peace talks.", ("Ali Demir", "supports", "peace talks"),
     ("Ali Demir", "supports", "statement")),
])
def test_a_clause_on_a_thing_describes_it(read, text, expected, absent):
    extraction = read(text)
    names = {r.key: r.name.removeprefix("the ") for r in extraction.referents}
    found = {(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations}
    assert expected in found
    assert absent not in found


def test_an_owned_effort_is_its_owners_not_the_blockers(read):
    found = relations_without_polarity(read(
        "Maria Lopez, a moderate senator, helped block her party's efforts to repeal the health law."))
    assert ("Maria Lopez", "undermines", "health law") not in found


@pytest.mark.parametrize("text, expected", [
    # what an actor aims to build, negotiate or resume it supports: a topic, not an actor
    ("Ali Demir has vowed to build a wall on the border.", ("Ali Demir", "supports", "wall")),
    ("Ali Demir hopes to negotiate a new trade agreement.", ("Ali Demir", "supports", "trade agreement")),
    ("Spain hopes to resume talks with France.", ("Spain", "supports", "talks")),
    # approving a bill backs it; campaigning with someone is cooperation
    ("The House approved the resolution on Tuesday.", ("House of Representatives", "supports", "resolution")),
    ("Maria Lopez campaigned with Ali Demir in Ohio on Tuesday.", ("Maria Lopez", "cooperatesWith", "Ali Demir")),
])
def test_aims_approvals_and_campaigns(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    # an act an actor wants, vows or proposes is, with its object, a topic the actor backs
    ("Ann Lee wants to cut the budget for road repairs.", ("Ann Lee", "supports", "cut budget", "asserted")),
    ("Ali Demir has vowed to scale back the popular deduction.",
     ("Ali Demir", "supports", "scale back popular deduction", "asserted")),
    ("Maria Lopez would like to revamp the pension programs.", ("Maria Lopez", "supports", "revamp pension programs",
                                                                "asserted")),
    ("Jose Garcia does not want to raise the sales tax.", ("Jose Garcia", "supports", "raise sales tax", "negated")),
    # so is an act that an actor's plan, proposal or push names
    ("Maria Lopez's proposal to cut the road budget angered Spain.", ("Maria Lopez", "supports", "cut road budget",
                                                                      "asserted")),
    ("A proposal by the Senate to delay the rate cut was rejected.", ("Senate", "supports", "delay rate cut",
                                                                      "asserted")),
    ("A House plan to eliminate the estate tax was dropped on Friday.",
     ("House of Representatives", "supports", "eliminate estate tax", "asserted")),
])
def test_an_act_wanted_or_proposed_is_a_topic_backed(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text", [
    "Ann Lee tried to cut the budget for road repairs.",          # an attempt is no stance
    "Ann Lee wants to make a point about the budget.",            # too vague to name an act
    "Ann Lee pushed lawmakers to cut the budget.",                # the lawmakers are urged (another rule)
    "Voters were asked to approve a plan to expand health coverage.",   # a plan of no one named
    "Ann Lee wants to keep the military from leaving the city.",
])
def test_no_topic_from_an_attempt_a_vague_act_or_an_ownerless_plan(read, text):
    assert not {r for r in relations(read(text)) if r[1] == "supports" and " " in r[2] and r[2] != "Ann Lee"}


@pytest.mark.parametrize("text, expected", [
    # a race won or led has two sides: each opposes the other, the winner also by 'for'
    ("The vote was a narrow victory for Ali Demir over Maria Lopez.",
     {("Ali Demir", "opposesActor", "Maria Lopez"), ("Maria Lopez", "opposesActor", "Ali Demir")}),
    ("Ali Demir's victory over Maria Lopez surprised many.",
     {("Ali Demir", "opposesActor", "Maria Lopez"), ("Maria Lopez", "opposesActor", "Ali Demir")}),
    # what puts someone at odds with another sets them against each other
    ("The tweet put Ali Demir at odds with Maria Lopez.", {("Ali Demir", "opposesActor", "Maria Lopez")}),
    ("Republicans say Maria Lopez is biased against Ali Demir.", {("Maria Lopez", "opposesActor", "Ali Demir")}),
])
def test_races_odds_and_bias_set_actors_against_each_other(read, text, expected):
    assert expected <= relations_without_polarity(read(text))


@pytest.mark.parametrize("text, polarity", [
    ("Ali Demir had a long-running dispute with Senator Maria Lopez.", "asserted"),
    ("Ali Demir said he had no dispute with Maria Lopez.", "negated"),
])
def test_a_quarrel_runs_both_ways(read, text, polarity):
    found = relations(read(text))
    assert {("Ali Demir", "opposesActor", "Maria Lopez", polarity),
            ("Maria Lopez", "opposesActor", "Ali Demir", polarity)} <= found


@pytest.mark.parametrize("text, expected", [
    ("Jose Garcia disagreed with the ruling.", ("Jose Garcia", "rejects", "ruling")),
    ("Jose Garcia contradicted Ali Demir on Monday.", ("Jose Garcia", "contradicts", "Ali Demir")),
])
def test_disagreeing_with_a_thing_rejects_it(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_downplaying_a_thing_rejects_nothing(read):
    # minimising contacts or a threat is no stance against them; downplaying someone's remarks contradicts them
    assert not relations(read("Maria Lopez also downplayed any meetings."))
    assert not relations(read("Jose Garcia downplayed the threat on Monday."))
    assert ("Jose Garcia", "contradicts", "Ali Demir") in relations_without_polarity(
        read("Jose Garcia downplayed Ali Demir's remarks."))


def test_a_case_against_someone_sues_them(read):
    found = relations_without_polarity(read("Jose Garcia said he would need a week to present his case against "
                                            "Ann Lee and Ali Demir."))
    assert {("Jose Garcia", "sues", "Ann Lee"), ("Jose Garcia", "sues", "Ali Demir")} <= found


@pytest.mark.parametrize("text", [
    "It was a win for democracy, Ali Demir said.",                  # a win for a cause has no rival
    "Ali Demir set off on a trip to Asia on Friday.",   # 'set off' puts no one anywhere
])
def test_no_rival_from_a_cause_and_no_placing_without_an_object(read, text):
    found = relations_without_polarity(read(text))
    assert not {r for r in found if r[1] == "opposesActor"}
    if "trip" in text:
        assert ("Ali Demir", "visits", "Asia") in found


@pytest.mark.parametrize("text, expected", [
    # the agent of a participle that conducts an act's noun does the act, whose object may hang on the participle
    ("New sanctions imposed by Spain on France took effect.", ("Spain", "sanctions", "France")),
    ("The charges brought by Jose Garcia against Ali Demir were dropped.", ("Jose Garcia", "sues", "Ali Demir")),
    ("The investigation led by Special Counsel Jose Garcia into whether Ali Demir worked with Spain continues.",
     ("Jose Garcia", "sues", "Ali Demir")),
])
def test_an_act_conducted_by_an_agent_is_the_agents(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_an_act_described_by_an_agent_is_not_conducted(read):
    found = relations_without_polarity(read("The sanctions described by Spain as harsh hit France."))
    assert ("Spain", "sanctions", "France") not in found


@pytest.mark.parametrize("text", [
    "Asked for comment, Ali Demir said the company would appeal.",
    "The House and Senate would need to agree on a single piece of legislation.",
    "The Garcia administration has already adopted opposing positions in two cases.",
])
def test_no_topic_from_a_word_too_general(read, text):
    assert not {r for r in relations(read(text)) if r[1] == "supports"}


@pytest.mark.parametrize("text, expected", [
    # helping someone's chances, bid or campaign helps them
    ("Spain tried to boost Ali Demir's chances of defeating Maria Lopez.", ("Spain", "helps", "Ali Demir", "hedged")),
    ("Spain helped Ali Demir's bid for the job.", ("Spain", "helps", "Ali Demir", "asserted")),
])
def test_helping_someones_chances_helps_them(read, text, expected):
    assert expected in relations(read(text))


def test_boosting_a_thing_helps_no_one(read):
    assert not {r for r in relations(read("The plan would boost the economy, Ali Demir said.")) if r[1] == "helps"}


@pytest.mark.parametrize("text, expected", [
    ("Spain is France's neighbor and biggest trading partner.", ("Spain", "cooperatesWith", "France")),
    ("The effort to push Spain, France's neighbor and main trading partner, to put more pressure on Italy failed.",
     ("Spain", "cooperatesWith", "France")),
])
def test_a_tie_noun_after_another_takes_its_possessor(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_an_aim_at_an_actor_is_no_stance_towards_it(read):
    found = relations_without_polarity(read("Spain wants to build a coalition against France."))
    assert ("Spain", "supports", "France") not in found
    assert ("Spain", "supports", "coalition") in found


@pytest.mark.parametrize("text, expected, absent", [
    # names in the phrase of a plural thing are what a 'they' after it stands for
    ("Members of the committee read the text messages between Maria Lopez and Ali Demir. In one exchange they "
     "poked fun at the Garcia campaign.", ("Ali Demir", "criticizes", "Garcia campaign"), None),
    # not names in the phrase of a plural of people: 'they' are those people
    ("Aides to Senators Maria Lopez and Ali Demir said they would criticize Spain.", None,
     ("Ali Demir", "criticizes", "Spain")),
])
def test_they_after_names_in_a_plural_phrase(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    # a relation noun the subject receives runs from whoever it comes from to the subject
    ("Ali Demir drew praise from Maria Lopez on Monday.", ("Maria Lopez", "praises", "Ali Demir", "asserted")),
    ("Ali Demir came under fire from Maria Lopez.", ("Maria Lopez", "criticizes", "Ali Demir", "asserted")),
    ("Ali Demir faced criticism from Spain and France.", ("France", "criticizes", "Ali Demir", "asserted")),
    ("Spain has come under pressure from France.", ("France", "urges", "Spain", "asserted")),
    ("Ali Demir won the support of Spain.", ("Spain", "supports", "Ali Demir", "asserted")),
    ("The bill faced potential opposition from Maria Lopez.", ("Maria Lopez", "rejects", "bill", "hedged")),
    ("Maria Lopez, who is facing an investigation by the House Ethics Committee, spoke on Monday.",
     ("House Ethics Committee", "sues", "Maria Lopez", "asserted")),
    # with its own object, the noun's relation goes to that object
    ("Ali Demir won support from Maria Lopez for the bill.", ("Maria Lopez", "supports", "bill", "asserted")),
])
def test_a_relation_received_from_an_actor(read, text, expected):
    found = relations(read(text))
    assert expected in found
    assert not {r for r in found if r[0] == expected[2] and r[2] == expected[0]}    # never the other way


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir, in his call to Maria Lopez, reiterated his support.", ("Ali Demir", "communicatesWith", "Maria Lopez")),
    ("Ali Demir threatened to use military force against Spain.", ("Ali Demir", "threatens", "Spain")),
])
def test_a_call_to_an_actor_and_force_used_against_one(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    # whoever asks for a stance on a topic takes it; the one asked only would
    ("Ali Demir urged Congress to pass the tax bill.", {("Ali Demir", "supports", "tax bill", "asserted"),
                                                         ("Congress", "supports", "tax bill", "hedged")}),
    ("Ali Demir called on Spain to scrap the plan.", {("Ali Demir", "rejects", "plan", "asserted"),
                                                       ("Spain", "rejects", "plan", "hedged")}),
    # a question asks for nothing
    ("Ali Demir asked whether Spain would back the plan.", {("Spain", "supports", "plan", "hedged")}),
])
def test_asking_for_a_stance_takes_it(read, text, expected):
    found = {r for r in relations(read(text)) if r[1] in {"supports", "rejects", "undermines"}}
    assert found == expected


def test_the_last_aim_of_a_list_the_parser_joined_to_the_aim_noun(read):
    found = relations_without_polarity(read(
        "Ali Demir tweeted: “great discussion...about how Spain’s priorities of pro-growth tax cuts & better trade "
        "deals will result in MORE JOBS.”"))
    assert {("Spain", "supports", "tax cuts"), ("Spain", "supports", "trade deals")} <= found
    assert ("Spain", "supports", "priority") not in found


@pytest.mark.parametrize("text, expected", [
    # what a copula equates with an actor's aim the actor supports
    ("Tax reform is Ali Demir’s top priority.", ("Ali Demir", "supports", "tax reform", "asserted")),
    ("Building a wall along the border was one of Ali Demir’s campaign promises.",
     ("Ali Demir", "supports", "building wall", "asserted")),
    ("Ali Demir’s goal is a balanced budget.", ("Ali Demir", "supports", "budget", "asserted")),
    ("Ali Demir’s priority is not tax reform.", ("Ali Demir", "supports", "tax reform", "negated")),
])
def test_what_is_an_actors_aim_it_supports(read, text, expected):
    assert expected in relations(read(text))


def test_a_share_is_no_aim(read):
    assert not relations(read("Spain said its goal is a 96 percent “true accept rate.”"))


@pytest.mark.parametrize("text, expected", [
    ("Senator Ali Demir echoed Maria Lopez in calling for a vote.", ("Ali Demir", "agreesWith", "Maria Lopez")),
    ("Maria Lopez echoed Ali Demir’s concerns about the bill.", ("Maria Lopez", "agreesWith", "Ali Demir")),
    ("Maria Lopez dismissed Ali Demir’s concerns.", ("Maria Lopez", "rejects", "Ali Demir")),
])
def test_echoing_someone_agrees_with_them(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    # a party word before the name it describes: the party, and a seat the phrase names
    ("The ranking Democrat on the Senate Finance Committee, Senator Maria Lopez, raised concerns.",
     {("Maria Lopez", "memberOf", "Democratic Party"), ("Maria Lopez", "memberOf", "Senate Finance Committee")}, None),
    ("His Democratic predecessor, Ali Demir, also proposed ending the tax break.",
     {("Ali Demir", "memberOf", "Democratic Party")}, None),
    # one who leads the party's group is no plain member of it
    ("The Senate Democratic leader, Ali Demir, said he would oppose the bill.",
     {("Ali Demir", "leaderOf", "Democratic Party")}, ("Ali Demir", "memberOf", "Democratic Party")),
])
def test_a_party_word_before_an_apposed_name(read, text, expected, absent):
    found = facts(read(text))
    assert expected <= found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir joined Jose Garcia and Republican congressional leaders for the talks.", set()),
    ("Ali Demir joined the Democrats in 2010.", {("Ali Demir", "memberOf", "Democratic Party")}),
])
def test_joining_a_party_not_its_people(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] == "memberOf"} == expected


def test_an_office_of_a_person_named_by_a_pronoun(read):
    found = facts(read("Ali Demir met Jose Garcia on Monday. Maria Lopez served as his chief of staff."))
    assert ("Maria Lopez", "officialOf", "Ali Demir") in found


@pytest.mark.parametrize("text, expected", [
    # an office's owner is never its holder, though the holder is the pronoun's nearest subject
    ("Jordan Ellis joined Ali Demir in the ministry. Ellis served as his chief of staff.",
     ("Jordan Ellis", "officialOf", "Ali Demir")),
    # one who was someone's predecessor does not lead that person: 'his' office is still his own
    ("Maria Lopez repeated what her predecessor, Ali Demir, told the committee. "
     "Lopez served as his chief of staff.", ("Maria Lopez", "officialOf", "Ali Demir")),
])
def test_an_office_owned_by_a_pronoun_is_not_the_holders(read, text, expected):
    found = facts(read(text))
    assert expected in found
    assert not {f for f in found if f[0] == f[2]}


@pytest.mark.parametrize("text, expected, absent", [
    # a 'they' under a country subject's verb is the country (its government)
    ("Ali Demir said Spain had given no sign that they welcome negotiations.",
     ("Spain", "supports", "negotiations", "negated"), None),
    ("Spain said they would impose sanctions on France.", ("Spain", "sanctions", "France", "hedged"), None),
    # not past another actor
    ("Spain criticized France after they met Italy.", None, ("Spain", "meets", "Italy", "asserted")),
    # a verb joined to one under 'no sign' is negated with it; being ready for a thing supports it
    ("Ali Demir said Spain had given no sign that they back the plan or would welcome negotiations.",
     ("Spain", "supports", "negotiations", "negated"), ("Spain", "supports", "negotiations", "hedged")),
    ("Spain is ready for negotiations with France.", ("Spain", "supports", "negotiations", "asserted"), None),
    ("There was no evidence that Spain met France or talked to Italy.",
     ("Spain", "communicatesWith", "Italy", "negated"), ("Spain", "communicatesWith", "Italy", "asserted")),
])
def test_they_for_a_country_and_what_no_sign_negates(read, text, expected, absent):
    found = relations(read(text))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    # 'the administration' in an article that names none but one sitting president is his
    ("President Ali Demir met Spain's king on Monday. The administration has sanctioned Iran.",
     {("Demir administration", "sanctions", "Iran")}),
    # not a former president's, and not when the article names an administration
    ("Former President Ali Demir spoke on Monday. The administration has sanctioned Iran.", set()),
    ("Vice President Ali Demir spoke on Monday. The administration has sanctioned Iran.", set()),
    ("Jose Garcia left office in 2016. The Garcia administration backed the deal. Later the administration "
     "sanctioned Iran, President Ali Demir said.", {("Garcia administration", "sanctions", "Iran")}),
    # nor when the parser did not see the name before 'administration' as one
    ("The Lopez administration backed the deal. Later the administration sanctioned Iran, President Ali Demir said.",
     set()),
])
def test_the_administration_of_the_one_sitting_president(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] == "sanctions"} == expected


@pytest.mark.parametrize("text", [
    "Ali Demir has called Maria Lopez “mentally deranged.”",     # the participle in marks, read as a verb
    "Ali Demir has called Maria Lopez mentally deranged.",       # parsed as a clause with Lopez its subject
])
def test_a_judging_participle_or_name_in_any_parse(read, text):
    assert ("Ali Demir", "criticizes", "Maria Lopez") in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("The council called the restriction “counterproductive.”", ("council", "criticizes", "restriction")),
    ("Maria Lopez said the regulations were unfair to Spain.", ("Maria Lopez", "criticizes", "regulation")),
    ("Ali Demir called Maria Lopez a courageous leader.", ("Ali Demir", "praises", "Maria Lopez")),
    ("“Ali Demir in the Senate would be a stain on the party,” Maria Lopez wrote on Twitter.",
     ("Maria Lopez", "criticizes", "Ali Demir")),
])
def test_more_judging_words(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir will meet Maria Lopez on Monday.", ("Ali Demir", "meets", "Maria Lopez", "hedged")),
    ("The Senate must approve the measure before it becomes law.", ("Senate", "supports", "measure", "hedged")),
    ("Ali Demir met Maria Lopez on Monday.", ("Ali Demir", "meets", "Maria Lopez", "asserted")),
    # what is only possible, suggested or signalled
    ("Ali Demir is looking into possible collusion between Spain and France.",
     ("Spain", "cooperatesWith", "France", "hedged")),
    ("Maria Lopez suggested that Spain backed the plan.", ("Spain", "supports", "plan", "hedged")),
])
def test_what_is_still_to_come_is_hedged(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    # a cue's preposition counts once: a second one of its kind is another phrase
    ("Spain and France agreed on the need for dialogue, as friends and allies, on bilateral challenges.",
     ("Spain", "supports", "dialogue"), ("Spain", "supports", "challenge")),
    ("Ali Demir has called for an end to the subsidy, at least for the football league.",
     None, ("Ali Demir", "supports", "football league")),
])
def test_a_cues_preposition_counts_once(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, absent", [
    ("Spain opposes France and other threats to peace.", ("Spain", "rejects", "threat")),
    ("Spain supports the talks and other steps.", ("Spain", "supports", "step")),
])
def test_other_things_after_a_list_are_no_topic(read, text, absent):
    found = relations_without_polarity(read(text))
    assert absent not in found and len(found) == 1


def test_an_advocate_for_an_actor_supports_it(read):
    assert ("Maria Lopez", "supports", "Spain") in relations_without_polarity(
        read("Maria Lopez will be a fierce advocate for Spain."))


@pytest.mark.parametrize("text, expected", [
    # ties with or to an actor are cooperation; cutting them withdraws it; a claim of them is only claimed
    ("Spain has close ties with France.", ("Spain", "cooperatesWith", "France", "asserted")),
    ("The Republican National Committee cut ties with Ali Demir last month.",
     ("Republican National Committee", "cooperatesWith", "Ali Demir", "negated")),
    ("Maria Lopez and Ali Demir have no business ties.", ("Maria Lopez", "cooperatesWith", "Ali Demir", "negated")),
    ("The dossier detailed accusations about Ali Demir’s ties to Russia.",
     ("Ali Demir", "cooperatesWith", "Russia", "hedged")),
    ("Ali Demir rejected allegations of collusion between Spain and France.",
     ("Spain", "cooperatesWith", "France", "hedged")),
    # links too; what a charge alleges or an inquiry looks into is not yet shown
    ("Senator Maria Lopez has links to Russia, the report said.", ("Maria Lopez", "cooperatesWith", "Russia", "asserted")),
    ("It was the first criminal charge alleging links between Spain and France.",
     ("Spain", "cooperatesWith", "France", "hedged")),
    ("Ali Demir asked Jose Garcia to end the agency's investigation into ties between Maria Lopez and Russia.",
     ("Maria Lopez", "cooperatesWith", "Russia", "hedged")),
])
def test_ties_and_what_allegations_name(read, text, expected):
    assert expected in relations(read(text))


def test_links_to_a_thing_are_no_tie(read):
    assert not relations(read("Senator Maria Lopez posted links to the report on Twitter.")) - {
        ("Maria Lopez", "memberOf", "Senate", "asserted")}


@pytest.mark.parametrize("text, expected", [
    # talks or a meeting that someone calls, hopes or pushes for are wanted, not held
    ("Spain called for talks with France.", ("Spain", "negotiatesWith", "France", "hedged")),
    ("Spain expressed hope for talks with France.", ("Spain", "negotiatesWith", "France", "hedged")),
    ("Spain pushed for a meeting with France.", ("Spain", "meets", "France", "hedged")),
    ("Spain has shown no interest in talks with France.", ("Spain", "negotiatesWith", "France", "negated")),
    ("Spain held talks with France.", ("Spain", "negotiatesWith", "France", "asserted")),
])
def test_talks_called_for_are_wanted_not_held(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    # a preposition the model left at the end of a name is no part of it
    ("Ali Demir's official welcome at the Great Hall of the People on Thursday was broadcast.",
     "Great Hall of the People", "Great Hall of the People on"),
    # nor is what a name is 'to' (the agreement, a topic no one backs here, is no entity of its own)
    ("Maria Lopez emphasized the importance of the North American Free Trade Agreement to Iowa’s farmers.",
     None, "North American Free Trade Agreement to Iowa"),
    # but 'to' that is part of the name stays
    ("The Committee to Protect Journalists said Ali Demir was detained.", "Committee to Protect Journalists", "Committee"),
    # a pair of places joined by a hyphen describes, it names nothing
    ("The tensions strained ties along the U.S.-Mexico border.", None, "U.S.-Mexico"),
    ("Guinea-Bissau signed a deal with Spain.", "Guinea-Bissau", "Guinea"),     # a country's own hyphenated name
])
def test_no_name_with_a_stray_word_and_no_place_pair(read, text, expected, absent):
    names = {r.name for r in read(text).referents}
    assert expected is None or expected in names
    assert absent not in names


@pytest.mark.parametrize("text, expected, absent", [
    # a country the parser made a second object or subject beside a titled name is the name's modifier
    ("A radio host accused U.S. Senator Ali Demir on Thursday of lying.",
     ("radio host", "accuses", "Ali Demir"), ("radio host", "accuses", "United States")),
    ("Republican U.S. Senator Tom Baker on Wednesday said he was still undecided on whether to support his "
     "party's tax legislation.", ("Tom Baker", "memberOf", "Republican Party"), None),
])
def test_a_country_before_a_titled_name_is_part_of_it(read, text, expected, absent):
    extraction = read(text)
    found = relations_without_polarity(extraction)
    assert expected in found
    assert absent not in found
    assert "United States" not in {s.speaker and {r.key: r.name for r in extraction.referents}[s.speaker]
                                   for s in extraction.statements}


def test_a_surname_the_parser_took_for_a_noun_is_the_person(read):
    # 'Flake' tagged a common noun mid-sentence: after a lower-case word no headline's capitals explain it
    found = relations_without_polarity(read(
        "Senator Dan Flake spoke on Monday. Ali Demir has in turn been critical of Flake, saying he would not win."))
    assert ("Ali Demir", "criticizes", "Dan Flake") in found
    assert ("Ali Demir", "criticizes", "flake") not in found


@pytest.mark.parametrize("text, expected, absent", [
    # 'the backing of X' is X's backing; with a possessor, 'of' names what is backed
    ("Ali Demir had the backing of conservatives.", None, ("Ali Demir", "supports", "conservative")),
    ("Ali Demir won the backing of Spain.", ("Spain", "supports", "Ali Demir"), ("Ali Demir", "supports", "Spain")),
    ("Maria Lopez's backing of Ali Demir angered Spain.", ("Maria Lopez", "supports", "Ali Demir"), None),
    # what a subject has, enjoys or wins of someone's is theirs, also for nouns that take their object with 'of'
    ("Ali Demir has the endorsement of Maria Lopez.", ("Maria Lopez", "supports", "Ali Demir"),
     ("Ali Demir", "supports", "Maria Lopez")),
    ("Ali Demir enjoys the praise of Maria Lopez.", ("Maria Lopez", "praises", "Ali Demir"), None),
    ("Maria Lopez said she has the support of Ali Demir.", ("Ali Demir", "supports", "Maria Lopez"), None),
    ("Ali Demir had talks with Spain.", ("Ali Demir", "negotiatesWith", "Spain"), None),
])
def test_the_backing_of_someone_is_theirs(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent not in found


def test_an_owned_vote_in_favor_is_its_owners(read):
    # the parser hangs 'in favor of' on the verb rather than on the owned object before it
    found = relations_without_polarity(read("Republicans may need Ali Demir's vote in favor of the bill to break a tie."))
    assert ("Ali Demir", "supports", "bill") in found
    assert ("Republican Party", "supports", "bill") not in found


def test_no_token_is_compared_with_its_head_by_identity():
    # spaCy makes a new Token object on every access: 'token.head is token' is never true, so a root
    # check written that way never fires; compare positions ('token.head.i == token.i')
    import re
    from pathlib import Path

    source = Path(__file__).resolve().parent.parent / "graphbuild"
    offending = [f"{path.name}:{number}" for path in sorted(source.rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if re.search(r"\.head is (not )?[a-z_]", line)]
    assert not offending


@pytest.mark.parametrize("text, expected, absent", [
    # actors who lend their subject to a meeting from another clause did not meet each other
    ("Ali Demir and Maria Lopez joined Jose Garcia for the talks after canceling a planned meeting last week.",
     None, ("Ali Demir", "meets", "Maria Lopez")),
    # a verb joined to theirs is still their own
    ("Spain and France met briefly on Saturday but did not hold substantive talks.",
     ("Spain", "negotiatesWith", "France", "negated"), None),
    ("Spain and France held talks on Monday.", ("Spain", "negotiatesWith", "France", "asserted"), None),
])
def test_a_meeting_together_needs_its_own_clause(read, text, expected, absent):
    found = relations(read(text))
    assert expected is None or expected in found
    assert absent not in {f[:3] for f in found}


@pytest.mark.parametrize("text, expected, absent", [
    # the subject of a relative clause on a thing is the subject of the clause above it
    ("Republican Dan Marks' departure comes just days after Democratic Representative Ali Demir of Michigan "
     "announced his immediate retirement amid sexual harassment allegations that he has denied.",
     ("Ali Demir", "rejects", "harassment allegations"), ("Dan Marks", "rejects", "harassment allegations")),
    # not a possessor there: 'his brother' in a clause on a thing need not be the nearest subject's
    ("Ali Demir was surprised that Jose Garcia fared so well in the primaries, where his brother Pablo, a "
     "former governor, lost.", None, ("Pablo", "relativeOf", "Jose Garcia")),
])
def test_the_subject_of_a_relative_clause_on_a_thing(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected, absent", [
    # a definite title with no owner is the one person the article gives that very title, also named later
    ("The special counsel accused Ali Demir on Monday of lying to investigators. Demir denied the charge. "
     "Special Counsel Maria Lopez filed the charges in May.", ("Maria Lopez", "accuses", "Ali Demir"), None),
    # not when two people hold it
    ("The senator criticized Spain on Monday. Spain rejected the criticism. Senator Ali Demir and Senator Maria "
     "Lopez spoke later.", None, ("Ali Demir", "criticizes", "Spain")),
])
def test_a_definite_title_named_later(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize("name", ["Florence", "Victoria"])
def test_a_relatives_first_name_set_off_by_commas_is_a_person(read, name):
    # the model tags the name a place; after 'his wife,' it is her name, and the relative clause is hers
    extraction = read(f"Ali Demir was introduced by his wife, {name}, who said she had made fighting the "
                      "epidemic a priority.")
    assert (name, "relativeOf", "Ali Demir") in relations_without_polarity(extraction)
    assert "his wife" not in {r.name for r in extraction.referents}


@pytest.mark.parametrize("text, speaker", [
    # a body owned by a pronoun is the person's ('his administration'), named after them or as the article names it
    ("President Ali Demir has taken other steps. In October, his administration said the law does not protect "
     "the employees.", "Demir administration"),
    ("The Demir administration is new. President Ali Demir spoke on Monday. His administration said the law does "
     "not protect the employees.", "Demir administration"),
    # an administration is a leader's: not that of a cabinet secretary the pronoun might stand for
    ("Defense Secretary Ali Demir spoke on Monday. In October, his administration said the law does not protect "
     "the employees.", None),
])
def test_a_body_owned_by_a_pronoun(read, text, speaker):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    speakers = {names[s.speaker] for s in extraction.statements if s.speaker}
    assert speaker is None or speaker in speakers
    assert "Ali Demir" not in speakers and not any(s.endswith("Demir administration") for s in speakers if speaker is None)


def test_a_body_in_talks_with_someone_negotiates(read):
    found = relations_without_polarity(read(
        "President Ali Demir criticized the treaty, which his administration is attempting to renegotiate in talks "
        "with Spain and France."))
    assert ("Demir administration", "negotiatesWith", "Spain") in found


@pytest.mark.parametrize("text, speaker", [
    # 'the statement said' after a statement of someone's is theirs
    ("Spain's foreign ministry denied the report on Monday. \"All meetings were held by our officials,\" the ministry "
     "said in an emailed statement. \"No such rules were found,\" the statement said.", "Spanish Foreign Ministry"),
    ("Ali Demir said in a statement that he would resign. The statement said he had been ill.", "Ali Demir"),
])
def test_the_statement_said_is_its_authors(read, text, speaker):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    last = max(extraction.statements, key=lambda s: s.evidence.start)
    assert names[last.speaker] == speaker


@pytest.mark.parametrize("text, speaker", [
    # 'the panel' is the committee named before it, 'the newspaper' the paper (`called_` in cues.tsv)
    ("The Senate Armed Services Committee met on Monday. The panel said it would release the transcript.",
     "Senate Armed Services Committee"),
    ("The Boston Globe reported the story first. The newspaper said Ali Demir had resigned.", "Boston Globe"),
    # a name's head word is also the one before its first 'on' or 'for'
    ("The Committee on Foreign Investment in the United States reviewed the deal. The committee said it had "
     "concerns.", "Committee on Foreign Investment"),     # the model's name stops before 'in the United States'
])
def test_an_organisation_by_another_word_for_it(read, text, speaker):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert speaker in {names[s.speaker] for s in extraction.statements if s.speaker}


@pytest.mark.parametrize("text, expected, absent", [
    # whoever a passive verb of carrying takes somewhere visits it
    ("Ali Demir and his wife Maria were whisked from the airport straight to the Forbidden City.",
     ("Maria", "visits", "Forbidden City"), None),
    ("Ali Demir was flown to Guam on Monday.", ("Ali Demir", "visits", "Guam"), None),
    # not a place: 'taken to task'
    ("Ali Demir was taken to task by Spain.", None, ("Ali Demir", "visits", "task")),
])
def test_carried_somewhere_is_a_visit(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected is None or expected in found
    assert absent not in found


def test_people_named_for_whom_they_work_are_named_so_and_hold_a_personal_role(read):
    extraction = read("Lawyers for Senator Maria Lopez said she would appeal. Officials at the Treasury "
                      "Department said the rule would change.")
    assert ("Lopez lawyers", "adviserTo", "Maria Lopez") in facts(extraction)
    speakers = {name for name, _, _ in said(extraction)}
    assert speakers == {"Lopez lawyers", "Treasury Department officials"}
    assert not any(f[0] == "Treasury Department officials" for f in facts(extraction))


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez criticized the White House's decision in September to phase out the program.",
     ("White House", "rejects", "program")),
    ("Jose Garcia said he would terminate NAFTA.", ("Jose Garcia", "rejects", "North American Free Trade Agreement")),
])
def test_phasing_out_or_terminating_a_thing_rejects_it(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez resisted efforts to repeal the law.", set()),
    ("Senator Maria Lopez backed the effort to repeal the law.", {("Maria Lopez", "rejects", "law")}),
    ("Senator Maria Lopez fought the Garcia administration's efforts to roll back the rules.",
     {("Garcia administration", "rejects", "rule")}),
    # the maker named with 'by'
    ("Senator Maria Lopez resisted efforts by Jose Garcia to repeal the law.", {("Jose Garcia", "rejects", "law")}),
])
def test_an_effort_its_subject_resists_is_someone_elses(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "rejects" and f[2] in {"law", "rule"}} == expected


def test_the_maker_of_an_effort_named_with_by_does_its_act(read):
    text = ("Trump's support came despite efforts by other senior Republicans, including Senator Maria Lopez, "
            "to distance themselves from Jose Garcia.")
    assert ("Maria Lopez", "opposesActor", "Jose Garcia", "hedged") in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez renewed her denial of the allegations.", ("Maria Lopez", "rejects", "allegation")),
    ("Senator Maria Lopez welcomed China's rejection of the proposal.", ("China", "rejects", "proposal")),
])
def test_a_denial_or_rejection_of_a_thing_rejects_it(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez co-founded the Liberty Group in 1998.", ("Maria Lopez", "leaderOf", "Liberty Group")),
    ("The Liberty Group was founded by Jose Garcia in 1990.", ("Jose Garcia", "leaderOf", "Liberty Group")),
])
def test_whoever_founds_an_organisation_leads_it_as_a_founder_does(read, text, expected):
    assert expected in facts(read(text))


def test_an_of_phrase_hung_on_a_date_belongs_to_the_noun_before_the_date(read):
    found = facts(read("President Jose Garcia's endorsement on Monday of Senator Maria Lopez angered Democrats."))
    assert ("Jose Garcia", "supports", "Maria Lopez") in found


@pytest.mark.parametrize("text, statement", [
    ("Judge Jose Garcia denied Senator Maria Lopez's request for a delay.", None),
    ("Judge Jose Garcia denied their motion to dismiss the case.", None),
    ("The court denied bail to Ali Demir.", None),
    ("Senator Maria Lopez denied the allegations.", "the allegations"),
])
def test_denying_a_request_refuses_it_and_says_nothing(read, text, statement):
    assert [s.text for s in read(text).statements] == ([statement] if statement else [])


@pytest.mark.parametrize("text, expected", [
    # a gerund object of a speech verb is what was said, up to the next clause's subject
    ("Russia denied interfering in the U.S. election.", [("Russia", "interfering in the U.S. election")]),
    ("Russia denies meddling in the election and Trump has denied any collusion.",
     [("Russia", "meddling in the election"), ("Trump", "any collusion")]),
    # naming with two objects, and signalling a clause
    ("Former Obama administration officials labeled the issue a distraction from serious investigations.",
     [("Former Obama administration officials", "the issue a distraction from serious investigations")]),
    ("Vitaly Churkin signaled he was unhappy with the haste.", [("Vitaly Churkin", "he was unhappy with the haste")]),
])
def test_what_a_gerund_a_second_object_or_a_signal_says(read, text, expected):
    assert [(speaker, content) for speaker, content, _ in said(read(text))] == expected


@pytest.mark.parametrize("text, topic", [
    # a topic is named by the noun's singular, not by an irregular lemma spaCy gives ('media' -> 'medium')
    ("Ali Demir blasted the American media for being dishonest.", "media"),
    ("Ali Demir said Spain must protect data in different ways.", "data"),
    ("Ali Demir denied the allegations.", "allegation"),
])
def test_a_topic_is_named_by_a_regular_singular(read, text, topic):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert topic in {names[r.object] for r in extraction.relations}


def test_a_decision_of_two_bodies_is_theirs(read):
    # owners the parser hung as a modifier and its conjunct ('the FBI and Justice Department decision')
    found = relations(read("The House Benghazi Committee met. Democrats said the panel is trying to second-guess "
                           "the FBI and Justice Department decision not to prosecute Ali Demir."))
    assert ("Justice Department", "sues", "Ali Demir", "negated") in found
    assert not {f for f in found if f[1] == "sues" and f[0] == "House Benghazi Committee"}


def test_a_clausal_subject_lends_no_actor(read):
    found = relations_without_polarity(read(
        "Claiming the criticism of Jose Garcia is designed to pressure the moderators, Ali Demir told a rally that "
        "they were wrong."))
    assert ("Ali Demir", "undermines", "moderator") not in found


def test_a_verb_joined_to_a_clausal_subjects_clause_keeps_the_speaker(read):
    # the parser joined 'argued' to 'was', whose subject is a clause: still the sentence's subject
    extraction = read("Spain has said that placing caps on the credits was a non-starter, and has instead argued "
                      "for policies to increase trade.")
    names = {r.key: r.name for r in extraction.referents}
    assert {(names.get(s.speaker), s.cue) for s in extraction.statements} >= {("Spain", "argued")}


@pytest.mark.parametrize("text, expected", [
    ("The FBI is investigating whether Ali Demir colluded with Spain.", {("FBI", "sues", "Ali Demir")}),
    ("The FBI is investigating whether Spain and France had broken the law.",
     {("FBI", "sues", "Spain"), ("FBI", "sues", "France")}),
    ("The Senate opened an inquiry into whether Ali Demir lied.", {("Senate", "sues", "Ali Demir")}),
    ("The FBI opened an investigation into whether Ali Demir colluded with Spain.", {("FBI", "sues", "Ali Demir")}),
])
def test_looking_into_whether_someone_did_something_investigates_them(read, text, expected):
    assert expected <= relations_without_polarity(read(text))


def test_asking_whether_someone_did_something_investigates_no_one(read):
    for text in ("The FBI asked whether Ali Demir had colluded with Spain.",
                 "The envoy said Spain was probing France for a truce."):     # sounding out, no inquiry
        assert not any(predicate == "sues" for _, predicate, _ in relations_without_polarity(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir has clashed with Maria Lopez in the past.", ("Ali Demir", "opposesActor", "Maria Lopez")),
    ("Ali Demir testified against Maria Lopez.", ("Ali Demir", "opposesActor", "Maria Lopez")),
    ("Ali Demir broke with protocol and called Maria Lopez.", ("Ali Demir", "rejects", "protocol")),
    ("Ali Demir reached out to Maria Lopez on Monday.", ("Ali Demir", "communicatesWith", "Maria Lopez")),
    ("Ali Demir telephoned Maria Lopez.", ("Ali Demir", "communicatesWith", "Maria Lopez")),
    ("Spain seemed to be rooting for a shutdown.", ("Spain", "supports", "shutdown")),
    ("The Ohio Republican Party stood by Ali Demir.", ("Ohio Republican Party", "supports", "Ali Demir")),
])
def test_more_verbs_of_conflict_support_and_contact(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("It was a chance for Spain to meet France.", ("Spain", "meets", "France", "hedged")),
    ("That could open the door for Ali Demir to testify against Maria Lopez.",
     ("Ali Demir", "opposesActor", "Maria Lopez", "hedged")),
    ("Ali Demir was the first president to visit Cuba.", ("Ali Demir", "visits", "Cuba", "asserted")),   # done
])
def test_an_act_with_for_on_a_noun_is_a_possibility(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir said Spain should support France.", ("Spain", "supports", "France", "hedged")),
    ("Maria Lopez said she would go should Ali Demir decide to visit Spain.", ("Ali Demir", "visits", "Spain", "hedged")),
])
def test_what_should_be_done_is_not_yet_done(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Spain criticized the Taliban insurgent movement.", ("Spain", "criticizes", "Taliban")),
    ("Spain praised the Reuters news agency.", ("Spain", "praises", "Reuters")),
    ("Hal Quinn, chief executive of the National Mining Association lobbying group, praised Spain.",
     ("Hal Quinn", "leaderOf", "National Mining Association")),
])
def test_a_word_for_an_organisation_after_its_name_is_the_organisation(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_a_name_with_its_own_relative_clause_is_not_in_the_next_ones(read):
    found = relations_without_polarity(read("The guests included Ali Demir, who signed the bill, and his wife, "
                                            "Maria Lopez, who met with Jose Garcia."))
    assert ("Maria Lopez", "meets", "Jose Garcia") in found
    assert ("Ali Demir", "meets", "Jose Garcia") not in found


@pytest.mark.parametrize("text, expected", [
    ("Spain wants to defend human rights.", ("Spain", "supports", "human rights")),
    ("Spain opposes nuclear weapons.", ("Spain", "rejects", "nuclear weapons")),
    ("Spain supports free trade.", ("Spain", "supports", "free trade")),       # narrower than the table's 'trade'
    ("Spain rejects the ugly politics of France.", ("Spain", "rejects", "politics")),   # no 'politic', no 'ugly'
])
def test_a_topic_is_named_with_the_adjective_that_says_what_kind_it_is(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    # a change is named with what it changes
    ("Ali Demir backed the repeal of the healthcare law.", ("Ali Demir", "supports", "healthcare law repeal")),
    ("Ali Demir wants a big increase in defense spending.", ("Ali Demir", "supports", "defense spending increase")),
    ("Ali Demir opposes expansion of federal health care insurance.",
     ("Ali Demir", "rejects", "federal health care insurance expansion")),     # a compound's own compound kept
    ("Ali Demir backed the repeal.", ("Ali Demir", "supports", "repeal")),
    # a version, a use, the passage or the implementation of a thing stands for the thing
    ("Ali Demir backed the Senate's version of the bill.", ("Ali Demir", "supports", "bill")),
    ("Ali Demir called for the use of economic tools.", ("Ali Demir", "supports", "economic tools")),
    ("Ali Demir supported passage of the legislation.", ("Ali Demir", "supports", "legislation")),
])
def test_a_change_is_named_with_what_it_changes_and_a_use_stands_for_what_is_used(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected, absent", [
    # some of a party's people are the party's node, as the gold's annotators read them (no node per subset)
    ("Some Republicans defended Ali Demir.", ("Republican Party", "supports", "Ali Demir"),
     ("some Republicans", "supports", "Ali Demir")),
    ("Several Democrats criticized Ali Demir.", ("Democratic Party", "criticizes", "Ali Demir"),
     ("Several Democrats", "criticizes", "Ali Demir")),
    # so many of them are not: '12 Republicans voted against it' while the party voted for it
    ("Twelve Republicans criticized Ali Demir.", ("Twelve Republicans", "criticizes", "Ali Demir"),
     ("Republican Party", "criticizes", "Ali Demir")),
    # the party as a whole still acts as the party
    ("Republicans defended Ali Demir.", ("Republican Party", "supports", "Ali Demir"), None),
    ("Both Democrats and Republicans criticized Ali Demir.", ("Democratic Party", "criticizes", "Ali Demir"), None),
])
def test_some_of_a_partys_people_are_the_party_and_a_counted_few_a_group(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected in found
    assert absent not in found


def test_an_object_pronoun_is_none_of_its_own_clauses_subjects(read):
    # 'them' cannot be Demir and Lopez themselves, whatever the resolver took it for
    found = relations_without_polarity(read("Ali Demir and Maria Lopez urged them to leave."))
    assert not {("Ali Demir", "urges", "Maria Lopez"), ("Maria Lopez", "urges", "Ali Demir")} & found


@pytest.mark.parametrize("text, expected", [
    ("Spain has balked at approving the deal.", ("Spain", "supports", "deal", "negated")),
    ("Spain refrained from criticizing France.", ("Spain", "criticizes", "France", "negated")),
    ("Spain shied away from endorsing Ali Demir.", ("Spain", "supports", "Ali Demir", "negated")),
    ("Senator Ali Demir warned Maria Lopez against nominating Jose Garcia.",
     ("Maria Lopez", "supports", "Jose Garcia", "negated")),      # the warned one's act, not done
])
def test_holding_back_from_an_act_negates_it(read, text, expected):
    extraction = read(text)
    assert expected in relations(extraction)
    assert not extraction.statements


def test_a_word_for_a_persons_ally_or_foe_is_no_topic(read):
    assert not relations_without_polarity(read("Ali Demir backed the opponent of Maria Lopez."))
    # with a name as its possessor it is a group of people of its own
    found = relations_without_polarity(read("Ali Demir criticized Maria Lopez's supporters."))
    assert found == {("Ali Demir", "criticizes", "Maria Lopez's supporters")}


def test_a_setting_before_the_subject_is_no_visit(read):
    found = relations_without_polarity(read("In Madrid, Ali Demir was in contact with Maria Lopez."))
    assert ("Ali Demir", "visits", "Madrid") not in found
    assert ("Ali Demir", "communicatesWith", "Maria Lopez") in found
    assert ("Ali Demir", "visits", "Madrid") in relations_without_polarity(read("Ali Demir was in Madrid on Monday."))


def test_calling_someone_out_criticises_them_and_asks_for_nothing(read):
    extraction = read("Ali Demir called out Maria Lopez for her lies.")
    found = relations_without_polarity(extraction)
    assert ("Ali Demir", "criticizes", "Maria Lopez") in found
    assert not any(predicate == "supports" for _, predicate, _ in found)       # no 'call for' her lies
    assert not [s for s in extraction.statements if s.cue == "called"]


def test_others_after_a_listed_object_is_no_topic(read):
    found = relations_without_polarity(read("Spain criticized France and others."))
    assert ("Spain", "criticizes", "France") in found
    assert not any(obj in {"other", "others"} for _, _, obj in found)
    assert not relations_without_polarity(read("Spain backed the group."))     # whatever group it is, no topic


def test_the_next_holder_of_a_title_is_no_one_named(read):
    found = relations_without_polarity(read(
        "President Maria Lopez met Ali Demir on Monday. The next president will have to engage with Spain."))
    assert ("Maria Lopez", "communicatesWith", "Spain") not in found
    assert ("Maria Lopez", "meets", "Ali Demir") in found


@pytest.mark.parametrize("text, expected, absent", [
    # people of a country counted or quantified are a group of its people, not the state
    ("More Americans visited Cuba last year.", ("Americans", "visits", "Cuba"), ("United States", "visits", "Cuba")),
    ("Many Iranians criticized the deal.", ("Iranians", "criticizes", "deal"), ("Iran", "criticizes", "deal")),
    # so are those a clause picks out
    ("Americans living abroad support Maria Lopez.", ("Americans", "supports", "Maria Lopez"),
     ("United States", "supports", "Maria Lopez")),
    ("Iranians who voted for Ali Demir criticized Spain.", ("Iranians", "criticizes", "Spain"),
     ("Iran", "criticizes", "Spain")),
    # the people named as a whole still act as the country
    ("The Russians have violated the treaty.", ("Russia", "undermines", "treaty"), None),
])
def test_counted_people_of_a_country_are_a_group(read, text, expected, absent):
    found = relations_without_polarity(read(text))
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, names", [
    # a title-cased headline's verb is no part of the name after it
    ("Black Lawmakers Rip Ali Demir As A Disgusting Fraud", {"Ali Demir"}),
    ("National Museum Opens, Demir Says Ali Demir Was Right", {"Ali Demir"}),
    # a two-word name that starts like a verb stays whole
    ("Reporters met Rip Torn on Monday.", {"Rip Torn"}),
])
def test_a_headline_verb_is_no_part_of_a_name(read, text, names):
    found = {r.name for r in read(text).referents if r.kind.value == "Person"}
    assert names <= found
    assert not any((n.startswith("Rip ") and n != "Rip Torn") or n.endswith(" Says") for n in found)


def test_a_part_of_a_judged_group_is_the_group(read):
    # 'half of X's supporters' named as something: the supporters, neither 'half' nor X; so 'some of the accusations'
    found = relations_without_polarity(read(
        "At a fundraiser in New York, Ali Demir called half of Maria Lopez’s supporters “deplorables.”"))
    assert ("Ali Demir", "criticizes", "Maria Lopez’s supporters") in found
    assert not {f for f in found if f[2] in {"half", "Maria Lopez"}}
    found = relations_without_polarity(read("Ali Demir said some of the accusations against him were untrue."))
    assert ("Ali Demir", "rejects", "accusation") in found


def test_steering_clear_of_an_act_does_not_do_it(read):
    found = relations(read("The White House is steering clear of criticizing Ali Demir for taking advantage of "
                           "legal tax deductions."))
    assert ("White House", "criticizes", "Ali Demir", "negated") in found
    assert ("White House", "criticizes", "Ali Demir", "asserted") not in found


def test_a_name_after_a_word_for_a_person_in_a_titles_phrase_is_that_person(read):
    found = relations_without_polarity(read(
        "Reporters spoke to Jose Garcia, who was campaign chairman for Ali Demir's Republican opponent, Maria Lopez."))
    assert ("Maria Lopez", "opposesActor", "Ali Demir") in found
    assert ("Jose Garcia", "leaderOf", "Lopez campaign") in found     # a campaign title: her campaign
    # a title's phrase that names no person still gives the name to the title
    found = relations_without_polarity(read("The president of the Spanish bank, Jose Garcia, met Ali Demir."))
    assert ("Jose Garcia", "meets", "Ali Demir") in found


@pytest.mark.parametrize("body", ["Ali Demir's campaign", "the Ali Demir campaign"])
def test_a_full_name_written_only_inside_a_body_still_names_the_person(read, body):
    extraction = read(f"Investigators examined {body}. In Demir's favor, the judge ruled on Monday "
                      "that Demir had denied that his campaign colluded with Spain.")
    people = {r.name for r in extraction.referents if r.kind is Kind.PERSON}
    assert "Ali Demir" in people and "Demir" not in people
    assert {"Ali Demir campaign", "Demir campaign"} & {r[0] for r in relations_without_polarity(extraction)
                                                      if r[1:] == ("cooperatesWith", "Spain")}


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the State Department said on Monday that the talks had failed.",
     ("State Department spokesman", "spokespersonFor", "State Department")),
    # a person's by the surname, as news names one ('a Demir adviser')
    ("A former adviser to Ali Demir said that the talks had failed.",
     ("former Demir adviser", "adviserTo", "Ali Demir")),
    ("An official of France said that the talks had failed.", ("official of France", "officialOf", "France")),
])
def test_an_unnamed_holder_serves_whom_the_titles_phrase_names(read, text, expected):
    extraction = read(text)
    assert expected in relations_without_polarity(extraction)
    assert [speaker for speaker, _, _ in said(extraction)] == [expected[0]]


@pytest.mark.parametrize("text, name, written", [
    ("Senator Ann Lee is reviewing the bill. A spokesman for the senator said it was fair.",
     "Lee spokesman", "spokesman for the senator"),
    ("Lawyers for Jose Garcia said on Monday that he would appeal.", "Garcia lawyers", "Lawyers for Jose Garcia"),
])
def test_an_unnamed_holder_keeps_the_description_as_the_article_wrote_it(read, text, name, written):
    """The name news would give ('the Lee spokesman') and the phrase the article wrote, by which a reader
    searches for it, are both names of the one referent."""
    holder = next(r for r in read(text).referents if r.name == name)
    assert holder.written == (written,)


def test_a_posted_titles_to_is_where_it_is_posted_not_whom_it_serves(read):
    found = relations_without_polarity(read("A U.S. envoy to Syria said that the talks had failed."))
    assert ("U.S. envoy", "officialOf", "United States") in found
    assert not [r for r in found if r[2] == "Syria"]


def test_a_second_as_continues_the_nearer_verbs_as(read):
    found = relations_without_polarity(read(
        "Jose Garcia met Ali Demir. He is the brother of Maria Lopez, who served as chairman of the Spanish bank, "
        "and as a senior adviser to former President Juan Perez."))
    assert ("Maria Lopez", "adviserTo", "Juan Perez") in found
    assert ("Jose Garcia", "adviserTo", "Juan Perez") not in found


@pytest.mark.parametrize("text, joined", [
    # a company suffix left out, or tagged on its own, names the same company
    ("Mercury LLC said on Monday it would help Spain. Mercury is a subsidiary of Omnicom Group. Omnicom declined "
     "to comment.", [{"Mercury", "Mercury LLC"}, {"Omnicom", "Omnicom Group"}]),
    # a one-word name is the one organisation whose name it ends
    ("The Wall Street Journal reported on Monday that Spain would sue France. The Journal said the case was new.",
     [{"Journal", "Wall Street Journal"}]),
    # a one-word name starts the one organisation named in full before it, ended by a noun for a body
    ("A report by the Brookings Institution found that the plan failed. Ali Demir, an author of the Brookings "
     "study, welcomed it.", [{"Brookings", "Brookings Institution"}]),
    ("The State Department cut its staff. A subcommittee overseeing State asked why.", [{"State", "State Department"}]),
    # also one the model took for a place that no table knows (a town's name)
    ("Media reports said Helena Power Holdings won the contract. Lawmakers asked Helena in a letter to provide "
     "documents. Helena declined to comment.", [{"Helena", "Helena Power Holdings"}]),
])
def test_an_organisation_named_short_is_the_one_named_in_full(read, text, joined):
    names = [set(r.names) for r in read(text).referents if r.kind is Kind.ORGANIZATION]
    for group in joined:
        assert any(group <= n for n in names), names


def test_a_one_word_name_before_an_organisation_named_for_it_stays_itself(read):
    names = [set(r.names) for r in read("The bank denied it meddled to tilt the vote in Podesta's favor. Podesta has "
                                         "denied any collusion. Ali Garcia worked at the Podesta Organization.").referents]
    assert {"Podesta Organization"} in names and not any({"Podesta", "Podesta Organization"} <= n for n in names)


def test_an_organisations_name_read_whole_once_is_it_again(read):
    # the model reads the last 'Ireland First' as a country and an ordinal; the article named the group before
    extraction = read("Ana Nowak is deputy leader of the anti-immigrant Ireland First group. Ireland First was founded "
                      "in 2011 by leader Jan Kowal. \"Ireland First is committed to preserving our heritage,\" it says "
                      "on its website.")
    names = {r.key: r.name for r in extraction.referents}
    assert "Ireland" not in names.values()
    assert [names[s.speaker] for s in extraction.statements] == ["Ireland First"]


def test_a_countrys_name_before_a_title_stays_the_country(read):
    extraction = read("U.S. Treasury Secretary Ali Demir spoke on Monday. The U.S. Treasury "
                      "would run out of cash by March, he said.")
    assert ("Ali Demir", "officialOf", "United States") in facts(extraction)


def test_a_one_word_name_of_the_entity_table_stays_itself(read):
    names = [set(r.names) for r in read("The Texas State Senate met on Monday. The Senate voted on Tuesday.").referents]
    assert not any({"Senate", "Texas State Senate"} <= n for n in names)


@pytest.mark.parametrize("text, expected", [
    # a party's word inside another body's name makes no member of that body
    ("Representative Ali Demir, chairman of the Republican Study Committee, said the bill was bad.",
     {("chairman", "Republican Study Committee"), ("representative", "House of Representatives")}),
    ("Republican Ali Demir, a former chairman of the Republican National Committee, met Jose Garcia.",
     {("republican", "Republican Party"), ("former chairman", "Republican National Committee")}),
    # a party named with more words is still the party
    ("Ali Demir, a lawmaker of Germany's Social Democrats, said the talks failed.",
     {("democrats", "Social Democrats"), ("lawmaker", "Social Democrats")}),
])
def test_a_partys_word_gives_membership_of_the_party_only(read, text, expected):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert {(role.title, names.get(role.organization)) for role in extraction.roles} == expected


@pytest.mark.parametrize("text", [
    "Ali Demir will face off with Democratic candidate and former prosecutor Maria Lopez in the election.",
    "Republican leaders have distanced themselves from the candidate.",
])
def test_a_word_for_people_is_no_topic(read, text):
    extraction = read(text)
    assert not [r for r in extraction.referents if r.kind is Kind.TOPIC]


def test_another_persons_title_is_theirs_where_the_parser_hung_it_on_a_name_after(read):
    # 'fires' read as a noun, with the president's name and title hung on Mueller
    extraction = read("Senator Ann Lee said that if President Paul Farnsworth fires Jose Garcia, it would provoke a crisis.")
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.holder], r.title) for r in extraction.roles} == {("Ann Lee", "senator"), ("Paul Farnsworth", "president")}


@pytest.mark.parametrize("text, speaker", [
    ("The Sierra Club sued the agency on Monday. The group said the permit was illegal.", "Sierra Club"),
    # only the organisation named last, whose name must fit
    ("The Sierra Club sued the agency on Monday. Goldman Sachs also sued. The group said the permit was illegal.",
     "group"),
    # and not in a quote, where a speaker's group is often one of people
    ('The Sierra Club sued the agency on Monday. "The group agreed to meet again," Ali Demir said.', "Ali Demir"),
])
def test_the_group_is_the_organisation_named_last_when_its_name_fits(read, text, speaker):
    assert [s for s, _, _ in said(read(text))][-1] == speaker
    names = {r.name for r in read(text).referents}
    assert ("group" in names) == (speaker == "group")


def test_a_phrase_between_commas_the_parser_joined_to_a_name_is_set_beside_it(read):
    found = relations_without_polarity(read("Spain, Portugal's neighbor and main trading partner, has resisted the plan."))
    assert ("Spain", "rejects", "plan") in found and ("Portugal", "rejects", "plan") not in found


def test_a_pun_in_brackets_the_tokenizer_kept_in_a_name_is_no_part_of_it(read):
    people = {r.name for r in read('Senator Maria Lopez met Ann Lee. "Sen. Maria Lopez(y), who is unelectable in Arizona, '
                                   'quit the race," Lee wrote.').referents if r.kind is Kind.PERSON}
    assert people == {"Maria Lopez", "Ann Lee"}


def test_a_pro_or_anti_adjective_names_no_one(read):
    names = {r.name for r in read("Ali Demir lobbied for Ukraine's former pro-Russian government.").referents}
    assert not [n for n in names if n.lower().startswith("pro-")]


def test_whom_a_verb_quotes_as_saying_is_the_speaker(read):
    assert [s for s, _, _ in said(read("“I never met her,” the Washington Post quoted Ali Demir as saying."))] == [
        "Ali Demir"]


@pytest.mark.parametrize("text", ["Ali Demir has clashed with Maria Lopez in the past.",
                                  "Ali Demir sparred with Maria Lopez on Monday.",
                                  "Ali Demir faced off with Democratic candidate Maria Lopez in the election.",
                                  "Ali Demir squared off against Maria Lopez in a debate.",
                                  # a race, each the other's rival
                                  "Ali Demir, who is running against Maria Lopez, spoke on Monday.",
                                  "Ali Demir prevailed over Maria Lopez in the primary."])
def test_a_clash_runs_both_ways(read, text):
    found = relations_without_polarity(read(text))
    assert {("Ali Demir", "opposesActor", "Maria Lopez"), ("Maria Lopez", "opposesActor", "Ali Demir")} <= found


def test_running_against_a_thing_is_no_rivalry(read):
    found = relations_without_polarity(read("Ali Demir ran against the tax bill."))
    assert found == {("Ali Demir", "rejects", "tax bill")}


@pytest.mark.parametrize("text", ["Ali Demir is not seeking re-election.",
                                  "Ali Demir sought the Democratic nomination last year.",
                                  # information and details are no stance either
                                  "Ali Demir continued seeking information about who paid Fusion.",
                                  "Ali Demir pressed for details on the plan."])
def test_running_for_office_is_no_stance(read, text):
    assert not [r for r in relations_without_polarity(read(text)) if r[1] == "supports"]


def test_approving_a_nomination_is_still_a_stance(read):
    found = relations_without_polarity(read("Maria Lopez was nominated to lead the bank. The Senate approved the "
                                            "nomination on Monday."))
    assert ("Senate", "supports", "nomination") in found


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir lobbied on behalf of Spain.", ("Ali Demir", "helps", "Spain")),
    ("Ali Demir opted instead for Maria Lopez.", ("Ali Demir", "supports", "Maria Lopez")),
    ("Ali Demir took aim at Maria Lopez on Monday.", ("Ali Demir", "criticizes", "Maria Lopez")),
    ("Ali Demir has worked alongside Maria Lopez for five years.", ("Ali Demir", "cooperatesWith", "Maria Lopez")),
])
def test_acting_for_choosing_and_working_alongside(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, urged", [
    ("Ali Demir demanded Maria Lopez apologize for the remarks.", True),
    ("Ali Demir asked that Spain return the money.", True),
    ("Ali Demir demanded that Maria Lopez be fired.", False),     # to be acted on, not to act
    ("Ali Demir said Maria Lopez would resign.", False),
    # the bare verb read as a noun, the name as its modifier
    ("Several Republican members of Congress have demanded that Mueller resign.", True),
    ("Senator Maria Lopez said that Garcia support was weak.", False),
])
def test_a_request_verbs_bare_verb_urges_its_subject(read, text, urged):
    found = relations_without_polarity(read(text))
    assert bool([r for r in found if r[1] == "urges"]) == urged


@pytest.mark.parametrize("text, expected", [
    ("Spain meddled in the 2016 election.", ("Spain", "undermines", "election", "asserted")),
    ("Spain denies meddling in the election.", ("Spain", "undermines", "election", "negated")),
    # what an inquiry looks into is not yet found
    ("Ali Demir is investigating Spanish interference in the election.", ("Spain", "undermines", "election", "hedged")),
])
def test_meddling_in_an_election_undermines_it(read, text, expected):
    assert expected in relations(read(text))


def test_a_relation_noun_joined_to_an_object_is_no_object(read):
    found = relations_without_polarity(read("Ali Demir is probing Spanish meddling in the election and possible "
                                            "collusion with France."))
    assert ("Spain", "undermines", "election") in found
    assert not [r for r in found if r[1] == "undermines" and r[2] == "collusion"]


def test_a_dated_campaign_is_the_race_not_the_campaign_organisation(read):
    found = relations_without_polarity(read("Ali Demir ran the Maria Lopez campaign. Spain meddled in the 2016 "
                                            "campaign."))
    assert ("Spain", "undermines", "campaign") in found


def test_a_counted_party_plural_is_a_group_not_the_party(read):
    found = relations_without_polarity(read("In the House, 12 Republicans voted against the tax bill."))
    assert ("12 Republicans", "rejects", "tax bill") in found
    assert ("Republican Party", "rejects", "tax bill") not in found


def test_a_topic_keeps_the_words_a_hyphen_joins(read):
    assert ("Democratic Party", "rejects", "common-sense reforms") in relations_without_polarity(
        read("Democrats oppose common-sense reforms like this."))


def test_a_storm_is_no_actor(read):
    extraction = read("Hurricanes Harvey and Irma struck Texas and Florida.")
    assert not extraction.relations
    assert not [r for r in extraction.referents if "Harvey" in r.name]


@pytest.mark.parametrize("text, expected", [
    # criticising someone's lack or failure criticises them
    ("Ali Demir criticized Spain's lack of environmental awareness.", ("Ali Demir", "criticizes", "Spain")),
    ("Ali Demir criticized the Trump administration's failure to act.",
     ("Ali Demir", "criticizes", "Trump administration")),
    # a ratification or adoption of a thing stands for the thing; 'gay rights' are no plain 'rights'
    ("Ali Demir backed the adoption of the euro.", ("Ali Demir", "supports", "euro")),
    # welcoming someone's sympathy, efforts or commitment welcomes them
    ("Ali Demir welcomed Maria Lopez's sympathy for the families.", ("Ali Demir", "supports", "Maria Lopez")),
    ("Ali Demir praised Spain's efforts to end the war.", ("Ali Demir", "praises", "Spain")),
    ("Ali Demir has championed gay rights.", ("Ali Demir", "supports", "gay rights")),
])
def test_lacks_adoptions_and_kinds_of_rights(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir repeated what Maria Lopez said last week.", ("Ali Demir", "agreesWith", "Maria Lopez")),
    ("Ali Demir rejected what Maria Lopez said about the deal.", ("Ali Demir", "rejects", "Maria Lopez")),
])
def test_what_someone_said_stands_for_the_speaker(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, subject", [
    # a chairman is no president, a president no prime minister, though all lead
    ("President Donald Trump spoke on Monday. The chairman blasted the agency.", None),
    ("Prime Minister Ali Demir spoke on Monday. The president blasted the agency.", None),
    # the word for the category still finds its holder
    ("German Chancellor Angela Merkel spoke on Monday. The German leader blasted the agency.", "Angela Merkel"),
    # a city's mayor is the city's, not its country's
    ("London Mayor Jose Garcia spoke on Monday. The British prime minister, Ali Demir, met the press. "
     "London's mayor blasted the agency.", "Jose Garcia"),
])
def test_a_description_with_an_office_of_its_own_is_only_that_offices_holder(read, text, subject):
    found = [r for r in relations_without_polarity(read(text)) if r[1] == "criticizes"]
    assert [r[0] for r in found if r[0] in {"Donald Trump", "Ali Demir", "Angela Merkel", "Jose Garcia"}] == (
        [subject] if subject else [])


def test_attacking_an_organisation_is_criticism(read):
    found = relations_without_polarity(read("Ali Demir has openly attacked the FBI, saying its reputation is in tatters."))
    assert ("Ali Demir", "criticizes", "FBI") in found and ("Ali Demir", "attacks", "FBI") not in found
    assert ("Spain", "attacks", "France") in relations_without_polarity(read("Spain attacked France on Monday."))


@pytest.mark.parametrize("text, expected", [
    ("Spain hacked the Democratic National Committee.", ("Spain", "attacks", "Democratic National Committee")),
    ("Jose Garcia assaulted Ann Lee at her home.", ("Jose Garcia", "attacks", "Ann Lee")),
    ("The assault on Ann Lee by Jose Garcia shocked the town.", ("Jose Garcia", "attacks", "Ann Lee")),
])
def test_an_attack_by_force_on_a_person_or_an_organisation_is_no_criticism(read, text, expected):
    found = relations_without_polarity(read(text))
    assert expected in found and (expected[0], "criticizes", expected[2]) not in found


@pytest.mark.parametrize("text, expected", [
    ("“Jose Garcia in the Senate would be a stain on the party,” Maria Lopez wrote on Twitter. “Ali Demir and "
     "other victims are courageous heroes.”", {("Maria Lopez", "praises", "Ali Demir")}),
    ("“We met him on Monday,” Maria Lopez said. “Ali Demir is not a hero.”", set()),
    ("The plan failed. Ali Demir is a hero.", set()),     # the article's own voice judges no one
])
def test_a_judgement_in_a_quotes_own_sentence_is_its_speakers(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] == "praises"
            and r[2] not in {"victim", "other victims"}} == expected


def test_a_possessor_of_a_body_is_named_with_its_title(read):
    found = relations_without_polarity(read("Spanish Prime Minister Ali Demir's campaign rejected the plan."))
    assert ("Ali Demir", "leaderOf", "Spain") in found
    assert ("Demir campaign", "rejects", "plan") in found


@pytest.mark.parametrize("text, name, kind", [
    ("Garcia is a lobbyist on accounts including Wells Fargo, Lockheed Martin, Oracle, Wal-Mart and Textron.",
     "Lockheed Martin", Kind.ORGANIZATION),
    ("Ali Demir met Apple, Google and Tim Cook on Monday.", "Tim Cook", Kind.PERSON),    # a first name: a person
])
def test_a_name_listed_with_organisations_is_one(read, text, name, kind):
    assert {r.name: r.kind for r in read(text).referents}[name] is kind


@pytest.mark.parametrize("text", ["Mercury LLC is a subsidiary of Omnicom Group and does public relations work.",
                                  "Mercury LLC, a unit of Omnicom Group, declined to comment."])
def test_a_subsidiary_or_unit_is_part_of_its_owner(read, text):
    assert ("Mercury LLC", "memberOf", "Omnicom Group") in relations_without_polarity(read(text))


def test_a_persons_name_ends_at_a_possessive_inside_it(read):
    # the model tags 'Obama’s Affordable Care Act' as one person
    extraction = read("Republicans have repeatedly failed to repeal and replace Obama’s Affordable Care Act, "
                      "prompting Trump to act.")
    assert {r.name for r in extraction.referents if r.kind is Kind.PERSON} == {"Obama"}
    assert not {f for f in facts(extraction) if f[1] == "succeeds"}


def test_an_organisation_after_a_persons_possessive_is_named_apart(nlp):
    from spacy.tokens import Span

    from graphbuild.extract.entities import mentions
    from graphbuild.knowledge import load

    doc = nlp("The tip came from Trump’s White House on Monday.")
    doc.ents = [Span(doc, 4, 8, label="PERSON")]      # 'Trump’s White House', as the model sometimes tags it
    assert [(m.text, m.kind) for m in mentions(doc, load())] == [("Trump", Kind.PERSON),
                                                                  ("White House", Kind.ORGANIZATION)]


def test_a_spokesman_or_lawyer_owned_by_a_pronoun_is_the_persons(read):
    extraction = read("Senator Maria Lopez denied wrongdoing. Her spokesman said the claims were false. "
                      "Her husband declined to comment.")
    found = facts(extraction)
    assert ("Lopez spokesman", "spokespersonFor", "Maria Lopez") in found
    assert ("Lopez spokesman", "the claims were false") in [(s, t) for s, t, _ in said(extraction)]
    assert not any(f[1] == "relativeOf" for f in found)     # 'her husband' is often a person named elsewhere


def test_an_unnamed_source_is_known_by_what_its_phrase_says_of_it(read):
    extraction = read("The bills would pass, according to a source familiar with the legislation. Ten Democrats "
                      "will back the bills, said a source who spoke on background. \"It is likely,\" said the source. "
                      "The review is narrow, the first source said. People with knowledge of the talks, who asked "
                      "not to be named, said they had failed. Critics, including Democratic lawmakers, said the plan would fail.")
    assert [s for s, _, _ in said(extraction)] == [
        "source familiar with the legislation", "source who spoke on background", "source who spoke on background",
        "source familiar with the legislation", "people with knowledge of the talks", "Critics"]
    # a nationality opening the sentence keeps its capital
    assert [s for s, _, _ in said(read("American experts familiar with the talks said they would fail."))] == [
        "American experts familiar with the talks"]


@pytest.mark.parametrize("text, speaker", [
    ("Ali Demir has stepped down from his firm as investigators examine its ties to Jose Garcia, a source "
     "familiar with the matter said on Monday.", "source familiar with the matter"),
    ("The Spanish Justice Ministry has gathered enough evidence to charge six members of the French government "
     "in the hacking of computers before the 2016 election, the Wall Street Journal reported on Thursday, citing "
     "people familiar with the investigation.", "Wall Street Journal"),     # 'reported' hung on the clause before
])
def test_a_trailing_source_the_parser_hung_on_a_name_said_what_comes_before(read, text, speaker):
    assert (speaker, text[:26]) in [(s, t[:26]) for s, t, _ in said(read(text))]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir and Jose Garcia pleaded not guilty to a 12-count indictment.",
     {("Ali Demir", "rejects", "12-count indictment"), ("Jose Garcia", "rejects", "12-count indictment")}),
    ("Ali Demir pleaded guilty to lying to the FBI.", set()),
    ("Ali Demir pleaded not guilty on Monday in a 12-count indictment.", {("Ali Demir", "rejects", "12-count indictment")}),
    ("Ali Demir pleaded not guilty in federal court.", set()),
])
def test_pleading_not_guilty_rejects_the_charges(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] == "rejects"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez's attorney, Jose Garcia, said the ruling was fair.", ("Jose Garcia", "adviserTo", "Maria Lopez")),
    ("FBI attorney Maria Lopez spoke on Monday.", ("Maria Lopez", "memberOf", "FBI")),
    ("The U.S. attorney for the District of Columbia filed court papers on Monday.",
     ("U.S. attorney", "officialOf", "United States")),        # the state's, no adviser of it
    ("Maria Lopez laughed at Ali Demir during the hearing.", ("Maria Lopez", "criticizes", "Ali Demir")),
])
def test_attorneys_and_laughing_at_someone(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_an_age_after_a_title_is_no_ones_office(read):
    found = relations_without_polarity(read("Maria Lopez met Ali Demir. She said Ali Demir assaulted her when she "
                                            "was 16 and he was a prosecuting attorney in his 30s."))
    assert not [r for r in found if r[1] == "adviserTo"]


@pytest.mark.parametrize("text, expected", [
    ("Jose Garcia, governor of the U.S. Virgin Islands, said the island needed aid.",
     ("Jose Garcia", "leaderOf", "U.S. Virgin Islands")),     # the model tags only 'U.S.'
    ("Puerto Rican Governor Jose Garcia is seeking more aid.", ("Jose Garcia", "leaderOf", "Puerto Rico")),
])
def test_a_us_territory_is_a_place_of_its_own(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Rep. Maria Lopez, a Democrat from Ohio, said she was concerned.", ("Maria Lopez", "memberOf", "House of Representatives")),
    ("Sen. Maria Lopez said she was concerned.", ("Maria Lopez", "memberOf", "Senate")),
    ("Minnesota Gov. Jose Garcia said he was concerned.", ("Jose Garcia", "leaderOf", "Minnesota")),
    # a governor of an organisation sits on its board
    ("Fed Governor Jose Garcia spoke on Monday.", ("Jose Garcia", "memberOf", "Federal Reserve")),
])
def test_abbreviated_titles_and_board_governors(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_the_department_of_justice_is_the_justice_department(read):
    names = {r.name for r in read("Ali Demir filed disclosures with the Department of Justice in April.").referents}
    assert "Justice Department" in names and "Department of Justice" not in names


def test_the_treasury_is_the_treasury_department(read):
    extraction = read("The Treasury said on Monday the deal was fine. The department added that it would act.")
    assert [r.name for r in extraction.referents if r.kind is Kind.ORGANIZATION] == ["Treasury Department"]
    assert [s for s, _, _ in said(extraction)] == ["Treasury Department", "Treasury Department"]


def test_a_name_with_its_country_left_out_takes_the_tables_canonical_name(read):
    names = {r.name for r in read("The U.S. Department of Justice said on Monday the deal was fine.").referents}
    assert "Justice Department" in names


@pytest.mark.parametrize("text, expected", [
    ("Spain sent aid to Portugal after the floods.", ("Spain", "helps", "Portugal", "asserted")),
    ("Germany provided military assistance to Ukraine.", ("Germany", "helps", "Ukraine", "asserted")),
    # a sum 'in aid' is the aid; the 'to' phrase the parser hung on the verb is the aid's
    ("Congressional Republicans and the Obama administration have approved some $51 billion in aid to Puerto Rico.",
     ("Obama administration", "helps", "Puerto Rico", "asserted")),
    # pledged, not yet given; and no pledge made to Syria besides
    ("The European Union pledged humanitarian assistance to Syria.", ("European Union", "helps", "Syria", "hedged")),
    # money given
    ("Spain provided funding to the rebels in Syria.", ("Spain", "helps", "rebels", "asserted")),
    ("Ali Demir donated 10,000 dollars to Jose Garcia.", ("Ali Demir", "helps", "Jose Garcia", "asserted")),
])
def test_aid_to_an_actor_helps_it(read, text, expected):
    found = relations(read(text))
    assert expected in found
    assert not [r for r in found if r[1] == "communicatesWith"]


def test_an_administration_is_a_persons_whatever_the_model_tagged_the_name(read):
    # the model tags 'Trump' here as an organisation, and the article names him nowhere else
    names = {r.name for r in read("Congressional Republicans and the Trump administration have approved some aid."
                                  ).referents}
    assert "Trump administration" in names and "Trump" not in names
    # also where the body names the kind of person it appointed ('appointee': a person noun)
    names = {r.name for r in read("The Demir administration on Thursday named a coal consultant to head the office. He "
                                  "was the latest Demir administration appointee with ties to the industry.").referents}
    assert names == {"Demir administration"}


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez and Senator Jose Garcia spoke on Monday. The Lopez-Garcia bill would repeal the tax.",
     {("Maria Lopez", "cooperatesWith", "Jose Garcia")}),
    ("Ali Demir and Jose Garcia met in May. The Demir-Garcia plan calls for lower taxes.",
     {("Ali Demir", "cooperatesWith", "Jose Garcia")}),
    ("Spain and France met in May. The Spain-France deal lowers tariffs.", set()),     # no people's work
])
def test_two_names_joined_by_a_hyphen_before_a_bill_are_its_coauthors(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] == "cooperatesWith"} == expected


@pytest.mark.parametrize("text, expected", [
    ("At least four Democrats will back the bills, including Senator Maria Lopez and Rep. Jose Garcia.",
     {"At least four Democrats", "Maria Lopez", "Jose Garcia"}),
    ("Several lawmakers criticized the plan, including Senator Maria Lopez.", {"Maria Lopez"}),
])
def test_people_an_including_lists_at_the_clauses_end_share_the_plural_subjects_act(read, text, expected):
    assert {r[0] for r in relations_without_polarity(read(text)) if r[1] in {"supports", "criticizes"}} == expected


def test_an_including_after_a_plural_object_actor_lists_the_objects(read):
    found = relations_without_polarity(read("Spain sanctioned 12 people, including Senator Maria Lopez."))
    assert ("Spain", "sanctions", "Maria Lopez") in found
    assert not [r for r in found if r[0] == "Maria Lopez" and r[1] == "sanctions"]


@pytest.mark.parametrize("text, expected", [
    ("Senator Ali Demir intervened in Maria Lopez’s favor.", ("Ali Demir", "supports", "Maria Lopez", "asserted")),
    # what is denied did not happen, tried or not
    ("The Kremlin has denied it meddled in the election campaign to try to tilt the vote in Maria Lopez’s favor.",
     ("Russia", "supports", "Maria Lopez", "negated")),     # the Kremlin acts for Russia
])
def test_acting_in_someones_favor_supports_them(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Honduran candidate Ali Demir, 64, is one of the best-known faces and is backed by former President Jose Garcia.",
     ("Jose Garcia", "supports", "Ali Demir")),
    ("Germany signed the deal and was praised by France.", ("France", "praises", "Germany")),
])
def test_a_passive_joined_to_a_clause_is_done_to_its_subject(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def _datelined(nlp, dateline: str, text: str):
    from graphbuild.extract import extract
    from graphbuild.model import Article, Origin, TextMap

    return extract(Article("test", text, text, TextMap(), Origin("test.txt"), dateline=dateline), nlp(text))


@pytest.mark.parametrize("dateline, text, expected", [
    ("Washington", "Secretary of State Maria Lopez met U.S. lawmakers on Monday. U.S. officials said the talks went well.",
     {("Maria Lopez", "officialOf", "United States")}),
    # the country's office is someone else's: the title without a country is another country's
    ("Moscow", "Russian President Ali Demir said on Monday that President Jose Garcia had called Russia's envoy. "
               "Russia wants talks.", {("Ali Demir", "leaderOf", "Russia")}),
    # a story from abroad: the dateline's country is not the one the article is about
    ("Manila", "Secretary of State Maria Lopez said U.S. troops would stay. The U.S. Navy and U.S. diplomats agreed. "
               "The Philippines welcomed it.", set()),
    # past holders may be several, beside the present one
    ("Washington", "Former President Ali Demir’s order protected farmers, U.S. officials said. President Maria Lopez "
                   "ended it. Former Presidents Jose Garcia and Ana Ruiz criticized the U.S. decision.",
     {("Ali Demir", "leaderOf", "United States"), ("Maria Lopez", "leaderOf", "United States"),
      ("Jose Garcia", "leaderOf", "United States"), ("Ana Ruiz", "leaderOf", "United States")}),
    # two present holders leave the office's country open, for the past one too
    ("Havana", "President Ali Demir met President Maria Lopez in Cuba. Cuba welcomed former President Jose Garcia’s "
               "policies in Cuba, and Cuba’s ministers agreed.", set()),
])
def test_a_national_office_with_no_country_is_the_home_datelines(nlp, dateline, text, expected):
    found = {r for r in relations_without_polarity(_datelined(nlp, dateline, text)) if r[1] in {"leaderOf", "officialOf"}}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("Governor Maria Lopez said Ohio would sue. Ohio lawmakers backed her, and Ohio voters agreed.",
     {("Maria Lopez", "leaderOf", "Ohio")}),
    # two governors with no state: neither is the state's
    ("Governor Maria Lopez met Governor Jose Garcia. Ohio lawmakers backed the plan in Ohio.", set()),
    # the state's office is someone else's
    ("Ohio Governor Jose Garcia said Governor Maria Lopez would visit Ohio. Ohio voters agreed.",
     {("Jose Garcia", "leaderOf", "Ohio")}),
])
def test_a_state_office_with_no_state_is_the_state_named_most(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] == "leaderOf"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Senators Maria Lopez and Jose Garcia introduced the bill on Tuesday.",
     {("Maria Lopez", "cooperatesWith", "Jose Garcia"), ("Maria Lopez", "supports", "bill"),
      ("Jose Garcia", "supports", "bill")}),
    ("The measure was sponsored by Senator Maria Lopez and Senator Jose Garcia.",
     {("Maria Lopez", "cooperatesWith", "Jose Garcia"), ("Maria Lopez", "supports", "measure"),
      ("Jose Garcia", "supports", "measure")}),
    ("Maria Lopez and Jose Garcia wrote to the committee.", set()),      # no joint work
    # a bill led by two, the participle set on the clause or on the bill; one introduced with another
    ("That measure is also bipartisan, led by Representative Maria Lopez and Jose Garcia.",
     {("Maria Lopez", "cooperatesWith", "Jose Garcia")}),
    ("The bill, led by Maria Lopez and Jose Garcia, would raise taxes.",
     {("Maria Lopez", "cooperatesWith", "Jose Garcia")}),
    ("Maria Lopez introduced the bill with Jose Garcia.",
     {("Maria Lopez", "cooperatesWith", "Jose Garcia"), ("Maria Lopez", "supports", "bill")}),
])
def test_people_who_write_or_back_a_bill_together_cooperate(read, text, expected):
    found = relations_without_polarity(read(text))
    assert {r for r in found if r[1] in {"cooperatesWith", "supports"}} == expected


def test_a_party_word_in_apposition_is_the_person_it_describes(read):
    found = relations_without_polarity(read(
        "Representative Maria Lopez, a Republican who runs the House Oversight Committee, spoke on Monday."))
    assert ("Maria Lopez", "leaderOf", "House Oversight Committee") in found
    assert not [r for r in found if r[0] == "Republican"]


def test_the_ledes_party_member_is_the_person_the_next_sentence_names(read):
    extraction = read("The leading Republican on a Senate panel accused its Democratic members of bias. "
                      "Senator Maria Lopez, the ranking Republican of the Senate Finance Committee, made the "
                      "accusation in a letter.")
    assert ("Maria Lopez", "accuses") in {r[:2] for r in relations_without_polarity(extraction)}
    assert [s for s, _, _ in said(extraction)][:1] == ["Maria Lopez"]


@pytest.mark.parametrize("text, expected", [
    ("Special Counsel Maria Lopez met Jose Garcia. Some of his allies have accused Lopez’s team of bias.",
     {("Maria Lopez", "leaderOf", "Lopez team")}),
    ("Ali Demir spoke on Monday. The Demir campaign said it raised $2 million.", {("Ali Demir", "leaderOf", "Demir campaign")}),
    ("Maria Lopez and Jose Lopez spoke. The Lopez campaign lost.", set()),        # which Lopez?
    ("President Ali Demir spoke. The Demir administration approved the deal.", set()),   # his country's government
])
def test_the_person_a_team_or_campaign_is_named_after_leads_it(read, text, expected):
    found = relations_without_polarity(read(text))
    assert {r for r in found if r[1] == "leaderOf" and r[2] not in {"United States"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez is likely to pick Federal Reserve Governor Ali Demir as the next head of the central bank.",
     ("Maria Lopez", "supports", "Ali Demir")),
    ("Ali Demir has supported Maria Lopez’s general direction.", ("Ali Demir", "supports", "Maria Lopez")),
    ("Anna Berg spoke on Monday. Jose Garcia has shared her concerns about inflation.",
     ("Jose Garcia", "agreesWith", "Anna Berg")),
    ("The main challenger to Ali Demir is Stanford University economist Jose Garcia.",
     ("Jose Garcia", "opposesActor", "Ali Demir")),
    ("Jose Garcia, chief economist at Wells Fargo, said the rates were fine.", ("Jose Garcia", "officialOf", "Wells Fargo")),
    ("Stanford University economist Jose Garcia said the rates were fine.", ("Jose Garcia", "memberOf", "Stanford University")),
    ("Jose Garcia, an analyst at Capital Alpha Partners, said the rates were fine.",
     ("Jose Garcia", "memberOf", "Capital Alpha Partners")),
])
def test_picks_shared_concerns_challengers_and_economists(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_an_apposition_after_the_last_of_joined_names_describes_it(read):
    extraction = read("Republicans launched an investigation involving Hillary Clinton and Robert Mueller, the special "
                      "counsel who is investigating Russia.")
    assert ("Robert Mueller", "sues", "Russia") in facts(extraction)
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.holder], r.title) for r in extraction.roles} == {("Robert Mueller", "special counsel")}
    # a source after a list is no apposition of its last name
    said_by = said(read("Donald Trump and Vladimir Putin covered topics including Syria, Iran and Afghanistan, a "
                        "White House official said."))
    assert [speaker for speaker, _, _ in said_by] == ["White House official"]


def test_picking_up_a_thing_supports_nothing(read):
    assert not relations_without_polarity(read("Ali Demir picked up the phone on Monday."))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir spoke. Special Counsel Maria Lopez is investigating possible collusion between the Demir campaign "
     "and Russia.", {("Maria Lopez", "sues", "Demir campaign"), ("Maria Lopez", "sues", "Russia")}),
    ("The FBI opened an investigation into Moscow’s contacts with Ali Demir.",
     {("FBI", "sues", "Russia"), ("FBI", "sues", "Ali Demir")}),
    # the authors of a claim are not what is looked into
    ("Maria Lopez is leading a probe of U.S. allegations that Russia interfered in the election.", set()),
    # looking into such an act, or into allegations of it, looks into its actors too
    ("Ali Demir spoke. Special Counsel Maria Lopez is looking into possible collusion with the Demir campaign.",
     {("Maria Lopez", "sues", "Demir campaign")}),
    ("Ali Demir spoke. Special Counsel Maria Lopez is investigating allegations of collusion between the Demir "
     "campaign and Russia.", {("Maria Lopez", "sues", "Demir campaign"), ("Maria Lopez", "sues", "Russia")}),
    ("Senator Maria Lopez looked into the eyes of Jose Garcia.", set()),
])
def test_an_inquiry_into_an_act_between_actors_looks_into_the_actors(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] == "sues"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The Senate Intelligence Committee met on Monday. Ali Demir, the panel’s chairman, said the talks had failed.",
     ("Ali Demir", "leaderOf", "Senate Intelligence Committee")),
    ("The Federal Communications Commission met on Monday. Ali Demir, the agency’s deputy director, said so.",
     ("Ali Demir", "officialOf", "Federal Communications Commission")),
])
def test_a_title_owned_by_a_description_of_an_organisation_is_its_office(read, text, expected):
    assert expected in relations_without_polarity(read(text))

def test_a_common_noun_is_no_organisation_whose_name_ends_in_its_plural(nlp):
    """A corpus article (row 407) that names the Washington Times and then says the CFPB's deputy director is one
    'for the time being': 'the time' had been taken for the Times, making her its official."""
    import csv

    from graphbuild.extract import extract
    from graphbuild.model import Article, Origin, TextMap
    from tests.conftest import SHARED

    source = SHARED / "corpus" / "reuters-politics-2017.csv"
    if not source.is_file():
        pytest.skip("../shared/corpus is not here")
    with source.open(encoding="utf-8", newline="") as handle:
        text = next(row["text"] for row in csv.DictReader(handle)
                    if row["title"].startswith("U.S. consumer financial watchdog official defies"))
    extraction = extract(Article("row407", text, text, TextMap(), Origin("row407.txt")), nlp(text))
    names = {r.key: r.name for r in extraction.referents}
    assert not [r for r in extraction.relations
                if names.get(r.object) == "Washington Times" and r.predicate in {"officialOf", "leaderOf", "memberOf"}]


def test_what_an_actors_document_says_its_owner_says_through_it(read):
    extraction = read("Representative Ali Demir wrote to the utility on Monday. Demir’s letter said emergency "
                      "circumstances could justify the contract.")
    names = {r.key: r.name for r in extraction.referents}
    assert [(names.get(s.speaker), s.channel) for s in extraction.statements] == [("Ali Demir", "letter")]


def test_a_counted_plural_of_people_is_the_people_the_next_sentence_names(read):
    extraction = read("Two Democratic U.S. senators urged the agency to probe the contract. Senators Maria Lopez and "
                      "Jose Garcia wrote a letter to Ali Demir, the comptroller general. The senators said they were "
                      "also concerned about the costs.")
    names = {r.key: r.name for r in extraction.referents}
    assert [(names[s.speaker], tuple(names[k] for k in s.co_speakers)) for s in extraction.statements] == [
        ("Maria Lopez", ("Jose Garcia",)), ("Maria Lopez", ("Jose Garcia",))]
    found = relations_without_polarity(extraction)
    # writing a letter to someone together: both tell him, and they work together
    assert {("Maria Lopez", "communicatesWith", "Ali Demir"), ("Jose Garcia", "communicatesWith", "Ali Demir"),
            ("Maria Lopez", "cooperatesWith", "Jose Garcia")} <= found


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez, Ali Demir’s pick to lead the agency, spoke on Monday.", ("Ali Demir", "supports", "Maria Lopez", "asserted")),
    ("President Ali Demir’s nominee, Maria Lopez, spoke on Monday.", ("Ali Demir", "supports", "Maria Lopez", "asserted")),
    # asked, not said
    ("Asked if Maria Lopez was his choice to lead the bank, Ali Demir said: “I didn’t say that.”",
     ("Ali Demir", "supports", "Maria Lopez", "hedged")),
    ("Maria Lopez, one of the Federal Trade Commission’s harshest critics, spoke.",
     ("Maria Lopez", "criticizes", "Federal Trade Commission", "asserted")),
])
def test_picks_nominees_and_one_of_several_critics(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Senator Ann Lee, another Republican and a critic of Jose Garcia, said she would vote against the bill.",
     ("Ann Lee", "criticizes", "Jose Garcia")),
    ("Ann Lee, a former senator and an ally of Jose Garcia, said the plan would fail.",
     ("Ann Lee", "cooperatesWith", "Jose Garcia")),
])
def test_a_tie_noun_joined_to_an_apposition_describes_its_name(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("President Ali Demir spoke on Monday. Some of Demir's fellow Republicans have been critical of Demir's "
     "bellicose rhetoric.", ("Republican Party", "criticizes", "Ali Demir")),
    ("Most of the Democrats voted against the bill.", ("Democratic Party", "rejects", "bill")),
])
def test_a_subject_that_is_part_of_an_of_phrases_actors_is_those_actors(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_a_role_verb_in_a_relative_clause_on_an_apposition_is_the_names(read):
    extraction = read("Ali Demir, a longtime Republican operative who briefly served as Jose Garcia's campaign "
                      "manager in 2016, pleaded not guilty.")
    names = {r.key: r.name for r in extraction.referents}
    assert ("Ali Demir", "campaign manager") in {(names[r.holder], r.title) for r in extraction.roles}


@pytest.mark.parametrize("text, expected", [
    ("The Democratic-led Senate passed the bill on Monday.", ("Democratic Party", "leaderOf", "Senate")),
    ("The measure cleared the Republican-controlled House of Representatives.",
     ("Republican Party", "leaderOf", "House of Representatives")),
    ("Ali Demir said Turkish-backed Free Syrian Army fighters took the town.",
     ("Turkey", "helps", "Free Syrian Army")),
])
def test_an_actor_hyphened_to_led_or_backed_leads_or_helps_the_organisation(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text", [
    "The Democratic-led effort failed on Monday.",           # an effort is no actor
    "A Democratic - led Senate would pass the bill.",       # spaced: no compound word
    "Ali Demir said the Boston-based company would close.",   # based: where it is, not who runs it
])
def test_no_leader_without_a_hyphened_participle_before_an_organisation(read, text):
    assert not {r for r in relations_without_polarity(read(text)) if r[1] in {"leaderOf", "helps"}}


def test_an_organisations_document_speaks_for_it(read):
    extraction = read("A Washington Post report said the chief executive knew the secretary. Media reports suggested "
                      "he did not.")
    # not a common noun capitalised because it opens the sentence
    assert [s for s, _, _ in said(extraction)] == ["Washington Post", "Media reports"]


def test_a_name_after_a_two_word_titles_of_phrase_holds_the_title(read):
    extraction = read("The chief executive of Whitefish Energy, Ali Demir, said the deal was fair.")
    assert ("Ali Demir", "leaderOf", "Whitefish Energy") in relations_without_polarity(extraction)
    assert [s for s, _, _ in said(extraction)] == ["Ali Demir"]


def test_the_fbi_goes_by_its_short_name_in_every_article(read):
    # as the table names it, so that articles writing it either way meet in one entity
    for text in ("The Federal Bureau of Investigation opened a case.", "The FBI opened a case."):
        assert [r.name for r in read(text).referents if r.kind is Kind.ORGANIZATION] == ["FBI"]


def test_a_description_finds_an_organisation_by_any_name_it_goes_by(read):
    # the FBI goes by its short name, but 'the bureau' is the last word of the long one
    extraction = read("The Federal Bureau of Investigation opened a case. The bureau said it would act.")
    assert [s for s, _, _ in said(extraction)] == ["FBI"]


@pytest.mark.parametrize("text, absent, present", [
    ("U.S. District Judge Maria Lopez ruled on Monday that the order was unlawful.",
     ("Maria Lopez", "officialOf", "United States"), None),
    ("A U.S. judge ruled against the administration on Monday.", ("U.S. judge", "officialOf", "United States"), None),
    # a court before the title is the holder's
    ("Supreme Court Justice Ana Ruiz said the ruling stands.", None, ("Ana Ruiz", "officialOf", "Supreme Court")),
])
def test_a_country_before_a_judges_title_is_where_the_court_sits(read, text, absent, present):
    found = relations_without_polarity(read(text))
    assert absent is None or absent not in found
    assert present is None or present in found


def test_names_the_model_tags_as_one_list_are_each_a_name(read):
    # the small model tags 'Brennan, Clapper and' as one organisation here (not with every pair of surnames)
    names = {r.name for r in read("Ana Ruiz also took a swipe at Obama-era intelligence officials  Brennan, Clapper "
                                  "and former FBI Director Jose Garcia, calling  them political hacks.").referents}
    assert {"Brennan", "Clapper", "Jose Garcia"} <= names
    assert not [n for n in names if "," in n or n.endswith(" and") or n.endswith("-era")]


def test_people_named_beside_a_plural_object_are_each_its_object(read):
    found = relations_without_polarity(read("Senator Maria Lopez criticized two officials, Jose Garcia and Ana Ruiz, "
                                            "on Monday."))
    assert {("Maria Lopez", "criticizes", "Jose Garcia"), ("Maria Lopez", "criticizes", "Ana Ruiz")} <= found


def test_a_name_with_a_phrase_in_it_keeps_its_commas(read):
    names = {r.name for r in read("The Bureau of Alcohol, Tobacco, Firearms and Explosives said on Monday "
                                  "it would help.").referents}
    assert "Bureau of Alcohol, Tobacco, Firearms and Explosives" in names


def test_a_complement_whose_subject_the_parser_hung_before_it_starts_at_that(read):
    # the parser reads 'the criticism leveled against ...' as a clause on 'show' and 'was' as the complement
    statements = said(read("Treasury Secretary Ana Ruiz said on the same show that the criticism leveled against "
                           "Demir’s handling of relations with Spain and France was “ridiculous.”"))
    assert [(speaker, text.startswith("that the criticism leveled against")) for speaker, text, _ in statements] == [
        ("Ana Ruiz", True)]


def test_a_sentence_may_assert_a_relation_and_report_its_denial(read):
    found = relations(read("Governor Jose Garcia defended Maria Lopez last week, but an aide said Garcia would not "
                           "campaign for Lopez before the election."))
    assert {("Jose Garcia", "supports", "Maria Lopez", "asserted"), ("Jose Garcia", "supports", "Maria Lopez", "negated")} \
        <= {r[:4] for r in found}


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez, who is on the Senate Intelligence Committee, said the bill would pass.",
     {("Maria Lopez", "memberOf", "Senate Intelligence Committee")}),
    # the clause hung on the description beside the name
    ("Senator Maria Lopez, a member of the Republican leadership who is on the Senate Intelligence Committee, will "
     "introduce the bill.", {("Maria Lopez", "memberOf", "Senate Intelligence Committee"),
                             ("Maria Lopez", "memberOf", "Republican Party")}),
    ("Senator Maria Lopez is no longer on the Senate Judiciary Committee.", set()),
    ("Senator Maria Lopez was on the ballot in Ohio.", set()),
])
def test_whoever_is_on_a_named_committee_is_a_member(read, text, expected):
    found = {r for r in relations_without_polarity(read(text)) if r[1] == "memberOf" and r[2] != "Senate"}
    assert found == expected


@pytest.mark.parametrize("text, name", [
    ("In a six-page order, the three-judge-panel of the appeals court said the ban could not stand.", "three-judge-panel"),
    ("The commission said on Monday that it would vote on the plan.", "commission"),
])
def test_an_unnamed_panel_that_speaks_is_an_organisation(read, text, name):
    extraction = read(text)
    kinds = {r.key: r.kind for r in extraction.referents}
    speakers = {next(r.name for r in extraction.referents if r.key == s.speaker): kinds[s.speaker]
                for s in extraction.statements if s.speaker}
    assert speakers.get(name) is Kind.ORGANIZATION, speakers


def test_a_general_court_name_is_not_one_of_a_numbered_series(read):
    extraction = read("The U.S. Court of Appeals for the District of Columbia Circuit said the ban could not stand. "
                      "On Thursday the Richmond, Virginia-based 4th U.S. Circuit Court of Appeals said it was denying "
                      "the request.")
    groups = [r.names for r in extraction.referents if any("Court of Appeals" in n for n in r.names)]
    assert not [names for names in groups if "4th U.S. Circuit Court of Appeals" in names and len(names) > 1], groups


@pytest.mark.parametrize("text, expected", [
    ("Consumer advocates criticized the agency’s director, Maria Lopez, on Monday.",
     ("Consumer advocates", "criticizes", "Maria Lopez")),
    ("Activists urged Senator Maria Lopez to act.", ("Activists", "urges", "Maria Lopez")),
    ("Senator Maria Lopez told voters in Ohio that the plan would pass.", ("Maria Lopez", "communicatesWith", "voters")),
])
def test_a_plural_of_people_of_a_kind_is_a_group_that_acts(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    # the parser reads 'plan' as the object of 'said' and 'aimed' as a participle on it
    ("Demir has said his budget plan aimed to raise revenue and cut waste, with a goal of saving at least "
     "5 percent.", "his budget plan aimed to raise revenue and cut waste"),
])
def test_a_clause_the_parser_read_as_the_cues_object_is_what_was_said(read, text, expected):
    assert [s[1] for s in said(read(text))] == [expected]


@pytest.mark.parametrize("text, speaker", [
    ("Senator Maria Lopez signed a letter asking for a briefing. “The plan endangers the agency,” said the letter.",
     "Maria Lopez"),
    ("A memo filed by the Justice Department said the plan was legal.", "Justice Department"),
    ("In a letter from Senator Maria Lopez, the plan was criticized. The letter said the plan would fail.", "Maria Lopez"),
])
def test_a_document_speaks_for_whoever_wrote_signed_or_sent_it(read, text, speaker):
    assert [s[0] for s in said(read(text))] == [speaker]


def test_a_body_owned_by_a_name_is_named_after_the_surname(read):
    found = relations_without_polarity(read("Governor Maria Lopez was a supporter of Senator Jose Garcia’s campaign."))
    assert {("Maria Lopez", "supports", "Garcia campaign"), ("Jose Garcia", "leaderOf", "Garcia campaign")} <= found


def test_a_candidate_with_a_past_office_still_leads_the_campaign(read):
    extraction = read("Senator Jose Garcia, a former judge, spoke on Monday. His campaign denied the report.")
    assert [r.title for r in extraction.roles if r.title.endswith("leader")] == ["leader"]


@pytest.mark.parametrize("text, expected", [
    # a name set off after a title's 'for' phrase that names a person is the title's holder
    ("A lawyer for Jose Garcia Jr., Ali Demir, did not respond.", ("Ali Demir", "adviserTo", "Jose Garcia Jr.")),
    ("A spokesman for Senator Jose Garcia, Ali Demir, said the bill would pass.",
     ("Ali Demir", "spokespersonFor", "Jose Garcia")),
])
def test_a_name_after_a_titles_phrase_naming_a_person_holds_the_title(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_a_generation_mark_is_no_surname(read):
    extraction = read("Jose Garcia Jr. met the committee. A lawyer for Jose Garcia Jr. said he would testify.")
    names = {r.name for r in extraction.referents}
    assert "Jr. lawyer" not in names and "Garcia lawyer" in names


def test_an_acronym_may_leave_out_a_departments_first_words(read):
    extraction = read("Maria Lopez worked at the Department of Health and Human Services. HHS said on Monday it "
                      "would act.")
    groups = [r.names for r in extraction.referents if "HHS" in r.names]
    assert groups and "Department of Health and Human Services" in groups[0]


@pytest.mark.parametrize("text, expected", [
    ("The Senate Finance Committee met on Monday. Jose Garcia, the committee’s top Democrat, demanded more time.",
     {("Jose Garcia", "memberOf", "Senate Finance Committee")}),
    # the panel named last is another chamber's: a senator has no seat on it
    ("The House Intelligence Committee met on Monday. Senator Jose Garcia, the ranking Republican on the panel, "
     "said he was disappointed.", set()),
])
def test_a_partys_top_member_of_a_committee_named_before_sits_on_it(read, text, expected):
    found = {r for r in relations_without_polarity(read(text)) if r[1] == "memberOf" and "Committee" in r[2]}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("Republicans have been clamoring for more immigration enforcement.",
     ("Republican Party", "supports", "immigration enforcement")),
    ("Senator Maria Lopez also asked for a waiver to use the funds.", ("Maria Lopez", "supports", "waiver")),
    ("Jose Garcia argued for a tougher approach.", ("Jose Garcia", "supports", "approach")),
    ("Democrats will fight for the health law.", ("Democratic Party", "supports", "health law")),
    ("Senator Maria Lopez demanded an apology.", ("Maria Lopez", "supports", "apology")),
    ("Senator Maria Lopez unveiled legislation on Tuesday to fund the agency.",
     ("Maria Lopez", "supports", "legislation")),
    ("The National Rifle Association has been promoting the bill.",
     ("National Rifle Association", "supports", "bill")),
    ("Ali Demir is quietly pursuing direct diplomacy with the rebels.", ("Ali Demir", "supports", "diplomacy")),
])
def test_asking_fighting_and_arguing_for_a_thing_support_it(read, text, expected):
    assert expected in facts(read(text))


def test_an_actor_named_for_an_infinitive_acts_in_the_plan_and_is_not_its_object(read):
    found = facts(read("Jose Garcia backed a plan for the United States and Russia to jointly build "
                       "nuclear reactors in the Middle East."))
    assert not any(r[0] == "Jose Garcia" and r[2] in {"United States", "Russia"} for r in found)


def test_demanding_that_someone_act_urges_them_and_does_not_back_them(read):
    found = facts(read("In August, Senator Maria Lopez demanded Jose Garcia apologize for saying that."))
    assert ("Maria Lopez", "urges", "Jose Garcia") in found
    assert ("Maria Lopez", "supports", "Jose Garcia") not in found


def test_for_example_is_no_topic(read):
    found = facts(read("Jose Garcia has argued for example that the rates should fall."))
    assert not any(r[2] == "example" for r in found)


def test_a_surname_the_model_took_for_a_nationality_is_the_person_named_before(read):
    extraction = read("U.S. Defense Secretary Ann Mattis met Pakistan’s leaders on Monday. Mattis, on a one-day "
                      "visit to Pakistan, said the nation had made progress. In his discussion with Mattis, "
                      "Prime Minister Ali Demir said the two allies shared objectives.")
    assert ("Ali Demir", "communicatesWith", "Ann Mattis") in facts(extraction)
    assert "Mattis" not in {r.name for r in extraction.referents}


@pytest.mark.parametrize("text, expected", [
    ("The Sierra Club, one of the groups that sued Interior Secretary Jose Garcia, spoke on Tuesday.",
     ("Sierra Club", "sues", "Jose Garcia")),
    ("Senator Maria Lopez is one of the senators who voted for the bill.", ("Maria Lopez", "supports", "bill")),
])
def test_one_of_those_a_relative_clause_is_about_does_its_act(read, text, expected):
    assert expected in facts(read(text))


def test_a_reflexive_pronoun_is_its_clauses_subject(read):
    found = facts(read("The United States wants a dialogue between itself, Japan and India."))
    assert {("United States", "negotiatesWith", "Japan"), ("United States", "negotiatesWith", "India")} <= found


def test_rivals_are_each_others(read):
    found = facts(read("Jose Garcia did not stop in Pakistan, but visited its arch rival, India."))
    assert {("India", "opposesActor", "Pakistan"), ("Pakistan", "opposesActor", "India")} <= found


@pytest.mark.parametrize("text", [
    "Japanese Foreign Minister Taro Kono said he had discussed it with U.S. Secretary of State Ann Lee and "
    "Australian Foreign Minister Julie Bishop in August.",
    "Jose Garcia said he had met with U.S. Secretary of Commerce Ann Lee and Australian Trade Minister Julie "
    "Bishop in Manila.",
])
def test_two_titled_names_joined_by_and_are_both_objects_with_their_own_titles(read, text):
    extraction = read(text)
    found = facts(extraction)
    assert {r for r in found if r[2] == "Ann Lee"} and {r for r in found if r[2] == "Julie Bishop"}
    assert ("Julie Bishop", "officialOf", "Australia") in found
    assert ("Julie Bishop", "officialOf", "United States") not in found


def test_the_department_of_homeland_security_is_one_body_under_its_names(read):
    extraction = read("Acting Secretary of Homeland Security Ann Lee said on Friday she would stay. "
                      "DHS officials declined to comment.")
    assert ("Ann Lee", "officialOf", "Department of Homeland Security") in facts(extraction)
    assert not {"Homeland Security", "DHS"} & {r.name for r in extraction.referents}


def test_a_personal_role_owned_by_a_description_is_held_towards_the_person_it_names(read):
    found = facts(read("Jose Garcia met Senator Maria Lopez on Monday. Ali Demir, the senator's son-in-law, "
                       "attended the meeting."))
    assert ("Ali Demir", "relativeOf", "Maria Lopez") in found


def test_a_one_word_name_before_a_group_noun_names_a_group_not_a_person(read):
    extraction = read("Pakistan has been reluctant to act against groups such as the Afghan Taliban and the "
                      "Haqqani network.")
    kinds = {r.name: r.kind.value for r in extraction.referents}
    assert kinds.get("Haqqani") == "Organization"


@pytest.mark.parametrize("text, expected", [
    ("Senator Maria Lopez postponed a meeting with Jose Garcia.", ("Maria Lopez", "meets", "Jose Garcia", "hedged")),
    ("Senator Maria Lopez planned a trip to Spain.", ("Maria Lopez", "visits", "Spain", "hedged")),
    ("Officials are preparing a visit to China by Senator Maria Lopez in November.",
     ("Maria Lopez", "visits", "China", "hedged")),
])
def test_an_act_planned_prepared_or_put_off_is_hedged(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Jose Garcia met Spain’s civilian and military leaders on Monday and urged them to redouble their efforts.",
     ("Jose Garcia", "urges", "Spain")),
    ("Democrats have said they will insist on protections for Dreamers.", ("Democratic Party", "supports", "protection")),
])
def test_they_and_them_after_people_who_act_for_a_country_or_body_are_that_actor(read, text, expected):
    assert expected in facts(read(text))


def test_a_plural_inside_a_longer_name_is_no_antecedent_of_them(read):
    found = facts(read("After Ann Lee and Maria Lopez informed President Jose Garcia they would not attend, he left "
                       "name cards for Lee, the Senate leader, and Lopez, the top Democrat in the House of "
                       "Representatives. He also criticized them as the cameras rolled."))
    assert not any(r[1] == "criticizes" and r[2] == "House of Representatives" for r in found)


def test_an_office_listed_with_including_among_a_countrys_officials_is_that_countrys(read):
    found = facts(read("Officials say they have seen no change, despite visits by senior U.S. officials, including "
                       "Secretary of State Ann Lee and Defense Secretary Jose Garcia."))
    assert {("Ann Lee", "officialOf", "United States"), ("Jose Garcia", "officialOf", "United States")} <= found


@pytest.mark.parametrize("text", [
    "Jose Garcia and business partner Ali Demir failed to disclose their lobbying.",
    "Paul Manafort has three passports. Manafort and associate Ali Demir pose a significant flight risk because "
    "of their wealth.",
])
def test_a_tie_noun_before_a_name_joined_to_a_person_ties_the_two(read, text):
    found = facts(read(text))
    assert ({("Ali Demir", "cooperatesWith", "Jose Garcia"), ("Ali Demir", "cooperatesWith", "Paul Manafort")}
            & found)


def test_a_singular_tie_in_apposition_describes_only_the_name_it_follows(read):
    found = facts(read("These include Jose Garcia, a senior banker, and Ali Demir, a Putin associate who is "
                       "subject to sanctions."))
    assert ("Ali Demir", "cooperatesWith", "Vladimir Putin") in found or any(
        r[0] == "Ali Demir" and r[1] == "cooperatesWith" for r in found)
    assert not any(r[0] == "Jose Garcia" and r[1] == "cooperatesWith" for r in found)


def test_a_company_named_by_its_first_word_is_the_company_named_in_full(read):
    extraction = read("Acme Widgets Group Inc Chief Executive Ali Demir will visit China in November. "
                      "Acme said the trip would focus on trade.")
    names = {r.name for r in extraction.referents}
    assert "Acme Widgets Group Inc" in names and "Acme" not in names


def test_a_surname_alone_takes_the_first_name_before_it(read):
    extraction = read("“We will appeal the ruling,” said Micah Johnson, a spokeswoman for Senator Maria Lopez.")
    assert ("Micah Johnson", "spokespersonFor", "Maria Lopez") in facts(extraction)
    assert [s[0] for s in said(extraction)] == ["Micah Johnson"]


@pytest.mark.parametrize("text, holder, body", [
    ("The bill was reviewed by the Senate Finance Committee. “It is too early,” said Ali Demir, the committee’s "
     "Democratic chairman.", "Ali Demir", "Senate Finance Committee"),
    ("The Senate Finance Committee met on Tuesday. Ann Lee, the panel’s Republican chairwoman, praised the bill.",
     "Ann Lee", "Senate Finance Committee"),
])
def test_a_body_that_owns_the_title_comes_before_the_holders_party(read, text, holder, body):
    found = facts(read(text))
    assert (holder, "leaderOf", body) in found
    assert not any(r[0] == holder and r[1] == "leaderOf" and r[2].endswith("Party") for r in found)


@pytest.mark.parametrize("text, expected", [
    ("Senior officials criticized Senator Maria Lopez.", ("Senior officials", "criticizes", "Maria Lopez")),
    # 'they' after such people is them
    ("Opposition leaders said they wanted a recount.", ("Opposition leaders", "supports", "recount")),
])
def test_people_known_by_a_plural_title_with_modifiers_act(read, text, expected):
    extraction = read(text)
    assert expected in {(r[0], r[1], r[2]) for r in relations(extraction)}


def test_a_quantity_alone_describes_no_people(read):
    extraction = read("The senators did not say how many lawmakers were involved but confirmed a report that it "
                      "was under way.")
    assert "how many lawmakers" not in {r.name for r in extraction.referents}


def test_people_named_by_a_plural_title_leave_out_a_person_the_parser_hung_on_it(nlp):
    """'Ali Demir and senior cabinet officials', with the name and 'and' hung on 'officials' as the parser
    reads some such sentences: the group is the officials."""
    text = "Ali Demir and senior cabinet officials met with Senator Maria Lopez on Thursday."

    def arcs(words, _):
        officials = words.index("officials")
        return {words.index("Demir"): (officials, "amod"), words.index("and"): (words.index("Demir"), "cc"),
                officials: (words.index("met"), "nsubj")}

    names = {r.name for r in reparsed(nlp, text, arcs).referents}
    assert "senior cabinet officials" in names
    assert not any(name.startswith("Ali Demir and") for name in names)


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir blamed the trade deal for job losses.", ("Ali Demir", "criticizes", "trade deal")),
    ("Ali Demir, who has accused the media of joining the effort, spoke on Monday.",
     ("Ali Demir", "criticizes", "media")),
])
def test_accusing_or_blaming_a_thing_criticises_it(read, text, expected):
    assert expected in facts(read(text))


def test_a_countrys_mission_is_a_body_that_speaks_for_it_wherever_seated(read):
    extraction = read("“The sanctions are unjust,” the Iranian mission to the United Nations in Geneva said in a "
                      "statement. “They should end,” the Iranian mission said on Friday.")
    speakers = {s[0] for s in said(extraction)}
    assert speakers == {"Iranian Mission in Geneva"}
    kinds = {r.name: r.kind for r in extraction.referents}
    assert kinds["Iranian Mission in Geneva"] is Kind.ORGANIZATION


def test_a_country_owns_an_organ_before_an_organisation_named_beside_it(read):
    found = facts(read("Ali Demir also phoned the U.N. missions of Uruguay and Malaysia."))
    assert ("Ali Demir", "communicatesWith", "Uruguay") in found
    assert ("Ali Demir", "communicatesWith", "United Nations") not in found


@pytest.mark.parametrize("text, speaker", [
    # a participle right after the verb's object, no comma between: the object says it
    ("Iran’s response follows a U.N. expert last month saying the sanctions may be hurting the economy.",
     "U.N. expert"),
    # with a comma, the subject does
    ("Ali Demir criticized Jose Garcia, saying the plan would fail.", "Ali Demir"),
])
def test_who_a_participle_after_an_object_quotes(read, text, speaker):
    assert [s[0] for s in said(read(text))] == [speaker]


def test_according_to_a_document_named_before_is_its_author(read):
    extraction = read("The ministry revealed the figures in a report on Tuesday. The bulk of the spending has been "
                      "on salaries, according to the report.")
    assert ("ministry", "The bulk of the spending has been on salaries", False) in said(extraction)


@pytest.mark.parametrize("text, expected", [
    # wanting the end of a thing rejects it; opposing the end backs it
    ("Spain called on Friday for a halt to the sanctions.", ("Spain", "rejects", "sanctions")),
    ("Ali Demir called for an end to the blockade.", ("Ali Demir", "rejects", "blockade")),
    ("Ali Demir opposed the lifting of sanctions on Iran.", ("Ali Demir", "supports", "sanctions")),
    ("Spain called on Friday for a halt to what it called “brutal sanctions”, saying they were cruel.",
     ("Spain", "rejects", "sanctions")),
])
def test_a_stance_on_ending_a_thing_is_a_stance_on_the_thing(read, text, expected):
    found = facts(read(text))
    assert expected in found
    assert not any(r[2] in {"halt", "end", "lifting"} for r in found)


def test_a_trip_to_a_region_including_places_visits_them(read):
    found = facts(read("Jose Garcia sets off on a trip to Asia - including China, South Korea and Japan - looking "
                       "for help."))
    assert {("Jose Garcia", "visits", "Asia"), ("Jose Garcia", "visits", "China"),
            ("Jose Garcia", "visits", "South Korea")} <= found


@pytest.mark.parametrize("text", [
    "Senator Ann Lee called Jose Garcia's spending reasonable.",
    # the adjective in quotes, parsed as set after the noun
    "Senator Ann Lee issued a statement calling Jose Garcia's spending “entirely reasonable.”",
])
def test_calling_a_deed_reasonable_praises_its_author(read, text):
    assert ("Ann Lee", "praises", "Jose Garcia") in facts(read(text))


def test_whether_there_was_an_act_leaves_it_open(read):
    found = relations(read("The panels investigate whether there was collusion between Senator Ann Lee's campaign "
                           "and Spain."))
    assert ("Lee campaign", "cooperatesWith", "Spain", "hedged") in found
    assert ("Spain", "negotiatesWith", "France", "asserted") in relations(read(
        "There were talks between Spain and France last week."))


@pytest.mark.parametrize("text, name", [
    ("Ali Demir, who founded the private military contractor Blackwater, testified on Thursday.", "Blackwater"),
    ("Ali Demir attacked the firm Fusion GPS over the dossier.", "Fusion GPS"),
    ("The company Acme said it would appeal.", "Acme"),
])
def test_a_name_right_after_a_noun_for_an_organisation_is_one(read, text, name):
    kinds = {r.name: r.kind for r in read(text).referents}
    assert kinds.get(name) is Kind.ORGANIZATION


def test_a_country_before_a_title_beats_the_country_it_is_held_in(read):
    found = facts(read("“We have not seen those changes,” said General Ali Demir, the top U.S. general in "
                       "Afghanistan."))
    assert ("Ali Demir", "officialOf", "United States") in found
    assert ("Ali Demir", "officialOf", "Afghanistan") not in found


@pytest.mark.parametrize("text", [
    "Ali Demir sought help from Jose Garcia.",
    "Ali Demir demanded an apology from Jose Garcia.",
])
def test_seeking_something_from_an_actor_asks_it(read, text):
    assert ("Ali Demir", "urges", "Jose Garcia") in facts(read(text))


def test_a_verbs_preposition_on_a_cue_noun_that_takes_none_such_is_the_verbs(read):
    assert ("Ali Demir", "communicatesWith", "Jose Garcia") in facts(read(
        "Ali Demir had discussed U.S. sanctions on Russia with Jose Garcia."))
    # a 'for' after an object is the object's
    assert not facts(read("The New York Times and other media called the race for Jose Garcia."))


def test_each_deed_of_a_list_stands_for_its_author(read):
    found = facts(read("“President Jose Garcia's attendance and his hurtful policies are an insult to the people,” "
                       "Ann Lee said."))
    assert ("Ann Lee", "criticizes", "Jose Garcia") in found
    assert not {r for r in found if r[2] in {"attendance", "policy"}}


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee stayed away in protest of Jose Garcia's policies.", ("Ann Lee", "opposesActor", "Jose Garcia")),
    ("The NAACP also took issue with Jose Garcia's attendance.", ("NAACP", "criticizes", "Jose Garcia")),
    ("Ben Lee ran against Jose Garcia in the 2016 Republican primary.", ("Ben Lee", "opposesActor", "Jose Garcia")),
    ("Ann Lee, a Democrat who marched with Martin Luther King Jr. in the 1960s, spoke.",
     ("Ann Lee", "cooperatesWith", "Martin Luther King Jr.")),
    ("The White House called Ann Lee's decision unfortunate.", ("White House", "criticizes", "Ann Lee")),
    # 'issue' is a cue only after a light verb: discussing the issue with someone talks with them
    ("Ali Demir said he had discussed the issue of bias with Jose Garcia.",
     ("Ali Demir", "communicatesWith", "Jose Garcia")),
])
def test_protest_issue_race_march_and_regret(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Spain requested China's assistance.", ("Spain", "urges", "China")),
    ("Ali Demir asked for Jose Garcia's support.", ("Ali Demir", "urges", "Jose Garcia")),
])
def test_asking_for_an_actors_help_asks_the_actor(read, text, expected):
    found = facts(read(text))
    assert expected in found
    assert not {r for r in found if r[2] in {"assistance", "support"}}


def test_a_campaign_team_is_the_campaign(read):
    found = facts(read("Jose Garcia's campaign team met Ali Demir."))
    assert ("Garcia campaign", "meets", "Ali Demir") in found


def test_giving_a_briefing_for_a_body_speaks_to_it(read):
    found = facts(read("Two top Department of Defense officials, Ali Demir and Jose Garcia, conducted a closed "
                       "briefing on the ambush for members of the Senate Armed Services Committee."))
    assert {("Ali Demir", "communicatesWith", "Senate Armed Services Committee"),
            ("Jose Garcia", "communicatesWith", "Senate Armed Services Committee")} <= found


def test_a_counted_party_plural_is_the_people_the_next_sentence_names(read):
    found = facts(read("Two U.S. House Democrats on Monday asked Ali Demir to investigate the deal. "
                       "Representatives Ann Lee and Jose Garcia cited several decisions."))
    assert {("Ann Lee", "urges", "Ali Demir"), ("Jose Garcia", "urges", "Ali Demir")} <= found


def test_a_titled_person_after_a_noun_for_an_organisation_stays_a_person(read):
    kinds = {r.name: r.kind for r in read("The agency Director Christopher Wray spoke on Monday.").referents}
    assert kinds.get("Christopher Wray") is Kind.PERSON


@pytest.mark.parametrize("text, fused, expected", [
    # two surnames of people the article names in full: the two people
    ("Paul Farnsworth hired Ruth Greene. Farnsworth and Greene reached an agreement.", (6, 9),
     [("Paul Farnsworth", Kind.PERSON), ("Ruth Greene", Kind.PERSON), ("Farnsworth", Kind.PERSON),
      ("Greene", Kind.PERSON)]),
    # a firm whose words are no one's surname here stays one organisation
    ("Paul Farnsworth praised Procter and Gamble.", (3, 6),
     [("Paul Farnsworth", Kind.PERSON), ("Procter and Gamble", Kind.ORGANIZATION)]),
])
def test_two_people_the_model_tagged_as_one_name_are_two(nlp, text, fused, expected):
    from spacy.tokens import Span

    from graphbuild.extract.entities import mentions
    from graphbuild.knowledge import load

    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), *([Span(doc, 3, 5, label="PERSON")] if fused[0] > 5 else []),
                Span(doc, *fused, label="ORG")]      # 'Farenthold and Greene', as the model sometimes tags it
    assert [(m.text, m.kind) for m in mentions(doc, load())] == expected


def test_a_word_of_rank_before_a_party_word_is_no_name(read):
    extraction = read("“This must continue,” House Judiciary Committee Ranking Democrat Ali Demir said.")
    assert "Ranking Democrat" not in {r.name for r in extraction.referents}
    assert ("Ali Demir", "memberOf", "Democratic Party") in facts(extraction)
    assert "Social Democrats" in {r.name for r in read("Germany's Social Democrats won the vote.").referents}


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee praised Jose Garcia, with whom she has discussed the issue three times.",
     ("Ann Lee", "communicatesWith", "Jose Garcia")),
    ("Ann Lee, with whom Jose Garcia has clashed, won the vote.", ("Jose Garcia", "opposesActor", "Ann Lee")),
    ("Ann Lee thanked the foreign minister, Jose Garcia, with whom she met on Monday.",
     ("Ann Lee", "meets", "Jose Garcia")),
])
def test_a_relative_pronoun_after_a_preposition_is_the_noun_the_clause_is_on(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("U.S. President Ali Demir met Ann Lee. The plan was put in place under former Democratic President Jose "
     "Garcia.", "United States"),
    # two countries' presidents: the past one's country is open
    ("U.S. President Ali Demir met Chinese President Ann Lee. The plan dates from former President Jose Garcia.",
     None),
    # a past holder the article ties to another country keeps it
    ("U.S. President Ali Demir met Ann Lee. Georgian former President Jose Garcia objected.", "Georgia"),
])
def test_a_past_holder_of_an_office_with_no_country_held_the_one_the_article_gives(read, text, expected):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert [names.get(r.organization) for r in extraction.roles if names[r.holder] == "Jose Garcia"
            and "president" in r.title] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee said on Friday that Jose Garcia should resign.", ("Ann Lee", "urges", "Jose Garcia", "asserted")),
    ("Ann Lee said that Jose Garcia should resign if the accusations are proven.",
     ("Ann Lee", "urges", "Jose Garcia", "hedged")),
    ("“If these claims are true, Jose Garcia should step aside,” Ann Lee said.",
     ("Ann Lee", "urges", "Jose Garcia", "hedged")),
    # the spokeswoman quotes what the president said: his urging, not hers
    ("President Ali Demir spoke on Monday. “The president said in his statement that if the allegations are true, "
     "then Jose Garcia should step aside,” Ann Lee told reporters.", ("Ali Demir", "urges", "Jose Garcia", "hedged")),
    ("Ann Lee said Congress needed to pass an appropriations bill.", ("Ann Lee", "urges", "Congress", "asserted")),
    ("“Spain has to do more,” Ann Lee said.", ("Ann Lee", "urges", "Spain", "asserted")),
])
def test_saying_that_another_actor_should_act_urges_it_and_a_condition_hedges_it(read, text, expected):
    found = relations(read(text))
    assert expected in found
    assert not {r for r in found if r[1] == "urges" and r[0] == "Ann Lee" and expected[0] != "Ann Lee"}


def test_brokering_a_deal_with_an_actor_negotiates_with_it(read):
    assert ("Ann Lee", "negotiatesWith", "Jose Garcia") in facts(read(
        "The deal that Ann Lee brokered with Jose Garcia includes tax cuts."))


def test_a_county_is_a_place_and_a_coroner_serves_it(read):
    extraction = read("Bullitt County Coroner Ali Demir said the death was a suicide.")
    kinds = {r.name: r.kind for r in extraction.referents}
    assert kinds.get("Bullitt County") is Kind.PLACE and kinds.get("Ali Demir") is Kind.PERSON
    assert ("Ali Demir", "officialOf", "Bullitt County") in facts(extraction)
    assert ("Ali Demir", "the death was a suicide") in [(s, t) for s, t, _ in said(extraction)]


def test_a_professor_is_a_member_of_the_university_named_before_the_title(read):
    assert ("Ali Demir", "memberOf", "Carnegie Mellon University") in facts(read(
        "Carnegie Mellon University Professor Ali Demir spoke on Monday."))


@pytest.mark.parametrize("text, expected", [
    ("The decision by Ali Demir met sharp criticism from Congress on Monday.", ("Congress", "criticizes", "Ali Demir")),
    ("The decision by Ali Demir sparked criticism from Jose Garcia.", ("Jose Garcia", "criticizes", "Ali Demir")),
    ("The move by Spain prompted concern from France.", ("France", "criticizes", "Spain")),
    ("Ali Demir's remarks provoked condemnation from Jose Garcia.", ("Jose Garcia", "criticizes", "Ali Demir")),
])
def test_meeting_or_sparking_criticism_from_an_actor_is_being_criticised_by_it(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("The report said the Syrian government of Ali Demir was to blame.", ("Ali Demir", "leaderOf", "Syria")),
    ("The Spanish government under Jose Garcia rejected the plan.", ("Jose Garcia", "leaderOf", "Spain")),
    # a government named for a person the article has lead a country is that country
    ("Spanish Prime Minister Jose Garcia spoke on Monday. Ali Demir criticized Garcia's government.",
     ("Ali Demir", "criticizes", "Spain")),
])
def test_a_countrys_government_of_a_person_is_led_by_that_person(read, text, expected):
    assert expected in facts(read(text))


def test_a_former_leader_named_with_the_government_led_it_before(read):
    extraction = read("Ali Demir worked for the government of Ukraine's former President Jose Garcia.")
    names = {r.key: r.name for r in extraction.referents}
    assert {(r.title, names.get(r.organization)) for r in extraction.roles if names[r.holder] == "Jose Garcia"} \
        >= {("former leader", "Ukraine")}


@pytest.mark.parametrize("text, speaker, relation", [
    ("The U.S. draft says Syria must not develop chemical weapons.", "United States",
     ("United States", "urges", "Syria")),
    ("A Russian draft resolution calls for a six-month extension of the inquiry.", "Russia", None),
    ("The Senate resolution condemns Spain.", None, ("Senate", "criticizes", "Spain")),
])
def test_a_document_named_by_its_maker_speaks_and_acts_as_the_maker(read, text, speaker, relation):
    extraction = read(text)
    if speaker:
        assert [s for s, _, _ in said(extraction)] == [speaker]
    if relation:
        assert relation in facts(extraction)
    assert not any("draft" in r.name or "resolution" in r.name for r in extraction.referents
                   if r.kind is not Kind.TOPIC)


@pytest.mark.parametrize("text, absent", [
    ("The Syria resolution condemns Ali Demir.", ("Syria", "criticizes", "Ali Demir")),   # what it is about
    ("Egypt submits a United Nations Security Council resolution demanding an end to settlement building.",
     ("United Nations Security Council", "rejects", "settlement building")),            # its author is named
])
def test_a_document_is_not_its_subjects_nor_the_bodys_its_author_brought_to(read, text, absent):
    assert absent not in facts(read(text))


def test_a_document_of_a_part_of_a_country_is_not_the_countrys_word(read):
    speakers = [s for s, _, _ in said(read("A U.S. intelligence report concluded that Russia sought to tilt the "
                                           "election."))]
    assert speakers and "United States" not in speakers


@pytest.mark.parametrize("text", [
    "Ali Demir has resisted calls from Democrats for him to step down.",
    "Democrats renewed their calls for Ali Demir to resign.",
])
def test_calls_for_an_actor_to_act_urge_it_whoever_makes_them(read, text):
    assert ("Democratic Party", "urges", "Ali Demir") in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir lobbied on Spain's behalf.", ("Ali Demir", "helps", "Spain")),
    ("The FDA's decisions benefited Acme Corp.", ("FDA", "helps", "Acme Corp.")),
])
def test_acting_on_an_actors_behalf_or_benefiting_it_helps_it(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("“It is bad,” said Ann Lee, with the Brookings Institution.", {("Ann Lee", "memberOf", "Brookings Institution")}),
    ("Ann Lee, with the Heritage Foundation, said the plan was bad.",
     {("Ann Lee", "memberOf", "Heritage Foundation")}),
    ("Ali Demir met Ann Lee, with the FBI watching.", set()),
])
def test_an_organisation_after_a_persons_comma_and_with_is_where_they_work(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "memberOf"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 74 lawmakers signed a letter that urged Ali Demir to act.", set()),
    ("She signed the email, “Ann Lee, Acting Director.”", set()),
    ("A separate letter was signed by Ali Demir and Jose Garcia.", set()),
    ("Ali Demir signed the bill.", {("Ali Demir", "supports", "bill")}),
])
def test_signing_or_sending_a_message_takes_no_stance_on_it(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "supports"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia rejected the conclusions by the CIA.", {("Russia", "rejects", "CIA")}),
    # a 'by' that names no actor leaves the thing itself
    ("Ali Demir rejected the conclusions by Tuesday.", {("Ali Demir", "rejects", "conclusion")}),
])
def test_a_by_phrase_the_parser_hung_on_the_verb_names_the_objects_maker(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "rejects"} == expected


def test_a_name_set_after_a_noun_for_an_organisation_and_a_comma_is_one(read):
    extraction = read("The campaign hired Jose Garcia and the company, Cambridge Analytica, in June 2016. "
                      "Spokesmen for Cambridge Analytica did not respond.")
    kinds = {r.name: r.kind for r in extraction.referents}
    assert kinds.get("Cambridge Analytica") is Kind.ORGANIZATION
    assert "Cambridge" not in kinds and "Analytica" not in kinds


@pytest.mark.parametrize("text, expected", [
    ("The Demir campaign hired Jose Garcia and the company, Acme Analytics, in June.",
     {("Demir campaign", "cooperatesWith", "Jose Garcia"), ("Demir campaign", "cooperatesWith", "Acme Analytics")}),
    ("Jose Garcia was hired by the Demir campaign in 2016.", {("Demir campaign", "cooperatesWith", "Jose Garcia")}),
    ("Ali Demir hired a lawyer.", set()),
    ("The Justice Department plans to hire 60 more judges.", set()),
])
def test_hiring_an_actor_works_with_it(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "cooperatesWith"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir voted for neither Jose Garcia nor Ann Lee.",
     {("Ali Demir", "supports", "Jose Garcia", "negated"), ("Ali Demir", "supports", "Ann Lee", "negated")}),
    ("Neither Ali Demir nor Jose Garcia voted for Ann Lee.",
     {("Ali Demir", "supports", "Ann Lee", "negated"), ("Jose Garcia", "supports", "Ann Lee", "negated")}),
    # a 'neither' that is no part of the act's actors leaves it asserted
    ("Ali Demir supports Ann Lee, neither the first nor the last to do so.",
     {("Ali Demir", "supports", "Ann Lee", "asserted")}),
])
def test_neither_before_the_objects_or_subjects_negates_the_act_for_each(read, text, expected):
    assert {f for f in relations(read(text)) if f[1] == "supports"} == expected


@pytest.mark.parametrize("text", [
    "Ali Demir, the Armed Services Committee's Republican chairman, said the bill was good.",
    "The Armed Services Committee met. Ali Demir, the committee's Republican chairman, said the bill was good.",
])
def test_a_named_body_that_owns_a_title_comes_before_the_holders_party(read, text):
    assert {f for f in facts(read(text)) if f[0] == "Ali Demir"} == {
        ("Ali Demir", "leaderOf", "Armed Services Committee"), ("Ali Demir", "memberOf", "Republican Party")}


@pytest.mark.parametrize("text, expected", [
    ("Voters were asked to approve or reject a plan to expand the program.",
     {("Voters", "rejects", "plan", "hedged"), ("Voters", "supports", "plan", "hedged")}),
    ("Ali Demir will meet Jose Garcia and criticize Ann Lee.",
     {("Ali Demir", "meets", "Jose Garcia", "hedged"), ("Ali Demir", "criticizes", "Ann Lee", "hedged")}),
    ("Ali Demir met Jose Garcia and criticized Ann Lee.",
     {("Ali Demir", "meets", "Jose Garcia", "asserted"), ("Ali Demir", "criticizes", "Ann Lee", "asserted")}),
])
def test_a_verb_joined_to_a_hedged_one_without_a_subject_of_its_own_is_hedged_too(read, text, expected):
    assert relations(read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir and his son Kemal Demir spoke. The younger Demir praised Jose Garcia. The elder Demir criticized Ann Lee.",
     {("Kemal Demir", "praises", "Jose Garcia"), ("Ali Demir", "criticizes", "Ann Lee")}),
    ("Ali Demir Jr. met the panel. His father, Ali Demir, spoke later. The younger Demir praised Jose Garcia.",
     {("Ali Demir Jr.", "praises", "Jose Garcia")}),
    # no younger one named: the surname goes to the most mentioned, as without the word
    ("Ali Demir and Kemal Demir spoke. Ali Demir left. The younger Demir praised Jose Garcia.",
     {("Ali Demir", "praises", "Jose Garcia")}),
])
def test_an_age_word_before_a_surname_picks_the_younger_or_elder_of_two_people_of_that_name(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] in {"praises", "criticizes"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("The Maine Senate voted on Monday. U.S. Senator Maria Lopez said she was surprised.", "Senate"),
    ("The Maine Senate voted on Monday. Senator Maria Lopez said she was surprised.", "Maine Senate"),
])
def test_a_members_title_after_its_bodys_country_is_that_bodys_whatever_else_the_article_names(read, text, expected):
    assert {f[2] for f in facts(read(text)) if f[:2] == ("Maria Lopez", "memberOf")} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee runs the consultancy Acme Group.", {("Ann Lee", "leaderOf", "Acme Group")}),
    ("Maria Lopez, the owner of Acme Group, said sales fell.", {("Maria Lopez", "leaderOf", "Acme Group")}),
    ("Acme Group's owner, Maria Lopez, said sales fell.", {("Maria Lopez", "leaderOf", "Acme Group")}),
])
def test_running_or_owning_a_business_leads_it(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "leaderOf"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir has advised Jose Garcia on trade policy.", {("Ali Demir", "adviserTo", "Jose Garcia")}),
    # telling and urging are no adviser's post
    ("Ali Demir advised Jose Garcia in May that Ann Lee wanted a meeting.", set()),
    ("Ali Demir advised Jose Garcia to resign.", set()),
])
def test_advising_an_actor_is_its_adviser_unless_it_tells_or_urges(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "adviserTo"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir has never been to Spain.", {("Ali Demir", "visits", "Spain", "negated")}),
    ("Ali Demir had been to Cuba before.", {("Ali Demir", "visits", "Cuba", "asserted")}),
    ("Ali Demir's loyalty is to Spain.", set()),
])
def test_having_been_to_a_place_visited_it(read, text, expected):
    assert {f for f in relations(read(text)) if f[1] == "visits"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The bill is a compromise reached by House and Senate negotiators.",
     {("House of Representatives", "negotiatesWith", "Senate")}),
    ("U.S. and Chinese negotiators met in Geneva.", {("United States", "negotiatesWith", "China")}),
    ("U.S. negotiators met in Geneva.", set()),
])
def test_negotiators_of_two_actors_named_before_the_noun_negotiate_with_each_other(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "negotiatesWith"} == expected


@pytest.mark.parametrize("text", [
    "“Spain did not need to act,” Ann Lee said.",
    "“Spain will have to decide,” Ann Lee said.",
    "“Spain needs to be punished,” Ann Lee said.",
])
def test_no_need_a_forecast_or_a_passive_urges_no_one(read, text):
    assert not {f for f in relations(read(text)) if f[1] == "urges"}


def test_a_person_noun_with_a_phrase_that_tells_who_it_is_is_no_one_named_before(read):
    extraction = read("Ali Demir did not vote for Jose Garcia last year, says the author of a new book.")
    assert [speaker for speaker, _, _ in said(extraction)] == ["author"]


def test_he_said_after_a_speaker_is_the_speaker_not_a_subject_of_what_was_said(read):
    extraction = read("Officials had no warning that Jose Garcia was issuing the ban, Ali Demir said. "
                      "Still, officers “tried in good faith to obey court orders,” he said.")
    assert [speaker for speaker, _, _ in said(extraction)] == ["Ali Demir", "Ali Demir"]


def test_a_party_word_beside_an_unnamed_official_is_that_official_not_the_party(read):
    extraction = read("The state's attorney general, a Democrat, said the law was unfair.")
    names = {r.key: r.name for r in extraction.referents}
    assert [speaker for speaker, _, _ in said(extraction)] == ["state's attorney general"]
    assert {(names[r.subject], r.predicate) for r in extraction.relations} == {("state's attorney general", "criticizes")}


def test_counted_organisations_are_the_ones_named_next_and_so_are_they_later(read):
    extraction = read("Ali Demir removed an investigator from his team, two U.S. newspapers reported on Saturday. "
                      "The New York Times and the Washington Post identified the investigator as Jose Garcia. "
                      "He was reassigned last summer, the papers said.")
    assert [speaker for speaker, _, _ in said(extraction)] == ["New York Times", "New York Times"]


def test_a_faith_before_one_members_party_word_names_no_other_party(read):
    extraction = read("Ali Demir, the conservative Christian Republican whose campaign was hurt, said he would fight on.")
    assert ("Ali Demir", "memberOf", "Republican Party") in facts(extraction)
    assert "Christian Republican" not in {r.name for r in extraction.referents}


@pytest.mark.parametrize("text, expected", [
    ("The White House condemned missile attacks by Hamas militants on Israel.",
     {("White House", "criticizes", "Hamas"), ("Hamas", "attacks", "Israel")}),
    ("The White House condemned Spain's annexation of the islands.", {("White House", "criticizes", "Spain")}),
    # 'of' names the target of a hostile act, not its doer
    ("The White House condemned the invasion of Ukraine.", {("White House", "criticizes", "invasion")}),
])
def test_condemning_a_hostile_act_criticises_its_doer(read, text, expected):
    assert facts(read(text)) == expected


def test_the_department_of_defense_is_the_pentagon(read):
    extraction = read("The Department of Defense said the plan was good. The Pentagon later criticized Spain.")
    assert [r.name for r in extraction.referents if r.kind is Kind.ORGANIZATION] == ["Pentagon"]


@pytest.mark.parametrize("text, expected", [
    ("Kentucky Governor Ali Demir mourned KY Representative Jose Garcia on Monday.", {"Kentucky"}),
    # no state named: the code is left as it is
    ("KY Representative Jose Garcia died on Monday.", set()),
])
def test_a_states_code_is_the_state_the_article_names(read, text, expected):
    extraction = read(text)
    assert {r.name for r in extraction.referents if r.kind is Kind.PLACE} == expected
    assert "KY" not in {r.name for r in extraction.referents}


def test_a_name_before_a_comma_and_a_state_is_a_town_and_the_description_is_the_person_named(read):
    extraction = read("U.S. Representative Ali Demir said he would resign. "
                      "The Corpus Christi, Texas, congressman said he was sorry.")
    kinds = {r.name: r.kind for r in extraction.referents}
    assert kinds.get("Corpus Christi") is Kind.PLACE
    assert [speaker for speaker, _, _ in said(extraction)] == ["Ali Demir", "Ali Demir"]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir called and congratulated Jose Garcia.",
     {("Ali Demir", "communicatesWith", "Jose Garcia"), ("Ali Demir", "praises", "Jose Garcia")}),
    ("Ali Demir met and praised Jose Garcia.", {("Ali Demir", "meets", "Jose Garcia"), ("Ali Demir", "praises", "Jose Garcia")}),
    # a verb with an object of its own keeps it
    ("Ali Demir criticized the plan and praised Jose Garcia.",
     {("Ali Demir", "criticizes", "plan"), ("Ali Demir", "praises", "Jose Garcia")}),
])
def test_a_verb_without_an_object_shares_the_next_joined_verbs(read, text, expected):
    assert facts(read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Republicans have repeatedly failed to repeal the law.", ("Republican Party", "rejects", "law", "negated")),
    ("Ali Demir failed to win the support of Jose Garcia.", ("Jose Garcia", "supports", "Ali Demir", "negated")),
])
def test_failing_to_act_negates_the_act(read, text, expected):
    assert relations(read(text)) == {expected}


@pytest.mark.parametrize("dateline, expected", [
    ("Washington", {("Ali Demir", "leaderOf", "House of Representatives")}),
    ("London", set()),
])
def test_a_speaker_leads_the_house_in_a_story_from_its_country_only(nlp, dateline, expected):
    extraction = _datelined(nlp, dateline, "Speaker Ali Demir said the bill would pass.")
    assert facts(extraction) == expected


def test_a_name_the_parser_set_beside_another_takes_no_party_from_before_that_name(read):
    # the parser sets the second leader beside the first (with these names, as in the corpus)
    extraction = read("Ann Lee thanked Senate Republican leader Mitch McConnell and Senate Democratic leader Chuck Schumer.")
    assert ("Chuck Schumer", "memberOf", "Republican Party") not in facts(extraction)
    assert ("Chuck Schumer", "leaderOf", "Democratic Party") in facts(extraction)


@pytest.mark.parametrize("text", [
    "Spain has supplied weapons to the Kurds.",
    "Spain's supply of weapons to the Kurds angered Turkey.",
])
def test_supplying_an_actor_helps_it(read, text):
    assert ("Spain", "helps", "Kurds") in facts(read(text))


def test_calling_upon_an_actor_to_act_urges_it_as_calling_on_does(read):
    extraction = read("The White House called upon Spain to release the prisoners.")
    assert ("White House", "urges", "Spain") in facts(extraction)
    assert [speaker for speaker, _, _ in said(extraction)] == ["White House"]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir opposed raising the debt ceiling.", {("Ali Demir", "rejects", "raising debt ceiling", "asserted")}),
    ("Ali Demir does not support raising taxes, cutting services or closing schools.",
     {("Ali Demir", "supports", "raising taxes", "negated"), ("Ali Demir", "supports", "cutting services", "negated")}),
    # an act between actors is a relation of its own, no topic
    ("Ali Demir denied meeting Jose Garcia.", {("Ali Demir", "meets", "Jose Garcia", "negated")}),
])
def test_a_gerund_a_stance_verb_takes_is_its_topic(read, text, expected):
    assert relations(read(text)) == expected


def test_a_name_the_parser_made_the_sentences_root_keeps_its_title(read):
    # the parser reads the name as the root and the verb as a clause on it
    extraction = read("Alabama Democrat Ann Lee, who won a bitter fight, on Thursday called on his opponent to concede.")
    assert ("Ann Lee", "memberOf", "Democratic Party") in facts(extraction)


@pytest.mark.parametrize("text, expected", [
    ("Republicans said Ali Demir never told Congress about the case during his tenure as director of the FBI.",
     ("Ali Demir", "leaderOf", "FBI")),
    ("Maria Lopez said her time as governor of Ohio was hard.", ("Maria Lopez", "leaderOf", "Ohio")),
])
def test_a_post_after_a_noun_for_the_time_it_was_held_is_the_possessors(read, text, expected):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert expected in {(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations}


@pytest.mark.parametrize("text", [
    "Ali Demir had a lead of 1.5 percentage points over Jose Garcia.",
    "Ali Demir holds a narrow lead over Jose Garcia in the polls.",
])
def test_a_lead_over_a_rival_opposes_the_rival(read, text):
    assert ("Ali Demir", "opposesActor", "Jose Garcia") in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir pressured Spain into signing the deal.",
     {("Ali Demir", "undermines", "Spain", "asserted"), ("Spain", "supports", "deal", "asserted")}),
    # the pressure was applied; only its aim failed
    ("Ali Demir failed to pressure Spain into signing the deal.",
     {("Ali Demir", "undermines", "Spain", "asserted"), ("Spain", "supports", "deal", "negated")}),
])
def test_the_one_pushed_into_an_act_does_it_and_a_failed_aim_negates_only_the_act(read, text, expected):
    assert relations(read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The company said sales fell. “It was a hard year,” spokeswoman Ann Lee said.", {("Ann Lee", "spokespersonFor", "company")}),
    # a person's statement before gives no owner
    ("Ali Demir said sales fell. “It was a hard year,” spokeswoman Ann Lee said.", set()),
])
def test_a_spokesperson_with_no_owner_speaks_for_the_organisation_quoted_just_before(read, text, expected):
    assert {f for f in facts(read(text)) if f[1] == "spokespersonFor"} == expected


def test_a_numeral_ordinal_is_part_of_a_numbered_bodys_name(read):
    # the model tags '4th' apart; two circuits are two courts, and '9th Circuit' is the one named in full
    extraction = read("The 9th U.S. Circuit Court of Appeals ruled against the rule on Monday. Ann Lee spoke at the "
                      "4th U.S. Circuit Court of Appeals hearing. The 9th Circuit said its ruling was final.")
    names = [set(r.names) for r in extraction.referents if r.kind is Kind.ORGANIZATION]
    assert any({"9th U.S. Circuit Court of Appeals", "9th Circuit"} <= n for n in names), names
    assert any("4th U.S. Circuit Court of Appeals" in n and "9th Circuit" not in n for n in names), names


@pytest.mark.parametrize("text, name", [
    ("Its 2nd NATO summit was held in Brussels.", "NATO"),
    ("The 2nd Senate Intelligence Committee hearing was on Monday.", "Senate Intelligence Committee"),
])
def test_an_ordinal_on_the_noun_an_organisation_modifies_stays_outside_its_name(read, text, name):
    names = {r.name for r in read(text).referents}
    assert name in names and "2nd " + name not in names


def test_a_defeat_of_a_rival_opposes_the_rival(read):
    assert ("Jose Garcia", "opposesActor", "Ali Demir") in relations_without_polarity(
        read("Jose Garcia's defeat of Republican candidate Ali Demir surprised the party."))


_POSTS = ("The following statements were posted to the verified Twitter account of Mayor Ann Lee, @annlee. The "
          "opinions expressed are her own.  @annlee : - We will support the new stadium! Jose Garcia is wrong. "
          "[0632 EST] - (link: example.com/p/x1) [0700 EST] - Vote today! [0915 EST] -- Source link: (bit.ly/x)")


def test_posts_introduced_as_a_persons_are_each_sentence_her_direct_statement_on_the_platform(read):
    extraction = read(_POSTS)
    assert said(extraction) == [("Ann Lee", "We will support the new stadium!", True),
                                ("Ann Lee", "Jose Garcia is wrong.", True), ("Ann Lee", "Vote today!", True)]
    assert {s.channel for s in extraction.statements} == {"Twitter"}
    # her 'we' is hers, as in a quote
    assert ("Ann Lee", "supports", "stadium") in relations_without_polarity(extraction)


def test_dashed_items_with_time_stamps_are_no_ones_posts_without_an_introduction(read):
    extraction = read("Ann Lee ran the meeting. - We will support the new stadium! [0632 EST] - Vote today! [0915 EST]")
    assert not [s for s in said(extraction) if s[1] == "Vote today!"]


@pytest.mark.parametrize("text, expected", [
    ("The new U.S. senator from Ohio said the bill was bad.",
     ("new U.S. senator", "memberOf", "Senate")),
    ("A U.S. congressman said the bill was bad.", ("U.S. congressman", "memberOf", "House of Representatives")),
])
def test_an_unnamed_member_of_a_countrys_chamber_sits_in_the_chamber_not_the_country(read, text, expected):
    found = relations_without_polarity(read(text))
    assert expected in found
    assert (expected[0], "memberOf", "United States") not in found


def test_a_body_a_title_implies_is_no_entity_when_no_one_is_seated_in_it(read):
    extraction = read("Ali Demir wants a delay until the new U.S. senator from Ohio, a Democrat, is seated.")
    assert "Senate" not in {r.name for r in extraction.referents}


@pytest.mark.parametrize("text, expected", [
    # a party of one country names the country whose leader's office it is, now or before
    ("Ali Demir pointed to earlier bans by Democratic President Jose Garcia and Republican President Maria Lopez.",
     {("Jose Garcia", "leaderOf", "United States"), ("Maria Lopez", "leaderOf", "United States")}),
    ("Former Labour Prime Minister Ann Lee met Jose Garcia in Paris.", {("Ann Lee", "leaderOf", "Britain")}),
    # a party's state has its own attorney general: no national office from the party
    ("Massachusetts Governor Ali Demir, a Republican, and Attorney General Ann Lee, a Democrat, sued the agency.",
     set()),
])
def test_a_leaders_office_written_without_a_country_is_that_of_the_holders_party(read, text, expected):
    found = {f for f in relations_without_polarity(read(text)) if f[1] in {"leaderOf", "officialOf"}
             and f[2] in {"United States", "Britain"}}
    assert found == expected


@pytest.mark.parametrize("text, title", [
    ("Ann Lee, a frequent critic of the president, said she would work with Ali Demir.", "president"),
    ("Ann Lee, the wife of the governor, said she would go.", "governor"),
])
def test_a_title_in_the_of_phrase_of_a_tie_is_the_other_persons(read, text, title):
    assert title not in {r.title for r in read(text).roles}


def test_thwarting_an_actor_opposes_it(read):
    assert ("Ann Lee", "opposesActor", "Jose Garcia") in relations_without_polarity(
        read("Ann Lee thwarted Jose Garcia at every turn."))


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee said Jose Garcia's move to block the deal was foolish.", ("Ann Lee", "criticizes", "Jose Garcia")),
    ("Ann Lee said Jose Garcia was an honest man.", ("Ann Lee", "praises", "Jose Garcia")),
])
def test_more_judging_adjectives_criticise_or_praise_what_they_are_said_of(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_a_judging_adjective_after_it_is_says_nothing_of_it(read):
    assert not [r for r in relations_without_polarity(read("It would be foolish to attack Jose Garcia, Ann Lee said."))
                if r[1] in {"criticizes", "praises"}]


@pytest.mark.parametrize("text, speaker", [
    # the trailing source's own apposition ends in a comma, and 'told' has whom it told as its object
    ("The agency’s move to block it was “foolish” because the deal posed no threat to consumers, the firm’s trial "
     "lawyer, Ann Lee, told CNBC on Tuesday.", "Ann Lee"),
    ("The company will appeal the ruling, Ann Lee told reporters.", "Ann Lee"),
])
def test_a_trailing_source_set_off_by_its_own_commas_says_the_clause_before(read, text, speaker):
    assert [s[0] for s in said(read(text))] == [speaker]


def test_a_clause_about_a_name_set_off_by_commas_is_no_trailing_source(read):
    extraction = read("The Post cited a letter to the committee chairman, Ali Demir, responding to his request for "
                      "a special counsel.")
    assert "Ali Demir" not in [s[0] for s in said(extraction)]


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez told CNN that Ali Demir had touched her buttocks while they posed for a photo.",
     {("Maria Lopez", "accuses", "Ali Demir")}),
    ("Ann Lee said last month Ali Demir sexually assaulted her when she was 16.", {("Ann Lee", "accuses", "Ali Demir")}),
    ("Ann Lee said she was assaulted by Ali Demir.", {("Ann Lee", "accuses", "Ali Demir")}),
    ("“Ali Demir lied to us,” Ann Lee said.", {("Ann Lee", "accuses", "Ali Demir")}),
    # a denial accuses no one, nor does a touch that wrongs no one
    ("Ann Lee said Ali Demir never groped anyone.", set()),
    ("Ann Lee said Ali Demir touched on the issue.", set()),
])
def test_saying_an_actor_did_a_wrong_to_someone_accuses_the_actor(read, text, expected):
    assert {f for f in relations_without_polarity(read(text)) if f[1] == "accuses"} == expected


def test_a_noun_named_by_a_name_is_the_named_one(read):
    extraction = read("Four days later, a woman named Ann Lee told CNN that the plan had failed.")
    assert [s[0] for s in said(extraction)] == ["Ann Lee"]


@pytest.mark.parametrize("text, members", [
    ("It also plans ads in states represented by Senate Republicans Ann Lee (Maine), Jose Garcia (Nevada) and "
     "Ali Demir (Arizona).", {"Ann Lee", "Jose Garcia", "Ali Demir"}),
    # a singular party word is the first name's only
    ("Ali Demir ran against Democrat Ann Lee and Jose Garcia.", {"Ann Lee"}),
])
def test_a_plural_party_word_before_a_list_of_names_is_each_names_party(read, text, members):
    assert {f[0] for f in relations_without_polarity(read(text)) if f[1] == "memberOf"} == members


def test_titles_before_a_comma_and_a_name_the_parser_joined_to_them_are_not_the_name_befores(read):
    extraction = read("Glenn Doe spoke of a June 2016 meeting with Ali Demir’s son, Jose Demir Jr., his son-in-law "
                      "and close aide, Kemal Demir, and former campaign chief Paul Farnsworth.")
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.holder], r.title) for r in extraction.roles if names[r.holder] == "Jose Demir Jr."} == {
        ("Jose Demir Jr.", "son")}


@pytest.mark.parametrize("text", [
    "Ali Demir is at odds with Jose Garcia over the bill.",
    "Ali Demir's support for Ann Lee puts him at odds with other lawmakers, particularly Jose Garcia.",
])
def test_being_at_odds_with_an_actor_opposes_it(read, text):
    assert ("Ali Demir", "opposesActor", "Jose Garcia") in relations_without_polarity(read(text))


def test_a_quote_belongs_to_the_cue_whose_clause_holds_it_but_for_the_stop_at_its_end(read):
    # the parser hangs the closing stop and mark on the sentence's root: 'called' still holds the quote
    extraction = read("Senator Ann Lee, trying to salvage her career amid accusations, said on Sunday she does not "
                      "plan to resign but called herself “embarrassed and ashamed.”")
    assert [(s[0], s[1]) for s in said(extraction)] == [("Ann Lee", "she does not plan to resign"),
                                                        ("Ann Lee", "embarrassed and ashamed.")]


def test_a_cue_whose_subject_is_a_thing_gives_the_quote_to_the_speaker_above(read):
    extraction = read("Maria Lopez says Ali Demir’s “latest twitter meltdown is unhinged, even for him.” She says it "
                      "underscores that Ali Demir is “temperamentally unfit to be mayor.”")
    assert [s[0] for s in said(extraction)] == ["Maria Lopez", "Maria Lopez"]
    assert said(extraction)[1][1].startswith("it underscores")


@pytest.mark.parametrize("text", [
    "Ann Lee, asked about the plan, said it would fail.",
    "White House spokeswoman Ann Lee, told that some people thought the tweet was crude, said, “Only if your mind "
    "is in the gutter would you read it that way.”",
])
def test_told_or_asked_set_in_after_the_subject_leaves_the_subject_to_the_speech_verb(read, text):
    extraction = read(text)
    assert [s[0] for s in said(extraction) if s[0] == "Ann Lee"]
    assert not [s for s in said(extraction) if s[1].startswith("that some people")]


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee alleged that Ali Demir commented on her legs.", {("Ann Lee", "accuses", "Ali Demir")}),
    ("It is alleged that Ali Demir lied.", set()),
    ("Ann Lee alleged that she was fired.", set()),
])
def test_alleging_that_an_actor_did_something_accuses_it(read, text, expected):
    assert {f for f in relations_without_polarity(read(text)) if f[1] == "accuses"} == expected


@pytest.mark.parametrize("text", [
    "Ann Lee had called on Jose Garcia to resign.",       # 'on' a particle with an object
    "Ann Lee has called on Jose Garcia to step down.",    # 'on' a particle, Garcia its verb's object
])
def test_calling_on_someone_in_the_perfect_urges_them(read, text):
    assert ("Ann Lee", "urges", "Jose Garcia") in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected, wrong", [
    ("U.S. Energy Secretary Ann Lee visited Madrid. The Energy Department declined to comment.",
     ("Ann Lee", "officialOf", "Energy Department"), None),
    # a state's secretary of the same portfolio serves the state
    ("Iowa Agriculture Secretary Ann Lee spoke on Monday.", ("Ann Lee", "officialOf", "Iowa"), None),
    # the portfolio is part of the title, no organisation of its own
    ("Ann Lee, the Secretary of Education, spoke on Monday.", None, "Education"),
])
def test_a_cabinet_secretarys_portfolio_is_part_of_the_title(read, text, expected, wrong):
    extraction = read(text)
    if expected:
        assert expected in relations_without_polarity(extraction)
    if wrong:
        assert wrong not in {r.name for r in extraction.referents}


def test_appearing_before_a_body_communicates_with_it(read):
    assert ("Ann Lee", "communicatesWith", "Senate Judiciary Committee") in relations_without_polarity(
        read("Ann Lee had appeared before the Senate Judiciary Committee in August."))


def test_it_after_a_capital_that_acts_is_the_capitals_country(read):
    extraction = read("An agreement would let U.S. companies take part in Spain’s program. Paris has said it wants to "
                      "be self-sufficient and that it is not interested in diverting the technology to military use.")
    found = relations_without_polarity(extraction)
    assert ("France", "supports", "diverting technology") in found
    assert not [f for f in found if f[0] == "United States"]


# ------------------------------------------------------------------ party descriptions, 'as' clauses, light verbs

@pytest.mark.parametrize("text", [
    "Senator Ali Demir voted against the bill on Monday. The Texas Republican said he was pleased.",
    # the president inside the quote is not whom the description points back to
    "Ali Demir spoke on Monday. “My view is that Jose Garcia is giving us room,” the Republican told reporters.",
    # the main clause's subject, not one of a clause inside it
    "Ali Demir refused to admit defeat in the election that saw Jose Garcia win. The embattled Republican said he "
    "would not concede.",
])
def test_a_states_party_member_as_subject_is_the_person_just_named_and_of_the_party(read, text):
    extraction = read(text)
    assert [s for s, _, _ in said(extraction)] == ["Ali Demir"]
    assert ("Ali Demir", "memberOf", "Republican Party") in facts(extraction)


def test_an_unnamed_party_member_is_given_no_role(read):
    extraction = read("A Republican said the plan would fail.")
    assert not [r for r in extraction.relations if r.predicate == "memberOf"]


def test_as_before_a_name_and_a_subjectless_verb_opens_a_clause(read):
    found = facts(read("Senator Jose Garcia held the hearing as President Ali Demir wrapped up a trip to Asia."))
    assert ("Ali Demir", "visits", "Asia") in found
    assert ("Jose Garcia", "visits", "Asia") not in found


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir completed a two-day visit to Japan.", ("Ali Demir", "visits", "Japan")),
    ("Ali Demir wrapped up a visit to Seoul on Wednesday.", ("Ali Demir", "visits", "Seoul")),
    ("Ali Demir concluded talks with Jose Garcia on Friday.", ("Ali Demir", "negotiatesWith", "Jose Garcia")),
])
def test_ending_a_visit_or_talks_lends_its_subject(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir praised several companies that have announced employee bonuses, including Boeing and Comcast.",
     {("Ali Demir", "praises", "Boeing"), ("Ali Demir", "praises", "Comcast")}),
    ("Ali Demir criticized countries that have imposed tariffs, including China and Japan.",
     {("Ali Demir", "criticizes", "China"), ("Ali Demir", "criticizes", "Japan")}),
])
def test_an_including_list_hung_on_a_relative_clauses_object_names_the_plurals_members(read, text, expected):
    assert expected <= relations_without_polarity(read(text))


def test_an_including_list_of_things_in_a_relative_clause_names_no_members(read):
    found = relations_without_polarity(read("Ali Demir praised several companies that have announced employee "
                                            "bonuses, including cash bonuses and raises."))
    assert {r[2] for r in found if r[1] == "praises"} == {"several companies"}


def test_have_with_an_adverb_before_a_participle_its_object_takes_is_a_perfect(read):
    found = relations_without_polarity(read("Jose Garcia and Ann Lee have long opposed legislation that would "
                                            "amend the law."))
    assert {("Jose Garcia", "rejects", "legislation"), ("Ann Lee", "rejects", "legislation")} <= found


@pytest.mark.parametrize("text, expected", [
    ("The Garcia administration said it would oppose public sector unions in the case.",
     ("Garcia administration", "opposesActor", "public sector unions")),
    ("Environmental groups oppose the proposal.", ("Environmental groups", "rejects", "proposal")),
])
def test_organisations_of_a_kind_in_the_plural_are_a_group_that_acts(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_organisations_in_the_plural_with_no_word_for_which_are_no_group(read):
    extraction = read("Ali Demir criticized several other organizations and banks on Monday.")
    assert not [r for r in extraction.referents if r.kind is Kind.GROUP]


@pytest.mark.parametrize("text, expected", [
    ("Harvard University political scientist Ali Demir said the vote was close.",
     ("Ali Demir", "memberOf", "Harvard University")),
    ("Ali Demir, a researcher at the Brookings Institution, said the vote was close.",
     ("Ali Demir", "memberOf", "Brookings Institution")),
])
def test_scientists_and_researchers_are_members_of_where_they_work(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir has never acted on behalf of Jose Garcia.", ("Ali Demir", "helps", "Jose Garcia", "negated")),
    ("Ali Demir tried to tilt the vote in Jose Garcia's favor.", ("Ali Demir", "supports", "Jose Garcia", "hedged")),
    # the refusal is the protest: only the verb's own negation negates what the phrase says
    ("Ann Lee refused to meet Ali Demir in protest of Jose Garcia's decision.",
     ("Ann Lee", "opposesActor", "Jose Garcia", "asserted")),
])
def test_acting_in_the_manner_a_noun_names_takes_the_verbs_polarity(read, text, expected):
    assert expected in relations(read(text))


def test_a_pardon_granted_to_someone_helps_them(read):
    assert ("Ali Demir", "helps", "Jose Garcia") in facts(read("Governor Ali Demir granted a pardon to Jose Garcia."))


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee is unhappy with Ali Demir.", ("Ann Lee", "criticizes", "Ali Demir", "asserted")),
    ("Ann Lee was disappointed in Ali Demir.", ("Ann Lee", "criticizes", "Ali Demir", "asserted")),
    ("Ann Lee and Jose Garcia were frustrated with Ali Demir.", ("Jose Garcia", "criticizes", "Ali Demir", "asserted")),
    # the parser reads the participle as a passive and its 'by' as the agent; a refusal is its doer's deed
    ("Ann Lee said she was troubled by Ali Demir's refusal to testify.",
     ("Ann Lee", "criticizes", "Ali Demir", "asserted")),
    ("Ann Lee was not worried about Ali Demir.", ("Ann Lee", "criticizes", "Ali Demir", "negated")),
    ("Ann Lee said she was pleased with Ali Demir.", ("Ann Lee", "praises", "Ali Demir", "asserted")),
    # a participle's own subject, inside reported speech
    ("Ann Lee said Jose Garcia was opposed to Ali Demir.", ("Jose Garcia", "opposesActor", "Ali Demir", "asserted")),
])
def test_a_predicate_adjective_of_feeling_judges_what_it_is_felt_about(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir was accused by several women of misconduct.", ("several women", "accuses", "Ali Demir")),
    ("The four men who accused Ali Demir spoke to reporters.", ("four men", "accuses", "Ali Demir")),
])
def test_counted_women_or_men_are_a_group_that_acts(read, text, expected):
    assert expected in facts(read(text))


def test_the_same_number_of_the_same_people_again_is_the_same_group(read):
    extraction = read("The newspaper quoted four unnamed men who said Ali Demir had groped them. "
                      "The four men who accused Ali Demir spoke to reporters.")
    groups = {r.name for r in extraction.referents if r.kind is Kind.GROUP}
    assert groups == {"four unnamed men"}, groups
    assert ("four unnamed men", "accuses", "Ali Demir") in facts(extraction)


@pytest.mark.parametrize("text", ["Women voted for Ali Demir.", "Ali Demir and Jose Garcia were charged. Both men "
                                  "praised the judge."])
def test_bare_or_both_women_or_men_are_no_group(read, text):
    assert not [r for r in read(text).referents if r.kind is Kind.GROUP and r.name.lower().endswith(("women", "men"))]


@pytest.mark.parametrize("text, expected", [
    ("The decision angered Jose Garcia.", ("Jose Garcia", "criticizes", "decision", "asserted")),
    ("Ali Demir upset Spain with his remarks.", ("Spain", "criticizes", "Ali Demir", "asserted")),
    ("Ann Lee was infuriated by Ali Demir's decision.", ("Ann Lee", "criticizes", "Ali Demir", "asserted")),
    ("Ali Demir's remarks did not please Jose Garcia.", ("Jose Garcia", "praises", "Ali Demir", "negated")),
    ("Such a move by Ali Demir would anger Spain.", ("Spain", "criticizes", "Ali Demir", "hedged")),
])
def test_a_verb_of_feeling_runs_from_whom_it_moves_to_what_moved_them(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text", ["It angered Jose Garcia.", "Ali Demir worried that the plan would fail."])
def test_a_verb_of_feeling_without_a_cause_or_object_gives_nothing(read, text):
    assert not read(text).relations


@pytest.mark.parametrize("text, expected", [
    ("The Senate confirmed Ann Lee as secretary of state.", ("Senate", "supports", "Ann Lee", "asserted")),
    ("Eleven Democrats voted with nearly all Republicans to confirm Ann Lee.",
     ("Democratic Party", "supports", "Ann Lee", "asserted")),
    ("The Senate has not confirmed Ann Lee.", ("Senate", "supports", "Ann Lee", "negated")),
    ("If confirmed by the Senate, Ann Lee would take the reins of the department.",
     ("Senate", "supports", "Ann Lee", "hedged")),
])
def test_confirming_a_person_backs_them(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text", [
    "Jose Garcia confirmed the bank in question was Acme Bank.",
    "Ali Demir's testimony was confirmed by two congressional aides.",
    "On Friday, the White House confirmed Deputy Chief of Staff Ali Demir and Jose Garcia, who worked under "
    "adviser Ann Lee, were leaving.",
])
def test_confirming_a_fact_or_someones_words_backs_no_one(read, text):
    assert not [f for f in facts(read(text)) if f[1] == "supports"]


def test_confirming_the_choice_for_a_post_says_nothing(read):
    assert not read("The Senate on Tuesday confirmed President Ali Demir's choice to lead the Department of "
                    "Homeland Security.").statements


def test_the_agency_is_an_administration_named_for_its_task_not_a_presidents(read):
    extraction = read("The General Services Administration declined to comment. Ann Lee, a spokeswoman for the "
                      "agency, said it would respond.")
    assert ("Ann Lee", "spokespersonFor", "General Services Administration") in facts(extraction)


@pytest.mark.parametrize("text, holder, title", [
    ("The committee also approved Mark Greenblatt as the inspector general.", "Mark Greenblatt", "inspector general"),
    ("Ann Lee was sworn in as secretary of state on Monday.", "Ann Lee", "secretary of state"),
    ("Acme Corp hired Jose Garcia as chief executive.", "Jose Garcia", "chief executive"),
])
def test_a_post_someone_is_approved_hired_or_sworn_in_as_is_theirs(read, text, holder, title):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert (holder, title) in {(names[r.holder], r.title) for r in extraction.roles}


def test_one_considered_for_a_post_holds_none(read):
    extraction = read("Ali Demir considered picking Jose Garcia as his chief of staff.")
    assert not [r for r in extraction.roles if "chief" in r.title]


@pytest.mark.parametrize("text, expected", [
    ("On a vote of 231 to 198, the House approved the Concealed Carry Reciprocity Act.",
     ("House of Representatives", "supports", "Concealed Carry Reciprocity Act")),
    ("Ali Demir opposes the Affordable Care Act.", ("Ali Demir", "rejects", "Affordable Care Act")),
    # a short name the table knows is the law's full name
    ("Ali Demir has blamed NAFTA for job losses.", ("Ali Demir", "criticizes", "North American Free Trade Agreement")),
])
def test_a_named_law_or_treaty_is_a_topic_actors_back_or_oppose(read, text, expected):
    extraction = read(text)
    assert expected in facts(extraction)
    assert {r.kind for r in extraction.referents if r.name == expected[2]} == {Kind.TOPIC}


def test_a_named_law_is_the_same_topic_where_the_article_repeats_its_short_name(read):
    extraction = read("Ali Demir backs Obamacare, he said. Republicans tried to repeal and replace Obamacare over "
                      "the summer, and Ali Demir voted against Obamacare.")
    topics = [r for r in extraction.referents if r.kind is Kind.TOPIC and "Affordable Care Act" in r.names]
    assert len(topics) == 1 and "Obamacare" in topics[0].names


def test_a_school_of_law_is_no_law(read):
    extraction = read("Ann Lee is a professor at Liberty University School of Law in Virginia.")
    assert not [r for r in extraction.referents if r.kind is Kind.TOPIC and "School" in r.name]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir supported Maria Lopez, as did Ann Lee and other members of the party.",
     {("Ali Demir", "supports", "Maria Lopez"), ("Ann Lee", "supports", "Maria Lopez")}),
    ("Ali Demir criticized Jose Garcia's endorsement, as did Spain.",
     {("Ali Demir", "criticizes", "Jose Garcia"), ("Spain", "criticizes", "Jose Garcia")}),
])
def test_whoever_did_as_the_subject_did_does_the_same(read, text, expected):
    assert expected <= facts(read(text))


def test_as_another_did_after_a_negation_says_nothing_of_the_other(read):
    extraction = read("Ali Demir did not back Maria Lopez, as Ann Lee did.")
    assert not [r for r in relations(extraction) if r[0] == "Ann Lee"]


@pytest.mark.parametrize("text, expected", [
    ("The 4th U.S. Circuit Court of Appeals heard the case on Friday. Judge Ali Demir said the ban was unfair.",
     ("Ali Demir", "officialOf", "4th U.S. Circuit Court of Appeals")),
    ("The U.S. Supreme Court will hear the case. Conservative justice Ali Demir died in 2016.",
     ("Ali Demir", "officialOf", "Supreme Court")),
])
def test_a_judge_whose_title_names_no_court_sits_on_the_one_the_article_names(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text", [
    # the title names another court, or another body
    "U.S. District Judge Ali Demir ruled against the plan. The Supreme Court declined to hear the appeal.",
    "The Supreme Court may hear it, said Ann Lee, a law professor and former World Trade Organization (WTO) "
    "appellate judge.",
    # two courts: either may be the judge's
    "The Supreme Court and the 9th Circuit Court of Appeals disagree. Judge Ali Demir said so.",
])
def test_a_judge_sits_on_no_court_the_title_or_the_article_leaves_open(read, text):
    assert not [f for f in facts(read(text)) if f[1] == "officialOf" and "Court" in f[2]]


def test_a_finite_verb_the_parser_hung_on_its_subjects_name_is_the_subjects_act(read):
    # the parser makes 'Ali Demir' the root, with 'speaking' and 'called' both clauses on it
    extraction = read("Ali Demir, speaking to supporters, called on Democrats to support a measure.")
    assert ("Ali Demir", "urges", "Democratic Party") in facts(extraction)


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee said she had received congratulatory phone calls from Ali Demir and Jose Garcia.",
     {("Ali Demir", "communicatesWith", "Ann Lee"), ("Jose Garcia", "communicatesWith", "Ann Lee")}),
    ("Ali Demir had exchanged text messages with Ann Lee, an FBI lawyer.",
     {("Ali Demir", "communicatesWith", "Ann Lee"), ("Ann Lee", "communicatesWith", "Ali Demir")}),
    ("In an email to Jose Garcia on Thursday, Ann Lee said the plan had failed.",
     {("Ann Lee", "communicatesWith", "Jose Garcia")}),
])
def test_calls_received_and_messages_exchanged_or_sent_are_contact(read, text, expected):
    assert expected <= relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir's testimony to Congress was brief.", ("Ali Demir", "communicatesWith", "Congress")),
    ("In testimony before the Senate Judiciary Committee on Tuesday, Ali Demir said he had not lied.",
     ("Ali Demir", "communicatesWith", "Senate Judiciary Committee")),
    ("Ali Demir visited the NATO alliance in May.", ("Ali Demir", "visits", "NATO")),
    # the parser hangs 'before flying' on 'Berlin': the one who flies is the sentence's subject
    ("In a speech in Berlin before flying to Brussels, Foreign Minister Ali Demir said the plan was bad.",
     ("Ali Demir", "visits", "Brussels")),
])
def test_testimony_an_alliance_named_by_its_members_and_a_time_phrase_on_a_noun(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text", ["Senator Ali Demir defeated Senator Jose Garcia in the primary.",
                                  "Ali Demir beat Jose Garcia by 10 points."])
def test_who_beats_someone_in_a_race_and_who_is_beaten_oppose_each_other(read, text):
    assert {("Ali Demir", "opposesActor", "Jose Garcia"), ("Jose Garcia", "opposesActor", "Ali Demir")} <= facts(read(text))


def test_facing_criticism_from_someone_opposes_no_one(read):
    assert ("Ali Demir", "opposesActor", "Ann Lee") not in relations_without_polarity(
        read("Ali Demir faces criticism from Ann Lee."))


@pytest.mark.parametrize("text, expected, absent", [
    ("1. Ohio: $5,208; Ali Demir (D), Ann Lee (D) 2. Iowa: $3,416; Jose Garcia (I), Maria Lopez (R)",
     {("Ali Demir", "memberOf", "Democratic Party"), ("Ann Lee", "memberOf", "Democratic Party"),
      ("Maria Lopez", "memberOf", "Republican Party")}, "Jose Garcia"),
    ("Representative Ann Lee (R-Texas) said the bill was bad.", {("Ann Lee", "memberOf", "Republican Party")}, None),
])
def test_a_party_letter_in_parentheses_after_a_name_is_the_persons_party(read, text, expected, absent):
    found = facts(read(text))
    assert expected <= found
    assert not [f for f in found if f[0] == absent and f[1] == "memberOf"]


@pytest.mark.parametrize("text, expected", [
    ("Detractors say the bill tramples states' rights.", ("Detractors", "criticizes", "bill")),
    ("Critics argue the rule would hamper lending.", ("Critics", "criticizes", "rule")),
])
def test_saying_a_bill_or_rule_does_harm_criticises_it(read, text, expected):
    assert expected in relations_without_polarity(read(text))


def test_saying_a_storm_does_harm_criticises_nothing(read):
    assert not read("Ann Lee said the storm would hurt the economy.").relations


@pytest.mark.parametrize("text, expected", [
    ("Representatives Ali Demir and Jose Garcia, the senior Democrats on the Oversight Committee, asked Ann Lee "
     "to act.",
     {("Ali Demir", "memberOf", "Democratic Party"), ("Jose Garcia", "memberOf", "Democratic Party"),
      ("Jose Garcia", "memberOf", "Oversight Committee")}),
    ("Ali Demir, Ann Lee and Jose Garcia, advisers to Maria Lopez, met.",    # parsed with Lee beside Demir
     {("Ali Demir", "adviserTo", "Maria Lopez"), ("Ann Lee", "adviserTo", "Maria Lopez"),
      ("Jose Garcia", "adviserTo", "Maria Lopez")}),
])
def test_a_plural_apposition_after_names_joined_describes_each(read, text, expected):
    assert expected <= facts(read(text))


def test_a_singular_apposition_after_names_joined_describes_none_but_the_last(read):
    found = facts(read("Ali Demir and Jose Garcia, a lawyer for Maria Lopez, met."))
    assert not [f for f in found if f[0] == "Ali Demir" and f[2] == "Maria Lopez"]


def test_a_leader_leads_only_what_his_leaders_title_is_of(read):
    """'his budget chief' under 'Republican President X' is no office of the party X belongs to."""
    found = facts(read("Republican President Ali Demir named his budget chief, Jose Garcia, as acting director."))
    assert ("Ali Demir", "memberOf", "Republican Party") in found
    assert not [f for f in found if f[0] == "Jose Garcia" and f[2] == "Republican Party"]


def test_the_one_named_as_director_holds_the_post_not_the_one_naming(read):
    # the one named parsed as the verb's predicate, not its object
    found = facts(read("Emmanuel Macron named Richard Roe as director of the Consumer Financial Protection Bureau."))
    assert ("Richard Roe", "leaderOf", "Consumer Financial Protection Bureau") in found
    assert ("Emmanuel Macron", "leaderOf", "Consumer Financial Protection Bureau") not in found


@pytest.mark.parametrize("text, absent", [
    # the one raised to a post does the act; unnamed, no one the article names
    ("Jose Garcia named Richard Roe as director in 2012. Outgoing director Richard Roe elevated an agency official "
     "to replace him on an interim basis.", "Richard Roe"),
    ("Outgoing director Richard Roe promoted an agency official to replace Ann Lee on an interim basis.",
     "Richard Roe"),
])
def test_raising_someone_to_a_post_hands_them_its_act(read, text, absent):
    assert not [r for r in relations_without_polarity(read(text)) if r[1] == "succeeds" and r[0] == absent]


@pytest.mark.parametrize("text, expected", [
    ("France's ambassador to Germany, Ali Demir, said the talks failed.", ("Ali Demir", "officialOf", "France")),
    ("Spain's ambassador to the United States, Ali Demir, told reporters the talks failed.",
     ("Ali Demir", "officialOf", "Spain")),
])
def test_a_name_after_a_titles_to_or_in_phrase_is_the_titles_holder(read, text, expected):
    assert expected in facts(read(text))


def test_an_indefinite_phrase_between_commas_after_an_object_name_describes_it(read):
    extraction = read("Congress members from farm states this week had asked Demir, a Texas Republican, and other "
                      "lawmakers allied with the banks to offer specific proposals.")
    assert ("Demir", "memberOf", "Republican Party") in facts(extraction)
    assert not [r for r in extraction.referents if r.name == "Texas Republican"]


def test_a_name_after_a_choice_for_a_post_is_the_choice_and_holds_no_post(read):
    found = facts(read("Republicans foiled the first choice for CFPB director, Ann Lee, who at the time was a "
                       "Harvard professor."))
    assert not [f for f in found if f[0] == "Ann Lee" and f[1] == "leaderOf"]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir’s proposals call for the Environmental Protection Agency to cap credits.",
     ("Ali Demir", "urges", "Environmental Protection Agency")),
    ("Ali Demir’s proposal urges the Environmental Protection Agency to cap the price of credits.",
     ("Ali Demir", "urges", "Environmental Protection Agency")),
])
def test_what_someones_proposals_call_for_they_call_for(read, text, expected):
    extraction = read(text)
    assert expected in facts(extraction)
    assert [s[0] for s in said(extraction)] == ["Ali Demir"]


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir delivered a thinly veiled critique of Ann Lee.", ("Ali Demir", "criticizes", "Ann Lee")),
    ("Ali Demir critiqued Ann Lee on Monday.", ("Ali Demir", "criticizes", "Ann Lee")),
])
def test_a_critique_criticises(read, text, expected):
    assert expected in facts(read(text))


def test_capitalised_names_after_a_tagged_name_ending_in_an_organisations_word_make_one_organisation(read):
    """The model tags only 'House' in 'the conservative House Freedom Caucus'."""
    extraction = read("Ali Demir, a member of the conservative House Freedom Caucus, said the bill was bad.")
    assert ("Ali Demir", "memberOf", "House Freedom Caucus") in facts(extraction)
    assert "House of Representatives" not in {r.name for r in extraction.referents}


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir took over the helm of the FBI in August.", ("Ali Demir", "leaderOf", "FBI", "asserted")),
    ("Ali Demir took the reins of the Treasury Department last year.",
     ("Ali Demir", "leaderOf", "Treasury Department", "asserted")),
    ("Ali Demir would take the helm of the Federal Deposit Insurance Corporation.",
     ("Ali Demir", "leaderOf", "Federal Deposit Insurance Corporation", "hedged")),
])
def test_taking_the_helm_of_a_body_leads_it(read, text, expected):
    assert expected in relations(read(text))


def test_a_capitalised_committee_before_a_chairmans_title_is_the_committee_the_article_named(read):
    found = facts(read("Ali Demir testified before the House Judiciary Committee. Committee Chairman Jose Garcia "
                       "praised him."))
    assert ("Jose Garcia", "leaderOf", "House Judiciary Committee") in found


def test_the_one_nominated_to_serve_as_head_of_a_body_is_named_to_lead_it(read):
    found = facts(read("Ann Lee will nominate Ali Demir to serve as the next head of the Federal Deposit Insurance "
                       "Corporation."))
    assert ("Ali Demir", "leaderOf", "Federal Deposit Insurance Corporation") in found
    assert ("Ann Lee", "leaderOf", "Federal Deposit Insurance Corporation") not in found


@pytest.mark.parametrize("text, expected", [
    # the parser hangs 'to X' on the verb
    ("Ali Demir most recently served in the Senate as senior counsel to Republican Senator Jose Garcia.",
     ("Ali Demir", "adviserTo", "Jose Garcia")),
    ("Ali Demir served as an adviser to Senator Jose Garcia.", ("Ali Demir", "adviserTo", "Jose Garcia")),
    # an organisation's general counsel is its official
    ("Ali Demir, the deputy general counsel of the Treasury Department, testified on Monday.",
     ("Ali Demir", "officialOf", "Treasury Department")),
])
def test_counsel_to_someone_advises_them(read, text, expected):
    assert expected in facts(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir pleaded guilty to lying to the FBI about his contacts.",
     ("Ali Demir", "undermines", "FBI", "asserted")),
    ("Ali Demir lied to the Treasury Department.", ("Ali Demir", "undermines", "Treasury Department", "asserted")),
])
def test_lying_to_someone_undermines_them(read, text, expected):
    assert expected in relations(read(text))


def test_an_act_after_an_adjective_a_verb_gives_its_object_is_the_verbs_subjects(read):
    """'pleaded guilty to lying to X': the one who pleaded lied; not 'is opposed to negotiating with X'."""
    assert ("Ali Demir", "negotiatesWith", "Ann Lee") not in relations_without_polarity(
        read("Ali Demir is opposed to negotiating with Ann Lee."))


@pytest.mark.parametrize("text, expected", [
    ("The Justice Department launched a review into the FBI’s handling of the probe.",
     ("Justice Department", "sues", "FBI")),
    ("House Republicans launched their own investigation into the FBI’s handling of the case.",
     ("House Republicans", "sues", "FBI")),
    ("The Treasury Department is investigating Ann Lee’s conduct.", ("Treasury Department", "sues", "Ann Lee")),
])
def test_investigating_what_someone_did_investigates_them(read, text, expected):
    assert expected in facts(read(text))


def test_a_review_of_a_policy_investigates_no_one(read):
    assert not [f for f in facts(read("Ali Demir called for a review of the policy.")) if f[1] == "sues"]


def test_overtaking_someone_in_the_polls_runs_both_ways(read):
    found = facts(read("Ali Demir has overtaken Jose Garcia in polls."))
    assert {("Ali Demir", "opposesActor", "Jose Garcia"), ("Jose Garcia", "opposesActor", "Ali Demir")} <= found


def test_saying_an_actors_position_is_a_problem_criticises_the_actor(read):
    assert ("Ali Demir", "criticizes", "China") in facts(read("Ali Demir said China’s position was a problem."))


@pytest.mark.parametrize("text, absent", [
    # 'chief' modifies another noun: no leader
    ("Ali Demir, chief technologist at the nonprofit Center for Democracy and Technology, said the rule was bad.",
     ("Ali Demir", "leaderOf", "Center for Democracy and Technology")),
    # a leader's title for a person: an office of the person's, who is led by no one
    ("Ali Demir, who served as digital director for former Vice President Jose Garcia, said the rule was bad.",
     ("Ali Demir", "leaderOf", "Jose Garcia")),
])
def test_a_leaders_word_leads_nothing_it_does_not_name(read, text, absent):
    assert absent not in facts(read(text))


def test_a_directors_post_for_a_person_is_an_office_of_theirs(read):
    found = facts(read("Ali Demir, who served as digital director for former Vice President Jose Garcia, said the "
                       "rule was bad."))
    assert ("Ali Demir", "officialOf", "Jose Garcia") in found


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin has denied the charges.", ("Russia", "rejects", "charge")),
    ("Kremlin spokesman Ivan Petrov said the claims were false.", ("Ivan Petrov", "spokespersonFor", "Russia")),
    ("A Downing Street spokesman said the claims were false.", ("Downing Street spokesman", "spokespersonFor",
                                                               "Britain")),
])
def test_a_building_news_names_a_government_by_acts_for_its_country(read, text, expected):
    assert expected in facts(read(text))


def test_a_capital_city_before_a_personal_title_is_where_the_holder_works(read):
    assert not [f for f in facts(read("Ali Demir, a Moscow lawyer, said the claims were false.")) if f[0] == "Ali Demir"
                and f[1] != "rejects"]


@pytest.mark.parametrize("text, expected", [
    ("Spain faced criticism from Beijing over the plan.", ("China", "criticizes", "Spain")),
    ("Spain received a letter from Tokyo.", ("Japan", "communicatesWith", "Spain")),
])
def test_a_capital_after_from_on_a_noun_that_is_no_journey_acts(read, text, expected):
    assert expected in facts(read(text))


def test_a_capital_one_travels_from_is_a_place(read):
    extraction = read("Spain faced criticism from Beijing over the plan. Ali Demir returned from Beijing on Monday.")
    assert (Kind.PLACE, "Beijing") in {(r.kind, r.name) for r in extraction.referents}


@pytest.mark.parametrize("text, expected", [
    ("Democrats argue an array of other programs also face shortfalls.",
     ("Democratic Party", "an array of other programs also face shortfalls")),
    ("Refiners claim complying with the law costs hundreds of millions of dollars.",
     ("Refiners", "complying with the law costs hundreds of millions of dollars")),
])
def test_an_object_the_parser_gave_a_speech_verb_before_a_clause_without_subject_opens_the_clause(read, text, expected):
    assert expected in [(s[0], s[1]) for s in said(read(text))]


def test_a_name_joined_to_the_object_stays_the_next_clauses_subject(read):
    found = said(read("Ali Demir denies any collusion with Spain and Madrid denies interfering in the election."))
    assert not [s for s in found if s[0] == "collusion"]


def test_a_noun_saying_what_an_organisation_is_after_its_name_is_none_of_the_name(read):
    extraction = read("China’s Xinhua news agency said the talks went well. Xinhua said the leaders agreed.")
    assert [r.name for r in extraction.referents if "Xinhua" in r.name] == ["Xinhua"]
    assert "House tax committee" in {r.name for r in read("House tax committee Chairman Ali Demir spoke.").referents}


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin denies the allegations of meddling and Ali Demir denies any collusion.",
     [("Russia", "the allegations of meddling"), ("Ali Demir", "any collusion")]),
    ("Madrid denies the allegations of meddling and Ali Demir denies any collusion.",
     [("Spain", "the allegations of meddling"), ("Ali Demir", "any collusion")]),
])
def test_a_name_joined_to_a_noun_of_the_clause_before_is_the_next_verbs_subject(read, text, expected):
    assert [(s[0], s[1]) for s in said(read(text))] == expected


def test_names_joined_as_a_verbs_own_subject_stay_its_subject(read):
    found = relations_without_polarity(read("Ali Demir said Jose Garcia and Ann Lee agreed to take new steps."))
    assert ("Jose Garcia", "agreesWith", "Ann Lee") in found


def test_a_ledes_source_is_the_person_the_next_sentence_describes_by_the_same_word(read):
    extraction = read("Ali Demir texted a former business partner that the project was good to go, a senior House "
                      "Democrat said in a letter released on Wednesday. Representative Jose Garcia, the panel's "
                      "ranking Democrat, said an informant told his staff about the text.")
    assert [s[0] for s in said(extraction)] == ["Jose Garcia", "Jose Garcia"]


def test_a_ledes_source_stays_apart_from_someone_else_named_next(read):
    extraction = read("The judge ruled for Ali Demir, a court spokeswoman said on Monday. Judge Jose Garcia said the "
                      "case was closed.")
    assert [s[0] for s in said(extraction)] == ["court spokeswoman", "Jose Garcia"]


def test_a_ledes_description_named_next_holds_the_office_of_the_body_it_names(read):
    found = facts(read("The head of the Democratic National Committee on Saturday vowed to be fair. Ann Lee said "
                       "all candidates would have an equal chance."))
    assert ("Ann Lee", "leaderOf", "Democratic National Committee") in found


def test_a_probe_of_a_countrys_allegations_investigates_no_country(read):
    found = relations_without_polarity(read("Republicans attacked Ann Lee’s probe of U.S. allegations that Russia "
                                            "interfered in the election."))
    assert ("Ann Lee", "sues", "United States") not in found


def test_a_common_noun_the_parser_made_a_second_subject_before_a_name_describes_the_name(read):
    extraction = read("The news website BuzzFeed has reported allegations that Ali Demir harassed a staff member.")
    assert [s[0] for s in said(extraction)] == ["BuzzFeed"]


def test_a_noun_with_a_phrase_of_its_own_before_a_name_stays_the_subject(read):
    extraction = read("Industry groups like the oil lobbying organization the American Petroleum Institute have said "
                      "in the past that the monuments were unfairly designated.")
    assert [s[0] for s in said(extraction)] == ["Industry groups"]


def test_a_ledes_description_in_a_clause_after_the_main_one_is_the_person_named_next_with_that_word(read):
    found = facts(read("Farmers will be able to sell their grain abroad after a federal judge on Friday rejected a "
                       "request by the Ministry of Trade. In a ruling, U.S. District Judge Ann Lee in Boston refused "
                       "to lift her order."))
    assert ("Ann Lee", "rejects", "Ministry of Trade") in found


def test_a_ledes_clause_description_stays_apart_from_a_name_not_described_by_its_word(read):
    found = facts(read("Farmers will be able to sell their grain abroad after a federal judge on Friday rejected a "
                       "request by the Ministry of Trade. Senator Ann Lee in Boston welcomed the news."))
    assert ("Ann Lee", "rejects", "Ministry of Trade") not in found


def test_a_possessive_after_a_name_in_a_lede_does_not_tell_the_described_persons_gender(read):
    extraction = read("The talks have nothing to do with President Ali Demir or his family, a government spokeswoman "
                      "said. \u201cThe talks are about trade,\u201d spokeswoman Ann Lee told a news briefing.")
    assert [s[0] for s in said(extraction)] == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize("text, expected", [
    ("Senators Ali Demir of Iowa, Jose Garcia of South Dakota and Ann Lee of Nevada were opposed to the plan.",
     {"Ali Demir", "Jose Garcia", "Ann Lee"}),
    ("Governor Ali Demir, Attorney General Jose Garcia and Secretary of State Ann Lee rejected the plan.",
     {"Ali Demir", "Jose Garcia", "Ann Lee"}),
    ("Ali Demir, the lawyer of Jose Garcia, rejected the plan.", {"Ali Demir"}),
])
def test_names_listed_after_a_name_with_its_place_all_share_the_verb(read, text, expected):
    assert {r[0] for r in relations_without_polarity(read(text)) if r[1] == "rejects"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir and Ann Lee were opposed to the plan.", {("Ali Demir", "plan"), ("Ann Lee", "plan")}),
    ("Ann Lee said she was not committed to the bill.", set()),        # negated: no fact
])
def test_a_participle_the_parser_made_a_copulas_complement_is_read_as_the_adjective(read, text, expected):
    assert {(r[0], r[2]) for r in facts(read(text)) if r[1] in {"rejects", "supports"}} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir will attend a summit in Vietnam next week.", {("Ali Demir", "visits", "Vietnam")}),
    ("Ali Demir will attend the Vietnam meeting.", {("Ali Demir", "visits", "Vietnam")}),
    ("Ali Demir attended a meeting in Trump Tower.", set()),      # a building: no journey
    ("Ali Demir attended the vote in Ohio.", set()),              # no gathering
])
def test_attending_a_gathering_in_a_place_visits_it(read, text, expected):
    assert {r for r in relations_without_polarity(read(text)) if r[1] == "visits"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir has been conciliatory to Madrid.", ("Ali Demir", "cooperatesWith", "Spain")),
    ("Ann Lee has been loyal to Ali Demir.", ("Ann Lee", "supports", "Ali Demir")),
    ("Democrats are growing more sympathetic to the plan.", ("Democratic Party", "supports", "plan")),
])
def test_predicate_adjectives_of_goodwill(read, text, expected):
    assert expected in relations_without_polarity(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir vowed to scrap the fuel tax.", ("Ali Demir", "rejects", "fuel tax", "asserted")),
    ("Ann Lee has pledged to defend the merger in court.", ("Ann Lee", "supports", "merger", "asserted")),
    ("Ali Demir tried to scrap the fuel tax.", ("Ali Demir", "rejects", "fuel tax", "hedged")),     # an attempt
    ("Ali Demir promised to visit Spain next year.", ("Ali Demir", "visits", "Spain", "hedged")),   # an act to come
])
def test_a_vow_states_the_stance_it_commits_to_and_an_attempt_stays_hedged(read, text, expected):
    assert expected in relations(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir, who is popular with rural voters, vowed on the campaign trail to scrap the fuel tax, arguing that "
     "it hurt farmers.", [("Ali Demir", "to scrap the fuel tax"), ("Ali Demir", "that it hurt farmers")]),
    ("Ali Demir spoke at the rally on Monday to thank voters.", []),
])
def test_a_vows_infinitive_after_a_phrase_is_what_was_vowed(read, text, expected):
    assert [(s[0], s[1]) for s in said(read(text))] == expected


def test_a_name_ending_in_a_company_suffix_is_a_company_even_when_tagged_a_person(read):
    extraction = read("Ali Demir, a Washington lawyer at Dechert LLP, spoke.")
    assert ("Ali Demir", "memberOf", "Dechert LLP") in facts(extraction)
    assert {r.name: r.kind for r in extraction.referents}["Dechert LLP"] is Kind.ORGANIZATION


@pytest.mark.parametrize("text", ["Illinois Democratic State Senator Ann Lee spoke on Monday.",
                                  "State Representative Ann Lee of Ohio spoke on Monday."])
def test_a_capitalised_state_before_a_title_is_no_organisation_and_no_us_chamber(read, text):
    extraction = read(text)
    names = {r.name for r in extraction.referents}
    assert not any("State" in n.split() for n in names)
    assert not {r for r in facts(extraction) if r[2] in {"Senate", "House of Representatives"}}


@pytest.mark.parametrize("text, expected", [
    ("Top White House economic adviser Ann Lee also was a contender.", ("Ann Lee", "adviserTo", "White House")),
    ("Senior Acme Corp lawyer Ann Lee spoke.", ("Ann Lee", "memberOf", "Acme Corp")),
])
def test_a_word_of_rank_opening_a_tagged_name_is_no_part_of_it(read, text, expected):
    extraction = read(text)
    assert expected in facts(extraction)
    assert not any(r.name.split()[0] in {"Top", "Senior"} for r in extraction.referents)


@pytest.mark.parametrize("text, expected", [
    ("In the 1990s, Ann Lee oversaw the budget as an undersecretary of the Treasury.", {("Ann Lee", "undersecretary")}),
    ("Ann Lee, dogged by speculation about how long she will last as chair of the central bank, tried on Tuesday to "
     "ease doubts.", {("Ann Lee", "chair")}),
    ("Ali Demir praised Ann Lee as a great leader of Spain.", set()),         # a description of the object
])
def test_whoever_acts_as_a_title_holds_it(read, text, expected):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert {(names[r.holder], r.title) for r in extraction.roles} == expected


@pytest.mark.parametrize("text, expected", [
    ("The annual report of the Economic Review Commission said that Spain had tightened rules.",
     ["Economic Review Commission"]),
    ("A report of fraud at the Acme Corp said that Spain had tightened rules.", ["report"]),   # what it is about
])
def test_a_report_of_an_organisation_speaks_for_it(read, text, expected):
    assert [s[0] for s in said(read(text))] == expected


def test_reading_a_post_after_as_does_not_make_a_city_its_countrys_name(read):
    extraction = read("Ali Demir recognized Jerusalem as Israel’s capital on Wednesday.")
    assert not any("Jerusalem" in r.names and r.name == "Israel" for r in extraction.referents)


def test_a_party_word_and_a_known_surname_tagged_as_one_name_are_the_party_and_the_person(read):
    extraction = read("Ali Demir beat Ann Moore. The victory by Democrat Ali Demir over the Republican Moore was a "
                      "shock.")
    assert "Republican Moore" not in {r.name for r in extraction.referents}
    assert ("Ann Moore", "memberOf", "Republican Party") in facts(extraction)


@pytest.mark.parametrize("text, expected", [
    ("Ali Demir has told friends he would like to retire next year, Politico reported on Thursday.",
     [("Politico", "Ali Demir has told friends he would like to retire next year", None),
      ("Ali Demir", "he would like to retire next year", "Politico")]),
    ("Ali Demir, a senior agent, said the plan “just has to fail” in a text sent to Ann Lee, the Globe reported.",
     [("Globe", "Ali Demir, a senior agent, said the plan “just has to fail” in a text sent to Ann Lee", None),
      ("Ali Demir", "the plan “just has to fail” in a text sent to Ann Lee", "Globe")]),
    ("The plan will fail, Ali Demir said on Monday.", [("Ali Demir", "The plan will fail", None)]),
])
def test_a_relayed_speech_is_the_speakers_statement_known_by_the_relays_account(read, text, expected):
    extraction = read(text)
    names = {r.key: r.name for r in extraction.referents}
    assert sorted((names[s.speaker], s.text, names.get(s.source)) for s in extraction.statements) == sorted(expected)


@pytest.mark.parametrize("text", ["Ali Demir’s knock at Ann Lee drew criticism.",
                                  "Ali Demir took a potshot at Ann Lee."])
def test_a_knock_or_a_potshot_at_someone_criticizes_them(read, text):
    assert ("Ali Demir", "criticizes", "Ann Lee") in facts(read(text))
