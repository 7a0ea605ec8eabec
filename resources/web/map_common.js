/* What both map pages (the volunteers' map and the coordinator's review map) share:
 * escaping user text, building DOM from text, the coordinate grid shown when there is no
 * basemap, the one-line hint, and the words of Leaflet's own controls (zoom buttons, scale)
 * in the interface's language. Loaded after Leaflet, before the page's own script.
 */
(function () {
  'use strict';

  function escapeHtml(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // User text only ever reaches the DOM through textContent.
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }

  // A point `dist` metres from (lat, lon) along `bearing` (degrees), on a sphere.
  var R = 6371008.8;
  function destination(lat, lon, bearing, dist) {
    var d = dist / R, t = (bearing * Math.PI) / 180;
    var p1 = (lat * Math.PI) / 180, l1 = (lon * Math.PI) / 180;
    var p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(t));
    var l2 = l1 + Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(p1),
      Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    return [(p2 * 180) / Math.PI, (l2 * 180) / Math.PI];
  }

  // A camera's view cone: the apex and an arc of `segments` steps, `width` degrees wide.
  function conePoints(lat, lon, dir, width, length, segments) {
    var pts = [[lat, lon]];
    for (var a = -width / 2; a <= width / 2 + 1e-9; a += width / segments) {
      pts.push(destination(lat, lon, dir + a, length));
    }
    return pts;
  }

  // Words and number format of the interface's language, from Python (setControlTexts);
  // these only serve until they arrive (Leaflet's own tooltips stay until then too).
  var texts = { metre: 'm', kilometre: 'km', decimal: '.' };

  // A number as the interface's language writes it (only the decimal mark differs here).
  function decimal(value) {
    return String(value).replace('.', texts.decimal);
  }

  // Leaflet's scale bar, metric only, with the units in the interface's script.
  var Scale = L.Control.Scale.extend({
    options: { imperial: false },
    _updateMetric: function (maxMeters) {
      var meters = this._getRoundNum(maxMeters);
      var label = meters < 1000 ? meters + ' ' + texts.metre : meters / 1000 + ' ' + texts.kilometre;
      this._updateScale(this._mScale, label, meters / maxMeters);
    },
  });

  // The words of `map`'s controls: the zoom buttons' tooltips (Leaflet writes them in
  // English), the scale's units, and the decimal mark of `grid`'s labels. Redraws only
  // when something changed (the volunteers' map sends them with every refresh).
  function setControlTexts(map, t, grid) {
    var next = L.extend({}, texts, t || {});
    if (JSON.stringify(next) === JSON.stringify(texts)) return;
    texts = next;
    var zoom = map.zoomControl;
    if (zoom && texts.zoomIn) {
      [[zoom._zoomInButton, texts.zoomIn], [zoom._zoomOutButton, texts.zoomOut]].forEach(function (b) {
        b[0].title = b[1];
        b[0].setAttribute('aria-label', b[1]);
      });
    }
    if (map._svScale) map._svScale._update();
    if (grid && map.hasLayer(grid)) grid.redraw();
  }

  var STEPS = [30, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001,
    0.0005, 0.0002, 0.0001, 0.00005, 0.00002, 0.00001];

  // A latitude/longitude grid with labels, redrawn on every move: `new Graticule(null,
  // { prefix: 'sv', renderer: canvas })` gives lines of class sv-grid, labels sv-grid-label.
  var Graticule = L.LayerGroup.extend({
    options: { prefix: 'sv', renderer: null, opacity: 0.6 },
    onAdd: function (m) {
      L.LayerGroup.prototype.onAdd.call(this, m);
      m.on('moveend', this.redraw, this);
      this.redraw();
    },
    onRemove: function (m) {
      m.off('moveend', this.redraw, this);
      L.LayerGroup.prototype.onRemove.call(this, m);
    },
    redraw: function () {
      this.clearLayers();
      var b = this._map.getBounds();
      var south = Math.max(b.getSouth(), -85), north = Math.min(b.getNorth(), 85);
      var west = Math.max(b.getWest(), -180), east = Math.min(b.getEast(), 180);
      var span = Math.max(north - south, east - west);
      var step = STEPS[STEPS.length - 1];
      for (var i = 0; i < STEPS.length; i++) {
        if (span / STEPS[i] >= 3) { step = STEPS[i]; break; }
      }
      var digits = Math.max(0, Math.ceil(-Math.log10(step)));
      var prefix = this.options.prefix;
      var opts = { interactive: false, className: prefix + '-grid', weight: 1, color: '#8a9bb0', opacity: this.options.opacity };
      if (this.options.renderer) opts.renderer = this.options.renderer;
      var lines = 0;
      for (var lat = Math.ceil(south / step) * step; lat <= north && lines < 60; lat += step, lines++) {
        this.addLayer(L.polyline([[lat, west], [lat, east]], opts));
        this.addLayer(gridLabel([lat, west], decimal(lat.toFixed(digits)) + '°', prefix));
      }
      for (var lon = Math.ceil(west / step) * step; lon <= east && lines < 120; lon += step, lines++) {
        this.addLayer(L.polyline([[south, lon], [north, lon]], opts));
        this.addLayer(gridLabel([north, lon], decimal(lon.toFixed(digits)) + '°', prefix));
      }
    },
  });

  function gridLabel(ll, text, prefix) {
    var icon = L.divIcon({ className: prefix + '-grid-label', iconSize: null, html: escapeHtml(text) });
    return L.marker(ll, { icon: icon, interactive: false, keyboard: false });
  }

  // One line of help at the bottom left (e.g. how to add a basemap); hidden when empty.
  var Hint = L.Control.extend({
    options: { position: 'bottomleft', className: 'sv-hint' },
    onAdd: function () {
      this._div = el('div', this.options.className);
      return this._div;
    },
    setText: function (text) {
      this._div.textContent = text || '';
      this._div.style.display = text ? '' : 'none';
    },
  });

  window.SurveyorCommon = {
    escapeHtml: escapeHtml, el: el, destination: destination, conePoints: conePoints,
    Graticule: Graticule, Hint: Hint, decimal: decimal, setControlTexts: setControlTexts,
    texts: function () { return texts; },
    // The scale bar of `map`, kept on it so that new words redraw it.
    addScale: function (map) { map._svScale = new Scale().addTo(map); return map._svScale; },
  };
})();
