"""Logging to a file in the user's log folder (rotated, UTF-8)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app import paths


def log_file() -> Path:
    return paths.log_dir() / "clusterdesk.log"


def setup_logging() -> Path:
    target = log_file()
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(old.baseFilename) == target:
            return target
        root.removeHandler(old)  # the home folder moved (portable mode, tests)
        old.close()
    handler = RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target
