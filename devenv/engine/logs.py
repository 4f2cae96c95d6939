"""Multiplex the logs of several containers into one stream of prefixed lines, like Compose."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator

from devenv.engine.api import EngineAPI
from devenv.engine.state import ContainerState

COLOURS = ("cyan", "yellow", "green", "magenta", "blue", "bright_cyan", "bright_yellow")
_DONE = object()

Line = tuple[str, str]  # (container name, one line of its output)


def colour_for(index: int) -> str:
    return COLOURS[index % len(COLOURS)]


def split_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """Whole lines from a stream of byte chunks that may cut a line (or a character) in two."""
    pending = b""
    for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            yield raw.decode("utf-8", errors="replace").rstrip("\r")
    if pending:
        yield pending.decode("utf-8", errors="replace").rstrip("\r")


def read_logs(
    engine: EngineAPI, containers: list[ContainerState], *, tail: int | None
) -> Iterator[Line]:
    """Everything logged so far, container by container."""
    for container in containers:
        for line in split_lines(engine.logs(container.name, tail=tail)):
            yield container.name, line


def follow_logs(
    engine: EngineAPI,
    containers: list[ContainerState],
    *,
    tail: int | None,
    stopped: threading.Event,
) -> Iterator[Line]:
    """Interleave live output as it arrives: one reader thread per container, one queue."""
    lines: queue.Queue[Line | object] = queue.Queue(maxsize=10_000)

    def reader(container: ContainerState) -> Callable[[], None]:
        def run() -> None:
            try:
                stream = engine.logs(container.name, tail=tail, follow=True)
                for line in split_lines(stream):
                    if stopped.is_set():
                        break
                    lines.put((container.name, line))
            finally:
                lines.put(_DONE)

        return run

    for container in containers:
        threading.Thread(target=reader(container), daemon=True).start()
    remaining = len(containers)
    while remaining:
        item = lines.get()
        if item is _DONE:
            remaining -= 1
        elif isinstance(item, tuple):
            yield item
