"""Ingest: read article files (.txt, .html, .jsonl), strip page boilerplate, find metadata.

A file that cannot be read becomes a ``SkippedFile`` with a one-line reason; the other
files are still read. Publication dates come from metadata or ``--date`` here; datelines
and inference are the temporal stage's job (see ``graphkit.build``).
"""

from __future__ import annotations

import codecs
import email.utils
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path

from graphkit.errors import IngestError
from graphkit.inputs import SUPPORTED_SUFFIXES, find_input_files, printable, read_regular_file
from graphkit.model import (
    DATE_FROM_METADATA,
    DATE_FROM_OPTION,
    DAY,
    Article,
    PublicationDate,
    SkippedFile,
)
from graphkit.paths import DATA_DIR
from graphkit.temporal.values import parse_partial_date

# Agencies named in a closing "(dpa)" / "(les/dpa)" or a "Quelle: AFP" credit.
AGENCY_PATTERN = re.compile(
    r"\((?:[a-z]{2,4}/)*(dpa|afp|ap|reuters|kna|epd|apa|sda|dts|ots|rtr|efe|ansa)\)"
    r"|^quelle:\s*(dpa|afp|ap|reuters|kna|epd|apa|sda)\b",
    re.IGNORECASE | re.MULTILINE,
)
DOMAIN_LINE = re.compile(r"^\s*([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:de|at|ch|com|net|org|eu|info))\s*$",
                         re.IGNORECASE)
WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?:“”\"«»)]\s*$")
DIGITS_ONLY_DATE = re.compile(r"^[\d.:/\s-]+$")


@dataclass(frozen=True)
class BoilerplateRules:
    line_patterns: tuple[re.Pattern[str], ...]
    inline_patterns: tuple[re.Pattern[str], ...]
    short_line_max_words: int
    related_headings: tuple[re.Pattern[str], ...] = ()


@lru_cache(maxsize=1)
def boilerplate_rules() -> BoilerplateRules:
    raw = json.loads((DATA_DIR / "lexicon" / "boilerplate.json").read_text("utf-8"))
    return BoilerplateRules(
        line_patterns=tuple(re.compile(p, re.IGNORECASE) for p in raw["line_patterns"]),
        inline_patterns=tuple(re.compile(p, re.IGNORECASE) for p in raw["inline_patterns"]),
        short_line_max_words=int(raw["short_line_max_words"]),
        related_headings=tuple(re.compile(p, re.IGNORECASE) for p in raw["related_headings"]),
    )


def is_boilerplate_line(line: str, rules: BoilerplateRules | None = None) -> bool:
    """True for page furniture: player controls, credits, comment policies, paywall JS."""
    rules = rules or boilerplate_rules()
    stripped = line.strip()
    if not stripped:
        return False
    if any(p.search(stripped) for p in rules.line_patterns):
        return True
    words = WORD.findall(stripped)
    # A line of one or two words with no sentence punctuation is a label or a control
    # ("Ausland", "Beta", "krone.at"), unless it is a date stamp the temporal stage needs.
    is_date = bool(DIGITS_ONLY_DATE.match(stripped)) and any(c.isdigit() for c in stripped)
    return len(words) <= rules.short_line_max_words and not is_date and not SENTENCE_END.search(
        stripped
    )


def strip_inline_boilerplate(line: str, rules: BoilerplateRules | None = None) -> str:
    rules = rules or boilerplate_rules()
    for pattern in rules.inline_patterns:
        line = pattern.sub("", line)
    return line.rstrip()


def clean_text(raw: str) -> tuple[str, list[str]]:
    """Return the kept text (paragraphs separated by blank lines) and the dropped lines.

    Repeated lines (a photo caption printed twice) are kept once.
    """
    rules = boilerplate_rules()
    kept: list[str] = []
    dropped: list[str] = []
    seen: set[str] = set()
    in_related_links = False
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if any(p.search(line.strip()) for p in rules.related_headings):
            in_related_links = True
        elif not line.strip():
            in_related_links = False
        if in_related_links or is_boilerplate_line(line, rules):
            dropped.append(line.strip())
            continue
        line = strip_inline_boilerplate(line.strip(), rules)
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if line in seen:
            continue
        seen.add(line)
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept), dropped


def find_source(text: str, dropped_lines: Iterable[str]) -> str | None:
    """The publisher or agency: a site name among the dropped lines, else an agency tag."""
    for line in dropped_lines:
        match = DOMAIN_LINE.match(line)
        if match:
            return match.group(1).lower()
    for line in dropped_lines:
        match = AGENCY_PATTERN.search(line)
        if match:
            return (match.group(1) or match.group(2)).upper()
    matches = list(AGENCY_PATTERN.finditer(text))
    if matches:
        last = matches[-1]
        return (last.group(1) or last.group(2)).upper()
    return None


