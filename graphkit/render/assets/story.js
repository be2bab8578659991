/* graphkit render: "the story", every event in date order with its date and one line.
 * The order and the date texts come from Python (data.story); undated events are listed
 * under "on or before <publication date>" or "date unknown", never only counted. */
"use strict";

GK.STORY_FIRST_ROWS = 400;    // drawn at once; the rest follow in chunks once the page is up
GK.STORY_CHUNK = 1500;

GK.createStory = function (list, data, ix, handlers) {
  var entries = data.story.filter(function (entry) { return ix.event.has(entry.event); });
  var rows = new Map();
  var group = null, built = 0, shown = null;

  function buildRows(upto) {
    var fragment = document.createDocumentFragment();
    for (; built < upto; built++) {
      var entry = entries[built], event = ix.event.get(entry.event);
      if (entry.group !== "dated" && entry.group !== group) {
        fragment.appendChild(GK.el("li", {className: "story-group"},
          GK.t(entry.group === "onOrBefore" ? "storyOnOrBefore" : "storyUnknown")));
      }
      group = entry.group;
      var row = GK.el("li", {className: "story-item status-" + event.status,
                             data: {eventId: event.id}, tabindex: 0},
        GK.el("span", {className: "story-when"}, entry.when),
        GK.el("span", {className: "story-line"},
              GK.swatch(GK.eventColour(data, event), "diamond", event.status !== "happened"),
              event.label));
      row.title = event.typeName + " · " + GK.status(event.status) + " · " +
        GK.count(event.support, "articlesOne", "articlesMany");
      if (shown && !shown.has(event.id)) row.classList.add("filtered");
      rows.set(event.id, row);
      fragment.appendChild(row);
    }
    list.appendChild(fragment);
  }

  function buildAll() { if (built < entries.length) buildRows(entries.length); }

  // Thousands of events: the first screen's rows now, the others without blocking the page.
  buildRows(Math.min(entries.length, GK.STORY_FIRST_ROWS));
  (function more() {
    if (built >= entries.length) return;
    setTimeout(function () {
      buildRows(Math.min(entries.length, built + GK.STORY_CHUNK));
      more();
    }, 0);
  })();

  // One listener for all rows (thousands of events stay cheap).
  function pick(ev) {
    var row = ev.target.closest ? ev.target.closest(".story-item") : null;
    if (row && handlers.select) handlers.select(row.dataset.eventId);
  }
  list.addEventListener("click", pick);
  list.addEventListener("keydown", function (ev) { if (ev.key === "Enter") pick(ev); });

  var selected = null;
  return {
    select: function (id) {
      if (id && !rows.has(id)) buildAll();
      if (selected && rows.get(selected)) rows.get(selected).classList.remove("selected");
      selected = id;
      var row = id && rows.get(id);
      if (row) {
        row.classList.add("selected");
        if (row.scrollIntoView) row.scrollIntoView({block: "nearest"});
      }
    },
    /* Dim the rows the filters hide (they stay listed: the story is always complete). */
    setShown: function (ids) {
      shown = ids;
      rows.forEach(function (row, id) { row.classList.toggle("filtered", !ids.has(id)); });
    },
    /* Scroll the first row the filters keep to the top of the list (after picking an actor:
     * the story then opens on that actor's first event, not on the build's first). */
    revealFirstShown: function () {
      buildAll();
      var first = entries.find(function (entry) { return !shown || shown.has(entry.event); });
      var row = first && rows.get(first.event);
      if (!row) return;
      // Rows off screen are laid out at an estimated height (content-visibility): a jump
      // renders the rows it lands near, a few frames later, which moves the target; follow
      // it for a quarter of a second.
      var frames = 0;
      (function jump() {
        var top = Math.max(0, row.offsetTop - 4);
        if (list.scrollTop !== top) list.scrollTop = top;
        if (frames++ < 15) requestAnimationFrame(jump);
      })();
    },
    /* Every event of the story, in its order (rows still being drawn included). */
    eventIds: function () { return entries.map(function (entry) { return entry.event; }); },
    drawnEventIds: function () { return Array.from(rows.keys()); }
  };
};
