"""Turn a scan and the user's choices into a plan: named apps, services, and spec entries.

Pure: the same scan and choices always give the same plan, and every value keeps its reasons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from devenv.catalog import CATALOG, DEFAULT_LOGIN, LOGIN_PARTS
from devenv.detect.model import AppFinding, Choice, Command, Scan, ServiceLogin
from devenv.detect.procfile import PORT
from devenv.languages import LANGUAGES
from devenv.spec.names import to_name
from devenv.spec.write import Entry

# Written when the user's own Dockerfile is where devenv's would go.
SIDE_DOCKERFILE = "Dockerfile.devenv"
SIDE_COMPOSE = "compose.devenv.yaml"


@dataclass(frozen=True)
class Choices:
    """What the user decided on the command line or at the prompts."""

    name: str | None = None
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    ports: Mapping[str, int] = field(default_factory=dict)
    versions: Mapping[str, str] = field(default_factory=dict)
    force: bool = False


@dataclass(frozen=True)
class PlannedApp:
    name: str
    finding: AppFinding
    port: Choice[int] | None
    host_port: Choice[int] | None
    version: Choice[str] | None
    dockerfile: Choice[str]
    uses: tuple[str, ...] | None

    def fill(self, command: Command) -> Command:
        """A command with the port placeholder replaced by the app's port."""
        port = str(self.port.value if self.port else LANGUAGES[self.language].default_port)
        if isinstance(command, str):
            return command.replace(PORT, port)
        return [part.replace(PORT, port) for part in command]

    @property
    def language(self) -> str:
        return self.finding.language.value


@dataclass(frozen=True)
class PlannedService:
    name: str
    why: tuple[str, ...]
    apps: tuple[str, ...]
    env_var: str | None = None
    # Host names the repository's files use for it, with the first place each is named.
    aliases: tuple[tuple[str, str], ...] = ()
    # The login the repository's own config connects with, where it hard-codes one.
    login: ServiceLogin | None = None


@dataclass(frozen=True)
class Plan:
    name: Choice[str]
    apps: tuple[PlannedApp, ...]
    untemplated: tuple[AppFinding, ...]
    services: tuple[PlannedService, ...]
    notes: tuple[str, ...]
    compose_files: tuple[str, ...]
    # Where devenv's stack goes when compose.yaml is the repository's own.
    compose_file: Choice[str] | None = None


def project_name(text: str) -> str:
    """A valid spec name from a folder name: lowercase, other characters become `-`."""
    return to_name(text, "app")


def make_plan(scan: Scan, choices: Choices, folder_name: str) -> Plan:
    templated = [app for app in scan.apps if app.templated]
    names = _app_names(templated)
    apps = [
        _plan_app(name, app, scan, choices) for name, app in zip(names, templated, strict=False)
    ]
    apps = _distinct_host_ports(_distinct_dockerfiles(apps))
    services = _services(apps, choices)
    if len(apps) > 1 and services:  # a single app uses every service by default
        apps = [replace(a, uses=_uses(a, services)) for a in apps]
    name = (
        Choice(choices.name, ("--name",))
        if choices.name
        else Choice(project_name(folder_name), (f"the folder's name, {folder_name}",))
    )
    notes = [*scan.notes]
    for app in scan.apps:
        notes.extend(app.notes)
    return Plan(
        name=name,
        apps=tuple(apps),
        untemplated=tuple(app for app in scan.apps if not app.templated),
        services=_env_vars(services, apps),
        notes=tuple(dict.fromkeys(notes)),
        compose_files=scan.compose_files,
        compose_file=_compose_file(scan, choices),
    )


def _compose_file(scan: Scan, choices: Choices) -> Choice[str] | None:
    """Beside the repository's own compose.yaml, devenv's stack is compose.devenv.yaml.

    Both stay usable: `docker compose` reads theirs, `-f compose.devenv.yaml` reads devenv's.
    With --force, devenv's takes the usual name and theirs is kept as a backup.
    """
    if "compose.yaml" not in scan.compose_files or choices.force:
        return None
    return Choice(SIDE_COMPOSE, ("compose.yaml is the repository's own",))


