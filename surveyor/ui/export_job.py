"""Exporting a bundle off the UI thread: ``ExportBundle`` runs
``surveyor.core.bundle.writer.export_bundle`` (making the signing key on first use) and turns
its progress callback into throttled Qt signals; ``ExportThread`` is the thread it runs on.
"""

from __future__ import annotations

import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from surveyor.core.bundle import identity
from surveyor.core.bundle.export_errors import ExportCancelled, ExportError
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.minisign import MEMLIMIT_SENSITIVE, OPSLIMIT_SENSITIVE, MinisignError
from surveyor.core.bundle.writer import export_bundle
from surveyor.core.workspace import Workspace
from surveyor.ui.redaction_export import SEARCHING


class ExportBundle(QObject):
    """One export. ``progress(done, total, what)`` then ``finished(result)``, ``failed(msg)``
    or ``cancelled()``. ``cancel()`` may be called from any thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        workspace: Workspace,
        out: Path,
        selection: Selection,
        *,
        round_dates: bool = True,
        encrypt_to: str | None = None,
        passphrase: str | None = None,
        base: Path | None = None,
        interval: float = 0.05,
        kdf_limits: dict[str, int] | None = None,
        detect: bool = True,
        pseudonym: str = "",
    ) -> None:
        super().__init__()
        self.detect = detect
        self.pseudonym = pseudonym
        self.workspace = workspace
        self.out = out
        self.selection = selection
        self.round_dates = round_dates
        self.encrypt_to = encrypt_to
        self.passphrase = passphrase
        self.base = base
        self.interval = interval
        self.kdf_limits = kdf_limits or {}
        self.stop = threading.Event()
        self._last_emit = 0.0

    def cancel(self) -> None:
        self.stop.set()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last_emit < self.interval:
            return  # never flood the event loop; the last update always goes through
        self._last_emit = now
        self.progress.emit(done, total, what)

    @Slot()
    def run(self) -> None:
        try:
            if not identity.exists(self.base):
                # A key is made on first use, protected by the passphrase if one was given.
                identity.create(
                    pseudonym=self.pseudonym,
                    passphrase=self.passphrase or None,
                    base=self.base,
                    opslimit=self.kdf_limits.get("opslimit", OPSLIMIT_SENSITIVE),
                    memlimit=self.kdf_limits.get("memlimit", MEMLIMIT_SENSITIVE),
                )
            ident = identity.load(self.base)
            result = export_bundle(
                self.workspace,
                ident.secret_key(self.passphrase or None),
                self.out,
                self.selection,
                pseudonym=ident.pseudonym,
                round_dates=self.round_dates,
                encrypt_to=self.encrypt_to or None,
                progress=self._on_progress,
                cancelled=self.stop.is_set,
                detect=self.detect,
                search_progress=lambda d, t, name: self._on_progress(d, t, SEARCHING + name),
            )
        except ExportCancelled:
            self.cancelled.emit()
        except (ExportError, identity.IdentityError, MinisignError, OSError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # shown to the volunteer, never swallowed
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)
        finally:
            db = self.workspace.db
            if db is not None and threading.current_thread() is not threading.main_thread():
                db.close()  # peewee: this worker thread's own connection only


class ExportThread(QThread):
    def __init__(self, job: ExportBundle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        self.job.run()