def article_id_for(path: Path, line_number: int | None = None) -> str:
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-") or "article"
    return f"{stem}-{line_number}" if line_number is not None else stem


# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(path: Path, data: bytes) -> str:
    """UTF-8 text, or UTF-16/32 text that starts with its byte-order mark."""
    if not data.strip():
        raise IngestError(f"{printable(path)}: empty file")
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in data[:4096]:
        raise IngestError(f"{printable(path)}: binary file, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        label = "UTF-8" if encoding == "utf-8" else encoding.upper()
        raise IngestError(
            f"{printable(path)}: not {label} text (undecodable byte at position {error.start})"
        ) from None
    if not text.strip():
        raise IngestError(f"{printable(path)}: empty file")
    return text


def make_article(
    path: Path,
    article_id: str,
    raw_text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: PublicationDate | None = None,
) -> Article:
    text, dropped = clean_text(raw_text)
    if not text.strip():
        raise IngestError(f"{path}: no article text left after removing page boilerplate")
    first_line = text.split("\n", 1)[0].strip()
    if title and not text.startswith(title):
        # Keep the title inside the text so offsets and extraction cover it.
        text = f"{title}\n\n{text}"
    return Article(
        id=article_id,
        path=str(path),
        title=(title or first_line).strip(),
        text=text,
        url=url,
        source=source or find_source(text, dropped),
        published=published,
    )


def read_txt(path: Path, raw: str) -> list[Article]:
    return [make_article(path, article_id_for(path), raw)]


def read_html(path: Path, raw: str) -> list[Article]:
    import trafilatura  # heavy import; only needed for HTML input

    try:
        document = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # noqa: BLE001  trafilatura/lxml fail on odd markup
        raise IngestError(f"{printable(path)}: the HTML cannot be parsed "
                          f"({type(error).__name__}); is it an HTML page?") from None
    if document is None or not (document.text or "").strip():
        raise IngestError(f"{path}: no article text found in the HTML")
    published = None
    if document.date:
        published = publication_from(document.date, f"{path}: HTML metadata",
                                     DATE_FROM_METADATA, "HTML metadata")
    return [
        make_article(
            path,
            article_id_for(path),
            document.text,
            title=document.title,
            url=document.url,
            source=document.sitename or document.hostname,
            published=published,
        )
    ]


def parse_iso_date(value: str, where: str) -> tuple[date, str]:
    """A day, a month ("2024-11") or a year, with its precision (real metadata often
    gives only a month; padding it to the 1st would invent a day)."""
    parsed = parse_partial_date(value)
    if parsed is None:
        raise IngestError(f"{where}: published {value!r} is not a date "
                          "(YYYY-MM-DD, YYYY-MM or YYYY)")
    return parsed


def publication_from(value: str, where: str, how: str, evidence: str) -> PublicationDate:
    day, precision = parse_iso_date(value, where)
    return PublicationDate(day, how, evidence, precision=precision)


# JSON-lines field names, preferred first: graphkit's own, then those of common crawlers
# and feeds (news-please: maintext, date_publish, source_domain; schema.org: datePublished).
JSONL_FIELDS = {
    "text": ("text", "maintext", "content", "body", "article_text"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "source_domain", "publisher", "site_name"),
    "published": ("published", "date_publish", "datePublished", "published_at", "pubDate",
                  "publication_date", "date_published", "date"),
}


def jsonl_field(record: dict, field: str, where: str) -> str | None:
    """The record's value for ``field`` under its first name present (a string or None);
    a publication time may also be a Unix time stamp in seconds or milliseconds."""
    for name in JSONL_FIELDS[field]:
        value = record.get(name)
        if value is None or value == "":
            continue
        if field == "published" and is_number(value):
            return unix_day(value, where, name)
        if not isinstance(value, str):
            raise IngestError(f"{where}: '{name}' must be a string")
        return value
    return None


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def unix_day(stamp: float, where: str, name: str) -> str:
    seconds = stamp / 1000 if abs(stamp) >= 1e11 else stamp
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        raise IngestError(f"{where}: '{name}' {stamp!r} is no time stamp") from None


GERMAN_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+[\d:]+(?: Uhr)?)?\s*")


def metadata_date(value: str, where: str) -> PublicationDate:
    """ISO dates and times (at day, month or year precision), a German "10.01.2024", or an
    RFC 2822 feed date ("Wed, 10 Jan 2024 06:12:00 +0100")."""
    german = GERMAN_NUMERIC_DATE.fullmatch(value)
    if german is not None:
        day, month, year = (int(part) for part in german.groups())
        value = f"{year:04d}-{month:02d}-{day:02d}"
    if parse_partial_date(value) is None:
        try:
            stamp = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            stamp = None
        if stamp is not None:
            return PublicationDate(stamp.date(), DATE_FROM_METADATA, "published field")
    return publication_from(value, where, DATE_FROM_METADATA, "published field")


