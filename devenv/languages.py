"""What devenv knows about each templated language, in one descriptor per language.

A language's versions, package managers (with the manifests its Dockerfile copies before the
source), frameworks (with their conventional commands and port) and health probes live here,
so adding a language means adding one entry, one Dockerfile template and its detection.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FrameworkDefaults:
    """Conventional commands and port of a framework; {port} is filled in per app."""

    dev: str | None
    prod: str | None
    port: int | None = None


@dataclass(frozen=True)
class Probes:
    """Healthcheck commands that run inside the app's own image.

    The URL (http) or port (tcp) is appended as the last argument, so a value from the spec is
    always data to the probe and never part of the code it runs.
    """

    http: tuple[str, ...]
    tcp: tuple[str, ...]


@dataclass(frozen=True)
class LanguageDefaults:
    """Per-language defaults and the combinations devenv has templates for."""

    default_version: str
    # Image tags devenv offers, oldest first; `init` picks the one nearest a constraint.
    known_versions: tuple[str, ...]
    default_port: int
    # Package manager -> the files its Dockerfile stage copies before the source: a change to
    # any of them means a rebuild even when the source is bind-mounted. The first is the default.
    package_managers: dict[str, tuple[str, ...]]
    frameworks: dict[str, FrameworkDefaults]
    probes: Probes


LANGUAGES: dict[str, LanguageDefaults] = {
    "python": LanguageDefaults(
        default_version="3.12",
        known_versions=("3.9", "3.10", "3.11", "3.12", "3.13", "3.14"),
        default_port=8000,
        package_managers={
            "pip": ("requirements*.txt",),
            "poetry": ("pyproject.toml", "poetry.lock"),
            "uv": ("pyproject.toml", "uv.lock"),
        },
        frameworks={
            "django": FrameworkDefaults(
                dev="python manage.py runserver 0.0.0.0:{port}",
                prod=None,  # the WSGI module's name is the project's own: ask for it
            ),
            "flask": FrameworkDefaults(
                dev="flask --app app run --host 0.0.0.0 --port {port} --debug",
                prod="gunicorn --bind 0.0.0.0:{port} app:app",
            ),
            "fastapi": FrameworkDefaults(
                dev="uvicorn main:app --host 0.0.0.0 --port {port} --reload",
                prod="uvicorn main:app --host 0.0.0.0 --port {port}",
            ),
            "none": FrameworkDefaults(dev=None, prod=None),
        },
        probes=Probes(
            http=(
                "python",
                "-c",
                "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=4)",
            ),
            tcp=(
                "python",
                "-c",
                "import socket, sys;"
                " socket.create_connection(('127.0.0.1', int(sys.argv[1])), 4).close()",
            ),
        ),
    ),
    "node": LanguageDefaults(
        default_version="22",
        # The node template uses -bookworm-slim images, which exist from Node 18 on.
        known_versions=("18", "20", "22", "24"),
        default_port=3000,
        package_managers={
            "npm": ("package.json", "package-lock.json"),
            "yarn": ("package.json", "yarn.lock"),
            "pnpm": ("package.json", "pnpm-lock.yaml"),
        },
        frameworks={
            "express": FrameworkDefaults(dev="{pm} run dev", prod="{pm} start"),
            "next": FrameworkDefaults(dev="{pm} run dev", prod="{pm} start"),
            "nestjs": FrameworkDefaults(dev="{pm} run start:dev", prod="{pm} run start:prod"),
            "vite": FrameworkDefaults(
                dev="{pm} run dev -- --host 0.0.0.0 --port {port}",
                prod="{pm} run preview -- --host 0.0.0.0 --port {port}",
                port=5173,
            ),
            "none": FrameworkDefaults(dev="{pm} run dev", prod="{pm} start"),
        },
        # `node -e CODE ARG` puts ARG at process.argv[1].
        probes=Probes(
            http=(
                "node",
                "-e",
                "fetch(process.argv[1])"
                ".then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))",
            ),
            tcp=(
                "node",
                "-e",
                "require('node:net').connect(Number(process.argv[1]), '127.0.0.1')"
                ".on('connect', () => process.exit(0)).on('error', () => process.exit(1))",
            ),
        ),
    ),
    "go": LanguageDefaults(
        default_version="1.23",
        # The go template uses -bookworm images, which exist from Go 1.21 on.
        known_versions=("1.21", "1.22", "1.23", "1.24", "1.25"),
        default_port=8080,
        package_managers={"go": ("go.mod", "go.sum")},
        frameworks={"none": FrameworkDefaults(dev="go run {main}", prod="/usr/local/bin/app")},
        # The golang images ship curl and bash; `bash -c SCRIPT NAME ARG` puts ARG at $1.
        probes=Probes(
            http=("curl", "--fail", "--silent", "--output", "/dev/null", "--"),
            tcp=("bash", "-c", 'exec 3<>"/dev/tcp/127.0.0.1/$1"', "probe"),
        ),
    ),
}


def default_package_manager(language: str) -> str:
    return next(iter(LANGUAGES[language].package_managers))


def manifests(language: str, package_manager: str) -> tuple[str, ...]:
    """The files an app's image installs dependencies from, before its source is copied."""
    return LANGUAGES[language].package_managers[package_manager]
