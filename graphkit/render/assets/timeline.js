/* graphkit render: a small SVG timeline. Every dated event is drawn over the days it covers:
 * a single day as a diamond, a stated day range as a solid bar, and a month, year or other
 * coarse date as a light bar over the whole period (never as a single day). */
"use strict";

GK.createTimeline = function (container, data, ix, handlers) {
  handlers = handlers || {};
  var SVG = "http://www.w3.org/2000/svg";
  var PAD = 16, ROW = 22, AXIS_H = 46, MAX_LANES = 400, LABEL_LANES = 60, CHAR_W = 6.3;
  // More items than this in view: drawn without labels (zoom in to read them); text is what
  // makes thousands of SVG items slow.
  var LABEL_ITEMS = 300;
  var items = data.events.filter(function (e) { return e.time && e.time.begin != null; });
  var articles = data.articles.filter(function (a) { return a.date; }).map(function (a) {
    return {article: a, day: Math.round(Date.parse(a.date) / GK.DAY_MS)};
  });
  var filter = function () { return true; };
  var selected = null;
  var lastVisible = [];

  var axis = svg("svg", {"class": "tl-axis", height: AXIS_H});
  var scroller = GK.el("div", {className: "tl-scroll"});
  var body = svg("svg", {"class": "tl-body"});
  var tip = GK.el("div", {className: "tl-tip", role: "tooltip"});
  var empty = GK.el("div", {className: "tl-empty muted"});
  scroller.appendChild(body);
  GK.clear(container);
  container.classList.add("timeline");
  container.appendChild(axis);
  container.appendChild(scroller);
  container.appendChild(empty);
  container.appendChild(tip);

  // One set of listeners on the body (not four per item): thousands of items stay cheap.
  function itemOf(target) {
    var node = target.closest ? target.closest(".tl-item") : null;
    return node ? {node: node, event: ix.event.get(node.getAttribute("data-event-id"))} : null;
  }
  var hovered = null;
  body.addEventListener("mouseover", function (ev) {
    var hit = itemOf(ev.target);
    if (!hit || hit.node === hovered) return;
    hovered = hit.node;
    showTip(ev, GK.eventTooltip(data, ix, hit.event));
  });
  body.addEventListener("mousemove", function (ev) { if (hovered) moveTip(ev); });
  body.addEventListener("mouseout", function (ev) {
    if (hovered && !hovered.contains(ev.relatedTarget)) { hovered = null; hideTip(); }
  });
  body.addEventListener("click", function (ev) {
    var hit = itemOf(ev.target);
    if (!hit) return;
    ev.stopPropagation();
    hideTip();
    if (handlers.select) handlers.select(hit.event.id);
  });
  body.addEventListener("keydown", function (ev) {
    var hit = itemOf(ev.target);
    if (hit && ev.key === "Enter" && handlers.select) handlers.select(hit.event.id);
  });

  var view = storyWindow();
  var overview = createOverview(document.getElementById("tl-overview"));
  bindButtons();

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    for (var key in attrs) if (attrs[key] != null) node.setAttribute(key, attrs[key]);
    return node;
  }

  function extent(list) {
    if (!list.length) {
      var today = Math.floor(Date.now() / GK.DAY_MS);
      return {from: today - 30, to: today + 30};
    }
    var from = Infinity, to = -Infinity;
    list.forEach(function (e) { from = Math.min(from, e.time.begin); to = Math.max(to, e.time.end + 1); });
    var span = Math.max(to - from, 30);
    var middle = (from + to) / 2;
    from = Math.min(from, middle - span / 2);
    to = Math.max(to, middle + span / 2);
    return {from: from - span * 0.03, to: to + span * 0.03};
  }

  /* The window the page opens on: where most events are (computed in Python, robust to an
   * outlier decades earlier), padded a little; the whole span when there is no such window. */
  function storyWindow() {
    var w = data.timeWindow;
    if (!w) return extent(items);
    var span = Math.max(w.to - w.from, 30);
    var middle = (w.from + w.to) / 2;
    var from = Math.min(w.from, middle - span / 2), to = Math.max(w.to, middle + span / 2);
    return {from: from - span * 0.04, to: to + span * 0.04};
  }

  function labelText(e) { return e.time.text + " · " + e.label; }

  // Label widths measured in the labels' font (a per-character estimate ran labels into the
  // next item); CHAR_W only where a canvas is not available.
  var measure = document.createElement("canvas").getContext("2d");
  if (measure) measure.font = "12px " + getComputedStyle(document.body).fontFamily;
  var widths = new Map();
  function labelWidth(e) {
    var text = labelText(e);
    var w = widths.get(text);
    if (w == null) {
      w = measure ? Math.ceil(measure.measureText(text).width) + 2 : text.length * CHAR_W;
      widths.set(text, w);
    }
    return w;
  }

  function zoomBy(factor, at) {
    var span = view.to - view.from;
    if (at == null) at = (view.from + view.to) / 2;
    var next = Math.min(Math.max(span * factor, 3), 365.25 * 3000);
    view = {from: at - (at - view.from) * next / span, to: at + (view.to - at) * next / span};
    schedule();
  }

  function panBy(share) {
    var shift = (view.to - view.from) * share;
    view = {from: view.from + shift, to: view.to + shift};
    schedule();
  }

  function bindButtons() {
    var actions = {
      "tl-zoom-in": function () { zoomBy(1 / 1.5); },
      "tl-zoom-out": function () { zoomBy(1.5); },
      "tl-pan-left": function () { panBy(-0.3); },
      "tl-pan-right": function () { panBy(0.3); },
      "tl-fit-story": function () { view = storyWindow(); schedule(); },
      "tl-fit-all": function () { api.fit(); }
    };
    Object.keys(actions).forEach(function (id) {
      var button = document.getElementById(id);
      if (button) button.addEventListener("click", actions[id]);
    });
  }

  /* The whole span in a thin strip: one tick per dated event and the visible window as a
   * box; clicking or dragging in it moves the window there. */
  function createOverview(box) {
    if (!box) return {draw: function () {}};
    var H = 22;
    var strip = svg("svg", {"class": "tl-overview", height: H});
    box.appendChild(strip);
    var whole = extent(items);
    function ox(day) { return 2 + (day - whole.from) / (whole.to - whole.from) * (boxWidth() - 4); }
    function boxWidth() { return Math.max(box.clientWidth, 60); }
    function draw() {
      GK.clear(strip);
      strip.setAttribute("width", boxWidth());
      // at most one tick per pixel column: thousands of events stay cheap
      var seen = new Set();
      items.forEach(function (e) {
        var px = Math.round(ox((e.time.begin + e.time.end + 1) / 2));
        if (seen.has(px)) return;
        seen.add(px);
        strip.appendChild(svg("line", {x1: px, x2: px, y1: 5, y2: H - 5, "class": "tl-ov-tick"}));
      });
      var a = Math.max(ox(view.from), 0), b = Math.min(ox(view.to), boxWidth());
      strip.appendChild(svg("rect", {x: a, y: 1, width: Math.max(b - a, 3), height: H - 2,
                                     "class": "tl-ov-window"}));
    }
    var dragging = false;
    function moveTo(ev) {
      var rect = strip.getBoundingClientRect();
      var day = whole.from + (ev.clientX - rect.left - 2) / (boxWidth() - 4) * (whole.to - whole.from);
      var span = view.to - view.from;
      view = {from: day - span / 2, to: day + span / 2};
      schedule();
    }
    strip.addEventListener("mousedown", function (ev) { dragging = true; moveTo(ev); ev.preventDefault(); });
    window.addEventListener("mousemove", function (ev) { if (dragging) moveTo(ev); });
    window.addEventListener("mouseup", function () { dragging = false; });
    return {draw: draw};
  }

  function width() { return Math.max(container.clientWidth, 200); }

  function x(day) { return PAD + (day - view.from) / (view.to - view.from) * (width() - 2 * PAD); }

  function dayOf(px) { return view.from + (px - PAD) / (width() - 2 * PAD) * (view.to - view.from); }

  function utcDay(y, m, d) { return Date.UTC(y, m, d) / GK.DAY_MS; }

  function ymd(day) {
    var date = new Date(day * GK.DAY_MS);
    return {y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate()};
  }

  /* Tick positions and labels for the current zoom: years, months or days. */
  function ticks() {
    var daysPerPx = (view.to - view.from) / (width() - 2 * PAD);
    var steps = [["d", 1], ["d", 7], ["m", 1], ["m", 3], ["m", 6], ["y", 1], ["y", 2], ["y", 5],
                 ["y", 10], ["y", 20], ["y", 50], ["y", 100]];
    var approx = {d: 1, m: 30.44, y: 365.25};
    var step = steps.find(function (s) { return s[1] * approx[s[0]] / daysPerPx >= 80; }) ||
               steps[steps.length - 1];
    var out = [];
    var start = ymd(view.from), day;
    if (step[0] === "y") {
      for (var y = Math.floor(start.y / step[1]) * step[1]; (day = utcDay(y, 0, 1)) <= view.to;
           y += step[1]) out.push({day: day, text: String(y)});
    } else if (step[0] === "m") {
      var m = Math.floor(start.m / step[1]) * step[1];
      for (var k = 0; (day = utcDay(start.y, m + k, 1)) <= view.to; k += step[1]) {
        var t = ymd(day);
        out.push({day: day, text: t.m === 0 || out.length === 0 ? GK.MONTHS[t.m] + " " + t.y
                                                                 : GK.MONTHS[t.m]});
      }
    } else {
      day = Math.floor(view.from);
      if (step[1] === 7) day -= ((day - 4) % 7 + 7) % 7;   // Mondays (1970-01-01 was a Thursday)
      for (; day <= view.to; day += step[1]) {
        var p = ymd(day);
        out.push({day: day, text: GK.t("dateAxisDay", {d: p.d, month: GK.MONTHS[p.m]}) +
                  (p.m === 0 && p.d <= step[1] ? " " + p.y : "")});
      }
    }
    return out.filter(function (t) { return t.day >= view.from - 1; });
  }

  function drawAxis() {
    GK.clear(axis);
    axis.setAttribute("width", width());
    ticks().forEach(function (t) {
      var px = x(t.day);
      axis.appendChild(svg("line", {x1: px, x2: px, y1: 0, y2: AXIS_H, "class": "tl-tick"}));
      var label = svg("text", {x: px + 4, y: 14, "class": "tl-tick-label"});
      label.textContent = t.text;
      axis.appendChild(label);
    });
    var caption = svg("text", {x: 4, y: 38, "class": "tl-strip-label"});
    caption.textContent = GK.t("tlArticles");
    axis.appendChild(caption);
    articles.forEach(function (a) {
      if (a.day < view.from || a.day > view.to) return;
      var px = x(a.day + 0.5);
      var mark = svg("rect", {x: px - 4, y: 29, width: 8, height: 11, rx: 1,
                              "class": "tl-article" + (a.article.inferred ? " inferred" : ""),
                              "data-article-id": a.article.id});
      mark.addEventListener("mouseenter", function (ev) {
        showTip(ev, GK.el("div", {className: "tip"}, GK.articleLine(ix, a.article.id)));
      });
      mark.addEventListener("mouseleave", hideTip);
      axis.appendChild(mark);
    });
  }

  /* Pixel extent of an item. A single day is a diamond; anything longer is a bar over the
   * days it covers, at least a few pixels wide, so a month never looks like a day. */
  function geometry(e) {
    var x0 = x(e.time.begin), x1 = x(e.time.end + 1);
    var point = e.time.precision === "day" && (e.time.begin === e.time.end || x1 - x0 < 7);
    if (point) {
      var middle = (x0 + x1) / 2;
      return {point: true, x0: middle - 6, x1: middle + 6, middle: middle, bar0: x0, bar1: x1};
    }
    if (x1 - x0 < 4) { var mid = (x0 + x1) / 2; x0 = mid - 2; x1 = mid + 2; }
    return {point: false, x0: x0, x1: x1, middle: (x0 + x1) / 2, bar0: x0, bar1: x1};
  }

  /* Labels go right of the item, or left of it where they would run off the right edge. */
  function labelSide(e, g) {
    // ... but only where it fits there: a label cut on the left loses its date, one cut on
    // the right only the end of its text
    var w = 6 + labelWidth(e);
    return g.x1 + w > width() - 4 && g.x0 - w >= 0 ? "left" : "right";
  }

  /* Greedy lanes: each item goes into the first row where it (and its label) fits. Labels
   * only in the first ``labelLanes`` rows: an item whose label fits in none of them is drawn
   * bare in a row below (its tooltip and the story list name it). */
  function assignLanes(list, withLabels, labelLanes) {
    var ends = [];
    return list.map(function (e) {
      var g = geometry(e);
      return (withLabels && fitLane(ends, e, g, true, labelLanes || MAX_LANES)) ||
        fitLane(ends, e, g, false, MAX_LANES);
    });
  }

  function fitLane(ends, e, g, labelled, maxLanes) {
    var labelW = labelled ? 6 + labelWidth(e) : 0;
    var left = labelSide(e, g) === "left";
    var start = left ? g.x0 - labelW : g.x0;
    var end = (left ? g.x1 : g.x1 + labelW) + 6;
    var lane = ends.slice(0, maxLanes).findIndex(function (laneEnd) { return laneEnd <= start; });
    if (lane < 0 && ends.length < maxLanes) { lane = ends.length; ends.push(end); }
    else if (lane < 0 && labelled) return null;
    else if (lane < 0) {
      lane = ends.indexOf(Math.min.apply(null, ends));
      ends[lane] = Math.max(ends[lane], end);
    } else { ends[lane] = end; }
    return {event: e, g: g, lane: lane, labelled: labelled};
  }

  function drawItem(placed, withLabels) {
    var e = placed.event, g = placed.g, y = placed.lane * ROW + 6;
    var colour = GK.eventColour(data, e);
    var classes = "tl-item precision-" + e.time.precision + " status-" + e.status +
                  (e.id === selected ? " selected" : "");
    var group = svg("g", {"class": classes, "data-event-id": e.id, tabindex: 0,
                          style: "--c:" + colour});
    var coarse = e.time.precision !== "day";
    if (!g.point) {
      group.appendChild(svg("rect", {x: g.x0, y: y + 2, width: g.x1 - g.x0,
                                     height: 10, rx: 2,
                                     "class": coarse ? "tl-bar coarse" : "tl-bar"}));
    }
    if (g.point) {
      var m = g.middle;
      group.appendChild(svg("path", {d: "M" + m + " " + y + "l6 7l-6 7l-6 -7z",
                                     "class": "tl-diamond"}));
    }
    if (withLabels) {
      var left = labelSide(e, g) === "left";
      var label = svg("text", {x: left ? g.x0 - 5 : g.x1 + 5, y: y + 11, "class": "tl-label",
                               "text-anchor": left ? "end" : "start"});
      var when = svg("tspan", {"class": "tl-when"});
      when.textContent = e.time.text + " · ";
      label.appendChild(when);
      label.appendChild(document.createTextNode(e.label));
      group.appendChild(label);
    }
    return group;
  }

  function render() {
    drawAxis();
    var shown = items.filter(function (e) { return filter(e); });
    lastVisible = shown.map(function (e) { return e.id; });
    var inView = shown.filter(function (e) { return e.time.end + 1 >= view.from && e.time.begin <= view.to; });
    inView.sort(function (a, b) { return a.time.begin - b.time.begin || (a.id < b.id ? -1 : 1); });
    var withLabels = inView.length <= LABEL_ITEMS;
    var placed = assignLanes(inView, withLabels);
    var lanes = placed.reduce(function (n, p) { return Math.max(n, p.lane + 1); }, 0);
    if (withLabels && lanes > LABEL_LANES) {
      // Too many for a label each (a multi-topic build: 100+ events in view): the rows in
      // view keep labels, the rest are bare markers, instead of no label at all.
      var rowsInView = Math.max(4, Math.floor((scroller.clientHeight - 6) / ROW));
      placed = assignLanes(inView, true, rowsInView);
      lanes = placed.reduce(function (n, p) { return Math.max(n, p.lane + 1); }, 0);
    }
    GK.clear(body);
    body.setAttribute("width", width());
    body.setAttribute("height", Math.max(lanes * ROW + 12, 40));
    var fragment = document.createDocumentFragment();
    placed.forEach(function (p) { fragment.appendChild(drawItem(p, p.labelled)); });
    body.appendChild(fragment);
    var undated = data.events.length - items.length;
    empty.textContent = (shown.length ? "" : GK.t("tlNoMatch") + " ") +
      (undated ? GK.count(undated, "tlUndatedOne", "tlUndatedMany") : "");
    overview.draw();
  }

  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; render(); });
  }

  function showTip(ev, content) {
    GK.clear(tip).appendChild(content);
    tip.style.display = "block";
    moveTip(ev);
  }

  function moveTip(ev) {
    var box = container.getBoundingClientRect();
    var left = Math.min(ev.clientX - box.left + 14, box.width - tip.offsetWidth - 4);
    var top = ev.clientY - box.top + 14;
    if (top + tip.offsetHeight > box.height) top = Math.max(0, ev.clientY - box.top - tip.offsetHeight - 10);
    tip.style.left = Math.max(0, left) + "px";
    tip.style.top = top + "px";
  }

  function hideTip() { tip.style.display = "none"; }

  // Wheel zooms around the pointer (shift+wheel pans); dragging the background pans.
  container.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
      panBy((ev.deltaX || ev.deltaY) / width());
    } else {
      var box = container.getBoundingClientRect();
      zoomBy(ev.deltaY > 0 ? 1.2 : 1 / 1.2, dayOf(ev.clientX - box.left));
    }
  }, {passive: false});

  var drag = null;
  container.addEventListener("mousedown", function (ev) {
    if (ev.button === 0) drag = {x: ev.clientX, view: view};
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var shift = (drag.x - ev.clientX) / (width() - 2 * PAD) * (drag.view.to - drag.view.from);
    view = {from: drag.view.from + shift, to: drag.view.to + shift};
    schedule();
  });
  window.addEventListener("mouseup", function () { drag = null; });
  container.addEventListener("dblclick", function () { api.fit(); });
  if (window.ResizeObserver) new ResizeObserver(schedule).observe(container);

  var api = {
    render: render,
    setFilter: function (fn) { filter = fn || function () { return true; }; render(); },
    setWindow: function (fromDay, toDay) {
      var span = Math.max(toDay - fromDay, 3);
      view = {from: fromDay - span * 0.02, to: fromDay + span * 1.02};
      render();
    },
    fit: function () {
      view = extent(items.filter(function (e) { return filter(e); }));
      render();
    },
    /* New filter and/or window, drawn once. */
    update: function (options) {
      if (options.filter) filter = options.filter;
      if (options.window) {
        var span = Math.max(options.window[1] - options.window[0], 3);
        view = {from: options.window[0] - span * 0.02, to: options.window[0] + span * 1.02};
      } else if (options.fit) {
        view = extent(items.filter(function (e) { return filter(e); }));
      }
      render();
    },
    select: function (id) {
      var previous = selected;
      selected = id;
      var event = id ? ix.event.get(id) : null;
      var inView = !event || !event.time || event.time.begin == null ||
        (event.time.end + 1 >= view.from && event.time.begin <= view.to);
      if (!inView) {
        var span = view.to - view.from, middle = (event.time.begin + event.time.end + 1) / 2;
        view = {from: middle - span / 2, to: middle + span / 2};
        render();
      } else {
        // only the two items change: no need to redraw thousands
        [previous, id].forEach(function (eventId) {
          if (!eventId) return;
          var node = body.querySelector('.tl-item[data-event-id="' + CSS.escape(eventId) + '"]');
          if (node) node.classList.toggle("selected", eventId === selected);
        });
      }
      var current = body.querySelector(".tl-item.selected");
      if (current && current.scrollIntoView) current.scrollIntoView({block: "nearest"});
    },
    visibleEventIds: function () { return lastVisible.slice(); },
    home: function () { view = storyWindow(); render(); },
    zoomBy: zoomBy,
    panBy: panBy,
    view: function () { return {from: view.from, to: view.to}; }
  };
  if (!handlers.firstDrawByCaller) render();   // the explorer draws it with its filters
  return api;
};
