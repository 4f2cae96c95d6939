"""Which value each variable the code reads gets in development, and why.

Pure: from the variables read (devenv.detect.envvars), the sample .env values, the services
the app needs and its dependencies, to `env:` entries each with its evidence. Service values
use the service's login (the catalog's development one unless the repository hard-codes its
own, devenv.detect.hostnames) and the service's name as the host.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable, Mapping

from devenv.catalog import CATALOG, DEFAULT_LOGIN, Login
from devenv.detect.envvars import EnvRead, SampleValue
from devenv.detect.model import Choice
from devenv.detect.procfile import PORT

SQL = ("postgres", "mysql", "mariadb")
_DB_WORDS = frozenset(
    {"DB", "DATABASE", "SQL", "POSTGRES", "POSTGRESQL", "PG", "PSQL", "MYSQL", "MARIADB", "RDS"}
)
_PARTS = {
    "HOST": "host",
    "HOSTNAME": "host",
    "SERVER": "host",
    "ADDR": "host",
    "PORT": "port",
    "USER": "user",
    "USERNAME": "user",
    "LOGIN": "user",
    "PASSWORD": "password",
    "PASS": "password",
    "PASSWD": "password",
    "PWD": "password",
    "NAME": "name",
    "DB": "name",
    "DATABASE": "name",
    "DBNAME": "name",
    "ENGINE": "engine",
}
_LIBPQ = {"PGHOST": "host", "PGPORT": "port", "PGUSER": "user", "PGPASSWORD": "password"}
_LIBPQ["PGDATABASE"] = "name"
_URL_ENDINGS = ("URL", "URI", "DSN")
_REDIS_URLS = frozenset(
    {
        "CELERY_BROKER_URL",
        "CELERY_RESULT_BACKEND",
        "BROKER_URL",
        "RESULT_BACKEND",
        "CELERY_BROKER",
        "CELERY_BACKEND",
        "RQ_REDIS_URL",
        "CACHE_URL",
        "CACHE_REDIS_URL",
        "RATELIMIT_STORAGE_URI",
        "RATELIMIT_STORAGE_URL",
        "SESSION_REDIS",
    }
)
_DJANGO_ENGINES = {
    "postgres": "django.db.backends.postgresql",
    "mysql": "django.db.backends.mysql",
    "mariadb": "django.db.backends.mysql",
}
# SQLAlchemy picks a driver from the URL's scheme, and its default for `postgresql://` moved
# from psycopg2 to psycopg 3 in 2.1: the URL names the driver that is installed.
_SQLALCHEMY = frozenset({"sqlalchemy", "flask-sqlalchemy", "sqlmodel", "alembic", "databases"})
_PG_DRIVERS = (
    ("asyncpg", "asyncpg"),
    ("psycopg", "psycopg"),
    ("psycopg-binary", "psycopg"),
    ("psycopg2", "psycopg2"),
    ("psycopg2-binary", "psycopg2"),
    ("pg8000", "pg8000"),
)
_MYSQL_DRIVERS = (
    ("aiomysql", "aiomysql"),
    ("asyncmy", "asyncmy"),
    ("pymysql", "pymysql"),
    ("mysqlclient", "mysqldb"),
    ("mysql-connector-python", "mysqlconnector"),
)
_ASYNC_DRIVERS = frozenset({"asyncpg", "aiomysql", "asyncmy"})
_TRUE_WORDS = re.compile(r"==\s*[\"'](True|true|TRUE|yes|on)[\"']")


def wire(
    reads: Iterable[EnvRead],
    samples: Iterable[SampleValue],
    services: Collection[str],
    deps: Collection[str],
    *,
    async_engine: bool = False,
    logins: Mapping[str, Login] | None = None,
) -> tuple[tuple[tuple[str, Choice[str]], ...], tuple[str, ...]]:
    """The `env:` entries, in a stable order, and notes on required variables left unset."""
    logins = logins or {}
    env: dict[str, Choice[str]] = {}
    notes: list[str] = []
    sample_of = {s.name: s for s in samples}
    for sample in sample_of.values():
        if sample.value and not _looks_secret(sample.name):
            env[sample.name] = Choice(sample.value, (f"{sample.where}, as `cp` to .env would",))
    read_names: dict[str, EnvRead] = {}
    for each in reads:
        read_names.setdefault(each.name, each)
    names = [*read_names, *(n for n in sample_of if n not in read_names)]
    for name in names:
        read = read_names.get(name)
        evidence = read.where if read else sample_of[name].where
        value = _service_value(name, services, deps, async_engine, logins)
        if value is None:
            value = _setting_value(name, read, sample_of.get(name))
        if value is not None:
            verb = "reads it" if read else "names it"
            env[name] = Choice(value[0], (f"{evidence} {verb}; {value[1]}",))
        elif read and not read.has_default and name not in env:
            notes.append(f"{read.where} reads {name} with no default; set it under env:")
    # What a service already hands every app under its own variable need not be repeated.
    given = {
        CATALOG[k].env_var: CATALOG[k].connection_url(k, login=logins.get(k, DEFAULT_LOGIN))
        for k in services
        if k in CATALOG
    }
    kept = {name: c for name, c in env.items() if given.get(name) != c.value}
    return tuple(sorted(kept.items())), tuple(notes)


def database_url(
    kind: str, deps: Collection[str], async_engine: bool = False, login: Login = DEFAULT_LOGIN
) -> str:
    """The service's URL with the scheme that the installed driver answers to."""
    url = CATALOG[kind].connection_url(kind, login=login)
    if not (_SQLALCHEMY & set(deps)) or "django" in deps:
        return url  # dj-database-url and the drivers themselves read the plain scheme
    drivers = _PG_DRIVERS if kind == "postgres" else _MYSQL_DRIVERS
    installed = [driver for dep, driver in drivers if dep in deps]
    if not async_engine:
        installed = [d for d in installed if d not in _ASYNC_DRIVERS] or installed
    # Code that hands the URL to asyncpg or the `databases` package needs the plain scheme.
    direct = "databases" in deps or ("asyncpg" in deps and not async_engine)
    if not installed or direct:
        return url
    scheme = url.split("://", 1)[0]
    return f"{scheme}+{installed[0]}://{url.split('://', 1)[1]}"


