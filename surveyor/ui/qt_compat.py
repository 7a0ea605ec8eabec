"""Work-arounds for Qt binding bugs, each with a test that shows it.

PySide6 6.12 on Python 3.11 returns ``None`` from C++ calls without taking a reference to
it: every call of a ``void`` method (``setText``, ``setCurrentIndex``, ...) and every invalid
``QVariant`` handed back (``QModelIndex.data``, ``QComboBox.itemData``) lowers ``None``'s
reference count by one. The binding was built for Python 3.12+, where ``None`` is immortal
(PEP 683); on 3.11, after some tens of thousands of calls (one scroll through a big grid),
the count reaches zero and Python aborts with "Fatal Python error: none_dealloc".
``tests/ui/test_qt_compat.py`` shows the loss.

The cure is what 3.12 does: make ``None`` immortal, here by giving it so many references
that no session can use them up. An extra reference to ``None`` is harmless; a missing one
is fatal. Importing ``surveyor.ui`` applies it, so every window, dialog and test is covered.
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL_REFERENCES = 1 << 40


def make_none_immortal() -> bool:
    """Give ``None``, ``True`` and ``False`` ~10^12 references on CPython < 3.12 (bool
    results lose references the same way); True when it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) >= IMMORTAL_REFERENCES:
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, and id() is its address.
        ctypes.c_ssize_t.from_address(id(singleton)).value += IMMORTAL_REFERENCES
    return True
