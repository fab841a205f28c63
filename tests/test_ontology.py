"""The ontology and the data tables agree with each other and with the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graphbuild.knowledge import load, read_table
from graphbuild.namespace import GB, ONTOLOGY_IRI

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = Graph().parse(ROOT / "ontology" / "graphbuild.ttl")
DEFINED = {str(s)[len(ONTOLOGY_IRI):] for s in ONTOLOGY.subjects() if str(s).startswith(ONTOLOGY_IRI)}


def test_every_term_of_the_namespace_is_defined_in_the_ontology_and_back():
    in_code = set(GB.__annotations__)
    assert in_code == DEFINED


def test_every_term_used_in_the_code_exists():
    used = set()
    for path in (ROOT / "graphbuild").rglob("*.py"):
        used |= set(re.findall(r"\bGB\.(\w+)", path.read_text(encoding="utf-8")))
    assert used and used <= DEFINED, used - DEFINED


def test_every_class_and_property_has_a_label_and_a_comment():
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    terms = {s for kind in kinds for s in ONTOLOGY.subjects(RDF.type, kind) if str(s).startswith(ONTOLOGY_IRI)}
    assert len(terms) > 40
    for term in terms:
        assert ONTOLOGY.value(term, RDFS.label), term
        assert ONTOLOGY.value(term, RDFS.comment), term


def test_relation_properties_form_one_hierarchy_of_families():
    families = set(ONTOLOGY.subjects(RDF.type, GB.RelationFamily))
    assert {GB.cooperates, GB.opposes, GB.threatensFamily, GB.communicates, GB.visitsFamily,
            GB.sanctionsFamily, GB.succeedsFamily, GB.roleIn} <= families
    for family in families:
        assert (family, RDFS.subPropertyOf, GB.relatedTo) in ONTOLOGY
    relations = {s for s in ONTOLOGY.subjects(RDFS.subPropertyOf, None) if ONTOLOGY.value(s, RDFS.subPropertyOf) in families}
    assert GB.contradicts in relations and GB.supports in relations


def test_required_classes_and_alignments():
    for cls in ("Person", "Organization", "Place", "Country", "Group", "Topic", "Article", "Statement", "Relation"):
        assert (GB[cls], RDF.type, OWL.Class) in ONTOLOGY
    assert (GB.Country, RDFS.subClassOf, GB.Place) in ONTOLOGY
    assert (GB.Topic, RDFS.subClassOf, URIRef("http://www.w3.org/2004/02/skos/core#Concept")) in ONTOLOGY
    assert (GB.Article, RDFS.subClassOf, URIRef("https://schema.org/NewsArticle")) in ONTOLOGY


def test_lexicon_and_titles_name_only_relations_of_the_ontology():
    knowledge = load()
    named = {c.relation for cues in (*knowledge.verb_cues.values(), *knowledge.noun_cues.values(),
                                     *knowledge.adjective_cues.values()) for c in cues}
    named |= {t.relation for t in knowledge.titles.values()}
    relations = {str(s)[len(ONTOLOGY_IRI):] for s in ONTOLOGY.subjects(RDF.type, OWL.ObjectProperty)}
    assert named <= relations, named - relations


def test_data_tables_have_no_duplicate_keys():
    for table, key in (("titles.tsv", "title"), ("places.tsv", "name"), ("entities.tsv", "name")):
        rows = [row[key] for row in read_table(table)]
        assert len(rows) == len(set(rows)), (table, {r for r in rows if rows.count(r) > 1})
    lexicon = [(r["lemma"], r["pos"], r["slot"]) for r in read_table("lexicon.tsv")]
    assert len(lexicon) == len(set(lexicon))


def test_cached_terms_are_the_namespaces_and_a_typo_still_fails():
    from graphbuild.namespace import GB, Terms

    terms = Terms(GB)
    assert terms.criticizes == GB.criticizes == terms["criticizes"]
    assert terms.criticizes is terms.criticizes      # looked up once
    with pytest.raises(AttributeError):
        terms.critizises


_IRREGULAR = {"fly": "flew", "oversee": "oversaw", "be": "were"}     # the lexicon's verbs whose past tense no rule below makes


def _past_tense(lemma: str) -> str:
    """A regular past tense: enough to see which lemma spaCy gives back (it lemmatises 'lambasted' as
    'lambast', so a lexicon that lists only 'lambaste' never matches)."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def test_every_lexicon_verb_is_found_in_the_past_tense(nlp):
    rows = read_table("lexicon.tsv")
    listed = {row["lemma"].split()[0] for row in rows}
    verbs = sorted({row["lemma"].split()[0] for row in rows if row["pos"] == "VERB"})
    unmatched = set()
    for verb, doc in zip(verbs, nlp.pipe(f"Officials {_past_tense(verb)} the plan." for verb in verbs)):
        if doc[1].lemma_.lower() not in listed:
            unmatched.add((verb, doc[1].text, doc[1].lemma_))
    assert not unmatched


def test_a_region_is_a_subdivision_name_and_no_kind_of_region():
    from graphbuild.knowledge import is_region

    assert is_region("Ohio") and is_region("Ontario") and is_region("New York")
    # pycountry's own lookup would answer these with the first region of that kind (Burgenland is a 'State')
    assert not any(is_region(word) for word in ("State", "County", "Province", "District", "Whitefish"))
