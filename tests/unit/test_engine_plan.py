"""The planner without a daemon: what `up` and `down` would do, step by step, and why."""

from __future__ import annotations

import pytest

from devenv.engine import labels
from devenv.engine.desired import ContainerConfig, MountSpec, container_config
from devenv.engine.plan import plan_up
from devenv.engine.state import BuildInputs, ContainerState, ImageState, Observed
from devenv.engine.steps import Action, Plan, UpOptions, plan_down
from devenv.project import Project, build_project
from devenv.spec.load import parse_spec

SPEC = """\
name: shop
apps:
  web:
    language: python
    framework: flask
    port: 8000
    processes:
      worker: celery -A shop worker
services:
  postgres: {}
  redis: {}
"""
ROOT = "/src/shop"
APP_IMAGE = "shop-web:dev"
IMAGE_IDS = {APP_IMAGE: "sha256:app", "postgres:16": "sha256:pg", "redis:7.4": "sha256:redis"}


def project_of(text: str = SPEC) -> Project:
    return build_project(parse_spec(text))


def configs(project: Project) -> list[ContainerConfig]:
    return [container_config(project, s, ROOT) for s in project.services]


def build_of(digest: str = "d1", files: dict[str, str] | None = None) -> BuildInputs:
    return BuildInputs(
        image=APP_IMAGE,
        context=ROOT,
        dockerfile="Dockerfile",
        target="dev",
        digest=digest,
        files=files or {"Dockerfile": "a", "requirements.txt": "b"},
        source_baked=False,
    )


def bare(name: str, service: str, status: str = "running", **more: object) -> ContainerState:
    """A container that devenv did not configure: only its name, service and status matter."""
    fields: dict[str, object] = {
        "id": f"id-{name}",
        "name": name,
        "service": service,
        "number": 1,
        "status": status,
        "health": None,
        "config_hash": "",
        "image_id": "",
        "oneoff": False,
        **more,
    }
    return ContainerState(**fields)  # type: ignore[arg-type]


def running(config: ContainerConfig, image_id: str, **changes: object) -> ContainerState:
    state = ContainerState(
        id=f"id-{config.name}",
        name=config.name,
        service=config.service,
        number=1,
        status="running",
        health="healthy" if config.healthcheck else None,
        config_hash=config.config_hash(),
        image_id=image_id,
        image_label=image_id,
        config_fields=config.create_labels(image_id)[labels.CONFIG_FIELDS],
        oneoff=False,
        ports=tuple((p.host_ip, p.host_port, p.container_port) for p in config.ports),
        depends_on=config.depends_on,
    )
    return state._replace(**changes)  # type: ignore[arg-type]


def converged(project: Project, build: BuildInputs) -> Observed:
    return Observed(
        containers=tuple(running(c, IMAGE_IDS[c.image]) for c in configs(project)),
        networks=frozenset({"shop_default"}),
        volumes=frozenset({"shop_postgres-data", "shop_redis-data"}),
        images={
            APP_IMAGE: ImageState(IMAGE_IDS[APP_IMAGE], build.digest, build.files),
            "postgres:16": ImageState(IMAGE_IDS["postgres:16"]),
            "redis:7.4": ImageState(IMAGE_IDS["redis:7.4"]),
        },
    )


def plan(
    project: Project,
    observed: Observed,
    build: BuildInputs | None = None,
    options: UpOptions | None = None,
) -> Plan:
    return plan_up(
        project.name,
        configs(project),
        [build or build_of()],
        ["postgres:16", "redis:7.4"],
        observed,
        options or UpOptions(),
    )


def described(steps: list) -> list[str]:  # type: ignore[type-arg]
    return [step.describe() for step in steps]


