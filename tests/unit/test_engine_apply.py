"""apply, up and down without a Docker Engine: the in-memory fake plays the engine."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from devenv.engine import apply as apply_module
from devenv.engine import up as up_module
from devenv.engine.apply import ServicesFailed
from devenv.engine.down import run_down
from devenv.engine.progress import QuietReporter
from devenv.engine.state import ImageState
from devenv.engine.steps import Action, UpOptions
from devenv.engine.up import run_build, run_restart, run_up
from devenv.errors import Interrupted, OperationFailed, UsageError
from devenv.project import Project
from tests.unit.fake_engine import FakeEngine
from tests.unit.test_engine_plan import project_of

BACKING = {"postgres:16": ImageState("sha256:pg"), "redis:7.4": ImageState("sha256:redis")}


@pytest.fixture(autouse=True)
def private_locks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    monkeypatch.setattr(apply_module, "POLL_SECONDS", 0.01)
    # The fake engine owns these stacks' ports: whatever holds 8000 on this machine (a real
    # stack, another test run) is not part of the scenario.
    monkeypatch.setattr(up_module, "port_is_free", lambda host_ip, port: True)


def engine_with_images(**script: object) -> FakeEngine:
    engine = FakeEngine(images=dict(BACKING), **script)  # type: ignore[arg-type]
    engine.health.setdefault("postgres", ["starting", "healthy"])
    engine.health.setdefault("redis", ["starting", "healthy"])
    return engine


def up(
    engine: FakeEngine,
    project: Project,
    root: Path,
    *,
    wait_timeout: float = 5,
    options: UpOptions | None = None,
) -> list[tuple[str, str]]:
    result = run_up(
        project, root, engine, QuietReporter(), options or UpOptions(), wait_timeout=wait_timeout
    )
    return [(s.action.value, s.target) for s in result.plan.steps()]


def test_dependencies_are_healthy_before_dependents_are_created(tmp_path: Path) -> None:
    engine = engine_with_images()
    up(engine, project_of(), tmp_path)
    web_created = engine.when("create", "shop-web-1")
    for dependency in ("shop-postgres-1", "shop-redis-1"):
        healthy_seen = max(
            t for call, what, t in engine.calls if (call, what) == ("inspect", dependency)
        )
        assert healthy_seen < web_created
    assert engine.called("build") == ["shop-web:dev"]  # not there yet: built first
    assert engine.when("create network", "shop_default") < engine.when("create", "shop-redis-1")


def test_independent_services_start_in_parallel(tmp_path: Path) -> None:
    both = threading.Barrier(2, timeout=3)
    engine = engine_with_images(on_start={"postgres": both.wait, "redis": both.wait})
    up(engine, project_of(), tmp_path)  # one after the other, the barrier would break
    assert not both.broken


def test_a_second_up_changes_nothing(tmp_path: Path) -> None:
    engine = engine_with_images()
    up(engine, project_of(), tmp_path)
    before = len(engine.called("create"))
    assert up(engine, project_of(), tmp_path) == []
    assert len(engine.called("create")) == before
    assert engine.called("build") == ["shop-web:dev"]


def test_rebuild_with_the_same_image_id_recreates_nothing(tmp_path: Path) -> None:
    engine = engine_with_images()
    up(engine, project_of(), tmp_path)
    built = engine.images["shop-web:dev"]
    # The build inputs change, but the build comes out of the cache: same image ID.
    engine.images["shop-web:dev"] = ImageState(built.id, "other-digest", {})
    engine.build_ids["shop-web:dev"] = built.id
    steps = up(engine, project_of(), tmp_path)
    assert engine.called("build") == ["shop-web:dev", "shop-web:dev"]
    assert steps == []  # the re-plan after the build saw the same image


def test_the_first_failure_cancels_the_rest_and_every_failure_is_named(tmp_path: Path) -> None:
    both = threading.Barrier(2, timeout=3)  # both have started when either is looked at
    engine = engine_with_images(
        exits={"postgres": 3, "redis": 1},
        log_lines={"postgres": ["FATAL: bad config"], "redis": ["oops"]},
        on_start={"postgres": both.wait, "redis": both.wait},
    )
    with pytest.raises(ServicesFailed) as caught:
        up(engine, project_of(), tmp_path)
    message = caught.value.message
    assert "2 services failed" in message
    assert "postgres exited with code 3" in message and "FATAL: bad config" in message
    assert "redis exited with code 1" in message
    assert "shop-web-1" not in engine.called("create")  # its dependencies failed


def test_one_failure_is_shown_as_itself(tmp_path: Path) -> None:
    engine = engine_with_images(refuse_start={"redis": "port is already allocated"})
    with pytest.raises(OperationFailed) as caught:
        up(engine, project_of(), tmp_path)
    assert not isinstance(caught.value, ServicesFailed)
    assert "port is already allocated" in caught.value.message
    assert "shop-web-1" not in engine.called("create")


def test_a_health_timeout_shows_the_last_log_lines(tmp_path: Path) -> None:
    engine = engine_with_images(
        health={"postgres": ["starting"]},
        log_lines={"postgres": [f"line {n}" for n in range(30)]},
    )
    with pytest.raises(OperationFailed) as caught:
        up(engine, project_of(), tmp_path, wait_timeout=0.2)
    message = caught.value.message
    assert "postgres not healthy after 0.2s" in message
    assert "postgres | line 29" in message and "line 9\n" not in message  # the last 20 only
    assert "--wait-timeout" in (caught.value.hint or "")


def test_an_unhealthy_dependency_fails_at_once(tmp_path: Path) -> None:
    engine = engine_with_images(health={"redis": ["starting", "unhealthy"]})
    with pytest.raises(OperationFailed, match="redis is unhealthy"):
        up(engine, project_of(), tmp_path)


def test_ctrl_c_cancels_what_has_not_started(tmp_path: Path) -> None:
    main = threading.main_thread().ident
    assert main is not None

    def interrupt() -> None:
        signal.pthread_kill(main, signal.SIGINT)
        time.sleep(0.2)

    engine = engine_with_images(on_start={"redis": interrupt}, health={"postgres": ["starting"]})
    with pytest.raises(Interrupted) as caught:
        up(engine, project_of(), tmp_path, wait_timeout=30)
    assert "devenv down" in (caught.value.hint or "")
    assert "shop-web-1" not in engine.called("create")


ONE_SERVICE = """\
name: solo
apps:
  web:
    language: python
    port: 8000
    command: python -m http.server 8000
