<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>WalkActions</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/walk_actions.py" line="174" />
      <source>Remove %n photo(s)</source>
      <translation>
        <numerusform>Remove %n photo</numerusform>
        <numerusform>Remove %n photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/walk_actions.py" line="166" />
      <source>Remove %n photo(s) from this workspace? Their cameras stay. Edit ▸ Undo brings them back while Surveyor is open.</source>
      <translation>
        <numerusform>Remove %n photo from this workspace? Their cameras stay. Edit ▸ Undo brings them back while Surveyor is open.</numerusform>
        <numerusform>Remove %n photos from this workspace? Their cameras stay. Edit ▸ Undo brings them back while Surveyor is open.</numerusform>
      </translation>
    </message>
  </context>
</TS>
