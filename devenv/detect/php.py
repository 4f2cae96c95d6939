"""Detect a PHP app: Composer's manifest, Laravel or Symfony, the PHP version and services.

A Composer package that is a library (an explicit non-project `type`, or no front controller
or framework to serve) is a note, not an app.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from devenv.detect.composed import (
    MAIN_COMPOSE,
    SQL,
    compose_services,
    ddev_services,
    wired_databases,
)
from devenv.detect.devcontainer import devcontainer_port
from devenv.detect.manifests import line_with, load_json, table
from devenv.detect.model import AppFinding, Choice, Command, Dependency, ServiceNeed, where
from devenv.detect.procfile import PORT, apply_procfile
from devenv.detect.readable import PDO_CONFIGS
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.tree import RepoTree, ancestors, join
from devenv.detect.versions import PHP, choose, pinned, tool_versions_pinned

MANIFEST = "composer.json"
# Front controllers a web server would serve, with the document root they imply.
# CakePHP's document root is webroot/.
_FRONT_CONTROLLERS = (
    ("public/index.php", "public"),
    ("web/index.php", "web"),
    ("webroot/index.php", "webroot"),
    ("index.php", "."),
)
# Symfony's front controller: public/ since Symfony 4, web/ in the older layout.
_SYMFONY_ROOTS = _FRONT_CONTROLLERS[:2]
# The consoles frameworks install beside their front controller: Symfony's, Laravel's artisan,
# CakePHP's bin/cake.
_CONSOLES = ("bin/console", "artisan", "bin/cake")
_APP_TYPES = ("project", "")
# What makes a Composer project a Symfony app: the bundle itself, or Flex, Symfony's project
# plugin, when a distribution (sylius/sylius) brings the bundle in without naming it, or
# the Runtime component its front controller boots the kernel with (pimcore/skeleton).
_SYMFONY_MARKS = ("symfony/framework-bundle", "symfony/flex", "symfony/runtime")
_ENV_FILES = (".env.example", ".env.dist", ".env")
# A PDO DSN given to the database component, not commented out:
# `'dsn' => 'mysql:host=localhost;dbname=humhub'`.
PDO_DSN = re.compile(r"""^[ \t]*['"]dsn['"]\s*=>\s*['"](mysql|pgsql|sqlsrv):""", re.M)
_PDO_DRIVERS = {"mysql": "mysql", "pgsql": "postgres", "sqlsrv": "sqlserver"}
_ENV_LINE = re.compile(r"^\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=\s*[\"']?([^\"'#\s]*)", re.M)
# Laravel's .env.example keys: a driver setting names the server it needs.
_LARAVEL_DB = {"pgsql": "postgres", "mysql": "mysql", "mariadb": "mariadb"}
_DRIVER_KEYS = (
    "QUEUE_CONNECTION",
    "CACHE_STORE",
    "CACHE_DRIVER",
    "SESSION_DRIVER",
    "BROADCAST_CONNECTION",
    "BROADCAST_DRIVER",
)
_DRIVER_SERVICES = {"redis": "redis", "memcached": "memcached", "rabbitmq": "rabbitmq"}
# Back ends Laravel's driver settings choose between: a client for one (predis) is optional
# when the settings choose others (file, database, sync).
_DRIVER_CLIENTS = ("redis", "memcached")
# Servers Laravel talks to with its own drivers (PDO, phpredis, the memcached extension),
# whose clients composer.json need not name.
_LARAVEL_NATIVE = (*SQL, "redis", "memcached")
# URL schemes in Symfony-style DATABASE_URL / *_DSN values.
_SCHEMES = {
    "postgres": "postgres",
    "postgresql": "postgres",
    "pgsql": "postgres",
    "mysql": "mysql",
    "mariadb": "mariadb",
    "redis": "redis",
    "rediss": "redis",
    "amqp": "rabbitmq",
    "mongodb": "mongo",
    "memcached": "memcached",
}
_MARIADB_VERSION = re.compile(r"serverVersion=[^&]*mariadb", re.IGNORECASE)
_QUEUE_IDLE = ("", "sync", "null")
# Extensions a frameworkless app reaches a SQL database through: the database server its
# main compose files run is then the one it reads (engelsystem's ext-pdo and dev compose
# mariadb), not one a variant file runs (FreshRSS's docker-compose-db.yml beside SQLite).
_SQL_EXTENSIONS = frozenset({"ext-pdo", "ext-mysqli", "ext-pdo_mysql", "ext-pdo_pgsql"})
# config/database.php's `'default' => env('DB_CONNECTION', 'mysql')`: the setting that names
# the connection (older apps read DB_DRIVER) and its fallback.
_DEFAULT_CONNECTION = re.compile(
    r"env\(\s*[\"'](DB_CONNECTION|DB_DRIVER)[\"']\s*(?:,\s*[\"'](\w+)[\"']\s*)?\)"
)


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return tree.exists(join(folder, MANIFEST))


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    manifest = join(folder, MANIFEST)
    text = tree.text(manifest) or ""
    data, problem = load_json(text)
    finding = AppFinding(
        path=folder,
        language=Choice("php", (f"{manifest} (Composer)",)),
        manifest=manifest,
        package_manager=Choice("composer", (manifest,)),
    )
    if problem:
        note = f"{manifest}: {problem}; read as a PHP app without dependencies"
        finding = replace(finding, notes=(note,))
    kind = data.get("type", "")
    if (not isinstance(kind, str) or kind not in _APP_TYPES) and not _serves_itself(tree, folder):
        note = f"{folder}: a Composer package of type `{kind}`, not an app"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    deps = dependencies(text, data, manifest)
    deps += _path_package_dependencies(tree, folder, data, {d.name for d in deps})
    names = {d.name for d in deps}
    project = kind == "project" and not data.get("bin")
    finding = _framework(tree, folder, finding, names, manifest, project)
    procfile = join(folder, "Procfile")
    finding = apply_procfile(finding, tree.text(procfile), procfile)
    if finding.strength == 0:  # neither a framework, a front controller nor a Procfile
        note = f"{folder}: {MANIFEST} without a front controller or framework (a library)"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    env = _env_settings(tree, folder)
    laravel = finding.framework.value == "laravel"
    if laravel:
        env.update(_laravel_connection(tree, folder, env))
    clients = services_for("php", deps)
    notes: list[str] = []
    if laravel and "laravel/horizon" not in names:  # Horizon runs on Redis whatever .env says
        clients, notes = _unselected_clients(folder, clients, env)
    services = clients + _configured(env) + _pdo_dsn(tree, folder) + mail_catcher(tree, folder)
    if laravel:
        services += _composed(compose_services(tree), services)
    elif finding.framework.value == "symfony":  # Doctrine reaches SQL through PDO
        services += _composed(compose_services(tree), services, SQL)
    elif names & _SQL_EXTENSIONS:  # PDO's database is the one the main compose files run
        main = compose_services(tree).items()
        composed = {k: w for k, w in main if MAIN_COMPOSE.search(w.split(":", 1)[0])}
        services += _composed({**ddev_services(tree), **composed}, services, SQL)
    else:  # without a framework's settings to read, only DDEV's database is the app's own,
        # or one a compose file hands the app by host name
        wired = {**wired_databases(tree), **ddev_services(tree)}
        services += _composed(wired, services, SQL)
    return replace(
        finding,
        version=_version(tree, folder, data, text, manifest),
        port=finding.port
        or devcontainer_port(tree, folder)
        or Choice(8000, ("the usual port of `php -S` and `artisan serve`",)),
        processes=(*finding.processes, *_workers(finding, names, env, manifest)),
        services=tuple(_dedupe(services)),
        notes=(*finding.notes, *notes),
    )


def dependencies(text: str, data: dict[str, Any], path: str) -> list[Dependency]:
    """`require` and `require-dev` of composer.json, platform entries (ext-*) included."""
    found = []
    for section in ("require", "require-dev"):
        for name, constraint in list(table(data, section).items())[:300]:
            line = line_with(text, f'"{name}"')
            found.append(Dependency(name.lower(), path, line, f"{name} {constraint}"))
    return found


def _path_package_dependencies(
    tree: RepoTree, folder: str, data: dict[str, Any], required: set[str]
) -> list[Dependency]:
    """The `require` of packages the project requires from its own folders (a `path`
    repository, `{"type": "path", "url": "app"}`): Composer installs them with the project,
    so their framework and clients are the app's (mautic/core-lib brings Symfony)."""
    repositories = data.get("repositories")
    found: list[Dependency] = []
    for repository in repositories if isinstance(repositories, list) else ():
        url = repository.get("url") if isinstance(repository, dict) else None
        if repository.get("type") != "path" or not isinstance(url, str):
            continue
        relative = posixpath.normpath(url)
        if relative.startswith(("..", "/")) or relative == "." or "*" in relative:
            continue  # outside the repository, the project itself, or a glob of packages
        manifest = join(folder, join(relative, MANIFEST))
        text = tree.text(manifest)
        package, _ = load_json(text)
        name = package.get("name")
        if text and isinstance(name, str) and name.lower() in required:
            found += dependencies(text, package, manifest)
    return found


