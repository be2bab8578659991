/* graphkit render: the single-view pages (network.html, timeline.html). */
"use strict";

GK.startSingle = function (kind) {
  var data = GK.readData();
  var ix = GK.index(data);
  var panel = document.getElementById("detail-panel");
  var details = GK.createDetails(panel, data, ix, {
    selectEvent: function (id) { show(ix.event.get(id)); },
    selectEntity: function (id) { show(ix.entity.get(id)); }
  });
  var hook = {ready: false, readyMs: null};
  window.graphkitPage = hook;
  document.getElementById("counts").textContent = GK.countsText(data);

  function show(item) {
    if (!item) return;
    if (GK.isEventView(item)) details.showEvent(item); else details.showEntity(item);
    if (view && view.highlight) {
      var ids = [item.node];
      if (GK.isEventView(item)) {
        item.participants.forEach(function (p) {
          if (ix.entity.get(p.entity)) ids.push(ix.entity.get(p.entity).node);
        });
        if (item.place && ix.entity.get(item.place)) ids.push(ix.entity.get(item.place).node);
      }
      view.highlight(ids);
    }
    if (view && view.select && GK.isEventView(item)) view.select(item.id);
  }

  var view;
  if (kind === "network") {
    GK.renderLegend(document.getElementById("legend"), data);
    view = GK.createNetwork(document.getElementById("network"), data, ix, {
      selectEvent: function (id) { show(ix.event.get(id)); },
      selectEntity: function (id) { show(ix.entity.get(id)); },
      clear: function () { view.highlight([]); details.showEmpty(); }
    });
    GK.renderIsolated(document.getElementById("isolated"), view.unlinked(), data, {
      selectEvent: function (id) { show(ix.event.get(id)); },
      selectEntity: function (id) { show(ix.entity.get(id)); }
    });
    hook.nodeIds = view.nodeIds;
    hook.topNodes = view.topNodes;
    hook.highlightedNodeIds = view.highlightedNodeIds;
    hook.network = view.network;
    GK.whenDrawn(view.network, hook, view.home);
  } else {
    view = GK.createTimeline(document.getElementById("timeline"), data, ix, {
      select: function (id) { show(ix.event.get(id)); }
    });
    hook.timelineEventIds = view.visibleEventIds;
    hook.timelineWindow = view.view;
    requestAnimationFrame(function () {
      hook.ready = true;
      hook.readyMs = performance.now();
      document.body.dataset.ready = "true";
    });
  }
};
