"""The graph's coded relations as a GDELT 2.0 Event table: tab-separated, one row per gb:Relation node
that has a gb:eventCode, under a header row of GDELT's 61 column names in their official order.

Columns and their meaning follow "The GDELT Event Database Data Format Codebook V2.0" (2/19/2015,
http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf); the list and order was checked
against the header table linwoodc3/gdelt2HeaderRows GDELT_2.0_Column_Labels_Header_Row_Sep2016.csv.

Filled columns:
  GLOBALEVENTID  a stable integer: the first 60 bits of the SHA-256 of the relation node's IRI
  SQLDATE, MonthYear, Year, FractionDate
                 the event's date (gb:eventDate, else the article's schema:datePublished); FractionDate is
                 YYYY + (MONTH * 30 + DAY) / 365, to four decimals, as the codebook computes it
  Actor1Code, Actor1Name, Actor1CountryCode, Actor1KnownGroupCode, Actor1Type1Code .. Actor1Type3Code
                 the subject's gb:actorCode, upper-case rdfs:label and gb:countryCode; the known group and
                 types are read off the actor code (coding.split_actor_code)
  Actor2...      the same for the object, when it is an actor (a topic or a place leaves them empty)
  IsRootEvent    1 when the evidence sentence is the first evidence of its article (the smallest
                 gb:startOffset among the article's relations and statements), else 0. GDELT flags events
                 of the lead paragraph; the graph does not record paragraphs, so this is the nearest it
                 can tell, and it over-counts articles whose lead yields nothing
  EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale
                 from the relation node, codes as strings with their leading zeros
  NumMentions, NumSources, NumArticles
                 from the relation's gb:Edge (readings, distinct publishers, articles); 1 without an edge
  DATEADDED      the article's date as YYYYMMDD000000
  SOURCEURL      the article's schema:url, else its origin: "file", "file#row=N" or "file#line=N"
Left empty: the ethnic and religion codes, AvgTone, and the 24 Actor1Geo_, Actor2Geo_ and ActionGeo_ columns.

Rows are sorted by date and GLOBALEVENTID, so the same graph gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO

from graphbuild.coding import split_actor_code
from graphbuild.export.atomic import write_atomic
from graphbuild.namespace import GB

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR),
    *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO),
    *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED", "SOURCEURL",
)

_NOT_ACTORS = (GB.Topic, GB.Place)


def write_gdelt(graph: Graph, path: Path) -> None:
    """Write the coded relations of ``graph`` to ``path`` as a GDELT 2.0 Event table, atomically."""
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(row) for row in sorted(gdelt_rows(graph), key=lambda row: (row[1], int(row[0])))]
    write_atomic(Path(path), ("\n".join(lines) + "\n").encode("utf-8"))


def gdelt_rows(graph: Graph) -> Iterator[tuple[str, ...]]:
    """One tuple of 61 strings per coded relation node, in no particular order."""
    first_offsets = _first_offsets(graph)
    for node in set(graph.subjects(RDF.type, GB.Relation)):
        code = graph.value(node, GB.eventCode)
        if code is None:
            continue
        article = graph.value(node, GB.article)
        published = _text(graph.value(article, SDO.datePublished)) if article is not None else ""
        day = _text(graph.value(node, GB.eventDate)) or published
        edge = graph.value(node, GB.edge)
        start = graph.value(node, GB.startOffset)
        root = int(start is not None and article is not None and int(start) == first_offsets.get(article))
        values = {
            "GLOBALEVENTID": str(global_event_id(node)),
            **_date_columns(day),
            **_actor_columns(graph, graph.value(node, GB.subject), "Actor1"),
            **_actor_columns(graph, graph.value(node, GB.object), "Actor2"),
            "IsRootEvent": str(root),
            "EventCode": str(code),
            "EventBaseCode": _text(graph.value(node, GB.eventBaseCode)) or str(code)[:3],
            "EventRootCode": _text(graph.value(node, GB.eventRootCode)) or str(code)[:2],
            "QuadClass": _text(graph.value(node, GB.quadClass)),
            "GoldsteinScale": _goldstein(graph.value(node, GB.goldstein)),
            "NumMentions": _count(graph, edge, GB.numMentions),
            "NumSources": _count(graph, edge, GB.numSources),
            "NumArticles": _count(graph, edge, GB.numArticles),
            "DATEADDED": published.replace("-", "") + "000000" if published else "",
            "SOURCEURL": _source_url(graph, article),
        }
        yield tuple(_clean(values.get(column, "")) for column in COLUMNS)


def global_event_id(node: URIRef) -> int:
    """A stable integer for a relation node: the first 15 hex digits (60 bits) of the SHA-256 of its
    IRI, so it fits GDELT's signed 64-bit GLOBALEVENTID."""
    return int(hashlib.sha256(str(node).encode("utf-8")).hexdigest()[:15], 16)


