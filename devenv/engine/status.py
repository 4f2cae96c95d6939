"""Pure: the rows `ps` and the end of `up` show, from the project and what the engine reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from devenv.engine.state import ContainerState

if TYPE_CHECKING:
    from devenv.project import Project

# A declared service: its name and the URL it is reached at, if it has one.
Declared = tuple[str, str | None]


class ServiceRow(NamedTuple):
    """One line of `devenv ps` (and of `up`'s closing table)."""

    service: str
    container: str | None
    state: str  # running, exited, ..., or "missing" when declared but not created
    health: str | None
    ports: list[str]
    endpoint: str | None

    def to_json(self) -> dict[str, object]:
        return self._asdict()


def declared_services(project: Project | None) -> list[Declared]:
    """The project's services in its order, as the rows need them (none without a spec)."""
    return [(s.name, s.endpoint) for s in project.services] if project else []


def service_rows(
    declared: Sequence[Declared], containers: tuple[ContainerState, ...]
) -> list[ServiceRow]:
    """One row per declared service, then one per container of a service no longer declared."""
    by_service = {c.service: c for c in sorted(containers, key=lambda c: c.number) if not c.oneoff}
    endpoints = dict(declared)
    names = list(endpoints) + sorted(set(by_service) - set(endpoints))
    rows = []
    for name in names:
        found = by_service.get(name)
        rows.append(
            ServiceRow(
                service=name,
                container=found.name if found else None,
                state=found.status if found else "missing",
                health=found.health if found else None,
                ports=[f"{ip or '0.0.0.0'}:{host}->{inner}" for ip, host, inner in found.ports]
                if found
                else [],
                endpoint=endpoints.get(name) if found and found.running else None,
            )
        )
    return rows
