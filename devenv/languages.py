"""What devenv knows about each language: versions, package managers, frameworks, commands."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FrameworkDefaults:
    """Conventional commands and port of a framework; {port} is filled in per app."""

    dev: str | None
    prod: str | None
    port: int | None = None


@dataclass(frozen=True)
class LanguageDefaults:
    """Per-language defaults and the combinations devenv has templates for."""

    default_version: str
    default_port: int
    package_managers: tuple[str, ...]
    frameworks: dict[str, FrameworkDefaults]


LANGUAGES: dict[str, LanguageDefaults] = {
    "python": LanguageDefaults(
        default_version="3.12",
        default_port=8000,
        package_managers=("pip", "poetry", "uv"),
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
    ),
    "node": LanguageDefaults(
        default_version="22",
        default_port=3000,
        package_managers=("npm", "yarn", "pnpm"),
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
    ),
    "go": LanguageDefaults(
        default_version="1.23",
        default_port=8080,
        package_managers=("go",),
        frameworks={"none": FrameworkDefaults(dev="go run {main}", prod="/usr/local/bin/app")},
    ),
}


def default_package_manager(language: str) -> str:
    return LANGUAGES[language].package_managers[0]
