/* graphkit render: the details panel for an entity or an event. */
"use strict";

GK.createDetails = function (panel, data, ix, handlers) {
  handlers = handlers || {};

  function entityButton(id, extra) {
    var entity = ix.entity.get(id);
    if (!entity) return GK.el("span", {className: "muted"}, id);
    var button = GK.el("button", {className: "link", type: "button", data: {nodeId: entity.node}},
                       GK.swatch(GK.entityColour(data, entity)), entity.name);
    button.addEventListener("click", function () {
      if (handlers.selectEntity) handlers.selectEntity(entity.id);
    });
    return extra ? GK.el("span", null, button, extra) : button;
  }

  function eventButton(event) {
    var button = GK.el("button", {className: "link", type: "button", data: {eventId: event.id}},
                       GK.swatch(GK.eventColour(data, event), "diamond", event.status !== "happened"),
                       GK.el("span", {className: "when"}, GK.timeText(event)),
                       " " + event.label);
    button.addEventListener("click", function () {
      if (handlers.selectEvent) handlers.selectEvent(event.id);
    });
    return button;
  }

  function row(name, value) {
    return GK.el("div", {className: "row"}, GK.el("div", {className: "key"}, name),
                 GK.el("div", {className: "value"}, value));
  }

  function wikidataLink(qid) {
    // qid is checked against ^Q[0-9]+$ in Python; checked again here before it becomes a link.
    if (!/^Q[1-9][0-9]*$/.test(qid || "")) return null;
    return GK.el("a", {href: "https://www.wikidata.org/wiki/" + qid, target: "_blank",
                       rel: "noopener noreferrer"}, qid);
  }

  function showEntity(entity) {
    GK.clear(panel);
    panel.dataset.kind = "entity";
    panel.dataset.id = entity.id;
    panel.appendChild(GK.el("h2", null, GK.swatch(GK.entityColour(data, entity)), entity.name));
    panel.appendChild(row(GK.t("keyType"),
                          GK.entityLabel(entity.label) + (entity.kind ? " · " + entity.kind : "")));
    panel.appendChild(row(GK.t("keyAliases"), entity.aliases.length ? entity.aliases.join(", ") : "—"));
    panel.appendChild(row(GK.t("keyWikidata"), wikidataLink(entity.wikidata) || "—"));
    panel.appendChild(row(GK.t("keyMentions"), String(entity.mentions)));
    if ((entity.positions || []).length) {
      var posts = GK.el("ul", {className: "plain"});
      // how many articles state each post: one article's word weighs less than several
      entity.positions.forEach(function (p) {
        posts.appendChild(GK.el("li", null, p.post + " · ", entityButton(p.entity),
          p.support ? GK.el("span", {className: "role"},
                            GK.count(p.support, "articlesOne", "articlesMany")) : null));
      });
      // a person holds posts; an organisation has people holding posts in it
      panel.appendChild(row(GK.t(entity.label === "PER" ? "keyPosts" : "keyPostHolders"), posts));
    }
    var events = entity.events.map(function (id) { return ix.event.get(id); }).filter(Boolean);
    panel.appendChild(GK.el("h3", null, GK.t("eventsHeading", {n: events.length})));
    var list = GK.el("ul", {className: "event-list"});
    events.forEach(function (event) {
      var roles = event.participants.filter(function (p) { return p.entity === entity.id; })
        .map(function (p) { return GK.role(p.role); });
      if (event.place === entity.id) roles.push(GK.role("place"));
      list.appendChild(GK.el("li", null, eventButton(event),
                             GK.el("span", {className: "role"}, roles.join(", "))));
    });
    panel.appendChild(list);
  }

  /* A precision only where there is a date: "Datum unbekannt (Genauigkeit: Monat)" read as
   * a contradiction, and a day's precision on an upper bound as if the day were known. */
  function dateNote(time) {
    if (time.onOrBefore) return GK.t("dateBoundNote");
    if (time.begin == null) return GK.t("dateUnresolvedNote");
    return GK.precisionText(time);
  }

  function showEvent(event) {
    GK.clear(panel);
    panel.dataset.kind = "event";
    panel.dataset.id = event.id;
    panel.appendChild(GK.el("h2", null, GK.swatch(GK.eventColour(data, event), "diamond"),
                            event.label));
    panel.appendChild(row(GK.t("keyType"), event.typeName));
    panel.appendChild(row(GK.t("keyDate"), event.time
      ? [GK.el("strong", null, event.time.text), " ",
         GK.el("span", {className: "muted date-note"}, "(" + dateNote(event.time) + ")")]
      : GK.t("dateUnknown")));
    if (event.statedTimes.length > 1) {
      var stated = GK.el("ul", {className: "plain"});
      event.statedTimes.forEach(function (t) {
        var article = ix.article.get(t.article);
        stated.appendChild(GK.el("li", null, t.text + " (" + GK.precisionName(t.precision) + ") — ",
                                 GK.el("em", null, article ? article.title : t.article)));
      });
      panel.appendChild(row(GK.t("keyStatedAs"), stated));
    }
    var actors = GK.el("ul", {className: "plain"});
    event.participants.forEach(function (p) {
      actors.appendChild(GK.el("li", null, entityButton(p.entity,
                               GK.el("span", {className: "role"}, GK.role(p.role)))));
    });
    panel.appendChild(row(GK.t("keyActors"), event.participants.length ? actors : "—"));
    panel.appendChild(row(GK.t("keyPlace"), event.place ? entityButton(event.place) : "—"));
    panel.appendChild(row(GK.t("keyStatus"),
                          GK.badge(GK.status(event.status), "status-" + event.status)));
    if (event.ordinal) panel.appendChild(row(GK.t("keyOrdinal"), String(event.ordinal)));
    panel.appendChild(row(GK.t("keySupport"),
                          GK.count(event.support, "articlesOne", "articlesMany")));
    panel.appendChild(GK.el("h3", null,
      GK.count(event.sources.length, "sourcesHeadingOne", "sourcesHeading")));
    var list = GK.el("ol", {className: "source-list"});
    event.sources.forEach(function (source) {
      list.appendChild(GK.el("li", {data: {articleId: source.article}},
        GK.articleLine(ix, source.article), GK.sentence(source),
        source.timeText ? GK.el("div", {className: "muted small"},
                                GK.t("timeAsWritten", {text: source.timeText})) : null));
    });
    panel.appendChild(list);
  }

  function showEmpty() {
    GK.clear(panel);
    panel.dataset.kind = "";
    panel.dataset.id = "";
    panel.appendChild(overview());
    panel.appendChild(GK.el("p", {className: "muted"},
      GK.t("detailsEmpty")));
  }

  /* The first screen's who, where and when: the people and organisations and the places in
   * the most events (buttons that pick them) and the months where most events lie. */
  function overview() {
    var box = GK.el("div", {className: "overview"});
    var actors = mostInvolved(function (e) { return e.label === "PER" || e.label === "ORG"; }, 5);
    var places = mostInvolved(function (e) { return e.label === "LOC"; }, 3);
    var when = data.timeWindow ? windowText(data.timeWindow) : null;
    if (!actors.length && !places.length && !when) return box;
    box.appendChild(GK.el("h2", null, GK.t("overviewTitle")));
    if (actors.length) box.appendChild(row(GK.t("overviewActors"), entityList(actors)));
    if (places.length) box.appendChild(row(GK.t("overviewPlaces"), entityList(places)));
    if (when) box.appendChild(row(GK.t("overviewWhen"), when));
    return box;
  }

  function mostInvolved(keep, count) {
    return data.entities.filter(function (e) {
      return keep(e) && e.events.length > 1;
    }).sort(function (a, b) {
      return b.events.length - a.events.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }).slice(0, count);
  }

  function entityList(entities) {
    var list = GK.el("ul", {className: "plain"});
    entities.forEach(function (entity) {
      list.appendChild(GK.el("li", null, entityButton(entity.id,
        GK.el("span", {className: "count"}, GK.count(entity.events.length, "eventsOne", "eventsMany")))));
    });
    return list;
  }

  function windowText(span) {
    var month = function (day) {
      var d = new Date(day * GK.DAY_MS);
      return GK.MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    };
    var from = month(span.from), to = month(span.to - 1);
    return from === to ? from : from + " – " + to;
  }

  showEmpty();
  return {showEntity: showEntity, showEvent: showEvent, showEmpty: showEmpty};
};
