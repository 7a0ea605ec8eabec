/* The coordinator's review map: one review item's cluster over the offline basemaps.
 *
 * Python pushes everything through the web channel (the bridge's pageCall signal, see
 * dispatch()): ReviewMap.setTexts(), ReviewMap.setBasemaps() and, for each item the
 * coordinator selects, ReviewMap.show(featureCollection) — the page is never reloaded.
 * User text (pseudonyms, makes, models, attributions) only reaches the DOM through
 * textContent or escapeHtml(); the page fetches nothing but surveyor:// URLs.
 */
(function () {
  'use strict';

  var RV = (window.ReviewMap = { ready: false, shown: 0, counts: {}, item: null });

  var CONE_M = 12;
  var CONE_DEG = 60;
  var COLOURS = { camera: '#1f77b4', other: '#d62728', nearby: '#7a7a7a' };

  var map, bridge, grid, hint, legend;
  var baseLayers = [];
  var ringLayer, coneLayer, nearbyLayer, sightingLayer, consensusLayer;
  var texts = {};
  var lastBounds = null;

  var escapeHtml = SurveyorCommon.escapeHtml;
  var el = SurveyorCommon.el;
  RV.escapeHtml = escapeHtml;

  function call(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (bridge && typeof bridge[name] === 'function') bridge[name].apply(bridge, args);
  }

  // ---- geometry ---------------------------------------------------------------------------
  function conePoints(lat, lon, dir) {
    return SurveyorCommon.conePoints(lat, lon, dir, CONE_DEG, CONE_M, 6);
  }

  // ---- labels: DOM nodes with textContent only ---------------------------------------------
  function sightingLabel(p) {
    var box = el('div', 'rv-label rv-role-' + p.role);
    box.appendChild(el('div', 'rv-who', (p.subject ? '★ ' : '') + p.volunteer));
    if (p.description) box.appendChild(el('div', 'rv-what', p.description));
    if (p.direction != null) box.appendChild(el('div', 'rv-what', SurveyorCommon.decimal(p.direction) + '°'));
    return box;
  }
  function cameraLabel(p) {
    var title = p.kind === 'nearby' ? texts.nearby : p.role === 'other' ? texts.other : texts.consensus;
    var box = el('div', 'rv-label rv-role-' + p.role);
    box.appendChild(el('div', 'rv-who', (title || '') + ' #' + p.id));
    if (p.description) box.appendChild(el('div', 'rv-what', p.description));
    if (p.seen) box.appendChild(el('div', 'rv-what', p.seen)); // counted in Python's plural forms
    return box;
  }

  // ---- drawing one item ---------------------------------------------------------------------
  function drawSighting(f) {
    var p = f.properties, lat = f.geometry.coordinates[1], lon = f.geometry.coordinates[0];
    var colour = COLOURS[p.role] || COLOURS.other;
    if (p.direction != null) {
      L.polygon(conePoints(lat, lon, p.direction), {
        className: 'rv-cone rv-cone-' + p.role, color: colour, weight: 1, fillOpacity: 0.18,
        interactive: false,
      }).addTo(coneLayer);
    }
    var m = L.circleMarker([lat, lon], {
      className: 'rv-sighting rv-role-' + p.role + (p.subject ? ' rv-subject' : ''),
      radius: p.subject ? 8 : 6, color: p.subject ? '#000' : '#fff', weight: p.subject ? 2.5 : 1.5,
      fillColor: colour, fillOpacity: 0.95,
    }).addTo(sightingLayer);
    m._rvId = p.id;
    // The label goes on the side the camera does not look at, so it never hides the cone.
    var side = p.direction != null && p.direction > 15 && p.direction < 165 ? 'left' : 'right';
    m.bindTooltip(sightingLabel(p), {
      permanent: true, direction: side, offset: [side === 'left' ? -8 : 8, 0], className: 'rv-tip',
      opacity: 0.92,
    });
    m.on('click', function () { call('sightingClicked', p.id); });
    m.on('tooltipopen', function () { layoutLater(); });
  }

  // Volunteers often stand a metre apart: stack their labels downwards instead of on top of
  // each other (screen space, so again after every zoom).
  var layoutPending = false;
  function layoutLater() {
    if (layoutPending) return;
    layoutPending = true;
    requestAnimationFrame(function () { layoutPending = false; layoutLabels(); });
  }
  function layoutLabels() {
    var items = [];
    sightingLayer.eachLayer(function (m) {
      var tip = m.getTooltip();
      if (!tip || !tip._container) return;
      var pt = map.latLngToContainerPoint(m.getLatLng());
      items.push({ m: m, tip: tip, x: pt.x, y: pt.y, h: tip._container.offsetHeight || 30,
        w: tip._container.offsetWidth || 100 });
    });
    items.sort(function (a, b) { return a.y - b.y || a.x - b.x; });
    var placed = [];
    var size = map.getSize();
    items.forEach(function (it) {
      if (!it.m._rvSide) it.m._rvSide = it.tip.options.direction;  // chosen by direction
      var onLeft = it.m._rvSide === 'left';
      // A label that would be cut at the map's edge goes to the other side.
      if (onLeft && it.x - 14 - it.w < 0) onLeft = false;
      else if (!onLeft && it.x + 14 + it.w > size.x) onLeft = it.x - 14 - it.w >= 0;
      it.tip.options.direction = onLeft ? 'left' : 'right';
      var top = it.y - it.h / 2;
      var left = onLeft ? it.x - 14 - it.w : it.x + 14;
      placed.forEach(function (p) {
        var overlapX = left < p.left + p.w && p.left < left + it.w;
        var overlapY = top < p.top + p.h + 2 && p.top < top + it.h + 2;
        if (overlapX && overlapY) top = p.top + p.h + 2;
      });
      // Keep clear of the top edge and of the hint line at the bottom (about 60 px).
      top = Math.max(2, Math.min(top, size.y - 60 - it.h));
      placed.push({ top: top, left: left, w: it.w, h: it.h });
      it.tip.options.offset = [onLeft ? -8 : 8, Math.round(top - (it.y - it.h / 2))];
      it.tip.update();
    });
  }

  function drawCamera(f) {
    var p = f.properties, lat = f.geometry.coordinates[1], lon = f.geometry.coordinates[0];
    if (p.kind === 'nearby') {
      if (p.direction != null) {
        L.polygon(conePoints(lat, lon, p.direction), {
          className: 'rv-cone rv-cone-nearby', color: COLOURS.nearby, weight: 1, fillOpacity: 0.1,
          interactive: false,
        }).addTo(coneLayer);
      }
      L.circleMarker([lat, lon], {
        className: 'rv-nearby', radius: 5, color: '#fff', weight: 1, fillColor: COLOURS.nearby,
        fillOpacity: 0.8,
      }).bindTooltip(cameraLabel(p), { direction: 'top' }).addTo(nearbyLayer);
      return;
    }
    var icon = L.divIcon({ className: 'rv-consensus rv-role-' + p.role, iconSize: [20, 20], html: '✛' });
    L.marker([lat, lon], { icon: icon, keyboard: false, zIndexOffset: 1000 })
      .bindTooltip(cameraLabel(p), { direction: 'left', offset: [-10, 0] })
      .addTo(consensusLayer);
  }

  RV.show = function (data) {
    [ringLayer, coneLayer, nearbyLayer, sightingLayer, consensusLayer].forEach(function (l) {
      l.clearLayers();
    });
    RV.item = data ? data.item : null;
    RV.shown += 1;
    legend.getContainer().style.display = data ? '' : 'none';
    if (!data) {
      RV.counts = { sightings: 0, consensus: 0, nearby: 0 };
      return RV.counts;
    }
    var centre = data.centre;
    (data.rings || []).forEach(function (r) {
      L.circle(centre, {
        radius: r, className: 'rv-ring', color: '#5a6b80', weight: 1, dashArray: '4 4', fill: false,
        interactive: false,
      }).addTo(ringLayer);
    });
    legend.update();  // the rings' entry only when rings are drawn
    var bounds = L.latLngBounds([centre, centre]);
    var subjectAt = null, cameraAt = null;
    data.features.forEach(function (f) {
      var p = f.properties, ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      if (p.kind === 'sighting') {
        drawSighting(f);
        bounds.extend(ll);
        if (p.subject) subjectAt = ll;
      } else {
        drawCamera(f);
        bounds.extend(ll);
        if (p.kind === 'consensus' && p.role === 'camera') cameraAt = ll;
      }
    });
    // The item's question in one line: how far the sighting is from the camera it may join.
    if (subjectAt && cameraAt) {
      L.polyline([subjectAt, cameraAt], {
        className: 'rv-link', color: '#5a6b80', weight: 1.5, dashArray: '2 4', interactive: false,
      }).addTo(ringLayer);
    }
    var reach = Math.max.apply(null, [5].concat(data.rings || []));
    bounds.extend(L.latLng(centre).toBounds(reach * 2));
    lastBounds = bounds;
    map.invalidateSize(false);
    map.fitBounds(bounds, FIT);
    layoutLater();
    RV.counts = {
      sightings: sightingLayer.getLayers().length,
      consensus: consensusLayer.getLayers().length,
      nearby: nearbyLayer.getLayers().length,
    };
    return RV.counts;
  };

  // Sightings selected in the table (the ones Split would take out) stand out on the map.
  RV.highlight = function (ids) {
    var chosen = new Set(ids || []);
    var n = 0;
    sightingLayer.eachLayer(function (m) {
      var on = chosen.has(m._rvId);
      if (on) n += 1;
      var path = m.getElement && m.getElement();
      if (path) path.classList.toggle('rv-selected', on);
    });
    RV.highlighted = n;
    return n;
  };

  RV.setTexts = function (t) {
    texts = t || {};
    SurveyorCommon.setControlTexts(map, texts.map, grid);
    legend.update();
  };

  // ---- basemaps, graticule and the hint (as on the volunteers' map) -----------------------
  RV.setBasemaps = function (layers, hintText) {
    baseLayers.forEach(function (l) { map.removeLayer(l); });
    baseLayers = (layers || []).map(function (b) {
      if (b.kind === 'vector') {
        var options = Object.assign({}, b, { attribution: escapeHtml(b.attribution) });
        return SurveyorVector.layer(options).addTo(map);
      }
      return L.tileLayer(b.url, {
        bounds: b.bounds,
        minZoom: b.minZoom,
        maxNativeZoom: b.maxNativeZoom,
        maxZoom: 21,
        attribution: escapeHtml(b.attribution),
      }).addTo(map);
    });
    var plain = baseLayers.length === 0;
    map.getContainer().classList.toggle('rv-plain', plain);
    if (plain) grid.addTo(map); else map.removeLayer(grid);
    hint.setText(plain ? hintText : '');
    RV.basemaps = baseLayers.length;
    return baseLayers.length;
  };


  // Top right, never wider than the map less the zoom buttons' column (CSS max-width), so it
  // wraps instead of covering them; the hint stays at the bottom.
  // Room for the legend above and the hint below, so no camera hides under them.
  var FIT = { paddingTopLeft: [50, 70], paddingBottomRight: [40, 70], maxZoom: 20, animate: false };

  var Legend = L.Control.extend({
    options: { position: 'topright' },
    onAdd: function () {
      this._div = el('div', 'rv-legend');
      return this._div;
    },
    update: function () {
      var div = this._div;
      div.textContent = '';
      [['camera', texts.legendCamera], ['other', texts.legendOther], ['nearby', texts.legendNearby]]
        .forEach(function (entry) {
          if (!entry[1]) return;
          var sw = el('span', 'rv-swatch');
          sw.style.background = COLOURS[entry[0]];
          div.appendChild(sw);
          div.appendChild(document.createTextNode(entry[1]));
        });
      if (texts.legendConsensus) div.appendChild(el('span', null, '  ✛ ' + texts.legendConsensus));
      if (texts.legendSubject) div.appendChild(el('span', null, '  ★ ' + texts.legendSubject));
      // Every symbol drawn has an entry: the view cones and, for a review item, the rings.
      if (texts.legendCone) div.appendChild(el('span', null, '  ◣ ' + texts.legendCone));
      if (texts.legendRings && ringLayer && ringLayer.getLayers().length) {
        div.appendChild(el('span', null, '  ◌ ' + texts.legendRings));
      }
    },
  });

  // ---- calls from Python: a function name from this list and its arguments as JSON text ----------
  // (never script source: the page's policy forbids inline script and eval).
  var CALLS = ['setTexts', 'setBasemaps', 'show', 'highlight'];
  function dispatch(name, argsJson) {
    if (CALLS.indexOf(name) < 0) {
      console.error('ReviewMap: no such call: ' + name);
      return;
    }
    RV[name].apply(RV, JSON.parse(argsJson));
  }

  // ---- start ----------------------------------------------------------------------------------
  function init() {
    map = L.map('map', {
      minZoom: 3, maxZoom: 21, zoomControl: true, preferCanvas: false, zoomSnap: 0.25,
    })
      .setView([20, 0], 3);
    RV.map = map;
    map.attributionControl.setPrefix(false);
    SurveyorCommon.addScale(map);
    grid = new SurveyorCommon.Graticule(null, { prefix: 'rv', opacity: 0.5 });
    ringLayer = L.layerGroup().addTo(map);
    coneLayer = L.layerGroup().addTo(map);
    nearbyLayer = L.layerGroup().addTo(map);
    sightingLayer = L.layerGroup().addTo(map);
    consensusLayer = L.layerGroup().addTo(map);
    hint = new SurveyorCommon.Hint({ className: 'rv-hint' }).addTo(map);
    legend = new Legend().addTo(map);
    map.on('zoomend', layoutLater);
    // An item pushed while the view had no size (a hidden tab) is framed again once it has one.
    map.on('resize', function (e) {
      if (lastBounds && (e.oldSize.x === 0 || e.oldSize.y === 0)) {
        map.fitBounds(lastBounds, FIT);
      }
    });
    RV.setBasemaps([], '');
    RV.ready = true;
    if (typeof QWebChannel !== 'undefined' && window.qt && qt.webChannelTransport) {
      new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        bridge.pageCall.connect(dispatch);
        bridge.pageReady();
      });
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
