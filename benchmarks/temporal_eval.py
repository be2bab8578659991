"""Score graphkit.temporal on WikiWarsDE and compare with HeidelTime and dateparser.

Reads ``../shared/data/wikiwarsde/keyinline`` (22 German Wikipedia war articles with inline
gold TIMEX2 annotations and a document creation time) — test/benchmark use only, the
package never reads ``shared`` at run time. Documents 01–11 were used to tune the rules;
12–22 are held out and reported separately.

Scoring follows the ACE TERN conventions HeidelTime's published figures use: one-to-one
matching of system and gold expressions, *strict* = identical extent, *lenient* = overlapping
extent; value accuracy = share of lenient matches with the gold VAL; extraction+value F
counts a match only when the value is right too.

The headline figure is the mode the product runs (``find_timexes(..., ranges=True)``): a
range ("vom 18. bis 20. Juni", "1939–1945") is one expression with value "begin/end", while
TIMEX2 annotates its two parts. Each side of a range is therefore scored as one system
expression against the gold expressions inside the range's extent (the first gold against
the begin, the last against the end; a range over a single gold expression scores one side
against it and counts the other as a false positive). A side is strict when its gold
expression starts (begin) or ends (end) where the range does, a range's leading "vom",
"seit", "bis" etc. aside. ``--parts`` scores the parts mode (``ranges=False``) instead,
which the product never runs.

    python benchmarks/temporal_eval.py [--errors] [--no-dateparser] [--parts]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphkit.model import Timex  # noqa: E402
from graphkit.temporal import find_timexes  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "wikiwarsde"
HEIDELTIME = {"lenient_f": 93.3, "strict_f": 87.7, "value_acc": 88.5, "ev_lenient_f": 82.5,
              "ev_strict_f": 78.7}
TUNE_DOCS = 11

_TAG = re.compile(r"<TIMEX2([^>]*)>|</TIMEX2>|<[^>]+>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str


@dataclass
class Document:
    name: str
    text: str
    dct: date
    gold: list[Gold]


def load_document(path: Path) -> Document:
    """Strip the inline markup of one keyinline file, keeping gold offsets into the TEXT."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DATETIME>.*?(\d{4})-(\d\d)-(\d\d)", raw, re.S)
    assert dct_match, f"no DATETIME in {path.name}"
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    out: list[str] = []
    gold: list[Gold] = []
    open_at: tuple[int, str] | None = None
    pos = 0
    length = 0
    for match in _TAG.finditer(body):
        piece = body[pos:match.start()]
        out.append(piece)
        length += len(piece)
        pos = match.end()
        tag = match.group(0)
        if tag.startswith("<TIMEX2"):
            attrs = dict(_ATTR.findall(match.group(1)))
            open_at = (length, attrs.get("val", ""))
        elif tag == "</TIMEX2>" and open_at is not None:
            gold.append(Gold(open_at[0], length, "", open_at[1]))
            open_at = None
    out.append(body[pos:])
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    dct = date(int(dct_match.group(1)), int(dct_match.group(2)), int(dct_match.group(3)))
    return Document(path.name.split(".")[0], text, dct, gold)


def timex2_value(value: str) -> str:
    """Our TIMEX3-style values in TIMEX2 spelling: decades "199X" → "199", centuries
    "18XX" → "18"."""
    if re.fullmatch(r"\d{3}X", value):
        return value[:3]
    if re.fullmatch(r"\d{2}XX", value):
        return value[:2]
    return value


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict: int = 0
    lenient: int = 0
    strict_value: int = 0
    lenient_value: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


_RANGE_PREFIX = re.compile(r"(?:[Vv]om|[Vv]on|[Zz]wischen(?:\s+dem|\s+den)?|[Ss]eit|[Aa]b|"
                           r"[Bb]is(?:\s+zum|\s+zur)?|[Ii]m|[Aa]m|[Ii]n\s+der\s+Nacht\s+vom)"
                           r"\s+")


@dataclass
class Piece:
    """One expression as scored: a whole timex, or one side of a range."""

    start: int
    end: int
    text: str
    value: str
    side: str = ""              # "" | "begin" | "end"


def pieces(doc: Document, timex: Timex) -> list[Piece]:
    if not timex.time.is_range:
        return [Piece(timex.start, timex.end, timex.text, timex2_value(timex.time.value))]
    start = timex.start
    prefix = _RANGE_PREFIX.match(doc.text, timex.start, timex.end)
    if prefix is not None:
        start = prefix.end()
    begin, _, end = timex.time.value.partition("/")
    return [Piece(start, timex.end, timex.text, timex2_value(v), side)
            for v, side in ((begin, "begin"), (end, "end")) if v and v != ".."]


