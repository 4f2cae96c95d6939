"""Resolve a validated spec into the concrete stack: every service with its effective settings.

This is the single source of truth that both `compose.yaml` and the engine are built from, so
that `docker compose up` and `devenv up` create identical containers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Literal

from devenv.languages import LANGUAGES, default_package_manager

# Readings of the spec that its checks share: they live on the spec side (no spec -> project
# import), and stay importable from here.
from devenv.spec.resolve import app_folder as app_folder
from devenv.spec.resolve import connection_var as connection_var
from devenv.spec.resolve import in_context as in_context
from devenv.spec.resolve import relative_file as relative_file
from devenv.spec.resolve import resolve_commands as resolve_commands
from devenv.spec.resolve import service_kind as service_kind
from devenv.spec.resolve import service_login as service_login
from devenv.spec.resolve import service_type as service_type
from devenv.spec.resolve import split_command as split_command
from devenv.wiring import Endpoint

if TYPE_CHECKING:  # the typed spec is only read here; importing pydantic costs every command
    from devenv.spec.model import AppSpec, ServiceSpec, Spec

# Where an app's source lives in its image; bind-mounted there for live reload.
APP_DIR = "/app"
# Extra CA certificates (PEM) to trust while an image downloads packages; see the template.
CA_CERTS_ARG = "DEVENV_CA_CERTS"
BUILD_ENV_ARGS = {"python": (CA_CERTS_ARG,)}


@dataclass(frozen=True)
class Healthcheck:
    """How the engine probes a service, as Compose's healthcheck says it."""

    test: tuple[str, ...]
    interval: str
    timeout: str
    retries: int
    start_period: str


@dataclass(frozen=True)
class PortBinding:
    """One published port: host address and port to the container's port."""

    host_ip: str
    host_port: int
    container_port: int
    # The variable compose.yaml reads this host port from (`"${DEVENV_PORT_WEB:-8000}"`), so
    # each instance of the stack can publish its own ports; see devenv/instances.py.
    variable: str = ""


@dataclass(frozen=True)
class Mount:
    """A bind mount of a project folder or a named volume, inside a container."""

    type: Literal["bind", "volume"]
    source: str  # a path relative to the project folder, or a volume's short name
    target: str


@dataclass(frozen=True)
class Build:
    """How an app's image is built: context, Dockerfile and stage."""

    context: str  # relative to the project folder, "." or "./backend"
    dockerfile: str  # relative to the context
    target: str
    # Build arguments taken from the environment of whoever builds (a CA bundle): compose.yaml
    # names them as ${NAME:-}, and devenv up passes the same variables.
    env_args: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppImage:
    """Everything a Dockerfile template needs about one app."""

    name: str
    path: str
    dockerfile: str
    language: str
    version: str
    package_manager: str
    framework: str
    port: int | None
    dev_command: tuple[str, ...]
    prod_command: tuple[str, ...]
    live_reload: bool
    main_package: str = "."  # Go: the package `go build` compiles for the prod image
    # The folder the image builds from: `path` or one above it (Python's root manifests).
    context: str = "."
    # Catalog kinds of the services the app uses: PHP's image installs their drivers.
    services: tuple[str, ...] = ()
    # pip: the file installed, then the files it includes; () means requirements*.txt.
    requirements: tuple[str, ...] = ()
    system_packages: tuple[str, ...] = ()
    build_packages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Service:
    """One container of the stack, as Compose would run it."""

    name: str
    role: Literal["app", "process", "service"]
    image: str
    build: Build | None
    command: tuple[str, ...] | None
    environment: tuple[tuple[str, str], ...]
    ports: tuple[PortBinding, ...]
    mounts: tuple[Mount, ...]
    healthcheck: Healthcheck | None
    depends_on: tuple[str, ...]
    # What a person uses to reach it: an http URL or a connection string.
    endpoint: str | None = None
    # Runs to completion (migrations); its dependents wait until it exits successfully.
    one_shot: bool = False
    aliases: tuple[str, ...] = ()  # more host names on the project's network


@dataclass(frozen=True)
class Project:
    """The whole resolved stack: what compose.yaml and the engine are both made from."""

    name: str
    services: tuple[Service, ...]
    volumes: tuple[str, ...]
    apps: tuple[AppImage, ...]
    # For .env.example: per app, the variables it receives.
    app_env: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    host_env: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    compose_file: str = "compose.yaml"


def app_image_ref(project: str, app: str) -> str:
    """The tag of an app's dev image; compose.yaml names it explicitly so both tools share it."""
    return f"{project}-{app}:dev"


