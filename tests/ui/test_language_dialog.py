"""Settings ▸ Language… saves the choice, says it applies after a restart."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from surveyor.core.workspace import Workspace
from surveyor.ui.language_dialog import LanguageDialog
from surveyor.ui.main_window import MainWindow
from surveyor.ui.settings import Settings
from tests.ui.test_window import FakeMap


def test_the_language_is_chosen_in_settings_and_used_after_restart(
    qtbot, workspace: Workspace, settings: Settings, monkeypatch
) -> None:
    window = MainWindow(workspace, settings, map_factory=FakeMap)
    qtbot.addWidget(window)
    action = window.action_set.language
    assert action in window.menus["settings"].actions()

    shown: list[LanguageDialog] = []

    def choose_latin(dialog: LanguageDialog) -> int:
        shown.append(dialog)
        assert dialog.choice.currentData() == ""  # nothing chosen yet: the system's language
        names = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
        assert names[1:] == ["English", "Srpski (latinica)", "Српски (ћирилица)"]
        assert "next time it starts" in dialog.note.text()
        dialog.choice.setCurrentIndex(dialog.choice.findData("sr_Latn"))
        dialog.accept()
        return 1

    monkeypatch.setattr(LanguageDialog, "exec", choose_latin)
    action.trigger()
    assert shown
    assert "restart Surveyor" in window.statusBar().currentMessage()
    # Saved in the settings file: the next start reads it.
    reread = Settings(QSettings(settings.path.as_posix(), QSettings.Format.IniFormat))
    assert reread.language == "sr_Latn"
