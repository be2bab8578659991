"""The three pages: network.html, timeline.html and explorer.html.

The HTML here is a fixed skeleton; nothing from the graph is formatted into it. Its words
come from ``assets/i18n.json`` (escaped all the same). All data goes through
``page.json_for_script`` and is drawn by the inlined scripts.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from graphkit.fileio import write_atomically
from graphkit.model import KnowledgeGraph
from graphkit.render.i18n import DEFAULT_UI_LANG
from graphkit.render.page import asset, build_page, vis_network_js
from graphkit.render.viewdata import build_view

_HEADER = """
<header class="bar">
  <h1>{heading}</h1><span id="counts"></span><span class="spacer"></span>{extra}
</header>
"""

_SEARCH = """
  <div class="search-box">
    <input id="search" type="search" placeholder="{searchPlaceholder}"
           autocomplete="off" spellcheck="false" aria-label="{searchLabel}">
    <ul id="search-results" hidden></ul>
  </div>"""

_TOOLBAR = """
<div class="toolbar">
  <div class="group"><span class="group-label">{filterType}</span>
    <span id="type-filters" class="group"></span></div>
  <div class="group"><span class="group-label">{filterStatus}</span>
    <span id="status-filters" class="group"></span></div>
  <div class="range"><span class="group-label">{filterTime}</span>
    <div id="range-track">
      <input id="range-from" type="range" aria-label="{rangeStart}">
      <input id="range-to" type="range" aria-label="{rangeEnd}">
    </div>
    <span id="range-label"></span></div>
  <span id="actor-filter" hidden>{actorFilter} <strong id="actor-name"></strong>
    <button id="actor-clear" type="button" title="{clearSelection}">×</button></span>
  <span id="filter-summary"></span>
</div>
"""

_NETWORK = """
<div class="network-wrap"><div id="network"></div>
  <div id="isolated" hidden><span class="isolated-title" title="{isolatedHelp}">{isolatedTitle}
    <span id="isolated-count"></span></span><ul id="isolated-list"></ul></div>
  <div id="legend"></div></div>
"""

_TIMELINE = """
<section class="timeline-wrap {extra_class}">
  <div class="timeline-legend" title="{tlHelp}">
    <span><span class="swatch diamond" style="--c:#868e96"></span>{tlSingleDay}</span>
    <span><span class="swatch" style="--c:#868e96;width:18px;height:8px"></span>{tlDayRange}</span>
    <span><span class="swatch" style="--c:#ced4da;width:18px;height:8px;border:1px solid #868e96">
      </span>{tlCoarse}</span>
    <span><span class="swatch diamond dashed" style="--c:#868e96"></span>{tlPlanned}</span>
    <span><span class="swatch" style="--c:#868e96;width:6px;height:9px"></span>
      {tlArticleDate}</span>
    <span><span class="swatch" style="--c:#fff;width:6px;height:9px;border:1.5px dashed #f59f00">
      </span>{tlInferredDate}</span>
  </div>
  <div class="tl-controls">
    <button type="button" id="tl-zoom-in" title="{tlZoomIn}" aria-label="{tlZoomIn}">+</button>
    <button type="button" id="tl-zoom-out" title="{tlZoomOut}" aria-label="{tlZoomOut}">−</button>
    <button type="button" id="tl-pan-left" title="{tlPanLeft}" aria-label="{tlPanLeft}">◀</button>
    <button type="button" id="tl-pan-right" title="{tlPanRight}"
            aria-label="{tlPanRight}">▶</button>
    <button type="button" id="tl-fit-story" title="{tlFitStoryTitle}">{tlFitStory}</button>
    <button type="button" id="tl-fit-all" title="{tlFitAllTitle}">{tlFitAll}</button>
    <div id="tl-overview" title="{tlOverview}"></div>
    <span class="tl-help muted small">{tlHelp}</span>
  </div>
  <div id="timeline"></div>
</section>
"""

_STORY = """
<section id="story" aria-labelledby="story-title">
  <h2 id="story-title">{storyTitle} <span class="muted small">{storyHelp}</span></h2>
  <ol id="story-list"></ol>
