"""Readers for plain text, markdown, JSON lines and ISOT-style CSV, and what they share:
decoding a file, and turning one text into an ``Article``."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from graphbuild.errors import InputError
from graphbuild.ingest.markdown import MARKDOWN_STEPS, plain
from graphbuild.ingest.metadata import (
    MarkdownHeader,
    parse_date,
    parse_dateline,
    parse_markdown_header,
    strip_dateline,
)
from graphbuild.ingest.normalize import INVISIBLE, REPAIR_STEPS, Rewrite, Step, footer_publisher
from graphbuild.model import Article, InputProblem, Origin

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8"),
)
_BINARY_PROBE = 8192
_BINARY_SHARE = 0.02   # a file with NUL bytes is binary when more of its probe than this share,
_BINARY_FEW = 3        # and more than this many bytes, are control bytes
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1b\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CSV_FIELD_LIMIT = 2**31 - 1  # the largest a C long holds everywhere


def decode(data: bytes) -> str:
    """The text of a file's bytes.

    A BOM decides the encoding (UTF-8, UTF-16 or UTF-32; the BOM is dropped). Without one,
    the bytes are UTF-8 if they are valid UTF-8, else cp1252 (Windows Western), which
    reads any byte (its five undefined bytes become U+FFFD): such a file is read on without
    an InputProblem, since nearly all non-UTF-8 news text is cp1252 or latin-1.
    Raises InputError for binary data: no UTF-16/32 BOM, and the first 8 KB hold NUL bytes
    and more than 2 % (and more than 3) control bytes, trailing NUL padding not counted. Text
    with a few stray NUL bytes is text: the repair steps drop them.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    if b"\0" in data[:_BINARY_PROBE]:
        _refuse_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _refuse_binary(data: bytes) -> None:
    """Raise InputError unless ``data``, which has NUL bytes, is text with a few stray ones."""
    probe = data.rstrip(b"\0")[:_BINARY_PROBE]
    if probe and len(_CONTROL_BYTES.findall(probe)) <= max(_BINARY_SHARE * len(probe), _BINARY_FEW):
        return
    nuls = probe.count(b"\0")
    if probe and nuls >= len(probe) // 4 and min(probe[0::2].count(b"\0"), probe[1::2].count(b"\0")) <= nuls // 20:
        raise InputError("not a text file (it contains NUL bytes): it looks like UTF-16 without a "
                         "byte-order mark; save it as UTF-8")
    raise InputError("not a text file (it contains NUL bytes)")


def article_id(origin: Origin, original: str) -> str:
    """16 hex digits of sha256 over the file's name (not its path), the row or line, and the text."""
    place = origin.row if origin.row is not None else origin.line
    key = "\x1f".join((PurePosixPath(origin.file).name, "" if place is None else str(place), original))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a reader knows about an article besides its text."""

    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    publisher: str | None = None
    url: str | None = None
    subject: str | None = None


def make_article(
    original: str, origin: Origin, meta: Metadata = Metadata(), steps: Sequence[Step] = ()
) -> Article | InputProblem:
    """An Article for ``original``, or an InputProblem if nothing is left to read.

    The text the NLP sees is ``original`` after the format's own ``steps``, the repair
    steps, and the removal of a leading dateline. The publisher, when ``meta`` has none,
    comes from the dateline, else from a footer that names one.
    """
    if not original.strip():
        return InputProblem(origin, "empty text")
    repaired = Rewrite.of(original).then(*steps, *REPAIR_STEPS)
    dateline = parse_dateline(repaired.text)
    if dateline:
        repaired = repaired.then(strip_dateline)
    if not repaired.text:
        return InputProblem(origin, "empty text once the dateline and boilerplate are removed")
    return Article(
        id=article_id(origin, original),
        text=repaired.text,
        original=original,
        offsets=repaired.offsets,
        origin=origin,
        title=meta.title,
        author=meta.author,
        date=meta.date,
        publisher=meta.publisher or (dateline.publisher if dateline else None) or footer_publisher(original),
        dateline=dateline.place if dateline else None,
        url=meta.url,
        subject=meta.subject,
    )


def read_noted(path: Path) -> tuple[str | InputProblem, list[InputProblem]]:
    """read_whole, and warnings: the file was not UTF-8 and was read as cp1252; it holds
    control characters (NUL bytes and the like), which are ignored. The file is read once."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return InputProblem(Origin(path.as_posix()), f"cannot read: {e.strerror or e}"), []
    text = _whole(data, Origin(path.as_posix()))
    notes = []
    if isinstance(text, str) and _is_cp1252(data):
        notes.append(InputProblem(Origin(path.as_posix()), "not UTF-8: read as cp1252 (Windows Western)",
                                  warning=True))
    if isinstance(text, str) and (controls := _CONTROL_CHARS.findall(text)):
        nuls, others = controls.count("\0"), len(controls) - controls.count("\0")
        what = " and ".join(filter(None, (_count(nuls, "NUL byte"),
                                          _count(others, "other control character" if nuls else "control character"))))
        notes.append(InputProblem(Origin(path.as_posix()), f"{what} ignored", warning=True))
    return text, notes


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'s' if number != 1 else ''}" if number else ""


