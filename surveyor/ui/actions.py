"""Every command of the workbench as a QAction, with its shortcut, in one place.

``build_actions`` makes them all; ``menus.build_menus`` lays them out in the menu bar and the
window connects each to what it does. Single-key shortcuts come from the ``key`` fields of the
vocabulary file; text fields keep their keys (Qt lets a focused line edit take printable keys
before shortcuts fire).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from surveyor.core.vocabulary import Vocabulary
from surveyor.ui.pictograms import pictogram
from surveyor.ui.vocab_combo import vocab_label

KEY_FIELDS = ("surveillance", "camera_type", "camera_mount")


@dataclass
class ValueAction:
    """A single-key action that sets ``field`` to ``value`` on the cameras in view."""

    field: str
    value: str
    action: QAction


@dataclass
class WorkbenchActions:
    # File
    import_files: QAction
    import_folder: QAction
    geotag: QAction
    open_workspace: QAction
    open_demo: QAction
    export_bundle: QAction
    known_cameras: QAction
    map_image: QAction
    join_campaign: QAction
    open_campaign: QAction
    open_receipt: QAction
    # the workspace's safety (wired by ``workspace_security.py``)
    new_workspace: QAction
    encrypt_workspace: QAction
    lock_now: QAction
    lock_after: QAction
    destroy_workspace: QAction
    quit: QAction
    # Edit
    undo: QAction
    redo: QAction
    find: QAction
    # View
    show_photo: QAction
    show_map: QAction
    # Record
    new_camera: QAction
    link_camera: QAction
    no_camera: QAction
    needs_review: QAction
    delete_camera: QAction
    accept_next: QAction
    facing_hint: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_fit: QAction
    # Settings
    identity: QAction
    basemaps: QAction
    language: QAction
    # Help
    shortcuts: QAction
    user_guide: QAction
    check_install: QAction
    about: QAction
    values: list[ValueAction] = field(default_factory=list)

    def recording(self) -> list[QAction]:
        return [self.new_camera, self.link_camera, self.no_camera, self.needs_review]


def _action(
    parent: QObject,
    text: str,
    shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _undo_actions(parent: QObject, stack: QUndoStack) -> tuple[QAction, QAction]:
    undo = stack.createUndoAction(parent, _tr("&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent, _tr("&Redo"))
    # Linux's standard Redo is Ctrl+Shift+Z only; Ctrl+Y is what most volunteers know.
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    if QKeySequence("Ctrl+Y") not in redo_keys:
        redo_keys.append(QKeySequence("Ctrl+Y"))
    redo.setShortcuts(redo_keys)
    return undo, redo


def build_actions(
    parent: QObject, vocabulary: Vocabulary, undo_stack: QUndoStack
) -> WorkbenchActions:
    undo, redo = _undo_actions(parent, undo_stack)
    actions = WorkbenchActions(
        geotag=_action(parent, _tr("Place photos from GPX track…")),
        export_bundle=_action(parent, _tr("&Export bundle…"), "Ctrl+E"),
        known_cameras=_action(parent, _tr("Load &known cameras…")),
        map_image=_action(parent, _tr("Save &map image…")),
        join_campaign=_action(parent, _tr("&Join a campaign…")),
        open_campaign=_action(parent, _tr("New or open &campaign (coordinators)…")),
        open_receipt=_action(parent, _tr("Open &receipt from coordinator…")),
        undo=undo,
        redo=redo,
        find=_action(parent, _tr("&Search notes and makes"), QKeySequence.StandardKey.Find),
        show_photo=_action(parent, _tr("&Photo"), "Ctrl+1"),
        show_map=_action(parent, _tr("&Map"), "Ctrl+2"),
        identity=_action(parent, _tr("&Identity…")),
        basemaps=_action(parent, _tr("&Basemaps…")),
        language=_action(parent, _tr("&Language…")),
        shortcuts=_action(
            parent, _tr("&Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents
        ),
        user_guide=_action(parent, _tr("User &guide")),
        check_install=_action(parent, _tr("&Check installation")),
        about=_action(parent, _tr("&About Surveyor")),
        import_files=_action(
            parent,
            QCoreApplication.translate("MainWindow", "&Import photos…"),
            QKeySequence.StandardKey.Open,
        ),
        import_folder=_action(
            parent, QCoreApplication.translate("MainWindow", "Import a &folder…"), "Ctrl+Shift+O"
        ),
        open_workspace=_action(
            parent, QCoreApplication.translate("MainWindow", "Open &workspace…")
        ),
        open_demo=_action(
            parent, QCoreApplication.translate("MainWindow", "Open the &demo workspace")
        ),
        new_workspace=_action(parent, _tr("&New workspace…")),
        encrypt_workspace=_action(parent, _tr("&Encrypt this workspace…")),
        lock_now=_action(parent, _tr("&Lock now"), "Ctrl+L"),
        lock_after=_action(parent, _tr("Lock after idle &time…")),
        destroy_workspace=_action(parent, _tr("&Destroy this workspace…")),
        quit=_action(
            parent, QCoreApplication.translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit
        ),
        new_camera=_action(parent, QCoreApplication.translate("MainWindow", "New camera"), "N"),
        link_camera=_action(
            parent, QCoreApplication.translate("MainWindow", "Link to a camera…"), "K"
        ),
        no_camera=_action(parent, QCoreApplication.translate("MainWindow", "No camera here"), "X"),
        needs_review=_action(parent, QCoreApplication.translate("MainWindow", "Needs review"), "Q"),
        delete_camera=_action(
            parent, QCoreApplication.translate("MainWindow", "Delete this camera"), "Shift+Del"
        ),
        accept_next=_action(
            parent,
            QCoreApplication.translate("MainWindow", "Accept and go to the next photo to do"),
            "Return",
        ),
        # The photo's compass bearing turned around, offered as the camera's direction: set
        # only when the volunteer presses the key (the phone measured where *they* looked).
        facing_hint=_action(parent, QCoreApplication.translate("MainWindow", "Facing you"), "A"),
        zoom_in=_action(
            parent,
            QCoreApplication.translate("MainWindow", "Zoom in"),
            QKeySequence.StandardKey.ZoomIn,
        ),
        zoom_out=_action(
            parent,
            QCoreApplication.translate("MainWindow", "Zoom out"),
            QKeySequence.StandardKey.ZoomOut,
        ),
        zoom_fit=_action(parent, QCoreApplication.translate("MainWindow", "Fit photo"), "Ctrl+0"),
    )
    actions.accept_next.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    for name in KEY_FIELDS:
        for choice in vocabulary.field(name).choices:
            if not choice.key:
                continue
            action = _action(parent, vocab_label(choice.label), choice.key)
            action.setIcon(pictogram(choice.pictogram))
            action.setObjectName(f"set_{name}_{choice.value}")
            actions.values.append(ValueAction(name, choice.value, action))
    return actions
