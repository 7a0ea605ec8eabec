"""Sentences the core says to people (reasons, warnings), translatable without Qt.

``Message("{file}: not a JPEG", file=name)`` *is* the English sentence: a ``str`` whose value is
the template filled in, so the command line prints it, tests compare it and logs record it
exactly as before. It also keeps its template and values. The desktop app installs a
translator (``surveyor.ui.core_messages``); from then on ``str(message)`` and formatting it
into another sentence give the user's language, while the ``str`` value stays English.
An exception raised with a message shows it translated too (``str(exc)`` asks the message).

``packaging/update_translations.py`` collects every ``Message("…")`` of ``surveyor/core``
into the translation sources, context ``core``: write the template as a literal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Translator = Callable[[str], str]
_translator: Translator | None = None


def install_translator(translate: Translator | None) -> None:
    """Messages are shown through ``translate(template)`` (None: in English, as written)."""
    global _translator
    _translator = translate


def _english(value: Any) -> Any:
    """A value as the English sentence shows it (a message inside is not translated there)."""
    if isinstance(value, BaseException):
        value = reason_of(value)
    return str.__str__(value) if isinstance(value, Message) else value


def reason_of(exc: BaseException) -> str:
    """What ``exc`` was raised with, still a ``Message`` if it was one (``str(exc)`` is not)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


class Message(str):
    """An English sentence that remembers its template and values (see the module)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        english = {name: _english(value) for name, value in values.items()}
        self = super().__new__(cls, template.format(**english) if values else template)
        self.template = template
        self.values = values
        return self

    def translated(self) -> str:
        """The sentence in the interface's language (English without a translator)."""
        translate = _translator
        if translate is None:
            return str.__str__(self)
        try:
            template = translate(self.template) or self.template
            return template.format(**self.values) if self.values else template
        except (KeyError, IndexError, ValueError):  # a broken translation: the English stands
            return str.__str__(self)

    def __str__(self) -> str:
        return self.translated()

    def __format__(self, spec: str) -> str:
        return format(self.translated(), spec)


class Joined(Message):
    """Sentences joined by a separator (``"; ".join`` would fix them in English)."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, separator: str, parts: Iterable[str], /) -> Joined:
        parts = tuple(parts)
        self = str.__new__(cls, separator.join(parts))
        self.template, self.values = str.__str__(self), {}
        self.parts, self.separator = parts, separator
        return self

    def __getnewargs__(self) -> tuple[str, tuple[str, ...]]:  # type: ignore[override]
        return self.separator, self.parts

    def translated(self) -> str:
        return self.separator.join(str(part) for part in self.parts)