def _is_cp1252(data: bytes) -> bool:
    """Bytes that decode() read as cp1252: no byte-order mark and not valid UTF-8."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def read_whole(path: Path) -> str | InputProblem:
    """The text of a file, or an InputProblem if it is unreadable, binary or empty."""
    return read_noted(path)[0]


def _whole(data: bytes, origin: Origin) -> str | InputProblem:
    try:
        text = decode(data)
    except InputError as e:
        return InputProblem(origin, str(e))
    return text if text.strip() else InputProblem(origin, "empty file")


def read_txt(path: Path) -> Iterator[Article | InputProblem]:
    """One article per file: the whole file is the text.

    A file whose first non-blank line is a ``# Title`` heading is markdown saved as .txt
    (as seed 004 is), and is read as markdown.
    """
    text, notes = read_noted(path)
    yield from notes
    if isinstance(text, InputProblem):
        yield text
    elif parse_markdown_header(text):
        yield _markdown_article(text, Origin(path.as_posix()))
    else:
        yield make_article(text, Origin(path.as_posix()))


def read_markdown(path: Path) -> Iterator[Article | InputProblem]:
    """One article per file; title, author and date come from its header, markup is removed."""
    text, notes = read_noted(path)
    yield from notes
    yield text if isinstance(text, InputProblem) else _markdown_article(text, Origin(path.as_posix()))


def _markdown_article(text: str, origin: Origin) -> Article | InputProblem:
    header = parse_markdown_header(text) or MarkdownHeader()
    title = plain(header.title) if header.title else None
    return make_article(text, origin, Metadata(title, header.author, header.date), MARKDOWN_STEPS)


def read_jsonl(path: Path) -> Iterator[Article | InputProblem]:
    """One article per line: ``{"id", "title", "text", "date", "url", "source", "author"}``.

    Only ``text`` is required. A line that is not JSON or has no text is an InputProblem
    naming its line number; blank lines are skipped. (``id`` is not used: an Article's id is
    always derived from its file name, line and text.)
    """
    text, notes = read_noted(path)
    yield from notes
    if isinstance(text, InputProblem):
        yield text
        return
    for number, line in enumerate(io.StringIO(text), start=1):  # splits at "\n" only
        if line.strip():
            yield _jsonl_article(line, Origin(path.as_posix(), line=number))


def _jsonl_article(line: str, origin: Origin) -> Article | InputProblem:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return InputProblem(origin, f"malformed JSON: {e.msg.removesuffix(' at')} at column {e.colno}")
    except RecursionError:
        return InputProblem(origin, "malformed JSON: nested too deeply")
    if not isinstance(record, dict):
        return InputProblem(origin, "expected a JSON object with a 'text' field")
    # JSON can escape lone surrogates ("\\ud800"), which no UTF-8 output can hold: U+FFFD instead.
    record = {key: _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value
              for key, value in record.items()}
    original = record.get("text")
    if not isinstance(original, str):
        return InputProblem(origin, "no 'text' field" if original is None else "'text' is not a string")
    return make_article(original, origin, _metadata(record))


def read_csv(path: Path) -> Iterator[Article | InputProblem]:
    """One article per row of a CSV with a header; ISOT layout ``title,text,subject,date``.

    ``Origin.row`` counts rows as a spreadsheet shows them: the header is row 1, the first
    article row 2, and a cell spanning several lines is still one row. Optional columns
    ``url``, ``author`` and ``source`` are read too.
    """
    text, notes = read_noted(path)
    yield from notes
    if isinstance(text, InputProblem):
        yield text
        return
    file = path.as_posix()
    rows = _csv_rows(text, file)
    header = next(rows, None)
    if header is None or isinstance(header, InputProblem):
        yield header or InputProblem(Origin(file), "empty file")
        return
    columns = [name.strip().lower() for name in header[1]]
    if "text" not in columns:
        yield InputProblem(Origin(file), f"no 'text' column (columns found: {', '.join(columns)})")
        return
    for row in rows:
        if isinstance(row, InputProblem):
            yield row
        elif any(cell.strip() for cell in row[1]):  # a blank line is a row, but no article
            origin, cells = Origin(file, row=row[0]), row[1]
            if ragged := _ragged(cells, columns):
                if len(cells) <= columns.index("text"):
                    yield InputProblem(origin, f"{ragged}, so it has no 'text' cell")
                    continue
                left = ("the cells past the header were ignored" if len(cells) > len(columns)
                        else "the missing cells were left empty")
                yield InputProblem(origin, f"{ragged}; {left}", warning=True)
            record = dict(zip(columns, cells, strict=False))  # a short row lacks the last cells
            yield make_article(record.get("text", ""), origin, _metadata(record))


def _ragged(cells: list[str], columns: list[str]) -> str | None:
    """What is wrong with a row whose cells do not match the header (blank cells past it are fine)."""
    if len(cells) == len(columns) or (len(cells) > len(columns) and not "".join(cells[len(columns):]).strip()):
        return None
    return f"ragged row: {_count(len(cells), 'cell')} where the header has {len(columns)}"


def _csv_rows(text: str, file: str) -> Iterator[tuple[int, list[str]] | InputProblem]:
    """``(row number, cells)`` for each record, the header being row 1; a parse error ends the file."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    records = csv.reader(io.StringIO(text, newline=""))
    for number in itertools.count(1):
        try:
            cells = next(records)
        except StopIteration:
            return
        except csv.Error as e:
            yield InputProblem(Origin(file, row=number), f"malformed CSV: {e}")
            return
        yield number, cells


def _metadata(record: Mapping[str, object]) -> Metadata:
    """Article metadata from a JSON object or a CSV row."""
    date = _field(record, "date")
    return Metadata(
        title=_field(record, "title"),
        author=_field(record, "author"),
        date=parse_date(date) if date else None,
        publisher=_field(record, "source") or _field(record, "publisher"),
        url=_field(record, "url"),
        subject=_field(record, "subject"),
    )


def _field(record: Mapping[str, object], key: str) -> str | None:
    value = record.get(key)
    if not isinstance(value, str):
        return None
    return INVISIBLE.sub("", value).strip() or None
