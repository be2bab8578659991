"""graphkit.render without a browser: offline pages, escaping, determinism, dates, layout.

``sample_graph()`` is a hand-built graph (not the seeds pipeline) that the browser tests in
test_browser_render.py use too.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from graphkit.errors import GraphkitError
from graphkit.model import (
    AGREEMENT,
    DATE_FROM_DATELINE,
    DATE_FROM_METADATA,
    DATE_INFERRED,
    DAY,
    HOST,
    LOC,
    MEETING,
    MONTH,
    ON_OR_BEFORE,
    ORG,
    PARTICIPANT,
    PER,
    PLANNED,
    SIGNATORY,
    VISIT,
    VISITOR,
    YEAR,
    Article,
    Entity,
    Event,
    KnowledgeGraph,
    Participant,
    Position,
    PublicationDate,
    SourceSentence,
    TimeValue,
)
from graphkit.render import render_all, render_explorer, render_network, render_timeline
from graphkit.render.i18n import ui_strings
from graphkit.render.layout import force_layout
from graphkit.render.page import inline_script, json_for_script
from graphkit.render.viewdata import (
    _time_window,
    build_view,
    day_number,
    format_time,
    sentence_pieces,
)

HOSTILE = "<img src=x onerror=alert(1)> </script><script>alert(2)</script>"


class _Text:
    """Builds an article text sentence by sentence and keeps the offsets."""

    def __init__(self, article_id: str, title: str) -> None:
        self.article_id, self.text, self.count = article_id, title, 0
        self.sentences: dict[str, SourceSentence] = {}

    def add(self, key: str, sentence: str, trigger: str, time_text: str = "") -> None:
        start = len(self.text) + 2
        self.text += "\n\n" + sentence
        self.count += 1
        at = start + sentence.index(trigger)
        self.sentences[key] = SourceSentence(
            article_id=self.article_id, sentence_index=self.count, start=start,
            end=start + len(sentence), text=sentence, trigger_start=at,
            trigger_end=at + len(trigger), time_text=time_text)


def _articles(title_1: str, sentence_extra: str) -> tuple[list[Article], dict[str, SourceSentence]]:
    first = _Text("a1", title_1)
    first.add("visit", f"Putin ist am Dienstag in Pjöngjang eingetroffen.{sentence_extra}",
              "eingetroffen", "am Dienstag")
    first.add("2000", "Zuletzt war Putin im Jahr 2000 in Nordkorea und traf Kim Jong Il.",
              "traf", "im Jahr 2000")
    second = _Text("a2", "Kim empfängt Putin")
    second.add("visit", "Kim Jong Un empfing den russischen Präsidenten Putin in Pjöngjang.",
               "empfing")
    second.add("2019", "Die beiden hatten sich im April 2019 in Wladiwostok getroffen.",
               "getroffen", "im April 2019")
    third = _Text("a3", "Zweiter Besuch nach 24 Jahren")
    third.add("visit", "Der Besuch von Putin in Nordkorea dauert zwei Tage.", "Besuch")
    third.add("2023", "Im September 2023 trafen sich Kim und Putin in Russland.", "trafen",
              "Im September 2023")
    third.add("plan", "Beide planen die Unterzeichnung eines Abkommens.", "Unterzeichnung")
    dates = {
        "a1": PublicationDate(date(2024, 6, 19), DATE_FROM_METADATA),
        "a2": PublicationDate(date(2024, 6, 18), DATE_FROM_DATELINE, "18.06.2024 10:25"),
        "a3": PublicationDate(date(2024, 6, 19), DATE_INFERRED, "a1, a2"),
    }
    articles = [Article(id=t.article_id, path=f"{t.article_id}.txt", title=t.text.split("\n")[0],
                        text=t.text, source="Agentur", url=f"https://example.org/{t.article_id}",
                        published=dates[t.article_id])
                for t in (first, second, third)]
    sentences = {f"{t.article_id}:{k}": s for t in (first, second, third)
                 for k, s in t.sentences.items()}
    return articles, sentences


def _time(value: str, precision: str, begin: date, end: date, is_range: bool = False):
    return TimeValue(value=value, precision=precision, begin=begin, end=end, is_range=is_range)


def sample_graph(*, hostile: bool = False) -> KnowledgeGraph:
    """Putin, Kim Jong Un, Kim Jong Il, Pjöngjang, Wladiwostok; meetings in 2000 (a year),
    2019-04 and 2023-09 (months), the visit of 18–19 June 2024 reported by three articles
    (one with an inferred date), and a planned, undated agreement."""
    extra = " " + HOSTILE if hostile else ""
    articles, s = _articles(("Putin in Pjöngjang" + extra), extra)
    kim_name = "Kim Jong Un" + extra
    entities = [
        Entity("wladimir-putin", "Wladimir Putin", PER, ["Putin", "Wladimir Wladimirowitsch Putin"],
               "Q7747", "person", 9),
        Entity("kim-jong-un", kim_name, PER, ["Kim Jong-un", "Kim"], "Q56226", "person", 6),
        Entity("kim-jong-il", "Kim Jong Il", PER, ["Kim Jong-il"], None, "person", 1),
        Entity("pjoengjang", "Pjöngjang", LOC, ["Pyongyang"], None, "city", 3),
        Entity("wladiwostok", "Wladiwostok", LOC, ["Vladivostok"], None, "city", 1),
        Entity("partei-der-arbeit", "Partei der Arbeit Koreas", ORG, [], None, "party", 1),
    ]
    putin, kim, kim_il = "wladimir-putin", "kim-jong-un", "kim-jong-il"
    events = [
        Event("meeting-2000", MEETING, "Treffen: Wladimir Putin, Kim Jong Il",
              [Participant(putin, PARTICIPANT), Participant(kim_il, PARTICIPANT)], "pjoengjang",
              _time("2000", YEAR, date(2000, 1, 1), date(2000, 12, 31)),
              sources=[s["a1:2000"]]),
        Event("meeting-2019-04", MEETING, "Treffen: Wladimir Putin, Kim Jong Un",
              [Participant(putin, PARTICIPANT), Participant(kim, PARTICIPANT)], "wladiwostok",
              _time("2019-04", MONTH, date(2019, 4, 1), date(2019, 4, 30)),
              sources=[s["a2:2019"]]),
        Event("meeting-2023-09", MEETING, "Treffen: Kim Jong Un, Wladimir Putin",
              [Participant(kim, PARTICIPANT), Participant(putin, PARTICIPANT)], None,
              _time("2023-09", MONTH, date(2023, 9, 1), date(2023, 9, 30)),
              sources=[s["a3:2023"]]),
        Event("visit-2024-06-18", VISIT, "Besuch: Wladimir Putin in Pjöngjang",
              [Participant(putin, VISITOR), Participant(kim, HOST)], "pjoengjang",
              _time("2024-06-18/2024-06-19", DAY, date(2024, 6, 18), date(2024, 6, 19), True),
              sources=[s["a1:visit"], s["a2:visit"], s["a3:visit"]], ordinal=2,
              stated_times=[("a1", _time("2024-06-18", DAY, date(2024, 6, 18),
                                         date(2024, 6, 18))),
                            ("a3", _time("2024-06-18/2024-06-19", DAY, date(2024, 6, 18),
                                         date(2024, 6, 19), True))]),
        Event("agreement-planned", AGREEMENT, "Abkommen: Wladimir Putin, Kim Jong Un",
              [Participant(putin, SIGNATORY), Participant(kim, SIGNATORY)], None, None,
              status=PLANNED, sources=[s["a3:plan"]]),
    ]
    if hostile:
        articles = [replace(a, url="javascript:alert(3)") if a.id == "a2" else a
                    for a in articles]
    positions = [Position("kim-jong-un-chair", "Kim Jong Un: Vorsitzender",
                          kim, "partei-der-arbeit", "Vorsitzender" + extra,
                          sources=[s["a3:plan"]])]
    return KnowledgeGraph(articles=articles, entities=entities, events=events,
                          positions=positions)


class _Refs(HTMLParser):
    """Collects every src/href and the contents of every <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.refs += [v for k, v in attrs.items() if k in ("src", "href") and v]
        if tag == "script":
            self._in_script = attrs
            self.scripts.append((attrs, ""))

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def _parse(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _data_block(path: Path) -> dict:
    blocks = [text for attrs, text in _parse(path).scripts if attrs.get("id") == "graphkit-data"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    return render_all(sample_graph(), tmp_path_factory.mktemp("pages"))


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory) -> dict[str, Path]:
    return render_all(sample_graph(hostile=True), tmp_path_factory.mktemp("hostile"))


def test_render_all_writes_three_pages(pages):
    assert sorted(pages) == ["explorer", "network", "timeline"]
    assert [p.name for p in pages.values()] == ["network.html", "timeline.html", "explorer.html"]
    assert not [p for p in pages["network"].parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("name", ["network", "timeline", "explorer"])
def test_render_page_refers_to_nothing_outside_itself(pages, name):
    parsed = _parse(pages[name])
    assert parsed.refs == []
    assert all("src" not in attrs for attrs, _ in parsed.scripts)
    assert "<link" not in pages[name].read_text(encoding="utf-8")


def test_render_network_inlines_vis_network(pages):
    scripts = [text for _, text in _parse(pages["network"]).scripts]
    assert any("vis-network" in text and "DataSet" in text for text in scripts)


@pytest.mark.parametrize("name", ["network", "timeline", "explorer"])
def test_render_escapes_article_text(hostile_pages, name):
    html = hostile_pages[name].read_text(encoding="utf-8")
    assert "<img" not in html
    assert html.count("</script>") == len(_parse(hostile_pages[name]).scripts)
    data = _data_block(hostile_pages[name])
    names = [e["name"] for e in data["entities"]]
    assert any(HOSTILE in n for n in names)                       # kept literally, as data
    assert any(HOSTILE in a["title"] for a in data["articles"])
    assert any(HOSTILE in p["post"] for e in data["entities"] for p in e["positions"])
    assert {a["url"] for a in data["articles"] if a["id"] == "a2"} == {None}   # javascript: gone


def test_json_for_script_escapes_tag_and_line_separators():
    text = json_for_script({"x": "</script><!-- & \u2028\u2029 >"})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"x": "</script><!-- & \u2028\u2029 >"}


def test_inline_script_cannot_be_closed_early():
    code = inline_script('var s = "</script><!--";')
    assert code.count("</script>") == 1 and "<!--" not in code


def test_render_is_deterministic(tmp_path):
    first = render_explorer(sample_graph(), tmp_path / "a.html").read_bytes()
    second = render_explorer(sample_graph(), tmp_path / "b.html").read_bytes()
    assert first == second


def test_render_single_page_functions_match_render_all(pages, tmp_path):
    kg = sample_graph()
    assert render_network(kg, tmp_path / "n.html").read_bytes() == pages["network"].read_bytes()
    assert render_timeline(kg, tmp_path / "t.html").read_bytes() == pages["timeline"].read_bytes()


def test_render_replaces_existing_file_atomically(tmp_path):
    target = tmp_path / "explorer.html"
    target.write_text("old")
    assert render_explorer(sample_graph(), target) == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["explorer.html"]


def test_view_keeps_time_precision_as_ranges():
    view = build_view(sample_graph(), with_layout=False, ui_lang="en")
    events = {e["id"]: e for e in view["events"]}
    year, month = events["meeting-2000"]["time"], events["meeting-2019-04"]["time"]
    assert year["end"] - year["begin"] == 365 and year["text"] == "2000"
    assert month["end"] - month["begin"] == 29 and month["text"] == "Apr 2019"
    assert events["visit-2024-06-18"]["time"]["text"] == "18–19 Jun 2024"
    assert events["agreement-planned"]["time"] is None


def test_view_is_german_by_default():
    view = build_view(sample_graph(), with_layout=False)
    events = {e["id"]: e for e in view["events"]}
    assert view["lang"] == "de" and view["ui"]["storyTitle"] == "Die Geschichte"
    assert events["meeting-2019-04"]["time"]["text"] == "April 2019"
    assert events["visit-2024-06-18"]["time"]["text"] == "18.–19. Juni 2024"
    assert events["visit-2024-06-18"]["typeName"] == "Besuch"
    assert [x["name"] for x in view["legend"]["entities"]] == ["Ort", "Person"]


def test_ui_strings_have_the_same_keys_in_both_languages():
    de, en = ui_strings("de"), ui_strings("en")
    assert de.keys() == en.keys()
    for key, value in de.items():
        if isinstance(value, dict):
            assert value.keys() == en[key].keys(), key
        if isinstance(value, str):   # the same {fields} in both translations
            assert sorted(re.findall(r"\{\w+\}", value)) == \
                sorted(re.findall(r"\{\w+\}", en[key])), key
    with pytest.raises(GraphkitError, match="unknown UI language 'fr'"):
        ui_strings("fr")


def test_every_participant_role_has_words_in_both_languages():
    # A role without words showed in English on the German pages ("winner", "defendant").
    from graphkit.model import ROLES

    for lang in ("de", "en"):
        roles = ui_strings(lang)["roles"]
        assert set(ROLES) <= roles.keys(), (lang, sorted(set(ROLES) - roles.keys()))
    assert ui_strings("de")["roles"]["winner"] == "Gewinner"


def test_story_lists_every_event_in_date_order_with_undated_last():
    kg = sample_graph()
    first = kg.articles[1]                    # a2, published 18 June 2024
    undated_happened = Event("statement-x", "Statement", "Erklärung: Kim Jong Un",
                             [Participant("kim-jong-un", "speaker")],
                             sources=[replace(kg.events[0].sources[0], article_id=first.id)])
    bounded = Event("statement-y", "Statement", "Erklärung: Wladimir Putin",
                    [Participant("wladimir-putin", "speaker")],
                    time=TimeValue("2024-06-10", DAY, None, date(2024, 6, 10), mod=ON_OR_BEFORE),
                    sources=[kg.events[0].sources[0]])
    kg.events += [undated_happened, bounded]
    view = build_view(kg, with_layout=False)
    story = view["story"]
    assert sorted(s["event"] for s in story) == sorted(e.id for e in kg.events)
    assert [s["event"] for s in story] == [
        "meeting-2000", "meeting-2019-04", "meeting-2023-09", "visit-2024-06-18",
        "statement-y", "statement-x", "agreement-planned"]
    assert [s["group"] for s in story][-3:] == ["onOrBefore", "onOrBefore", "unknown"]
    assert story[4]["when"] == "am oder vor dem 10. Juni 2024"
    assert story[5]["when"] == "am oder vor dem 18. Juni 2024"   # the earliest report
    bounded_view = next(e for e in view["events"] if e["id"] == "statement-y")
    assert bounded_view["time"]["onOrBefore"] and "begin" not in bounded_view["time"]


def _timed(day: date) -> Event:
    return Event(f"e-{day.isoformat()}", "Meeting", "x",
                 time=TimeValue(day.isoformat(), DAY, day, day))


def test_time_window_leaves_out_an_early_outlier_only():
    days = [date(2000, 5, 1), date(2019, 4, 25)] + [date(2024, 6, d) for d in range(1, 9)]
    window = _time_window([_timed(d) for d in days])
    assert window == {"from": day_number(date(2019, 4, 25)),
                      "to": day_number(date(2024, 6, 8)) + 1}
    even = [_timed(date(2000 + i, 1, 1)) for i in range(10)]         # no outlier: all of it
    assert _time_window(even) == {"from": day_number(date(2000, 1, 1)),
                                  "to": day_number(date(2009, 1, 1)) + 1}
    assert _time_window([]) is None


def test_view_marks_inferred_publication_dates():
    articles = {a["id"]: a for a in build_view(sample_graph(), with_layout=False)["articles"]}
    assert [k for k, a in sorted(articles.items()) if a["inferred"]] == ["a3"]


def test_view_splits_sentence_at_event_words():
    visit = next(e for e in sample_graph().events if e.id == "visit-2024-06-18")
    pieces = [sentence_pieces(s) for s in visit.sources]
    assert [p[1] for p in pieces] == ["eingetroffen", "empfing", "Besuch"]
    assert all("".join(p) == s.text for p, s in zip(pieces, visit.sources, strict=True))


def test_view_sentence_offsets_out_of_range_give_one_piece():
    source = SourceSentence("a", 0, 10, 20, "0123456789", 40, 45)
    assert sentence_pieces(source) == ["0123456789"]


@pytest.mark.parametrize(("time", "text"), [
    (TimeValue("2024-06-18", DAY, date(2024, 6, 18), date(2024, 6, 18)), "18 Jun 2024"),
    (TimeValue("2024-06", MONTH, date(2024, 6, 1), date(2024, 6, 30)), "Jun 2024"),
    (TimeValue("2024-Q2", "quarter", date(2024, 4, 1), date(2024, 6, 30)), "Apr – Jun 2024"),
    (TimeValue("198X", "decade", date(1980, 1, 1), date(1989, 12, 31)), "1980s"),
    (TimeValue("2024-W25", "week", date(2024, 6, 17), date(2024, 6, 23)),
     "week of 17–23 Jun 2024"),
    (TimeValue("XXXX-WXX-2", DAY), "date unknown"),  # no raw TIMEX codes for readers
])
def test_format_time_keeps_precision(time, text):
    assert format_time(time, "en") == text


@pytest.mark.parametrize(("time", "text"), [
    (TimeValue("2024-06-18", DAY, date(2024, 6, 18), date(2024, 6, 18)), "18. Juni 2024"),
    (TimeValue("2024-06", MONTH, date(2024, 6, 1), date(2024, 6, 30)), "Juni 2024"),
    (TimeValue("2024-Q2", "quarter", date(2024, 4, 1), date(2024, 6, 30)), "April – Juni 2024"),
    (TimeValue("198X", "decade", date(1980, 1, 1), date(1989, 12, 31)), "1980er-Jahre"),
    (TimeValue("2024-W25", "week", date(2024, 6, 17), date(2024, 6, 23)),
     "Woche vom 17.–23. Juni 2024"),
    (None, "Datum unbekannt"),
])
def test_format_time_in_german(time, text):
    assert format_time(time) == text


def test_view_edges_link_events_to_actors_and_place():
    edges = build_view(sample_graph(), with_layout=False)["edges"]
    visit = {(e["to"], e["role"]) for e in edges if e["from"] == "evt:visit-2024-06-18"}
    assert visit == {("ent:wladimir-putin", "visitor"), ("ent:kim-jong-un", "host"),
                     ("ent:pjoengjang", "place")}


def test_layout_is_deterministic_and_spreads_nodes():
    rng = np.random.default_rng(3)
    pairs = [(int(a), int(b)) for a, b in rng.integers(0, 300, (600, 2)) if a != b]
    first, second = force_layout(300, pairs), force_layout(300, pairs)
    assert np.array_equal(first, second)
    assert np.isfinite(first).all()
    distances = np.linalg.norm(first[:, None] - first[None, :], axis=2)
    assert distances[np.triu_indices(300, 1)].min() > 1.0            # no two nodes on one spot


@pytest.mark.parametrize("n", [200, 2000])
def test_layout_puts_linked_nodes_closer_than_random_pairs(n):
    rng = np.random.default_rng(5)
    pairs = [(i, int(j)) for i in range(1, n) for j in rng.integers(0, i, 2)]
    pos = force_layout(n, pairs)
    linked = np.mean([np.linalg.norm(pos[a] - pos[b]) for a, b in pairs])
    other = rng.integers(0, n, (2000, 2))
    random_pairs = np.mean([np.linalg.norm(pos[a] - pos[b]) for a, b in other])
    assert linked < 0.5 * random_pairs


def test_layout_handles_empty_and_isolated_nodes():
    assert force_layout(0, []).shape == (0, 2)
    pos = force_layout(5, [])
    assert pos.shape == (5, 2) and len({tuple(p) for p in pos.round(3)}) == 5


def test_view_leaves_unlinked_nodes_out_of_the_layout():
    kg = sample_graph()
    kg.entities.append(Entity("lonely", "Einsam", LOC))
    view = build_view(kg)
    lonely = next(e for e in view["entities"] if e["id"] == "lonely")
    assert lonely["linked"] is False and "x" not in lonely
    putin = next(e for e in view["entities"] if e["id"] == "wladimir-putin")
    assert putin["linked"] and putin["component"] == 0 and "x" in putin


def test_render_english_pages(tmp_path):
    page = render_explorer(sample_graph(), tmp_path / "e.html", ui_lang="en")
    html = page.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "The story" in html
    german = render_explorer(sample_graph(), tmp_path / "d.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in german and "Die Geschichte" in german


def test_render_empty_graph(tmp_path):
    paths = render_all(KnowledgeGraph(), tmp_path)
    assert all(p.exists() for p in paths.values())


@pytest.mark.parametrize("name", ["network", "timeline", "explorer"])
def test_render_page_forbids_outside_requests_by_csp(pages, name):
    html = pages[name].read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
