"""The three pages: network.html, timeline.html and explorer.html.

The HTML here is a fixed skeleton; nothing from the graph is formatted into it. All data goes
through ``page.json_for_script`` and is drawn by the inlined scripts.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.fileio import write_atomically
from graphkit.model import KnowledgeGraph
from graphkit.render.page import asset, build_page, vis_network_js
from graphkit.render.viewdata import build_view

_HEADER = """
<header class="bar">
  <h1>{heading}</h1><span id="counts"></span><span class="spacer"></span>{extra}
</header>
"""

_SEARCH = """
  <div class="search-box">
    <input id="search" type="search" placeholder="Search entity or event (name or alias)"
           autocomplete="off" spellcheck="false" aria-label="Search entities and events">
    <ul id="search-results" hidden></ul>
  </div>"""

_TOOLBAR = """
<div class="toolbar">
  <div class="group"><span class="group-label">Event type</span>
    <span id="type-filters" class="group"></span></div>
  <div class="group"><span class="group-label">Status</span>
    <span id="status-filters" class="group"></span></div>
  <div class="range"><span class="group-label">Time</span>
    <div id="range-track">
      <input id="range-from" type="range" aria-label="Time range start">
      <input id="range-to" type="range" aria-label="Time range end">
    </div>
    <span id="range-label"></span></div>
  <span id="actor-filter" hidden>Timeline: events of <strong id="actor-name"></strong>
    <button id="actor-clear" type="button" title="Clear selection">×</button></span>
  <span id="filter-summary"></span>
</div>
"""

_NETWORK = """
<div class="network-wrap"><div id="network"></div><div id="legend"></div></div>
"""

_TIMELINE = """
<section class="timeline-wrap {extra_class}">
  <div class="timeline-legend">
    <span><span class="swatch diamond" style="--c:#868e96"></span>single day</span>
    <span><span class="swatch" style="--c:#868e96;width:18px;height:8px"></span>day range</span>
    <span><span class="swatch" style="--c:#ced4da;width:18px;height:8px;border:1px solid #868e96">
      </span>month, year or other coarse date: the whole period</span>
    <span><span class="swatch diamond dashed" style="--c:#868e96"></span>planned</span>
    <span><span class="swatch" style="--c:#868e96;width:6px;height:9px"></span>article date</span>
    <span><span class="swatch" style="--c:#fff;width:6px;height:9px;border:1.5px dashed #f59f00">
      </span>inferred article date</span>
    <span>wheel: zoom · drag: pan · double-click: fit</span>
  </div>
  <div id="timeline"></div>
</section>
"""

_DETAILS = '<aside id="detail-panel" aria-live="polite"></aside>'

_COMMON_SCRIPTS = ("common.js", "details.js")


def _scripts(*names: str, with_vis: bool) -> list[str]:
    code = [vis_network_js()] if with_vis else []
    return code + [asset(name) for name in _COMMON_SCRIPTS + names]


def network_html(view: dict) -> str:
    body = (_HEADER.format(heading="graphkit network", extra="")
            + '<main class="views single">' + _NETWORK + _DETAILS + "</main>")
    return build_page(title="graphkit network", body_class="page-network", body=body, data=view,
                      scripts=_scripts("network.js", "single.js", with_vis=True),
                      start='GK.startSingle("network");')


def timeline_html(view: dict) -> str:
    body = (_HEADER.format(heading="graphkit timeline", extra="")
            + _TIMELINE.format(extra_class="single") + _DETAILS)
    return build_page(title="graphkit timeline", body_class="page-timeline", body=body,
                      data=view, scripts=_scripts("timeline.js", "single.js", with_vis=False),
                      start='GK.startSingle("timeline");')


def explorer_html(view: dict) -> str:
    body = (_HEADER.format(heading="graphkit explorer", extra=_SEARCH) + _TOOLBAR
            + '<main class="views">' + _NETWORK + _DETAILS + "</main>"
            + _TIMELINE.format(extra_class=""))
    return build_page(title="graphkit explorer", body_class="page-explorer", body=body,
                      data=view,
                      scripts=_scripts("network.js", "timeline.js", "explorer.js",
                                       with_vis=True),
                      start="GK.startExplorer();")


def _without_positions(view: dict) -> dict:
    """The timeline needs no layout; same bytes as ``build_view(kg, with_layout=False)``."""
    strip = [{k: v for k, v in item.items() if k not in ("x", "y")} for item in view["entities"]]
    events = [{k: v for k, v in item.items() if k not in ("x", "y")} for item in view["events"]]
    return {**view, "entities": strip, "events": events}


def render_network(kg: KnowledgeGraph, path: Path) -> Path:
    """Write network.html: actors, places and events, positions computed here, offline."""
    return write_atomically(Path(path), network_html(build_view(kg)))


def render_timeline(kg: KnowledgeGraph, path: Path) -> Path:
    """Write timeline.html: every dated event over the days it covers, offline."""
    return write_atomically(Path(path), timeline_html(build_view(kg, with_layout=False)))


def render_explorer(kg: KnowledgeGraph, path: Path) -> Path:
    """Write explorer.html: network, timeline, search, filters and details, kept in sync."""
    return write_atomically(Path(path), explorer_html(build_view(kg)))


def render_all(kg: KnowledgeGraph, out_dir: Path) -> dict[str, Path]:
    """Write network.html, timeline.html and explorer.html into out_dir (layout computed once)."""
    out_dir = Path(out_dir)
    view = build_view(kg)
    return {
        "network": write_atomically(out_dir / "network.html", network_html(view)),
        "timeline": write_atomically(out_dir / "timeline.html",
                                 timeline_html(_without_positions(view))),
        "explorer": write_atomically(out_dir / "explorer.html", explorer_html(view)),
    }
