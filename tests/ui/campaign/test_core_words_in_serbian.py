"""The coordinator's window says the core's sentences in Serbian, with Serbian dates and counts:
review errors, the merge report's lines, its title and its place in the list of merges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from surveyor.core.campaign import review
from surveyor.core.campaign.intake_result import MERGED, QUARANTINED, REFUSED, IntakeResult
from surveyor.core.campaign.merge_report import merge_report
from surveyor.core.campaign.receipts import Receipt
from surveyor.core.messages import Message
from surveyor.core.walks import suggest_walk_name
from surveyor.ui.campaign.merge_report_view import MergeReportDialog, MergesView
from surveyor.ui.campaign.review_undo import ReviewCommand

WHEN = dt.datetime(2026, 5, 16, 14, 5)


def _report():  # type: ignore[no-untyped-def]
    merged = IntakeResult(
        Path("/home/coord/ana.zip"),
        MERGED,
        key_id="A" * 16,
        pseudonym="Ana",
        outcomes=[("u1", "new"), ("u2", "new"), ("u3", "new"), ("u4", "conflict")],
    )
    waiting = IntakeResult(
        Path("bob.zip"), QUARANTINED, Message("signed by unknown key {key}", key="B" * 16)
    )
    waiting.key_id = "B" * 16
    refused = IntakeResult(Path("eve.zip"), REFUSED, "cameras.geojson: sha256 mismatch")
    return merge_report([merged, waiting, refused], receipts_signed=False, when=WHEN)


def test_a_review_error_is_serbian_in_the_window_and_english_underneath(serbian_latin) -> None:
    command = ReviewCommand("Spoji", lambda: review.merge(3, 3, "ana"), lambda: None)
    command.redo()
    assert command.error == "kamera ne može da se spoji sama sa sobom"
    with pytest.raises(review.ReviewError) as raised:
        review.merge(3, 3, "ana")
    assert raised.value.args[0] == "a camera cannot be merged into itself"  # the CLI's words


def test_the_merge_report_is_serbian_with_serbian_dates_and_counts(qtbot, serbian_latin) -> None:
    report = _report()
    dialog = MergeReportDialog(report)
    qtbot.addWidget(dialog)
    cells = [
        [dialog.table.item(row, col).text() for col in range(5)]
        for row in range(dialog.table.rowCount())
    ]
    assert cells[0][:4] == ["ana.zip", "Ana", "Spojen", "3 nove kamere, 1 kamera za proveru"]
    assert cells[0][4].startswith(
        "Pogledajte nove stavke na kartici Provera. Potvrde prijema još nema"
    )
    assert cells[1][1:4] == [
        "ključ BBBBBBBBBBBBBBBB (nije među vašim ključevima)",
        "Čeka ključ",
        "Potpisan ključem koji niste dodali.",
    ]
    assert dialog.table.item(1, 3).toolTip() == "potpisano nepoznatim ključem BBBBBBBBBBBBBBBB"
    assert cells[2][3] == "Paket je izmenjen posle potpisivanja ili je oštećen."
    assert dialog.summary.text() == "1 spojen, 1 čeka ključ, 1 odbijen"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Datoteka", "Pošiljalac", "Ishod", "Zašto", "Šta uraditi"]
    assert dialog.windowTitle() == "Izveštaj o spajanju — 14:05"
    merges = MergesView()
    qtbot.addWidget(merges)
    merges.add(report)
    assert merges.list.item(0).text() == "16. 5. 2026. 14:05: 1 spojen, 1 čeka ključ, 1 odbijen"


def test_the_command_line_keeps_its_english(serbian_latin) -> None:
    report = _report()
    line = report.lines[0]
    assert (line.outcome, line.reason) == ("Merged", "3 new cameras, 1 camera to review")
    assert report.summary() == "1 merged, 1 waiting for a key, 1 refused"
    assert report.heading() == "2026-05-16 14:05: 1 merged, 1 waiting for a key, 1 refused"


def test_receipt_times_and_walk_names_in_serbian(serbian_latin, workspace) -> None:
    receipt = Receipt(Path("r.json"), "b", "C", "V", "2026-05-16T12:00:00Z", {}, True)
    local = dt.datetime(2026, 5, 16, 12, tzinfo=dt.UTC).astimezone()
    assert str(receipt.issued_line()) == f"Izdata 16. 5. 2026. {local:%H:%M}"
    assert suggest_walk_name([], today=dt.date(2026, 5, 6)).startswith("Obilazak, 6. maj")


def test_review_values_use_the_vocabulary_words(serbian_latin) -> None:
    from surveyor.ui.campaign.review_labels import value_label

    assert value_label("camera_mount", "pole") == "Stub"
    assert value_label("camera_type", "dome") == "Kupola"
