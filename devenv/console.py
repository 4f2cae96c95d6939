"""Where devenv talks to people: one place that prints reports, errors and hints."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape

from devenv.errors import DevenvError, json_printable, printable

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def print_json(data: Any) -> None:
    # Plain stdout, not rich: machine output must not carry styling or wrapping.
    sys.stdout.write(json_printable(json.dumps(data, indent=2, ensure_ascii=False)) + "\n")
    sys.stdout.flush()


def show_error(error: DevenvError) -> None:
    # Messages quote specs, repositories and the engine: escapes are shown, never obeyed.
    # devenv's own line breaks (a service's last log lines) stay; each line is made safe.
    err.print(f"[bold red]error:[/] {_safe(error.message)}")
    for line in error.details():
        err.print(f"  {_safe(line)}")
    if error.hint:
        err.print(f"[bold]hint:[/] {_safe(error.hint)}")


def _safe(text: str) -> str:
    return "\n".join(escape(printable(line)) for line in text.split("\n"))
