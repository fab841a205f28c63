"""Bad input, whole builds: each bad input is named with what is wrong, the exit status says whether
anything was lost, the good articles of the same run are in the graph, and the outputs always parse.

Every build here mixes the bad input with good.txt ("Angela Merkel criticized Vladimir Putin on
Monday.") and runs the command as a user would (typer's CliRunner). The readers' own messages are
tested in test_ingest.py; these tests check what a build makes of them.
"""

from __future__ import annotations

import json
import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from typer.testing import CliRunner

from graphbuild.cli import EXIT_FAILED, EXIT_PARTIAL, app

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bad"
GOOD = FIXTURES / "good.txt"
GOOD_NAMES = {"Angela Merkel", "Vladimir Putin"}
RESOURCE = "https://w3id.org/graphbuild/resource/"
GB = "https://w3id.org/graphbuild/ontology#"

runner = CliRunner()


# ---------------------------------------------------------------------------------- helpers

def build(out: Path, *paths: str | Path, options: tuple[str, ...] = ()):
    """`graphbuild build PATHS --out OUT [OPTIONS]`; never a traceback."""
    result = runner.invoke(app, ["build", *map(str, paths), "--out", str(out), *options])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.output
    return result


def parsed(out: Path) -> Graph:
    """out/graph.ttl parsed by rdflib, after checking that pyoxigraph reads the same number of triples."""
    data = (out / "graph.ttl").read_bytes()
    graph = Graph().parse(data=data, format="turtle")
    store = pyoxigraph.Store()
    store.load(data, pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(graph)
    return graph


def entity_names(out: Path) -> set[str]:
    graph = parsed(out)
    return {str(label) for node, label in graph.subject_objects(RDFS.label)
            if str(node).startswith(RESOURCE) and "/relation_" not in str(node) and "/statement_" not in str(node)}


def messages(result) -> list[str]:
    """The error: and warning: lines on stderr."""
    return [line for line in result.stderr.splitlines() if line.startswith(("error: ", "warning: "))]


def make_dir(tmp_path: Path, name: str, files: dict[str, str]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


# ------------------------------------------------------------------ one bad input, one good article

# (case, the bad input: a fixture name, or a callable making it under tmp_path, the exit status,
#  the messages expected on stderr (regular expressions, § standing for the input's path),
#  names that must be in the graph besides the good article's)
CASES = [
    ("empty file", "empty.txt", EXIT_PARTIAL, [r"error: §: empty file"], set()),
    ("whitespace only", "whitespace.txt", EXIT_PARTIAL, [r"error: §: empty file"], set()),
    ("binary file", "binary.txt", EXIT_PARTIAL, [r"error: §: not a text file \(it contains NUL bytes\)"], set()),
    ("UTF-16 without a BOM", "utf16-no-bom.txt", EXIT_PARTIAL,
     [r"error: §: not a text file .*looks like UTF-16 without a byte-order mark; save it as UTF-8"], set()),
    ("invalid UTF-8", "cp1252.txt", 0, [r"warning: §: not UTF-8: read as cp1252 \(Windows Western\)"],
     {"François Hollande", "Jean-Claude Juncker"}),
    ("UTF-16 with a BOM", "utf16.txt", 0, [], {"Justin Trudeau", "Narendra Modi"}),
    ("CSV without a text column", "no-text-column.csv", EXIT_PARTIAL,
     [r"error: §: no 'text' column \(columns found: title, body, subject, date\)"], set()),
    ("CSV with ragged rows", "ragged.csv", EXIT_PARTIAL,
     [r"warning: § row 3: ragged row: 5 cells where the header has 4; the cells past the header were ignored",
      r"error: § row 4: ragged row: 1 cell where the header has 4, so it has no 'text' cell",
      r"warning: § row 5: ragged row: 3 cells where the header has 4; the missing cells were left empty"],
     {"Emmanuel Macron", "Boris Johnson", "Shinzo Abe"}),
    ("JSONL with one malformed line", "one-bad-line.jsonl", EXIT_PARTIAL,
     [r"error: § line 2: malformed JSON: Invalid control character at column 62"],
     {"Emmanuel Macron", "Xi Jinping", "Shinzo Abe"}),
    ("unknown extension", "notes.xyz", 0,
     [r"warning: §: skipped: unknown extension '\.xyz' \(expected \.txt, \.md, \.jsonl, \.csv\)"], set()),
    ("path that does not exist", lambda tmp: tmp / "missing.txt", EXIT_PARTIAL,
     [r"error: §: no such file or directory"], set()),
    ("pattern that matches nothing", lambda tmp: tmp / "*.jsonl", EXIT_PARTIAL,
     [r"error: §: no files match this pattern"], set()),
    ("empty directory", lambda tmp: make_dir(tmp, "empty", {".hidden.txt": "Emmanuel Macron met Xi Jinping."}),
     EXIT_PARTIAL,
     [r"error: §: no readable articles in this directory \(it holds no files; hidden ones are not read\)"], set()),
    ("directory of skipped files", lambda tmp: make_dir(tmp, "odd", {"a.pdf": "x", "b.docx": "y"}), EXIT_PARTIAL,
     [r"warning: §/a\.pdf: skipped: unknown extension '\.pdf'", r"warning: §/b\.docx: skipped: unknown extension",
      r"error: §: no readable articles in this directory \(its 2 files were skipped\)"], set()),
    ("directory of unreadable files", lambda tmp: make_dir(tmp, "bad", {"a.txt": " ", "b.jsonl": "{"}), EXIT_PARTIAL,
     [r"error: §/a\.txt: empty file", r"error: §/b\.jsonl line 1: malformed JSON"], set()),
    ("NUL bytes", "nul-bytes.txt", 0, [r"warning: §: 2 NUL bytes ignored"], {"Emmanuel Macron", "Xi Jinping"}),
    ("control characters", "control-characters.txt", 0, [r"warning: §: 5 control characters ignored"],
     {"Emmanuel Macron", "Xi Jinping"}),
    ("emoji", "emoji.txt", 0, [], {"Emmanuel Macron", "Xi Jinping"}),
    ("right-to-left scripts", "right-to-left.txt", 0, [], {"Benjamin Netanyahu", "Mahmoud Abbas"}),
    ("zero-width characters", "zero-width.txt", 0, [], {"Emmanuel Macron", "Xi Jinping", "Beijing"}),
]


@pytest.mark.parametrize(("bad", "exit_status", "expected", "names"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_a_bad_input_is_named_and_the_good_articles_are_built(tmp_path, bad, exit_status, expected, names):
    path = bad(tmp_path) if callable(bad) else FIXTURES / bad
    out = tmp_path / "out"
    result = build(out, GOOD, path)
    assert result.exit_code == exit_status, result.output
    shown = messages(result)
    assert len(shown) == len(expected), shown
    for line, pattern in zip(shown, expected):
        assert re.match(pattern.replace("§", re.escape(path.as_posix())), line), (line, pattern)
    if exit_status == EXIT_PARTIAL:
        assert f"{sum(line.startswith('error') for line in shown)} input(s) could not be read" in result.stderr
    assert GOOD_NAMES | names <= entity_names(out)
    for name in names:   # no control or zero-width character survives into a name
        assert not re.search(r"[\x00-\x1f\x7f\u200b\u2060\ufeff\u00ad]", name)


def test_a_csv_cell_of_5_mb_is_read(tmp_path):
    """Far above the csv module's default field limit (128 KB). The NLP sees one sentence: the rest
    of the 5 MB text cell is blank space, and the second row's 5 MB cell is in a column not read."""
    path = tmp_path / "big-cells.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("title,text,notes\n")
        file.write('Huge,"Emmanuel Macron met Xi Jinping in Beijing.' + " \n" * 2_500_000 + '",\n')
        file.write(f'Notes,Shinzo Abe met Moon Jae-in in Tokyo.,"{"x" * 5_000_000}"\n')
    assert path.stat().st_size > 10_000_000
    out = tmp_path / "out"
    result = build(out, GOOD, path)
    assert result.exit_code == 0 and not messages(result), result.output
    assert "built 3 articles" in result.output
    assert GOOD_NAMES | {"Emmanuel Macron", "Xi Jinping", "Shinzo Abe"} <= entity_names(out)


def test_lone_surrogates_in_json_are_replaced(tmp_path):
    """JSON can escape a lone surrogate, which no UTF-8 output can hold."""
    path = tmp_path / "surrogates.jsonl"
    path.write_text('{"title": "Half \\ud83d a smile", "text": "Emmanuel Macron met Xi Jinping. \\udc00"}\n',
                    encoding="utf-8")
    out = tmp_path / "out"
    result = build(out, GOOD, path)
    assert result.exit_code == 0, result.output
    assert GOOD_NAMES | {"Emmanuel Macron", "Xi Jinping"} <= entity_names(out)
    assert "Half \ufffd a smile" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_only_bad_input_fails_with_status_2_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    result = build(out, FIXTURES / "empty.txt", FIXTURES / "binary.txt", tmp_path / "missing.txt")
    assert result.exit_code == EXIT_FAILED
    assert result.stderr.startswith("error: no article could be read from ")
    for name in ("empty.txt: empty file", "binary.txt: not a text file", "missing.txt: no such file"):
        assert name in result.stderr
    assert not (out / "graph.ttl").exists()


@pytest.mark.parametrize("bad", ["notes.xyz", "cp1252.txt", "empty.txt"], ids=["warning", "warning", "error"])
def test_strict_makes_any_problem_fatal_and_keeps_the_previous_outputs(tmp_path, bad):
    out = tmp_path / "out"
    assert build(out, GOOD).exit_code == 0
    before = snapshot(out)
    result = build(out, GOOD, FIXTURES / bad, options=("--strict",))
    assert result.exit_code == EXIT_FAILED
    assert re.match(r"error: --strict: 1 input problem\(s\), nothing was written: .*" + re.escape(bad), result.stderr)
    assert snapshot(out) == before


# ----------------------------------------------------------------------------- long articles

def test_a_long_article_is_parsed_in_pieces_and_its_offsets_stay_right(nlp, tmp_path, monkeypatch):
    """30,000 characters against a limit of 8,000 (the real limit is 2 million; see the slow test)."""
    import graphbuild.nlp as module

    monkeypatch.setattr(nlp, "max_length", 8_000)
    monkeypatch.setattr(module, "CHUNK", 4_000)
    filler = "The committee met again on Tuesday to discuss the budget.\n"
    last = "Justin Trudeau thanked Narendra Modi in Ottawa."
    text = filler * (30_000 // len(filler)) + last + "\n"
    assert len(text) > 30_000
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = build(out, GOOD, tmp_path / "long.txt")
    assert result.exit_code == 0, result.output
    graph = parsed(out)
    [relation] = graph.subjects(URIRef(GB + "evidence"), Literal(last))
    start = int(graph.value(relation, URIRef(GB + "startOffset")))
    end = int(graph.value(relation, URIRef(GB + "endOffset")))
    assert text[start:end] == last


@pytest.mark.skipif(not os.environ.get("GRAPHBUILD_HUGE"), reason="a 3-million-character article takes minutes: "
                                                                   "set GRAPHBUILD_HUGE=1 to run it")
def test_an_article_of_three_million_characters(tmp_path):
    paragraph = ("Justin Trudeau thanked Narendra Modi in Ottawa on Monday, and the two leaders "
                 "discussed trade, security and the climate with their ministers.\n")
    text = (paragraph * (3_000_000 // len(paragraph) + 1))[:3_000_000]
    (tmp_path / "huge.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    started = time.perf_counter()
    result = build(out, GOOD, tmp_path / "huge.txt")
    print(f"3,000,000 characters built in {time.perf_counter() - started:.0f} s")
    assert result.exit_code == 0, result.output
    assert GOOD_NAMES | {"Justin Trudeau", "Narendra Modi"} <= entity_names(out)


# -------------------------------------------------------------------------- interrupted builds

OUTPUTS = ("graph.ttl", "graph.trig", "graph.nq", "graph.html", "build.ttl")


def snapshot(out: Path) -> dict[str, bytes]:
    """The outputs and the cache's manifest (the articles the graph holds), by relative path; and a
    check that nothing else is there but the cache's extractions (a failed build may keep its parses
    for the next one): no temporary file, no folder of unfinished outputs."""
    files = {path.relative_to(out).as_posix(): path for path in sorted(out.rglob("*")) if path.is_file()}
    kept = {name: path.read_bytes() for name, path in files.items()
            if name in OUTPUTS or name.endswith("/graph.json")}
    parses = [name for name in files if name not in kept]
    assert all(re.fullmatch(r"\.graphbuild/[0-9a-f]{16}/[0-9a-f]{16}\.json", name) for name in parses), parses
    assert {path.name for path in out.iterdir()} == {".graphbuild", *OUTPUTS}
    return kept


def interrupt_writer(monkeypatch, name: str) -> None:
    """Make the exporter ``name`` raise KeyboardInterrupt (Ctrl-C) when it is called."""
    import dataclasses

    from graphbuild.export import EXPORTERS

    def interrupted(graph, path, *, title):
        raise KeyboardInterrupt

    monkeypatch.setitem(EXPORTERS, name, dataclasses.replace(EXPORTERS[name], write=interrupted))


@pytest.mark.parametrize("writer", ["turtle", "nquads"], ids=["first file", "after other files"])
def test_an_interrupted_build_leaves_the_previous_outputs(tmp_path, monkeypatch, writer):
    out = tmp_path / "out"
    assert build(out, GOOD).exit_code == 0
    before = snapshot(out)
    interrupt_writer(monkeypatch, writer)
    result = build(out, GOOD, FIXTURES / "emoji.txt")
    assert result.exit_code == 130              # Ctrl-C
    assert "interrupted; the outputs in place are complete" in result.output
    assert snapshot(out) == before              # byte for byte, the manifest too; no temporary file
    assert GOOD_NAMES <= entity_names(out)
    HTMLParser().feed((out / "graph.html").read_text(encoding="utf-8"))


def test_a_failure_writing_the_html_view_beside_the_others_fails_the_build_and_keeps_the_outputs(tmp_path, monkeypatch):
    """graph.html is written in a forked child while the other files are written: its error comes
    back to the build, which writes nothing."""
    import dataclasses

    from graphbuild.errors import GraphbuildError
    from graphbuild.export import EXPORTERS

    def full(graph, path, *, title):
        raise GraphbuildError(f"cannot write {path.name}: No space left on device")

    out = tmp_path / "out"
    assert build(out, GOOD).exit_code == 0
    before = snapshot(out)
    assert EXPORTERS["html"].apart
    monkeypatch.setitem(EXPORTERS, "html", dataclasses.replace(EXPORTERS["html"], write=full))
    result = build(out, GOOD, FIXTURES / "emoji.txt")
    assert result.exit_code != 0
    assert "cannot write graph.html: No space left on device" in result.output
    assert snapshot(out) == before


def test_a_build_killed_while_writing_leaves_nothing_behind_the_next_build(tmp_path):
    """A build killed (SIGKILL) between writing its outputs and renaming them leaves a hidden folder;
    the next build into the same folder removes it."""
    out = tmp_path / "out"
    assert build(out, GOOD).exit_code == 0
    leftover = out / ".graphbuild-new-killed"
    leftover.mkdir()
    (leftover / "graph.ttl").write_text("@prefix half", encoding="utf-8")
    assert build(out, GOOD).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([".graphbuild", *OUTPUTS])


def test_an_interrupted_append_keeps_the_graph_and_a_later_append_is_right(tmp_path, monkeypatch):
    first, second = GOOD, FIXTURES / "emoji.txt"
    out = tmp_path / "out"
    assert build(out, first).exit_code == 0
    before = snapshot(out)
    with monkeypatch.context() as patch:
        interrupt_writer(patch, "nquads")
        assert build(out, second, options=("--append",)).exit_code == 130
    assert snapshot(out) == before              # outputs and manifest: the graph still holds one article
    assert build(out, second, options=("--append",)).exit_code == 0
    whole = tmp_path / "whole"
    assert build(whole, first, second).exit_code == 0
    for name in ("graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (whole / name).read_bytes()


# ------------------------------------------------------------------- hostile names, valid outputs

HOSTILE_NAMES = {"John <Smith>", "Mary {Jones", "Carl Caret^Hat", 'Tom Quote"Mark', "Bob `Tick` Jones",
                 "Zoë Ångström", "Мария Иванова"}
HOSTILE_RECORD = {
    "title": 'Line one\nline "two" \\ <script>alert(3)</script> שלום عباس 👩\u200d💻🇫🇷',
    "author": "Ann {Curly} | Pipe ^ Caret ` Tick \\ Back",
    "url": 'https://example.org/a b/<x>"{y}|^`\\',
    "source": "Reuters\r\nWire\t",
    "text": "Angela Merkel criticized Xi Jinping.",
}


def hostile_inputs(tmp_path: Path) -> list[Path]:
    named = tmp_path / 'odd "name" <b>&amp; {x}|^`.txt'       # the file name ends up in the graph and the page
    named.write_text("Emmanuel Macron met Olaf Scholz in Berlin.", encoding="utf-8")
    record = tmp_path / "metadata.jsonl"
    record.write_text(json.dumps(HOSTILE_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    return [GOOD, FIXTURES / "hostile-names.txt", named, record]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, tuple]] = []
        self.data: dict[str, str] = {}
        self.options: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))
        self._in = dict(attrs).get("id") if tag == "script" else "option" if tag == "option" else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "option":
            self.options.append(data)
        elif self._in:
            self.data[self._in] = self.data.get(self._in, "") + data


def test_hostile_names_and_text_give_valid_turtle_and_html(tmp_path):
    out = tmp_path / "out"
    result = build(out, *hostile_inputs(tmp_path))
    assert result.exit_code == 0, result.output
    names = entity_names(out)                        # parsed by rdflib and by pyoxigraph
    assert HOSTILE_NAMES | GOOD_NAMES <= names
    graph = parsed(out)
    literals = {str(o) for o in graph.objects()}
    assert HOSTILE_RECORD["title"] in literals and HOSTILE_RECORD["author"] in literals
    assert HOSTILE_RECORD["url"] in literals and "Reuters\r\nWire" in literals
    assert any('\\"deal\\"' in text for text in literals)                # backslashes and quotes in evidence
    assert any(text.endswith('odd "name" <b>&amp; {x}|^`.txt') for text in literals)
    assert all(isinstance(node, URIRef) and re.fullmatch(r"[\w:/.#-]+", str(node))
               for node in graph.all_nodes() if isinstance(node, URIRef))

    # the page: well-formed, no tag from the articles, the data blocks hold the names as they are
    page = (out / "graph.html").read_text(encoding="utf-8")
    tags = _Tags()
    tags.feed(page)
    tags.close()
    baseline = tmp_path / "baseline"
    assert build(baseline, GOOD).exit_code == 0
    plain = _Tags()
    plain.feed((baseline / "graph.html").read_text(encoding="utf-8"))
    assert {tag for tag, _ in tags.tags} == {tag for tag, _ in plain.tags}           # no <img>, no <b>
    assert [t for t in tags.tags if t[0] == "script"] == [t for t in plain.tags if t[0] == "script"]
    assert HOSTILE_NAMES <= {node["label"] for node in json.loads(tags.data["graph-nodes"])}
    assert HOSTILE_RECORD["title"] in tags.options


def test_the_same_input_gives_the_same_bytes_whatever_its_order(tmp_path):
    inputs = hostile_inputs(tmp_path) + [FIXTURES / name
                                         for name in ("ragged.csv", "one-bad-line.jsonl", "zero-width.txt")]
    one, two = tmp_path / "one", tmp_path / "two"
    assert build(one, *inputs).exit_code == EXIT_PARTIAL
    assert build(two, *reversed(inputs)).exit_code == EXIT_PARTIAL
    for name in ("graph.ttl", "graph.html"):
        assert (one / name).read_bytes() == (two / name).read_bytes()
