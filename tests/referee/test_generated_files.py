"""Every generated compose file and Dockerfile, judged by real Compose v2 and hadolint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from devenv.project import build_project
from devenv.spec.load import parse_spec
from tests.conftest import EXAMPLES, ROOT
from tests.referee.compose_referee import compose_config, container_environment, literal
from tests.referee.hadolint_referee import hadolint_findings

GOLDEN = sorted((ROOT / "tests" / "golden" / "cases").glob("*/devenv.yaml"))
# Each entry: (spec file, folder holding its generated files).
RENDERED = [(spec, spec.parent / "expected") for spec in GOLDEN] + [
    (folder / "devenv.yaml", folder) for folder in EXAMPLES
]
DOCKERFILES = sorted(
    {
        path
        for _, folder in RENDERED
        for path in folder.rglob("Dockerfile*")
        if "node_modules" not in path.parts
    }
)


def _ids(items: list[tuple[Path, Path]]) -> list[str]:
    return [str(spec.parent.relative_to(ROOT)) for spec, _ in items]


@pytest.mark.parametrize(("spec_file", "folder"), RENDERED, ids=_ids(RENDERED))
def test_compose_accepts_and_keeps_our_settings(spec_file: Path, folder: Path) -> None:
    project = build_project(parse_spec(spec_file.read_bytes()))
    config = compose_config(folder / "compose.yaml")
    assert config["name"] == project.name
    assert sorted(config["services"]) == sorted(s.name for s in project.services)
    for service in project.services:
        seen = config["services"][service.name]
        assert seen["image"] == service.image
        assert container_environment(seen) == dict(service.environment)
        assert seen.get("init") is True
        published = [
            (p["host_ip"], int(p["published"]), p["target"]) for p in seen.get("ports", [])
        ]
        assert published == [(p.host_ip, p.host_port, p.container_port) for p in service.ports]
        if service.healthcheck:
            assert [literal(arg) for arg in seen["healthcheck"]["test"]] == list(
                service.healthcheck.test
            )
        one_shots = {s.name for s in project.services if s.one_shot}
        for dependency in service.depends_on:
            expected = (
                "service_completed_successfully" if dependency in one_shots else "service_healthy"
            )
            assert seen["depends_on"][dependency]["condition"] == expected
    assert sorted(config.get("volumes", {})) == sorted(project.volumes)


@pytest.mark.parametrize("folder", EXAMPLES, ids=[f.name for f in EXAMPLES])
def test_examples_publish_only_on_loopback(folder: Path) -> None:
    config = compose_config(folder / "compose.yaml")
    for name, service in config["services"].items():
        for port in service.get("ports", []):
            assert port["host_ip"] == "127.0.0.1", f"{folder.name}/{name} publishes {port}"


@pytest.mark.parametrize(("spec_file", "folder"), RENDERED, ids=_ids(RENDERED))
def test_env_example_is_a_dotenv_compose_reads(
    spec_file: Path, folder: Path, tmp_path: Path
) -> None:
    # A user may copy .env.example to .env; Compose then parses it, and must not choke.
    shutil.copy(folder / "compose.yaml", tmp_path / "compose.yaml")
    shutil.copy(folder / ".env.example", tmp_path / ".env")
    compose_config(tmp_path / "compose.yaml")


@pytest.mark.parametrize(
    "dockerfile", DOCKERFILES, ids=[str(p.relative_to(ROOT)) for p in DOCKERFILES]
)
def test_hadolint_finds_nothing(dockerfile: Path) -> None:
    findings = hadolint_findings([dockerfile])
    assert not findings, findings
