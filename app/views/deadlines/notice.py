"""The calm notice on start: when something is overdue or due within three days, a thin
strip above the section says how many, once a day, with a button to the «Сроки» list.  The
count is read off the GUI thread; the subscription file (if this PC keeps one) is rewritten
by the same task, so a subscribed calendar follows from the first start of the day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.services.clock import today as clock_today
from app.settings import DEADLINES_NOTICE_DAY, DEADLINES_SUBSCRIPTION, Settings

if TYPE_CHECKING:  # the service (and the models it reads) load in the background task
    from app.services.deadlines import DeadlineNotice


class NoticeStrip(QFrame):
    open_deadlines = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("deadlineNotice")
        self.setStyleSheet("#deadlineNotice { background: #fff4d6; border-bottom: 1px solid "
                           "#e6d29a; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Open deadlines"))
        self.show_button.clicked.connect(self.open_deadlines)
        self.show_button.clicked.connect(self.hide)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the notice"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()

    def say(self, notice: DeadlineNotice) -> None:
        parts = []
        if notice.overdue:
            parts.append(self.tr("Deadlines overdue: {count}").format(count=notice.overdue))
        if notice.soon:
            parts.append(self.tr("due within {days} days: {count}").format(
                days=notice.days, count=notice.soon))
        self.text.setText("; ".join(parts) + ".")
        self.show()


def check_on_start(services, settings: Settings, tasks, strip: NoticeStrip) -> None:
    """Once a day (per PC), ask in the background and show the strip when there is
    something to say; the subscription file is rewritten either way."""
    today = clock_today()
    already = settings.get(DEADLINES_NOTICE_DAY) == today.isoformat()
    target = settings.get(DEADLINES_SUBSCRIPTION)
    if already and not target:
        return

    def work():
        if target:
            try:
                services.deadlines.export_ics(target, today=today)
            except OSError:  # the «Сроки» list says so when it is opened
                pass
        return None if already else services.deadlines.notice(today)

    def done(notice: DeadlineNotice | None) -> None:
        if notice is None:
            return
        settings.set(DEADLINES_NOTICE_DAY, today.isoformat())
        if notice.any:
            strip.say(notice)

    tasks.run(work, done, lambda _exc: None)  # a notice is not worth an error on start
