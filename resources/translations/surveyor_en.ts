<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>CameraPanel</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>%n photo(s) selected</source>
      <translation>
        <numerusform>%n photo selected</numerusform>
        <numerusform>%n photos selected</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CamerasView</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n volunteer</numerusform>
        <numerusform>%n volunteers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CampaignExport</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>%n review item(s) still open:</source>
      <translation>
        <numerusform>%n review item still open:</numerusform>
        <numerusform>%n review items still open:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CampaignWindow</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>%n camera(s) written to {name}</source>
      <translation>
        <numerusform>%n camera written to {name}</numerusform>
        <numerusform>%n cameras written to {name}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>%n receipt(s) written.</source>
      <translation>
        <numerusform>%n receipt written.</numerusform>
        <numerusform>%n receipts written.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportWords</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/export_words.py" />
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n photo</numerusform>
        <numerusform>%n photos</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GeotagDialog</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>%n photo(s) record no time zone: this computer's is assumed (set the camera time zone if it differs).</source>
      <translation>
        <numerusform>%n photo record no time zone: this computer's is assumed (set the camera time zone if it differs).</numerusform>
        <numerusform>%n photos record no time zone: this computer's is assumed (set the camera time zone if it differs).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Offset {offset} from %n photo(s).</source>
      <translation>
        <numerusform>Offset {offset} from %n photo.</numerusform>
        <numerusform>Offset {offset} from %n photos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>{name}: {start}–{end} UTC, %n point(s)</source>
      <translation>
        <numerusform>{name}: {start}–{end} UTC, %n point</numerusform>
        <numerusform>{name}: {start}–{end} UTC, %n points</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n volunteer</numerusform>
        <numerusform>%n volunteers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewMap</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>seen by %n volunteer(s)</source>
      <translation>
        <numerusform>seen by %n volunteer</numerusform>
        <numerusform>seen by %n volunteers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatsView</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n camera(s)</source>
      <translation>
        <numerusform>%n camera</numerusform>
        <numerusform>%n cameras</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n review item(s) open</source>
      <translation>
        <numerusform>%n review item open</numerusform>
        <numerusform>%n review items open</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n sighting(s)</source>
      <translation>
        <numerusform>%n sighting</numerusform>
        <numerusform>%n sightings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n volunteer</numerusform>
        <numerusform>%n volunteers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WalkActions</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove %n photo(s)</source>
      <translation>
        <numerusform>Remove %n photo</numerusform>
        <numerusform>Remove %n photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove %n photo(s) from this workspace? Their cameras stay. Edit ▸ Undo brings them back while Surveyor is open.</source>
      <translation>
        <numerusform>Remove %n photo from this workspace? Their cameras stay. Edit ▸ Undo brings them back while Surveyor is open.</numerusform>
        <numerusform>Remove %n photos from this workspace? Their cameras stay. Edit ▸ Undo brings them back while Surveyor is open.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n already merged</source>
      <translation>
        <numerusform>%n already merged</numerusform>
        <numerusform>%n already merged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n camera(s) to review</source>
      <translation>
        <numerusform>%n camera to review</numerusform>
        <numerusform>%n cameras to review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n confirmed camera(s)</source>
      <translation>
        <numerusform>%n confirmed camera</numerusform>
        <numerusform>%n confirmed cameras</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n merged</source>
      <translation>
        <numerusform>%n merged</numerusform>
        <numerusform>%n merged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n new camera(s)</source>
      <translation>
        <numerusform>%n new camera</numerusform>
        <numerusform>%n new cameras</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n record(s) left out</source>
      <translation>
        <numerusform>%n record left out</numerusform>
        <numerusform>%n records left out</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n refused</source>
      <translation>
        <numerusform>%n refused</numerusform>
        <numerusform>%n refused</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n waiting for a key</source>
      <translation>
        <numerusform>%n waiting for a key</numerusform>
        <numerusform>%n waiting for a key</numerusform>
      </translation>
    </message>
  </context>
</TS>
