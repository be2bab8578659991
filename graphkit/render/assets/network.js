/* graphkit render: the vis-network view. Positions come from Python; physics stays off. */
"use strict";

GK.FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", ' +
  "Arial, sans-serif";
GK.BIG_GRAPH = 2500;          // above this many nodes: edges hidden while dragging or zooming
GK.DIM_LIMIT = 1500;          // above this many nodes + edges: no edge labels, no greying out
GK.MIN_LABEL_PX = 11;         // the main nodes' labels are at least this big when the page opens
GK.LABEL_THRESHOLD_PX = 9;    // smaller labels are not drawn (minor nodes show theirs on zoom)
GK.TOP_NODES = 10;            // how many of the most connected nodes must be readable at once
GK.MAX_START_SCALE = 1.5;
GK.HUB_MARGIN_PX = 80;       // the opening view keeps the biggest hub and its label this far inside
GK.MAX_LABEL_PX = 30;         // vis's own cap on a label's size on screen (scaling.label.maxVisible)

GK.createNetwork = function (container, data, ix, handlers) {
  handlers = handlers || {};
  var big = data.entities.length + data.events.length > GK.BIG_GRAPH;
  // Greying out means one DataSet update per node and edge: fine for hundreds, slow beyond.
  var small = data.entities.length + data.events.length + data.edges.length <= GK.DIM_LIMIT;
  var baseColour = new Map();
  // One shared tooltip element, filled when vis shows it: building a tooltip per node up
  // front costs seconds on large graphs.
  var tip = GK.el("div", {className: "tip-frame"});
  // Only nodes with at least one edge are drawn; the others are listed beside the network.
  var linked = {
    entities: data.entities.filter(function (e) { return e.linked; }),
    events: data.events.filter(function (e) { return e.linked; })
  };
  var degree = new Map();
  data.edges.forEach(function (edge) {
    degree.set(edge.from, (degree.get(edge.from) || 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) || 0) + 1);
  });
  function degreeOf(item) { return degree.get(item.node) || 0; }

  function entityNode(entity) {
    var colour = GK.entityColour(data, entity);
    baseColour.set(entity.node, colour);
    return {
      id: entity.node, label: entity.name, x: entity.x, y: entity.y, shape: "dot",
      size: Math.min(30, 9 + 3 * Math.sqrt(entity.events.length)),
      color: {background: colour, border: colour,
              highlight: {background: colour, border: "#212529"}},
      // hubs get bigger labels: readable when the page opens; minor nodes' labels on zoom
      font: {size: entityFont(entity), color: "#212529",
             strokeWidth: 3, strokeColor: "#ffffff"},
      title: tip
    };
  }

  function eventNode(event) {
    var colour = GK.eventColour(data, event);
    var planned = event.status !== "happened";
    baseColour.set(event.node, colour);
    return {
      // undated events and those only known as "on or before" the article's date show their
      // type only (that bound, repeated on most events of a hub, buried the labels); the
      // tooltip, the details and the story list say what is known of the date
      id: event.node, label: datedLabel(event) ? event.typeName + "\n" + event.time.text
                                               : event.typeName,
      x: event.x, y: event.y, shape: "diamond", size: Math.min(16, 7 + event.support),
      color: {background: planned ? "#ffffff" : colour, border: colour,
              highlight: {background: planned ? "#ffffff" : colour, border: "#212529"}},
      borderWidth: planned ? 2 : 1, shapeProperties: {borderDashes: planned ? [3, 2] : false},
      font: {size: eventFont(event), color: "#495057", strokeWidth: 3, strokeColor: "#ffffff"},
      title: tip
    };
  }

  function datedLabel(event) {
    return Boolean(event.time && event.time.begin != null && !event.time.onOrBefore);
  }

  // Steep in the degree: when the hubs' labels are >= GK.MIN_LABEL_PX, the labels of leaves
  // (one edge) fall under GK.LABEL_THRESHOLD_PX and appear only on zooming in.
  function labelSize(degree) { return 6 + 4 * Math.sqrt(degree); }
  function entityFont(entity) { return Math.min(30, labelSize(degreeOf(entity))); }
  function eventFont(event) { return Math.min(16, labelSize(degreeOf(event))); }

  // vis draws nodes in this order: entities last, so a hub's name lies on top of the event
  // diamonds and date labels crowded around it, not under them.
  var fullLabel = new Map();
  linked.events.forEach(function (e) { fullLabel.set(e.node, eventNode(e).label); });
  var nodes = new vis.DataSet(linked.events.map(eventNode)
    .concat(linked.entities.map(entityNode)));
  // Actor edges take the defaults from the options; only place edges carry their own style
  // (fewer per-edge option objects: vis processes 30,000 edges noticeably faster).
  var edges = new vis.DataSet(data.edges.map(function (edge, i) {
    var item = {id: "edge-" + i, from: edge.from, to: edge.to};
    if (edge.kind === "place") {
      item.dashes = [4, 4];
      item.color = {color: data.colours.edges.place, highlight: "#343a40"};
    } else if (small) {
      item.label = GK.role(edge.role);
    }
    return item;
  }));

  var options = {
    physics: false,
    layout: {improvedLayout: false, randomSeed: 1},
    interaction: {hover: false, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                  multiselect: false, navigationButtons: false, keyboard: false},
    nodes: {borderWidth: 1, font: {face: GK.FONT},
            scaling: {label: {drawThreshold: GK.LABEL_THRESHOLD_PX}}},
    edges: {smooth: false, width: 1, selectionWidth: 1.5,
            color: {color: data.colours.edges.actor, highlight: "#343a40"},
            scaling: {label: {drawThreshold: GK.LABEL_THRESHOLD_PX}},
            font: {face: GK.FONT, size: 10, color: "#868e96", strokeWidth: 3,
                   strokeColor: "#ffffff", align: "middle"}}
  };
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);

  network.on("showPopup", function (id) {
    var item = ix.node.get(id);
    if (!item) return;
    GK.clear(tip).appendChild(GK.isEventView(item) ? GK.eventTooltip(data, ix, item)
                                                   : GK.entityTooltip(data, ix, item));
    keepInside(tip.parentNode);
  });

  /* vis placed the popup while it was empty; move it back inside the canvas if needed. */
  function keepInside(frame) {
    if (!frame) return;
    var maxLeft = container.clientWidth - frame.offsetWidth - 4;
    var maxTop = container.clientHeight - frame.offsetHeight - 4;
    if (frame.offsetLeft > maxLeft) frame.style.left = Math.max(0, maxLeft) + "px";
    if (frame.offsetTop > maxTop) frame.style.top = Math.max(0, maxTop) + "px";
  }

  var hidden = new Set();
  var highlighted = new Set();
  var dimmed = false;

  network.on("click", function (params) {
    if (params.nodes.length) {
      var item = ix.node.get(params.nodes[0]);
      if (GK.isEventView(item)) { if (handlers.selectEvent) handlers.selectEvent(item.id); }
      else if (item && handlers.selectEntity) handlers.selectEntity(item.id);
    } else if (handlers.clear) {
      handlers.clear();
    }
  });

  /* Show only the given node ids (all others hidden); one batched update. */
  function setVisible(visibleIds) {
    var changes = [];
    nodes.forEach(function (node) {
      var hide = !visibleIds.has(node.id);
      if (hide !== hidden.has(node.id)) {
        changes.push({id: node.id, hidden: hide});
        if (hide) hidden.add(node.id); else hidden.delete(node.id);
      }
    });
    if (changes.length) { nodes.update(changes); declutter(); }
  }

  /* Select the given nodes and the edges among them; on graphs of ordinary size, grey out
   * everything else. */
  function highlight(ids) {
    highlighted = new Set(ids.filter(function (id) { return nodes.get(id) !== null; }));
    var edgeIds = edges.getIds({filter: function (edge) {
      return highlighted.has(edge.from) && highlighted.has(edge.to);
    }});
    network.setSelection({nodes: Array.from(highlighted), edges: edgeIds},
                         {highlightEdges: false, unselectAll: true});
    if (!small) return;
    var anything = highlighted.size > 0;
    if (!anything && !dimmed) return;
    var chosen = new Set(edgeIds);
    nodes.update(nodes.map(function (node) {
      var on = !anything || highlighted.has(node.id);
      return {id: node.id, opacity: on ? 1 : 0.18,
              font: {color: on ? (node.shape === "dot" ? "#212529" : "#495057") : "#ced4da"}};
    }));
    edges.update(edges.map(function (edge) {
      var on = !anything || chosen.has(edge.id);
      return {id: edge.id, color: {opacity: on ? 1 : 0.2}, font: {color: on ? "#868e96" : "#e9ecef"}};
    }));
    dimmed = anything;
    declutter();
  }

  function focus(ids) {
    var shown = ids.filter(function (id) { return !hidden.has(id) && nodes.get(id) !== null; });
    if (!shown.length) return;
    if (shown.length === 1) {
      network.focus(shown[0], {scale: Math.max(network.getScale(), 0.9), animation: false});
    } else {
      network.fit({nodes: shown, animation: false});
      if (network.getScale() > 1.3) network.moveTo({scale: 1.3, animation: false});
    }
    declutter();
  }

  /* The most connected nodes (ties: data order), with their label size. */
  function topNodes(count) {
    var items = linked.entities.map(function (e) { return {item: e, font: entityFont(e)}; })
      .concat(linked.events.map(function (e) { return {item: e, font: eventFont(e)}; }));
    items.sort(function (a, b) { return degreeOf(b.item) - degreeOf(a.item); });
    return items.slice(0, count);
  }

  /* Where the page opens: the largest connected part fitted into the canvas, but never so far
   * out that the labels of the most connected nodes fall under GK.MIN_LABEL_PX; then the view
   * fits those nodes instead, and if even they do not fit at that zoom, it centres on them. */
  function home() {
    var main = linked.entities.concat(linked.events)
      .filter(function (e) { return e.component === 0; })
      .map(function (e) { return e.node; });
    if (!main.length) return;
    var top = topNodes(GK.TOP_NODES);
    var smallest = top.reduce(function (m, t) { return Math.min(m, t.font); }, Infinity);
    var needed = GK.MIN_LABEL_PX / smallest;
    network.fit({nodes: main, animation: false});
    if (network.getScale() >= needed) {
      network.moveTo({scale: Math.min(network.getScale(), GK.MAX_START_SCALE), animation: false});
      return;
    }
    network.fit({nodes: top.map(function (t) { return t.item.node; }), animation: false});
    var scale = Math.min(network.getScale(), GK.MAX_START_SCALE);
    var centre = network.getViewPosition();
    var hub = top[0].item, margin = GK.HUB_MARGIN_PX / scale;
    var halfW = container.clientWidth / 2 / scale, halfH = container.clientHeight / 2 / scale;
    if (scale < needed) {
      scale = needed;
      margin = GK.HUB_MARGIN_PX / scale;
      halfW = container.clientWidth / 2 / scale;
      halfH = container.clientHeight / 2 / scale;
      centre = busiestCentre(top, hub, halfW, halfH, margin, 30 / scale);
    }
    network.moveTo({position: keepInView(centre, hub, halfW, halfH, margin), scale: scale,
                    animation: false});
  }

  /* ... keeping the biggest hub and its label well inside the canvas. */
  function keepInView(centre, hub, halfW, halfH, margin) {
    return {x: Math.min(Math.max(centre.x, hub.x - halfW + margin), hub.x + halfW - margin),
            y: Math.min(Math.max(centre.y, hub.y - halfH + margin), hub.y + halfH - margin)};
  }

  /* The view centre (tried: the top nodes' box centre, their mean, each of them) that
   * shows the most of them (at least ``pad`` inside the edge) with the hub in view; ties go
   * to the earlier candidate. */
  function busiestCentre(top, hub, halfW, halfH, margin, pad) {
    var xs = top.map(function (t) { return t.item.x; });
    var ys = top.map(function (t) { return t.item.y; });
    var mean = function (v) { return v.reduce(function (a, b) { return a + b; }, 0) / v.length; };
    var candidates = [
      {x: (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2,
       y: (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2},
      {x: mean(xs), y: mean(ys)},
    ].concat(top.map(function (t) { return {x: t.item.x, y: t.item.y}; }));
    var best = null, bestCount = -1;
    candidates.forEach(function (c) {
      var at = keepInView(c, hub, halfW, halfH, margin);
      var count = top.filter(function (t) {
        return Math.abs(t.item.x - at.x) <= halfW - pad && Math.abs(t.item.y - at.y) <= halfH - pad;
      }).length;
      if (count > bestCount) { best = at; bestCount = count; }
    });
    return best;
  }

  /* Event labels that would lie on a name or on a better-connected event's label, at the
   * current zoom, are left out (the diamond stays; tooltip, timeline and story name it).
   * Overlaps depend on the zoom only, so this runs when the page opens, after a zoom, and
   * when the filters change what is shown. Names of entities are never left out, nor the
   * labels of the most connected nodes and of highlighted events. Graphs of ordinary size
   * only: one label update per event. */
  var measure = document.createElement("canvas").getContext("2d");
  var exempt = new Set(topNodes(GK.TOP_NODES).map(function (t) { return t.item.node; }));
  var cut = new Set();

  /* A label's box in screen pixels at this zoom: vis scales labels with the zoom but draws
   * none above GK.MAX_LABEL_PX, so zooming in far enough pulls overlapping labels apart. */
  function labelBox(item, label, font, scale) {
    var lines = String(label).split("\n");
    var px = Math.min(font * scale, GK.MAX_LABEL_PX);
    measure.font = px + "px " + GK.FONT;
    var width = Math.max.apply(null, lines.map(function (l) { return measure.measureText(l).width; }));
    var size = GK.isEventView(item) ? Math.min(16, 7 + item.support)
                                     : Math.min(30, 9 + 3 * Math.sqrt(item.events.length));
    var y0 = (item.y + size) * scale;
    return {x0: item.x * scale - width / 2, x1: item.x * scale + width / 2,
            y0: y0, y1: y0 + lines.length * px * 1.15};
  }

  function declutter() {
    if (!small || !measure) return;
    var scale = network.getScale();
    if (!isFinite(scale) || scale <= 0) return;
    var kept = [];
    var hits = function (b) {
      return kept.some(function (k) { return b.x0 < k.x1 && k.x0 < b.x1 && b.y0 < k.y1 && k.y0 < b.y1; });
    };
    // vis draws a label from one pixel under its drawThreshold on
    var drawn = function (font) { return font * scale >= GK.LABEL_THRESHOLD_PX - 1; };
    linked.entities.forEach(function (e) {
      var font = entityFont(e);
      if (hidden.has(e.node)) return;
      if (drawn(font)) kept.push(labelBox(e, e.name, font, scale));
      var r = Math.min(30, 9 + 3 * Math.sqrt(e.events.length)) * scale;   // the dot itself
      kept.push({x0: e.x * scale - r, x1: e.x * scale + r, y0: e.y * scale - r, y1: e.y * scale + r});
    });
    var events = linked.events.filter(function (e) { return !hidden.has(e.node); })
      .sort(function (a, b) { return degreeOf(b) - degreeOf(a) || b.support - a.support; });
    var changes = [];
    events.forEach(function (e) {
      var font = eventFont(e), box = labelBox(e, fullLabel.get(e.node), font, scale);
      var keep = exempt.has(e.node) || highlighted.has(e.node) || !drawn(font) || !hits(box);
      if (keep && drawn(font)) kept.push(box);
      if (keep === !cut.has(e.node)) return;
      if (keep) cut.delete(e.node); else cut.add(e.node);
      changes.push({id: e.node, label: keep ? fullLabel.get(e.node) : " "});
    });
    if (changes.length) nodes.update(changes);
  }

  var declutterTimer = null;
  network.on("zoom", function () {
    clearTimeout(declutterTimer);
    declutterTimer = setTimeout(declutter, 150);
  });

  return {
    network: network,
    nodes: nodes,
    home: function () { home(); declutter(); },
    declutter: declutter,
    cutLabels: function () { return Array.from(cut); },
    topNodes: function (count) {
      return topNodes(count || GK.TOP_NODES).map(function (t) {
        return {id: t.item.node, fontPx: t.font};
      });
    },
    unlinked: function () {
      return data.entities.filter(function (e) { return !e.linked; })
        .concat(data.events.filter(function (e) { return !e.linked; }));
    },
    setVisible: setVisible,
    highlight: highlight,
    focus: focus,
    fit: function () { network.fit({animation: false}); },
    scale: function () { return network.getScale(); },
    nodeIds: function () { return nodes.getIds(); },
    visibleNodeIds: function () {
      return nodes.getIds().filter(function (id) { return !hidden.has(id); });
    },
    highlightedNodeIds: function () { return Array.from(highlighted); }
  };
};
