"""The filter row never clips: the search keeps its whole hint, the legend wraps instead."""

from __future__ import annotations

from surveyor.ui.filter_bar import FilterBar


def test_a_short_row_wraps_the_legend_and_keeps_the_search_hint_whole(qtbot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    hint = bar.search.fontMetrics().horizontalAdvance(bar.search.placeholderText())
    one_line = bar.legend.sizeHint().height()
    bar.resize(bar.combo.sizeHint().width() + hint + 200, 80)
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.search.width() > hint
    assert bar.legend.height() > one_line  # two lines, every entry still there
    bar.resize(2000, 80)
    qtbot.wait(10)
    assert bar.legend.width() >= bar.legend.sizeHint().width()  # room: one line
