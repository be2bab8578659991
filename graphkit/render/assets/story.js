/* graphkit render: "the story", every event in date order with its date and one line.
 * The order and the date texts come from Python (data.story); undated events are listed
 * under "on or before <publication date>" or "date unknown", never only counted. */
"use strict";

GK.createStory = function (list, data, ix, handlers) {
  var rows = new Map();
  var group = null;
  var fragment = document.createDocumentFragment();
  data.story.forEach(function (entry) {
    var event = ix.event.get(entry.event);
    if (!event) return;
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
    rows.set(event.id, row);
    fragment.appendChild(row);
  });
  list.appendChild(fragment);
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
      if (selected && rows.get(selected)) rows.get(selected).classList.remove("selected");
      selected = id;
      var row = id && rows.get(id);
      if (row) {
        row.classList.add("selected");
        if (row.scrollIntoView) row.scrollIntoView({block: "nearest"});
      }
    },
    /* Dim the rows the filters hide (they stay listed: the story is always complete). */
    setShown: function (shown) {
      rows.forEach(function (row, id) { row.classList.toggle("filtered", !shown.has(id)); });
    },
    eventIds: function () { return Array.from(rows.keys()); }
  };
};
