"""The backing services a PHP app's own settings choose.

The env templates (`.env.example`, `.env.dist`), Laravel's config/database.php and the
phpunit.xml its tests run with, a config folder's PDO DSN, and the databases the compose files
(or DDEV) run for a framework that reaches SQL through PDO; the client packages composer.json
requires only where no setting picks otherwise."""

from __future__ import annotations

import re
from collections.abc import Iterable

from devenv.detect.composed import (
    MAIN_COMPOSE,
    SQL,
    compose_services,
    ddev_services,
    wired_databases,
)
from devenv.detect.model import Dependency, ServiceNeed, evidence, line_at
from devenv.detect.readable import DRIVER_CONFIGS, PDO_CONFIGS
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.tree import RepoTree, join

_ENV_FILES = (".env.example", ".env.dist", ".env")
# Extensions a frameworkless app reaches a SQL database through: the database server its
# main compose files run is then the one it reads (engelsystem's ext-pdo and dev compose
# mariadb), not one a variant file runs (FreshRSS's docker-compose-db.yml beside SQLite).
_SQL_EXTENSIONS = frozenset({"ext-pdo", "ext-mysqli", "ext-pdo_mysql", "ext-pdo_pgsql"})

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
# config/database.php's `'default' => env('DB_CONNECTION', 'mysql')`: the setting that names
# the connection (older apps read DB_DRIVER) and its fallback.
_DEFAULT_CONNECTION = re.compile(
    r"env\(\s*[\"'](DB_CONNECTION|DB_DRIVER)[\"']\s*(?:,\s*[\"'](\w+)[\"']\s*)?\)"
)
_PHPUNIT_CONNECTION = re.compile(r"<(?:env|server)\s+name=\"DB_CONNECTION\"\s+value=\"(\w+)\"")


def _env_settings(tree: RepoTree, folder: str) -> dict[str, tuple[str, str]]:
    """KEY -> (value, evidence) from the committed env templates, first file first."""
    settings: dict[str, tuple[str, str]] = {}
    for name in _ENV_FILES:
        path = join(folder, name)
        text = tree.text(path) or ""
        for match in _ENV_LINE.finditer(text):
            line = line_at(text, match.start())
            key, value = match.group(1), match.group(2)
            settings.setdefault(key, (value, f"{path}:{line} {key}"))
    return settings


def _tested_connection(tree: RepoTree, folder: str) -> dict[str, tuple[str, str]]:
    """The database server phpunit.xml points the tests at, when the env template names no
    connection: tests run against the server development uses (laravel.io's MySQL). SQLite
    in memory, the usual test database, says nothing about development's."""
    for name in ("phpunit.xml", "phpunit.xml.dist"):
        path = join(folder, name)
        text = tree.text(path) or ""
        match = _PHPUNIT_CONNECTION.search(text)
        if match and match.group(1) in _LARAVEL_DB:
            line = line_at(text, match.start())
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
            line = line_at(text, match.start())
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
            why = evidence(path, text, match)
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


def env_settings(tree: RepoTree, folder: str, *, laravel: bool) -> dict[str, tuple[str, str]]:
    """KEY -> (value, evidence): the env templates', and Laravel's connection as it reads it."""
    env = _env_settings(tree, folder)
    if laravel:
        env.update(_laravel_connection(tree, folder, env))
    return env


def chosen_services(
    tree: RepoTree,
    folder: str,
    framework: str,
    deps: list[Dependency],
    env: dict[str, tuple[str, str]],
) -> tuple[list[ServiceNeed], list[str]]:
    """The services the app needs, one per kind, and notes on the clients left out."""
    names = {d.name for d in deps}
    clients = services_for("php", deps)
    notes: list[str] = []
    laravel = framework == "laravel"
    if laravel and "laravel/horizon" not in names:  # Horizon runs on Redis whatever .env says
        clients, notes = _unselected_clients(folder, clients, env)
    services = clients + _configured(env) + _pdo_dsn(tree, folder) + mail_catcher(tree, folder)
    if laravel:
        services = _config_drivers(tree, folder, env) + services
        services += _composed(compose_services(tree), services)
    elif framework == "symfony":  # Doctrine reaches SQL through PDO
        services += _composed(compose_services(tree), services, SQL)
    elif names & _SQL_EXTENSIONS or _driver_setting(tree, folder):
        # PDO's database is the one the main compose files run (or build: FROM mariadb)
        main = compose_services(tree).items()
        composed = {k: w for k, w in main if _main_or_built(w.split(":", 1)[0])}
        services += _composed({**ddev_services(tree), **composed}, services, SQL)
    else:  # without a framework's settings to read, only DDEV's database is the app's own,
        # or one a compose file hands the app by host name
        wired = {**wired_databases(tree), **ddev_services(tree)}
        services += _composed(wired, services, SQL)
    return _dedupe(services), notes


# config/cache.php's `'default' => env('CACHE_DRIVER', 'redis')`: a driver's setting and the
# fallback Laravel takes when no live line of the env template sets it.
_DEFAULT_DRIVER = re.compile(
    r"""['"]default['"]\s*=>\s*env\(\s*['"](\w+)['"]\s*,\s*['"](\w+)['"]"""
)


def _config_drivers(
    tree: RepoTree, folder: str, env: dict[str, tuple[str, str]]
) -> list[ServiceNeed]:
    """Servers the config files' driver fallbacks choose where the env template leaves the
    setting unset or commented out (osu-web's `# CACHE_DRIVER=redis` beside config/cache.php's
    fallback redis): the app runs on them in development, whatever the comments say."""
    found = []
    for name in DRIVER_CONFIGS:
        path = join(folder, f"config/{name}")
        text = tree.text(path) or ""
        match = _DEFAULT_DRIVER.search(text)
        if match and match.group(1) in _DRIVER_KEYS and match.group(1) not in env:
            kind = _DRIVER_SERVICES.get(match.group(2))
            if kind:
                unset = f"no live {match.group(1)} in the env template"
                why = f"{evidence(path, text, match)} ({unset})"
                found.append(ServiceNeed(kind, why, firm=True))
    return found


# CodeIgniter's database settings name the driver: `'dbdriver' => 'mysqli'` (3),
# `'DBDriver' => 'MySQLi'` (4).
_CI_DRIVER = re.compile(r"""['"]dbdriver['"]\s*=>\s*['"](mysqli|pdo|postgre|sqlsrv)['"]""", re.I)
_CI_SETTINGS = ("application/config/database.php", "app/Config/Database.php")


def _driver_setting(tree: RepoTree, folder: str) -> bool:
    """Whether the framework's own database settings name a server's driver."""
    return any(_CI_DRIVER.search(tree.text(join(folder, p)) or "") for p in _CI_SETTINGS)


def _main_or_built(path: str) -> bool:
    """A main compose file, or the Dockerfile one builds a database from."""
    return bool(MAIN_COMPOSE.search(path)) or path.rsplit("/", 1)[-1].startswith("Dockerfile")
