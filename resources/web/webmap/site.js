// Surveyor, GPL-3.0-or-later.
// The published campaign map: markers, cones, filters, legend, popups, languages.
// Every text that came from the data is inserted with textContent, never as HTML.
(function () {
  "use strict";

  var errors = [];
  function noteError(text) {
    errors.push(String(text));
    document.documentElement.setAttribute("data-errors", String(errors.length));
  }
  window.addEventListener("error", function (e) { noteError(e.message); });
  document.addEventListener("securitypolicyviolation", function (e) {
    noteError("CSP " + e.violatedDirective + " " + e.blockedURI);
  });

  var config = JSON.parse(document.getElementById("webmap-config").textContent);
  var data = window.SURVEYOR_WEBMAP;
  var map = window[config.map];
  map.setMaxZoom(19);  // no tile layer sets it, and clustering needs it
  var F = {};
  data.fields.forEach(function (name, i) { F[name] = i; });
  var rows = data.rows;

  // -- languages (the tables are in strings.js) -----------------------------------------------
  var W = window.SurveyorWebmapStrings;
  var EN = W.en, SR = W.srLatn, LANGUAGES = W.languages, transliterated = W.transliterated;
  var STRINGS = { "en": EN, "sr-Latn": SR, "sr-Cyrl": null };

  function chosenLanguage() {
    var stored = null;
    try { stored = window.localStorage.getItem("surveyor-webmap-lang"); } catch (e) { stored = null; }
    if (stored && stored in STRINGS) return stored;
    var asked = (new URLSearchParams(location.search)).get("lang");
    if (asked && asked in STRINGS) return asked;
    var nav = (navigator.language || "en").toLowerCase();
    if (nav.indexOf("sr") === 0) return nav.indexOf("latn") >= 0 ? "sr-Latn" : "sr-Cyrl";
    return "en";
  }
  var lang = chosenLanguage();
  function S() {
    if (lang === "sr-Cyrl") { STRINGS["sr-Cyrl"] = STRINGS["sr-Cyrl"] || transliterated(SR); }
    return STRINGS[lang];
  }
  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, k) { return String(values[k]); });
  }
  function plural(forms, n) {
    if (lang === "en") return fmt(forms[n === 1 ? 0 : 1], { n: n });
    var d = n % 10, h = n % 100;  // Serbian: 1, 21 / 2-4, 22-24 / the rest
    var i = (d === 1 && h !== 11) ? 0 : (d >= 2 && d <= 4 && (h < 12 || h > 14)) ? 1 : 2;
    return fmt(forms[i], { n: n });
  }
  function valueText(value) {
    var t = S().values[value];
    return t || value;
  }

  // -- DOM helpers (text only) -----------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  // -- markers ---------------------------------------------------------------------------------
  var cluster = L.markerClusterGroup({
    chunkedLoading: false, showCoverageOnHover: false, maxClusterRadius: 50,
    disableClusteringAtZoom: 17
  });
  var markers = new Array(rows.length);
  var byId = {};

  function markerLabel(row) {
    var s = S();
    return s.makes[row[F.make_class]] + ", " + s.types[row[F.type_class]];
  }
  function makeMarker(row, index) {
    var icon = L.divIcon({
      className: "cam cam-t-" + row[F.type_class] + " cam-m-" + row[F.make_class],
      iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -8]
    });
    var marker = L.marker([row[F.lat], row[F.lon]], {
      icon: icon, keyboard: true, title: markerLabel(row), riseOnHover: true
    });
    marker.surveyorRow = index;
    marker.bindPopup(function () { return popupContent(row); }, { maxWidth: 320, minWidth: 240 });
    return marker;
  }
  function popupContent(row) {
    var s = S();
    var make = row[F.manufacturer] || s.unknown_make;
    var heading = el("h2", { className: "popup-title", text: make + " · " + s.types[row[F.type_class]] });
    var list = el("dl", { className: "popup-facts" });
    function fact(label, value) {
      if (value === "" || value === null || value === undefined) return;
      list.appendChild(el("dt", { text: label }));
      list.appendChild(el("dd", { text: String(value) }));
    }
    fact(s.model, row[F.model]);
    fact(s.type, row[F.camera_type] ? valueText(row[F.camera_type]) : "");
    fact(s.mount, row[F.mount] ? valueText(row[F.mount]) : "");
    fact(s.zone, row[F.zone] ? valueText(row[F.zone]) : "");
    fact(s.operator, row[F.operator]);
    fact(s.confirmed, plural(s.volunteers, row[F.volunteers]));
    fact(s.first_seen, row[F.first_seen]);
    fact(s.last_seen, row[F.last_seen]);
    if (row[F.direction] !== null) fact(s.direction, Math.round(row[F.direction]) + "°");
    var box = el("div", { className: "popup" }, [heading, list]);
    if (row[F.photo]) {
      var img = el("img", { className: "popup-photo", alt: s.photo_alt, loading: "lazy",
        width: "280" });
      img.src = row[F.photo];
      box.appendChild(el("a", { href: row[F.photo], className: "popup-photo-link" }, [img]));
    }
    return box;
  }

  // -- view cones (drawn near the ground only: at zoom 16 and closer) ---------------------------
  var coneRenderer = L.canvas({ padding: 0.2 });
  var cones = L.layerGroup().addTo(map);
  var CONE_DEG = 70, CONE_M = 30;
  // The canvas draws cones, so their colours are here, not in site.css (same values).
  var MAKE_COLOURS = { huawei: "#c8102e", hikvision: "#0b5cad", dahua: "#7a3e9d",
    other: "#1e7b34", unknown: "#5a5a5a" };
  function conePoints(lat, lon, bearing) {
    var pts = [[lat, lon]];
    var mPerDegLat = 111320, mPerDegLon = 111320 * Math.cos(lat * Math.PI / 180);
    for (var a = -CONE_DEG / 2; a <= CONE_DEG / 2; a += 10) {
      var rad = (bearing + a) * Math.PI / 180;
      pts.push([lat + CONE_M * Math.cos(rad) / mPerDegLat, lon + CONE_M * Math.sin(rad) / mPerDegLon]);
    }
    return pts;
  }
  function drawCones() {
    cones.clearLayers();
    if (map.getZoom() < 16) return;
    var view = map.getBounds().pad(0.2);
    shownRows.forEach(function (i) {
      var row = rows[i];
      if (row[F.direction] === null || !view.contains([row[F.lat], row[F.lon]])) return;
      cones.addLayer(L.polygon(conePoints(row[F.lat], row[F.lon], row[F.direction]), {
        renderer: coneRenderer, interactive: false, weight: 1, opacity: 0.7,
        color: MAKE_COLOURS[row[F.make_class]], fillOpacity: 0.22
      }));
    });
  }

  // -- filters, legend, status -----------------------------------------------------------------
  var hiddenMakes = {}, hiddenTypes = {};
  var shownRows = [];
  var totals = { make: {}, type: {} };
  rows.forEach(function (row) {
    totals.make[row[F.make_class]] = (totals.make[row[F.make_class]] || 0) + 1;
    totals.type[row[F.type_class]] = (totals.type[row[F.type_class]] || 0) + 1;
  });

  function applyFilters() {
    cluster.clearLayers();
    var keep = [];
    shownRows = [];
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (hiddenMakes[row[F.make_class]] || hiddenTypes[row[F.type_class]]) continue;
      if (!markers[i]) markers[i] = makeMarker(row, i);
      keep.push(markers[i]);
      shownRows.push(i);
    }
    cluster.addLayers(keep);
    document.documentElement.setAttribute("data-markers", String(cluster.getLayers().length));
    updateStatus();
    drawCones();
  }

  var panel = el("section", { className: "panel", id: "panel" });
  var status = el("p", { className: "status", role: "status", "aria-live": "polite" });
  function updateStatus() {
    var s = S();
    status.textContent = shownRows.length
      ? fmt(s.shown, { n: shownRows.length, total: rows.length })
      : s.no_cameras;
  }

  function checkboxGroup(kind, keys, labels, hidden, swatchClass) {
    var box = el("fieldset", { className: "group group-" + kind });
    box.appendChild(el("legend", { text: kind === "make" ? S().make : S().type }));
    keys.forEach(function (key) {
      var id = "f-" + kind + "-" + key;
      var input = el("input", { type: "checkbox", id: id });
      input.checked = !hidden[key];
      input.addEventListener("change", function () {
        hidden[key] = !input.checked;
        applyFilters();
      });
      var count = totals[kind][key] || 0;
      var label = el("label", { "for": id }, [
        el("span", { className: swatchClass + key, "aria-hidden": "true" }),
        el("span", { className: "label-text", text: labels[key] }),
        el("span", { className: "count", text: String(count) })
      ]);
      box.appendChild(el("div", { className: "option" }, [input, label]));
    });
    return box;
  }

  function buildPanel() {
    var s = S();
    document.documentElement.setAttribute("lang", lang);
    document.title = config.title === EN.title ? s.title : config.title;
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    var toggle = el("button", { type: "button", className: "toggle", "aria-controls": "panel-body",
      "aria-expanded": String(panelOpen), text: panelOpen ? s.hide : s.show });
    var body = el("div", { id: "panel-body", className: "panel-body" });
    body.hidden = !panelOpen;
    toggle.addEventListener("click", function () {
      panelOpen = !panelOpen;
      toggle.setAttribute("aria-expanded", String(panelOpen));
      toggle.textContent = panelOpen ? s.hide : s.show;
      body.hidden = !panelOpen;
    });
    var langId = "f-language";
    var select = el("select", { id: langId });
    LANGUAGES.forEach(function (l) {
      var option = el("option", { value: l[0], text: l[1], lang: l[0] });
      option.selected = l[0] === lang;
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      lang = select.value;
      try { window.localStorage.setItem("surveyor-webmap-lang", lang); } catch (e) { /* private mode */ }
      markers.forEach(function (m, i) {
        if (!m) return;
        m.options.title = markerLabel(rows[i]);
        var node = m.getElement();
        if (node) node.setAttribute("title", m.options.title);
      });
      map.closePopup();
      buildPanel();
      document.getElementById(langId).focus();
    });
    var published = data.published ? data.published.slice(0, 10) : "";
    body.appendChild(el("div", { className: "language" }, [
      el("label", { "for": langId, text: s.language }), select
    ]));
    body.appendChild(checkboxGroup("make", data.makes, s.makes, hiddenMakes, "swatch make-"));
    body.appendChild(checkboxGroup("type", data.types, s.types, hiddenTypes, "glyph cam-t-"));
    if (tileLayer) {
      var onlineId = "f-online";
      var online = el("input", { type: "checkbox", id: onlineId });
      online.checked = map.hasLayer(tileLayer);
      online.addEventListener("change", function () {
        if (online.checked) tileLayer.addTo(map); else map.removeLayer(tileLayer);
      });
      body.appendChild(el("div", { className: "option online" }, [
        online, el("label", { "for": onlineId, text: s.online })
      ]));
    }
    body.appendChild(el("nav", { className: "downloads", "aria-label": s.downloads }, [
      el("h2", { text: s.downloads }),
      el("a", { href: config.downloads.geojson, download: "", text: s.geojson }),
      el("a", { href: config.downloads.csv, download: "", text: s.csv })
    ]));
    if (published) body.appendChild(el("p", { className: "published", text: fmt(s.published, { date: published }) }));
    panel.appendChild(el("h1", { text: document.title }));
    panel.appendChild(status);
    panel.appendChild(toggle);
    panel.appendChild(body);
    updateStatus();
  }

  var tileLayer = null;
  // On a phone the filters start folded so the map is seen first.
  var panelOpen = !window.matchMedia("(max-width: 40rem)").matches;
  if (config.online_tiles) {
    tileLayer = L.tileLayer(config.online_tiles.url, {
      attribution: config.online_tiles.attribution, maxZoom: 19
    });
  }

  // The campaign's vector basemap: each tile is a script beside the page (file:// allows no
  // fetch), loaded when protomaps-leaflet asks for it; basemap/index.js lists the tiles there.
  function vectorSource(options) {
    var have = {};
    (window.SURVEYOR_BASEMAP_TILES || []).forEach(function (k) { have[k] = true; });
    var waiting = {};
    window.SurveyorTiles = {
      put: function (key, b64) {
        var bin = atob(b64), bytes = new Uint8Array(bin.length);
        for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        (waiting[key] || []).forEach(function (resolve) { resolve({ data: bytes.buffer }); });
        delete waiting[key];
      }
    };
    return {
      getZxy: function (z, x, y) {
        var key = z + "/" + x + "/" + y;
        if (!have[key]) return Promise.resolve(undefined);
        return new Promise(function (resolve) {
          if (waiting[key]) { waiting[key].push(resolve); return; }
          waiting[key] = [resolve];
          var script = document.createElement("script");
          script.src = options.path + key + ".js";
          script.onload = script.onerror = function () {
            script.remove();
            (waiting[key] || []).forEach(function (r) { r(undefined); });
            delete waiting[key];
          };
          document.head.appendChild(script);
        });
      }
    };
  }
  if (config.basemap && window.SurveyorVector && window.SurveyorVector.available) {
    var b = config.basemap;
    window.SurveyorVector.layer({
      url: vectorSource(b), schema: b.schema, bounds: b.bounds, minZoom: b.minZoom,
      maxNativeZoom: b.maxNativeZoom, attribution: b.attribution
    }).addTo(map);
  }

  var Panel = L.Control.extend({
    options: { position: "topright" },
    onAdd: function () {
      L.DomEvent.disableClickPropagation(panel);
      L.DomEvent.disableScrollPropagation(panel);
      return panel;
    }
  });
  map.addControl(new Panel());
  if (map.attributionControl) map.attributionControl.setPrefix("Leaflet");
  map.on("moveend zoomend", drawCones);
  buildPanel();
  map.addLayer(cluster);
  applyFilters();

  // Keyboard: a popup opened from a focused marker takes the focus (its close button) so it is
  // read next; Escape closes it wherever the focus is (Leaflet's own Escape works only when the
  // map itself has the focus), and the focus goes back to the marker.
  var openedFrom = null;
  map.on("popupopen", function (e) {
    var from = document.activeElement;
    openedFrom = from && from.classList.contains("leaflet-marker-icon") ? from : null;
    var close = e.popup.getElement().querySelector(".leaflet-popup-close-button");
    if (openedFrom && close) close.focus();
  });
  map.on("popupclose", function () {
    if (openedFrom && document.body.contains(openedFrom)) openedFrom.focus();
    openedFrom = null;
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") map.closePopup();
  });

  // #camera=<uuid> opens that camera (a link a reader can share).
  rows.forEach(function (row, i) { byId[row[F.id]] = i; });
  function openFromHash() {
    var m = /camera=([0-9a-f-]+)/.exec(location.hash);
    if (!m || !(m[1] in byId)) return;
    var marker = markers[byId[m[1]]];
    if (!marker || !cluster.hasLayer(marker)) return;
    cluster.zoomToShowLayer(marker, function () { marker.openPopup(); });
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
  document.documentElement.setAttribute("data-ready", "1");
  // Milliseconds from navigation to a usable map (read by bench/webmap_bench.py).
  document.documentElement.setAttribute("data-ready-ms", String(Math.round(performance.now())));
})();
