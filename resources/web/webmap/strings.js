// Surveyor, GPL-3.0-or-later.
// The published map's words: English and Serbian in Latin script, written by hand; Serbian in
// Cyrillic made from the Latin by transliteration (the two scripts map letter for letter, with
// Lj, Nj and Dž as one letter each). Read by site.js.
(function () {
  "use strict";

  var EN = {
    title: "Surveillance cameras", filters: "Filters", language: "Language", make: "Make",
    type: "Type", shown: "{n} of {total} cameras shown", downloads: "Download the data",
    geojson: "GeoJSON", csv: "CSV (spreadsheet)", model: "Model", mount: "Mount",
    zone: "Zone", operator: "Operator", confirmed: "Confirmed by",
    volunteers: ["{n} volunteer", "{n} volunteers", "{n} volunteers"],
    first_seen: "First seen", last_seen: "Last seen", direction: "Looks towards",
    photo_alt: "Photo of the camera (faces and number plates blurred)",
    published: "Published {date}", online: "Street map from the internet",
    unknown_make: "Make unknown", camera: "camera", no_cameras: "No camera matches the filters.",
    hide: "Hide filters", show: "Show filters", close: "Close",
    makes: { huawei: "Huawei", hikvision: "Hikvision", dahua: "Dahua", other: "Other make",
      unknown: "Make unknown" },
    types: { fixed: "Fixed", dome: "Dome", panning: "Panning", other: "Other type",
      unknown: "Type unknown" },
    values: {}
  };
  var SR = {
    title: "Nadzorne kamere", filters: "Filteri", language: "Jezik", make: "Proizvođač",
    type: "Vrsta", shown: "Prikazano {n} od {total} kamera", downloads: "Preuzmite podatke",
    geojson: "GeoJSON", csv: "CSV (tabela)", model: "Model", mount: "Postavljena na",
    zone: "Zona", operator: "Vlasnik", confirmed: "Potvrdilo",
    volunteers: ["{n} volonter", "{n} volontera", "{n} volontera"],
    first_seen: "Prvi put viđena", last_seen: "Poslednji put viđena", direction: "Gleda ka",
    photo_alt: "Fotografija kamere (lica i registarske tablice zamućeni)",
    published: "Objavljeno {date}", online: "Mapa ulica sa interneta",
    unknown_make: "Proizvođač nepoznat", camera: "kamera",
    no_cameras: "Nijedna kamera ne odgovara filterima.",
    hide: "Sakrij filtere", show: "Prikaži filtere", close: "Zatvori",
    makes: { huawei: "Huawei", hikvision: "Hikvision", dahua: "Dahua", other: "Drugi proizvođač",
      unknown: "Proizvođač nepoznat" },
    types: { fixed: "Fiksna", dome: "Kupola", panning: "Okretna", other: "Druga vrsta",
      unknown: "Vrsta nepoznata" },
    values: { pole: "stub", wall: "zid", ceiling: "plafon", street_lamp: "ulična svetiljka",
      traffic_signals: "semafor", building: "zgrada", gantry: "portal", tree: "drvo",
      town: "grad", traffic: "saobraćaj", parking: "parking", entrance: "ulaz",
      shop: "prodavnica", bank: "banka", camera: "kamera", ALPR: "čitač tablica",
      fixed: "fiksna", dome: "kupola", panning: "okretna" }
  };
  var LANGUAGES = [["en", "English"], ["sr-Latn", "Srpski (latinica)"], ["sr-Cyrl", "Српски (ћирилица)"]];

  // Latin to Cyrillic, digraphs first (Lj, Nj, Dž). Brand names keep their Latin spelling.
  var DIGRAPHS = { "Lj": "Љ", "LJ": "Љ", "lj": "љ", "Nj": "Њ", "NJ": "Њ", "nj": "њ",
    "Dž": "Џ", "DŽ": "Џ", "dž": "џ" };
  var LETTERS = "A:А B:Б V:В G:Г D:Д Đ:Ђ E:Е Ž:Ж Z:З I:И J:Ј K:К L:Л M:М N:Н O:О P:П R:Р S:С " +
    "T:Т Ć:Ћ U:У F:Ф H:Х C:Ц Č:Ч Š:Ш";
  var SINGLE = {};
  LETTERS.split(" ").forEach(function (pair) {
    var p = pair.split(":");
    SINGLE[p[0]] = p[1];
    SINGLE[p[0].toLowerCase()] = p[1].toLowerCase();
  });
  var KEEP_LATIN = /^(Huawei|Hikvision|Dahua|GeoJSON|CSV)$/;
  function cyrillic(text) {
    return text.split(/(\{\w+\}|[A-Za-zĐđŽžČčĆćŠš]+)/).map(function (part) {
      if (/^\{\w+\}$/.test(part) || KEEP_LATIN.test(part)) return part;
      var out = "";
      for (var i = 0; i < part.length; i++) {
        var two = part.substr(i, 2);
        if (DIGRAPHS[two]) { out += DIGRAPHS[two]; i++; } else { out += SINGLE[part[i]] || part[i]; }
      }
      return out;
    }).join("");
  }
  function transliterated(table) {
    if (typeof table === "string") return cyrillic(table);
    if (Array.isArray(table)) return table.map(transliterated);
    var out = {};
    Object.keys(table).forEach(function (k) { out[k] = transliterated(table[k]); });
    return out;
  }
  window.SurveyorWebmapStrings = {
    en: EN, srLatn: SR, languages: LANGUAGES, cyrillic: cyrillic, transliterated: transliterated
  };
})();