</section>
"""

_DETAILS = '<aside id="detail-panel" aria-live="polite"></aside>'

_COMMON_SCRIPTS = ("common.js", "details.js")


def _words(view: dict, template: str, **extra: str) -> str:
    """The skeleton with its words filled in, escaped like any other text."""
    words = {key: escape(value) for key, value in view["ui"].items() if isinstance(value, str)}
    return template.format(**words, **extra)


def _scripts(*names: str, with_vis: bool) -> list[str]:
    code = [vis_network_js()] if with_vis else []
    return code + [asset(name) for name in _COMMON_SCRIPTS + names]


def network_html(view: dict) -> str:
    title = view["ui"]["titleNetwork"]
    body = (_words(view, _HEADER, heading=escape(title), extra="")
            + '<main class="views single">' + _words(view, _NETWORK) + _DETAILS + "</main>")
    return build_page(title=escape(title), lang=view["lang"], body_class="page-network",
                      body=body, data=view,
                      scripts=_scripts("network.js", "single.js", with_vis=True),
                      start='GK.startSingle("network");')


def timeline_html(view: dict) -> str:
    title = view["ui"]["titleTimeline"]
    body = (_words(view, _HEADER, heading=escape(title), extra="")
            + _words(view, _TIMELINE, extra_class="single") + _DETAILS)
    return build_page(title=escape(title), lang=view["lang"], body_class="page-timeline",
                      body=body, data=view,
                      scripts=_scripts("timeline.js", "single.js", with_vis=False),
                      start='GK.startSingle("timeline");')


def explorer_html(view: dict) -> str:
    title = view["ui"]["titleExplorer"]
    body = (_words(view, _HEADER, heading=escape(title), extra=_words(view, _SEARCH))
            + _words(view, _TOOLBAR)
            + '<main class="views">' + _words(view, _NETWORK) + _DETAILS + "</main>"
            + '<div class="bottom">' + _words(view, _TIMELINE, extra_class="")
            + _words(view, _STORY) + "</div>")
    return build_page(title=escape(title), lang=view["lang"], body_class="page-explorer",
                      body=body, data=view,
                      scripts=_scripts("network.js", "timeline.js", "story.js", "explorer.js",
                                       with_vis=True),
                      start="GK.startExplorer();")


def _without_positions(view: dict) -> dict:
    """The timeline needs no layout; same bytes as ``build_view(kg, with_layout=False)``."""
    drop = ("x", "y", "component")
    strip = [{k: v for k, v in item.items() if k not in drop} for item in view["entities"]]
    events = [{k: v for k, v in item.items() if k not in drop} for item in view["events"]]
    return {**view, "entities": strip, "events": events}


def render_network(kg: KnowledgeGraph, path: Path, *, ui_lang: str = DEFAULT_UI_LANG) -> Path:
    """Write network.html: actors, places and events, positions computed here, offline."""
    return write_atomically(Path(path), network_html(build_view(kg, ui_lang=ui_lang)))


def render_timeline(kg: KnowledgeGraph, path: Path, *, ui_lang: str = DEFAULT_UI_LANG) -> Path:
    """Write timeline.html: every dated event over the days it covers, offline."""
    view = build_view(kg, with_layout=False, ui_lang=ui_lang)
    return write_atomically(Path(path), timeline_html(view))


def render_explorer(kg: KnowledgeGraph, path: Path, *, ui_lang: str = DEFAULT_UI_LANG) -> Path:
    """Write explorer.html: network, timeline, story, search, filters and details, in sync."""
    return write_atomically(Path(path), explorer_html(build_view(kg, ui_lang=ui_lang)))


def render_all(kg: KnowledgeGraph, out_dir: Path, *,
               ui_lang: str = DEFAULT_UI_LANG) -> dict[str, Path]:
    """Write network.html, timeline.html and explorer.html into out_dir (layout computed once).

    ``ui_lang`` ("de" or "en") is the language of the pages' own words and dates.
    """
    out_dir = Path(out_dir)
    view = build_view(kg, ui_lang=ui_lang)
    return {
        "network": write_atomically(out_dir / "network.html", network_html(view)),
        "timeline": write_atomically(out_dir / "timeline.html",
                                     timeline_html(_without_positions(view))),
        "explorer": write_atomically(out_dir / "explorer.html", explorer_html(view)),
    }
