"""The project's network, created while the containers are being created.

An engine of API 1.41 (Docker 20.10) checks a container's network when it starts the
container, not when it creates it, so `up` need not wait for the network (the slowest call
before the first start, 50 to 130 ms here) before creating containers: it only has to be there
before a start. A newer engine that refuses a create without its network is asked again once
the network exists (see Applier._create)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from devenv.engine.steps import Step

_POLL_SECONDS = 0.05  # a wait in the main thread stays interruptible by Ctrl-C


class NetworkGate:
    """Open until the network exists; `wait` re-raises what creating it raised."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._done.set()  # no network to create: always open
        self._error: BaseException | None = None

    def create(self, run: Callable[[Step], None], step: Step) -> None:
        """Create the network in the background; `run` carries out and reports the step."""
        self._done.clear()

        def create() -> None:
            try:
                run(step)
            except BaseException as error:  # handed to whoever waits, in their thread
                self._error = error
            finally:
                self._done.set()

        threading.Thread(target=create, name="devenv-network", daemon=True).start()

    @property
    def open(self) -> bool:
        return self._done.is_set()

    def wait(self) -> None:
        while not self._done.wait(_POLL_SECONDS):
            pass
        if self._error is not None:
            raise self._error
