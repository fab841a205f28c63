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
    Build: URIRef
    Country: URIRef
    Edge: URIRef
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
    actorCode: URIRef
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
    countryCode: URIRef
    criticizes: URIRef
    cue: URIRef
    dateline: URIRef
    describedAs: URIRef
    direct: URIRef
    disputed: URIRef
    edge: URIRef
    endOffset: URIRef
    eventBaseCode: URIRef
    eventCode: URIRef
    eventDate: URIRef
    eventRootCode: URIRef
    evidence: URIRef
    fights: URIRef
    former: URIRef
    goldstein: URIRef
    helps: URIRef
    leaderOf: URIRef
    meets: URIRef
    memberOf: URIRef
    mentionedAs: URIRef
    mentionedIn: URIRef
    model: URIRef
    negotiatesWith: URIRef
    numArticles: URIRef
    numDisputing: URIRef
    numMentions: URIRef
    numSources: URIRef
    object: URIRef
    officialOf: URIRef
    opposes: URIRef
    opposesActor: URIRef
    polarity: URIRef
    praises: URIRef
    predicate: URIRef
    quadClass: URIRef
    rejects: URIRef
    relatedTo: URIRef
    relativeOf: URIRef
    reportedIn: URIRef
    roleIn: URIRef
    rule: URIRef
    sanctions: URIRef
    sanctionsFamily: URIRef
    sha256: URIRef
    sourceFile: URIRef
    sourceLine: URIRef
    sourceRow: URIRef
    speaker: URIRef
    coSpeaker: URIRef
    accordingTo: URIRef
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


class Terms:
    """A namespace's terms by attribute, each looked up once: rdflib's namespaces check every lookup
    anew, which a build, making a quarter of a million triples, pays for once per triple. Items
    (``terms["criticizes"]``) go to the namespace as they are."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]