def _first_offsets(graph: Graph) -> dict[URIRef, int]:
    """The smallest evidence offset of each article, over its relation and statement nodes."""
    first: dict[URIRef, int] = {}
    for node, article in graph.subject_objects(GB.article):
        start = graph.value(node, GB.startOffset)
        if start is not None and (article not in first or int(start) < first[article]):
            first[article] = int(start)
    return first


def _date_columns(day: str) -> dict[str, str]:
    if len(day) < 10:
        return {}
    year, month, date = int(day[:4]), int(day[5:7]), int(day[8:10])
    return {
        "SQLDATE": f"{year:04d}{month:02d}{date:02d}",
        "MonthYear": f"{year:04d}{month:02d}",
        "Year": f"{year:04d}",
        "FractionDate": f"{year + (month * 30 + date) / 365:.4f}",
    }


def _actor_columns(graph: Graph, entity, prefix: str) -> dict[str, str]:
    if entity is None or not _is_actor(graph, entity):
        return {}
    code = _text(graph.value(entity, GB.actorCode))
    country = _text(graph.value(entity, GB.countryCode))
    columns = {f"{prefix}Name": _text(graph.value(entity, RDFS.label)).upper(), f"{prefix}CountryCode": country}
    if code:
        found_country, group, types = split_actor_code(code, country or None)
        columns[f"{prefix}Code"] = code
        columns[f"{prefix}CountryCode"] = country or found_country or ""
        columns[f"{prefix}KnownGroupCode"] = group or ""
        for number, type_code in enumerate(types, start=1):
            columns[f"{prefix}Type{number}Code"] = type_code
    return columns


def _is_actor(graph: Graph, entity) -> bool:
    """Topics and places are what a relation is about or where it goes, not who it is with."""
    if (entity, RDF.type, GB.Country) in graph:
        return True
    return not any((entity, RDF.type, kind) in graph for kind in _NOT_ACTORS)


def _source_url(graph: Graph, article) -> str:
    if article is None:
        return ""
    url = _text(graph.value(article, SDO.url))
    if url:
        return url
    origin = _text(graph.value(article, GB.sourceFile))
    row, line = graph.value(article, GB.sourceRow), graph.value(article, GB.sourceLine)
    if origin and row is not None:
        return f"{origin}#row={row}"
    if origin and line is not None:
        return f"{origin}#line={line}"
    return origin


def _count(graph: Graph, edge, predicate: URIRef) -> str:
    value = graph.value(edge, predicate) if edge is not None else None
    return _text(value) or "1"


def _goldstein(value) -> str:
    return f"{float(value.toPython() if isinstance(value, Literal) else value):.1f}" if value is not None else ""


def _text(value) -> str:
    return "" if value is None else str(value)


def _clean(value: str) -> str:
    """GDELT files have no quoting: tabs and line breaks inside a value become spaces."""
    return " ".join(value.split()) if any(ch in value for ch in "\t\r\n") else value
