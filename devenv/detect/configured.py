"""What a repository's own configuration says about an app's services, read as evidence.

The SQL server its settings, env examples and config files configure (an engine setting, a
URL, a host), and the services a setting makes optional: switched off, named only for
production or a variant, or Celery's broker when Celery is off. weigh.py decides with them.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable

from devenv.detect.aspire import from_app_host
from devenv.detect.composed import MAIN_COMPOSE, SQL
from devenv.detect.configfiles import CONFIG_EXAMPLE, is_env_file
from devenv.detect.dbserver import SERVER_SETTING, TEST_SETTINGS, compose_environment
from devenv.detect.model import ServiceNeed, evidence, line_at
from devenv.detect.prodsettings import for_production
from devenv.detect.tree import RepoTree, is_compose_file

# A config file's engine setting: `DB_ENGINE: postgresql`, `database.type = "mysql"`,
# TypeORM's and Laravel's `TYPEORM_CONNECTION=postgres`, `DB_CONNECTION=mysql`; Go's driver
# name `DB_TYPE=pgx` is Postgres; an app's prefix may come first (`PHOTOVIEW_DATABASE_DRIVER`).
# A YAML `database:` section's `driver: mysql` says the same a few lines down.
_ENGINE = (
    r"|(?:(?i:(?:\b|(?<=_))(?:db|database|typeorm)[._]?(?:engine|type|driver|dialect|backend|connection)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?)"
    r"|(?im:^[ \t]*(?:db|database):[ \t]*\n(?:[ \t]+[^\n]*\n){0,10}?"
    r"[ \t]+(?:engine|type|driver|dialect|adapter)[ \t]*:[ \t]*[\"']?))"
)
# A file storage setting whose value (or default) keeps files locally or in the database:
# `NEXT_PUBLIC_UPLOAD_TRANSPORT="database"`, `get('DATA_FILES_STORAGE_BACKEND', 'local')`.
LOCAL_FILES = re.compile(
    r"\b[A-Z_]*(?:STORAGE|UPLOAD)[A-Z_]*_(?:BACKEND|TRANSPORT|DRIVER|TYPE|PROVIDER)[\"']?"
    r"[ \t]*[=:,][ \t]*[\"']?(?:local|database|db|filesystem|file|disk|fs)\b"
)
# Where configuration names a database: URLs, Django engines, Prisma/ORM providers.
_CONFIG_SQL = (
    (
        re.compile(
            r"\bpostgres(?:ql)?(?:\+\w+)?://|django\.db\.backends\.postgresql"
            + _ENGINE
            + r"(?i:postgres|pgx\b)"
        ),
        "postgres",
    ),
    (
        re.compile(r"\bmysql(?:\+\w+)?://|django\.db\.backends\.mysql" + _ENGINE + r"(?i:mysql)"),
        "mysql",
    ),
    (re.compile(r"\bmariadb(?:\+\w+)?://" + _ENGINE + r"(?i:mariadb)"), "mariadb"),
    (
        re.compile(
            r"\bsqlite(?:\+\w+)?:///?|django\.db\.backends\.sqlite3" + _ENGINE + r"(?i:sqlite)"
        ),
        "sqlite",
    ),
    (re.compile(r"\bminio\b", re.IGNORECASE), "minio"),
    (LOCAL_FILES, "local files"),
)
# A database type setting read with a default, among URLs for every type the code supports:
# `config_from_env("APP_DATABASE_TYPE", default="mysql")`, `os.getenv("DB_ENGINE", "sqlite")`.
# Django's engine read the same way: `os.getenv("DB_ENGINE") or "django.db.backends.sqlite3"`.
ENGINE_DEFAULT = re.compile(
    r"(?i:(?:db|database)[._]?(?:engine|type|driver|dialect|backend))[\"']"
    r"[ \t]*(?:,[ \t]*(?:default[ \t]*=[ \t]*)?|\)[ \t]*or[ \t]+)[\"'](?:django\.db\.backends\.)?"
    r"(?P<kind>postgres|postgresql|mysql|mariadb|sqlite)3?[\"']"
)
# Words by which configuration names a service it talks to (REDIS_URL, CELERY_BROKER=amqp...).
MENTIONS = {
    "redis": re.compile(r"redis|valkey", re.IGNORECASE),
    "mongo": re.compile(r"mongo", re.IGNORECASE),
    "rabbitmq": re.compile(r"amqp|rabbit", re.IGNORECASE),
    "memcached": re.compile(r"memcache", re.IGNORECASE),
    "elasticsearch": re.compile(r"elastic|opensearch", re.IGNORECASE),
    "kafka": re.compile(r"kafka|redpanda", re.IGNORECASE),
}
# Two bare schemes in a row are a rewrite's arguments (`.replace('postgres://',
# 'postgresql://')` for Heroku's URLs), not a database the configuration uses.
# A server's bare scheme alone (`url.startswith("postgres://")`) tests a URL given elsewhere;
# SQLite's (`"sqlite://"`) is a database, in memory.
URL_REWRITE = re.compile(
    r"[\"'][\w+]+://[\"']\s*,\s*[\"'][\w+]+://[\"']|[\"'](?!sqlite)[\w+]+://[\"']"
)
# A service setting read from the environment with no default (`REDIS_HOST =
# os.getenv('REDIS_HOST', None)`, also as a config class attribute) and then tested
# anywhere in the app (`if REDIS_HOST:`, `... if app.config['ELASTICSEARCH_URL'] else None`)
# switches an optional feature on: the app runs without that service.
SERVICE_WORDS = r"REDIS|VALKEY|ELASTIC\w*|OPENSEARCH|MONGO\w*|MEMCACHE\w*|RABBIT\w*|AMQP|KAFKA"
OPTIONAL_SETTING = re.compile(
    rf"^[ \t]*(?P<name>[A-Z_]*(?:{SERVICE_WORDS})[A-Z_]*)[ \t]*=[ \t]*os\.(?:getenv|environ\.get)"
    r"\([ \t]*[\"'][A-Z_]+[\"'][ \t]*(?:,[ \t]*None[ \t]*)?\)[ \t]*$",
    re.M,
)
SETTING_TEST = re.compile(
    rf"\bif[ \t]+(?:[\w.]+\[[\"'])?(?P<tested>[A-Z_]*(?:{SERVICE_WORDS})[A-Z_]*)\b"
)
# A switch in an env file that turns a service's feature off (`REDIS_ENABLED=false`,
# `USE_REDIS=0`): the client is in the dependencies, but the app runs without the server.
SWITCHED_OFF = re.compile(
    rf"^[ \t]*(?:export[ \t]+)?"
    rf"(?P<name>(?:ENABLE|USE)_(?:{SERVICE_WORDS})|(?:{SERVICE_WORDS})_ENABLED?)"
    r"[ \t]*=[ \t]*[\"']?(?i:false|0|no|off)[\"']?[ \t]*(?:#.*)?$",
    re.M,
)
# A settings module's switch that is on only when its env variable is given a true value
# (`REDIS_ENABLED = os.getenv("REDIS_ENABLED") == "1"`, `USE_ELASTIC = os.environ.get(
# "USE_ELASTIC", "false").lower() == "true"`): off by default, the app runs without the server.
FLAG_OFF_BY_DEFAULT = re.compile(
    rf"^[ \t]*(?P<flag>[A-Z_]*(?:ENABLE|USE)_(?:{SERVICE_WORDS})[A-Z_]*|[A-Z_]*(?:{SERVICE_WORDS})"
    r"_ENABLED?)[ \t]*=[ \t]*os\.(?:getenv|environ\.get)\([ \t]*[\"'][A-Z_]+[\"']"
    r"(?:[ \t]*,[ \t]*(?:None|[\"'](?i:0|false|no|off)?[\"']))?[ \t]*\)(?:\.lower\(\))?"
    r"[ \t]*==[ \t]*[\"'](?i:1|true|yes|on)[\"'][ \t]*(?:#.*)?$",
    re.M,
)
# Celery switched off by default in settings (`config_from_env("APP_CELERY_ENABLED",
# default=False)`, Taiga's plain `CELERY_ENABLED = False`): the broker a Celery extra brings
# (`celery[redis]`) or the settings name (`CELERY_BROKER_URL = 'amqp://...'`) is for another mode.
CELERY = "celery"
CELERY_OFF = re.compile(
    r"[\"'](?:[A-Z_]+_)?CELERY_ENABLED[\"'][ \t]*,[ \t]*(?:default[ \t]*=[ \t]*)?"
    r"(?:False|[\"'](?i:false|0|no|off)[\"'])"
    r"|^(?:[A-Z_]+_)?CELERY_ENABLED[ \t]*=[ \t]*False\b",
    re.M,
)
BROKERS = ("redis", "rabbitmq")
# The configuration's key for a database server's host or port setting (dbserver.py).
HOST = "sql host"


def optional_services(tree: RepoTree, files: list[str], code: Iterable[str] = ()) -> dict[str, str]:
    """Services a settings module switches on only when their setting is given, or an env
    file switches off."""
    found: dict[str, str] = {}
    tested = {
        m.group("tested")
        for path in [*files, *code]
        for m in SETTING_TEST.finditer(tree.text(path) or "")
    }
    for path in files:
        text = tree.text(path) or ""
        for match in SWITCHED_OFF.finditer(text):
            for kind, pattern in MENTIONS.items():
                if pattern.search(match.group("name")) and kind not in found:
                    line = line_at(text, match.start())
                    found[kind] = f"{path}:{line} {match.group(0).strip()}, switched off"
        for match in FLAG_OFF_BY_DEFAULT.finditer(text):
            for kind, pattern in MENTIONS.items():
                if pattern.search(match.group("flag")) and kind not in found:
                    where = evidence(path, text, match)
                    found[kind] = f"{where}, off unless set, so switched off"
        celery = CELERY_OFF.search(text)
        if celery and CELERY not in found:
            line = line_at(text, celery.start())
            found[CELERY] = f"{path}:{line} Celery is off by default"
        for match in OPTIONAL_SETTING.finditer(text):
            if match.group("name") not in tested:
                continue
            for kind, pattern in MENTIONS.items():
                if pattern.search(match.group("name")) and kind not in found:
                    line = line_at(text, match.start())
                    found[kind] = f"{path}:{line} {match.group('name')}, tested before use"
    return {**_production_only(tree, files), **found}


def _production_only(tree: RepoTree, files: list[str]) -> dict[str, str]:
    """Services only a production settings module names (zds-site's prod.py, a memcached
    cache): the development settings run without them."""
    named: dict[str, dict[str, str]] = {"prod": {}, "dev": {}}
    for path in [f for f in files if f.endswith(".py") and not TEST_SETTINGS.search(f)]:
        text = tree.text(path) or ""
        side = named["prod" if for_production(path, files, text) else "dev"]
        for kind, pattern in MENTIONS.items():
            match = pattern.search(text)
            if match and kind not in side:
                side[kind] = f"{path}:{line_at(text, match.start())} {match.group(0)}"
    return {
        k: f"{v}, production settings only"
        for k, v in named["prod"].items()
        if k not in named["dev"]
    }


def configured_sql(tree: RepoTree, files: list[str]) -> dict[str, str]:
    """Services named in configuration files: kind (or "sqlite") -> `file:line`.

    Databases count by their URL or engine; other services by the words that name them.
    """
    found: dict[str, str] = {}
    for path in [
        f
        for f in files
        if not TEST_SETTINGS.search(f) and not for_production(f, files, tree.text(f) or "")
    ]:
        text = URL_REWRITE.sub(lambda m: " " * len(m.group(0)), tree.text(path) or "")
        text = quarkus_dev_view(text)
        patterns = (*_CONFIG_SQL, *((p, k) for k, p in MENTIONS.items()), (SERVER_SETTING, HOST))
        for pattern, kind in patterns:
            match = next((m for m in pattern.finditer(text) if not _commented(text, m)), None)
            if match and kind not in found:
                found[kind] = f"{path}:{line_at(text, match.start())} {match.group(0)}"
    # How the compose files wire the app: `DATABASE_URL: postgres://...`, `DB_HOST: db`. A
    # variant file (docker-compose.postgres.yaml) wires an alternative to the database the
    # app's own files already name (`TR_DB_TYPE=mysql` in .env.sample), not a second one.
    named = any(k in found for k in SQL)
    for path, entry in compose_environment(tree):
        variant = named and is_compose_file(path) and not MAIN_COMPOSE.search(path)
        for pattern, kind in (*_CONFIG_SQL[:3], (SERVER_SETTING, HOST)):
            if kind not in found and pattern.search(entry) and not (variant and kind in SQL):
                found[kind] = f"{path} {entry}"
    # The config file a user copies (config_example.yml) decides over defaults in code.
    chosen = [k for k, where in found.items() if k in SQL and CONFIG_EXAMPLE.match(_name(where))]
    chosen = chosen or _engine_default(tree, files, found)
    # SQLite by default: a host setting serves the engine a user may switch to.
    unused = (*SQL, "sqlite", HOST) if chosen == ["sqlite"] else (*SQL, "sqlite")
    return {k: v for k, v in found.items() if k not in unused or not chosen or k in chosen}


# A Quarkus property for one profile (`%prod.quarkus.datasource.jdbc.url=...`).
_PROFILE_LINE = re.compile(r"^[ \t]*%([\w-]+)\.([\w.\"-]+)[ \t]*[=:].*$", re.MULTILINE)


def quarkus_dev_view(text: str) -> str:
    """A Quarkus properties file as `quarkus dev` reads it: the other profiles' lines and the
    plain ones a `%dev.` line overrides blanked (line numbers kept). JHipster's Quarkus sample
    names MySQL for %prod and plainly, H2 for %dev."""
    if "%" not in text:
        return text
    lines = text.split("\n")
    dev = {m.group(2) for m in _PROFILE_LINE.finditer(text) if m.group(1) == "dev"}
    for i, line in enumerate(lines):
        profiled = _PROFILE_LINE.match(line)
        key = line.split("=", 1)[0].strip()
        if (profiled and profiled.group(1) != "dev") or (not profiled and key in dev):
            lines[i] = " " * len(line)
    return "\n".join(lines)


def _engine_default(tree: RepoTree, files: list[str], found: dict[str, str]) -> list[str]:
    """The database type a settings module defaults to, where no env file names one."""
    if any(is_env_file(_path(where)) for k, where in found.items() if k in (*SQL, "sqlite")):
        return []
    for path in [f for f in files if f.endswith(".py") and not TEST_SETTINGS.search(f)]:
        match = ENGINE_DEFAULT.search(tree.text(path) or "")
        if match:
            kind = match.group("kind").lower()
            return ["postgres" if kind.startswith("postgres") else kind]
    return []


def _path(where: str) -> str:
    return where.split(":", 1)[0].split(" ", 1)[0]


def not_run_by_default(
    need: ServiceNeed, composed: dict[str, str], optional: dict[str, str]
) -> bool:
    """An optional service the compose files do not run; one an env example switches off
    is left out unless the main compose file runs it (variants offer it as an alternative)."""
    where = composed.get(need.type)
    if where is None:
        return True
    return optional[need.type].endswith("switched off") and not MAIN_COMPOSE.search(
        where.split(":", 1)[0]
    )


def variant_only(where: str) -> bool:
    """Run only by a variant compose file (docker-compose-db-nginx.yml): beside an embedded
    default, a database for another setup. An Aspire app host is development's own."""
    return not MAIN_COMPOSE.search(where.split(":", 1)[0]) and not from_app_host(where)


def _name(where: str) -> str:
    return posixpath.basename(where.split(":", 1)[0])


def _commented(text: str, match: re.Match[str]) -> bool:
    """A database engine in a commented-out line (`# DB_ENGINE: mysql`) is an alternative."""
    if _is_mention(match):
        return False
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    return line.lstrip().startswith(("#", "//", ";"))


def _is_mention(match: re.Match[str]) -> bool:
    return any(match.re is p for p in MENTIONS.values())
