"""Properties over random specs and random repository trees: no traceback, no write outside
the project, every refusal located, every accepted spec accepted by Compose and hadolint with
its values intact, and every spec `devenv init` writes read back by the loader."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from devenv.errors import SpecError
from devenv.project import build_project
from devenv.spec.load import parse_spec
from devenv.spec.write import scalar
from devenv.spec.yaml_source import load_located
from tests.hostile.runner import run, snapshot
from tests.hostile.test_hostile_corpus import accepted_by_referees
from tests.referee.compose_referee import compose_config, container_environment

LOCATED = re.compile(r"^devenv\.yaml:\d+:\d+: ")
# Text that YAML can carry: anything but lone surrogates (not encodable as UTF-8).
TEXT = st.characters(blacklist_categories=("Cs",))
HOSTILE = [
    "",
    " ",
    "\n",
    "\x1b[2J",
    "..",
    ".git",
    "/",
    "$HOME",
    "${X}",
    "'",
    '"',
    "`id`",
    "é",
    "\U0001f680",
]

names = st.one_of(
    st.sampled_from(["web", "api", "a-b", "a__b", "x1", "web-", "a_-b", "Web", "postgres"]),
    st.text(TEXT, max_size=8),
)
texts = st.one_of(st.sampled_from(HOSTILE), st.text(TEXT, max_size=16))
commands = st.one_of(
    st.sampled_from(["python app.py", "node server.js", "go run .", "sh -c 'echo $X'"]),
    texts,
    st.lists(texts, min_size=1, max_size=3),
)
ports = st.one_of(st.sampled_from([8000, 3000, 5432, 8000]), st.integers(-1, 70000))
host_ips = st.sampled_from(["127.0.0.1", "127.0.0.2", "::1", "::1%lo", "0.0.0.0", "::", "x"])
versions = st.one_of(st.sampled_from(["3.12", "22", "1.23", "16", "x" * 101]), texts)
paths = st.one_of(
    st.sampled_from([".", "web", "a/b", "./api", "../x", ".git", "web/", "/etc", "web\n"]),
    texts,
)
env = st.dictionaries(
    st.one_of(st.from_regex(r"[A-Z_][A-Z0-9_]{0,6}", fullmatch=True), texts),
    st.one_of(texts, st.integers(-5, 10**6)),
    max_size=4,
)
apps = st.fixed_dictionaries(
    {"language": st.sampled_from(["python", "node", "go"])},
    optional={
        "path": paths,
        "framework": st.sampled_from(["none", "flask", "fastapi", "django", "express", "next"]),
        "port": ports,
        "host_port": ports,
        "host_ip": host_ips,
        "command": commands,
        "prod_command": commands,
        "env": env,
        "health": st.one_of(st.just("/health"), texts.map(lambda s: "/" + s)),
        "dockerfile": st.one_of(st.sampled_from(["Dockerfile", "Dockerfile.dev"]), texts),
        "version": versions,
        "main_package": st.one_of(st.sampled_from(["./cmd/server", "./..", "./x"]), texts),
        "processes": st.dictionaries(names, commands, max_size=2),
        "uses": st.lists(st.sampled_from(["postgres", "redis", "x"]), max_size=3),
        "live_reload": st.booleans(),
    },
)
services = st.dictionaries(
    st.sampled_from(["postgres", "redis", "mailpit", "mysql", "db"]),
    st.one_of(
        st.none(),
        st.fixed_dictionaries(
            {},
            optional={
                "port": ports,
                "ui_port": ports,
                "version": versions,
                "host_ip": host_ips,
                "env_var": st.sampled_from(["DATABASE_URL", "OTHER_URL", "1X"]),
            },
        ),
    ),
    max_size=3,
)
hostile_specs = st.fixed_dictionaries(
    {"name": names, "apps": st.dictionaries(names, apps, min_size=1, max_size=3)},
    optional={"services": services},
)
# Mostly valid specs, so that many are accepted: their values are where tricks hide (quotes,
# `$`, backslashes, line breaks in env values, unicode), and the referees must agree.
VALUE = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from("\n\t")
values = st.text(VALUE, max_size=24)
arguments = st.lists(
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=12),
    min_size=1,
    max_size=3,
)
good_apps = st.fixed_dictionaries(
    {"language": st.just("python"), "framework": st.sampled_from(["flask", "fastapi"])},
    optional={
        "port": st.integers(1024, 65535),
        "env": st.dictionaries(
            st.from_regex(r"[A-Z_][A-Z0-9_]{0,6}", fullmatch=True),
            st.one_of(values, st.integers(0, 10**6)),
            max_size=4,
        ),
        "command": arguments,
        "prod_command": arguments,
        "processes": st.dictionaries(st.sampled_from(["worker", "beat"]), arguments, max_size=2),
        "version": st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,10}", fullmatch=True),
        "host_ip": st.sampled_from(["127.0.0.1", "::1", "0.0.0.0", "127.0.0.2"]),
        "dockerfile": st.sampled_from(["Dockerfile", "Dockerfile.dev"]),
        "live_reload": st.booleans(),
    },
)
good_specs = st.fixed_dictionaries(
    {
        "name": st.from_regex(r"[a-z0-9]{1,5}([-_][a-z0-9]{1,5}){0,2}", fullmatch=True),
        "apps": st.fixed_dictionaries({"web": good_apps}),
    },
    optional={
        "services": st.dictionaries(
            st.sampled_from(["postgres", "redis", "mailpit"]),
            st.one_of(
                st.none(), st.fixed_dictionaries({}, optional={"port": st.integers(20000, 30000)})
            ),
            max_size=3,
        )
    },
)
specs = st.one_of(hostile_specs, good_specs)


def _dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(specs)
def test_random_specs_are_located_or_accepted_by_the_referees(data: dict[str, Any]) -> None:
    text = _dump(data)
    try:
        spec = parse_spec(text)
    except SpecError as error:
        event("refused")
        assert error.problems
        for problem in error.problems:
            assert LOCATED.match(str(problem)), str(problem)
            assert "\n" not in str(problem) and "\x1b" not in str(problem)
        return
    event("accepted")
    with tempfile.TemporaryDirectory() as temporary:
        project, outside = Path(temporary) / "project", Path(temporary) / "outside"
        project.mkdir()
        outside.mkdir()
        (project / "devenv.yaml").write_text(text, encoding="utf-8")
        outcome = run(["render"], project)
        assert outcome.code == 0, outcome.output
        assert "\x1b" not in outcome.output
        assert snapshot(outside) == {}
        accepted_by_referees(project)
        # A user may copy .env.example to .env: Compose must read it too.
        shutil.copy(project / ".env.example", project / ".env")
        # Values intact: what Compose hands each container is what the spec says.
        config = compose_config(project / "compose.yaml")
        for service in build_project(spec).services:
            seen = config["services"][service.name]
            assert container_environment(seen) == dict(service.environment)


segment = st.one_of(
    st.sampled_from(["web", "api", "src", "café", "\U0001f680", "a b", "-x", "node_modules"]),
    st.text(TEXT, min_size=1, max_size=8).filter(
        lambda s: "/" not in s and "\x00" not in s and s not in (".", "..")
    ),
)
procfiles = st.lists(
    st.tuples(st.one_of(st.sampled_from(["web", "worker", "w" * 70]), texts), texts),
    max_size=4,
).map(lambda lines: "".join(f"{name}: {command}\n" for name, command in lines))
MANIFESTS = {
    "requirements.txt": "flask\n",
    "app.py": "from flask import Flask\napp = Flask(__name__)\n",
    "package.json": '{"name": "x", "scripts": {"dev": "node server.js"}}',
    "go.mod": "module example.com/x\n\ngo 1.22\n",
}
trees = st.lists(
    st.tuples(
        st.lists(segment, max_size=2),
        st.one_of(st.sampled_from(sorted(MANIFESTS)), st.just("Procfile")),
        procfiles,
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(trees, st.sampled_from(["project", "café", "\U0001f680 app", "x" * 80, "a__-b"]))
def test_random_trees_init_writes_what_it_reads_back(
    files: list[tuple[list[str], str, str]], folder_name: str
) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        project, outside = Path(temporary) / folder_name, Path(temporary) / "outside"
        project.mkdir()
        outside.mkdir()
        for folders, name, procfile in files:
            where = project.joinpath(*folders)
            try:
                where.mkdir(parents=True, exist_ok=True)
                content = procfile if name == "Procfile" else MANIFESTS[name]
                (where / name).write_text(content, encoding="utf-8")
            except OSError:
                continue  # a name this file system refuses: not a tree anyone can clone
        outcome = run(["init", "--yes"], project)
        event(f"init exit {outcome.code}")
        assert outcome.code in (0, 1), outcome.output
        assert "\x1b" not in outcome.output
        assert "Please report this" not in outcome.output, outcome.output
        assert snapshot(outside) == {}
        if outcome.code == 0:
            again = run(["render", "--check"], project)
            assert again.code == 0, again.output
            accepted_by_referees(project)


@settings(max_examples=300, deadline=None)
@given(st.text(TEXT, max_size=40))
def test_the_writer_scalar_reads_back_exactly(value: str) -> None:
    text = f"name: {scalar(value)}\n"
    assert load_located(text).data["name"] == value


def test_non_utf8_folder_name_becomes_a_valid_name(tmp_path: Path) -> None:
    raw = os.fsdecode(bytes(tmp_path) + b"/caf\xe9-\xff")
    project = Path(raw)
    project.mkdir()
    for name, content in MANIFESTS.items():
        if name in ("requirements.txt", "app.py"):
            (project / name).write_text(content, encoding="utf-8")
    outcome = run(["init", "--yes"], project)
    assert outcome.code == 0, outcome.output
    assert re.search(r"^name: \"?caf\b", (project / "devenv.yaml").read_text(), re.M)
    assert run(["render", "--check"], project).code == 0