def test_cold_start_builds_pulls_creates_and_orders_by_dependency() -> None:
    project = project_of()
    result = plan(project, Observed())
    assert described(list(result.images)) == [
        "build shop-web:dev: not built yet",
        "pull postgres:16: not on this engine yet",
        "pull redis:7.4: not on this engine yet",
    ]
    assert described(list(result.resources)) == [
        "create network shop_default: the project's network is missing",
        "create volume shop_postgres-data: new data volume",
        "create volume shop_redis-data: new data volume",
    ]
    order = [sp.service for sp in result.services]
    assert order.index("postgres") < order.index("web")
    assert order.index("redis") < order.index("web-worker")
    waits = {sp.service: sp.wait_healthy for sp in result.services}
    assert waits == {"postgres": True, "redis": True, "web": False, "web-worker": False}
    web = next(sp for sp in result.services if sp.service == "web")
    assert [s.action for s in web.steps] == [Action.CREATE, Action.START]


def test_nothing_changed_plans_nothing() -> None:
    project = project_of()
    result = plan(project, converged(project, build_of()))
    assert result.changes_nothing
    assert result.steps() == []


def test_spec_change_recreates_only_the_affected_service() -> None:
    before = project_of()
    after = project_of(SPEC.replace("port: 8000", "port: 8000\n    host_port: 8080"))
    result = plan(after, converged(before, build_of()))
    touched = {step.service for step in result.steps()}
    assert touched == {"web"}
    assert described(result.steps()) == [
        "stop shop-web-1: configuration changed (ports)",
        "remove shop-web-1: configuration changed (ports)",
        "create shop-web-1: configuration changed (ports)",
        "start shop-web-1: configuration changed (ports)",
    ]


def test_lockfile_change_rebuilds_and_names_the_file() -> None:
    project = project_of()
    observed = converged(project, build_of())
    changed = build_of("d2", {"Dockerfile": "a", "requirements.txt": "c"})
    result = plan(project, observed, changed)
    assert described(list(result.images)) == ["build shop-web:dev: requirements.txt changed"]
    recreated = {s.service for s in result.steps() if s.action is Action.CREATE}
    assert recreated == {"web", "web-worker"}  # both run the app's image
    assert all(s.reason == "image rebuilt" for s in result.steps() if s.service == "web")


def test_build_flag_forces_a_build() -> None:
    project = project_of()
    result = plan(project, converged(project, build_of()), options=UpOptions(build=True))
    assert described(list(result.images)) == ["build shop-web:dev: --build asked for it"]


def test_new_image_id_after_a_pull_recreates_with_that_reason() -> None:
    project = project_of()
    observed = converged(project, build_of())
    images = {**observed.images, "redis:7.4": ImageState("sha256:newer")}
    result = plan(
        project, Observed(observed.containers, observed.networks, observed.volumes, images)
    )
    assert {s.reason for s in result.steps()} == {"image changed"}
    assert {s.service for s in result.steps()} == {"redis"}


def test_stopped_container_is_started_not_recreated() -> None:
    project = project_of()
    observed = converged(project, build_of())
    containers = tuple(
        running(c, IMAGE_IDS[c.image], status="exited")
        if c.service == "redis"
        else running(c, IMAGE_IDS[c.image])
        for c in configs(project)
    )
    result = plan(
        project, Observed(containers, observed.networks, observed.volumes, observed.images)
    )
    assert described(result.steps()) == ["start shop-redis-1: container was exited"]


@pytest.mark.parametrize("remove", [False, True])
def test_orphans_are_reported_or_removed(remove: bool) -> None:
    project = project_of()
    observed = converged(project, build_of())
    orphan = bare("shop-old-1", "old")
    with_orphan = Observed(
        (*observed.containers, orphan), observed.networks, observed.volumes, observed.images
    )
    result = plan(project, with_orphan, options=UpOptions(remove_orphans=remove))
    if remove:
        assert described(result.steps()) == ["stop shop-old-1: orphan", "remove shop-old-1: orphan"]
        assert result.notes == ()
    else:
        assert result.steps() == []
        assert "shop-old-1" in result.notes[0] and "--remove-orphans" in result.notes[0]


