/* graphkit render: shared helpers (data loading, DOM building, legend, tooltips).
 * All text from articles enters the page through textContent or text nodes only. */
"use strict";

var GK = window.GK || {};
window.GK = GK;

GK.DAY_MS = 86400000;
GK.ui = {};

GK.readData = function () {
  var node = document.getElementById("graphkit-data");
  var data = JSON.parse(node.textContent);
  GK.ui = data.ui;                      // the page's words, in the language of the build
  GK.MONTHS = data.ui.monthsShort;
  return data;
};

/* A page string with {name} fields filled in one pass (values are never re-scanned). */
GK.t = function (key, values) {
  var text = GK.ui[key];
  if (text == null) return key;
  return values ? text.replace(/\{(\w+)\}/g, function (all, name) {
    return values[name] != null ? String(values[name]) : all;
  }) : text;
};

/* "1 Artikel" / "3 Artikel": keyOne for one, keyMany (with {n}) otherwise. */
GK.count = function (n, keyOne, keyMany) {
  return n === 1 ? GK.t(keyOne) : GK.t(keyMany, {n: n});
};

GK.role = function (role) { return (GK.ui.roles || {})[role] || role; };
GK.status = function (status) { return (GK.ui.statuses || {})[status] || status; };
GK.entityLabel = function (label) { return (GK.ui.entityLabels || {})[label] || label; };
GK.timeText = function (event) { return event.time ? event.time.text : GK.t("dateUnknown"); };

GK.countsText = function (data) {
  return GK.t("counts", {entities: data.entities.length, events: data.events.length,
                         articles: data.articles.length});
};

/* el("div", {className: "x", data: {eventId: "a"}, title: "t"}, "text", childNode, ...) */
GK.el = function (tag, attrs) {
  var node = document.createElement(tag);
  var key;
  attrs = attrs || {};
  for (key in attrs) {
    if (!Object.prototype.hasOwnProperty.call(attrs, key) || attrs[key] == null) continue;
    if (key === "data") {
      for (var d in attrs.data) node.dataset[d] = attrs.data[d];
    } else if (key === "style") {
      for (var s in attrs.style) node.style.setProperty(s, attrs.style[s]);
    } else if (key === "className" || key === "title" || key === "type" || key === "value" ||
               key === "checked" || key === "disabled" || key === "id") {
      node[key] = attrs[key];
    } else {
      node.setAttribute(key, attrs[key]);
    }
  }
  for (var i = 2; i < arguments.length; i++) GK.append(node, arguments[i]);
  return node;
};

GK.append = function (node, child) {
  if (child == null || child === false) return node;
  if (Array.isArray(child)) {
    child.forEach(function (c) { GK.append(node, c); });
  } else if (typeof child === "string" || typeof child === "number") {
    node.appendChild(document.createTextNode(String(child)));
  } else {
    node.appendChild(child);
  }
  return node;
};

GK.clear = function (node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
};

GK.index = function (data) {
  var ix = {entity: new Map(), event: new Map(), article: new Map(), node: new Map()};
  data.entities.forEach(function (e) { ix.entity.set(e.id, e); ix.node.set(e.node, e); });
  data.events.forEach(function (e) { ix.event.set(e.id, e); ix.node.set(e.node, e); });
  data.articles.forEach(function (a) { ix.article.set(a.id, a); });
  return ix;
};

GK.isEventView = function (item) { return item && item.sources !== undefined; };

GK.entityColour = function (data, entity) {
  return data.colours.entities[entity.label] || data.colours.fallback;
};

GK.eventColour = function (data, event) {
  return data.colours.events[event.type] || data.colours.fallback;
};

GK.precisionName = function (precision) {
  return (GK.ui.precisions || {})[precision] || precision;
};

GK.precisionText = function (time) {
  if (!time) return "";
  var text = GK.t("precisionText", {precision: GK.precisionName(time.precision)});
  return time.range ? text + GK.t("precisionRange") : text;
};

GK.entityName = function (ix, id) {
  var entity = ix.entity.get(id);
  return entity ? entity.name : id;
};

GK.swatch = function (colour, shape, dashed) {
  return GK.el("span", {className: "swatch " + (shape || "dot") + (dashed ? " dashed" : ""),
                        style: {"--c": colour}});
};

GK.badge = function (text, className, title) {
  return GK.el("span", {className: "badge " + (className || ""), title: title || null}, text);
};

GK.inferredBadge = function (article) {
  if (!article || !article.inferred) return null;
  var why = GK.t("inferredWhy") + (article.dateEvidence
    ? GK.t("inferredFrom", {evidence: article.dateEvidence}) : GK.t("inferredNotStated"));
  return GK.badge(GK.t("inferredBadge"), "inferred", why);
};

/* Article title, date (marked when inferred) and publisher, as one line. */
GK.articleLine = function (ix, articleId) {
  var article = ix.article.get(articleId);
  if (!article) return GK.el("div", {className: "article-line"}, articleId);
  return GK.el("div", {className: "article-line"},
    GK.el("span", {className: "article-title"}, article.title || article.id),
    GK.el("span", {className: "article-date" + (article.inferred ? " is-inferred" : "")},
          article.dateText),
    GK.inferredBadge(article),
    article.source ? GK.el("span", {className: "article-source"}, article.source) : null);
};

/* The source sentence with the event words in <mark>. */
GK.sentence = function (source, maxChars) {
  var pieces = source.pieces.slice();
  if (maxChars && pieces.join("").length > maxChars) pieces = GK.shorten(pieces, maxChars);
  var node = GK.el("q", {className: "sentence"});
  pieces.forEach(function (piece, i) {
    node.appendChild(pieces.length === 3 && i === 1 ? GK.el("mark", null, piece)
                                                    : document.createTextNode(piece));
  });
  return node;
};

