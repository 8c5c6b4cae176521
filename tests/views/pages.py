"""A section page as a test starts it: made, sized like a laptop's window, shown, loaded."""

from __future__ import annotations


def open_page(qtbot, page_class, services, settings, tasks, size=(1280, 800)):
    page = page_class(services, settings, tasks)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.reload()
    tasks.wait()
    return page
