"""A Makefile's running targets (dev, run, serve, start, watch): the lines a developer starts
the project's processes with by hand (`run: poetry run flask run -p 6011`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

TARGET = re.compile(r"^([\w.-]+)\s*:(?!=)")
RUNNING = re.compile(r"(?i)(?:^|[-_.])(?:dev|run|serve|start|watch)(?:$|[-_.])")


def running_lines(text: str) -> Iterator[tuple[int, str, str]]:
    """(line number, target, line) of each recipe line under a running target."""
    target = ""
    for number, line in enumerate(text.splitlines(), 1):
        if heading := TARGET.match(line):
            target = heading.group(1)
        elif target and RUNNING.search(target) and line.startswith("\t"):
            yield number, target, line.strip()