def _app_names(apps: list[AppFinding]) -> list[str]:
    """Folder names (backend, frontend, api); the root app is `web`, or `app` without a port."""
    names: list[str] = []
    paths = [app.path for app in apps]
    for app in apps:
        shared = paths.count(app.path) > 1  # a Go module's commands: cmd/api, cmd/engine
        if app.main_package and (app.language.value != "go" or shared):
            # A project inside the folder it builds from (.NET): named after the project.
            base = project_name(app.main_package.value.rsplit("/", 1)[-1])
        elif app.path == ".":
            base = "web" if app.port else "app"
        else:
            base = project_name(app.path.rsplit("/", 1)[-1])
            if base in names:
                base = project_name(app.path.replace("/", "-"))
        base = base[:55].strip("-_")  # room for `-app` or `-12`: names stay within 63
        if base in CATALOG:  # an app folder called `redis` must not clash with the service
            base = f"{base}-app"
        name, number = base, 2
        while name in names:
            name, number = f"{base}-{number}", number + 1
        names.append(name)
    return names


def _plan_app(name: str, app: AppFinding, scan: Scan, choices: Choices) -> PlannedApp:
    port = app.port
    if name in choices.ports:
        port = Choice(choices.ports[name], ("your choice",))
    version = app.version
    if name in choices.versions:
        version = Choice(choices.versions[name], ("your choice",))
    own = f"{app.path}/Dockerfile" if app.path != "." else "Dockerfile"
    dockerfile = Choice("Dockerfile", ("devenv's default",))
    if own in scan.own_dockerfiles and not choices.force:
        dockerfile = Choice(SIDE_DOCKERFILE, (f"{own} is yours; devenv's goes beside it",))
    return PlannedApp(name, app, port, None, version, dockerfile, None)


def _distinct_dockerfiles(apps: list[PlannedApp]) -> list[PlannedApp]:
    """Two apps built from one folder (a .NET solution's projects) get a Dockerfile each."""
    seen: set[tuple[str, str]] = set()
    planned = []
    for app in apps:
        key = (app.finding.path, app.dockerfile.value)
        if key in seen:
            why = ("another app builds from the same folder",)
            app = replace(app, dockerfile=Choice(f"{app.dockerfile.value}.{app.name}", why))
        seen.add((app.finding.path, app.dockerfile.value))
        planned.append(app)
    return planned


def _distinct_host_ports(apps: list[PlannedApp]) -> list[PlannedApp]:
    """Two apps on one port (two Next.js apps on 3000) are published on different host ports."""
    taken: set[int] = set()
    planned = []
    for app in apps:
        if app.port is None:
            planned.append(app)
            continue
        host = app.port.value
        while host in taken:
            host += 1
        taken.add(host)
        if host != app.port.value:
            why = (f"port {app.port.value} is already published by another app",)
            app = replace(app, host_port=Choice(host, why))
        planned.append(app)
    return planned


def _services(apps: list[PlannedApp], choices: Choices) -> list[PlannedService]:
    """One service per catalog type, in catalog order, with the apps that need it."""
    needed: dict[str, list[tuple[str, str]]] = {}
    for app in apps:
        for need in app.finding.services:
            needed.setdefault(need.type, []).append((app.name, need.why))
    for added in choices.add:
        needed.setdefault(added, []).extend((app.name, "--service") for app in apps)
    aliases: dict[str, dict[str, str]] = {}
    logins: dict[str, ServiceLogin] = {}
    for app in apps:
        for found in app.finding.hostnames:
            aliases.setdefault(found.type, {}).setdefault(found.host, found.why)
        for login in app.finding.logins:
            logins.setdefault(login.type, login)
    return [
        PlannedService(
            name=kind,
            why=tuple(dict.fromkeys(why for _, why in needed[kind])),
            apps=tuple(dict.fromkeys(app for app, _ in needed[kind])),
            aliases=tuple(aliases.get(kind, {}).items()),
            login=logins.get(kind),
        )
        for kind in CATALOG
        if kind in needed and kind not in choices.remove
    ]


def _uses(app: PlannedApp, services: list[PlannedService]) -> tuple[str, ...]:
    return tuple(s.name for s in services if app.name in s.apps)


def _env_vars(services: list[PlannedService], apps: list[PlannedApp]) -> tuple[PlannedService, ...]:
    """Postgres and MySQL both hand out DATABASE_URL: an app using both gets MYSQL_URL too."""
    renamed: dict[str, str] = {}
    for app in apps:
        used = app.uses if app.uses is not None else tuple(s.name for s in services)
        seen: set[str] = set()
        for name in used:
            var = renamed.get(name, CATALOG[name].env_var)
            if var in seen:
                renamed[name] = f"{name.upper()}_URL"
                var = renamed[name]
            seen.add(var)
    return tuple(replace(s, env_var=renamed.get(s.name)) for s in services)