/* Keep the event words; trim the text around them to about maxChars. */
GK.shorten = function (pieces, maxChars) {
  if (pieces.length !== 3) return [pieces[0].slice(0, maxChars) + "…"];
  var room = Math.max(20, Math.floor((maxChars - pieces[1].length) / 2));
  var before = pieces[0].length > room ? "…" + pieces[0].slice(-room) : pieces[0];
  var after = pieces[2].length > room ? pieces[2].slice(0, room) + "…" : pieces[2];
  return [before, pieces[1], after];
};

GK.eventTooltip = function (data, ix, event) {
  var articles = new Set(event.sources.map(function (s) { return s.article; }));
  var box = GK.el("div", {className: "tip"},
    GK.el("div", {className: "tip-head"},
          GK.swatch(GK.eventColour(data, event), "diamond"), event.label),
    GK.el("div", {className: "tip-meta"},
          event.typeName + " · " + GK.timeText(event) +
          (event.time ? " (" + GK.precisionName(event.time.precision) + ")" : "") + " · " +
          GK.status(event.status) + " · " + GK.count(articles.size, "articlesOne", "articlesMany")));
  var list = GK.el("ol", {className: "tip-sources"});
  event.sources.slice(0, 4).forEach(function (source) {
    list.appendChild(GK.el("li", null, GK.articleLine(ix, source.article),
                           GK.sentence(source, 160)));
  });
  box.appendChild(list);
  if (event.sources.length > 4) {
    box.appendChild(GK.el("div", {className: "tip-more"},
                          GK.t("moreSentences", {n: event.sources.length - 4})));
  }
  return box;
};

GK.entityTooltip = function (data, ix, entity) {
  var box = GK.el("div", {className: "tip"},
    GK.el("div", {className: "tip-head"}, GK.swatch(GK.entityColour(data, entity)), entity.name),
    GK.el("div", {className: "tip-meta"},
          GK.entityLabel(entity.label) + (entity.kind ? " · " + entity.kind : "") + " · " +
          GK.count(entity.events.length, "eventsOne", "eventsMany")));
  if (entity.aliases.length) {
    box.appendChild(GK.el("div", {className: "tip-aliases"},
                          GK.t("also", {names: entity.aliases.slice(0, 6).join(", ")})));
  }
  if (entity.articles.length) {
    var list = GK.el("ul", {className: "tip-sources"});
    entity.articles.slice(0, 5).forEach(function (id) {
      list.appendChild(GK.el("li", null, GK.articleLine(ix, id)));
    });
    box.appendChild(GK.el("div", {className: "tip-label"}, GK.t("sources")));
    box.appendChild(list);
    if (entity.articles.length > 5) {
      box.appendChild(GK.el("div", {className: "tip-more"},
                            GK.t("moreArticles", {n: entity.articles.length - 5})));
    }
  }
  return box;
};

/* ``typesInFilter``: the event types' colours are already on the type filter's chips, so the
 * legend keeps to one line of node kinds and edge styles (27 types took three lines). */
GK.renderLegend = function (container, data, typesInFilter) {
  GK.clear(container);
  var list = GK.el("ul", {className: "legend-list"});
  data.legend.entities.forEach(function (item) {
    list.appendChild(GK.el("li", null, GK.swatch(item.colour, "dot"), item.name));
  });
  if (typesInFilter) {
    list.appendChild(GK.el("li", {className: "legend-events"},
                           GK.swatch("#868e96", "diamond"), GK.t("legendEventTypes")));
  } else {
    data.legend.events.forEach(function (item) {
      list.appendChild(GK.el("li", null, GK.swatch(item.colour, "diamond"), item.name));
    });
  }
  data.legend.edges.forEach(function (item) {
    list.appendChild(GK.el("li", null, GK.swatch(item.colour, "line", item.dashed), item.name));
  });
  list.appendChild(GK.el("li", null, GK.swatch("#868e96", "diamond", true), GK.t("legendPlanned")));
  container.appendChild(GK.el("div", {className: "legend-title"}, GK.t("legend")));
  container.appendChild(list);
};

/* Normalised text for search: lower case, accents dropped (Pjöngjang ~ pjongjang). */
GK.fold = function (text) {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
};

/* Mark the page ready after the first frame of the network has been drawn. ``home`` sets the
 * opening view just before that frame is drawn (after vis's own fit of the whole graph), so
 * the first frame is already the opening view and no second frame is needed. */
GK.whenDrawn = function (network, hook, home) {
  if (home) network.once("initRedraw", home);
  network.once("afterDrawing", function () {
    requestAnimationFrame(function () {
      hook.ready = true;
      hook.readyMs = performance.now();
      document.body.dataset.ready = "true";
    });
  });
  network.redraw();
};

/* Nodes without any edge, listed beside the network instead of drawn in it. */
GK.renderIsolated = function (box, items, data, handlers) {
  if (!box || !items.length) return;
  var list = box.querySelector("#isolated-list");
  box.querySelector("#isolated-count").textContent = "(" + items.length + ")";
  items.forEach(function (item) {
    var event = GK.isEventView(item);
    var button = GK.el("button", {className: "link", type: "button",
                                  data: event ? {eventId: item.id} : {nodeId: item.node}},
      event ? GK.swatch(GK.eventColour(data, item), "diamond") : GK.swatch(GK.entityColour(data, item)),
      event ? item.label : item.name);
    button.addEventListener("click", function () {
      if (event && handlers.selectEvent) handlers.selectEvent(item.id);
      if (!event && handlers.selectEntity) handlers.selectEntity(item.id);
    });
    list.appendChild(GK.el("li", null, button));
  });
  box.hidden = false;
};
