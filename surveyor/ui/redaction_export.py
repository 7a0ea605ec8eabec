"""The Export dialog's redaction part: the photos as they will leave, boxes counted per photo.

When the selection changes, photos not searched yet are searched on a worker thread (progress
and Stop), then small copies are rendered with their boxes blurred, off the UI thread. Photos
the detector could not search are named: export refuses them until the volunteer has checked
them. Turning detection off is an explicit box to untick, and the dialog says what it means.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.bundle.export_errors import ExportError
from surveyor.core.bundle.export_selection import Selection
from surveyor.core.bundle.writer import ExportResult
from surveyor.core.redaction import catalogue
from surveyor.core.redaction.detect import DETECTOR_NAME
from surveyor.core.redaction.outgoing import Outgoing, outgoing_photos, render_outgoing
from surveyor.core.redaction.scan import ScanSummary
from surveyor.core.workspace import Workspace
from surveyor.store.models import Photo
from surveyor.ui.redaction_scan import DetectionJob
from surveyor.ui.tasks import Task, on_worker_thread, run_task, wait_for

SEARCHING = "searching:"  # prefix of the export's progress text while it searches
TILE = 160
MAX_TILES = 120  # a preview, not a gallery: the count line covers the rest


def tr(text: str) -> str:
    return QCoreApplication.translate("RedactionPanel", text)


def _qimage(outgoing: Outgoing) -> QImage:
    if outgoing.image is None:
        return QImage()
    data = outgoing.image.tobytes("raw", "RGB")
    w, h = outgoing.image.size
    return QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class RedactionPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.selection: Selection | None = None
        self.photo_ids: list[int] = []
        self.job: DetectionJob | None = None
        self.render_task: Task | None = None
        self._generation = 0
        self.detect = QCheckBox(tr("Search photos for faces and number plates (recommended)"), self)
        self.detect.setChecked(True)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.stop_button = QPushButton(tr("Stop searching"), self)
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        self.tiles = QListWidget(self)
        self.tiles.setViewMode(QListWidget.ViewMode.IconMode)
        self.tiles.setIconSize(QSize(TILE, TILE))
        self.tiles.setFlow(QListWidget.Flow.LeftToRight)
        self.tiles.setWrapping(False)
        self.tiles.setFixedHeight(TILE + 56)
        self.tiles.setAccessibleName(tr("Photos as they will leave"))
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("<b>Photos as they will leave</b>"), self))
        layout.addWidget(self.detect)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.tiles)
        self.detect.toggled.connect(lambda _on: self.refresh())

    @property
    def detection_on(self) -> bool:
        return self.detect.isChecked()

    # Selection -> search -> render -----------------------------------------------------------
    def set_selection(self, selection: Selection) -> None:
        self.selection = selection
        try:
            self.photo_ids = [p.id for p in outgoing_photos(selection)]
        except ExportError:
            self.photo_ids = []
        self.refresh()

    def refresh(self) -> None:
        if self.detection_on and self.job is None:
            # A photo whose search failed is not searched again and again in the background.
            todo = [
                i
                for i in catalogue.needing_detection(self.photo_ids, DETECTOR_NAME)
                if not _failed(i)
            ]
            if todo:
                self._search(todo)
                return
        self._render()

    def _search(self, photo_ids: list[int]) -> None:
        job = DetectionJob(self.workspace, photo_ids)
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_searched)
        job.failed.connect(self._on_search_failed)
        job.stopped.connect(self._on_search_stopped)
        self.job = job
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.stop_button.setVisible(True)
        self.summary.setText(
            tr("Searching {n} photos for faces and number plates…").format(n=len(photo_ids))
        )
        job.begin()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.summary.setText(
            tr("Searching for faces and number plates: {done} of {total} ({name})").format(
                done=done, total=total, name=name
            )
        )

    def _on_searched(self, _summary: ScanSummary) -> None:
        self._after_search("")

    def _on_search_failed(self, reason: str) -> None:
        self._after_search(tr("Search failed: ") + reason)

    def _on_search_stopped(self) -> None:
        self._after_search(tr("Search stopped."))

    def _after_search(self, note: str) -> None:
        job, self.job = self.job, None
        if job is not None and not (job.synchronous or DetectionJob.synchronous):
            job.wait()
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self._render(note)

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop()

    def wait(self) -> None:
        """Stop the background search and wait for it and for the rendering (closing)."""
        self.stop()
        if self.job is not None and not (self.job.synchronous or DetectionJob.synchronous):
            self.job.wait()
        wait_for(self.render_task)

    def _render(self, note: str = "") -> None:
        self._generation += 1
        generation = self._generation
        ids = list(self.photo_ids)
        workspace = self.workspace
        self.summary.setText(self.describe(note))

        def render() -> list[tuple[Outgoing, QImage]]:
            try:
                photos = list(Photo.select().where(Photo.id.in_(ids[:MAX_TILES])))
                order = {pid: n for n, pid in enumerate(ids)}
                photos.sort(key=lambda p: order[p.id])
                outgoing = [render_outgoing(workspace, p, TILE) for p in photos]
                return [(o, _qimage(o)) for o in outgoing]
            finally:
                db = workspace.db
                if db is not None and on_worker_thread():
                    db.close()

        def show(result: list[tuple[Outgoing, QImage]]) -> None:
            if generation == self._generation:
                self._show_tiles(result)

        self.render_task = run_task(render, show, lambda reason: None, self)

    def _show_tiles(self, rendered: list[tuple[Outgoing, QImage]]) -> None:
        self.tiles.clear()
        for outgoing, image in rendered:
            if outgoing.crop:
                caption = tr("{name}\ncamera only, {n} blurred")
            else:
                caption = tr("{name}\n{n} blurred")
            item = QListWidgetItem(caption.format(name=outgoing.name, n=outgoing.boxes))
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setData(Qt.ItemDataRole.UserRole, outgoing.photo_id)
            self.tiles.addItem(item)
        hidden = len(self.photo_ids) - len(rendered)
        if hidden > 0:
            self.tiles.addItem(QListWidgetItem(tr("+{n} more").format(n=hidden)))

    def describe(self, note: str = "") -> str:
        if not self.photo_ids:
            return ""
        counts = catalogue.box_counts(self.photo_ids)
        lines = [
            tr("Boxes blurred: {boxes}, in {with_boxes} of {photos} photos.").format(
                boxes=sum(counts.values()), with_boxes=len(counts), photos=len(self.photo_ids)
            )
        ]
        if self.detection_on:
            held = catalogue.held_back(self.photo_ids)
            failed = [(p, why) for p, why in held if _failed(p.id)]
            if failed:
                names = "; ".join(f"{p.original_name} ({why})" for p, why in failed[:5])
                more = len(failed) - 5
                lines.append(
                    tr(
                        "Not sent until you have looked at them (the detector could not run): "
                        "{names}{more}. Open each in the preview, cover every face and plate, "
                        "then tick Checked."
                    ).format(
                        names=names, more=tr(" and {n} more").format(n=more) if more > 0 else ""
                    )
                )
            lines.append(
                tr("Detectors miss faces and plates: look at every photo before you export.")
            )
        else:
            lines.append(
                tr(
                    "Detection is OFF: only boxes you drew or that were found earlier are "
                    "blurred. Look at every photo: faces and plates in them will be sent."
                )
            )
        if note:
            lines.append(note)
        return "\n".join(lines)


def redaction_line(result: ExportResult) -> str:
    """What the finished export blurred, and whether detection was on."""
    blurred = tr("boxes blurred: {boxes}, in {photos} photos").format(
        boxes=result.redacted_boxes, photos=result.redacted_photos
    )
    if result.detection:
        return tr("Faces and number plates: {blurred}.").format(blurred=blurred)
    return tr("Face and plate detection was OFF: {blurred} (drawn or found earlier).").format(
        blurred=blurred
    )


def _failed(photo_id: int) -> bool:
    state = catalogue.status_of(photo_id)
    return state is not None and state.status == catalogue.FAILED