def spec_entries(plan: Plan) -> tuple[Entry, ...]:
    """The devenv.yaml content, each decision commented with its first reason."""
    apps = tuple(Entry(app.name, _app_entries(app)) for app in plan.apps)
    services = tuple(
        Entry(s.name, _service_entries(s), s.why[0] if s.why else "") for s in plan.services
    )
    entries = [Entry("name", plan.name.value)]
    if plan.compose_file:
        entries.append(Entry("compose_file", plan.compose_file.value, _why(plan.compose_file)))
    entries.append(Entry("apps", apps))
    if services:
        entries.append(Entry("services", services))
    return tuple(entries)


def _service_entries(service: PlannedService) -> tuple[Entry, ...]:
    entries = []
    if service.env_var:
        entries.append(
            Entry("env_var", service.env_var, "another service already sets the usual name")
        )
    if service.aliases:
        names = [host for host, _ in service.aliases]
        entries.append(Entry("aliases", names, f"{service.aliases[0][1]} names it {names[0]}"))
    if service.login:
        why = f"{service.login.why} connects with it"
        for part in LOGIN_PARTS:
            value = getattr(service.login.login, part)
            if value != getattr(DEFAULT_LOGIN, part):
                entries.append(Entry(part, value, why))
    return tuple(entries)


def _why(choice: Choice[object] | None) -> str:
    return choice.why[0] if choice and choice.why else ""


def _app_entries(app: PlannedApp) -> tuple[Entry, ...]:
    found = app.finding
    entries = []
    if found.path != ".":
        entries.append(Entry("path", found.path))
    entries.append(Entry("language", app.language, found.manifest))
    if app.version:
        entries.append(Entry("version", app.version.value, _why(app.version)))
    if found.package_manager:
        entries.append(
            Entry("package_manager", found.package_manager.value, _why(found.package_manager))
        )
    if found.framework.value != "none":
        entries.append(Entry("framework", found.framework.value, _why(found.framework)))
    if app.port:
        entries.append(Entry("port", app.port.value, _why(app.port)))
    if app.host_port:
        entries.append(Entry("host_port", app.host_port.value, _why(app.host_port)))
    if found.main_package:
        entries.append(Entry("main_package", found.main_package.value, _why(found.main_package)))
    if found.context:
        entries.append(Entry("context", found.context, found.manifest))
    for key, choice in (("command", found.command), ("prod_command", found.prod_command)):
        if choice:
            entries.append(Entry(key, _command_value(app.fill(choice.value)), _why(choice)))
    if found.processes:
        processes = tuple(
            Entry(name, _command_value(app.fill(c.value)), _why(c)) for name, c in found.processes
        )
        entries.append(Entry("processes", processes))
    entries.extend(_needs_entries(app))
    if app.uses is not None:
        entries.append(Entry("uses", list(app.uses)))
    if app.dockerfile.value != "Dockerfile":
        entries.append(Entry("dockerfile", app.dockerfile.value, _why(app.dockerfile)))
    return tuple(entries)


def _needs_entries(app: PlannedApp) -> list[Entry]:
    """Env values, the setup step, packages and requirements files (devenv.detect.pysetup)."""
    found = app.finding
    entries = []
    if found.setup:
        entries.append(
            Entry("setup", _command_value(app.fill(found.setup.value)), _why(found.setup))
        )
    for key, choice in (
        ("requirements", found.requirements),
        ("system_packages", found.system_packages),
        ("build_packages", found.build_packages),
    ):
        if choice:
            entries.append(Entry(key, list(choice.value), _why(choice)))
    port_env = tuple(
        Entry(k, str(app.fill(v)), "so the app listens on the published port") for k, v in found.env
    )
    own = {k for k, _ in found.env}
    wired = tuple(
        Entry(k, str(app.fill(c.value)), _why(c)) for k, c in found.settings if k not in own
    )
    if port_env or wired:
        entries.append(Entry("env", (*port_env, *wired)))
    return entries


def _command_value(command: Command) -> str | list[str]:
    return command if isinstance(command, str) else list(command)