def port_variable(service: str, *, ui: bool = False) -> str:
    """The variable holding a service's published host port: DEVENV_PORT_WEB, DEVENV_UI_PORT_X.
    The prefix keeps it clear of variables a shell may already export (POSTGRES_PORT...)."""
    return ("DEVENV_UI_PORT_" if ui else "DEVENV_PORT_") + service.upper().replace("-", "_")


def context_path(path: str) -> str:
    posix = PurePosixPath(path)
    return "." if str(posix) == "." else f"./{posix}"


def build_project(spec: Spec) -> Project:
    services_env = _service_env(spec, host=False)
    host_env = _service_env(spec, host=True)
    services: list[Service] = []
    apps: list[AppImage] = []
    app_env: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    app_host_env: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    for name, app in spec.apps.items():
        used = _used_services(spec, app)
        kinds = tuple(dict.fromkeys(service_type(s, spec.services[s]) for s in used))
        image = _app_image(name, app, kinds)
        apps.append(image)
        env = _merge_env(_wire(app.language, [services_env[s] for s in used]), app)
        app_env.append((name, env))
        app_host_env.append(
            (name, _merge_env(_wire(app.language, [host_env[s] for s in used]), app))
        )
        services.extend(_app_services(spec.name, image, app, env, used))
    for name, svc in spec.services.items():
        services.append(_backing_service(name, svc))
    volumes = tuple(
        f"{name}-data" for name, svc in spec.services.items() if service_kind(name, svc).data_path
    )
    return Project(
        name=spec.name,
        services=tuple(services),
        volumes=volumes,
        apps=tuple(apps),
        app_env=tuple(app_env),
        host_env=tuple(app_host_env),
        compose_file=spec.compose_file,
    )


def _used_services(spec: Spec, app: AppSpec) -> tuple[str, ...]:
    return tuple(app.uses) if app.uses is not None else tuple(spec.services)


def _service_env(spec: Spec, *, host: bool) -> dict[str, Endpoint]:
    env: dict[str, Endpoint] = {}
    for name, svc in spec.services.items():
        kind = service_kind(name, svc)
        var = connection_var(svc, kind)
        if host and svc and svc.port:
            address, port = "localhost", svc.port
        else:
            address, port = name, kind.port
        login = service_login(svc)
        env[name] = Endpoint(
            kind=service_type(name, svc),
            env_var=var,
            url=kind.connection_url(address, port, login),
            host=address,
            port=port,
            user=login.user if "user" in kind.login else None,
            password=login.password if "password" in kind.login else None,
            database=login.database if "database" in kind.login else None,
        )
    return env


def _wire(language: str, endpoints: list[Endpoint]) -> list[tuple[str, str]]:
    """Each service's URL variable, then what the language's ecosystem reads (DB_HOST...).

    When two services would set one extra variable, the first one the app uses keeps it.
    """
    pairs = [(e.env_var, e.url) for e in endpoints]
    urls = {e.env_var for e in endpoints}
    extra: dict[str, str] = {}
    for endpoint in endpoints:
        for key, value in LANGUAGES[language].wiring(endpoint):
            if key in urls:
                pairs.append((key, value))  # the hook rewrites its own URL (scheme, options)
            else:
                extra.setdefault(key, value)
    return [*pairs, *extra.items()]


def _merge_env(pairs: list[tuple[str, str]], app: AppSpec) -> tuple[tuple[str, str], ...]:
    merged = dict(pairs)
    # The user's own value wins over a connection URL of the same name.
    merged.update({key: str(value) for key, value in app.env.items()})
    return tuple(merged.items())


def _app_image(name: str, app: AppSpec, services: tuple[str, ...] = ()) -> AppImage:
    language = LANGUAGES[app.language]
    dev, prod = resolve_commands(app)
    return AppImage(
        name=name,
        path=str(PurePosixPath(app.path)),
        dockerfile=app.dockerfile,
        language=app.language,
        version=app.version or language.default_version,
        package_manager=app.package_manager or default_package_manager(app.language),
        framework=app.framework,
        port=app.port,
        dev_command=dev,
        prod_command=prod,
        live_reload=app.live_reload,
        main_package=app.main_package or ".",
        context=str(PurePosixPath(app.context or app.path)),
        services=services,
        requirements=tuple(app.requirements or ()),
        system_packages=tuple(app.system_packages),
        build_packages=tuple(app.build_packages),
    )


