/* Vector basemaps drawn on a 2-D canvas by protomaps-leaflet (no WebGL: QtWebEngine in software
 * mode has none). Tiles come as plain {z}/{x}/{y} URLs on the surveyor: scheme, unzipped by
 * Python. Two schemas are styled: OpenMapTiles (tilemaker, planetiler, OpenMapTiles) here, and
 * the Protomaps basemap through protomaps-leaflet's own "light" flavour.
 *
 * Streets are drawn wide and named, and house numbers shown, from zoom 17 on: that is where
 * volunteers confirm where a camera stands. Labels use the local sans-serif font only.
 */
(function () {
  'use strict';

  var P = window.protomapsL;
  var FONT = 'sans-serif';
  var NAME_PROPS = ['name', 'name:latin', 'name_int', 'name_en', 'name:en'];

  function prop(f, key) {
    var v = f && f.props ? f.props[key] : undefined;
    return typeof v === 'string' ? v : '';
  }

  // Width in CSS pixels by zoom, linear between stops (last stop holds beyond).
  function widths(stops) {
    return function (z) {
      if (z <= stops[0][0]) return stops[0][1];
      for (var i = 1; i < stops.length; i++) {
        if (z <= stops[i][0]) {
          var a = stops[i - 1], b = stops[i];
          return a[1] + ((b[1] - a[1]) * (z - a[0])) / (b[0] - a[0]);
        }
      }
      return stops[stops.length - 1][1];
    };
  }

  function font(weight, stops, style) {
    var size = widths(stops);
    return function (z) {
      return (style ? style + ' ' : '') + weight + ' ' + Math.round(size(z)) + 'px ' + FONT;
    };
  }

  // ---- OpenMapTiles ----------------------------------------------------------------------
  var OMT = {
    background: '#f2efe9',
    water: '#aad3df',
    park: '#c8e6b0',
    wood: '#b9d8a4',
    grass: '#d8ecc2',
    residential: '#e8e4de',
    commercial: '#f2dfdc',
    industrial: '#e9dfe9',
    building: '#d9d0c9',
    buildingLine: '#b9aca1',
    casing: '#a89f94',
    minor: '#ffffff',
    major: '#fcd68a',
    motorway: '#e892a2',
    path: '#9a8f86',
    rail: '#8c8c8c',
    label: '#2b2b2b',
    halo: '#ffffff',
  };
  var ROAD_RANK = { motorway: 6, trunk: 5, primary: 4, secondary: 3, tertiary: 2, minor: 1,
    service: 0, track: 0, path: -1, rail: -2, transit: -2 };

  function roadWidth(cls) {
    var rank = ROAD_RANK[cls] === undefined ? 0 : ROAD_RANK[cls];
    if (rank <= -1) return widths([[13, 0.6], [16, 1.2], [19, 2]]);
    if (rank === 0) return widths([[13, 0.5], [15, 1.5], [17, 5], [19, 12]]);
    if (rank === 1) return widths([[12, 0.6], [14, 2], [16, 6], [17, 10], [19, 24]]);
    return widths([[10, 0.8 + rank * 0.3], [14, 3 + rank], [17, 12 + 2 * rank], [19, 30 + 3 * rank]]);
  }

  function roadColour(cls) {
    if (cls === 'motorway' || cls === 'trunk') return OMT.motorway;
    if (cls === 'primary' || cls === 'secondary' || cls === 'tertiary') return OMT.major;
    return OMT.minor;
  }

  function isTunnel(f) { return prop(f, 'brunnel') === 'tunnel'; }

  function roadRules() {
    // Drawn from the smallest class up, so a main road covers the side streets it crosses.
    var order = ['service', 'track', 'minor', 'tertiary', 'secondary', 'primary', 'trunk', 'motorway'];
    var casings = [], fills = [];
    order.forEach(function (cls) {
      var width = roadWidth(cls);
      var match = function (z, f) { return prop(f, 'class') === cls && !isTunnel(f); };
      casings.push({
        dataLayer: 'transportation', filter: match, minzoom: cls === 'service' ? 14 : 0,
        symbolizer: new P.LineSymbolizer({
          color: OMT.casing,
          width: function (z) { return width(z) + (z >= 15 ? 2 : 1); },
          lineCap: 'round', lineJoin: 'round',
        }),
      });
      fills.push({
        dataLayer: 'transportation', filter: match, minzoom: cls === 'service' ? 14 : 0,
        symbolizer: new P.LineSymbolizer({
          color: roadColour(cls), width: width, lineCap: 'round', lineJoin: 'round',
        }),
      });
    });
    var paths = {
      dataLayer: 'transportation', minzoom: 14,
      filter: function (z, f) { return prop(f, 'class') === 'path'; },
      symbolizer: new P.LineSymbolizer({ color: OMT.path, width: roadWidth('path'), dash: [3, 2] }),
    };
    var rail = {
      dataLayer: 'transportation',
      filter: function (z, f) { var c = prop(f, 'class'); return c === 'rail' || c === 'transit'; },
      symbolizer: new P.LineSymbolizer({ color: OMT.rail, width: roadWidth('rail') }),
    };
    return casings.concat(fills, [paths, rail]);
  }

  function landFill(z, f) {
    var cls = prop(f, 'class');
    if (cls === 'wood' || cls === 'forest') return OMT.wood;
    if (cls === 'grass' || cls === 'farmland' || cls === 'meadow') return OMT.grass;
    if (cls === 'residential' || cls === 'suburb' || cls === 'neighbourhood') return OMT.residential;
    if (cls === 'commercial' || cls === 'retail') return OMT.commercial;
    if (cls === 'industrial' || cls === 'railway') return OMT.industrial;
    if (cls === 'park' || cls === 'cemetery' || cls === 'pitch' || cls === 'playground') return OMT.park;
    return OMT.residential;
  }

  function omtPaintRules() {
    return [
      { dataLayer: 'landcover', symbolizer: new P.PolygonSymbolizer({ fill: landFill }) },
      { dataLayer: 'landuse', symbolizer: new P.PolygonSymbolizer({ fill: landFill }) },
      { dataLayer: 'park', symbolizer: new P.PolygonSymbolizer({ fill: OMT.park }) },
      { dataLayer: 'water', symbolizer: new P.PolygonSymbolizer({ fill: OMT.water }) },
      {
        dataLayer: 'waterway',
        symbolizer: new P.LineSymbolizer({ color: OMT.water, width: widths([[10, 1], [16, 4], [19, 10]]) }),
      },
      {
        dataLayer: 'building', minzoom: 13,
        symbolizer: new P.PolygonSymbolizer({
          fill: OMT.building, stroke: OMT.buildingLine,
          width: widths([[14, 0], [16, 0.6], [19, 1.2]]),
        }),
      },
    ].concat(roadRules());
  }

  function omtLabelRules() {
    var halo = { fill: OMT.label, stroke: OMT.halo };
    return [
      {
        dataLayer: 'place',
        symbolizer: new P.CenteredTextSymbolizer({
          labelProps: NAME_PROPS, fill: OMT.label, stroke: OMT.halo, width: 3,
          font: function (z, f) {
            var cls = prop(f, 'class');
            var big = cls === 'city' || cls === 'town';
            return (big ? '700 ' : '600 ') + (big ? 16 : z >= 15 ? 14 : 12) + 'px ' + FONT;
          },
          textTransform: function (z, f) {
            var cls = prop(f, 'class');
            return cls === 'city' || cls === 'town' || cls === 'village' ? '' : 'uppercase';
          },
          letterSpacing: 1,
        }),
      },
      {
        // Street names along the street: readable at 17-19, where cameras are confirmed.
        dataLayer: 'transportation_name', minzoom: 13,
        symbolizer: new P.LineLabelSymbolizer({
          labelProps: NAME_PROPS, fill: halo.fill, stroke: halo.stroke, width: 3,
          font: font('600', [[13, 10], [16, 12], [17, 14], [19, 16]]),
          position: 2, // centred on the line
          repeatDistance: 300,
        }),
      },
      {
        dataLayer: 'water_name',
        symbolizer: new P.CenteredTextSymbolizer({
          labelProps: NAME_PROPS, fill: '#3a6d8c', stroke: OMT.halo, width: 2,
          font: font('400', [[12, 11], [18, 13]], 'italic'),
        }),
      },
      {
        dataLayer: 'park', minzoom: 14,
        symbolizer: new P.CenteredTextSymbolizer({
          labelProps: NAME_PROPS, fill: '#3d6b2c', stroke: OMT.halo, width: 2,
          font: font('400', [[14, 11], [18, 13]], 'italic'),
        }),
      },
      {
        dataLayer: 'housenumber', minzoom: 17,
        symbolizer: new P.CenteredTextSymbolizer({
          labelProps: ['housenumber'], fill: '#5b4f46', stroke: OMT.halo, width: 2,
          font: font('500', [[17, 11], [18, 12], [19, 14]]),
        }),
      },
      {
        dataLayer: 'poi', minzoom: 16,
        symbolizer: new P.CenteredTextSymbolizer({
          labelProps: NAME_PROPS, fill: '#6b4a2b', stroke: OMT.halo, width: 2,
          font: font('400', [[16, 10], [19, 12]]),
        }),
      },
    ];
  }

  // ---- Protomaps basemap: protomaps-leaflet's own rules, with darker street names and house
  // numbers (its pale 12 px street names are hard to read where cameras are confirmed) --------
  function protomapsStreetLabels(rules) {
    var kept = rules.filter(function (r) { return r.dataLayer !== 'roads'; });
    rules.length = 0; // the layer's labeller holds this very array: change it in place
    Array.prototype.push.apply(rules, kept);
    rules.push({
      dataLayer: 'roads', minzoom: 13,
      filter: function (z, f) { return !!prop(f, 'name'); },
      symbolizer: new P.LineLabelSymbolizer({
        labelProps: NAME_PROPS, fill: '#2b2b2b', stroke: '#ffffff', width: 3,
        font: font('600', [[13, 10], [16, 12], [17, 14], [19, 16]]),
        position: 2,
        repeatDistance: 300,
      }),
    });
  }

  function protomapsExtraLabels() {
    return [
      {
        dataLayer: 'buildings', minzoom: 17,
        filter: function (z, f) { return !!prop(f, 'addr_housenumber'); },
        symbolizer: new P.CenteredTextSymbolizer({
          labelProps: ['addr_housenumber'], fill: '#5b4f46', stroke: '#ffffff', width: 2,
          font: font('500', [[17, 11], [18, 12], [19, 14]]),
        }),
      },
    ];
  }

  /* A Leaflet layer for one basemap description from Python:
   * {url, schema, bounds, minZoom, maxNativeZoom, attribution (already escaped)}. */
  function layer(b) {
    var common = {
      url: b.url, // {z}/{x}/{y}: read as ZXY tiles, never as a .pmtiles range request
      maxDataZoom: b.maxNativeZoom, // beyond it the last tiles are drawn larger (overzoom)
      bounds: b.bounds,
      minZoom: b.minZoom,
      maxZoom: 21,
      attribution: b.attribution,
      lang: b.lang || 'en',
    };
    var result;
    if (b.schema === 'protomaps') {
      common.flavor = 'light';
      result = P.leafletLayer(common);
      protomapsStreetLabels(result.labelRules);
      Array.prototype.push.apply(result.labelRules, protomapsExtraLabels());
    } else {
      common.paintRules = omtPaintRules();
      common.labelRules = omtLabelRules();
      common.backgroundColor = OMT.background;
      result = P.leafletLayer(common);
    }
    result.svKind = 'vector';
    return result;
  }

  window.SurveyorVector = { layer: layer, available: !!P };
})();
