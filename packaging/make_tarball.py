"""Pack the Linux one-folder app: ``make_tarball.py DIST_DIR ICONS_DIR OUT.tar.gz``.

The tarball holds ``surveyor-<version>/`` with the app folder (``surveyor/``), and
``share/`` laid out as under ``~/.local`` or ``/usr``: the .desktop entry, the AppStream
metainfo and the icons at the usual sizes. ``INSTALL.txt`` says where each goes.
"""

from __future__ import annotations

import io
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from surveyor import __version__  # noqa: E402

APP_ID = "org.surveyor.Surveyor"
INSTALL = """Surveyor {version} for Linux (x86_64)

Run it in place:      ./surveyor/surveyor            (the window)
                      ./surveyor/surveyor --help     (the command line)
Check it:             ./surveyor/surveyor self-test

Install for yourself (no administrator needed):
  mkdir -p ~/.local/opt ~/.local/bin ~/.local/share
  cp -r surveyor ~/.local/opt/surveyor
  ln -sf ~/.local/opt/surveyor/surveyor ~/.local/bin/surveyor
  cp -r share/. ~/.local/share/
Then Surveyor is in your applications menu (log out and in if it does not show at once).
"""


def main() -> int:
    dist, icons, out = (Path(a) for a in sys.argv[1:4])
    top = f"surveyor-{__version__}"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(dist / "surveyor", f"{top}/surveyor")
        packaging = ROOT / "packaging"
        tar.add(packaging / f"{APP_ID}.desktop", f"{top}/share/applications/{APP_ID}.desktop")
        tar.add(packaging / f"{APP_ID}.metainfo.xml", f"{top}/share/metainfo/{APP_ID}.metainfo.xml")
        tar.add(icons / "hicolor", f"{top}/share/icons/hicolor")
        note = INSTALL.format(version=__version__).encode("utf-8")
        info = tarfile.TarInfo(f"{top}/INSTALL.txt")
        info.size, info.mode, info.mtime = len(note), 0o644, int(time.time())
        tar.addfile(info, io.BytesIO(note))
    print(f"{out} ({out.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
