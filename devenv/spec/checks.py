"""Checks that span fields: what the typed model alone cannot say about a spec."""

from __future__ import annotations

import difflib
import ipaddress
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from devenv.catalog import CATALOG, LOGIN_PARTS
from devenv.files import BACKUP_SUFFIX
from devenv.languages import LANGUAGES
from devenv.spec.model import AppSpec, Command, ServiceSpec, Spec
from devenv.spec.resolve import connection_var, relative_file, resolve_commands, service_type

KeyPath = tuple[str | int, ...]
# Tab and newline are ordinary in environment values; every other control character could
# smuggle a line into a generated file or confuse a terminal, so it is refused.
# Lone surrogates and non-characters cannot be written as UTF-8 text at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
# devenv's own inputs and outputs: a Dockerfile must never take one of these names.
_RESERVED_FILES = frozenset({"devenv.yaml", "devenv.yml", "compose.yaml", "compose.yml"})


@dataclass(frozen=True)
class Finding:
    """A problem found by a cross-field check, before it is given a line and column."""

    path: KeyPath
    message: str


def did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean `{close[0]}`?)" if close else ""


def one_of(choices: list[str] | tuple[str, ...]) -> str:
    quoted = [f"`{c}`" for c in choices]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def check_spec(spec: Spec) -> list[Finding]:
    findings: list[Finding] = []
    for name, app in spec.apps.items():
        findings.extend(_check_app(spec, name, app))
    for name, svc in spec.services.items():
        findings.extend(_check_service(name, svc))
    findings.extend(_check_names(spec))
    findings.extend(_check_host_ports(spec))
    findings.extend(_check_dockerfiles(spec))
    return findings


def _check_app(spec: Spec, name: str, app: AppSpec) -> Iterator[Finding]:
    at: KeyPath = ("apps", name)
    language = LANGUAGES[app.language]
    if app.package_manager and app.package_manager not in language.package_managers:
        yield Finding(
            (*at, "package_manager"),
            f"`{app.package_manager}` is not a package manager for {app.language} "
            f"(expected {one_of(tuple(language.package_managers))})",
        )
    if app.framework not in language.frameworks:
        yield Finding(
            (*at, "framework"),
            f"`{app.framework}` is not a {app.language} framework devenv knows "
            f"(expected {one_of(list(language.frameworks))})",
        )
    yield from _check_path(at, app)
    yield from _check_commands(at, app)
    framework = language.frameworks.get(app.framework)
    if language.prod_hint and not app.prod_command and framework and not framework.prod:
        yield Finding((*at, "prod_command"), f"say what the prod image runs: {language.prod_hint}")
    if app.main_package and app.language not in ("go", "dotnet", "java"):
        yield Finding(
            (*at, "main_package"), "only Go, Java and .NET apps have a main package to build"
        )
    if app.health and not app.port:
        yield Finding((*at, "health"), "a health endpoint needs `port:` to reach it")
    if app.host_port and not app.port:
        yield Finding((*at, "host_port"), "`host_port` needs `port:`, the port inside")
    yield from _check_host_ip((*at, "host_ip"), app.host_ip)
    first_index: dict[str, int] = {}
    for index, used in enumerate(app.uses or []):
        if used in first_index:
            yield Finding(
                (*at, "uses", index),
                f"`{used}` is listed twice (also item {first_index[used] + 1}); keep one",
            )
            continue
        first_index[used] = index
        if used not in spec.services:
            hint = did_you_mean(used, list(spec.services))
            yield Finding((*at, "uses", index), f"no service named `{used}`{hint}")
    for key, value in app.env.items():
        if isinstance(value, str) and _CONTROL.search(value):
            yield Finding((*at, "env", key), "control characters are not allowed in a value")
    yield from _check_env_vars(spec, at, app)


def _check_path(at: KeyPath, app: AppSpec) -> Iterator[Finding]:
    path = PurePosixPath(app.path)
    if _CONTROL_OR_NEWLINE.search(app.path) or "\\" in app.path or app.path != app.path.strip():
        yield Finding((*at, "path"), "use a plain relative folder with `/` separators")
    elif path.is_absolute() or ".." in path.parts:
        yield Finding(
            (*at, "path"), f"must be a folder inside the project (got `{app.path}`), like `backend`"
        )
    elif any(part.lower() == ".git" for part in path.parts):
        yield Finding((*at, "path"), "must not be inside .git, the repository's own data")
    if not _FILE_NAME.fullmatch(app.dockerfile):
        yield Finding(
            (*at, "dockerfile"),
            f"must be a plain file name like `Dockerfile` (got `{app.dockerfile}`)",
        )
    elif app.dockerfile.lower() in _RESERVED_FILES or app.dockerfile.endswith(BACKUP_SUFFIX):
        yield Finding(
            (*at, "dockerfile"),
            f"`{app.dockerfile}` is a name devenv uses for its own files; "
            f"use a name like `Dockerfile.{at[1]}`",
        )
    yield from _check_context(at, app)
    if app.main_package and any(p in (".", "..", "...") for p in app.main_package.split("/")[1:]):
        yield Finding(
            (*at, "main_package"),
            "must name a folder inside the app, like ./cmd/server (no `.`, `..` or `...` parts)",
        )


def _check_context(at: KeyPath, app: AppSpec) -> Iterator[Finding]:
    if app.context is None:
        return
    path, context = PurePosixPath(app.path), PurePosixPath(app.context)
    if app.language != "python":
        yield Finding((*at, "context"), "only Python apps build from a folder above their own")
    elif context.is_absolute() or ".." in context.parts or context not in (path, *path.parents):
        yield Finding(
            (*at, "context"),
            f"must be `{app.path}` or a folder above it, like `.` (got `{app.context}`)",
        )


