"""Campaign statistics in the window: bar charts by make, type, mount, zone and agreement,
and a table of volunteers with how often they agree with the consensus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.campaign.merged_cameras import load_consensus
from surveyor.core.campaign.stats import DISAGREE, UNKNOWN, CampaignStats, campaign_stats
from surveyor.core.vocabulary import load_vocabulary
from surveyor.store.campaign_models import VolunteerKey
from surveyor.ui.campaign.bar_chart import BarChart
from surveyor.ui.locale_format import percent
from surveyor.ui.vocab_combo import vocab_label

FIELDS = {"type": "camera_type", "mount": "camera_mount", "zone": "zone"}


def tr(text: str) -> str:
    return QCoreApplication.translate("StatsView", text)


def bucket_label(chart: str, value: str) -> str:
    if value == UNKNOWN:
        return tr("Unknown")
    if value == DISAGREE:
        return tr("Volunteers disagree")
    if chart in FIELDS:
        return vocab_label(load_vocabulary().field(FIELDS[chart]).label_for(value))
    if chart == "agreement":
        return {
            "unanimous": tr("Unanimous"),
            "majority": tr("Majority"),
            "disagree": tr("Disagree"),
            "single": tr("One volunteer"),
        }.get(value, value)
    return value


class StatsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.charts = {
            "make": BarChart(tr("Cameras by make")),
            "type": BarChart(tr("Cameras by type")),
            "mount": BarChart(tr("Cameras by mount")),
            "zone": BarChart(tr("Cameras by zone")),
            "agreement": BarChart(tr("Agreement between volunteers")),
        }
        self.volunteers = QTableWidget(0, 6)
        self.volunteers.setHorizontalHeaderLabels(
            [tr("Volunteer"), tr("Key id"), tr("Bundles"), tr("Sightings"), tr("Cameras"),
             tr("Agrees with others")]
        )  # fmt: skip
        self.volunteers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.volunteers.verticalHeader().hide()
        header = self.volunteers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid = QGridLayout()
        for n, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(QLabel(tr("By volunteer")))
        layout.addWidget(self.volunteers, 1)
        self.stats: CampaignStats | None = None

    def refresh(self) -> None:
        stats = self.stats = campaign_stats(load_consensus())
        # Plain names: lupdate reads no expression as the plural count.
        cameras, sightings, volunteers = stats.cameras, stats.sightings, stats.volunteers
        open_reviews = stats.open_reviews
        self.summary.setText(
            "; ".join(
                (
                    tr("{cameras} from {sightings} by {volunteers}").format(
                        cameras=QCoreApplication.translate(
                            "StatsView", "%n camera(s)", None, cameras
                        ),
                        sightings=QCoreApplication.translate(
                            "StatsView", "%n sighting(s)", None, sightings
                        ),
                        volunteers=QCoreApplication.translate(
                            "StatsView", "%n volunteer(s)", None, volunteers
                        ),
                    ),
                    QCoreApplication.translate(
                        "StatsView", "%n review item(s) open", None, open_reviews
                    ),
                )
            )
        )
        for name, counts in [*stats.by.items(), ("agreement", stats.agreement)]:
            self.charts[name].set_bars([(bucket_label(name, k), n) for k, n in counts.items()])
        self.volunteers.setRowCount(len(stats.by_volunteer))
        keys = {k.key_id: k for k in VolunteerKey.select()}
        for row, v in enumerate(stats.by_volunteer):
            agree = "–" if v.agreement is None else percent(v.agreement)
            name = v.pseudonym or "–"
            key = keys.get(v.key_id)
            if key is not None and key.withdrawn:
                name = tr("{name} (revoked, sightings withdrawn)").format(name=name)
            elif key is not None and key.status == "revoked":
                name = tr("{name} (revoked: sightings still count)").format(name=name)
            cells = [name, v.key_id, v.bundles, v.sightings, v.cameras, agree]
            for col, value in enumerate(cells):
                self.volunteers.setItem(row, col, QTableWidgetItem(str(value)))
