"""`up` asks the engine which of its own ports other containers publish, and lists every
published port only when it has to look further (a search for a free port)."""

from __future__ import annotations

from collections.abc import Iterable

from devenv.current_instance import PublishedPorts
from tests.unit.fake_engine import FakeEngine


class AskedPorts(FakeEngine):
    """The fake engine, noting what each published_ports call asked about (None: every port)."""

    def __init__(self, publishing: dict[int, str]) -> None:
        super().__init__()
        self.publishing = publishing
        self.asked: list[set[int] | None] = []

    def published_ports(self, ports: Iterable[int] | None = None) -> dict[int, str]:
        wanted = None if ports is None else set(ports)
        self.asked.append(wanted)
        return {p: c for p, c in self.publishing.items() if wanted is None or p in wanted}


def test_the_stacks_own_ports_are_asked_about_first_and_alone() -> None:
    engine = AskedPorts({8000: "other-web-1", 9000: "far-away-1"})
    published = PublishedPorts(engine, asked={8000, 5432}, ours=set())
    assert published[8000] == "other-web-1"
    assert 5432 not in published
    assert engine.asked == [{8000, 5432}]  # one filtered call, nothing more


def test_another_port_brings_the_whole_list_once() -> None:
    engine = AskedPorts({8000: "other-web-1", 8001: "other-web-2"})
    published = PublishedPorts(engine, asked={8000}, ours=set())
    assert 8001 in published and 8002 not in published  # a search for a free port
    assert engine.asked == [{8000}, None]


def test_the_stacks_own_containers_do_not_count() -> None:
    engine = AskedPorts({8000: "shop-web-1"})
    published = PublishedPorts(engine, asked={8000}, ours={8000})
    assert 8000 not in published
    assert dict(published) == {}
