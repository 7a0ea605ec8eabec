/* Creates the volunteer's map on the page's #map element and hands it to SurveyorMap.
 * (folium used to write this as an inline script; a file lets the page forbid inline code.)
 * Everything else arrives from Python through the web channel (see surveyor_map.js).
 */
(function () {
  'use strict';
  var map = L.map('map', {
    center: [20.0, 0.0],
    zoom: 3,
    crs: L.CRS.EPSG3857,
    zoomControl: true,
    preferCanvas: false,
    worldCopyJump: false,
  });
  SurveyorCommon.addScale(map);
  SurveyorMap.init(map);
})();