def _service_value(
    name: str,
    services: Collection[str],
    deps: Collection[str],
    async_engine: bool,
    logins: Mapping[str, Login],
) -> tuple[str, str] | None:
    words = _words(name)
    if "TEST" in words or "TESTING" in words:
        return None  # a test database must not be the development one
    sql = next((s for s in SQL if s in services), None)
    if sql and (name in _LIBPQ or _DB_WORDS & set(words[:-1])):
        part = _LIBPQ.get(name) or _PARTS.get(words[-1])
        login = logins.get(sql, DEFAULT_LOGIN)
        if words[-1] in _URL_ENDINGS or name == "SQLALCHEMY_DATABASE_URI":
            return database_url(sql, deps, async_engine, login), f"the {sql} service's URL"
        if part:
            return _sql_part(sql, part, login), f"the {sql} service's {part}"
    is_url = words[-1] in _URL_ENDINGS or name in _REDIS_URLS
    broker = "BROKER" in words or "AMQP" in words or "RABBITMQ" in words
    if "rabbitmq" in services and broker and is_url:
        url = CATALOG["rabbitmq"].connection_url(
            "rabbitmq", login=logins.get("rabbitmq", DEFAULT_LOGIN)
        )
        return url, "the rabbitmq service's URL"
    if "redis" in services and ("REDIS" in words or name in _REDIS_URLS):
        return _redis_value(words, is_url)
    mongo = "MONGO" in words or "MONGODB" in words
    if "mongo" in services and mongo and words[-1] in _URL_ENDINGS:
        url = CATALOG["mongo"].connection_url("mongo", login=logins.get("mongo", DEFAULT_LOGIN))
        return url, "the mongo service's URL"
    if "mailpit" in services and ({"MAIL", "EMAIL", "SMTP"} & set(words)):
        if words[-1] in ("SERVER", "HOST"):
            return "mailpit", "the mail catcher's host"
        if words[-1] == "PORT":
            return str(CATALOG["mailpit"].port), "the mail catcher's port"
    return None


def _words(name: str) -> list[str]:
    """A variable's words; DBHOST, DBNAME, DBPASS... are DB_HOST, DB_NAME, DB_PASS run together."""
    words = name.split("_")
    last = words[-1]
    if last.startswith("DB") and last[2:] in _PARTS and last[2:] != "DB":
        return [*words[:-1], "DB", last[2:]]
    return words


def _redis_value(words: list[str], is_url: bool) -> tuple[str, str] | None:
    if is_url:
        return CATALOG["redis"].connection_url("redis"), "the redis service's URL"
    if words[-1] in ("HOST", "HOSTNAME"):
        return "redis", "the redis service's host"
    if words[-1] == "PORT":
        return str(CATALOG["redis"].port), "the redis service's port"
    return None


def _sql_part(kind: str, part: str, login: Login) -> str:
    values = {
        "host": kind,
        "port": str(CATALOG[kind].port),
        "user": login.user,
        "password": login.password,
        "name": login.database,
        "engine": _DJANGO_ENGINES[kind],
    }
    return values[part]


def _looks_secret(name: str) -> bool:
    return "SECRET" in name.split("_") or name.endswith(("SECRET_KEY", "_SECRET"))


def _setting_value(
    name: str, read: EnvRead | None, sample: SampleValue | None
) -> tuple[str, str] | None:
    """Safe development values for the settings apps refuse to start without."""
    words = name.split("_")
    if _looks_secret(name):
        digest = hashlib.sha256(name.encode()).hexdigest()[:32]
        return f"dev-only-insecure-{digest}", "a development-only value"
    if sample and sample.value:
        return None  # the sample's own value, set above
    if words[-1] == "DEBUG":
        line = read.line if read else ""
        match = _TRUE_WORDS.search(line)
        if match:
            return match.group(1), "debug on, in the spelling the code compares with"
        return "1", "debug on in development"
    if name.endswith("ALLOWED_HOSTS"):
        return "*", "any host: the app is published on 127.0.0.1 only"
    if name.endswith("CSRF_TRUSTED_ORIGINS"):
        return f"http://localhost:{PORT}", "the published address"
    return None
