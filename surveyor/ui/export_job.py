"""Exporting a bundle off the UI thread: ``ExportBundle`` runs
``surveyor.core.bundle.writer.export_bundle`` (making the signing key on first use) as a
background task (``surveyor.ui.background``), which thins out its progress and brings the
outcome back to the UI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from surveyor.core.bundle import identity
from surveyor.core.bundle.export_errors import ExportCancelled, ExportError
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.minisign import MEMLIMIT_SENSITIVE, OPSLIMIT_SENSITIVE, MinisignError
from surveyor.core.bundle.writer import ExportResult, export_bundle
from surveyor.core.workspace import Workspace
from surveyor.ui.background import Cancelled, Refused, Task
from surveyor.ui.redaction_export import SEARCHING

log = logging.getLogger(__name__)


class ExportBundle(QObject):
    """One export. ``start()``, then ``progress(done, total, what)`` and ``finished(result)``,
    ``failed(msg)`` or ``cancelled()`` on the UI thread. ``cancel()`` may be called from any
    thread."""

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
        self.task = Task(self, interval=interval)
        self.task.progress.connect(self.progress)
        self.task.succeeded.connect(self.finished)
        self.task.failed.connect(self.failed)
        self.task.cancelled.connect(self.cancelled)

    def start(self) -> None:
        self.task.start(self._export)

    def cancel(self) -> None:
        self.task.cancel()

    def wait(self, msecs: int = 60_000) -> bool:
        return self.task.wait(msecs)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.task.report(done, total, what)

    def _export(self) -> ExportResult:
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
            return export_bundle(
                self.workspace,
                ident.secret_key(self.passphrase or None),
                self.out,
                self.selection,
                pseudonym=ident.pseudonym,
                round_dates=self.round_dates,
                encrypt_to=self.encrypt_to or None,
                progress=self._on_progress,
                cancelled=self.task.is_cancelled,
                detect=self.detect,
                search_progress=lambda d, t, name: self._on_progress(d, t, SEARCHING + name),
            )
        except ExportCancelled:
            raise Cancelled from None
        except (ExportError, identity.IdentityError, MinisignError, OSError) as exc:
            raise Refused(str(exc)) from exc
