"""Instances without a daemon: naming, ports, the .env, worktrees, and what `up` would plan."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from devenv import instances
from devenv.commands.instances import stack_rows
from devenv.engine import labels
from devenv.engine.inventory import ListedContainer
from devenv.engine.plan import plan_up
from devenv.engine.snapshots import branch_snapshot_name, check_name, snapshot_volume
from devenv.engine.state import Observed
from devenv.engine.steps import Action, UpOptions
from devenv.errors import UsageError
from devenv.instances import Identity, resolve_identity
from devenv.render import render_project
from devenv.worktree import find_worktree
from tests.unit.cli_runner import run_devenv
from tests.unit.test_engine_plan import SPEC, configs, project_of

UI_SPEC = """\
name: mail
apps:
  web:
    language: python
    framework: flask
    port: 8000
services:
  postgres:
    port: 5433
  mailpit:
    ui_port: 8025
"""


def identity(instance: str, name: str = "shop") -> Identity:
    return Identity(name, instance, instances.compose_project(name, instance), "test")


# -- naming -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feature/Login", "feature-login"),
        ("  fix: the bug  ", "fix-the-bug"),
        ("review_42", "review_42"),
        ("x" * 60, "x" * 33 + "-" + instances.slug("x" * 60)[-6:]),
    ],
)
def test_instance_names_are_compose_safe_and_stable(text: str, expected: str) -> None:
    assert instances.slug(text) == expected
    assert instances.slug(text) == instances.slug(text)
    assert len(instances.slug(text)) <= instances.MAX_INSTANCE


def test_long_names_that_share_a_prefix_stay_distinct() -> None:
    assert instances.slug("a" * 50 + "1") != instances.slug("a" * 50 + "2")


def test_identity_precedence() -> None:
    def resolve(**kw: object) -> Identity:
        base: dict[str, object] = {
            "explicit": None,
            "environ": {},
            "dotenv": {},
            "worktree_id": None,
        }
        base.update(kw)
        return resolve_identity("shop", **base)  # type: ignore[arg-type]

    assert resolve() == Identity("shop", "", "shop", "default")
    assert resolve(worktree_id="Feat-X").project == "shop-feat-x"
    dotenv = {"COMPOSE_PROJECT_NAME": "shop-review"}
    found = resolve(dotenv=dotenv, worktree_id="other")
    assert (found.instance, found.project, found.source) == ("review", "shop-review", ".env")
    shell = resolve(environ={"COMPOSE_PROJECT_NAME": "shop-a"}, dotenv=dotenv)
    assert shell.project == "shop-a"
    env = resolve(environ={"DEVENV_INSTANCE": "b", "COMPOSE_PROJECT_NAME": "x"}, dotenv=dotenv)
    assert env.project == "shop-b"
    assert resolve(explicit="c", environ={"DEVENV_INSTANCE": "b"}).project == "shop-c"
    assert resolve(explicit="default", worktree_id="w").is_default
    foreign = resolve(dotenv={"COMPOSE_PROJECT_NAME": "elsewhere"})
    assert (foreign.instance, foreign.project) == ("elsewhere", "elsewhere")


@pytest.mark.parametrize("bad", ["Has Space", "UPPER", "-lead", "a/b"])
def test_bad_instance_names_are_refused_with_a_suggestion(bad: str) -> None:
    with pytest.raises(UsageError) as raised:
        resolve_identity("shop", explicit=bad, environ={}, dotenv={}, worktree_id=None)
    assert "--instance" in raised.value.message


def test_bad_project_name_in_dotenv_names_the_file() -> None:
    with pytest.raises(UsageError, match=r"^\.env: COMPOSE_PROJECT_NAME"):
        resolve_identity(
            "shop",
            explicit=None,
            environ={},
            dotenv={"COMPOSE_PROJECT_NAME": "Bad Name"},
            worktree_id=None,
        )


# -- ports --------------------------------------------------------------------------------


def test_port_variables_cover_apps_services_and_ui_ports() -> None:
    project = project_of(UI_SPEC)
    found = {(v.variable, v.service, v.default) for v in instances.port_vars(project)}
    assert found == {
        ("DEVENV_PORT_WEB", "web", 8000),
        ("DEVENV_PORT_POSTGRES", "postgres", 5433),
        ("DEVENV_UI_PORT_MAILPIT", "mailpit", 8025),
    }


def test_compose_yaml_publishes_variables_with_devenv_yaml_defaults() -> None:
    compose = {f.path: f.content for f in render_project(project_of(UI_SPEC))}["compose.yaml"]
    assert 'published: "${DEVENV_PORT_WEB:-8000}"' in compose
    assert 'published: "${DEVENV_PORT_POSTGRES:-5433}"' in compose
    assert 'published: "${DEVENV_UI_PORT_MAILPIT:-8025}"' in compose


def test_resolved_ports_read_shell_then_dotenv_then_default() -> None:
    project = project_of(UI_SPEC)
    ports = instances.resolved_ports(
        project,
        {"DEVENV_PORT_WEB": "9000"},
        {"DEVENV_PORT_WEB": "9100", "DEVENV_PORT_POSTGRES": ""},
    )
    assert ports == {
        "DEVENV_PORT_WEB": 9000,
        "DEVENV_PORT_POSTGRES": 5433,  # empty: `:-` takes the default, as Compose does
        "DEVENV_UI_PORT_MAILPIT": 8025,
    }
    with pytest.raises(UsageError, match="DEVENV_PORT_WEB='http' is not a port number"):
        instances.resolved_ports(project, {}, {"DEVENV_PORT_WEB": "http"})


def test_derived_ports_are_stable_in_range_and_differ_between_instances() -> None:
    low, high = instances.PORT_RANGE
    first = instances.derived_port("shop-a", "DEVENV_PORT_WEB")
    assert first == instances.derived_port("shop-a", "DEVENV_PORT_WEB")
    assert low <= first < high
    others = {instances.derived_port(f"shop-{i}", "DEVENV_PORT_WEB") for i in range(50)}
    assert len(others) > 45


def test_taken_ports_are_moved_on_and_never_shared_within_an_instance() -> None:
    project = project_of(UI_SPEC)
    start = instances.derived_port("mail-a", "DEVENV_PORT_WEB")
    taken = {start, start + 1}
    chosen = instances.choose_ports(
        identity("a", "mail"), project, {}, set(), lambda port: port in taken
    )
    assert chosen["DEVENV_PORT_WEB"] == start + 2
    assert len(set(chosen.values())) == 3
    assert not set(chosen.values()) & {8000, 5433, 8025}


def test_ports_written_before_are_kept_while_free() -> None:
    project = project_of(UI_SPEC)
    current = {"DEVENV_PORT_WEB": 24000, "DEVENV_PORT_POSTGRES": 5433}
    chosen = instances.choose_ports(identity("a", "mail"), project, current, set(), lambda p: False)
    assert chosen["DEVENV_PORT_WEB"] == 24000  # kept from .env
    assert chosen["DEVENV_PORT_POSTGRES"] != 5433  # the default's port belongs to the default
    moved = instances.choose_ports(
        identity("a", "mail"), project, current, set(), lambda p: p == 24000
    )
    assert moved["DEVENV_PORT_WEB"] != 24000


def test_wrapping_search_ends_with_an_error_when_everything_is_taken() -> None:
    with pytest.raises(UsageError, match="no free host port"):
        instances.next_free(instances.PORT_RANGE[0], lambda port: True, set())


# -- .env -----------------------------------------------------------------------------------


def test_dotenv_block_keeps_the_users_lines_and_keys() -> None:
    existing = "# mine\nSECRET_KEY=abc\nDEVENV_PORT_WEB=9999\n"
    values = {"COMPOSE_PROJECT_NAME": "shop-a", "DEVENV_PORT_WEB": "21000"}
    text = instances.dotenv_text(existing, values)
    assert text == (
        "# mine\nSECRET_KEY=abc\nDEVENV_PORT_WEB=9999\n\n"
        f"{instances.BLOCK_BEGIN}\nCOMPOSE_PROJECT_NAME=shop-a\n{instances.BLOCK_END}\n"
    )
    again = instances.dotenv_text(text, {"COMPOSE_PROJECT_NAME": "shop-b"})
    assert again.count(instances.BLOCK_BEGIN) == 1
    assert "shop-b" in again and "shop-a" not in again
    assert instances.dotenv_text(again, {}) == "# mine\nSECRET_KEY=abc\nDEVENV_PORT_WEB=9999\n"


def test_dotenv_holds_only_the_project_name_and_ports() -> None:
    values = instances.instance_values(identity("a"), {"DEVENV_PORT_WEB": 21000})
    assert values == {"COMPOSE_PROJECT_NAME": "shop-a", "DEVENV_PORT_WEB": "21000"}
    assert instances.instance_values(identity(""), {"DEVENV_PORT_WEB": 8001}) == {
        "DEVENV_PORT_WEB": "8001"
    }


# -- what an instance runs ---------------------------------------------------------------------


def test_an_instance_plans_its_own_containers_network_volumes_and_ports() -> None:
    project = project_of(SPEC.replace("    port: 8000", "    port: 8000\n    host_port: 8000"))
    ports = {"DEVENV_PORT_WEB": 21234}
    mine = instances.apply_identity(project, identity("review"), ports)
    assert mine.name == "shop-review"
    web = next(s for s in mine.services if s.name == "web")
    assert web.ports[0].host_port == 21234
    assert web.endpoint == "http://127.0.0.1:21234/"
    assert web.image == "shop-web:dev"  # the image is shared: same code, same build

    plan = plan_up(mine.name, configs(mine), [], [], Observed(), UpOptions())
    targets = {(s.action, s.target) for s in plan.steps()}
    assert (Action.CREATE_NETWORK, "shop-review_default") in targets
    assert (Action.CREATE_VOLUME, "shop-review_postgres-data") in targets
    assert (Action.CREATE, "shop-review-postgres-1") in targets
    assert all("shop_" not in t and not t.startswith("shop-postgres") for _, t in targets)
    mounts = {c.name: c.mounts for c in configs(mine)}
    assert mounts["shop-review-postgres-1"][0].source == "shop-review_postgres-data"


def test_a_linked_worktree_is_its_own_instance_and_reading_writes_nothing(
    tmp_path: Path,
) -> None:
    main = tmp_path / "shop"
    main.mkdir()
    (main / "devenv.yaml").write_text(SPEC)
    git = ["git", "-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q", "-b", "main"], cwd=main, check=True)
    subprocess.run([*git, "add", "devenv.yaml"], cwd=main, check=True)
    subprocess.run([*git, "commit", "-qm", "x"], cwd=main, check=True)
    second = tmp_path / "shop-review"
    subprocess.run(
        [*git, "worktree", "add", "-q", "-b", "review", str(second)], cwd=main, check=True
    )

    tree = find_worktree(second)
    assert tree is not None and tree.linked and tree.id == "shop-review"
    assert tree.branch == "review"
    top = find_worktree(main)
    assert top is not None and not top.linked and top.branch == "main"

    result = run_devenv("ps", "--json", cwd=second)
    # No engine is reachable in the unit environment: the name it was looking for is enough.
    assert result.returncode in (0, 4), result.stderr
    if result.returncode == 0:
        assert '"project": "shop-shop-review"' in result.stdout
    assert not (second / ".env").exists()


# -- snapshots and ls, pure parts ----------------------------------------------------------------


def test_snapshot_names() -> None:
    assert branch_snapshot_name("feature/login") == "branch-feature-login"
    assert (
        snapshot_volume("shop", "before", "postgres-data") == "shop.snapshot.before.postgres-data"
    )
    with pytest.raises(UsageError):
        check_name("../x")


def _listed(project: str, folder: str, state: str = "running", **more: str) -> ListedContainer:
    return ListedContainer(
        project=project,
        service="web",
        name=f"{project}-web-1",
        state=state,
        image="img",
        created=1000.0,
        labels={labels.PROJECT: project, labels.WORKING_DIR: folder, **more},
        ports=(21000,),
        volumes=(),
    )


def test_ls_rows_group_instances_and_keep_only_devenv_stacks() -> None:
    containers = [
        _listed("shop", "/src/shop"),
        _listed("shop-review", "/src/shop-review", state="exited"),
        _listed("gone-x", "/tmp/gone", **{labels.MANAGED_BY: "devenv"}),
        _listed("other", "/src/compose-only"),
    ]
    names = {"/src/shop": "shop", "/src/shop-review": "shop", "/src/compose-only": None}
    rows = {r.project: r for r in stack_rows(containers, names, now=1090.0)}
    assert set(rows) == {"shop", "shop-review", "gone-x"}
    assert (rows["shop"].instance, rows["shop"].state) == ("default", "running")
    assert (rows["shop-review"].instance, rows["shop-review"].state) == ("review", "stopped")
    assert rows["gone-x"].folder_exists is False
    assert rows["shop"].age_seconds == 90


def test_a_taken_default_port_names_its_holder_and_offers_the_next_free_one() -> None:
    from devenv.current_instance import _offer_free_ports
    from devenv.errors import OperationFailed
    from devenv.project import PortBinding

    bindings = {"DEVENV_PORT_WEB": PortBinding("127.0.0.1", 8000, 8000, "DEVENV_PORT_WEB")}
    taken = {8000, 8001}
    with pytest.raises(OperationFailed) as raised:
        _offer_free_ports(bindings, {8000: "other-web-1"}, taken.__contains__, None)
    assert (
        "port 127.0.0.1:8000 is in use by container other-web-1; 8002 is free: DEVENV_PORT_WEB=8002"
        in raised.value.message
    )
    questions: list[str] = []
    accepted = _offer_free_ports(
        bindings, {8000: "other-web-1"}, taken.__contains__, lambda q: not questions.append(q)
    )
    assert accepted == {"DEVENV_PORT_WEB": 8002}
    assert "Publish it on 8002 instead (DEVENV_PORT_WEB)?" in questions[0]
