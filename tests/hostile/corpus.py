"""Hostile specs, repository trees and file-system traps, each with what devenv must answer.

A case builds a project folder (and an `outside` folder beside it that nothing may touch),
runs one devenv command in it, and pins the exit code and a piece of the message. Specs are
refused located (devenv.yaml:LINE:COL key); file-system trouble gets a clear message.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

OK, FAILED, INVALID, REFUSED = 0, 1, 3, 5

BASE_APP = ["language: python", "framework: flask", "port: 8000"]


def spec(
    *app_lines: str,
    name: str = "shop",
    app: str = "web",
    services: tuple[str, ...] = ("postgres: {}",),
    base: bool = True,
    extra_apps: tuple[str, ...] = (),
) -> str:
    """A devenv.yaml with one app (the base flask app plus `app_lines`) and services."""
    lines = [f"name: {name}", "apps:", f"  {app}:"]
    keys = {line.split(":", 1)[0] for line in app_lines}
    body = [line for line in BASE_APP if line.split(":", 1)[0] not in keys] if base else []
    lines += [f"    {line}" for line in [*body, *app_lines]]
    lines += [f"  {line}" for line in extra_apps]
    if services:
        lines += ["services:", *(f"  {s}" for s in services)]
    return "\n".join(lines) + "\n"


Builder = Callable[[Path, Path], None]


@dataclass(frozen=True)
class Case:
    """One hostile input. `files` are written into the project; `setup(project, outside)`
    builds what text cannot (links, FIFOs, sparse files)."""

    id: str
    kind: str  # "spec", "tree" (init) or "fs" (file-system trap)
    code: int
    message: str
    files: dict[str, str | bytes] = field(default_factory=dict)
    setup: Builder | None = None
    args: tuple[str, ...] = ("render",)
    key: str | None = None  # the located key expected for INVALID
    writes: bool | None = None  # None: writes iff code is OK


def link(relative: str, target: str) -> Builder:
    def build(project: Path, outside: Path) -> None:
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        resolved = target.replace("{outside}", str(outside)).replace("{project}", str(project))
        path.symlink_to(resolved)

    return build


def fifo(relative: str) -> Builder:
    def build(project: Path, outside: Path) -> None:
        os.mkfifo(project / relative)

    return build


def folder(relative: str) -> Builder:
    def build(project: Path, outside: Path) -> None:
        (project / relative).mkdir(parents=True)

    return build


def sparse(relative: str, size: int = 1 << 30) -> Builder:
    def build(project: Path, outside: Path) -> None:
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            handle.truncate(size)

    return build


def both(*builders: Builder) -> Builder:
    def build(project: Path, outside: Path) -> None:
        for builder in builders:
            builder(project, outside)

    return build


def outside_spec(project: Path, outside: Path) -> None:
    (outside / "devenv.yaml").write_text(spec(), encoding="utf-8")
    (project / "devenv.yaml").symlink_to(outside / "devenv.yaml")


GOOD = spec()
FLASK_FILES = {"app.py": "from flask import Flask\napp = Flask(__name__)\n"}


def _spec_case(
    id: str, text: str | bytes, key: str | None, message: str, code: int = INVALID
) -> Case:
    return Case(id, "spec", code, message, {"devenv.yaml": text}, key=key)


SPEC_CASES = [
    # Names that break Docker's image reference grammar or Compose's project names.
    _spec_case("name-trailing-dash", spec(name="shop-"), "name", "not at either end"),
    _spec_case("name-trailing-underscore", spec(name="shop_"), "name", "not at either end"),
    _spec_case("name-triple-underscore", spec(name="a___b"), "name", "between them"),
    _spec_case("name-underscore-dash", spec(name="a_-b"), "name", "between them"),
    _spec_case("name-uppercase", spec(name="Shop"), "name", "lowercase"),
    _spec_case("name-dot", spec(name="shop.io"), "name", "lowercase"),
    _spec_case("name-64-chars", spec(name="a" * 64), "name", "longer than 63"),
    _spec_case("app-name-trailing-underscore", spec(app="web_"), "apps.web_", "either end"),
    _spec_case("app-name-leading-dash", spec(app='"-web"'), "apps.-web", "either end"),
    _spec_case("app-name-escape", spec(app='"web\\e[2J"'), "apps.web\\x1b[2J", "lowercase"),
    _spec_case(
        "version-101-chars", spec(f'version: "{"3" * 101}"'), "apps.web.version", "at most 100"
    ),
    _spec_case(
        "version-from-injection", spec('version: "3.12 AS evil"'), "apps.web.version", "image tag"
    ),
    _spec_case(
        "version-newline", spec('version: "3.12\\nRUN id"'), "apps.web.version", "image tag"
    ),
    _spec_case(
        "service-version-long",
        spec(services=(f'postgres: {{version: "{"1" * 120}"}}',)),
        "services.postgres.version",
        "at most 100",
    ),
    # Addresses and ports.
    _spec_case("host-ip-zone", spec('host_ip: "::1%lo"'), "apps.web.host_ip", "zone"),
    _spec_case(
        "service-host-ip-zone",
        spec(services=('postgres: {port: 5432, host_ip: "fe80::1%eth0"}',)),
        "services.postgres.host_ip",
        "zone",
    ),
    _spec_case("host-ip-name", spec("host_ip: localhost"), "apps.web.host_ip", "IP address"),
    _spec_case("host-ip-space", spec('host_ip: "127.0.0.1 "'), "apps.web.host_ip", "IP address"),
    _spec_case("host-ip-cidr", spec('host_ip: "127.0.0.0/8"'), "apps.web.host_ip", "IP address"),
    _spec_case(
        "same-port-same-address",
        spec(extra_apps=("api:", "  language: python", "  framework: flask", "  port: 8000")),
        "apps.api.port",
        "already published by `apps.web`",
    ),
    _spec_case(
        "same-port-wildcard",
        spec(
            'host_ip: "0.0.0.0"',
            extra_apps=("api:", "  language: python", "  framework: flask", "  port: 8000"),
        ),
        "apps.api.port",
        "already published",
    ),
    _spec_case("port-zero", spec("port: 0"), "apps.web.port", "from 1 to 65535"),
    _spec_case("port-too-big", spec("port: 70000"), "apps.web.port", "from 1 to 65535"),
    _spec_case("port-string", spec('port: "8000"'), "apps.web.port", "whole number"),
    _spec_case(
        "ui-port-without-ui",
        spec(services=("postgres: {ui_port: 8080}",)),
        "services.postgres.ui_port",
        "no web UI",
    ),
    # Services and their use.
    _spec_case(
        "uses-duplicate", spec("uses: [postgres, postgres]"), "apps.web.uses.1", "listed twice"
    ),
    _spec_case("uses-unknown", spec("uses: [postgress]"), "apps.web.uses.0", "did you mean"),
    _spec_case("service-typo", spec(services=("postgress: {}",)), "services.postgress", "catalog"),
    _spec_case(
        "two-services-one-variable",
        spec(services=("postgres: {}", "db2: {type: postgres}")),
        "services.db2",
        "both set DATABASE_URL",
    ),
    _spec_case("app-named-like-service", spec(app="postgres"), "apps.postgres", "service named"),
    # YAML values that would not survive as written.
    _spec_case(
        "env-minus-zero", spec("env: {A: -0}"), "apps.web.env.A", 'write it in quotes: "-0"'
    ),
    _spec_case("env-hex", spec("env: {A: 0x1F}"), "apps.web.env.A", "in quotes"),
    _spec_case("env-underscore-number", spec("env: {A: 1_000}"), "apps.web.env.A", "in quotes"),
    _spec_case("env-on", spec("env: {A: on}"), "apps.web.env.A", "true or false"),
    _spec_case(
        "env-escape", spec('env: {A: "\\e[31mred"}'), "apps.web.env.A", "control characters"
    ),
    _spec_case("env-name-digit", spec("env: {1BAD: x}"), "apps.web.env.1BAD", "variable name"),
    _spec_case("env-name-dash", spec("env: {A-B: x}"), "apps.web.env.A-B", "variable name"),
    _spec_case("env-float", spec("env: {A: 1.50}"), "apps.web.env.A", "in quotes"),
    _spec_case(
        "unknown-key-escape",
        spec('"\\e]0;pwned\\a": 1'),
        "apps.web.\\x1b]0;pwned\\x07",
        "unknown key",
    ),
    # Paths that leave the project, enter .git or clobber devenv's files.
    _spec_case("path-parent", spec('path: "../outside"'), "apps.web.path", "inside the project"),
    _spec_case("path-absolute", spec("path: /etc"), "apps.web.path", "inside the project"),
    _spec_case("path-git", spec("path: .git"), "apps.web.path", ".git"),
    _spec_case("path-git-hooks", spec("path: .git/hooks"), "apps.web.path", ".git"),
    _spec_case("path-git-upper", spec("path: .GIT/x"), "apps.web.path", ".git"),
    _spec_case(
        "path-dotdot-middle", spec('path: "web/../../x"'), "apps.web.path", "inside the project"
    ),
    _spec_case("path-newline", spec('path: "web\\n"'), "apps.web.path", "plain relative folder"),
    _spec_case(
        "path-leading-space", spec('path: " web"'), "apps.web.path", "plain relative folder"
    ),
    _spec_case(
        "path-backslash", spec('path: "web\\\\..\\\\x"'), "apps.web.path", "plain relative folder"
    ),
    _spec_case(
        "dockerfile-parent",
        spec("dockerfile: ../Dockerfile"),
        "apps.web.dockerfile",
        "plain file name",
    ),
    _spec_case(
        "dockerfile-spec", spec("dockerfile: devenv.yaml"), "apps.web.dockerfile", "its own files"
    ),
    _spec_case(
        "dockerfile-compose",
        spec("dockerfile: compose.yaml"),
        "apps.web.dockerfile",
        "its own files",
    ),
    _spec_case(
        "dockerfile-env-example",
        spec("dockerfile: .env.example"),
        "apps.web.dockerfile",
        "plain file name",
    ),
    _spec_case(
        "dockerfile-dockerignore",
        spec("dockerfile: .dockerignore"),
        "apps.web.dockerfile",
        "plain file name",
    ),
    _spec_case(
        "dockerfile-backup",
        spec("dockerfile: Dockerfile.devenv-backup"),
        "apps.web.dockerfile",
        "its own files",
    ),
    _spec_case(
        "dockerfile-newline",
        spec('dockerfile: "Dockerfile\\n"'),
        "apps.web.dockerfile",
        "plain file name",
    ),
    _spec_case(
        "dockerfile-git", spec("dockerfile: .git"), "apps.web.dockerfile", "plain file name"
    ),
    _spec_case(
        "two-apps-one-dockerfile",
        spec(extra_apps=("api:", "  language: python", "  framework: flask")),
        "apps.api.dockerfile",
        "already written for app `web`",
    ),
    _spec_case(
        "dockerfile-case-clash",
        spec(
            extra_apps=(
                "api:",
                "  language: python",
                "  framework: flask",
                "  dockerfile: dockerfile",
            )
        ),
        "apps.api.dockerfile",
        "already written",
    ),
    _spec_case(
        "main-package-escape",
        spec("language: go", "framework: none", "main_package: ./../../..", base=False),
        "apps.web.main_package",
        "inside the app",
    ),
    _spec_case(
        "main-package-wildcard",
        spec("language: go", "framework: none", "main_package: ./...", base=False),
        "apps.web.main_package",
        "inside the app",
    ),
    _spec_case(
        "main-package-parent",
        spec("language: go", "framework: none", "main_package: ../x", base=False),
        "apps.web.main_package",
        "expected",
    ),
    _spec_case(
        "main-package-shell",
        spec("language: go", "framework: none", 'main_package: "./cmd/$(id)"', base=False),
        "apps.web.main_package",
        "expected",
    ),
    _spec_case(
        "main-package-python", spec("main_package: ./cmd"), "apps.web.main_package", "only Go"
    ),
    # Values that would land in code or commands.
    _spec_case("health-space", spec('health: "/x y"'), "apps.web.health", "HTTP path"),
    _spec_case("health-newline", spec('health: "/x\\nRUN id"'), "apps.web.health", "HTTP path"),
    _spec_case("health-backtick", spec('health: "/`id`"'), "apps.web.health", "HTTP path"),
    _spec_case(
        "health-no-port", spec('health: "/h"', "port: null"), "apps.web.health", "needs `port:`"
    ),
    _spec_case(
        "command-newline", spec('command: "flask run\\nRUN id"'), "apps.web.command", "line breaks"
    ),
    _spec_case("command-quote", spec('command: "flask \'run"'), "apps.web.command", "quotes"),
    _spec_case("command-empty-list", spec("command: []"), "apps.web.command", "empty"),
    _spec_case(
        "command-escape", spec('command: ["\\e[2Jflask"]'), "apps.web.command", "control characters"
    ),
    _spec_case(
        "process-name-space",
        spec('processes: {"my worker": "celery"}'),
        "apps.web.processes.my worker",
        "lowercase",
    ),
    _spec_case(
        "process-name-long",
        spec(f"processes: {{{'w' * 64}: celery}}"),
        f"apps.web.processes.{'w' * 64}",
        "longer than 63",
    ),
    _spec_case(
        "process-makes-app-name",
        spec(
            "processes: {api: celery}",
            extra_apps=("web-api:", "  language: python", "  framework: flask"),
        ),
        "apps.web-api",
        "service named `web-api`",
    ),
    # YAML features and document shapes.
    _spec_case(
        "anchors",
        "name: &n shop\napps:\n  web: {language: python, command: *n}\n",
        "apps.web.command",
        "anchors",
    ),
    _spec_case(
        "merge-key",
        "name: shop\napps:\n  web:\n    <<: {language: python}\n",
        "apps.web.<<",
        "merge keys",
    ),
    _spec_case("python-tag", "name: !!python/object:os.system shop\napps: {}\n", "name", "tags"),
    _spec_case("two-documents", GOOD + "---\nname: other\n", "", "only one YAML document"),
    _spec_case("deep-nesting", "name: shop\napps: " + "[" * 40 + "]" * 40 + "\n", "", "nesting"),
    _spec_case("duplicate-key", GOOD + "name: other\n", "name", "duplicate key"),
    _spec_case("top-level-list", "- name: shop\n", "", "mapping"),
    _spec_case("empty-file", "", "", "empty"),
    _spec_case("comment-only", "# nothing here\n", "", "empty"),
    _spec_case("not-utf8", b"name: sh\xffop\napps: {}\n", "", "not valid UTF-8"),
    _spec_case("nul-byte", "name: shop\x00\napps: {}\n", "", "unacceptable character"),
    _spec_case("too-large", "# " + "x" * (300 * 1024) + "\n" + GOOD, "", "over devenv's limit"),
    _spec_case(
        "language-recognised",
        spec("language: elixir", "framework: none", "command: mix phx.server", base=False),
        "apps.web.language",
        "no templates",
    ),
    _spec_case(
        "pm-wrong-language",
        spec("package_manager: yarn"),
        "apps.web.package_manager",
        "not a package manager",
    ),
    _spec_case(
        "framework-wrong-language",
        spec("language: node", "framework: flask", base=False),
        "apps.web.framework",
        "not a node framework",
    ),
    _spec_case("no-apps", "name: shop\napps: {}\n", "apps", "at least one"),
]

# Hostile-looking but valid: accepted, and Compose and hadolint must agree, values intact.
ACCEPTED_SPECS = [
    _spec_case(
        "same-port-two-addresses",
        spec(
            'host_ip: "127.0.0.1"',
            extra_apps=(
                "api:",
                "  path: api",
                "  language: python",
                "  framework: flask",
                "  port: 8000",
                '  host_ip: "127.0.0.2"',
            ),
        ),
        None,
        "created",
        OK,
    ),
    _spec_case("env-minus-zero-quoted", spec('env: {A: "-0"}'), None, "created", OK),
    _spec_case("health-with-quotes", spec("health: \"/health?name='x'\""), None, "created", OK),
    _spec_case(
        "health-code-injection",
        spec("health: \"/'+__import__('os').system('id')+'\""),
        None,
        "created",
        OK,
    ),
    _spec_case(
        "health-js-injection", spec("health: \"/');process.exit(0);('\""), None, "created", OK
    ),
    _spec_case("name-double-dash", spec(name="my--shop"), None, "created", OK),
    _spec_case("name-double-underscore", spec(name="my__shop"), None, "created", OK),
    _spec_case("path-with-space", spec('path: "my app"'), None, "created", OK),
    _spec_case(
        "env-tricky-values",
        spec(
            "env:",
            '  DOLLAR: "$HOME ${X} $$"',
            '  QUOTES: "it\'s \\"quoted\\""',
            '  BACKSLASH: "C:\\\\path\\\\"',
            '  LONE_BACKSLASH: "\\\\"',
            '  NEWLINE: "line one\\nline two"',
            '  EMOJI: "\U0001f680 caf\u00e9"',
            '  HASH: "a # not a comment"',
            '  EMPTY: ""',
        ),
        None,
        "created",
        OK,
    ),
    _spec_case(
        "command-tricky-args",
        spec('command: ["sh", "-c", "echo \\"$X\\" && exit 0", "`id`", "a;b"]'),
        None,
        "created",
        OK,
    ),
    _spec_case("version-128-room", spec(f'version: "{"3" * 100}"'), None, "created", OK),
    _spec_case("host-ip-v6", spec('host_ip: "::1"'), None, "created", OK),
    _spec_case(
        "go-main-package",
        spec("language: go", "framework: none", "main_package: ./cmd/server", base=False),
        None,
        "created",
        OK,
    ),
]
SPEC_CASES += ACCEPTED_SPECS

FS_CASES = [
    # The spec file itself as a trap: bounded, typed reads.
    Case(
        "spec-dev-zero", "fs", INVALID, "not a regular file", setup=link("devenv.yaml", "/dev/zero")
    ),
    Case("spec-fifo", "fs", INVALID, "not a regular file", setup=fifo("devenv.yaml")),
    Case("spec-sparse-1g", "fs", INVALID, "over devenv's limit", setup=sparse("devenv.yaml")),
    Case("spec-folder", "fs", 2, "is a directory", setup=folder("devenv.yaml")),
    Case("spec-missing", "fs", INVALID, "no such file"),
    Case(
        "spec-dangling-link",
        "fs",
        INVALID,
        "no such file",
        setup=link("devenv.yaml", "{outside}/gone.yaml"),
    ),
    Case("spec-loop", "fs", INVALID, "cannot be read", setup=link("devenv.yaml", "devenv.yaml")),
    # A devenv.yaml that links elsewhere: files go beside the link, never beside the target.
    Case("spec-link-outside", "fs", OK, "created", setup=outside_spec),
    # Generated files reached through links.
    Case(
        "app-folder-link-outside",
        "fs",
        INVALID,
        "outside the project",
        {"devenv.yaml": spec("path: web")},
        link("web", "{outside}"),
        key="apps.web.dockerfile",
    ),
    Case(
        "app-folder-link-git",
        "fs",
        INVALID,
        ".git",
        {"devenv.yaml": spec("path: web"), ".git/HEAD": "ref\n"},
        link("web", ".git"),
        key="apps.web.dockerfile",
    ),
    Case(
        "app-folder-link-root",
        "fs",
        INVALID,
        "outside the project",
        {"devenv.yaml": spec("path: web")},
        link("web", "/"),
        key="apps.web.dockerfile",
    ),
    Case(
        "dockerfile-link-outside",
        "fs",
        INVALID,
        "outside the project",
        {"devenv.yaml": GOOD},
        link("Dockerfile", "{outside}/passwd"),
        key="apps.web.dockerfile",
    ),
    Case(
        "dockerfile-link-etc",
        "fs",
        INVALID,
        "outside the project",
        {"devenv.yaml": GOOD},
        link("Dockerfile", "/etc/passwd"),
        key="apps.web.dockerfile",
    ),
    Case(
        "dockerfile-dangling-outside",
        "fs",
        INVALID,
        "outside the project",
        {"devenv.yaml": GOOD},
        link("Dockerfile", "/nonexistent/Dockerfile"),
        key="apps.web.dockerfile",
    ),
    Case(
        "compose-link-outside",
        "fs",
        INVALID,
        "outside the project",
        {"devenv.yaml": GOOD},
        link("compose.yaml", "{outside}/compose.yaml"),
        key="name",
    ),
    Case(
        "compose-link-spec",
        "fs",
        INVALID,
        "devenv.yaml itself",
        {"devenv.yaml": GOOD},
        link("compose.yaml", "devenv.yaml"),
        key="name",
    ),
    Case(
        "env-example-link-compose",
        "fs",
        INVALID,
        "same file",
        {"devenv.yaml": GOOD},
        link(".env.example", "compose.yaml"),
        key="name",
    ),
    Case(
        "dockerignore-link-git",
        "fs",
        INVALID,
        ".git",
        {"devenv.yaml": GOOD, ".git/config": "x\n"},
        link(".dockerignore", ".git/info-exclude"),
        key="apps.web.path",
    ),
    Case(
        "dockerfile-link-other-app",
        "fs",
        INVALID,
        "same file",
        {
            "devenv.yaml": spec(
                "path: a",
                extra_apps=(
                    "api:",
                    "  path: b",
                    "  language: python",
                    "  framework: flask",
                    "  port: 8001",
                ),
            )
        },
        both(folder("a"), folder("b"), link("b/Dockerfile", "../a/Dockerfile")),
    ),
    Case(
        "app-folder-loop",
        "fs",
        INVALID,
        "loop",
        {"devenv.yaml": spec("path: web")},
        link("web", "web"),
    ),
    Case(
        "app-folder-is-file",
        "fs",
        INVALID,
        "is a file, not a folder",
        {"devenv.yaml": spec("path: README.md"), "README.md": "hi\n"},
        key="apps.web.path",
    ),
    Case(
        "app-folder-dangling",
        "fs",
        INVALID,
        "outside the project",
        {"devenv.yaml": spec("path: web")},
        link("web", "/nonexistent"),
        key="apps.web.dockerfile",
    ),
    Case(
        "app-folder-link-inside",
        "fs",
        OK,
        "created",
        {"devenv.yaml": spec("path: web")},
        both(folder("src"), link("web", "src")),
    ),
    # Things in the way of a write: nothing is written, the message names the file.
    Case(
        "compose-is-folder",
        "fs",
        FAILED,
        "compose.yaml is a folder",
        {"devenv.yaml": GOOD},
        folder("compose.yaml"),
    ),
    Case(
        "dockerfile-is-folder",
        "fs",
        FAILED,
        "Dockerfile is a folder",
        {"devenv.yaml": GOOD},
        folder("Dockerfile"),
    ),
    Case(
        "compose-is-fifo",
        "fs",
        FAILED,
        "not a regular file",
        {"devenv.yaml": GOOD},
        fifo("compose.yaml"),
    ),
    Case(
        "compose-sparse-1g",
        "fs",
        FAILED,
        "over devenv's limit",
        {"devenv.yaml": GOOD},
        sparse("compose.yaml"),
    ),
    Case(
        "env-example-dev-zero-inside",
        "fs",
        INVALID,
        "outside the project",
        {"devenv.yaml": GOOD},
        link(".env.example", "/dev/zero"),
        key="name",
    ),
    Case(
        "compose-hand-edited",
        "fs",
        REFUSED,
        "changed by hand",
        {"devenv.yaml": GOOD, "compose.yaml": "services: {}\n"},
    ),
    Case(
        "compose-hand-edited-check",
        "fs",
        REFUSED,
        "differ",
        {"devenv.yaml": GOOD, "compose.yaml": "services: {}\n"},
        args=("render", "--check"),
    ),
    # --force keeps every earlier backup.
    Case(
        "force-with-backup",
        "fs",
        OK,
        "compose.yaml.2.devenv-backup",
        {
            "devenv.yaml": GOOD,
            "compose.yaml": "mine: 2\n",
            "compose.yaml.devenv-backup": "mine: 1\n",
        },
        args=("render", "--force"),
    ),
    Case(
        "force-with-backup-folder",
        "fs",
        OK,
        "Dockerfile.2.devenv-backup",
        {
            "devenv.yaml": GOOD,
            "Dockerfile": "FROM scratch\n",
            "Dockerfile.devenv-backup/keep": "x\n",
        },
        args=("render", "--force"),
    ),
    Case(
        "force-non-utf8-file",
        "fs",
        OK,
        "Dockerfile.devenv-backup",
        {"devenv.yaml": GOOD, "Dockerfile": b"FROM scratch\n# \xff\xfe\n"},
        args=("render", "--force"),
    ),
]

TREE_CASES = [
    Case(
        "procfile-escape",
        "tree",
        OK,
        "\\x1b[2J",
        {
            **FLASK_FILES,
            "requirements.txt": "flask\n",
            "Procfile": "web: gunicorn app:app\nworker: \x1b[2Jcelery -A app worker\n",
        },
        args=("init", "--yes"),
    ),
    Case(
        "procfile-name-escape",
        "tree",
        OK,
        "devenv.yaml",
        {
            **FLASK_FILES,
            "requirements.txt": "flask\n",
            "Procfile": "web: gunicorn app:app\nwork\x1b[31mer: celery -A app worker\n",
        },
        args=("init", "--yes"),
    ),
    Case(
        "procfile-emoji",
        "tree",
        OK,
        "devenv.yaml",
        {
            **FLASK_FILES,
            "requirements.txt": "flask\n",
            "Procfile": "web: gunicorn app:app --name \U0001f680\n",
        },
        args=("init", "--yes"),
    ),
    Case(
        "procfile-long-name",
        "tree",
        OK,
        "devenv.yaml",
        {
            **FLASK_FILES,
            "requirements.txt": "flask\n",
            "Procfile": "web: gunicorn app:app\n" + "w" * 80 + ": celery -A app worker\n",
        },
        args=("init", "--yes"),
    ),
    Case(
        "procfile-name-separators",
        "tree",
        OK,
        "devenv.yaml",
        {
            **FLASK_FILES,
            "requirements.txt": "flask\n",
            "Procfile": "web: gunicorn app:app\nbg___job_-x: celery -A app worker\n",
        },
        args=("init", "--yes"),
    ),
    Case(
        "folder-emoji",
        "tree",
        OK,
        "devenv.yaml",
        {
            "api\U0001f680/app.py": FLASK_FILES["app.py"],
            "api\U0001f680/requirements.txt": "flask\n",
        },
        args=("init", "--yes"),
    ),
    Case(
        "folder-not-utf8",
        "tree",
        OK,
        "devenv.yaml",
        {"app.py": FLASK_FILES["app.py"], "requirements.txt": "flask\n"},
        lambda p, o: Path(os.fsdecode(bytes(p) + b"/sub\xff")).mkdir(),
        args=("init", "--yes"),
    ),
    Case(
        "folder-escape",
        "tree",
        OK,
        "devenv.yaml",
        {
            "web\x1b[2J/app.py": FLASK_FILES["app.py"],
            "web\x1b[2J/requirements.txt": "flask\n",
            "app.py": FLASK_FILES["app.py"],
            "requirements.txt": "flask\n",
        },
        args=("init", "--yes"),
    ),
    Case(
        "manifest-fifo",
        "tree",
        OK,
        "devenv.yaml",
        {**FLASK_FILES, "requirements.txt": "flask\n"},
        fifo("package.json"),
        args=("init", "--yes"),
    ),
    # Not read (a device) or read only up to the limit (all NULs: not text): nothing found.
    Case(
        "manifest-dev-zero",
        "tree",
        FAILED,
        "found nothing to run",
        {**FLASK_FILES},
        link("requirements.txt", "/dev/zero"),
        args=("init", "--yes"),
    ),
    Case(
        "manifest-sparse",
        "tree",
        FAILED,
        "found nothing to run",
        {**FLASK_FILES},
        sparse("requirements.txt"),
        args=("init", "--yes"),
    ),
    Case(
        "manifest-link-outside",
        "tree",
        OK,
        "devenv.yaml",
        {**FLASK_FILES, "requirements.txt": "flask\n"},
        link("pyproject.toml", "{outside}/pyproject.toml"),
        args=("init", "--yes"),
    ),
    Case(
        "init-dockerfile-link-outside",
        "tree",
        REFUSED,
        "outside the project",
        {**FLASK_FILES, "requirements.txt": "flask\n"},
        link("Dockerfile", "{outside}/Dockerfile"),
        args=("init", "--yes", "--force"),
    ),
    Case(
        "init-spec-link-outside",
        "tree",
        REFUSED,
        "outside the project",
        {**FLASK_FILES, "requirements.txt": "flask\n"},
        link("devenv.yaml", "{outside}/devenv.yaml"),
        args=("init", "--yes", "--force"),
    ),
    Case(
        "init-compose-folder",
        "tree",
        FAILED,
        "compose.yaml is a folder",
        {**FLASK_FILES, "requirements.txt": "flask\n"},
        folder("compose.yaml"),
        args=("init", "--yes"),
    ),
    Case(
        "init-empty",
        "tree",
        FAILED,
        "found nothing to run",
        {"README.md": "\x1b[2Jhello\n"},
        args=("init", "--yes"),
    ),
    Case(
        "init-bad-name",
        "tree",
        2,
        "--name",
        {**FLASK_FILES, "requirements.txt": "flask\n"},
        args=("init", "--yes", "--name", "bad_-name"),
    ),
]

TREE_CASES.append(
    Case(
        "init-force-keeps-earlier-backup",
        "tree",
        OK,
        "devenv.yaml.2.devenv-backup",
        {
            **FLASK_FILES,
            "requirements.txt": "flask\n",
            "devenv.yaml": "name: mine\n",
            "devenv.yaml.devenv-backup": "name: older\n",
        },
        args=("init", "--yes", "--force"),
    )
)

CASES = [*SPEC_CASES, *FS_CASES, *TREE_CASES]
