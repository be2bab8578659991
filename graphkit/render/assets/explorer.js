/* graphkit render: the explorer page. Network, timeline, story, filters, search and details
 * are kept in sync through one small state object.
 *
 * window.graphkitExplorer is a read-only hook for tests and scripts outside the page:
 *   ready, readyMs          true / time (ms since navigation) once the network is drawn
 *   network                 the vis-network object (getScale(), getPosition(id), canvasToDOM())
 *   timelineWindow()        the timeline's visible window {from, to}, in days since 1970-01-01
 *   nodeIds(), visibleNodeIds(), highlightedNodeIds()   node ids drawn / shown / highlighted
 *   unlinkedIds()           nodes without edges (listed beside the network, never drawn in it)
 *   topNodes(n)             the n most connected nodes with their label size {id, fontPx}
 *   timelineEventIds(), storyEventIds()   events drawn on the timeline / in the story list
 *                           (a story of thousands of events is drawn in chunks after "ready")
 *   selectEvent(id), selectEntity(id), clearSelection(), setRange(fromYear, toYear), home()
 * Its functions return copies: changing what they return changes nothing in the page. */
"use strict";

GK.TYPE_CHIPS_OPEN = 12;      // more event types than this (or a second line): the chips fold

GK.startExplorer = function () {
  var marks = {start: performance.now()};
  var data = GK.readData();
  var ix = GK.index(data);
  marks.data = performance.now();
  var $ = function (id) { return document.getElementById(id); };
  var months = monthBounds();
  var state = {
    types: new Set(data.legend.events.map(function (t) { return t.key; })),
    statuses: new Set(statusesOf()),
    undated: true,
    range: [0, months.count - 1],
    actor: null,
    event: null
  };

  var handlers = {selectEvent: selectEvent, selectEntity: selectEntity, clear: clearSelection};
  var details = GK.createDetails($("detail-panel"), data, ix, handlers);
  var network = GK.createNetwork($("network"), data, ix, handlers);
  marks.network = performance.now();
  var timeline = GK.createTimeline($("timeline"), data, ix,
                                   {select: selectEvent, firstDrawByCaller: true});
  marks.timeline = performance.now();
  var story = GK.createStory($("story-list"), data, ix, {select: selectEvent});
  marks.story = performance.now();
  GK.renderIsolated($("isolated"), network.unlinked(), data, handlers);
  GK.renderLegend($("legend"), data, true);
  buildFilters();
  buildRange();
  buildSearch();
  $("actor-clear").addEventListener("click", clearSelection);
  $("counts").textContent = GK.countsText(data);
  applyFilters();

  function statusesOf() {
    var seen = new Set(data.events.map(function (e) { return e.status; }));
    var known = ["happened", "planned", "reported", "cancelled"];
    return known.filter(function (s) { return seen.has(s); })
      .concat(Array.from(seen).filter(function (s) { return known.indexOf(s) < 0; }).sort());
  }

  /* The slider counts months from the first to the last month with a dated event. */
  function monthBounds() {
    var dated = data.events.filter(function (e) { return e.time && e.time.begin != null; });
    if (!dated.length) return {first: null, count: 1};
    var lo = Infinity, hi = -Infinity;
    dated.forEach(function (e) { lo = Math.min(lo, e.time.begin); hi = Math.max(hi, e.time.end); });
    var a = new Date(lo * GK.DAY_MS), b = new Date(hi * GK.DAY_MS);
    var first = a.getUTCFullYear() * 12 + a.getUTCMonth();
    return {first: first, count: b.getUTCFullYear() * 12 + b.getUTCMonth() - first + 1};
  }

  function monthStartDay(index) {
    var m = months.first + index;
    return Date.UTC(Math.floor(m / 12), m % 12, 1) / GK.DAY_MS;
  }

  function monthText(index) {
    var m = months.first + index;
    return GK.MONTHS[m % 12] + " " + Math.floor(m / 12);
  }

  function rangeDays() {
    return [monthStartDay(state.range[0]), monthStartDay(state.range[1] + 1) - 1];
  }

  function fullRange() { return state.range[0] === 0 && state.range[1] === months.count - 1; }

  function passesFacets(event) {
    return state.types.has(event.type) && state.statuses.has(event.status);
  }

  function inRange(event) {
    if (!event.time || event.time.begin == null) return state.undated;
    if (fullRange() || months.first === null) return true;
    var days = rangeDays();
    return event.time.end >= days[0] && event.time.begin <= days[1];
  }

  function involves(event, entityId) {
    return event.place === entityId ||
      event.participants.some(function (p) { return p.entity === entityId; });
  }

  /* Network: events passing the facets and the time range, plus the entities they involve
   * (entities that take part in no event are listed beside the network, not drawn in it). */
  function applyFilters(timelineWindow) {
    var visible = new Set();
    data.events.forEach(function (event) {
      if (!passesFacets(event) || !inRange(event)) return;
      visible.add(event.node);
      event.participants.forEach(function (p) {
        var entity = ix.entity.get(p.entity);
        if (entity) visible.add(entity.node);
      });
      var place = event.place && ix.entity.get(event.place);
      if (place) visible.add(place.node);
    });
    network.setVisible(visible);
    // The story dims what the network hides and, with an actor picked, the others' events.
    story.setShown(new Set(data.events.filter(function (e) {
      return visible.has(e.node) && (!state.actor || involves(e, state.actor));
    }).map(function (e) { return e.id; })));
    var timelineFilter = function (event) {
      return passesFacets(event) && (!state.actor || involves(event, state.actor));
    };
    timeline.update(Object.assign({filter: timelineFilter}, timelineWindow || {}));
    var shown = data.events.filter(function (e) { return visible.has(e.node); }).length;
    $("filter-summary").textContent = GK.t("shownOf", {shown: shown, total: data.events.length});
  }

  function selectEvent(id) {
    var event = ix.event.get(id);
    if (!event) return;
    state.event = id;
    var ids = [event.node];
    event.participants.forEach(function (p) {
      var entity = ix.entity.get(p.entity);
      if (entity) ids.push(entity.node);
    });
    var place = event.place && ix.entity.get(event.place);
    if (place) ids.push(place.node);
    network.highlight(ids);
    network.focus(ids);
    timeline.select(id);
    story.select(id);
    details.showEvent(event);
  }

  function selectEntity(id) {
    var entity = ix.entity.get(id);
    if (!entity) return;
    state.actor = id;
    state.event = null;
    var ids = [entity.node].concat(entity.events.map(function (eventId) {
      return ix.event.get(eventId).node;
    }));
    network.highlight(ids);
    network.focus([entity.node]);
    $("actor-filter").hidden = false;
    $("actor-name").textContent = entity.name;
    timeline.select(null);
    story.select(null);
    applyFilters({fit: true});
    story.revealFirstShown();
    details.showEntity(entity);
  }

  function clearSelection() {
    state.actor = null;
    state.event = null;
    $("actor-filter").hidden = true;
    network.highlight([]);
    timeline.select(null);
    story.select(null);
    applyFilters();
    details.showEmpty();
  }

  function buildFilters() {
    var types = $("type-filters");
    data.legend.events.forEach(function (item) {
      types.appendChild(checkbox(item.name, item.key, GK.swatch(item.colour, "diamond"),
        function (on) { toggle(state.types, item.key, on); showTypeToggle(); }));
    });
    buildTypeToggle(types);
    var statuses = $("status-filters");
    statusesOf().forEach(function (status) {
      statuses.appendChild(checkbox(GK.status(status), status, null,
        function (on) { toggle(state.statuses, status, on); }));
    });
    statuses.appendChild(checkbox(GK.t("filterUndated"), "undated", null, function (on) {
      state.undated = on;
      applyFilters();
    }));
  }

  /* Many types (a multi-topic build has 27) took three or four lines of chips above the
   * network: they fold behind one button that says how many are on. */
  function buildTypeToggle(types) {
    if (data.legend.events.length <= GK.TYPE_CHIPS_OPEN && !wraps(types)) return;
    var button = GK.el("button", {type: "button", id: "type-toggle", className: "chip",
                                  title: GK.t("typesToggleTitle")});
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "type-filters");
    types.parentNode.insertBefore(button, types);
    types.hidden = true;
    button.addEventListener("click", function () {
      types.hidden = !types.hidden;
      showTypeToggle();
    });
    showTypeToggle();
  }

  /* Fewer types still fold where their chips would take a second line (a narrow window). */
  function wraps(types) {
    var chips = types.children;
    if (chips.length < 2) return false;
    return chips[chips.length - 1].offsetTop > chips[0].offsetTop + chips[0].offsetHeight / 2;
  }

  function showTypeToggle() {
    var button = $("type-toggle");
    if (!button) return;
    var open = !$("type-filters").hidden, n = data.legend.events.length;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? GK.t("typesToggleClose")
      : GK.t(state.types.size === n ? "typesToggleAll" : "typesToggleSome",
             {n: n, shown: state.types.size});
  }

  function toggle(set, key, on) {
    if (on) set.add(key); else set.delete(key);
    applyFilters();
  }

  function checkbox(text, value, swatch, onChange) {
    var input = GK.el("input", {type: "checkbox", checked: true, value: value});
    input.addEventListener("change", function () { onChange(input.checked); });
    return GK.el("label", {className: "chip"}, input, swatch, text);
  }

  function buildRange() {
    var from = $("range-from"), to = $("range-to");
    [from, to].forEach(function (input) {
      input.min = 0;
      input.max = months.count - 1;
      input.step = 1;
    });
    from.value = 0;
    to.value = months.count - 1;
    if (months.first === null) { from.disabled = to.disabled = true; }
    function onInput(ev) {
      var a = Number(from.value), b = Number(to.value);
      if (a > b) { if (ev && ev.target === from) b = a; else a = b; }
      setRangeMonths(a, b);
    }
    from.addEventListener("input", onInput);
    to.addEventListener("input", onInput);
    showRange();
  }

  function showRange() {
    $("range-from").value = state.range[0];
    $("range-to").value = state.range[1];
    $("range-label").textContent = months.first === null ? GK.t("rangeNone")
      : monthText(state.range[0]) + " – " + monthText(state.range[1]);
    var count = Math.max(months.count - 1, 1);
    $("range-track").style.setProperty("--a", (state.range[0] / count * 100) + "%");
    $("range-track").style.setProperty("--b", (state.range[1] / count * 100) + "%");
  }

  function setRangeMonths(a, b) {
    state.range = [Math.max(0, Math.min(a, b)), Math.min(months.count - 1, Math.max(a, b))];
    showRange();
    if (months.first === null) { applyFilters(); return; }
    var days = rangeDays();
    applyFilters(fullRange() ? {fit: true} : {window: [days[0], days[1] + 1]});
  }

  function buildSearch() {
    var input = $("search"), results = $("search-results");
    var entries = [];
    data.entities.forEach(function (e) {
      entries.push({keys: [e.name].concat(e.aliases).map(GK.fold), entity: e});
    });
    data.events.forEach(function (e) {
      entries.push({keys: [GK.fold(e.label)], event: e});
    });
    function pick(entry) {
      results.hidden = true;
      if (entry.entity) selectEntity(entry.entity.id); else selectEvent(entry.event.id);
    }
    function update() {
      var query = GK.fold(input.value.trim());
      GK.clear(results);
      if (!query) { results.hidden = true; return; }
      var found = entries.filter(function (entry) {
        return entry.keys.some(function (k) { return k.indexOf(query) >= 0; });
      }).slice(0, 30);
      found.forEach(function (entry) {
        var item = entry.entity
          ? GK.el("li", {data: {nodeId: entry.entity.node}},
                  GK.swatch(GK.entityColour(data, entry.entity)), entry.entity.name,
                  GK.el("span", {className: "muted"}, " " + GK.entityLabel(entry.entity.label)))
          : GK.el("li", {data: {eventId: entry.event.id}},
                  GK.swatch(GK.eventColour(data, entry.event), "diamond"), entry.event.label,
                  GK.el("span", {className: "muted"},
                        " " + GK.timeText(entry.event)));
        item.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(entry); });
        results.appendChild(item);
      });
      if (!found.length) {
        results.appendChild(GK.el("li", {className: "muted"}, GK.t("searchNoMatch")));
      }
      results.hidden = false;
      results.firstMatch = found[0] || null;
    }
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && results.firstMatch) pick(results.firstMatch);
      if (ev.key === "Escape") results.hidden = true;
    });
    input.addEventListener("blur", function () { results.hidden = true; });
  }

  var hook = {
    ready: false,
    readyMs: null,
    marks: marks,
    selectEvent: selectEvent,
    selectEntity: selectEntity,
    clearSelection: clearSelection,
    setRange: function (fromYear, toYear) {
      if (months.first === null) return;
      setRangeMonths(fromYear * 12 - months.first, toYear * 12 + 11 - months.first);
    },
    nodeIds: network.nodeIds,
    visibleNodeIds: network.visibleNodeIds,
    highlightedNodeIds: network.highlightedNodeIds,
    timelineEventIds: timeline.visibleEventIds,
    timelineWindow: timeline.view,
    storyEventIds: story.drawnEventIds,
    topNodes: network.topNodes,
    home: network.home,
    unlinkedIds: function () {
      return network.unlinked().map(function (item) { return item.node; });
    },
    network: network.network
  };
  window.graphkitExplorer = hook;
  GK.whenDrawn(network.network, hook, network.home);
};
