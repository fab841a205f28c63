"""Check a built graph against ontology/shapes.ttl (SHACL) and report its problems readably.

``validate(graph)`` runs pyshacl and returns a :class:`Report`: whether the graph conforms and its
problems, each named by node, property, message and value in short prefixed form
(``gbr:relation_1a2b  gb:confidence  1.5``). ``validate_folder(out)`` does the same for a built
folder's graph.ttl, ``check(graph)`` raises when a build made a graph that does not conform, and
``Report.render()`` is the text ``graphbuild validate`` prints.

The shapes are SHACL Core without inference: the output types every node explicitly and carries
the ontology (which a relation's predicate is checked against), so pyshacl can read the graph in
place, without copying it. A graph without the ontology gets it mixed in (a copy).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD

from graphbuild.errors import GraphbuildError
from graphbuild.namespace import GB

SHAPES_NAME = "ontology/shapes.ttl"   # how reports name the shapes file
SH = Namespace("http://www.w3.org/ns/shacl#")
GBSH = Namespace("https://w3id.org/graphbuild/shapes#")
EXAMPLES = 5                          # focus nodes shown per kind of problem
_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
_PATH_SUFFIX = {SH.zeroOrMorePath: "*", SH.oneOrMorePath: "+", SH.zeroOrOnePath: "?"}
_BARE = {XSD.integer: re.compile(r"[+-]?\d+"), XSD.decimal: re.compile(r"[+-]?\d*\.\d+"),
         XSD.boolean: re.compile(r"true|false")}     # literals Turtle writes without quotes
_VALUE_WIDTH = 60


@dataclass(frozen=True, slots=True)
class Problem:
    """One SHACL result, in short readable strings."""

    focus: str                  # the node: "gbr:relation_1a2b"
    path: str                   # the property: "gb:confidence", "gb:edge/gb:subject", "^prov:used"; "" for the node
    message: str                # what a well-formed node has, from the shape's sh:message
    severity: str = "violation"  # "violation", "warning" or "info"
    value: str = ""             # the offending value: "1.5", "\"maybe\"", "gbr:Asia"; "" when a value is missing
    kind: str = ""              # what the node is: "relation", "article", "country", ...


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of validating one graph."""

    conforms: bool
    problems: tuple[Problem, ...] = ()
    source: str = "the graph"   # what was validated: "out/graph.ttl"
    checked: int = 0            # focus nodes the shapes target

    def render(self) -> str:
        """A readable report: one line when the graph conforms, else its problems grouped by kind."""
        checked = f"{self.checked:,} node{'s' if self.checked != 1 else ''} checked"
        if not self.problems:
            return f"{self.source} conforms to {SHAPES_NAME} ({checked})"
        violations = [p for p in self.problems if p.severity == "violation"]
        nodes = len({p.focus for p in self.problems})
        if self.conforms:
            head = (f"{self.source} conforms to {SHAPES_NAME} ({checked}), with "
                    f"{_count(len(self.problems), 'warning')}:")
        else:
            head = (f"{self.source} does not conform to {SHAPES_NAME}: {_count(len(violations), 'problem')} "
                    f"on {nodes:,} of {checked}")
        groups: dict[tuple[str, str, str, str], dict[str, list[str]]] = defaultdict(dict)
        for problem in self.problems:
            group = groups[(problem.severity, problem.kind, problem.path, problem.message)]
            values = group.setdefault(problem.focus, [])
            if problem.value and problem.value not in values:
                values.append(problem.value)
        lines = [head]
        order = sorted(groups.items(), key=lambda item: (item[0][0] != "violation", -len(item[1]), item[0]))
        for (severity, kind, path, message), nodes in order:
            where = " ".join(part for part in (kind, path) if part)
            tag = "" if severity == "violation" else f"{severity}: "
            lines.append("")
            lines.append(f"{tag}{where}: {message} ({_count(len(nodes), 'node')})")
            for focus, values in list(nodes.items())[:EXAMPLES]:
                lines.append(f"    {focus}" + (f"  {', '.join(values)}" if values else ""))
            if len(nodes) > EXAMPLES:
                lines.append(f"    ... and {len(nodes) - EXAMPLES:,} more")
        return "\n".join(lines)


def validate(data: Graph, *, source: str = "the graph") -> Report:
    """Check ``data`` against ontology/shapes.ttl with pyshacl (SHACL Core, no inference).

    ``source`` names the graph in the report ("out/graph.ttl"). The graph is read in place and
    left unchanged.
    """
    from pyshacl import validate as shacl_validate
    from pyshacl.errors import ReportableRuntimeError

    from graphbuild.rdf import FlatGraph

    shapes = shapes_graph()
    if isinstance(data, FlatGraph):
        shapes = data.adopt(shapes)
    ontology = None
    if (GB.relatedTo, RDF.type, OWL.ObjectProperty) not in data:
        from graphbuild.rdf import ontology_graph

        ontology = ontology_graph()   # pyshacl then validates a copy of data with the ontology mixed in
    try:
        conforms, results, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                              advanced=False, allow_warnings=True, abort_on_first=False)
    except ReportableRuntimeError as error:
        raise GraphbuildError(f"{SHAPES_NAME} could not be applied: {error.message}") from error
    names = _Names(data)
    problems = sorted(_problems(results, shapes, names),
                      key=lambda p: (p.severity != "violation", p.kind, p.path, p.message, p.focus, p.value))
    return Report(bool(conforms), tuple(problems), source, len(_focus_nodes(data, shapes)))


