"""The typed shape of devenv.yaml: what a user may write, with defaults and field docs."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Compose project names allow only these characters, and names become image names
# (PROJECT-APP:dev), whose components Docker's reference grammar splits on one separator
# (`_`, `__` or dashes) between letters and digits: no trailing or repeated `_`.
NAME_PATTERN = r"^[a-z0-9]+(?:(?:__?|-+)[a-z0-9]+)*$"
# A Docker image tag: what we put after `python:` in `FROM`. A tag has at most 128
# characters; 100 leaves room for the suffix the image adds (`-bookworm-slim`).
VERSION_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
ENV_NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"
HTTP_PATH_PATTERN = r"^/[A-Za-z0-9._~!&'()*+,;=:@%/?-]*$"
GO_PACKAGE_PATTERN = r"^\.(/[A-Za-z0-9_.-]+)*$"
REQUIREMENTS_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$"
DEBIAN_PACKAGE_PATTERN = r"^[a-z0-9][a-z0-9+.-]+$"
# Database and user names as the images create them; a password is any printable ASCII
# without spaces, so it reads the same in a URL (quoted), an env file and a probe argument.
LOGIN_NAME_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$"
PASSWORD_PATTERN = r"^[!-~]{1,128}$"
# A Compose file in the project's folder: compose.yaml, compose.devenv.yaml...
COMPOSE_FILE_PATTERN = r"^(?:docker-)?compose(?:\.[a-z0-9-]+)*\.ya?ml$"

Name = Annotated[str, StringConstraints(pattern=NAME_PATTERN, max_length=63)]
Version = Annotated[str, StringConstraints(pattern=VERSION_PATTERN)]
EnvName = Annotated[str, StringConstraints(pattern=ENV_NAME_PATTERN, max_length=255)]
DebianPackage = Annotated[str, StringConstraints(pattern=DEBIAN_PACKAGE_PATTERN, max_length=100)]
LoginName = Annotated[str, StringConstraints(pattern=LOGIN_NAME_PATTERN)]
Port = Annotated[int, Field(ge=1, le=65535)]
Command = Annotated[
    str | list[str],
    Field(
        description="The command to run: a string split like a shell would, or a list of "
        "arguments (exec form, no shell)."
    ),
]

Language = Literal[
    "python",
    "node",
    "go",
    "php",
    "ruby",
    "rust",
    "java",
    "dotnet",
]
PackageManager = Literal[
    "pip",
    "poetry",
    "uv",
    "npm",
    "yarn",
    "pnpm",
    "go",
    "composer",
    "bundler",
    "cargo",
    "maven",
    "mvnw",
    "gradle",
    "gradlew",
    "dotnet",
]
Framework = Literal[
    "django",
    "flask",
    "fastapi",
    "express",
    "next",
    "nestjs",
    "vite",
    "laravel",
    "symfony",
    "rails",
    "sinatra",
    "hanami",
    "rack",
    "axum",
    "actix",
    "rocket",
    "spring-boot",
    "quarkus",
    "micronaut",
    "ktor",
    "vertx",
    "aspnet",
    "none",
]
ServiceType = Literal[
    "postgres",
    "mysql",
    "mariadb",
    "sqlserver",
    "redis",
    "mongo",
    "rabbitmq",
    "memcached",
    "mailpit",
    "elasticsearch",
    "minio",
    "kafka",
]


class _Strict(BaseModel):
    """Base for spec models: unknown keys are errors and YAML values are never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class AppSpec(_Strict):
    """One application built from the repository's own source."""

    path: str = Field(".", description="Folder of the app, relative to devenv.yaml.")
    language: Language = Field(description="The app's language.")
    version: Version | None = Field(
        None, description='Language version, used as the base image tag, e.g. "3.12".'
    )
    package_manager: PackageManager | None = Field(
        None, description="How dependencies are installed; defaults to the language's usual one."
    )
    framework: Framework = Field("none", description="Framework; picks the default command.")
    port: Port | None = Field(None, description="Port the app listens on inside its container.")
    host_port: Port | None = Field(None, description="Port published on the host; default: port.")
    host_ip: str = Field(
        "127.0.0.1", description="Host address to publish on; only change it on purpose."
    )
    command: Command | None = Field(None, description="Development command (live reload).")
    prod_command: Command | None = Field(None, description="Command of the prod image.")
    processes: dict[Name, Command] = Field(
        default_factory=dict,
        description="Extra processes that share the app's image, e.g. a worker.",
    )
    env: dict[EnvName, str | int] = Field(
        default_factory=dict, description="Environment variables, passed exactly as written."
    )
    health: Annotated[str, StringConstraints(pattern=HTTP_PATH_PATTERN)] | None = Field(
        None, description="HTTP path that answers 2xx when the app is up, e.g. /health."
    )
    main_package: Annotated[str, StringConstraints(pattern=GO_PACKAGE_PATTERN)] | None = Field(
        None,
        description="Go: the main package to run and build, e.g. ./cmd/server (default .). "
        ".NET: the project to run when the app builds from its solution's folder, e.g. ./src/Api. "
        "Java: the module of a multi-module build, e.g. ./web.",
    )
    context: str | None = Field(
        None,
        description="Python: the folder above `path` that the image builds from, whose "
        "manifests the app installs (a root pyproject.toml for Django in src/), e.g. `.`; "
        "default: path.",
    )
    setup: Command | None = Field(
        None,
        description="A one-shot step run before the app and its processes start, e.g. "
        "migrations; they wait for it to finish successfully.",
    )
    requirements: list[Annotated[str, StringConstraints(pattern=REQUIREMENTS_PATTERN)]] | None = (
        Field(
            None,
            description="pip: the requirements file to install, then the files it includes "
            "(copied first); default requirements.txt.",
        )
    )
    system_packages: list[DebianPackage] = Field(
        default_factory=list, description="Debian packages the app needs at run time (libpq5)."
    )
    build_packages: list[DebianPackage] = Field(
        default_factory=list,
        description="Debian packages needed only to install dependencies (gcc, libpq-dev); "
        "kept out of the image the app runs in.",
    )
    live_reload: bool = Field(
        True, description="Bind-mount the source into the container so edits apply at once."
    )
    uses: list[Name] | None = Field(
        None, description="Services this app talks to; default: all of them."
    )
    dockerfile: str = Field("Dockerfile", description="Name of the generated Dockerfile.")