def _framework(
    tree: RepoTree, folder: str, finding: AppFinding, names: set[str], manifest: str, project: bool
) -> AppFinding:
    if "laravel/framework" in names and tree.exists(join(folder, "artisan")):
        why = (f"{manifest} laravel/framework, and artisan",)
        return replace(finding, framework=Choice("laravel", why), strength=3)
    marks = [m for m in _SYMFONY_MARKS if m in names]
    roots: tuple[tuple[str, str], ...] = _SYMFONY_ROOTS
    # A Symfony kernel served from the project's root: Mautic's index.php beside the console
    # the framework installs; robot-shop's ratings, with no console, beside the Kernel class
    # every Symfony app keeps (src/Kernel.php).
    kernel = "symfony/framework-bundle" in names and tree.exists(join(folder, "src/Kernel.php"))
    if tree.exists(join(folder, "bin/console")) or kernel:
        roots = (*roots, ("index.php", "."))
    for controller, root in roots if marks else ():
        if tree.exists(join(folder, controller)):
            why = (f"{manifest} {marks[0]}, and {controller}",)
            finding = replace(finding, framework=Choice("symfony", why), strength=3)
            if root != "public":  # the framework's convention serves public/
                command: Command = f"php -S 0.0.0.0:{PORT}" + (f" -t {root}" if root != "." else "")
                finding = replace(finding, command=Choice(command, why))
            return finding
    for controller, root in _FRONT_CONTROLLERS:
        path = join(folder, controller)
        if tree.exists(path):
            command = f"php -S 0.0.0.0:{PORT}" + (f" -t {root}" if root != "." else "")
            why = (f"{path}, served by PHP's built-in server",)
            return replace(finding, command=Choice(command, why), strength=2)
    scripts = [n for n in tree.names(folder) if n.endswith(".php")]
    nested = any(tree.exists(join(a, MANIFEST)) for a in ancestors(folder))
    if project and scripts and not nested:
        # An application served from its folder through rewrite rules (yourls-loader.php):
        # Composer names it a project, and it installs no command (`bin`). Below another
        # Composer project, such a folder holds that one's libraries (lib/).
        why = (f"{manifest} type project, and {scripts[0]}",)
        command = f"php -S 0.0.0.0:{PORT}"
        return replace(finding, command=Choice(command, why), strength=2)
    return finding


