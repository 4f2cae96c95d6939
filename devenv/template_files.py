"""Where the Jinja templates live: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def templates_dir() -> Path:
    packaged = Path(str(resources.files("devenv"))) / "templates"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "templates"
