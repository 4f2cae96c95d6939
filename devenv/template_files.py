"""Where the Jinja templates live: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

from pathlib import Path

# The dev stage's entrypoint in the images of interpreted languages (templates/source_owner.j2):
# it runs the container's command as the owner of the bind-mounted source. `devenv exec` runs
# commands through it too, so that files they write in the source are the host user's.
SOURCE_OWNER_ENTRYPOINT = "/usr/local/bin/run-as-source-owner"


def templates_dir() -> Path:
    # Beside this module in a wheel (no importlib.resources: it costs every command's start-up).
    packaged = Path(__file__).resolve().parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "templates"
