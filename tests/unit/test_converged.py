"""The converged record: a plain `up` with nothing changed is answered after one look at the
engine, and every change `up` plans from sends it back to the full plan. The in-memory engine
plays Docker; the record is checked against what the full plan would do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from devenv import converged
from devenv.current_instance import open_instance
from devenv.engine import apply as apply_module
from devenv.engine import up as up_module
from devenv.engine.progress import QuietReporter
from devenv.engine.state import ImageState
from devenv.engine.steps import UpOptions
from devenv.engine.up import run_up
from tests.unit.fake_engine import FakeEngine
from tests.unit.test_engine_apply import BACKING
from tests.unit.test_engine_plan import SPEC


@pytest.fixture(autouse=True)
def private_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    for name in list(os.environ):
        if name.startswith(converged.ENV_PREFIXES):
            monkeypatch.delenv(name)
    monkeypatch.setattr(apply_module, "POLL_SECONDS", 0.01)
    monkeypatch.setattr(up_module, "port_is_free", lambda host_ip, port: True)


def project_folder(tmp_path: Path, spec: str = SPEC) -> Path:
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / "devenv.yaml").write_text(spec, encoding="utf-8")
    (folder / "requirements.txt").write_text("flask\n", encoding="utf-8")
    return folder / "devenv.yaml"


def full_up(spec_file: Path, engine: FakeEngine) -> int:
    """What the `up` command does on the full path; the number of steps it took."""
    instance = open_instance(spec_file, None)
    instance.workspace.sync_generated_files()
    inputs = converged.inputs_of(spec_file, instance, None)
    result = run_up(
        instance.workspace.project, instance.workspace.root, engine, QuietReporter(), UpOptions()
    )
    running = engine.containers(instance.name)
    converged.remember(spec_file, instance, inputs, result.plan, result.observed, running)
    return len(result.first_plan.steps()) + len(result.plan.steps())


def converged_stack(tmp_path: Path) -> tuple[Path, FakeEngine]:
    spec_file = project_folder(tmp_path)
    engine = FakeEngine(images=dict(BACKING))
    assert full_up(spec_file, engine) > 0
    return spec_file, engine


def test_an_unchanged_stack_is_answered_with_the_rows_the_full_plan_shows(tmp_path: Path) -> None:
    spec_file, engine = converged_stack(tmp_path)
    found = converged.still_converged(spec_file, engine)
    assert found is not None
    name, rows = found
    assert name == "shop"
    assert [r.service for r in rows] == ["web", "web-worker", "postgres", "redis"]
    assert {r.state for r in rows} == {"running"}
    assert rows[0].endpoint == "http://127.0.0.1:8000/"
    # And the full plan agrees that there is nothing to do.
    assert full_up(spec_file, engine) == 0


def change_a_build_input(spec_file: Path, engine: FakeEngine) -> None:
    (spec_file.parent / "requirements.txt").write_text("flask\ngunicorn\n", encoding="utf-8")


def add_a_lockfile(spec_file: Path, engine: FakeEngine) -> None:
    (spec_file.parent / "requirements-dev.txt").write_text("pytest\n", encoding="utf-8")


def edit_the_spec(spec_file: Path, engine: FakeEngine) -> None:
    spec_file.write_text(SPEC.replace("port: 8000", "port: 8001"), encoding="utf-8")


def edit_a_generated_file(spec_file: Path, engine: FakeEngine) -> None:
    with (spec_file.parent / "compose.yaml").open("a", encoding="utf-8") as handle:
        handle.write("# a hand edit\n")


def write_a_dotenv(spec_file: Path, engine: FakeEngine) -> None:
    (spec_file.parent / ".env").write_text("DEVENV_PORT_WEB=8100\n", encoding="utf-8")


def stop_a_container(spec_file: Path, engine: FakeEngine) -> None:
    engine.stop("shop-redis-1")


def remove_a_container(spec_file: Path, engine: FakeEngine) -> None:
    del engine.containers_by_name["shop-redis-1"]


def retag_an_image(spec_file: Path, engine: FakeEngine) -> None:
    engine.images["redis:7.4"] = ImageState("sha256:newer-redis")


def remove_an_image(spec_file: Path, engine: FakeEngine) -> None:
    del engine.images["postgres:16"]


@pytest.mark.parametrize(
    "change",
    [
        change_a_build_input,
        add_a_lockfile,
        edit_the_spec,
        edit_a_generated_file,
        write_a_dotenv,
        stop_a_container,
        remove_a_container,
        retag_an_image,
        remove_an_image,
    ],
)
def test_any_change_up_plans_from_takes_the_full_plan(tmp_path: Path, change: object) -> None:
    spec_file, engine = converged_stack(tmp_path)
    change(spec_file, engine)  # type: ignore[operator]
    assert converged.still_converged(spec_file, engine) is None


def test_the_environment_devenv_reads_is_an_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_file, engine = converged_stack(tmp_path)
    monkeypatch.setenv("SOMETHING_ELSE", "1")  # not read by devenv: still converged
    assert converged.still_converged(spec_file, engine) is not None
    monkeypatch.setenv("DEVENV_CA_CERTS", "-----BEGIN CERTIFICATE-----")
    assert converged.still_converged(spec_file, engine) is None


def test_a_file_touched_without_a_change_is_planned_in_full_then_recorded_again(
    tmp_path: Path,
) -> None:
    spec_file, engine = converged_stack(tmp_path)
    requirements = spec_file.parent / "requirements.txt"
    os.utime(requirements, ns=(requirements.stat().st_atime_ns, 1_000_000_000))
    assert converged.still_converged(spec_file, engine) is None
    assert full_up(spec_file, engine) == 0  # the build's digest says nothing changed
    assert converged.still_converged(spec_file, engine) is not None


def test_no_record_for_another_instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec_file = project_folder(tmp_path)
    engine = FakeEngine(images=dict(BACKING))
    monkeypatch.setenv("DEVENV_INSTANCE", "review")
    full_up(spec_file, engine)
    assert not converged.converged_file(spec_file).exists()


def test_no_record_while_a_service_is_not_running(tmp_path: Path) -> None:
    spec_file = project_folder(tmp_path)
    engine = FakeEngine(images=dict(BACKING))
    full_up(spec_file, engine)
    engine.stop("shop-redis-1")
    instance = open_instance(spec_file, None)
    inputs = converged.inputs_of(spec_file, instance, None)
    result = run_up(
        instance.workspace.project, instance.workspace.root, engine, QuietReporter(), UpOptions()
    )
    engine.stop("shop-redis-1")  # it went down again before the closing look
    running = engine.containers(instance.name)
    converged.remember(spec_file, instance, inputs, result.plan, result.observed, running)
    assert not converged.converged_file(spec_file).exists()


def test_no_record_when_the_source_is_baked_into_the_image(tmp_path: Path) -> None:
    baked = SPEC.replace("    port: 8000\n", "    port: 8000\n    live_reload: false\n")
    spec_file = project_folder(tmp_path, baked)
    engine = FakeEngine(images=dict(BACKING))
    full_up(spec_file, engine)
    assert not converged.converged_file(spec_file).exists()


@pytest.mark.parametrize("damage", ["", "{", "[]", '{"format": 1}', '{"format": 99}'])
def test_a_damaged_record_is_a_miss(tmp_path: Path, damage: str) -> None:
    spec_file, engine = converged_stack(tmp_path)
    converged.converged_file(spec_file).write_text(damage, encoding="utf-8")
    assert converged.still_converged(spec_file, engine) is None


def test_down_is_named_by_the_record_only_while_the_name_s_inputs_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_file, engine = converged_stack(tmp_path)
    assert converged.recorded_project(spec_file) == "shop"
    monkeypatch.setenv("COMPOSE_PROJECT_NAME", "elsewhere")  # would name another project
    assert converged.recorded_project(spec_file) is None
    monkeypatch.delenv("COMPOSE_PROJECT_NAME")
    write_a_dotenv(spec_file, engine)
    assert converged.recorded_project(spec_file) is None


def test_down_forgets_the_record_of_the_project_it_removed(tmp_path: Path) -> None:
    spec_file, _ = converged_stack(tmp_path)
    converged.forget(spec_file, "another-project")
    assert converged.recorded_project(spec_file) == "shop"
    converged.forget(spec_file, "shop")
    assert not converged.converged_file(spec_file).exists()
    assert converged.recorded_project(spec_file) is None
