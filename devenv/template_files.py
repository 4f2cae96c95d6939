"""Where the Jinja templates live: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

from pathlib import Path


def templates_dir() -> Path:
    # Beside this module in a wheel (no importlib.resources: it costs every command's start-up).
    packaged = Path(__file__).resolve().parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "templates"
