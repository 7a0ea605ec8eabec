/* Surveyor's map page: layers, selection and edits, talking to Python over QWebChannel.
 *
 * Rules kept throughout: user text (notes, make, model, file names, labels from files) only
 * ever reaches the DOM through textContent or escapeHtml(); the page fetches nothing but
 * surveyor:// URLs; Python's calls arrive as the bridge's pageCall signal (see dispatch());
 * data arrives as JSON documents through SurveyorMap.setData() and is diffed, so an edit
 * updates a few markers instead of rebuilding twenty thousand.
 */
(function () {
  'use strict';

  var S = (window.SurveyorMap = {
    ready: false,
    idle: false,
    stats: {},
    state: { selectedCamera: null, selectedPhoto: null, placing: null, detail: {} },
  });

  var DETAIL_ZOOM = 16; // cones, accuracy circles and photo-camera lines from this zoom on
  var DETAIL_MAX = 1500; // at most this many cameras get detail shapes at once
  var PHOTO_ZOOM = 13; // photo positions from this zoom on (only those in view)
  var PHOTO_MAX = 4000;
  var CONE_M = 20;
  var CONE_DEG = 70;
  // Canvas paths take colours from options, not CSS: keep these in step with surveyor_map.css.
  var STATE_COLOURS = { unconfirmed: '#f0a020', confirmed: '#2e9e4f', review: '#d8343a' };

  var map, bridge, canvas;
  var cameraCluster, photoLayer, suggestLayer, detailLayer, knownLayer, knownDetail;
  var highlightLayer, previewLayer, trackLayer, gridLayer, hintControl;
  var baseLayers = [];
  var cameras = new Map(); // id -> {d: data, row: the array it came from, m: marker}
  var photos = new Map();
  var known = [];
  var popup;
  var labels = {};
  var iconCache = {};
  var fittedOnce = false;
  var pendingLoads = 0;
  var loadStart = 0;

  var escapeHtml = SurveyorCommon.escapeHtml;
  var el = SurveyorCommon.el;
  S.escapeHtml = escapeHtml;

  function call(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (bridge && typeof bridge[name] === 'function') bridge[name].apply(bridge, args);
  }

  // ---- geometry -------------------------------------------------------------------------
  function conePoints(lat, lon, dir) {
    return SurveyorCommon.conePoints(lat, lon, dir, CONE_DEG, CONE_M, 8);
  }

  // ---- markers --------------------------------------------------------------------------
  function cameraIcon(d, suggested) {
    var shape = d.stype && d.stype !== 'camera' ? 'special' : d.ctype || 'unknown';
    var key = [shape, d.state, d.warn && d.warn.length ? 'w' : '', suggested ? 'g' : ''].join('|');
    if (!iconCache[key]) {
      iconCache[key] = L.divIcon({
        className: 'sv-cam sv-shape-' + shape + ' sv-' + d.state +
          (d.warn && d.warn.length ? ' sv-warn' : '') + (suggested ? ' sv-suggested' : ''),
        iconSize: [18, 18],
        iconAnchor: [9, 9],
        html: '',
      });
    }
    return iconCache[key];
  }

  function makeCameraMarker(d) {
    var m = L.marker([d.lat, d.lon], {
      icon: cameraIcon(d, false), // selection shows as the highlight ring, not in the icon
      draggable: true,
      keyboard: false,
      autoPan: true,
    });
    m._svId = d.id;
    m.on('click', function () {
      S.selectCamera(d.id, false);
      call('cameraClicked', d.id);
    });
    m.on('dragend', function () {
      var ll = m.getLatLng();
      call('cameraMoved', d.id, ll.lat, ll.lng);
    });
    return m;
  }

  function makePhotoMarker(d) {
    var m = L.circleMarker([d.lat, d.lon], { renderer: canvas, radius: 5, weight: 1, color: '#fff', fillColor: '#1d5fd1', fillOpacity: 1, className: 'sv-photo', bubblingMouseEvents: false });
    m._svId = d.id;
    m.on('click', function () {
      S.selectPhoto(d.id, false);
      call('photoClicked', d.id);
    });
    return m;
  }

  // ---- popups: DOM built with textContent only ---------------------------------------------
  function label(group, value) {
    return (labels[group] && labels[group][value]) || value || '';
  }
  function cameraPopup(d) {
    var box = el('div', 'sv-popup');
    box.appendChild(el('div', 'sv-title', label('ui', 'camera') + ' #' + d.id));
    var kind = [label('surveillance_type', d.stype), label('camera_type', d.ctype)].filter(Boolean);
    box.appendChild(el('div', 'sv-kind', kind.join(' · ')));
    var make = d.unknown ? label('ui', 'make_unknown') : [d.make, d.model].filter(Boolean).join(' ');
    if (make) box.appendChild(el('div', 'sv-make', make));
    box.appendChild(el('div', 'sv-state sv-' + d.state, label('state', d.state)));
    (d.warn || []).forEach(function (w) {
      box.appendChild(el('div', 'sv-warning', label('warn', w)));
    });
    if (d.notes) box.appendChild(el('div', 'sv-notes', d.notes));
    if (d.state === 'unconfirmed') {
      var btn = el('button', 'sv-confirm', label('ui', 'confirm'));
      btn.type = 'button';
      btn.addEventListener('click', function () {
        call('confirmCamera', d.id);
        map.closePopup();
      });
      box.appendChild(btn);
    }
    return box;
  }
  function photoPopup(d) {
    var box = el('div', 'sv-popup');
    box.appendChild(el('div', 'sv-title', d.name));
    if (d.acc != null) {
      box.appendChild(el('div', 'sv-acc', '± ' + Math.round(d.acc) + ' ' + SurveyorCommon.texts().metre));
    }
    return box;
  }
  // What the open popup shows, so that new data can redraw it (a confirmed camera's popup
  // must not go on saying "not confirmed").
  var popupFor = null;
  function openPopup(latlng, content, kind, id) {
    popup.setLatLng(latlng).setContent(content).openOn(map);
    popupFor = kind ? { kind: kind, id: id } : null;
  }
  function refreshPopup() {
    if (!popupFor || !map.hasLayer(popup)) { popupFor = null; return; }
    if (popupFor.kind === 'camera') {
      var c = cameras.get(popupFor.id);
      var ll = c && (c.m ? c.m.getLatLng() : c.d.suggested && L.latLng(c.d.suggested));
      if (!ll) { map.closePopup(); popupFor = null; return; }
      popup.setLatLng(ll).setContent(cameraPopup(c.d));
    } else {
      var p = photos.get(popupFor.id);
      if (!p) { map.closePopup(); popupFor = null; return; }
      popup.setLatLng([p.d.lat, p.d.lon]).setContent(photoPopup(p.d));
    }
  }

  // ---- loading and idle reporting ----------------------------------------------------------
  // markercluster also reports progress for its own internal adds (e.g. when added to the
  // map), so each cluster only counts while one of our addLayers calls is in flight.
  var inFlight = { cameras: 0 };
  function progressFor(name) {
    return function (done, total) {
      if (done >= total && inFlight[name] > 0) {
        inFlight[name] -= 1;
        finishLoad();
      }
    };
  }
  function finishLoad() {
    pendingLoads -= 1;
    if (pendingLoads !== 0) return;
    // Idle = layers added and the browser has painted a frame after it.
    requestAnimationFrame(function () {
      setTimeout(function () {
        S.idle = true;
        S.stats = {
          cameras: cameras.size,
          photos: photos.size,
          ms: Math.round(performance.now() - loadStart),
          syncMs: S.stats.syncMs, // diffing and building markers; the rest is clustering + paint
          clustered: cameraCluster.getLayers().length, // proves the markers are really in
        };
        call('dataIdle', JSON.stringify(S.stats));
      }, 0);
    });
  }
  function addToCluster(cluster, markers) {
    if (!markers.length) return;
    pendingLoads += 1;
    inFlight[cluster._svName] += 1;
    cluster.addLayers(markers, true); // no per-marker layeradd events: nobody listens
  }

  // Rows are flat arrays whose cells are numbers, strings, null or short flat arrays: a
  // cell-by-cell comparison is many times cheaper than JSON.stringify at 20,000 rows.
  function sameRow(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) {
      var x = a[i], y = b[i];
      if (x === y) continue;
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      for (var j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
    }
    return true;
  }

  function zipRow(fields, row) {
    var d = {};
    for (var i = 0; i < fields.length; i++) d[fields[i]] = row[i];
    return d;
  }

  // Rows arrive as arrays (see CAMERA_FIELDS in map_page.py); only changed rows are rebuilt.
  function syncSet(store, fields, rows, make, cluster) {
    var seen = new Set();
    var added = [];
    var removed = [];
    rows.forEach(function (row) {
      var id = row[0];
      seen.add(id);
      var old = store.get(id);
      if (old && sameRow(old.row, row)) return;
      if (old && old.m) removed.push(old.m);
      var d = zipRow(fields, row);
      var m = d.lat != null && d.lon != null ? make(d) : null;
      store.set(id, { d: d, row: row, m: m });
      if (m) added.push(m);
    });
    store.forEach(function (v, id) {
      if (!seen.has(id)) {
        if (v.m) removed.push(v.m);
        store.delete(id);
      }
    });
    if (removed.length) cluster.removeLayers(removed);
    addToCluster(cluster, added);
    return added.length;
  }

  function syncPhotos(fields, rows) {
    // Photos are where the volunteer stood: drawn only when zoomed in (see drawPhotos), so
    // twenty thousand of them cost nothing at city scale.
    photos = new Map();
    rows.forEach(function (row) { photos.set(row[0], { d: zipRow(fields, row), m: null }); });
  }

  S.setData = function (data) {
    loadStart = performance.now();
    S.idle = false;
    pendingLoads += 1; // released below once both sets are queued; loads may overlap
    if (data.labels) {
      labels = data.labels;
      SurveyorCommon.setControlTexts(map, labels.map, gridLayer);
    }
    syncSet(cameras, data.cameraFields || [], data.cameras || [], makeCameraMarker, cameraCluster);
    syncPhotos(data.photoFields || [], data.photos || []);
    S.stats.syncMs = Math.round(performance.now() - loadStart);
    drawSuggestions();
    if (!fittedOnce) fitToData();
    drawDetail();
    refreshHighlight();
    refreshPopup();
    finishLoad();
  };

  function fitToData() {
    var b = L.latLngBounds([]);
    cameras.forEach(function (v) { if (v.m) b.extend(v.m.getLatLng()); });
    photos.forEach(function (v) { b.extend([v.d.lat, v.d.lon]); });
    if (b.isValid()) {
      fittedOnce = true;
      map.fitBounds(b.pad(0.1), { maxZoom: 17, animate: false });
    }
  }

  function drawSuggestions() {
    suggestLayer.clearLayers();
    cameras.forEach(function (v) {
      var d = v.d;
      if (d.m || !d.suggested || d.lat != null) return;
      var m = L.marker(d.suggested, { icon: cameraIcon(d, true), draggable: true, opacity: 0.7 });
      m.on('click', function () {
        openPopup(m.getLatLng(), cameraPopup(cameras.get(d.id) ? cameras.get(d.id).d : d), 'camera', d.id);
        call('cameraClicked', d.id);
      });
      m.on('dragend', function () {
        var ll = m.getLatLng();
        call('cameraMoved', d.id, ll.lat, ll.lng);
      });
      m._svId = d.id;
      suggestLayer.addLayer(m);
    });
  }

  // ---- detail shapes: cones, accuracy circles, photo->camera lines (only when zoomed in) ----
  function drawPhotos() {
    photoLayer.clearLayers();
    photos.forEach(function (v) { v.m = null; });
    S.state.photosDrawn = 0;
    if (!map || map.getZoom() < PHOTO_ZOOM) return;
    var view = map.getBounds().pad(0.2);
    var n = 0;
    photos.forEach(function (v) {
      if (n >= PHOTO_MAX || !view.contains([v.d.lat, v.d.lon])) return;
      v.m = makePhotoMarker(v.d);
      photoLayer.addLayer(v.m);
      n += 1;
    });
    S.state.photosDrawn = n;
  }

  function drawDetail() {
    drawPhotos();
    detailLayer.clearLayers();
    knownDetail.clearLayers();
    var counts = { cones: 0, domes: 0, links: 0, accuracy: 0, known: 0 };
    S.state.detail = counts;
    if (!map || map.getZoom() < DETAIL_ZOOM) return;
    var view = map.getBounds().pad(0.3);
    var count = 0;
    var style = { renderer: canvas, interactive: false };
    function add(layer, kind) {
      detailLayer.addLayer(layer);
      counts[kind] += 1;
    }
    cameras.forEach(function (v) {
      var d = v.d;
      if (count >= DETAIL_MAX || d.lat == null || !view.contains([d.lat, d.lon])) return;
      count += 1;
      var cls = 'sv-cone sv-' + d.state;
      if (d.ctype === 'dome' || d.ctype === 'panorama') {
        add(L.circle([d.lat, d.lon], L.extend({ radius: CONE_M / 2, className: cls, color: STATE_COLOURS[d.state], weight: 1, fillOpacity: 0.2 }, style)), 'domes');
      } else if (d.dir != null) {
        add(L.polygon(conePoints(d.lat, d.lon, d.dir), L.extend({ className: cls, color: STATE_COLOURS[d.state], weight: 1, fillOpacity: 0.2 }, style)), 'cones');
      }
      d.photos.forEach(function (pid) {
        var p = photos.get(pid);
        if (p) {
          add(L.polyline([[p.d.lat, p.d.lon], [d.lat, d.lon]], L.extend({ className: 'sv-link', color: '#1d5fd1', weight: 1, dashArray: '4 4' }, style)), 'links');
        }
      });
    });
    photos.forEach(function (v) {
      var d = v.d;
      if (d.acc == null || !view.contains([d.lat, d.lon])) return;
      add(L.circle([d.lat, d.lon], L.extend({ radius: d.acc, className: 'sv-accuracy', color: '#1d5fd1', weight: 1, fillOpacity: 0.08 }, style)), 'accuracy');
    });
    known.forEach(function (k) {
      if (!view.contains([k.lat, k.lon])) return;
      (k.dirs || []).forEach(function (dir) {
        knownDetail.addLayer(L.polygon(conePoints(k.lat, k.lon, dir), L.extend({ className: 'sv-known-cone', color: '#777', weight: 1, fillOpacity: 0.15 }, style)));
        counts.known += 1;
      });
    });
  }

  // ---- selection ---------------------------------------------------------------------------
  function refreshHighlight() {
    highlightLayer.clearLayers();
    var ll = null;
    if (S.state.selectedCamera != null) {
      var c = cameras.get(S.state.selectedCamera);
      if (c) ll = c.d.lat != null ? [c.d.lat, c.d.lon] : c.d.suggested;
    } else if (S.state.selectedPhoto != null) {
      var p = photos.get(S.state.selectedPhoto);
      if (p) ll = [p.d.lat, p.d.lon];
    }
    if (ll) {
      highlightLayer.addLayer(L.circleMarker(ll, { radius: 16, className: 'sv-highlight', interactive: false, fill: false, weight: 3 }));
    }
  }

  S.selectCamera = function (id, pan) {
    S.state.selectedCamera = id;
    S.state.selectedPhoto = null;
    refreshHighlight();
    var c = cameras.get(id);
    if (!c) return false;
    var show = function () {
      var ll = c.m ? c.m.getLatLng() : c.d.suggested && L.latLng(c.d.suggested);
      if (ll) openPopup(ll, cameraPopup(c.d), 'camera', id);
    };
    if (pan && c.m) {
      cameraCluster.zoomToShowLayer(c.m, show);
    } else if (pan && c.d.suggested) {
      map.setView(c.d.suggested, Math.max(map.getZoom(), DETAIL_ZOOM), { animate: false });
      show();
    } else {
      show();
    }
    return true;
  };

  S.selectPhoto = function (id, pan) {
    S.state.selectedPhoto = id;
    S.state.selectedCamera = null;
    refreshHighlight();
    var p = photos.get(id);
    if (!p) return false;
    if (pan) {
      // Selected in the grid: highlight only. Its popup would sit on the suggested camera
      // and swallow the drag that places it.
      map.closePopup();
      map.setView([p.d.lat, p.d.lon], Math.max(map.getZoom(), DETAIL_ZOOM + 1), { animate: false });
    } else {
      openPopup([p.d.lat, p.d.lon], photoPopup(p.d), 'photo', id);
    }
    return true;
  };

  // For tests: the open popup's text, or null.
  S.popupText = function () {
    if (!map.hasLayer(popup)) return null;
    var content = popup.getContent();
    return content && content.textContent !== undefined ? content.textContent : String(content);
  };

  S.cameraMarker = function (id) {
    var c = cameras.get(id);
    if (c && c.m) return c.m;
    var found = null;
    suggestLayer.eachLayer(function (m) { if (m._svId === id) found = m; });
    return found;
  };
  S.photoMarker = function (id) {
    var p = photos.get(id);
    return p ? p.m : null;
  };
  S.cameraData = function (id) {
    var c = cameras.get(id);
    return c ? c.d : null;
  };

  // ---- placing a photo or camera that has no position -------------------------------------
  S.setPlacing = function (kind, id) {
    S.state.placing = kind ? { kind: kind, id: id } : null;
    map.getContainer().classList.toggle('sv-placing', !!kind);
  };
  function onMapClick(e) {
    var p = S.state.placing;
    if (!p) return;
    S.setPlacing(null);
    call('placeAt', p.kind, p.id, e.latlng.lat, e.latlng.lng);
  }
  function onDrop(e) {
    var text = e.dataTransfer ? e.dataTransfer.getData('text/plain') : '';
    var match = /^surveyor:(photo|camera):(\d+)$/.exec(text || '');
    if (!match) return;
    e.preventDefault();
    var ll = map.mouseEventToLatLng(e);
    call('placeAt', match[1], parseInt(match[2], 10), ll.lat, ll.lng);
  }

  // ---- known cameras (grey, read-only) ------------------------------------------------------
  S.setKnown = function (rows) {
    knownLayer.clearLayers();
    known = rows || [];
    known.forEach(function (k) {
      var m = L.circleMarker([k.lat, k.lon], { renderer: canvas, radius: 5, color: '#666', weight: 1, fillColor: '#999', fillOpacity: 0.8, className: 'sv-known' });
      m.on('click', function () {
        var box = el('div', 'sv-popup');
        box.appendChild(el('div', 'sv-title', label('ui', 'known')));
        if (k.label) box.appendChild(el('div', 'sv-make', k.label));
        box.appendChild(el('div', 'sv-ref', k.ref));
        openPopup(m.getLatLng(), box);
      });
      knownLayer.addLayer(m);
    });
    S.state.known = known.length;
    drawDetail();
    return known.length;
  };

  // ---- GPX: a track and a preview of where photos would land --------------------------------
  S.showTrack = function (points) {
    trackLayer.clearLayers();
    S.state.trackPoints = points ? points.length : 0;
    if (!points || points.length < 1) return;
    var line = L.polyline(points, { className: 'sv-track', weight: 3, interactive: false });
    trackLayer.addLayer(line);
    map.fitBounds(line.getBounds().pad(0.1), { maxZoom: 17, animate: false });
  };
  S.showPreview = function (rows) {
    previewLayer.clearLayers();
    (rows || []).forEach(function (r) {
      var m = L.circleMarker([r[1], r[2]], { radius: 6, className: 'sv-preview', weight: 2 });
      var current = photos.get(r[0]);
      if (current) {
        previewLayer.addLayer(L.polyline([[current.d.lat, current.d.lon], [r[1], r[2]]], { className: 'sv-preview-move', weight: 1, dashArray: '3 3', interactive: false }));
      }
      m.on('click', function () { call('photoClicked', r[0]); });
      previewLayer.addLayer(m);
    });
    S.state.preview = (rows || []).length;
    return S.state.preview;
  };
  S.clearPreview = function () {
    previewLayer.clearLayers();
    S.state.preview = 0;
  };

  // ---- basemaps, graticule and the hint ------------------------------------------------------
  S.setBasemaps = function (layers, hint) {
    baseLayers.forEach(function (l) { map.removeLayer(l); });
    baseLayers = (layers || []).map(function (b) {
      if (b.kind === 'vector') {
        var options = Object.assign({}, b, { attribution: escapeHtml(b.attribution) });
        return SurveyorVector.layer(options).addTo(map);
      }
      return L.tileLayer(b.url, {
        bounds: b.bounds,
        minZoom: b.minZoom, // below the file's own range it has nothing to show
        maxNativeZoom: b.maxNativeZoom, // beyond it, its last tiles are enlarged
        maxZoom: 21,
        attribution: escapeHtml(b.attribution),
      }).addTo(map);
    });
    S.state.basemaps = baseLayers.length;
    S.state.vectorBasemaps = (layers || []).filter(function (b) { return b.kind === 'vector'; }).length;
    var plain = baseLayers.length === 0;
    map.getContainer().classList.toggle('sv-plain', plain);
    if (plain) gridLayer.addTo(map); else map.removeLayer(gridLayer);
    hintControl.setText(plain ? hint : '');
    if (!fittedOnce && layers && layers.length && cameras.size === 0 && photos.size === 0) {
      map.fitBounds(layers[layers.length - 1].bounds, { animate: false });
    }
    return baseLayers.length;
  };


  // Map images: no zoom buttons, and the view set from Python once the data is in.
  S.setPrintMode = function () {
    map.getContainer().classList.add('sv-print');
    fittedOnce = true; // the image's own view, not one fitted to the data
  };

  // True once every basemap layer has drawn the tiles in view (map images wait for this).
  S.basemapsLoaded = function () {
    return baseLayers.every(function (l) { return !l.isLoading || !l.isLoading(); });
  };

  // ---- calls from Python run in order, behind any data still loading --------------------------
  var queue = Promise.resolve();
  S.enqueue = function (fn) {
    queue = queue.then(fn).catch(function (err) {
      console.error('SurveyorMap: ' + (err && err.stack ? err.stack : err));
    });
    return queue;
  };
  // The newest document of each kind: a queued load of an older one is skipped.
  var latestDocument = {};
  S.loadLatest = function (url, fnName) {
    latestDocument[fnName] = url;
    return S.enqueue(function () {
      var done = function () { call('documentDone', url); };
      if (latestDocument[fnName] !== url) { done(); return null; }
      return S.load(url, fnName).then(done, function (err) { done(); throw err; });
    });
  };
  S.load = function (url, fnName) {
    return fetch(url, { cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return r.json();
      })
      .then(function (doc) { S[fnName](doc); });
  };

  // Map images: the view asked for ({bbox: [west, south, east, north]} or {center, zoom}).
  S.showView = function (view) {
    if (view.bbox) {
      var b = view.bbox;
      map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { animate: false, padding: [0, 0] });
    } else {
      map.setView(view.center, view.zoom, { animate: false });
    }
    S.state.viewShown = true;
    return true;
  };

  // ---- calls from Python arrive on the web channel ----------------------------------------
  // A function name from this list and its arguments as JSON text: never script source, so
  // the page runs no code it did not ship with (its policy forbids inline script and eval).
  var CALLS = [
    'setData', 'setKnown', 'selectCamera', 'selectPhoto', 'showTrack', 'showPreview',
    'clearPreview', 'setPlacing', 'setBasemaps', 'setPrintMode', 'showView', 'loadLatest',
  ];
  function dispatch(name, argsJson, queued) {
    if (CALLS.indexOf(name) < 0) {
      console.error('SurveyorMap: no such call: ' + name);
      return;
    }
    var args = JSON.parse(argsJson);
    var run = function () { return S[name].apply(S, args); };
    if (queued) S.enqueue(run);
    else run();
  }

  // ---- start -----------------------------------------------------------------------------
  S.init = function (leafletMap) {
    map = leafletMap;
    S.map = map;
    // folium leaves zoom limits to tile layers; clustering needs them on the map, and each
    // zoom level costs clustering time: 3 (a continent) .. 21 (7 cm a pixel) is plenty.
    map.setMinZoom(3);
    map.setMaxZoom(21);
    map.attributionControl && map.attributionControl.setPrefix(false);
    canvas = L.canvas({ padding: 0.3 });
    popup = L.popup({ maxWidth: 320, autoPan: true });
    var clusterOpts = {
      chunkedLoading: true,
      chunkInterval: 150,
      chunkDelay: 5,
      maxClusterRadius: 45,
      disableClusteringAtZoom: 17,
      spiderfyOnMaxZoom: false,
      showCoverageOnHover: false,
      removeOutsideVisibleBounds: true,
    };
    cameraCluster = L.markerClusterGroup(L.extend({
      iconCreateFunction: function (c) {
        return L.divIcon({ className: 'sv-cluster sv-cluster-cam', iconSize: [34, 34], html: '<span>' + c.getChildCount() + '</span>' });
      },
      chunkProgress: progressFor('cameras'),
    }, clusterOpts));
    cameraCluster._svName = 'cameras';
    gridLayer = new SurveyorCommon.Graticule(null, { prefix: 'sv', renderer: canvas, opacity: 0.6 });
    knownLayer = L.layerGroup().addTo(map);
    knownDetail = L.layerGroup().addTo(map);
    detailLayer = L.layerGroup().addTo(map);
    trackLayer = L.layerGroup().addTo(map);
    photoLayer = L.layerGroup().addTo(map);
    cameraCluster.addTo(map);
    suggestLayer = L.layerGroup().addTo(map);
    previewLayer = L.layerGroup().addTo(map);
    highlightLayer = L.layerGroup().addTo(map);
    hintControl = new SurveyorCommon.Hint({ className: 'sv-hint' }).addTo(map);
    S.setBasemaps([], '');
    map.on('click', onMapClick);
    map.on('moveend', drawDetail);
    var box = map.getContainer();
    box.addEventListener('dragover', function (e) { e.preventDefault(); });
    box.addEventListener('drop', onDrop);
    if (typeof QWebChannel !== 'undefined' && window.qt && qt.webChannelTransport) {
      new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        bridge.pageCall.connect(dispatch);
        S.ready = true;
        call('pageReady');
      });
    }
  };
})();