def gold_for(piece: Piece, unmatched: list[Gold]) -> tuple[Gold | None, bool]:
    """The gold expression a piece matches and whether the match is strict."""
    inside = [g for g in unmatched if g.start < piece.end and piece.start < g.end]
    if not inside:
        return None, False
    if piece.side == "":
        g = inside[0]
        return g, g.start == piece.start and g.end == piece.end
    g = inside[0] if piece.side == "begin" else inside[-1]
    strict = g.start == piece.start if piece.side == "begin" else g.end == piece.end
    return g, strict


def score(doc: Document, show_errors: bool = False,
          ranges: bool = True) -> tuple[Counts, float]:
    started = time.perf_counter()
    found = find_timexes(doc.text, doc.dct, ranges=ranges)
    elapsed = time.perf_counter() - started
    scored = [piece for timex in found for piece in pieces(doc, timex)]
    counts = Counts(system=len(scored), gold=len(doc.gold))
    unmatched = list(doc.gold)
    for timex in scored:
        value = timex.value
        match, exact = gold_for(timex, unmatched)
        if match is None:
            if show_errors:
                print(f"  FP {doc.name}: {timex.text!r} = {value}")
            continue
        unmatched.remove(match)
        right = value == match.value
        counts.lenient += 1
        counts.strict += exact
        counts.lenient_value += right
        counts.strict_value += exact and right
        if show_errors and not right:
            print(f"  VAL {doc.name}: {timex.text!r} = {value}  gold {match.text!r} = "
                  f"{match.value}")
        elif show_errors and not exact:
            print(f"  EXT {doc.name}: {timex.text!r}  gold {match.text!r}")
    if show_errors:
        for g in unmatched:
            print(f"  FN {doc.name}: {g.text!r} = {g.value}")
    return counts, elapsed


def f1(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(title: str, c: Counts) -> None:
    print(f"\n{title}: {c.gold} gold, {c.system} found")
    print(f"  {'measure':34} {'P':>6} {'R':>6} {'F':>6}   HeidelTime F")
    rows = (("extraction strict", c.strict, HEIDELTIME["strict_f"]),
            ("extraction lenient", c.lenient, HEIDELTIME["lenient_f"]),
            ("extraction + value strict", c.strict_value, HEIDELTIME["ev_strict_f"]),
            ("extraction + value lenient", c.lenient_value, HEIDELTIME["ev_lenient_f"]))
    for name, correct, theirs in rows:
        p, r, f = f1(correct, c.system, c.gold)
        print(f"  {name:34} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f}   {theirs:6.1f}")
    accuracy = c.lenient_value / c.lenient if c.lenient else 0.0
    print(f"  {'value accuracy (of lenient matches)':34} {100 * accuracy:20.1f}   "
          f"{HEIDELTIME['value_acc']:6.1f}")


def dateparser_speed(texts: list[str], budget_s: float = 20.0) -> tuple[float, int]:
    """chars/s of dateparser.search.search_dates(languages=["de"]) on the same texts,
    paragraph by paragraph until the time budget is spent."""
    from dateparser.search import search_dates

    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]
    chars = 0
    started = time.perf_counter()
    for paragraph in paragraphs:
        search_dates(paragraph, languages=["de"])
        chars += len(paragraph)
        if time.perf_counter() - started > budget_s:
            break
    return chars / (time.perf_counter() - started), chars


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true",
                        help="print errors of the tuning documents (01-11) only")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--parts", action="store_true",
                        help="score ranges=False (ranges split into parts), not the product's "
                             "mode")
    args = parser.parse_args()
    folder = DATA / "keyinline"
    if not folder.is_dir():
        print(f"WikiWarsDE not found at {folder.resolve()}; skipping")
        return 0
    docs = [load_document(p) for p in sorted(folder.glob("*.key.xml"))]
    totals = {"all": Counts(), "tune": Counts(), "held_out": Counts()}
    seconds = 0.0
    for i, doc in enumerate(docs):
        counts, elapsed = score(doc, show_errors=args.errors and i < TUNE_DOCS,
                                ranges=not args.parts)
        seconds += elapsed
        totals["all"].add(counts)
        totals["tune" if i < TUNE_DOCS else "held_out"].add(counts)
    mode = "ranges=False (parts)" if args.parts else "ranges=True (the product's mode)"
    report(f"WikiWarsDE, all {len(docs)} documents, {mode}", totals["all"])
    report(f"tuning documents 01-{TUNE_DOCS:02d}", totals["tune"])
    report(f"held-out documents {TUNE_DOCS + 1:02d}-{len(docs):02d}", totals["held_out"])
    chars = sum(len(d.text) for d in docs)
    print(f"\nspeed: graphkit.temporal {chars / seconds:,.0f} chars/s "
          f"({chars:,} chars in {seconds:.2f} s)")
    if not args.no_dateparser:
        speed, measured = dateparser_speed([d.text for d in docs])
        print(f"speed: dateparser.search.search_dates(languages=['de']) {speed:,.0f} chars/s "
              f"(on the first {measured:,} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
