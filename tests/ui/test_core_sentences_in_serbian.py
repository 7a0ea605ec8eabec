"""The core's reasons reach the interface in Serbian once the app installs sr_Latn (built .qm)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from surveyor.core.bundle.gate_bag_info import bag_info_problems
from surveyor.core.bundle.verify import BundleInvalid, VerifyReport
from surveyor.ui.language import install_translations


@pytest.fixture
def serbian_latin(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, QLocale("sr_Latn_RS"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translations(qapp, QLocale("en_GB"))


def test_a_gate_reason_is_shown_in_serbian(serbian_latin: None) -> None:
    problems = bag_info_problems({"Bagging-Date": "2026-13-45", "Colour": "red"}, ["Payload-Oxum"])
    reasons = [reason for _file, reason in problems]
    # The value stays English (the CLI's --json, logs, comparisons); shown, it is Serbian.
    assert reasons[0] == "Payload-Oxum appears more than once"
    assert [str(reason) for reason in reasons] == [
        "Payload-Oxum se pojavljuje više puta",
        "Bagging-Date '2026-13-45' nije postojeći datum",
        "nepoznata oznaka Colour",
    ]


def test_a_refused_bundle_says_why_in_serbian(serbian_latin: None, tmp_path) -> None:
    report = VerifyReport(tmp_path / "b.zip")
    report.add("bag-info.txt", bag_info_problems({}, ["Surveyor-Key-Id"])[0][1])
    refused = BundleInvalid(report)
    assert str(refused) == "b.zip: bag-info.txt: Surveyor-Key-Id se pojavljuje više puta"
