"""Before Qt starts: is there a screen, and are the system libraries the window needs there?

Without them Qt aborts the process (exit 134) with one message about ``libxcb-cursor0``
whatever is really missing. We ask ``ldd`` instead and name the Debian packages to install.
Runs without importing Qt, so it can speak before Qt would abort.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Platforms that draw without a display server; nothing to check for them.
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def debian_package(soname: str) -> str:
    """``libxcb-icccm.so.4`` → ``libxcb-icccm4``, Debian's rule for naming library packages.

    The package is the library name plus its major version, joined by a hyphen when the name
    ends in a digit (``libxkbcommon-x11.so.0`` → ``libxkbcommon-x11-0``), lower-cased.
    """
    name, _, version = soname.partition(".so.")
    major = version.split(".")[0]
    if not major:
        return name.removesuffix(".so").lower()
    joiner = "-" if name[-1:].isdigit() else ""
    return f"{name.lower()}{joiner}{major}"


def missing_libraries(ldd_output: str) -> list[str]:
    """Sonames that ``ldd`` reports as ``not found``, each once, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def _qt_libraries() -> list[Path]:
    """The xcb platform plugin and the web engine: what the window loads from the system."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    candidates = [
        root / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        root / "Qt" / "lib" / "libQt6WebEngineCore.so.6",
    ]
    return [path for path in candidates if path.exists()]


def _ldd(path: Path) -> str:
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    try:
        result = subprocess.run(
            [ldd, str(path)], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout


def _wants_x11(environ: dict[str, str]) -> bool:
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform in _HEADLESS_PLATFORMS:
        return False
    return platform in ("", "xcb") and sys.platform.startswith("linux")


def problem(environ: dict[str, str] | None = None) -> str | None:
    """One line saying why the window cannot start here, or None when it can."""
    env = dict(os.environ if environ is None else environ)
    if not _wants_x11(env):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "surveyor: no display to open the window on (DISPLAY is not set). "
            "Run it from a desktop session; the command line works without one: surveyor --help"
        )
    if not env.get("DISPLAY"):
        return None  # Wayland: Qt uses its own plugin, not the xcb one checked below
    missing: list[str] = []
    for library in _qt_libraries():
        missing.extend(missing_libraries(_ldd(library)))
    if not missing:
        return None
    packages = sorted(dict.fromkeys(debian_package(soname) for soname in missing))
    return (
        "surveyor: the window needs system libraries that are missing ("
        + ", ".join(dict.fromkeys(missing))
        + "). On Debian or Ubuntu: sudo apt-get install "
        + " ".join(packages)
    )
