"""The ontology's terms as a closed namespace: a typo is an AttributeError, not a new IRI.

Kept in step with ontology/graphbuild.ttl by tests/test_ontology.py.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = "https://w3id.org/graphbuild/ontology#"


class GB(DefinedNamespace):
    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    Actor: URIRef
    Article: URIRef
    Country: URIRef
    Entity: URIRef
    Group: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Relation: URIRef
    RelationFamily: URIRef
    Statement: URIRef
    Topic: URIRef
    accuses: URIRef
    adviserTo: URIRef
    agreesWith: URIRef
    article: URIRef
    attacks: URIRef
    channel: URIRef
    communicates: URIRef
    communicatesWith: URIRef
    confidence: URIRef
    contradicts: URIRef
    cooperates: URIRef
    cooperatesWith: URIRef
    criticizes: URIRef
    cue: URIRef
    dateline: URIRef
    direct: URIRef
    endOffset: URIRef
    evidence: URIRef
    fights: URIRef
    helps: URIRef
    leaderOf: URIRef
    meets: URIRef
    memberOf: URIRef
    mentionedIn: URIRef
    negotiatesWith: URIRef
    object: URIRef
    officialOf: URIRef
    opposes: URIRef
    opposesActor: URIRef
    polarity: URIRef
    praises: URIRef
    predicate: URIRef
    rejects: URIRef
    relatedTo: URIRef
    relativeOf: URIRef
    reportedIn: URIRef
    roleIn: URIRef
    rule: URIRef
    sanctions: URIRef
    sanctionsFamily: URIRef
    sourceFile: URIRef
    sourceLine: URIRef
    sourceRow: URIRef
    speaker: URIRef
    spokespersonFor: URIRef
    stance: URIRef
    startOffset: URIRef
    subject: URIRef
    succeeds: URIRef
    succeedsFamily: URIRef
    sues: URIRef
    supports: URIRef
    text: URIRef
    threatens: URIRef
    threatensFamily: URIRef
    title: URIRef
    undermines: URIRef
    urges: URIRef
    visits: URIRef
    visitsFamily: URIRef
    warns: URIRef
