"""``--screenshot FILE``: show a window, let it load, save a picture of it and quit (the
README's pictures and the bundle check are made this way; the main and field windows both)."""

from __future__ import annotations


def screenshot(app, window, target: str) -> int:
    window.resize(1280, 800)
    window.show()
    window.wait_until_loaded()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(target)
    window.close()
    window.services.close()
    return 0 if ok else 1
