"""Fuzz suite (hypothesis) over ingest, temporal and build.

Derandomized (a fixed seed per test, no example database), so a failure reproduces on
every run and in CI; example counts are kept small enough for the whole file to run in
well under a minute. Run with ``--hypothesis-show-statistics`` to see how many examples
each target ran.
"""

from __future__ import annotations

import json
import string
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graphkit.errors import GraphkitError, NoArticlesError
from graphkit.ingest import read_file
from graphkit.temporal import find_timexes

FUZZ = settings(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# German words that the temporal and event stages react to, plus names and noise.
WORDS = ["gestern", "morgen", "heute", "am", "Montag", "Dienstag", "letzten", "nächsten",
         "Woche", "Jahr", "im", "März", "Mai", "Dezember", "1.", "31.", "2024", "1999", "0001",
         "9999", "vor", "seit", "bis", "zum", "Jahren", "Tagen", "Frühjahr", "Quartal", "Ende",
         "Anfang", "traf", "besuchte", "sagte", "Gipfel", "Treffen", "Olaf", "Scholz",
         "Emmanuel", "Macron", "Berlin", "Paris", "Wladimir", "Putin", "Xi", "Jinping", "in",
         "und", "der", "die", "mit", ",", ".", "-", "–", "/", ":", "(", ")", "„", "“", "\n",
         "\n\n", "20.", "06.", "2024-06-18", "18.06.2024", "10:25", "Uhr", "Stand:"]
TEXT = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=60).map(" ".join)
REFERENCE = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def one_line(message: str) -> bool:
    return message.strip() != "" and "\n" not in message and "Traceback" not in message


# ---------------------------------------------------------------- ingest


@settings(FUZZ, max_examples=120)
@given(data=st.binary(max_size=3000) | TEXT.map(str.encode),
       suffix=st.sampled_from([".txt", ".html", ".jsonl", ".htm", ".TXT", ".bin"]))
@example(data=b"\xff\xfe" + "Titel\n\nText am Montag.".encode("utf-16-le"), suffix=".txt")
@example(data=b"<svg><html><body><p>Ein Text.</p></body></html>", suffix=".html")
@example(data=b"[" * 993 + b"]" * 993, suffix=".jsonl")
@example(data=b'{"text": "a", "published": "0000-00-00"}', suffix=".jsonl")
def test_fuzz_ingest_never_raises(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        articles, skipped = read_file(path)
    assert all(one_line(s.reason) for s in skipped)
    for article in articles:
        assert article.text.strip() and article.id


# ---------------------------------------------------------------- temporal


@settings(FUZZ, max_examples=400)
@given(text=TEXT, reference=REFERENCE)
@example(text="Er kam gestern, geht morgen und war letzten Montag hier.",
         reference=date(1, 1, 1))
@example(text="Er kam gestern, geht morgen und kommt nächsten Freitag.",
         reference=date(9999, 12, 31))
@example(text="bis zum 30. Juni 2021 im Frühjahr vor 9999 Jahren", reference=date(1, 1, 2))
def test_fuzz_temporal_offsets_are_sound(text: str, reference: date | None):
    timexes = find_timexes(text, reference)
    for timex in timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.time.value


# ---------------------------------------------------------------- build (the property test)

LONG_TOKEN = st.integers(100, 4000).flatmap(
    lambda n: st.text(string.ascii_letters + string.digits + "/:.-_?=&%", min_size=n,
                      max_size=n))
NAMES = ["Olaf Scholz", "Emmanuel Macron", "Wladimir Putin", "Xi Jinping", "Angela Merkel",
         "Joe Biden", "Kim Jong Un", "Annalena Baerbock"]
NAME_DENSE = st.lists(st.sampled_from(NAMES), min_size=50, max_size=400).map(
    lambda names: "Es trafen sich " + ", ".join(names) + " und sagten, dass sie reisten.")
LONG_SENTENCE = st.lists(st.sampled_from(WORDS[:40]), min_size=200, max_size=3000).map(
    lambda words: " ".join(w for w in words if w != "."))
ARTICLE_TEXT = st.one_of(
    LONG_TOKEN.map(lambda token: f"Scholz nennt eine Quelle\n\nOlaf Scholz nennt {token} am "
                                 "Montag in Berlin."),
    NAME_DENSE.map(lambda body: f"Gipfel\n\n{body}"),
    LONG_SENTENCE.map(lambda body: f"Bericht\n\n{body}"),
    TEXT.map(lambda body: f"Meldung\n\n{body}"),
)
FILE = st.one_of(
    ARTICLE_TEXT.map(lambda text: ("txt", text.encode("utf-8"))),
    st.binary(min_size=1, max_size=2000).map(lambda data: ("txt", data)),
    ARTICLE_TEXT.map(lambda text: ("jsonl", json.dumps(
        {"text": text, "published": "2024-06-18"}).encode("utf-8"))),
)


@pytest.mark.slow
@settings(FUZZ, max_examples=12)
@given(files=st.lists(FILE, min_size=1, max_size=3))
def test_fuzz_build_finishes_with_outputs_or_one_line_messages(files: list[tuple[str, bytes]]):
    from graphkit import build

    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        for number, (suffix, data) in enumerate(files):
            (inputs / f"f{number}.{suffix}").write_bytes(data)
        try:
            result = build([inputs], Path(folder) / "out", render=len(files) == 1)
        except NoArticlesError as error:
            assert one_line(str(error))
            assert all(one_line(s.reason) for s in error.skipped)
            return
        except GraphkitError as error:  # any other message must still be one line
            assert one_line(str(error))
            return
        assert all(path.is_file() for path in result.outputs.values())
        assert all(one_line(s.reason) for s in result.skipped)