def test_compose_labels_and_names_match_compose() -> None:
    project = project_of()
    web = next(c for c in configs(project) if c.service == "web")
    found = dict(web.labels)
    assert web.name == "shop-web-1"
    assert web.network == "shop_default"
    assert web.aliases == ("shop-web-1", "web")
    assert found[labels.PROJECT] == "shop"
    assert found[labels.SERVICE] == "web"
    assert found[labels.NUMBER] == "1"
    assert found[labels.ONEOFF] == "False"
    assert found[labels.WORKING_DIR] == ROOT
    assert found[labels.CONFIG_FILES] == f"{ROOT}/compose.yaml"
    assert labels.parse_depends_on(found[labels.DEPENDS_ON]) == ("postgres", "redis")
    assert web.mounts == (MountSpec("bind", ROOT, "/app", ROOT),)
    postgres = next(c for c in configs(project) if c.service == "postgres")
    assert postgres.mounts == (
        MountSpec("volume", "shop_postgres-data", "/var/lib/postgresql/data", "postgres-data"),
    )


def test_config_hash_follows_config_not_image() -> None:
    web = next(c for c in configs(project_of()) if c.service == "web")
    assert web.config_hash() == web.config_hash()
    other = next(c for c in configs(project_of(SPEC.replace("8000", "8001"))) if c.service == "web")
    assert other.config_hash() != web.config_hash()


def test_a_changed_setting_is_named_in_the_reason() -> None:
    project = project_of()
    observed = converged(project, build_of())
    moved = project_of(SPEC.replace("8000", "8001"))
    result = plan(moved, observed)
    reasons = {s.reason for s in result.steps() if s.service == "web"}
    assert reasons == {"configuration changed (command, healthcheck, ports)"} or all(
        r.startswith("configuration changed (") for r in reasons
    )
    assert "ports" in next(iter(reasons))


def test_a_container_compose_created_is_kept_when_the_hashes_agree() -> None:
    project = project_of()
    observed = converged(project, build_of())
    # Compose records neither devenv's field digests nor anything else devenv-only.
    from_compose = tuple(c._replace(config_fields="") for c in observed.containers)
    result = plan(
        project, Observed(from_compose, observed.networks, observed.volumes, observed.images)
    )
    assert result.steps() == []


def test_down_stops_dependents_first_and_keeps_volumes() -> None:
    project = project_of()
    observed = converged(project, build_of())
    result = plan_down(
        "shop",
        list(observed.containers),
        ["shop_default"],
        ["shop_postgres-data"],
        remove_volumes=False,
    )
    first, then = result.waves
    assert {seq[0].service for seq in first} == {"web", "web-worker"}
    assert {seq[0].service for seq in then} == {"postgres", "redis"}
    assert all([s.action for s in seq] == [Action.STOP, Action.REMOVE] for seq in first + then)
    assert [s.target for s in result.networks] == ["shop_default"]
    assert result.volumes == ()
    assert result.kept_volumes == ("shop_postgres-data",)


def test_down_with_volumes_removes_them() -> None:
    result = plan_down("shop", [], [], ["shop_postgres-data"], remove_volumes=True)
    assert described(list(result.volumes)) == ["remove volume shop_postgres-data: --volumes"]
    assert result.kept_volumes == ()


def test_down_of_an_empty_project_does_nothing() -> None:
    assert plan_down("gone", [], [], [], remove_volumes=False).steps() == []


def test_wait_covers_processes_without_healthcheck_and_setup_steps() -> None:
    project = project_of(
        SPEC.replace("    port: 8000\n", "    port: 8000\n    setup: flask db upgrade\n")
    )
    waits = {sp.service: sp.wait_healthy for sp in plan(project, Observed()).services}
    # The setup step is waited for even without --wait: the app starts only after it.
    assert waits["web-setup"] is True and waits["web-worker"] is False
    every = plan(project, Observed(), options=UpOptions(wait_all=True))
    assert all(sp.wait_healthy for sp in every.services)
    setup = next(sp for sp in every.services if sp.service == "web-setup")
    assert setup.container.one_shot
    web = next(c for c in configs(project) if c.service == "web")
    assert "web-setup:service_completed_successfully:false" in dict(web.labels)[labels.DEPENDS_ON]


def test_service_aliases_join_the_network_names() -> None:
    project = project_of(SPEC.replace("  postgres: {}\n", "  postgres:\n    aliases: [db]\n"))
    postgres = next(c for c in configs(project) if c.service == "postgres")
    assert postgres.aliases == ("shop-postgres-1", "postgres", "db")
