"""Where an app keeps its configuration: env files and examples, settings modules, the config
file a user copies, and the modules that set its database whatever their names."""

from __future__ import annotations

import re

from devenv.detect.readable import ENV_FILE_NAME
from devenv.detect.tree import RepoTree

# A module that sets the database, whatever its name (the Flask app's own module often does).
DATABASE_SETTING = re.compile(
    r"^[ \t]*(?:[\w.]+\[[\"'])?(?:SQLALCHEMY_DATABASE_UR[IL]|DATABASES)\b", re.M
)
# How deep below the app's folder such a module is looked for.
_MODULE_DEPTH = 2
_ENV_FILE = re.compile(f"(^|/)({ENV_FILE_NAME})$")
# The env a test suite runs with (`.env.test`, `.env.testing`): its database is the tests'.
_TEST_ENV = re.compile(r"(?i)[._-]test(?:s|ing)?(?:[._-][\w.-]*)?$")
# settings.py, config/base.py, and the modules a settings package layers (settings/base/db.py).
_CONFIG_SOURCE = re.compile(
    r"(^|/)[\w-]*(settings|config|conf)[\w-]*(\.py|/[\w-]+\.py)$|(^|/)settings/[\w-]+/[\w-]+\.py$"
)
_CONFIG_FOLDERS = ("config", "conf", "configs")
# Spring Boot's settings, and those of the profiles a developer runs (not prod's).
_SPRING_CONFIG = re.compile(
    r"^src/main/resources/(?:config/)?application(?:-(?:dev|local|development))?"
    r"\.(?:ya?ml|properties)$"
)
# The app's own config file or its example beside it: config_example.yml, settings.toml.
CONFIG_EXAMPLE = re.compile(
    r"^(config|settings)([._-](example|sample|dist|default))?\.(ya?ml|toml|ini)([._-](example|sample|dist))?$"
)


def is_env_file(path: str) -> bool:
    return bool(_ENV_FILE.search(path))


def env_files(tree: RepoTree, folder: str) -> list[str]:
    """Env files and examples in the app's folder and at the repository root."""
    prefix = "" if folder == "." else folder + "/"
    here = [p for p in tree.texts if p.startswith(prefix) and "/" not in p[len(prefix) :]]
    top = [p for p in tree.texts if "/" not in p]
    return sorted({p for p in here + top if _ENV_FILE.search(p) and not _TEST_ENV.search(p)})


def config_files(tree: RepoTree, folder: str, module: str | None = None) -> list[str]:
    """Where an app configures its database: env files, settings modules, Prisma schemas;
    for a module of a build run from the build's folder, the module's own Spring settings
    (ftgo-order-service/src/main/resources/application.properties)."""
    prefix = "" if folder == "." else folder + "/"
    sources = [
        p
        for p in tree.texts
        if p.startswith(prefix) and (_CONFIG_SOURCE.search(p) or p.endswith("schema.prisma"))
    ]
    sources += [p for p in tree.texts if p.startswith(prefix) and _own_config(p[len(prefix) :])]
    inner = module + "/" if module and module not in (".", folder) else None
    sources += [
        p
        for p in tree.texts
        if inner and p.startswith(inner) and _SPRING_CONFIG.match(p[len(inner) :])
    ]
    sources += [p for p in database_modules(tree, prefix) if p not in sources]
    return [*env_files(tree, folder), *sorted(sources)]


def spring_settings(where: str) -> bool:
    """Whether `file:line` is in Spring Boot's application settings (dev profile's included)."""
    path = where.split(":", 1)[0]
    return bool(_SPRING_CONFIG.match(path[path.find("src/main/resources/") :]))


def _own_config(relative: str) -> bool:
    """config.yml beside the app, or in its config folder (Go's config/settings.yml), or
    Spring Boot's application settings and their development profile's."""
    folder, _, name = relative.rpartition("/")
    if _SPRING_CONFIG.match(relative):
        return True
    return folder in ("", *_CONFIG_FOLDERS) and bool(CONFIG_EXAMPLE.match(name))


def database_modules(tree: RepoTree, prefix: str) -> list[str]:
    """The app's Python modules (near its folder, `prefix`) that set its database."""
    return sorted(
        p
        for p, text in tree.texts.items()
        if p.startswith(prefix)
        and p.endswith(".py")
        and p[len(prefix) :].count("/") < _MODULE_DEPTH
        and DATABASE_SETTING.search(text)
    )
