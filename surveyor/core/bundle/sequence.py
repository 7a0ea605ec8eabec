"""The volunteer's export counter: a signed number that orders their bundles.

Each bundle's ``submission.json`` carries ``sequence``; the coordinator lets a bundle replace
an earlier one from the same key only when its number is higher, whatever order they arrive
in. The counter lives beside the identity (``sequence.json``, one number per key id). A lost
counter (a new computer, a restored key) must not make new bundles look old, so a number is
never below ``1000 ×`` the export day (days since 1970): that says no more than the
``Bagging-Date`` the bundle carries anyway.
"""

from __future__ import annotations

import datetime as dt
import json
import os

from surveyor.core.bundle.identity import identity_dir

PER_DAY = 1000
_FILE = "sequence.json"


def _day_floor(day: dt.date) -> int:
    return (day - dt.date(1970, 1, 1)).days * PER_DAY


def next_sequence(key_id: str, day: dt.date) -> int:
    """The next number for ``key_id`` (and remember it); always above every earlier one."""
    folder = identity_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / _FILE
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError):
        known = {}
    last = known.get(key_id)
    last = last if isinstance(last, int) and not isinstance(last, bool) else 0
    number = max(last + 1, _day_floor(day))
    known[key_id] = number
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(known, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return number
