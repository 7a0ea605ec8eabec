"""Which language the interface speaks, and loading its translations.

The language follows the system locale unless one is chosen in Settings. Serbian comes in two
scripts: ``sr_Latn`` and ``sr_Cyrl`` (Qt's default for plain ``sr`` is Cyrillic). Qt does not
read the ``@latin`` modifier of a POSIX locale (``sr_RS.UTF-8@latin``), so it is read here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from surveyor.core.resources import resource
from surveyor.ui import core_messages

SYSTEM = ""  # the setting's value for "follow the system"


@dataclass(frozen=True)
class Language:
    code: str  # the setting's value and the .qm suffix: surveyor_<code>.qm
    locale_name: str  # what QLocale gets: dates, numbers, plural rules
    native_name: str  # how the language names itself in the Settings list


LANGUAGES = (
    Language("en", "en_GB", "English"),
    Language("sr_Latn", "sr_Latn_RS", "Srpski (latinica)"),
    Language("sr_Cyrl", "sr_Cyrl_RS", "Српски (ћирилица)"),
)


def by_code(code: str) -> Language | None:
    return next((language for language in LANGUAGES if language.code == code), None)


def system_locale(environ: Mapping[str, str] | None = None) -> QLocale:
    """The system's locale from ``LC_ALL``/``LC_MESSAGES``/``LANG``, ``@latin`` honoured."""
    environ = os.environ if environ is None else environ
    posix = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    name, _, modifier = posix.partition("@")
    name = name.split(".")[0]
    if not name or name in ("C", "POSIX"):
        return QLocale.system()
    language, _, territory = name.partition("_")
    if language == "sr" and modifier.lower() == "latin":
        return QLocale(f"sr_Latn_{territory}" if territory else "sr_Latn")
    return QLocale(name)


def chosen_locale(setting: str, environ: Mapping[str, str] | None = None) -> QLocale:
    """The locale of the language chosen in Settings, or the system's when none is chosen."""
    language = by_code(setting) if setting != SYSTEM else None
    return QLocale(language.locale_name) if language else system_locale(environ)


def translations_folder() -> str:
    return str(resource("translations"))


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Load the interface's translations for ``locale`` and make it the default locale.

    The core's messages are translated from then on, in context ``core``. English is always
    loaded first: it holds the plural forms ("1 photo", "2 photos") of
    messages written with ``%n``. The chosen language, and Qt's own translations of its
    standard buttons, are installed after it, so they are asked first.
    """
    QLocale.setDefault(locale)
    # The core's reasons and warnings (surveyor.core.messages) are shown through Qt too.
    core_messages.install()
    installed: list[QTranslator] = []
    folder = translations_folder()
    english = QTranslator(app)
    if english.load("surveyor_en", folder):
        app.installTranslator(english)
        installed.append(english)
    if locale.language() != QLocale.Language.English:
        ours = QTranslator(app)
        if ours.load(locale, "surveyor", "_", folder):
            app.installTranslator(ours)
            installed.append(ours)
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_folder):
            app.installTranslator(qt)
            installed.append(qt)
    return installed
