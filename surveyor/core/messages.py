"""Sentences the core says to people (reasons, warnings), translatable without Qt.

``Message("{file}: not a JPEG", file=name)`` *is* the English sentence: a ``str`` whose value is
the template filled in, so the command line prints it, tests compare it and logs record it
exactly as before. It also keeps its template and values. The desktop app installs a
translator (``surveyor.ui.language``); from then on ``str(message)`` and formatting it
into another sentence give the user's language, while the ``str`` value stays English.
An exception raised with a message shows it translated too (``str(exc)`` asks the message).

A count that changes the words is written ``%n`` with the count as ``n``:
``Message("%n new camera(s)", n=3)`` is "3 new cameras" in English and takes the language's own
plural forms once translated. Dates, times and numbers given as values (not as text) are
written the interface's way once the app installs a value formatter: ``{when:%H:%M}`` is
``when.strftime("%H:%M")`` for the command line, the locale's short time in the window.
Several sentences joined for display stay translatable with ``joined(parts)``.

``packaging/update_translations.py`` collects every ``Message("…")`` of ``surveyor/core``
into the translation sources, context ``core``: write the template as a literal.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from typing import Any, Protocol


class Translator(Protocol):
    """``translate(template)``; for a ``%n`` template ``translate(template, n)``, which also
    puts the count in place of ``%n`` (as Qt does)."""

    def __call__(self, template: str, n: int = ..., /) -> str: ...


# (value, format spec) -> the value as the interface writes it, or None for Python's way.
ValueFormatter = Callable[[Any, str], str | None]

_translator: Translator | None = None
_format_value: ValueFormatter | None = None

_ENGLISH_PLURAL = re.compile(r"\(([a-z]+(?:/[a-z]+)?)\)")


def install_translator(
    translate: Translator | None, format_value: ValueFormatter | None = None
) -> None:
    """Messages are shown through ``translate(template)`` (None: in English, as written), their
    values through ``format_value`` (None: as Python formats them)."""
    global _translator, _format_value
    _translator = translate
    _format_value = format_value if translate is not None else None


def english_form(template: str, n: int) -> str:
    """``"%n photo(s)"`` in English for ``n`` (``"(y/ies)"`` for irregular ends); ``%n`` kept."""

    def choose(match: re.Match[str]) -> str:
        parts = match.group(1).split("/")
        if len(parts) == 1:
            return "" if n == 1 else parts[0]
        return parts[0 if n == 1 else 1]

    return _ENGLISH_PLURAL.sub(choose, template)


def _count(values: dict[str, Any]) -> int:
    n = values.get("n")
    if not isinstance(n, int):
        raise TypeError("a %n message needs its count as n=")
    return n


def _english(value: Any) -> Any:
    """A value as the English sentence holds it: a message inside, or an error raised with
    one, in English even while the window shows them translated."""
    if isinstance(value, BaseException):
        value = reason_of(value)
    return str.__str__(value) if isinstance(value, Message) else value


def reason_of(exc: BaseException) -> str:
    """What ``exc`` was raised with, still a ``Message`` if it was one (``str(exc)`` is not)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


class _LocaleFormatter(string.Formatter):
    """``str.format`` that lets the installed value formatter write dates and numbers."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if _format_value is not None and not isinstance(value, str):
            shown = _format_value(value, format_spec)
            if shown is not None:
                return shown
        return super().format_field(value, format_spec)


_FORMATTER = _LocaleFormatter()


class Message(str):
    """An English sentence that remembers its template and values (see the module)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        english = template
        if "%n" in template:
            n = _count(values)
            english = english_form(template, n).replace("%n", str(n))
        if values:
            english = english.format(**{k: _english(v) for k, v in values.items()})
        self = super().__new__(cls, english)
        self.template = template
        self.values = values
        return self

    def translated(self) -> str:
        """The sentence in the interface's language (English without a translator)."""
        translate = _translator
        if translate is None:
            return str.__str__(self)
        try:
            if "%n" in self.template:
                n = _count(self.values)
                template = translate(self.template, n)
                if "%n" in template:  # a translator that left the count to us
                    template = english_form(template, n).replace("%n", str(n))
            else:
                template = translate(self.template) or self.template
            return _FORMATTER.format(template, **self.values) if self.values else template
        except (KeyError, IndexError, ValueError):  # a broken translation: the English stands
            return str.__str__(self)

    def __str__(self) -> str:
        return self.translated()

    def __format__(self, spec: str) -> str:
        return format(self.translated(), spec)


class Joined(Message):
    """Sentences joined by a separator, each part translated on its own (``"; ".join`` would
    fix them in English)."""

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


def joined(parts: Iterable[str], separator: str = ", ") -> Message:
    """``"3 merged, 1 refused"`` from its parts, still translatable (``", ".join`` is not)."""
    return Joined(separator, parts)
