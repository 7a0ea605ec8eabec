"""The interface speaks the system's language, or the one chosen in Settings, from the built .qm."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from surveyor.ui.language import LANGUAGES, chosen_locale, system_locale


def test_serbian_latin_script_follows_the_posix_modifier() -> None:
    locale = system_locale({"LANG": "sr_RS.UTF-8@latin"})
    assert locale.language() == QLocale.Language.Serbian
    assert locale.script() == QLocale.Script.LatinScript
    assert locale.name() == "sr_RS"


def test_a_choice_in_settings_wins_over_the_system() -> None:
    assert (
        chosen_locale("sr_Cyrl", {"LANG": "en_GB.UTF-8"}).script() == QLocale.Script.CyrillicScript
    )
    assert chosen_locale("sr_Latn", {"LANG": "sr_RS.UTF-8"}).script() == QLocale.Script.LatinScript
    assert chosen_locale("en", {"LANG": "sr_RS.UTF-8"}).language() == QLocale.Language.English
    assert [language.code for language in LANGUAGES] == ["en", "sr_Latn", "sr_Cyrl"]


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_serbian_in_latin_script(speak) -> None:
    speak(QLocale("sr_Latn_RS"))
    assert tr("MainWindow", "&Import photos…") == "&Uvezi fotografije…"
    assert tr("vocabulary", "Pole") == "Stub"
    # A module-level tr() helper files its messages under its own context: found too.
    assert tr("KeyringDialog", "Volunteers' keys") == "Ključevi volontera"


def test_serbian_in_cyrillic_script_with_its_three_plural_forms(speak) -> None:
    speak(QLocale("sr_Cyrl_RS"))
    assert tr("MainWindow", "&Import photos…") == "&Увези фотографије…"
    photos = [tr("CameraPanel", "%n photo(s) selected", n) for n in (1, 3, 5, 21)]
    assert photos == [
        "1 фотографија изабрана",
        "3 фотографије изабране",
        "5 фотографија изабрано",
        "21 фотографија изабрана",
    ]


def test_plain_serbian_system_locale_is_cyrillic(speak) -> None:
    speak(system_locale({"LANG": "sr_RS.UTF-8"}))
    assert tr("vocabulary", "Dome") == "Купола"


def test_english_plural_forms(speak) -> None:
    speak(QLocale("en_GB"))
    assert tr("CameraPanel", "%n photo(s) selected", 1) == "1 photo selected"
    assert tr("CameraPanel", "%n photo(s) selected", 2) == "2 photos selected"
    assert tr("MainWindow", "&Import photos…") == "&Import photos…"


def test_numbers_and_dates_follow_the_chosen_locale(speak) -> None:
    speak(QLocale("sr_Latn_RS"))
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    speak(QLocale("en_GB"))
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"


def test_the_cores_reasons_are_shown_in_the_chosen_language(speak) -> None:
    from surveyor.core.bundle.minisign import MinisignError, PublicKey

    with pytest.raises(MinisignError) as raised:
        PublicKey.from_text("")
    speak(QLocale("sr_Cyrl_RS"))
    assert str(raised.value) == "јавни кључ: празан"
    assert raised.value.args[0] == "public key: empty"  # the value the CLI prints stays English
    speak(QLocale("en_GB"))
    assert str(raised.value) == "public key: empty"


def test_photo_times_are_written_the_chosen_locales_way(speak) -> None:
    from surveyor.ui.locale_format import short_date_time

    speak(QLocale("sr_Latn_RS"))
    serbian = short_date_time("2026-05-16T10:05:00")
    speak(QLocale("en_US"))
    american = short_date_time("2026-05-16T10:05:00")
    assert serbian != american
    assert "16" in serbian and "5" in serbian and "10:05" in serbian
    assert "AM" in american and "5/16" in american
    assert short_date_time("") == ""
