<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr_RS">
  <context>
    <name />
    <message>
      <location filename="../../surveyor/ui/campaign/cluster_plot.py" line="30" />
      <source>Sightings around the camera, north up; rings at 5 m and 25 m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cluster_plot.py" line="62" />
      <source>{m:g} m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cluster_plot.py" line="64" />
      <source>N</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="36" />
      <source>trusted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="37" />
      <source>not trusted yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="38" />
      <source>revoked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="50" />
      <source>Volunteers' keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="56" />
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="64" />
      <source>Pseudonym</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="56" />
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="59" />
      <source>Key id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="56" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="56" />
      <source>Waiting bundles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="62" />
      <source>Paste a public key (RW…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="65" />
      <location filename="../../surveyor/ui/geotag_sync.py" line="72" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="66" />
      <source>Add from file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="67" />
      <source>Trust</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="68" />
      <source>Revoke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="96" />
      <source>Volunteer's public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="96" />
      <source>minisign public keys (*.pub);;All (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="116" />
      <source>(unknown: add this key)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="138" />
      <source>Added {id} ({name}). Trust it to merge its bundles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="155" />
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="175" />
      <source>Choose a key first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="165" />
      <source>{id} is trusted; {merged} of {n} waiting bundles merged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" line="183" />
      <source>{id} is revoked: its bundles will be refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" line="28" />
      <source>Campaign folder (new or existing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" line="62" />
      <source>photo unavailable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" line="64" />
      <source>{who} ({role})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" line="66" />
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="213" />
      <source>this camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" line="66" />
      <source>the other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" line="29" />
      <source>Far match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" line="30" />
      <source>Duplicate?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" line="54" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" line="54" />
      <source>Distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" line="54" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" line="70" />
      <source>{m:.1f} m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="43" />
      <source>Device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="44" />
      <source>Watches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="45" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="46" />
      <source>Mount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="47" />
      <source>Zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="48" />
      <source>Make</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="49" />
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="50" />
      <source>Operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="51" />
      <source>Direction (°)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="52" />
      <source>Height (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="58" />
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="31" />
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="88" />
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="59" />
      <source>Volunteer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="93" />
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="232" />
      <source>Accept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="95" />
      <source>Keep it as it is: the match stands, or the two stay apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="97" />
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="245" />
      <source>Merge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="98" />
      <source>These are one camera: fold this camera into the other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="99" />
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="259" />
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="261" />
      <source>Split</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="101" />
      <source>Take the selected sightings out into a camera of their own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="103" />
      <source>Accept all far matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="105" />
      <source>Confirm every sighting joined at 5–25 m with matching attributes, in one step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="107" />
      <location filename="../../surveyor/ui/campaign/window.py" line="60" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="108" />
      <location filename="../../surveyor/ui/campaign/window.py" line="61" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="113" />
      <source>value (empty: none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="114" />
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="268" />
      <source>Set value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="126" />
      <source>Decide:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="198" />
      <source>Nothing to review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="201" />
      <source>Nothing to review yet. Add your volunteers' keys (Keys…), then take in their bundles (Merge bundles…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="206" />
      <source>{kind} — {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="213" />
      <source>the other camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" line="238" />
      <source>Accept {n} far matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="33" />
      <source>volunteers disagree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="38" />
      <source>unanimous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="39" />
      <source>majority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="40" />
      <source>disagree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="41" />
      <source>one volunteer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="51" />
      <source>Cameras by make</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="52" />
      <source>Cameras by type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="53" />
      <source>Cameras by mount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="54" />
      <source>Cameras by zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="55" />
      <source>Agreement between volunteers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="59" />
      <source>Bundles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="59" />
      <source>Sightings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="59" />
      <source>Cameras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="60" />
      <source>Agrees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="69" />
      <source>By volunteer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" line="76" />
      <source>{cameras} cameras from {sightings} sightings by {volunteers} volunteers; {reviews} review items open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="43" />
      <source>Surveyor campaign — {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="47" />
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="48" />
      <source>Statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="54" />
      <source>Campaign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="55" />
      <source>Merge bundles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="56" />
      <source>Keys…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="57" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="84" />
      <source>Bundles to merge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="84" />
      <source>Surveyor bundles (*.zip *.zip.age)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="89" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="89" />
      <source>Format:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="92" />
      <source>Export cameras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="105" />
      <source>Merging {n} bundles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="128" />
      <source>Merge failed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="144" />
      <source>Export failed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" line="146" />
      <source>{n} cameras written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="77" />
      <location filename="../../surveyor/ui/geotag_dialog.py" line="103" />
      <location filename="../../surveyor/ui/geotag_dialog.py" line="375" />
      <source>Place photos from GPX track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="98" />
      <source>Add GPX tracks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="98" />
      <source>GPX tracks (*.gpx);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="110" />
      <source>Add GPX…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="111" />
      <source>Remove track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="112" />
      <source>Tracks of this walk (stay on this computer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="123" />
      <source>Added to the camera's time: a camera 2 min slow is +00:02:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="128" />
      <source> s/day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="130" />
      <source>this computer's zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="131" />
      <source>For photos that do not record their time zone, e.g. +02:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="135" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="136" />
      <source>Also move photos I placed by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="137" />
      <source>Also replace the photos' own GPS positions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="141" />
      <source>Camera clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="143" />
      <source>Offset (±hh:mm:ss)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="144" />
      <source>Drift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="145" />
      <source>Camera time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="146" />
      <source>Longest gap to bridge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="159" />
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="161" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="169" />
      <source>Walk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="227" />
      <source>{name}: {day} {start}–{end} UTC, {points} points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="257" />
      <source>Import photos into a walk first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="267" />
      <source>Some files could not be used:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="318" />
      <source>Correct the settings to see where photos land.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="322" />
      <source>Add a GPX track of this walk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="324" />
      <source>{placed} will be placed, {unplaced} cannot be placed, {kept} kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" line="333" />
      <source>{n} photo(s) record no time zone: this computer's is assumed (set the camera time zone if it differs).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="35" />
      <source>Placed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="36" />
      <source>Kept: placed by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="37" />
      <source>Kept: its own GPS position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="38" />
      <source>Before the track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="39" />
      <source>After the track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="40" />
      <source>In a gap of the track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="41" />
      <source>No capture time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="42" />
      <source>Unreadable capture time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="43" />
      <source>No track yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="76" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="76" />
      <source>True time (UTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="76" />
      <source>Where it lands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" line="102" />
      <source> · walking {degrees:.0f}°</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="49" />
      <source>Drop one photo where it was taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="61" />
      <source>Place a photo from the map's "no position" tray with a click, or choose a photo and the point here. One photo gives the offset; two or more, the drift.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="71" />
      <source>latitude, longitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="73" />
      <source>Compute offset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="119" />
      <source>chosen here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="123" />
      <source>placed on the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="150" />
      <source>{name} ({how}): {distance:.0f} m from the track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="180" />
      <source>Type the point as: latitude, longitude (e.g. 44.81234, 20.46120)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="183" />
      <source>Choose a photo and a point on the globe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="196" />
      <source>Offset {offset} from {n} photo(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="200" />
      <source>Drift {drift:+.1f} s/day; largest mismatch {worst:.0f} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" line="205" />
      <source>Far from the track (another walk?): {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="103" />
      <source>No position yet: select, then click on the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="106" />
      <source>Load known cameras…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="107" />
      <location filename="../../surveyor/ui/map/panel.py" line="493" />
      <source>Confirm position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="108" />
      <source>Basemaps…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="128" />
      <source>Load known cameras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="130" />
      <source>Camera files (*.geojson *.json *.osm *.xml);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="135" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="284" />
      <source>Move camera #{id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="291" />
      <source>Place photo on the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="294" />
      <source>Place camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="304" />
      <source>This camera has no position yet: place it on the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="307" />
      <source>Confirm position of camera #{id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="336" />
      <source>The map could not be shown; see the log for details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="414" />
      <source>Online map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="421" />
      <source>No basemap: add an .mbtiles file with the “Basemaps…” button above the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="429" />
      <source>Photo: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="434" />
      <source>Camera #{id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="442" />
      <source>Camera #{a} is {d} m from camera #{b}: the same camera? Link the photos to one of them instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="446" />
      <source>Camera #{a} is {d} m from the photos that show it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="455" />
      <source>Warnings: {n} (duplicates within {dup:.0f} m, cameras over {far:.0f} m away)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="458" />
      <source>No warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="482" />
      <source>Position not confirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="483" />
      <source>Position confirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="484" />
      <source>Needs review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="487" />
      <source>Another camera is within 15 m: the same camera?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="488" />
      <source>More than 200 m from the photos that show it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="491" />
      <source>Camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" line="494" />
      <source>Already mapped camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="44" />
      <source>Basemaps and map settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="47" />
      <source>Add .mbtiles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="48" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="49" />
      <source>Up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="50" />
      <source>Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="55" />
      <source>Use an online map and keep viewed tiles for offline use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="64" />
      <source>Suggested camera distance from the photographer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="66" />
      <source>Tile URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="69" />
      <source>Only tiles you look at are downloaded; nothing is fetched in bulk. Check the tile server's usage policy first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="80" />
      <source>Basemaps (MBTiles files, shared by all workspaces)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="97" />
      <source>Add basemap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="97" />
      <source>MBTiles basemaps (*.mbtiles);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="102" />
      <source>Basemaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="128" />
      <source>{name} — zoom {lo}–{hi} — {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" line="132" />
      <source>Unreadable: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../surveyor/ui/app.py" line="73" />
      <source>Surveyor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/app.py" line="74" />
      <source>Could not open the workspace {folder}:
{reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CameraPanel</name>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="125" />
      <source>Camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="126" />
      <source>Make</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="127" />
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="129" />
      <source>Device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="130" />
      <source>Watches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="131" />
      <source>Camera type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="132" />
      <source>Mount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="133" />
      <source>Zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="137" />
      <source>Direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="138" />
      <source>Height</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="139" />
      <source>Operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="140" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="163" />
      <source>No photo selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="164" />
      <source>Choose a photo in the grid; arrow keys move between photos.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" line="207" />
      <source>Camera {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" line="21" />
      <source>This photo has no position: place it on the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" line="27" />
      <source>Marked: no camera in this photo (X undoes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" line="33" />
      <source>Marked: needs review (Q undoes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" line="37" />
      <source>Cameras in this photo: {n}. Keys set the camera below:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" line="44" />
      <source>No camera recorded yet. N: new camera · K: link to one already recorded · X: no camera in this photo · Enter: next photo to do.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" line="51" />
      <source>{n} photos selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" line="54" />
      <source>Edits apply to all {n} cameras they show.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" line="61" />
      <source>N records one camera seen in all of them; X marks them all “no camera”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportBundleDialog</name>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="157" />
      <source>Export bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="161" />
      <source>All cameras not yet exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="163" />
      <source>Walk: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="164" />
      <source>Round observation dates to the day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="167" />
      <source>Where to save the bundle (.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="168" />
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="171" />
      <source>age1… (optional: encrypt for the coordinator)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="174" />
      <source>Key passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="177" />
      <source>Identity…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="196" />
      <source>Cameras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="198" />
      <source>Save as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="199" />
      <source>Encrypt to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="200" />
      <source>Signed as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="204" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="209" />
      <source>&lt;b&gt;What leaves this machine&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="214" />
      <source>Sample (first camera):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="229" />
      <source>Save bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="229" />
      <source>Bundle (*.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="254" />
      <source>No signing key yet: one is made for you when you export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="257" />
      <source>(no pseudonym)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="259" />
      <source>{name} · key {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="282" />
      <source>{cameras} cameras at their own positions, {photos} photos rebuilt from their pixels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="288" />
      <source>{n} cameras without a position are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="292" />
      <source>Fields: {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="294" />
      <source>Observation dates: rounded to the day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="296" />
      <source>Observation dates: exact photo times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="300" />
      <source>Never included: where you stood, your tracks, file names and folders, walk names, and photo metadata (camera make and serials, GPS, maker notes, XMP, IPTC, colour profiles, comments, embedded thumbnails).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="344" />
      <source>Preparing photos…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="356" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="362" />
      <source>{done} of {total} photos scrubbed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="380" />
      <source>Saved {path}: {cameras} cameras, {photos} photos, signed with key {key}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="385" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="392" />
      <source>Export failed, nothing was saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="398" />
      <source>Export cancelled; nothing was saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" line="26" />
      <source>Search notes and makes…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IdentityDialog</name>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="39" />
      <location filename="../../surveyor/ui/identity_dialog.py" line="150" />
      <location filename="../../surveyor/ui/identity_dialog.py" line="169" />
      <location filename="../../surveyor/ui/identity_dialog.py" line="175" />
      <source>Identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="43" />
      <source>Bundles you export are signed with this key so a coordinator can tell they are yours and unaltered. Only the pseudonym and the public key travel with them; choose a pseudonym that does not give away who you are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="52" />
      <source>e.g. kestrel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="55" />
      <source>optional; asked for at every export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="64" />
      <source>Create key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="66" />
      <source>Save pseudonym</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="68" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="70" />
      <source>Export public key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="77" />
      <source>Pseudonym</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="78" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="79" />
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="82" />
      <source>Public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="84" />
      <source>Key id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="103" />
      <location filename="../../surveyor/ui/identity_dialog.py" line="191" />
      <source>Export public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="103" />
      <source>minisign key (*.pub)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="141" />
      <source>Protected by a passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="144" />
      <source>No signing key yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="150" />
      <source>The passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="155" />
      <source>Making your key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="178" />
      <source>Pseudonym saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="182" />
      <source>Public key copied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" line="193" />
      <source>Public key written to {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" line="55" />
      <source>Import photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" line="57" />
      <source>Photos ({patterns});;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" line="63" />
      <source>Import a folder of photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" line="90" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" line="90" />
      <source>An import is already running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" line="152" />
      <source>Import stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" line="153" />
      <source>The import stopped: {reason}
Photos imported before this are kept.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportProgressDialog</name>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="21" />
      <source>{s} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="24" />
      <source>{m} min {s:02d} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="28" />
      <source>{h} h {m:02d} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="38" />
      <source>Importing photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="42" />
      <source>Looking for photos…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="59" />
      <source>{done} of {total} files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="63" />
      <source>About {time} left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="65" />
      <source>Finishing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" line="78" />
      <source>Cancelling: finishing the files in progress…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" line="43" />
      <source>Import finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" line="50" />
      <source>Import cancelled: the files done so far are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" line="51" />
      <source>Imported: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" line="52" />
      <source>Already in the workspace: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" line="53" />
      <source>Without position (place them on the map): {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" line="56" />
      <source>Failed: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" line="66" />
      <source>Copy the list of failed files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" line="73" />
      <source>These files were not imported:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkCameraDialog</name>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" line="40" />
      <source>{distance:.0f} m away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" line="46" />
      <source>Camera #{id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" line="55" />
      <source>Link to an existing camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" line="66" />
      <source>Cameras within 30 m, listed first: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" line="68" />
      <source>No camera has been recorded yet: use “New camera” instead.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="67" />
      <source>&amp;Import photos…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="71" />
      <source>Import a &amp;folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="74" />
      <source>Open &amp;workspace…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="77" />
      <source>Open the &amp;demo workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="80" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="82" />
      <source>New camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="84" />
      <source>Link to a camera…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="86" />
      <source>No camera here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="87" />
      <source>Needs review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="89" />
      <source>Delete this camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="93" />
      <source>Accept and go to the next photo to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="98" />
      <source>Zoom in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="103" />
      <source>Zoom out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" line="106" />
      <source>Fit photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="100" />
      <source>Open a workspace folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="120" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="121" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="195" />
      <source>Importing: {done} of {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="231" />
      <source>Surveyor — {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="238" />
      <source>{photos} photos · {cameras} cameras · {todo} to do · {shown} shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="405" />
      <source>Nothing left to do in this view.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="476" />
      <location filename="../../surveyor/ui/main_window.py" line="482" />
      <source>Open workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="476" />
      <source>Wait for the import to end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="483" />
      <source>Could not open {folder}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="505" />
      <source>Building the demo workspace…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="519" />
      <source>Demo workspace opened: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" line="525" />
      <source>Demo workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="34" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="40" />
      <source>Place photos from GPX track…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="50" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="53" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="57" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="64" />
      <source>&amp;Search notes and makes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="69" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="71" />
      <source>&amp;Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="74" />
      <source>&amp;Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="82" />
      <source>&amp;Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="88" />
      <source>Watches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="89" />
      <source>Camera type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="90" />
      <source>Mount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="99" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="101" />
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="108" />
      <source>Arrow keys: move between photos · Shift+arrows: select several</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" line="122" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MakeCombo</name>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" line="25" />
      <source>— not set —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" line="37" />
      <source>Type a make…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MapSlot</name>
    <message>
      <location filename="../../surveyor/ui/map_slot.py" line="47" />
      <source>The map opens here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/map_slot.py" line="63" />
      <source>The map is not available: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhotoFilter</name>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" line="30" />
      <source>All photos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" line="31" />
      <source>To do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" line="32" />
      <source>Has cameras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" line="33" />
      <source>No camera here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" line="34" />
      <source>No position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" line="35" />
      <source>Needs review</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhotoGrid</name>
    <message>
      <location filename="../../surveyor/ui/photo_grid.py" line="30" />
      <source>Photos</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreviewView</name>
    <message>
      <location filename="../../surveyor/ui/preview.py" line="40" />
      <source>Photo preview</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Recorder</name>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="43" />
      <source>Select the photo that shows the camera first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="47" />
      <source>New camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="57" />
      <source>Could not record the camera: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="60" />
      <source>Camera recorded; set its attributes with the keys shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="66" />
      <source>Link to camera #{id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="74" />
      <source>Could not link: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="76" />
      <source>Photos linked to the camera: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="83" />
      <source>“{name}” already shows a camera: delete or unlink it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="88" />
      <source>No camera in this photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="91" />
      <source>Needs review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="102" />
      <source>No camera here yet: press N to record one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="105" />
      <source>Set {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="109" />
      <source>Not saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" line="114" />
      <source>Delete camera</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VocabularyCombo</name>
    <message>
      <location filename="../../surveyor/ui/vocab_combo.py" line="35" />
      <source>— not set —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WalkListModel</name>
    <message>
      <location filename="../../surveyor/ui/walk_model.py" line="30" />
      <source>All walks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_model.py" line="56" />
      <source>{photos} photos · {cameras} cameras · {todo} to do</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WalkSidebar</name>
    <message>
      <location filename="../../surveyor/ui/walk_sidebar.py" line="23" />
      <source>Walks</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../surveyor/ui/welcome.py" line="18" />
      <source>Welcome to Surveyor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" line="22" />
      <source>This workspace has no photos yet. Import the photos of a walk, or open a demo workspace with a few cameras already recorded to see how it works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" line="28" />
      <source>Import photos…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" line="30" />
      <source>Open the demo workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" line="35" />
      <source>You can also drop photos or folders onto this window.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="418" />
      <source>&amp;Export bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="420" />
      <source>&amp;Identity…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" line="434" />
      <source>&amp;Settings</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <source>Unknown make</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What kind of device is it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number-plate reader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gunshot detector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What does it watch?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private outdoor area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indoors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What shape is the camera?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fixed (bullet or box)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panning (rotates)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panorama</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Doorbell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What is it mounted on?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ceiling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Street lamp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Traffic signals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Building</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gantry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash machine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What area does it cover?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Town (streets, squares)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Traffic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entrance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>