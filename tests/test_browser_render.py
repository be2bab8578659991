"""The rendered pages in headless Chromium (Debian's chromium driven by Playwright).

Every page is opened with the network blocked: any request that is not file:// or data: is
recorded and aborted, and the test fails if one was made. Screenshots of the main states go
to output/render/ for the closing note. The seeds test reads ../shared/seeds (tests may).
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from test_render import HOSTILE, sample_graph

from graphkit.render import render_all, render_explorer

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "output" / "render"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
READY = 'document.body.dataset.ready === "true"'


def _playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    return sync_playwright


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _playwright()
    if sync_playwright is None:
        pytest.skip("playwright (python) is not installed")
    if CHROMIUM is None:
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield chromium
        chromium.close()


class _Watch:
    """What a page tried that it must not: outside requests, dialogs, script errors."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []

    def check(self) -> None:
        assert self.requests == [], f"page tried to reach: {self.requests}"
        assert self.dialogs == [], f"a script ran: {self.dialogs}"
        assert self.errors == [], f"script errors: {self.errors}"


@pytest.fixture
def open_page(browser):
    contexts = []
    watch = _Watch()

    def block(route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            watch.requests.append(route.request.url)
            route.abort()

    def opener(path: Path, viewport: tuple[int, int] = (1400, 900)):
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]},
            # The pages' own CSP forbids eval, which Playwright's polling needs; bypassing it
            # also means only our escaping (not the CSP) stands between data and scripts.
            bypass_csp=True)
        contexts.append(context)
        page = context.new_page()
        page.route("**/*", block)
        page.on("request", lambda r: r.url.startswith(("file:", "data:"))
                or watch.requests.append(r.url))
        page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: watch.errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and watch.errors.append(m.text))
        page.goto(path.as_uri())
        page.wait_for_function(READY, timeout=15_000)
        return page

    yield opener, watch
    for context in contexts:
        context.close()
    watch.check()


@pytest.fixture(scope="module")
def sample_pages(tmp_path_factory):
    # English pages: these tests read the words; the German default is tested on the seeds.
    return render_all(sample_graph(), tmp_path_factory.mktemp("browser"), ui_lang="en")


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def _node_point(page, hook: str, node_id: str) -> tuple[float, float]:
    """Page coordinates of a network node's centre."""
    point = page.evaluate(
        """([hook, id]) => {
             const net = window[hook].network;
             const p = net.canvasToDOM(net.getPosition(id));
             const box = document.getElementById("network").getBoundingClientRect();
             return [box.left + p.x, box.top + p.y];
           }""", [hook, node_id])
    return point[0], point[1]


def test_browser_network_page_shows_nodes_and_source_tooltips(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["network"])
    ids = page.evaluate("graphkitPage.nodeIds()")
    assert {"ent:wladimir-putin", "ent:kim-jong-un", "evt:visit-2024-06-18"} <= set(ids)
    page.mouse.move(*_node_point(page, "graphkitPage", "evt:visit-2024-06-18"))
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=3000)
    text = tooltip.inner_text()
    assert "Kim empfängt Putin" in text and "Zweiter Besuch nach 24 Jahren" in text
    assert "inferred" in text
    _shot(page, "network-tooltip")


def test_browser_timeline_draws_months_and_years_as_ranges(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["timeline"])
    assert page.locator('.tl-item[data-event-id="meeting-2000"]').count() == 0   # outlier
    page.locator("#tl-fit-all").click()                                   # whole span
    items = {i: page.locator(f'.tl-item[data-event-id="{i}"]')
             for i in ("meeting-2000", "meeting-2019-04", "visit-2024-06-18")}
    year_bar = items["meeting-2000"].locator("rect.tl-bar.coarse").bounding_box()
    month_bar = items["meeting-2019-04"].locator("rect.tl-bar.coarse").bounding_box()
    assert year_bar["width"] > 8 * month_bar["width"] > 0                 # a year ~ 12 months
    assert page.locator('.tl-item[data-event-id="agreement-planned"]').count() == 0   # undated
    assert "1 event has no date" in page.locator(".tl-empty").inner_text()
    label = items["meeting-2019-04"].locator(".tl-label").text_content()
    assert label.startswith("Apr 2019 · Treffen")                     # each row has its date
    assert page.locator("rect.tl-article.inferred").count() == 1
    items["visit-2024-06-18"].click()
    panel = page.locator("#detail-panel")
    assert len(set(panel.locator("li[data-article-id]").evaluate_all(
        "els => els.map(e => e.dataset.articleId)"))) == 3
    _shot(page, "timeline")