def validate_folder(out: Path) -> Report:
    """Validate a built folder's graph.ttl (or an RDF file given by name)."""
    out = Path(out)
    path = out / "graph.ttl" if out.is_dir() else out
    if out.is_dir() and not path.is_file():
        raise GraphbuildError(f"{out} has no graph.ttl: build it first with `graphbuild build ... --out {out}`")
    if not path.is_file():
        raise GraphbuildError(f"{path} does not exist: give a folder made by `graphbuild build ... --out DIR`")
    try:
        data = Graph().parse(path, format="turtle" if path.suffix.lower() in {".ttl", ".turtle"} else None)
    except Exception as error:   # rdflib raises many parser-specific types
        raise GraphbuildError(f"{path} cannot be read as RDF: {error}") from error
    return validate(data, source=str(path))


def check(data: Graph, *, source: str = "the built graph") -> Report:
    """Validate a graph a build has just made; raise if it does not conform (a bug, not bad input)."""
    report = validate(data, source=source)
    if not report.conforms:
        raise GraphbuildError(report.render() + "\n\nnothing was written: this is a bug in graphbuild, "
                                                "please report it with the problems above")
    return report


def shapes_graph() -> Graph:
    """ontology/shapes.ttl, parsed."""
    from graphbuild.knowledge import ontology_dir

    path = ontology_dir() / "shapes.ttl"
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as error:
        raise GraphbuildError(f"the SHACL shapes {path} are missing: reinstall graphbuild") from error
    except Exception as error:   # rdflib raises many parser-specific types
        raise GraphbuildError(f"the SHACL shapes {path} are not valid Turtle: {error}") from error


# ------------------------------------------------------------------ reading pyshacl's results

def _problems(results: Graph, shapes: Graph, names: _Names):
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        shape = results.value(result, SH.sourceShape)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        yield Problem(
            focus=names.term(focus),
            path=_path(results, path, names) if path is not None else "",
            message=messages[0] if messages else "",
            severity=_SEVERITY.get(results.value(result, SH.resultSeverity), "violation"),
            value=names.term(value) if value is not None and value != focus else "",
            kind=_kind(names.data, focus, shapes, shape),
        )


def _path(graph: Graph, path, names: _Names) -> str:
    """A SHACL property path as SPARQL-like text: gb:edge/gb:subject, ^prov:used, rdfs:subPropertyOf*."""
    if isinstance(path, URIRef):
        return names.term(path)
    if (path, RDF.first, None) in graph:
        return "/".join(_path(graph, step, names) for step in Collection(graph, path))
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(graph, inverse, names)
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path(graph, step, names) for step in Collection(graph, alternatives)) + ")"
    for predicate, suffix in _PATH_SUFFIX.items():
        inner = graph.value(path, predicate)
        if inner is not None:
            return _path(graph, inner, names) + suffix
    return names.term(path)


def _kind(data: Graph, focus, shapes: Graph, shape) -> str:
    """What the focus node is, in a word: its gb: class ("relation", "country"), else the rdfs:label
    of the shape ("entity" for an untyped node named as mentioned in an article)."""
    kinds = sorted(str(t) for t in data.objects(focus, RDF.type) if str(t).startswith(str(GB)))
    if kinds:
        return kinds[0][len(str(GB)):].lower()
    label = shapes.value(shape, RDFS.label) if shape is not None else None
    return str(label) if label is not None else ""


def _focus_nodes(data: Graph, shapes: Graph) -> set:
    """The nodes the shapes target in ``data``."""
    classes = set(shapes.objects(None, SH.targetClass))
    classes |= {sub for cls in classes for sub in data.transitive_subjects(RDFS.subClassOf, cls)}
    nodes = {node for cls in classes for node in data.subjects(RDF.type, cls)}
    for predicate in set(shapes.objects(None, SH.targetSubjectsOf)):
        nodes.update(data.subjects(predicate, None))
    for predicate in set(shapes.objects(None, SH.targetObjectsOf)):
        nodes.update(data.objects(None, predicate))
    nodes.update(shapes.objects(None, SH.targetNode))
    return nodes


class _Names:
    """Short names for terms: gb:, gbr: (the data's base), schema:, prov:, ... and quoted literals."""

    def __init__(self, data: Graph) -> None:
        from graphbuild.rdf import DEFAULT_BASE, PREFIXES

        self.data = data
        namespaces = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        bound = dict(data.namespaces())
        namespaces["gbr"] = str(bound.get("gbr", DEFAULT_BASE))
        namespaces["gbsh"] = str(GBSH)
        namespaces["sh"] = str(SH)
        self.namespaces = sorted(((ns, prefix) for prefix, ns in namespaces.items()), key=lambda n: -len(n[0]))

    def term(self, term) -> str:
        if isinstance(term, Literal):
            return _literal(term, self)
        if isinstance(term, BNode):
            return f"_:{term}"
        text = str(term)
        for namespace, prefix in self.namespaces:
            if text.startswith(namespace) and len(text) > len(namespace) and " " not in text:
                return f"{prefix}:{text[len(namespace):]}"
        return f"<{text}>"


def _literal(literal: Literal, names: _Names) -> str:
    """A literal as Turtle writes it: 1.5, 98, true, "maybe", "2017"^^xsd:date, shortened."""
    text = str(literal)
    if literal.datatype in _BARE and _BARE[literal.datatype].fullmatch(text):
        return text
    if len(text) > _VALUE_WIDTH:
        text = text[: _VALUE_WIDTH - 1] + "…"
    quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if literal.language:
        return f"{quoted}@{literal.language}"
    if literal.datatype is not None and literal.datatype != XSD.string:
        return f"{quoted}^^{names.term(literal.datatype)}"
    return quoted


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'s' if number != 1 else ''}"
