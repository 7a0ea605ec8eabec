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
    if isinstance(value, Message):
        return str.__str__(value)
    error_message = value.args[0] if isinstance(value, BaseException) and value.args else None
    if isinstance(error_message, Message) and len(value.args) == 1:
        return str.__str__(error_message)
    return value


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


class _Joined(Message):
    """Sentences shown one after another; each part is translated on its own."""

    parts: tuple[str, ...]
    separator: str

    def translated(self) -> str:
        return self.separator.join(str(part) for part in self.parts)


def joined(parts: Iterable[str], separator: str = ", ") -> Message:
    """``"3 merged, 1 refused"`` from its parts, still translatable (``", ".join`` is not)."""
    items = tuple(parts)
    english = separator.join(str.__str__(p) if isinstance(p, Message) else p for p in items)
    self = str.__new__(_Joined, english)
    self.template, self.values = english, {}
    self.parts, self.separator = items, separator
    return self