def _version(
    tree: RepoTree, folder: str, data: dict[str, Any], text: str, manifest: str
) -> Choice[str]:
    platform = table(data, "config", "platform").get("php")
    if isinstance(platform, str):
        found = pinned(PHP, platform, f"{manifest} config.platform.php")
        if found:
            return found
    tool_versions = join(folder, ".tool-versions")
    found = tool_versions_pinned(PHP, tree.text(tool_versions) or "", tool_versions, "php")
    if found:
        return found
    constraint = table(data, "require").get("php")
    if isinstance(constraint, str):
        line = line_with(text, '"php"')
        source = f"{where(manifest, line)} require.php {constraint}"
        # Composer writes "or" as | or ||.
        found = choose(PHP, constraint.replace("||", "|").replace("|", "||"), source)
        if found:
            return found
    return Choice(PHP.default, ("no PHP version in composer.json; devenv's default",))


def _serves_itself(tree: RepoTree, folder: str) -> bool:
    """A package (a CMS's core, an app Composer types `application`) that its developers run
    as the app it is: a front controller in a document root beside a framework's console."""
    served = any(tree.exists(join(folder, front)) for front, _ in _FRONT_CONTROLLERS[:3])
    return served and any(tree.exists(join(folder, console)) for console in _CONSOLES)


