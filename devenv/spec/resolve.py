"""Readings of the typed spec that both its checks and the resolved project need: which catalog
entry a service uses, the variable carrying its URL, an app's commands. They live on the spec
side so that `spec/checks.py` never imports `project.py` (which imports the spec): the
dependency runs one way, project -> spec.
"""

from __future__ import annotations

import shlex
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from devenv.catalog import CATALOG, DEFAULT_LOGIN, Login, ServiceKind
from devenv.languages import LANGUAGES, default_package_manager

if TYPE_CHECKING:
    from devenv.spec.model import AppSpec, Command, ServiceSpec


def service_type(name: str, spec: ServiceSpec | None) -> str:
    """The catalog entry a service uses: its `type:`, or else its own name."""
    return spec.type if spec and spec.type else name


def service_kind(name: str, spec: ServiceSpec | None) -> ServiceKind:
    return CATALOG[service_type(name, spec)]


def service_login(spec: ServiceSpec | None) -> Login:
    """Who apps connect as: the spec's user, password and database, else devenv's."""
    if spec is None:
        return DEFAULT_LOGIN
    return Login(
        user=spec.user or DEFAULT_LOGIN.user,
        password=spec.password or DEFAULT_LOGIN.password,
        database=spec.database or DEFAULT_LOGIN.database,
    )


def connection_var(spec: ServiceSpec | None, kind: ServiceKind) -> str:
    """The variable that hands apps a service's URL: its `env_var:`, or the catalog's."""
    return (spec.env_var if spec else None) or kind.env_var


def split_command(command: Command) -> tuple[str, ...]:
    return tuple(shlex.split(command)) if isinstance(command, str) else tuple(command)


def resolve_commands(app: AppSpec) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The dev and prod commands, from the spec or the framework's convention."""
    defaults = LANGUAGES[app.language].frameworks.get(app.framework)
    pm = app.package_manager or default_package_manager(app.language)
    port = app.port or LANGUAGES[app.language].default_port

    main = app.main_package or "."
    # A module of a multi-module Java build, as Maven (-pl web) and Gradle (:web:) name it.
    module = main.removeprefix("./") if main != "." else ""
    fields = {
        "port": port,
        "pm": pm,
        "main": main,
        "maven_module": f" -pl {module}" if module else "",
        "gradle_project": f":{module.replace('/', ':')}:" if module else "",
    }

    def conventional(template: str | None) -> tuple[str, ...]:
        return split_command(template.format(**fields)) if template else ()

    dev_default = defaults.dev_by.get(pm, defaults.dev) if defaults else None
    dev = split_command(app.command) if app.command else conventional(dev_default)
    if app.prod_command:
        prod = split_command(app.prod_command)
    else:
        prod = conventional(defaults.prod if defaults else None) or dev
    return dev, prod


def relative_file(app_path: str, name: str) -> str:
    """A generated file's path relative to the project folder, in POSIX form."""
    return str(PurePosixPath(app_path) / name)


def app_folder(path: str, context: str) -> str:
    """The app's folder inside its build context: "" when it builds from its own folder."""
    if PurePosixPath(context) == PurePosixPath(path):
        return ""
    return str(PurePosixPath(path).relative_to(PurePosixPath(context)))


def in_context(path: str, context: str, name: str) -> str:
    """A file of the app's folder (its Dockerfile), as a path inside its build context."""
    return str(PurePosixPath(app_folder(path, context)) / name)
