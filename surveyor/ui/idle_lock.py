"""Noticing that nobody is at the laptop: ``idle`` fires after a while with no key press,
click, move or wheel in the watched window. The window locks an encrypted workspace then.

The filter sits on the main window's ``QWindow``, which sees every input event before its
widgets do; a Python filter on the whole application (every event of every object, also
those being destroyed) crashed PySide next to QtWebEngine.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def watch(self, target: QObject) -> None:
        """Count input to ``target`` (a window's ``windowHandle()``) as activity."""
        target.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns the watch off."""
        self.minutes = max(0, int(minutes))
        self.set_interval_ms(self.minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.stop()
        self._timer.setInterval(ms)
        if ms > 0:
            self._timer.start()

    def active(self) -> bool:
        return self._timer.isActive()

    def pause(self) -> None:
        """While locked there is nothing to watch."""
        self._timer.stop()

    def resume(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.interval() > 0 and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False