class ServiceSpec(_Strict):
    """A backing service from the catalog (database, cache, broker, mail catcher)."""

    type: ServiceType | None = Field(
        None, description="Catalog entry; defaults to the service's own name."
    )
    version: Version | None = Field(None, description="Image tag; defaults to the catalog's.")
    port: Port | None = Field(
        None, description="Publish the service's main port on this host port (off by default)."
    )
    ui_port: Port | None = Field(
        None, description="Publish the web UI (mailpit, rabbitmq) on this host port."
    )
    host_ip: str = Field("127.0.0.1", description="Host address to publish on.")
    env_var: EnvName | None = Field(
        None, description="Variable that hands apps the connection URL, e.g. DATABASE_URL."
    )
    aliases: list[Name] = Field(
        default_factory=list,
        description="Other host names apps reach it by, e.g. `db` when a config file says "
        "postgresql://...@db:5432/...",
    )
    user: LoginName | None = Field(
        None, description="The user apps connect as (databases, brokers); default: app."
    )
    password: Annotated[str, StringConstraints(pattern=PASSWORD_PATTERN)] | None = Field(
        None, description="That user's password; default: devenv."
    )
    database: LoginName | None = Field(
        None, description="The database created for apps (SQL, MongoDB); default: app."
    )


class Spec(_Strict):
    """The whole devenv.yaml."""

    name: Name = Field(description="Project name; prefixes containers, networks and volumes.")
    compose_file: Annotated[str, StringConstraints(pattern=COMPOSE_FILE_PATTERN)] = Field(
        "compose.yaml",
        description="The Compose file devenv writes, e.g. compose.devenv.yaml beside a "
        "compose.yaml of the repository's own (`docker compose -f compose.devenv.yaml up`).",
    )
    apps: dict[Name, AppSpec] = Field(
        description="Applications built from this repository.", min_length=1
    )
    services: dict[Name, ServiceSpec | None] = Field(
        default_factory=dict, description="Backing services the apps use."
    )