def read_jsonl_line(path: Path, number: int, line: str) -> Article:
    where = f"{printable(path)}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise IngestError(f"{where}: invalid JSON ({error.msg})") from None
    except RecursionError:
        raise IngestError(f"{where}: JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise IngestError(f"{where}: each line must be a JSON object with a 'text' string")
    fields = {field: jsonl_field(record, field, where) for field in JSONL_FIELDS}
    if fields["text"] is None:
        raise IngestError(f"{where}: each line must be a JSON object with a 'text' string")
    published = metadata_date(fields["published"], where) if fields["published"] else None
    try:
        return make_article(
            path,
            article_id_for(path, number),
            fields["text"],
            title=fields["title"],
            url=fields["url"],
            source=fields["source"],
            published=published,
        )
    except IngestError as error:
        raise IngestError(f"{where}: {str(error).split(': ', 1)[-1]}") from None


def read_jsonl(path: Path, raw: str) -> tuple[list[Article], list[SkippedFile]]:
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    # Only "\n" ends a JSON line: U+2028 and friends may stand inside JSON strings.
    for number, line in enumerate(raw.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            articles.append(read_jsonl_line(path, number, line))
        except IngestError as error:
            skipped.append(SkippedFile(f"{printable(path)}:{number}", str(error)))
        except Exception as error:  # noqa: BLE001  a bug on one line must not lose the file
            where = f"{printable(path)}:{number}"
            skipped.append(SkippedFile(where, f"{where}: {unexpected(error)}"))
    if not articles and not skipped:
        skipped.append(SkippedFile(printable(path), f"{printable(path)}: no articles in the file"))
    return articles, skipped


def unexpected(error: BaseException) -> str:
    """One line for an error graphkit did not foresee: its type and first line."""
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    name = type(error).__name__
    return f"cannot read ({name}: {printable(detail)})" if detail else f"cannot read ({name})"


def read_file(path: Path, data: bytes | None = None) -> tuple[list[Article], list[SkippedFile]]:
    """Read one file into articles; problems become SkippedFile entries, never exceptions.
    ``data``: the file's bytes, already read (a worker on another machine gets them)."""
    name = printable(path)
    try:
        raw = decode_bytes(path, read_regular_file(path) if data is None else data)
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            return read_jsonl(path, raw)
        if suffix in (".html", ".htm"):
            return read_html(path, raw), []
        if suffix == ".txt":
            return read_txt(path, raw), []
        raise IngestError(
            f"{name}: unsupported file type {printable(suffix) or '(none)'}; "
            f"use {', '.join(SUPPORTED_SUFFIXES)}"
        )
    except Exception as error:  # noqa: BLE001  any failure skips this file, not the build
        return [], [file_problem(name, error)]


def file_problem(name: str, error: Exception) -> SkippedFile:
    """The one line that reports a file graphkit cannot read."""
    if isinstance(error, IngestError):
        return SkippedFile(name, str(error))
    if isinstance(error, OSError):
        return SkippedFile(name, f"{name}: cannot read ({error.strerror or error})")
    return SkippedFile(name, f"{name}: {unexpected(error)}")


def collect_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """The readable input files under ``paths`` (see ``graphkit.inputs.find_input_files``)."""
    return find_input_files(paths)[0]


DateOption = date | tuple[date, str]   # a day, or first day and precision (DAY/MONTH/YEAR)


def _option_date(option: DateOption) -> tuple[date, str]:
    return option if isinstance(option, tuple) else (option, DAY)


def apply_date_options(
    articles: list[Article], dates: Mapping[str, DateOption]
) -> list[Article]:
    """``--date FILE=YYYY-MM-DD`` wins over everything else. FILE is a name, path or id;
    one that names no article is an error (a typo would otherwise pass silently)."""
    if not dates:
        return articles
    by_key = {key: (key, day) for key, day in dates.items()}
    by_key.update({Path(key).name: (key, day) for key, day in dates.items()})
    used: set[str] = set()
    result = []
    for article in articles:
        path = Path(article.path)
        match = next((by_key[k] for k in (article.id, path.name, str(path), path.stem)
                      if k in by_key), None)
        if match is not None:
            used.add(match[0])
            article = replace(
                article,
                published=PublicationDate(_option_date(match[1])[0], DATE_FROM_OPTION,
                                          f"--date {path.name}",
                                          precision=_option_date(match[1])[1]))
        result.append(article)
    unknown = sorted(set(dates) - used)
    if unknown:
        raise IngestError(f"--date {unknown[0]}: no article file of that name among the input")
    return result


def read_articles(
    paths: Iterable[Path | str],
    dates: Mapping[str, DateOption] | None = None,
    *,
    exclude: Iterable[Path | str] = (),
) -> tuple[list[Article], list[SkippedFile]]:
    """Read every article under ``paths``; return articles and the files that were skipped.
    Folders in ``exclude`` (the build's output) are not read."""
    articles: list[Article] = []
    files, skipped = find_input_files((Path(p) for p in paths), (Path(p) for p in exclude))
    for path, name in files:
        found, problems = read_input(InputFile(path, name))
        articles.extend(found)
        skipped.extend(problems)
    return settle_articles(articles, dates or {}), skipped


def settle_articles(articles: list[Article], dates: Mapping[str, DateOption]) -> list[Article]:
    """Ids unique across the input, then the ``--date`` options (which may name an id)."""
    counts = Counter(a.id for a in articles)
    duplicates = {i for i, n in counts.items() if n > 1}
    if duplicates:
        articles = [disambiguate_id(a) if a.id in duplicates else a for a in articles]
    return apply_date_options(articles, dates)


@dataclass(frozen=True)
class InputFile:
    """One input file as a worker gets it: where it is, the name the graph records, and its
    bytes when the worker cannot read the path itself (a remote cluster)."""

    path: Path
    name: str
    data: bytes | None = None
    problem: SkippedFile | None = None   # reading the bytes failed already


def input_file(path: Path, name: str, with_bytes: bool = False) -> InputFile:
    """The file for a worker; ``with_bytes``: read here, for a worker on another machine."""
    if not with_bytes:
        return InputFile(path, name)
    try:
        return InputFile(path, name, read_regular_file(path))
    except Exception as error:  # noqa: BLE001  reported as read_file would report it
        return InputFile(path, name, problem=file_problem(printable(path), error))


def read_input(item: InputFile) -> tuple[list[Article], list[SkippedFile]]:
    if item.problem is not None:
        return [], [item.problem]
    found, problems = read_file(item.path, item.data)
    return [replace(a, path=item.name) for a in found], problems


@dataclass(frozen=True)
class FileScan:
    """What the ingest of one file found, without its text: the ids of its articles (in
    file order) and its problems. Enough to settle ids and dates for the whole input."""

    ids: list[str]
    skipped: list[SkippedFile]


def scan_files(items: Iterable[InputFile]) -> list[FileScan]:
    """Ingest files and keep only their article ids (a worker task: the text stays there)."""
    scans = []
    for item in items:
        found, problems = read_input(item)
        scans.append(FileScan([a.id for a in found], problems))
    return scans


@dataclass(frozen=True)
class PlannedArticle:
    """An article of the input, settled before any text is analysed: the ``index``-th
    article of its file gets id ``id`` and, from ``--date``, the date ``published``."""

    index: int
    id: str
    published: PublicationDate | None = None   # None: the date the file itself gives


def plan_articles(files: list[tuple[Path, str]], scans: list[FileScan],
                  dates: Mapping[str, DateOption]) -> list[list[PlannedArticle]]:
    """Per file, its articles' final ids and ``--date`` dates: what ``settle_articles``
    gives the read articles, computed from the scans (stand-in articles without text)."""
    stand_ins = [Article(id=article_id, path=name, title="", text="")
                 for (_, name), scan in zip(files, scans, strict=True) for article_id in scan.ids]
    settled = iter(settle_articles(stand_ins, dates))
    return [[PlannedArticle(index, article.id, article.published)
             for index, article in zip(range(len(scan.ids)), settled)] for scan in scans]


def read_planned(item: InputFile, planned: list[PlannedArticle]) -> tuple[
        list[Article], list[SkippedFile]]:
    """The planned articles of one file, read again where they are analysed. A file that
    changed since it was scanned is skipped with one line, never half-read."""
    found, _ = read_input(item)
    if any(p.index >= len(found) or not p.id.startswith(found[p.index].id) for p in planned):
        return [], [SkippedFile(item.name, f"{item.name}: changed while graphkit read it; "
                                           "skipped")]
    return [replace(found[p.index], id=p.id,
                    published=p.published or found[p.index].published) for p in planned], []


def disambiguate_id(article: Article) -> Article:
    """Two files with the same stem in different folders: add a short path hash."""
    import hashlib

    digest = hashlib.sha1(article.path.encode("utf-8")).hexdigest()[:6]
    return replace(article, id=f"{article.id}-{digest}")