def _app_services(
    project: str,
    image: AppImage,
    app: AppSpec,
    env: tuple[tuple[str, str], ...],
    used: tuple[str, ...],
) -> list[Service]:
    build = Build(
        context=context_path(image.context),
        dockerfile=in_context(image.path, image.context, image.dockerfile),
        target="dev",
        env_args=BUILD_ENV_ARGS.get(image.language, ()),
    )
    mounts = (Mount("bind", context_path(image.context), APP_DIR),) if app.live_reload else ()
    ports: tuple[PortBinding, ...] = ()
    endpoint = None
    if app.port:
        host_port = app.host_port or app.port
        ports = (PortBinding(app.host_ip, host_port, app.port, port_variable(image.name)),)
        endpoint = f"http://{_url_host(app.host_ip)}:{host_port}/"
    ref = app_image_ref(project, image.name)
    setup = _setup_service(image.name, ref, app, env, (used, build, mounts))
    after = (*used, setup.name) if setup else used
    main = Service(
        name=image.name,
        role="app",
        image=app_image_ref(project, image.name),
        build=build,
        command=image.dev_command,
        environment=env,
        ports=ports,
        mounts=mounts,
        healthcheck=_app_healthcheck(image.language, app),
        depends_on=after,
        endpoint=endpoint,
    )
    processes = [
        Service(
            name=f"{image.name}-{proc}",
            role="process",
            image=main.image,
            build=build,
            command=split_command(command),
            environment=env,
            ports=(),
            mounts=mounts,
            healthcheck=None,
            depends_on=after,
        )
        for proc, command in app.processes.items()
    ]
    return [*([setup] if setup else []), main, *processes]


def setup_name(app: str) -> str:
    return f"{app}-setup"


def _setup_service(
    name: str,
    image: str,
    app: AppSpec,
    env: tuple[tuple[str, str], ...],
    shared: tuple[tuple[str, ...], Build, tuple[Mount, ...]],
) -> Service | None:
    """The app's one-shot setup step (migrations), in the app's image, before the app."""
    if not app.setup:
        return None
    used, build, mounts = shared
    return Service(
        name=setup_name(name),
        role="process",
        image=image,
        build=build,
        command=split_command(app.setup),
        environment=env,
        ports=(),
        mounts=mounts,
        healthcheck=None,
        depends_on=used,
        one_shot=True,
    )


def _url_host(host_ip: str) -> str:
    if host_ip in ("0.0.0.0", "::"):
        return "localhost"
    return f"[{host_ip}]" if ":" in host_ip else host_ip


def _app_healthcheck(language: str, app: AppSpec) -> Healthcheck | None:
    if not app.port:
        return None
    probes = LANGUAGES[language].probes
    # The URL or port goes last, as an argument: a spec value is data, never probe code.
    if app.health:
        test = ("CMD", *probes.http, f"http://127.0.0.1:{app.port}{app.health}")
    else:
        test = ("CMD", *probes.tcp, str(app.port))
    # Apps may compile or migrate on start: a minute's grace, then checks every 5 s.
    return Healthcheck(test, interval="5s", timeout="5s", retries=12, start_period="60s")


def _backing_service(name: str, svc: ServiceSpec | None) -> Service:
    kind, login = service_kind(name, svc), service_login(svc)
    version = (svc.version if svc else None) or kind.default_version
    ports: tuple[PortBinding, ...] = ()
    endpoint = None
    if svc and svc.port:
        ports = (PortBinding(svc.host_ip, svc.port, kind.port, port_variable(name)),)
        endpoint = kind.connection_url(_url_host(svc.host_ip), svc.port, login)
    if svc and svc.ui_port and kind.ui_port:
        ui = PortBinding(svc.host_ip, svc.ui_port, kind.ui_port, port_variable(name, ui=True))
        ports = (*ports, ui)
        endpoint = f"http://{_url_host(svc.host_ip)}:{svc.ui_port}/"
    mounts = (Mount("volume", f"{name}-data", kind.data_path),) if kind.data_path else ()
    return Service(
        name=name,
        role="service",
        image=kind.tag(version),
        build=None,
        command=kind.command or None,
        # `{name}`: the service's own name, for images that advertise their address.
        environment=tuple((k, v.replace("{name}", name)) for k, v in kind.environment_for(login)),
        ports=ports,
        mounts=mounts,
        # Quick checks: `up` waits on them, so they bound how fast a stack reports healthy.
        healthcheck=Healthcheck(
            kind.healthcheck_for(login), interval="2s", timeout="5s", retries=30, start_period="0s"
        ),
        depends_on=(),
        endpoint=endpoint,
        aliases=tuple(svc.aliases) if svc else (),
    )