def _check_commands(at: KeyPath, app: AppSpec) -> Iterator[Finding]:
    commands: list[tuple[KeyPath, Command]] = []
    if app.command is not None:
        commands.append(((*at, "command"), app.command))
    if app.prod_command is not None:
        commands.append(((*at, "prod_command"), app.prod_command))
    commands.extend(((*at, "processes", proc), cmd) for proc, cmd in app.processes.items())
    bad = False
    for path, command in commands:
        problem = _command_problem(command)
        if problem:
            bad = True
            yield Finding(path, problem)
    if not bad and app.command is None and not resolve_commands(app)[0]:
        yield Finding(
            (*at, "command"),
            f"is required: devenv has no conventional command for a {app.language} app "
            f"with framework `{app.framework}`",
        )


def _command_problem(command: Command) -> str | None:
    parts = [command] if isinstance(command, str) else command
    if any(_CONTROL_OR_NEWLINE.search(part) for part in parts):
        return "control characters and line breaks are not allowed in a command"
    if isinstance(command, str):
        try:
            parts = shlex.split(command)
        except ValueError as error:
            return f"cannot be split into arguments ({error}); check its quotes"
    if not parts or not parts[0]:
        return "must not be empty"
    return None


def _check_host_ip(path: KeyPath, value: str) -> Iterator[Finding]:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        yield Finding(path, f"expected an IP address such as `127.0.0.1` (got `{value}`)")
        return
    if "%" in value or getattr(address, "scope_id", None):
        # Compose and the engine refuse zone indexes (`::1%lo`) in a published address.
        yield Finding(path, f"an address with a zone (`%...`) cannot publish ports (got `{value}`)")


def _check_env_vars(spec: Spec, at: KeyPath, app: AppSpec) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    used = list(dict.fromkeys(app.uses)) if app.uses is not None else list(spec.services)
    for service in used:
        svc = spec.services.get(service)
        kind = CATALOG.get(service_type(service, svc))
        if kind is None:
            continue
        var = connection_var(svc, kind)
        if var in seen:
            yield Finding(
                (*at, "uses") if app.uses is not None else ("services", service),
                f"`{seen[var]}` and `{service}` would both set {var} for app `{at[1]}`; "
                f"give one of them `env_var:` (e.g. {service.upper().replace('-', '_')}_URL)",
            )
        seen[var] = service


def _check_service(name: str, svc: ServiceSpec | None) -> Iterator[Finding]:
    at: KeyPath = ("services", name)
    kind_name = service_type(name, svc)
    if kind_name not in CATALOG:  # a `type:` outside the catalog is the model's to refuse
        yield Finding(
            at,
            f"`{name}` is not a catalog service; add `type:` with one of "
            f"{one_of(list(CATALOG))}{did_you_mean(name, list(CATALOG))}",
        )
    if svc is not None:
        yield from _check_host_ip((*at, "host_ip"), svc.host_ip)
        kind = CATALOG.get(kind_name)
        if svc.ui_port and kind and kind.ui_port is None:
            yield Finding((*at, "ui_port"), f"`{kind_name}` has no web UI to publish")
        for part in LOGIN_PARTS:
            if getattr(svc, part) is not None and kind and part not in kind.login:
                yield Finding((*at, part), f"`{kind_name}` takes no {part}")


def _check_names(spec: Spec) -> Iterator[Finding]:
    owners: dict[str, KeyPath] = {name: ("services", name) for name in spec.services}
    for name, app in spec.apps.items():
        candidates: list[tuple[str, KeyPath]] = [(name, ("apps", name))]
        candidates.extend(
            (f"{name}-{proc}", ("apps", name, "processes", proc)) for proc in app.processes
        )
        for service_name, path in candidates:
            if service_name in owners:
                other = ".".join(str(p) for p in owners[service_name])
                yield Finding(path, f"makes a service named `{service_name}`, as `{other}` does")
            owners[service_name] = path


def _check_host_ports(spec: Spec) -> Iterator[Finding]:
    """One port may be published on several addresses (127.0.0.1 and 127.0.0.2), but not
    twice on one address, nor on a specific address and the wildcard (0.0.0.0, ::)."""
    taken: dict[int, list[tuple[str, str]]] = {}
    published: list[tuple[KeyPath, int | None, str]] = [
        (("apps", n, "host_port" if a.host_port else "port"), a.host_port or a.port, a.host_ip)
        for n, a in spec.apps.items()
    ]
    for name, svc in spec.services.items():
        if svc is not None:
            published += [(("services", name, "port"), svc.port, svc.host_ip)]
            published += [(("services", name, "ui_port"), svc.ui_port, svc.host_ip)]
    for path, port, host_ip in published:
        if port is None:
            continue
        owner = ".".join(str(p) for p in path[:2])
        clash = next((o for ip, o in taken.get(port, []) if _overlap(ip, host_ip)), None)
        if clash is not None:
            yield Finding(path, f"host port {port} is already published by `{clash}`")
        taken.setdefault(port, []).append((host_ip, owner))


def _overlap(first: str, second: str) -> bool:
    try:
        a, b = ipaddress.ip_address(first), ipaddress.ip_address(second)
    except ValueError:
        return first == second  # already reported as not an address
    return a == b or a.is_unspecified or b.is_unspecified


def _check_dockerfiles(spec: Spec) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for name, app in spec.apps.items():
        # Compared without case: on macOS and Windows, Dockerfile and dockerfile are one file.
        target = relative_file(app.path, app.dockerfile)
        if target.lower() in seen:
            yield Finding(
                ("apps", name, "dockerfile"),
                f"`{target}` is already written for app `{seen[target.lower()]}`; "
                f"set a different `dockerfile:` such as `Dockerfile.{name}`",
            )
        seen[target.lower()] = name