def _env_settings(tree: RepoTree, folder: str) -> dict[str, tuple[str, str]]:
    """KEY -> (value, evidence) from the committed env templates, first file first."""
    settings: dict[str, tuple[str, str]] = {}
    for name in _ENV_FILES:
        path = join(folder, name)
        text = tree.text(path) or ""
        for match in _ENV_LINE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            key, value = match.group(1), match.group(2)
            settings.setdefault(key, (value, f"{path}:{line} {key}"))
    return settings


_PHPUNIT_CONNECTION = re.compile(r"<(?:env|server)\s+name=\"DB_CONNECTION\"\s+value=\"(\w+)\"")


def _tested_connection(tree: RepoTree, folder: str) -> dict[str, tuple[str, str]]:
    """The database server phpunit.xml points the tests at, when the env template names no
    connection: tests run against the server development uses (laravel.io's MySQL). SQLite
    in memory, the usual test database, says nothing about development's."""
    for name in ("phpunit.xml", "phpunit.xml.dist"):
        path = join(folder, name)
        text = tree.text(path) or ""
        match = _PHPUNIT_CONNECTION.search(text)
        if match and match.group(1) in _LARAVEL_DB:
            line = text.count("\n", 0, match.start()) + 1
            return {"DB_CONNECTION": (match.group(1), f"{path}:{line} DB_CONNECTION")}
    return {}


def _laravel_connection(
    tree: RepoTree, folder: str, env: dict[str, tuple[str, str]]
) -> dict[str, tuple[str, str]]:
    """DB_CONNECTION as Laravel reads it: config/database.php's `'default' => env(KEY,
    FALLBACK)` names the setting (DB_CONNECTION, or DB_DRIVER in older apps, Cachet's) and
    its fallback; the env templates' value of that setting wins, then phpunit.xml's.

    The config lives in config/database.php, or wherever the app keeps it (app/Config/).
    """
    for path in sorted(tree.under(folder, max_depth=3)):
        if path.rsplit("/", 1)[-1] != "database.php":
            continue
        text = tree.text(path) or ""
        match = _DEFAULT_CONNECTION.search(text)
        if match:
            key, fallback = match.group(1), match.group(2)
            if key in env:
                return {"DB_CONNECTION": env[key]}
            line = text.count("\n", 0, match.start()) + 1
            default = {"DB_CONNECTION": (fallback, f"{path}:{line} default {key}")}
            return _tested_connection(tree, folder) or (default if fallback else {})
    if "DB_CONNECTION" in env:
        return {}
    return _tested_connection(tree, folder)


def _pdo_dsn(tree: RepoTree, folder: str) -> list[ServiceNeed]:
    """The server a config folder's database component connects to by its PDO DSN (Yii's
    config/db.php; HumHub, with no env template naming one, keeps it in config/common.php)."""
    for path in tree.under(folder, max_depth=3):
        name = path.rsplit("/", 1)[-1]
        if name not in PDO_CONFIGS or not path.endswith("config/" + name):
            continue
        text = tree.text(path) or ""
        match = PDO_DSN.search(text)
        if match:
            why = (
                f"{where(path, text.count(chr(10), 0, match.start()) + 1)} {match.group(0).strip()}"
            )
            return [ServiceNeed(_PDO_DRIVERS[match.group(1)], why)]
    return []