"""


def test_a_one_service_stack_is_started_and_stopped_without_a_thread_pool(tmp_path: Path) -> None:
    """Nothing runs side by side, so nothing leaves the calling thread (and the thread pool's
    imports are not paid for)."""
    engine = engine_with_images()
    up(engine, project_of(ONE_SERVICE), tmp_path)
    run_down(engine, "solo", QuietReporter(), remove_volumes=False, confirm=lambda v: False)
    assert engine.containers("solo") == ()
    assert engine.called("remove network") == ["solo_default"]
    main = threading.main_thread().name
    assert {call: engine.threads[call] for call in ("start", "stop", "remove")} == {
        "start": {main},
        "stop": {main},
        "remove": {main},
    }


def test_ctrl_c_in_a_one_service_up_is_reported_as_an_interruption(tmp_path: Path) -> None:
    def interrupt() -> None:
        raise KeyboardInterrupt

    engine = engine_with_images(on_start={"web": interrupt})
    with pytest.raises(Interrupted) as caught:
        up(engine, project_of(ONE_SERVICE), tmp_path)
    assert "devenv down" in (caught.value.hint or "")


def test_down_removes_dependents_first_then_the_network(tmp_path: Path) -> None:
    engine = engine_with_images()
    up(engine, project_of(), tmp_path)
    plan = run_down(engine, "shop", QuietReporter(), remove_volumes=False, confirm=lambda v: False)
    assert engine.containers("shop") == ()
    removed_web = engine.when("remove", "shop-web-1")
    assert removed_web < engine.when("stop", "shop-postgres-1")
    assert removed_web < engine.when("stop", "shop-redis-1")
    assert engine.called("remove network") == ["shop_default"]
    assert engine.networks == {}
    assert sorted(plan.kept_volumes) == sorted(engine.volumes)  # kept without --volumes


def test_a_container_that_will_not_stop_fails_down_after_the_rest_of_its_wave(
    tmp_path: Path,
) -> None:
    engine = engine_with_images()
    up(engine, project_of(), tmp_path)
    engine.refuse_stop["shop-postgres-1"] = "device or resource busy"
    with pytest.raises(OperationFailed, match="shop-postgres-1"):
        run_down(engine, "shop", QuietReporter(), remove_volumes=False, confirm=lambda v: False)
    left = {c.name for c in engine.containers("shop")}
    assert left == {"shop-postgres-1"}  # its wave went on without it; the network stays
    assert engine.called("remove network") == []


def test_down_with_volumes_needs_consent(tmp_path: Path) -> None:
    engine = engine_with_images()
    up(engine, project_of(), tmp_path)
    with pytest.raises(Exception, match="not confirmed"):
        run_down(engine, "shop", QuietReporter(), remove_volumes=True, confirm=lambda v: False)
    assert engine.volumes  # nothing lost
    run_down(engine, "shop", QuietReporter(), remove_volumes=True, confirm=lambda v: True)
    assert engine.volumes == {}


def test_build_goes_through_the_plan_and_names_unknown_apps(tmp_path: Path) -> None:
    engine = engine_with_images()
    steps = run_build(project_of(), tmp_path, engine, QuietReporter())
    assert [(s.action, s.target) for s in steps] == [(Action.BUILD, "shop-web:dev")]
    assert steps[0].build is not None and steps[0].build.image == "shop-web:dev"
    with pytest.raises(UsageError, match="no app named api"):
        run_build(project_of(), tmp_path, engine, QuietReporter(), ("api",))


def test_restart_goes_through_the_plan(tmp_path: Path) -> None:
    engine = engine_with_images()
    up(engine, project_of(), tmp_path)
    steps = run_restart(engine, "shop", ("redis",), QuietReporter())
    assert [s.target for s in steps] == ["shop-redis-1"]
    assert engine.called("restart") == ["shop-redis-1"]
    with pytest.raises(UsageError, match="no container for nope"):
        run_restart(engine, "shop", ("nope",), QuietReporter())


def test_create_steps_carry_their_config_and_image(tmp_path: Path) -> None:
    engine = engine_with_images()
    result = run_up(project_of(), tmp_path, engine, QuietReporter(), UpOptions(), dry_run=True)
    creates = [s for s in result.plan.steps() if s.action is Action.CREATE]
    assert creates and all(s.container is not None for s in creates)
    redis = next(s for s in creates if s.service == "redis")
    assert redis.image_id == "sha256:redis"
    assert engine.called("create") == []  # a dry run calls nothing
    assert os.environ["XDG_RUNTIME_DIR"].startswith(str(tmp_path))


def test_containers_are_created_while_the_network_is_being_created(tmp_path: Path) -> None:
    """API 1.41 checks a container's network when it starts it: the creates need not wait
    for the network, only the starts do."""
    engine = engine_with_images(network_delay=0.3, network_checked_on_create=False)
    up(engine, project_of(), tmp_path)
    network_done = engine.when("network created", "shop_default")
    creates = [engine.when("create", name) for name in engine.called("create")]
    starts = [engine.when("start", name) for name in engine.called("start")]
    assert len(creates) == 4 and starts
    assert min(creates) < network_done <= min(starts)


def test_a_create_refused_for_its_missing_network_is_asked_again(tmp_path: Path) -> None:
    """A newer engine refuses a create before the network exists: asked again once it does."""
    engine = engine_with_images(network_delay=0.3)
    up(engine, project_of(), tmp_path)
    created = engine.called("create")
    assert len(set(created)) == 4
    assert len(created) > 4  # at least one create was refused, then made again
    assert {c.state.status for c in engine.containers_by_name.values()} == {"running"}


def test_a_network_that_cannot_be_created_fails_up_once(tmp_path: Path) -> None:
    engine = engine_with_images(network_delay=0.1, network_checked_on_create=False)

    def refuse(name: str, network_labels: dict[str, str]) -> None:
        time.sleep(0.1)
        raise OperationFailed(f"creating network {name}: address pools exhausted")

    engine.create_network = refuse  # type: ignore[method-assign]
    with pytest.raises(OperationFailed, match="address pools exhausted"):
        up(engine, project_of(), tmp_path)
    assert engine.called("start") == []