def test_browser_explorer_timeline_click_highlights_actors(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    assert "ent:wladimir-putin" in page.evaluate("graphkitExplorer.nodeIds()")
    page.locator('#timeline [data-event-id="meeting-2019-04"]').click()
    highlighted = set(page.evaluate("graphkitExplorer.highlightedNodeIds()"))
    assert highlighted == {"evt:meeting-2019-04", "ent:wladimir-putin", "ent:kim-jong-un",
                           "ent:wladiwostok"}
    assert page.locator("#detail-panel h2").inner_text().startswith("Treffen")
    assert "month precision" in page.locator("#detail-panel").inner_text()
    _shot(page, "explorer-2019-meeting")


def test_browser_explorer_slider_filters_network(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    # Drag-free but real: set the two range inputs as a user would and fire their events.
    page.evaluate("""() => {
        const months = Number(document.getElementById("range-to").max);
        const from = document.getElementById("range-from");
        from.value = months - 17;   // Jan 2023 (the range ends in Jun 2024)
        from.dispatchEvent(new Event("input", {bubbles: true}));
    }""")
    assert page.locator("#range-label").inner_text() == "Jan 2023 – Jun 2024"
    visible = set(page.evaluate("graphkitExplorer.visibleNodeIds()"))
    assert "evt:meeting-2000" not in visible and "ent:kim-jong-il" not in visible
    assert {"evt:meeting-2023-09", "evt:visit-2024-06-18", "ent:wladimir-putin"} <= visible
    _shot(page, "explorer-range-2023-2024")
    page.evaluate("graphkitExplorer.setRange(2000, 2000)")
    visible = set(page.evaluate("graphkitExplorer.visibleNodeIds()"))
    assert "evt:meeting-2000" in visible and "evt:visit-2024-06-18" not in visible


def test_browser_explorer_actor_click_filters_timeline(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    page.mouse.click(*_node_point(page, "graphkitExplorer", "ent:kim-jong-il"))
    assert page.evaluate("graphkitExplorer.timelineEventIds()") == ["meeting-2000"]
    assert page.locator("#actor-name").inner_text() == "Kim Jong Il"
    panel = page.locator("#detail-panel")
    assert "Kim Jong-il" in panel.inner_text()                        # aliases listed
    page.locator("#actor-clear").click()
    assert len(page.evaluate("graphkitExplorer.timelineEventIds()")) == 4


def test_browser_explorer_entity_details_list_posts_held(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    page.evaluate("graphkitExplorer.selectEntity('kim-jong-un')")
    panel = page.locator("#detail-panel")
    assert "Vorsitzender · Partei der Arbeit Koreas" in panel.inner_text()
    panel.get_by_role("button", name="Partei der Arbeit Koreas").click()
    assert page.locator("#detail-panel h2").inner_text() == "Partei der Arbeit Koreas"
    text = page.locator("#detail-panel").inner_text()
    assert "Vorsitzender · Kim Jong Un" in text
    # The party's side says who holds posts in it, and how many articles say so.
    assert "Post holders" in text and "1 article" in text


def test_browser_explorer_details_of_visit_list_every_source(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    page.locator('#timeline [data-event-id="visit-2024-06-18"]').click()
    panel = page.locator("#detail-panel")
    articles = panel.locator("li[data-article-id]").evaluate_all(
        "els => els.map(e => e.dataset.articleId)")
    assert sorted(articles) == ["a1", "a2", "a3"]
    assert panel.locator("mark").all_inner_texts() == ["eingetroffen", "empfing", "Besuch"]
    assert panel.locator(".badge.inferred").count() == 1
    text = panel.inner_text()
    assert "18–19 Jun 2024" in text and "visitor" in text and "host" in text
    assert "3 articles" in text and "Pjöngjang" in text
    _shot(page, "explorer-visit-details")


def test_browser_explorer_search_by_alias(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    page.locator("#search").fill("pyongyang")
    result = page.locator('#search-results li[data-node-id="ent:pjoengjang"]')
    assert result.count() == 1
    page.locator("#search").press("Enter")
    assert page.locator("#detail-panel h2").inner_text() == "Pjöngjang"
    assert "ent:pjoengjang" in page.evaluate("graphkitExplorer.highlightedNodeIds()")


def test_browser_explorer_type_filter_hides_events(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    page.locator('#type-filters input[value="Meeting"]').uncheck()
    visible = set(page.evaluate("graphkitExplorer.visibleNodeIds()"))
    assert not {n for n in visible if n.startswith("evt:meeting")}
    assert "evt:visit-2024-06-18" in visible
    page.locator('#status-filters input[value="planned"]').uncheck()
    assert "evt:agreement-planned" not in page.evaluate("graphkitExplorer.visibleNodeIds()")


def test_browser_article_text_shows_literally(open_page, tmp_path):
    opener, watch = open_page
    pages = render_all(sample_graph(hostile=True), tmp_path)
    for name in ("network", "timeline"):
        opener(pages[name])
    page = opener(pages["explorer"])
    page.locator('#timeline [data-event-id="visit-2024-06-18"]').click()
    panel = page.locator("#detail-panel")
    panel_text = panel.inner_text()
    assert panel_text.count("<img src=x onerror=alert(1)>") >= 3     # name, title, sentence
    assert "</script><script>alert(2)</script>" in panel_text
    assert page.locator("img").count() == 0
    page.mouse.move(*_node_point(page, "graphkitExplorer", "ent:kim-jong-un"))
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=3000)
    assert HOSTILE in tooltip.inner_text()
    _shot(page, "explorer-hostile-text")
    page.wait_for_timeout(200)                                        # let any handler fire
    watch.check()


def _find_event(kg, entity_ids: set[str], begin_year: int, month: int | None = None,
                event_type: str | None = None):
    for event in kg.events:
        if event_type and event.type != event_type:
            continue
        time = event.time
        involved = {p.entity_id for p in event.participants}
        if (time and time.begin and time.begin.year == begin_year and entity_ids <= involved
                and (month is None or time.begin.month == month)):
            return event
    raise AssertionError(f"the seeds build has no event of {sorted(entity_ids)} dated "
                         f"{begin_year}{f'-{month:02d}' if month else ''}")


@pytest.mark.slow
def test_browser_explorer_on_seeds(open_page, tmp_path, seeds_build):
    kg = seeds_build.graph
    by_name = {e.name: e.id for e in kg.entities}
    putin = next(i for n, i in by_name.items() if "Putin" in n)
    kim = next(i for n, i in by_name.items() if "Kim Jong" in n and "Il" not in n)
    path = render_explorer(kg, tmp_path / "explorer.html")
    opener, _ = open_page
    page = opener(path)
    assert f"ent:{putin}" in page.evaluate("graphkitExplorer.nodeIds()")
    meeting_2019 = _find_event(kg, {putin, kim}, 2019, event_type="Meeting")
    page.locator(f'#timeline [data-event-id="{meeting_2019.id}"]').click()
    assert {f"ent:{putin}", f"ent:{kim}"} <= set(
        page.evaluate("graphkitExplorer.highlightedNodeIds()"))
    _shot(page, "seeds-2019-meeting")
    meeting_2000 = _find_event(kg, {putin}, 2000, event_type="Meeting")
    page.evaluate("graphkitExplorer.setRange(2023, 2024)")
    assert f"evt:{meeting_2000.id}" not in page.evaluate("graphkitExplorer.visibleNodeIds()")
    _shot(page, "seeds-range-2023-2024")
    visit = _find_event(kg, {putin}, 2024, month=6, event_type="Visit")
    page.evaluate(f"graphkitExplorer.selectEvent({visit.id!r})")
    articles = set(page.locator("#detail-panel li[data-article-id]").evaluate_all(
        "els => els.map(e => e.dataset.articleId)"))
    assert len(articles) >= 2
    _shot(page, "seeds-visit-details")


# ---------------------------------------------------------------- the first screen (seeds)

TOP_LABELS = """() => {
  const h = window.graphkitExplorer, net = h.network, scale = net.getScale();
  const box = document.getElementById("network").getBoundingClientRect();
  return h.topNodes(10).map(t => {
    const p = net.canvasToDOM(net.getPosition(t.id));
    const font = net.body.nodes[t.id].options.font.size;
    return {id: t.id, px: font * scale, x: p.x, y: p.y, w: box.width, h: box.height};
  });
}"""


@pytest.fixture(scope="module")
def seeds_explorer(seeds_build, tmp_path_factory):
    return render_explorer(seeds_build.graph, tmp_path_factory.mktemp("seeds") / "explorer.html")


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1600, 1000), (1280, 800)])
def test_browser_seeds_first_screen_tells_the_story(open_page, seeds_build, seeds_explorer,
                                                    size):
    kg = seeds_build.graph
    opener, _ = open_page
    page = opener(seeds_explorer, viewport=size)
    # German by default: the articles are German.
    assert page.evaluate("document.documentElement.lang") == "de"
    assert page.locator("#story-title").inner_text().startswith("Die Geschichte")
    assert "Ereignistyp" in page.locator(".toolbar").inner_text()
    # The ten most connected nodes are labelled at >= 11 px and most of them are in view.
    top = page.evaluate(TOP_LABELS)
    assert len(top) == 10 and min(t["px"] for t in top) >= 11
    inside = [t for t in top if 0 <= t["x"] <= t["w"] and 0 <= t["y"] <= t["h"]]
    # Most of them in view; the 1280x800 network panel is about 310 px tall.
    assert len(inside) >= (6 if size[0] >= 1600 else 5), __import__("json").dumps(top)
    # No node without edges is drawn in the canvas; they are listed, with a heading.
    drawn = set(page.evaluate("graphkitExplorer.nodeIds()"))
    unlinked = set(page.evaluate("graphkitExplorer.unlinkedIds()"))
    linked = {e["from"] for e in seeds_view_edges(kg)} | {e["to"] for e in seeds_view_edges(kg)}
    assert drawn == linked and not drawn & unlinked
    if unlinked:
        assert page.locator("#isolated").is_visible()
        assert page.locator("#isolated-list li").count() == len(unlinked)
        assert "Ohne Verbindung" in page.locator("#isolated").inner_text()
    # The timeline opens where the events are, not on the 26 years from 1998/2000.
    window = page.evaluate("graphkitExplorer.timelineWindow()")
    assert window["from"] > (date(2018, 12, 31) - date(1970, 1, 1)).days
    dated_rows = page.locator("#timeline .tl-item .tl-when")
    assert dated_rows.count() >= 5 and all(t.strip() for t in dated_rows.all_text_contents())
    # Every event is in the story list, dated ones first in date order.
    assert sorted(page.evaluate("graphkitExplorer.storyEventIds()")) == sorted(
        e.id for e in kg.events)
    whens = page.locator("#story-list .story-when").all_inner_texts()
    assert len(whens) == len(kg.events)
    undated = [e for e in kg.events if not (e.time and e.time.begin)]
    if undated:
        groups = page.locator("#story-list .story-group").all_inner_texts()
        assert groups and all(("Datum unbekannt" in g or "am oder vor" in g) for g in groups)
    _shot(page, f"seeds-first-screen-{size[0]}x{size[1]}")
    SHOTS.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS.parent / f"explorer-first-screen-{size[0]}x{size[1]}.png"))


@pytest.mark.slow
def test_browser_seeds_timeline_zoom_out_reaches_2000(open_page, seeds_build, seeds_explorer):
    kg = seeds_build.graph
    early = [e for e in kg.events if e.time and e.time.begin and e.time.begin.year <= 2000]
    opener, _ = open_page
    page = opener(seeds_explorer)
    start = page.evaluate("graphkitExplorer.timelineWindow()")
    page.locator("#tl-zoom-out").click()
    page.wait_for_timeout(50)
    wider = page.evaluate("graphkitExplorer.timelineWindow()")
    assert wider["to"] - wider["from"] > 1.4 * (start["to"] - start["from"])
    page.locator("#tl-fit-all").click()
    assert page.evaluate("graphkitExplorer.timelineWindow()")["from"] <= (
        date(2000, 12, 31) - date(1970, 1, 1)).days
    for event in early:
        assert page.locator(f'#timeline [data-event-id="{event.id}"]').count() == 1
    # The overview strip marks the visible window and moves it on click.
    page.locator("#tl-fit-story").click()
    box = page.locator("#tl-overview svg").bounding_box()
    marked = page.locator("#tl-overview rect.tl-ov-window").bounding_box()
    assert marked["width"] < 0.5 * box["width"]
    page.mouse.click(box["x"] + 5, box["y"] + box["height"] / 2)
    page.wait_for_timeout(50)
    moved = page.evaluate("graphkitExplorer.timelineWindow()")
    assert moved["from"] < (date(2005, 1, 1) - date(1970, 1, 1)).days
    # Story lines select their event.
    first = page.locator("#story-list .story-item").first
    first.click()
    assert page.locator("#detail-panel").get_attribute("data-kind") == "event"


def seeds_view_edges(kg):
    from graphkit.render.viewdata import build_view

    return build_view(kg, with_layout=False)["edges"]


# ---------------------------------------------------------------- a crowded multi-topic build

def crowded_graph():
    """The sample graph plus 240 day-dated events of 16 types in one autumn (a multi-topic
    build has that many types and events) and one event the text gives no date for."""
    from datetime import timedelta

    from graphkit.model import (
        DAY,
        EVENT_TYPES,
        ON_OR_BEFORE,
        PARTICIPANT,
        PER,
        Entity,
        Event,
        Participant,
        TimeValue,
    )

    kg = sample_graph()
    types = list(EVENT_TYPES[:16])
    extra = []
    for i in range(240):
        day = date(2024, 9, 1) + timedelta(days=i % 60)
        extra.append(Event(f"crowd-{i:03d}", types[i % len(types)],
                           f"Ereignis Nummer {i} mit einer längeren Beschreibung",
                           [Participant("wladimir-putin", PARTICIPANT)], None,
                           TimeValue(day.isoformat(), DAY, day, day)))
    extra[230] = replace(extra[230], participants=extra[230].participants + [
        Participant("spaeter-akteur", PARTICIPANT)])
    bound = TimeValue("2024-06-19", DAY, None, date(2024, 6, 19), mod=ON_OR_BEFORE)
    extra.append(Event("bound-statement", types[3], "Erklärung ohne eigenes Datum",
                       [Participant("kim-jong-un", PARTICIPANT)], None, bound))
    late = Entity("spaeter-akteur", "Späterer Akteur", PER, [], None, "person", 1)
    return replace(kg, events=kg.events + extra, entities=kg.entities + [late])


@pytest.fixture(scope="module")
def crowded_explorer(tmp_path_factory):
    return render_explorer(crowded_graph(), tmp_path_factory.mktemp("crowded") / "explorer.html")


def test_browser_many_types_fold_behind_one_button(open_page, crowded_explorer):
    opener, _ = open_page
    page = opener(crowded_explorer)
    toggle = page.locator("#type-toggle")
    assert toggle.is_visible() and not page.locator("#type-filters").is_visible()
    assert toggle.inner_text().startswith("alle ")
    # The toolbar stays one line: the network keeps most of the height.
    assert page.locator(".toolbar").bounding_box()["height"] < 50
    toggle.click()
    assert page.locator("#type-filters").is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
    page.locator("#type-filters input").first.uncheck()
    toggle.click()
    assert not page.locator("#type-filters").is_visible()
    assert " von " in toggle.inner_text()
    # The legend names node kinds and edges, not every type again (the chips have them).
    legend = page.locator("#legend")
    assert legend.locator(".legend-events").count() == 1
    assert legend.locator("li").count() < 12
    _shot(page, "crowded-types-folded")


def test_browser_few_types_keep_their_chips(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    assert page.locator("#type-toggle").count() == 0
    assert page.locator("#type-filters").is_visible()


def test_browser_crowded_timeline_labels_the_rows_in_view(open_page, crowded_explorer):
    opener, _ = open_page
    page = opener(crowded_explorer)
    page.evaluate("graphkitExplorer.setRange(2024, 2024)")
    page.wait_for_timeout(100)
    items = page.locator("#timeline .tl-item")
    labelled = page.locator("#timeline .tl-item .tl-label")
    assert items.count() > 200
    # Not all-or-nothing: the rows in view are labelled, the rest are bare markers.
    assert 4 <= labelled.count() < items.count()
    scroller = page.locator("#timeline .tl-scroll").bounding_box()
    first = labelled.first.bounding_box()
    assert scroller["y"] <= first["y"] <= scroller["y"] + scroller["height"]
    _shot(page, "crowded-timeline")


def test_browser_on_or_before_event_label_and_date_note(open_page, crowded_explorer):
    opener, _ = open_page
    page = opener(crowded_explorer)
    node_label = "id => graphkitExplorer.network.body.nodes[id].options.label"
    # (picked first: a picked event always shows its label, however crowded the network)
    page.evaluate("graphkitExplorer.selectEvent('bound-statement')")
    label = page.evaluate(node_label, "evt:bound-statement")
    assert label == "Erklärung" and "vor dem" not in label
    panel = page.locator("#detail-panel")
    assert "am oder vor dem 19. Juni 2024" in panel.inner_text()
    note = panel.locator(".date-note").inner_text()
    assert "spätestens" in note and "Genauigkeit" not in note
    # A dated event keeps its date on its network label and its precision in the details.
    page.evaluate("graphkitExplorer.selectEvent('crowd-000')")
    label = page.evaluate(node_label, "evt:crowd-000")
    assert "\n" in label
    assert "Genauigkeit: Tag" in panel.locator(".date-note").inner_text()


def test_browser_story_opens_on_the_picked_actors_events(open_page, crowded_explorer):
    opener, _ = open_page
    page = opener(crowded_explorer)
    page.evaluate("graphkitExplorer.selectEntity('spaeter-akteur')")
    kept = page.locator("#story-list .story-item:not(.filtered)")
    assert kept.count() == 1 and kept.get_attribute("data-event-id") == "crowd-230"
    page.wait_for_timeout(400)   # the list follows the row for a quarter of a second
    # Its only event is deep in the list: the list scrolled to it.
    box = page.locator("#story-list").bounding_box()
    row = kept.bounding_box()
    assert box["y"] <= row["y"] and row["y"] + row["height"] <= box["y"] + box["height"]
    assert page.locator(".story-item.filtered").count() > 200
    page.evaluate("graphkitExplorer.clearSelection()")
    assert page.locator("#story-list .story-item.filtered").count() == 0


def test_browser_details_open_on_an_overview_of_who_where_when(open_page, sample_pages):
    opener, _ = open_page
    page = opener(sample_pages["explorer"])
    panel = page.locator("#detail-panel")
    text = panel.inner_text()
    assert "Overview" in text and "Most involved" in text and "Places" in text
    buttons = panel.locator(".overview button.link")
    names = buttons.all_inner_texts()
    # Most events first; entities in a single event are left out (Kim Jong Il, Wladiwostok).
    assert names[0].strip() == "Wladimir Putin" and "Pjöngjang" in [n.strip() for n in names]
    assert not any("Wladiwostok" in n or "Kim Jong Il" in n for n in names)
    assert "5 events" in text
    buttons.first.click()
    assert panel.get_attribute("data-kind") == "entity"
    page.evaluate("graphkitExplorer.clearSelection()")
    assert panel.locator(".overview").count() == 1


def test_browser_timeline_label_too_long_for_either_side_keeps_its_date(open_page, tmp_path):
    from graphkit.model import MEETING, MONTH, PARTICIPANT, Event, Participant, TimeValue

    long_label = "Treffen: " + ", ".join(f"Teilnehmerin Nummer {i}" for i in range(12))
    december = Event("long-december", MEETING, long_label,
                     [Participant("wladimir-putin", PARTICIPANT)], None,
                     TimeValue("2024-12", MONTH, date(2024, 12, 1), date(2024, 12, 31)))
    kg = sample_graph()
    path = render_explorer(replace(kg, events=kg.events + [december]), tmp_path / "explorer.html")
    opener, _ = open_page
    page = opener(path)
    page.evaluate("graphkitExplorer.setRange(2024, 2024)")
    page.wait_for_timeout(100)
    item = page.locator('#timeline [data-event-id="long-december"]')
    label = item.locator(".tl-label")
    # Neither side has room: the label starts at the bar (its date readable), not cut on the left.
    assert label.get_attribute("text-anchor") == "start"
    body = page.locator("#timeline .tl-scroll").bounding_box()
    assert label.bounding_box()["x"] >= body["x"]
    assert "Dezember 2024" in label.locator(".tl-when").text_content()


CUT_LABELS = """() => {
  const nodes = graphkitExplorer.network.body.nodes;
  return Object.keys(nodes).filter(id => nodes[id].options.label === " ");
}"""


def test_browser_crowded_network_leaves_out_overlapping_event_labels(open_page, crowded_explorer):
    opener, _ = open_page
    page = opener(crowded_explorer)
    cut = page.evaluate(CUT_LABELS)
    # Event labels that would lie on a name or a better-connected event's label are left out;
    # names and the most connected nodes' labels never are.
    assert cut and all(i.startswith("evt:") for i in cut)
    top = {t["id"] for t in page.evaluate("graphkitExplorer.topNodes(10)")}
    assert not top & set(cut)
    # A picked event shows its label again.
    event_id = cut[0].removeprefix("evt:")
    page.evaluate(f"graphkitExplorer.selectEvent({event_id!r})")
    assert cut[0] not in page.evaluate(CUT_LABELS)
    page.evaluate("graphkitExplorer.clearSelection()")
    # Zooming far in pulls labels apart (vis caps their size on screen): fewer are left out.
    before = len(page.evaluate(CUT_LABELS))
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(12):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(30)
    page.wait_for_timeout(400)
    assert len(page.evaluate(CUT_LABELS)) < before