def _configured(env: dict[str, tuple[str, str]]) -> list[ServiceNeed]:
    """Services the env templates choose: Laravel's connection and drivers, DSN schemes."""
    found: list[ServiceNeed] = []
    connection = env.get("DB_CONNECTION")
    if connection and connection[0] in _LARAVEL_DB:
        value, why = connection
        found.append(ServiceNeed(_LARAVEL_DB[value], f"{why}={value}"))
    for key in _DRIVER_KEYS:
        value, why = env.get(key, ("", ""))
        if value in _DRIVER_SERVICES:
            found.append(ServiceNeed(_DRIVER_SERVICES[value], f"{why}={value}"))
    for key, (value, why) in env.items():
        scheme = value.split("://", 1)[0].lower() if "://" in value else ""
        if (key.endswith("_URL") or key.endswith("_DSN")) and scheme in _SCHEMES:
            kind, evidence = _SCHEMES[scheme], f"{why}={scheme}://…"
            # Doctrine reaches MariaDB through mysql:// and learns it from serverVersion.
            if kind == "mysql" and _MARIADB_VERSION.search(value):
                kind, evidence = "mariadb", f"{evidence} serverVersion=…MariaDB"
            found.append(ServiceNeed(kind, evidence))
    return found


def _unselected_clients(
    folder: str, clients: list[ServiceNeed], env: dict[str, tuple[str, str]]
) -> tuple[list[ServiceNeed], list[str]]:
    """A Redis or Memcached client that none of the templates' driver settings selects."""
    chosen = {env[key][0]: env[key][1] for key in _DRIVER_KEYS if key in env}
    if not chosen:
        return clients, []
    kept, notes = [], []
    settings = ", ".join(f"{why.rsplit(' ', 1)[-1]}={value}" for value, why in chosen.items())
    for need in clients:
        if need.type in _DRIVER_CLIENTS and need.type not in chosen:
            notes.append(
                f"{folder}: {need.type} ({need.why}) is an alternative, left out: the driver "
                f"settings choose others ({settings}); add it with --service {need.type}"
            )
        else:
            kept.append(need)
    return kept, notes


def _composed(
    composed: dict[str, str], services: list[ServiceNeed], native: Iterable[str] = _LARAVEL_NATIVE
) -> list[ServiceNeed]:
    """Servers the framework drives natively that the repository's compose files run beside
    it (Sail's mariadb, redis, memcached; a Symfony app's database): one database at most,
    and none beside the one the settings name."""
    have = {n.type for n in services}
    found = []
    for kind, why in composed.items():
        sql = kind in SQL
        if kind in native and kind not in have and not (sql and _named_sql(have, composed)):
            found.append(ServiceNeed(kind, why))
            have.add(kind)
    return found


def _named_sql(have: set[str], composed: dict[str, str]) -> bool:
    """Whether the settings name a database the compose files also run (MariaDB for MySQL).
    One they do not run gives way to the compose files' (unopim's .env.example says mysql,
    its dev compose runs postgres): weighing leaves the settings' out."""
    named = have & set(SQL)
    run = set(composed) & set(SQL)
    if "mariadb" in run:
        run.add("mysql")
    return bool(named) and (not run or bool(named & run))


def _dedupe(services: list[ServiceNeed]) -> list[ServiceNeed]:
    seen: dict[str, ServiceNeed] = {}
    for need in services:
        seen.setdefault(need.type, need)
    return list(seen.values())


def _workers(
    finding: AppFinding, names: set[str], env: dict[str, tuple[str, str]], manifest: str
) -> list[tuple[str, Choice[Command]]]:
    """Laravel's queue worker (Horizon's when it is installed), as Celery's is for Python."""
    if finding.framework.value != "laravel" or any(n == "queue" for n, _ in finding.processes):
        return []
    if "laravel/horizon" in names:
        return [("horizon", Choice("php artisan horizon", (f"{manifest} laravel/horizon",)))]
    value, why = env.get("QUEUE_CONNECTION", ("", ""))
    if value in _QUEUE_IDLE:
        return []
    return [("queue", Choice("php artisan queue:work", (f"{why}={value}",)))]
