"""Reading articles: path expansion, each reader, metadata, ids and every InputProblem."""

from __future__ import annotations

import inspect
import itertools
import re
import shutil
from pathlib import Path

import pytest
from tests.test_normalize import assert_maps_back

from graphbuild.ingest import (
    READERS,
    read_articles,
    read_csv,
    read_jsonl,
    read_markdown,
    read_txt,
)
from graphbuild.ingest.metadata import parse_date, parse_dateline, parse_markdown_header
from graphbuild.ingest.readers import decode
from graphbuild.model import Article, InputProblem

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "ingest"
SEEDS = HERE.parent / "seeds"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "reuters-politics-2017.csv"  # ../shared beside the repo


def read_all(*paths: str | Path) -> list[Article | InputProblem]:
    return list(read_articles(paths))


def only_article(items: list[Article | InputProblem]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def articles(items: list[Article | InputProblem]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def problems(items: list[Article | InputProblem]) -> list[str]:
    return [str(item) for item in items if isinstance(item, InputProblem)]


# -- the seeds ----------------------------------------------------------------------------


def test_reuters_seed() -> None:
    article = only_article(read_all(SEEDS / "000_c9d06a2011bef856.txt"))
    assert article.dateline == "Washington"
    assert article.publisher == "Reuters"
    assert article.text.startswith("U.S. President Donald Trump on Sunday dismissed")
    assert "Pyongyang's nuclear" in article.text and "They won't be open forever" in article.text
    assert article.offsets.to_original(0) == article.original.index("U.S. President")
    assert_maps_back(article.original, article.text, article.offsets)


def test_a_markdown_title_is_the_texts_first_line_and_is_read(tmp_path, nlp) -> None:
    from graphbuild.extract import extract

    path = tmp_path / "a.md"
    path.write_text("# Spain rules out talks with France #\nBy Ann Author\n2 October 2017\n"
                    "The minister said that Spain would not hold talks with France this year.\n", encoding="utf-8")
    article = only_article(read_all(path))
    assert (article.title, article.author, article.date) == ("Spain rules out talks with France", "Ann Author", "2017-10-02")
    assert article.text == ("Spain rules out talks with France\n"
                            "The minister said that Spain would not hold talks with France this year.")
    assert_maps_back(article.original, article.text, article.offsets)
    extraction = extract(article, nlp(article.text))
    [rejection] = [r for r in extraction.relations if r.predicate == "rejects"]
    assert article.original[rejection.evidence.start:rejection.evidence.end] == "Spain rules out talks with France"


def test_markdown_seed_saved_as_txt() -> None:
    article = only_article(read_all(SEEDS / "004_a09cafcacc64e707.txt"))
    assert article.title == "Trump rules out negotiations with North Korea"
    assert article.author == "Peter Symonds"
    assert article.date == "2017-10-02"
    assert article.publisher == "World Socialist Web Site"  # from its footer
    assert article.text.startswith(f"{article.title}\n\nIn what amounts to a public slap in the face")
    assert "denuclearisation" in article.text
    assert "talks with South Korea's" in article.text
    assert "To contact the WSWS" not in article.text
    assert "the Washington Post on Saturday" in article.text
    assert not re.search(r"[*#\[\]]", article.text)
    assert article.original == (SEEDS / "004_a09cafcacc64e707.txt").read_text(encoding="utf-8")
    assert_maps_back(article.original, article.text, article.offsets)


# -- each reader --------------------------------------------------------------------------


def test_txt_with_dateline() -> None:
    article = only_article(list(read_txt(FIXTURES / "dateline.txt")))
    assert (article.dateline, article.publisher) == ("Beijing/Seoul", "Reuters")
    assert article.text == (
        "China's foreign ministry said on Monday it supported talks between the United States"
        " and North Korea.\nWe don't want war, a spokeswoman said, and they've said so before."
    )  # apostrophes restored, dateline and credit line dropped
    assert article.origin.file.endswith("tests/fixtures/ingest/dateline.txt")
    assert (article.origin.row, article.origin.line) == (None, None)
    assert_maps_back(article.original, article.text, article.offsets)


def test_markdown() -> None:
    article = only_article(list(read_markdown(FIXTURES / "commentary.md")))
    assert article.title == "Senate panel delays vote on sanctions bill"
    assert (article.author, article.date, article.publisher) == ("Jane Doe", "2018-03-05", None)
    assert article.text == (
        "Senate panel delays vote on sanctions bill\n\n"
        "The Senate Foreign Relations Committee on Tuesday postponed a vote on the sanctions bill,"
        " according to the Washington Post.\n\nCommittee chairman Bob Corker said the panel would"
        " wait for the denuclearisation report, and would hold talks with the House committee next"
        " week. More at the committee site.\n\nBackground\n\nThe bill was introduced in January."
    )
    assert_maps_back(article.original, article.text, article.offsets)


def test_jsonl() -> None:
    items = list(read_jsonl(FIXTURES / "articles.jsonl"))
    first, fourth = articles(items)
    assert (first.origin.line, first.title, first.date) == (1, "Talks resume", "2017-11-03")
    assert first.author == "Jill Lawless"
    assert (first.url, first.dateline, first.publisher) == ("https://example.org/a1", "London", "AP")
    assert first.text == "Negotiators returned to the table on Friday."
    assert first.original == "LONDON (AP) — Negotiators returned to the table on Friday."
    assert (fourth.origin.line, fourth.publisher, fourth.date) == (5, "Example Wire", "2017-11-04")
    assert problems(items) == [
        f"{FIXTURES.as_posix()}/articles.jsonl line 2:"
        " malformed JSON: Invalid control character at column 69",
        f"{FIXTURES.as_posix()}/articles.jsonl line 4: no 'text' field",
    ]  # the blank line 3 is skipped silently


def test_isot_csv() -> None:
    items = list(read_csv(FIXTURES / "isot.csv"))
    assert problems(items) == []
    senate, house, geneva = articles(items)
    assert [a.origin.row for a in (senate, house, geneva)] == [2, 3, 4]  # the multi-line cell is one row
    assert (senate.title, senate.date, senate.subject) == ("Senate passes bill", "2017-12-01", "politicsNews")
    assert (senate.dateline, senate.publisher) == ("Washington", "Reuters")
    assert senate.original == "WASHINGTON (Reuters) - The U.S. Senate passed the bill on Friday. "
    assert house.title == "House vote delayed, aides say"
    assert house.text == "The vote was delayed.\n\nLawmakers will return on Monday, aides said."
    assert geneva.text == 'Diplomats met in Geneva, and a spokesman said: "We are hopeful."'
    assert (geneva.subject, geneva.date) == ("worldnews", "2017-11-29")


def test_encodings() -> None:
    items = read_all(FIXTURES / "cp1252.txt")
    [note] = [i for i in items if isinstance(i, InputProblem)]
    assert note.warning and "read as cp1252" in note.message and note.origin.file.endswith("cp1252.txt")
    cp1252 = only_article([i for i in items if not isinstance(i, InputProblem)])
    assert cp1252.text == "The minister said “we will not resign” in Montréal – twice."
    utf16 = only_article(read_all(FIXTURES / "utf16.txt"))
    assert utf16.text == "Kim Jong Un met officials in Pyongyang on Tuesday, state media said."
    assert decode("\ufeffWith a BOM".encode("utf-8")) == "With a BOM"
    assert decode("caf\u00e9".encode("utf-8")) == "café"


def test_reader_table() -> None:
    assert set(READERS) == {".txt", ".md", ".markdown", ".jsonl", ".csv"}
    assert all(inspect.isgeneratorfunction(reader) for reader in READERS.values())


# -- path expansion -----------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order() -> None:
    items = read_all(FIXTURES)
    files = [Path(item.origin.file).name for item in items]
    assert files == sorted(files)
    assert len(articles(items)) == 9  # 2 jsonl lines, 3 csv rows, 4 files
    assert len(problems(items)) == 5  # 2 jsonl lines, the empty file, the unknown extension, the cp1252 note
    assert sum(i.warning for i in items if isinstance(i, InputProblem)) == 2   # unknown extension, cp1252: nothing lost


def test_glob_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.md").write_text("# Deep\n\nText.")
    (tmp_path / "top.md").write_text("# Top\n\nText.")
    monkeypatch.chdir(tmp_path)
    assert [a.title for a in read_all("**/*.md")] == ["Deep", "Top"]
    assert [a.origin.file for a in read_all("*.md")] == ["top.md"]


def test_hidden_files_and_duplicates_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "seen.txt").write_text("Seen.")
    assert [a.text for a in read_all(tmp_path, tmp_path / "seen.txt")] == ["Seen."]


def test_reading_is_lazy() -> None:
    assert inspect.isgenerator(read_articles([FIXTURES]))
    rows = read_csv(FIXTURES / "isot.csv")
    assert inspect.isgenerator(rows)
    assert next(rows).origin.row == 2


# -- input problems -----------------------------------------------------------------------


def test_missing_path_and_empty_glob() -> None:
    assert problems(read_all("no/such/file.txt", "no/such/*.csv")) == [
        "no/such/file.txt: no such file or directory",
        "no/such/*.csv: no files match this pattern",
    ]


def test_unknown_extension_and_empty_file() -> None:
    assert problems(read_all(FIXTURES / "notes.xyz", FIXTURES / "empty.txt")) == [
        f"{FIXTURES.as_posix()}/notes.xyz:"
        " skipped: unknown extension '.xyz' (expected .txt, .md, .jsonl, .csv)",
        f"{FIXTURES.as_posix()}/empty.txt: empty file",
    ]


def test_binary_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00 data")
    (tmp_path / "blank.md").write_text(" \n\t\n")
    (tmp_path / "only_footer.txt").write_text("Copyright 2017 Example Media. All rights reserved.")
    assert problems(read_all(tmp_path)) == [
        f"{tmp_path.as_posix()}/binary.txt: not a text file (it contains NUL bytes)",
        f"{tmp_path.as_posix()}/blank.md: empty file",
        f"{tmp_path.as_posix()}/only_footer.txt: empty text once the dateline and boilerplate are removed",
    ]


def test_csv_problems(tmp_path: Path) -> None:
    (tmp_path / "no_text.csv").write_text("title,body,date\nA,B,C\n")
    (tmp_path / "empty_row.csv").write_text('title,text\nFine,Some text.\n\nNo text,"  "\n')
    items = read_all(tmp_path / "no_text.csv", tmp_path / "empty_row.csv")
    assert problems(items) == [
        f"{tmp_path.as_posix()}/no_text.csv: no 'text' column (columns found: title, body, date)",
        f"{tmp_path.as_posix()}/empty_row.csv row 4: empty text",  # the blank line is row 3
    ]
    assert [a.origin.row for a in articles(items)] == [2]


def test_jsonl_problems(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n{"text": 5}\n{"text": "  "}\n' + "[" * 100_000 + "\n")
    assert problems(read_all(path)) == [
        f"{path.as_posix()} line 1: expected a JSON object with a 'text' field",
        f"{path.as_posix()} line 2: 'text' is not a string",
        f"{path.as_posix()} line 3: empty text",
        f"{path.as_posix()} line 4: malformed JSON: nested too deeply",
    ]


# -- ids ----------------------------------------------------------------------------------


def test_ids_are_stable(tmp_path: Path) -> None:
    first = [a.id for a in articles(read_all(FIXTURES))]
    assert first == [a.id for a in articles(read_all(FIXTURES))]
    assert len(set(first)) == len(first)
    assert all(re.fullmatch("[0-9a-f]{16}", i) for i in first)
    moved = tmp_path / "elsewhere" / "isot.csv"
    moved.parent.mkdir()
    shutil.copy(FIXTURES / "isot.csv", moved)  # same name, same rows, other directory
    here = [a.id for a in articles(read_all(FIXTURES / "isot.csv"))]
    assert [a.id for a in articles(read_all(moved))] == here


def test_same_text_in_another_row_has_another_id(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("title,text\nA,Same text.\nA,Same text.\n")
    one, two = articles(read_all(path))
    assert one.text == two.text and one.id != two.id


# -- metadata -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "publisher", "body"),
    [
        ("WASHINGTON (Reuters) - U.S. President", "Washington", "Reuters", "U.S. President"),
        ("BEIJING/SEOUL (Reuters) - China", "Beijing/Seoul", "Reuters", "China"),
        ("LONDON (AP) — Britain", "London", "AP", "Britain"),
        ("DANANG, Vietnam (Reuters) - Leaders", "Danang, Vietnam", "Reuters", "Leaders"),
        ("KING OF PRUSSIA, Pa. (Reuters) - A", "King of Prussia, Pa.", "Reuters", "A"),
        (" (Reuters) - The following", None, "Reuters", "The following"),
        ("WASHINGTON () - Trump", "Washington", None, "Trump"),
    ],
)
def test_parse_dateline(text: str, place: str | None, publisher: str | None, body: str) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.publisher, text[dateline.end :]) == (place, publisher, body)


@pytest.mark.parametrize(
    "text", ["The president (Trump) - said", "U.S. President Donald Trump", "WASHINGTON - no agency", ""]
)
def test_no_dateline(text: str) -> None:
    assert parse_dateline(text) is None


def test_parse_markdown_header() -> None:
    header = parse_markdown_header("\n\n# A title #\n\n2 October 2017\n\nBy Ann Author\n\nBody text.")
    assert header is not None
    assert (header.title, header.author, header.date) == ("A title", "Ann Author", "2017-10-02")
    assert parse_markdown_header("Plain text.\n# Not a header") is None
    abby = parse_markdown_header("# Title\n*Abby Smith*\nBody text, not a name.")
    assert abby is not None and abby.author == "Abby Smith"
    only_title = parse_markdown_header("# Title\n\nThe body starts here, with a sentence.")
    assert only_title is not None and (only_title.author, only_title.date) == (None, None)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("December 31, 2017 ", "2017-12-31"),
        ("2 October 2017", "2017-10-02"),
        ("2017-10-02", "2017-10-02"),
        ("2017-10-02T23:10:00Z", "2017-10-02"),
        ("19-Feb-18", "2018-02-19"),
        ("Peter Symonds", None),
        ("2", None),
        ("October 2017", None),
        ("31 February 2017", None),
        ("99999999999999999999", None),
        ("https://100percentfedup.com/served-roy-moore/", None),
        ("", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


# -- the real corpus ----------------------------------------------------------------------


def test_first_rows_of_the_reuters_corpus() -> None:
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is not here")
    items = list(itertools.islice(read_articles([CORPUS]), 50))
    assert problems(items) == []
    for article in articles(items):
        assert article.title
        assert article.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.date)
        assert article.text.strip() and article.subject == "politicsNews"
        assert not article.text.startswith("WASHINGTON (Reuters)")
        assert_maps_back(article.original, article.text, article.offsets)
    assert [a.origin.row for a in articles(items)] == list(range(2, 52))
