"""`make run` on a machine without a screen or without Qt's system libraries says what to do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from surveyor.ui import platform_check

# What `ldd libqxcb.so` printed on a fresh Debian 12 desktop without the two xcb helpers.
FRESH_DEBIAN_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd3b9e4000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1c000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f0c1bfe0000)
"""


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libnss3.so", "libnss3"),
    ],
)
def test_library_names_map_to_debian_packages(soname: str, package: str) -> None:
    assert platform_check.debian_package(soname) == package


def test_the_missing_libraries_are_named_not_libxcb_cursor(monkeypatch) -> None:
    assert platform_check.missing_libraries(FRESH_DEBIAN_LDD) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]
    monkeypatch.setattr(platform_check, "_qt_libraries", lambda: [Path("libqxcb.so")])
    monkeypatch.setattr(platform_check, "_ldd", lambda path: FRESH_DEBIAN_LDD)
    line = platform_check.problem({"DISPLAY": ":0"})
    assert line is not None
    assert line.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert "cursor" not in line


def test_no_display_is_one_clear_line() -> None:
    line = platform_check.problem({"PATH": os.environ.get("PATH", "")})
    assert line is not None and "no display" in line and "\n" not in line


def test_offscreen_and_wayland_need_no_check() -> None:
    assert platform_check.problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_check.problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_this_machine_has_what_the_window_needs() -> None:
    # The real ldd on the real plugin: CI installs the libraries, so nothing may be missing.
    assert platform_check._qt_libraries(), "PySide6's xcb plugin was not found"
    assert platform_check.problem({"DISPLAY": ":99"}) is None


def test_starting_the_window_without_a_display_exits_2_with_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["SURVEYOR_CONFIG_DIR"] = str(tmp_path / "config")
    result = subprocess.run(
        [sys.executable, "-m", "surveyor", "--workspace", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0]
