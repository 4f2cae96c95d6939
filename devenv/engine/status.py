"""Pure: the rows `ps` and the end of `up` show, from the project and what the engine reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from devenv.engine.state import ContainerState
from devenv.project import Project


@dataclass(frozen=True)
class ServiceRow:
    """One line of `devenv ps` (and of `up`'s closing table)."""

    service: str
    container: str | None
    state: str  # running, exited, ..., or "missing" when declared but not created
    health: str | None
    ports: list[str]
    endpoint: str | None

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def service_rows(
    project: Project | None, containers: tuple[ContainerState, ...]
) -> list[ServiceRow]:
    by_service = {c.service: c for c in sorted(containers, key=lambda c: c.number) if not c.oneoff}
    declared = [s.name for s in project.services] if project else []
    endpoints = {s.name: s.endpoint for s in project.services} if project else {}
    names = declared + sorted(set(by_service) - set(declared))
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
