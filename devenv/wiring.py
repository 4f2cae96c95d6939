"""How each ecosystem reads a service's connection: the variables beyond the catalog's URL.

Every app gets the catalog's URL (DATABASE_URL, REDIS_URL...). Spring Boot and ASP.NET Core do
not read those; they bind configuration from their own variable names, so a language's
descriptor (devenv.languages) names one of these functions and its apps get both forms. Laravel
and Rails read their own names too (DB_HOST..., a mysql2:// URL).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from devenv.catalog import DEFAULT_LOGIN, SQLSERVER_PASSWORD

Env = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Endpoint:
    """Where an app reaches one backing service: what a wiring hook turns into variables."""

    kind: str  # the catalog entry: postgres, mysql, redis...
    env_var: str  # the variable that already carries `url` (DATABASE_URL, REDIS_URL...)
    url: str
    host: str
    port: int
    user: str | None = None
    password: str | None = None
    database: str | None = None

    @property
    def login(self) -> tuple[str, str, str]:
        """User, password and database, devenv's where the service has none of its own."""
        return (
            self.user or DEFAULT_LOGIN.user,
            self.password or DEFAULT_LOGIN.password,
            self.database or DEFAULT_LOGIN.database,
        )


# From one service an app uses to the extra variables its ecosystem reads. They come after
# the connection URL, so a hook may also replace the URL's value (Rails' mysql2:// scheme).
Wiring = Callable[[Endpoint], Env]


def url_only(endpoint: Endpoint) -> Env:
    """The connection URL alone is what the language's libraries read."""
    return ()


# Laravel's names (config/database.php, .env.example), which many PHP apps copy; Symfony and
# Doctrine read DATABASE_URL / REDIS_URL, which every app gets anyway.
_LARAVEL_DRIVERS = {"postgres": "pgsql", "mysql": "mysql", "mariadb": "mysql"}


def laravel(endpoint: Endpoint) -> Env:
    host, port = ("HOST", endpoint.host), ("PORT", str(endpoint.port))
    if endpoint.kind in _LARAVEL_DRIVERS:
        return (
            ("DB_CONNECTION", _LARAVEL_DRIVERS[endpoint.kind]),
            ("DB_HOST", endpoint.host),
            ("DB_PORT", str(endpoint.port)),
            ("DB_DATABASE", endpoint.database or ""),
            ("DB_USERNAME", endpoint.user or ""),
            ("DB_PASSWORD", endpoint.password or ""),
        )
    prefix = {"redis": "REDIS", "memcached": "MEMCACHED", "mailpit": "MAIL"}.get(endpoint.kind)
    if prefix is None:
        return ()
    pairs = tuple((f"{prefix}_{key}", value) for key, value in (host, port))
    return (("MAIL_MAILER", "smtp"), *pairs) if prefix == "MAIL" else pairs


def rails(endpoint: Endpoint) -> Env:
    """Rails takes the adapter from DATABASE_URL's scheme: the mysql2 gem's is `mysql2`."""
    if endpoint.kind in ("mysql", "mariadb"):
        parts = urlsplit(endpoint.url)
        return ((endpoint.env_var, urlunsplit(parts._replace(scheme="mysql2"))),)
    return ()


_JDBC = {"postgres": "postgresql", "mysql": "mysql", "mariadb": "mariadb"}
_SQLSERVER_JDBC = "jdbc:sqlserver://{host}:{port};databaseName=master;encrypt=false"


def spring(endpoint: Endpoint) -> Env:
    """Spring Boot's relaxed binding: SPRING_DATASOURCE_URL is spring.datasource.url."""
    service, host, port = endpoint.kind, endpoint.host, endpoint.port
    user, password, database = endpoint.login
    if service in _JDBC:
        return (
            ("SPRING_DATASOURCE_URL", f"jdbc:{_JDBC[service]}://{host}:{port}/{database}"),
            ("SPRING_DATASOURCE_USERNAME", user),
            ("SPRING_DATASOURCE_PASSWORD", password),
        )
    if service == "sqlserver":
        return (
            ("SPRING_DATASOURCE_URL", _SQLSERVER_JDBC.format(host=host, port=port)),
            ("SPRING_DATASOURCE_USERNAME", "sa"),
            ("SPRING_DATASOURCE_PASSWORD", SQLSERVER_PASSWORD),
        )
    if service == "redis":
        return (("SPRING_DATA_REDIS_HOST", host), ("SPRING_DATA_REDIS_PORT", str(port)))
    if service == "mongo":
        return (("SPRING_DATA_MONGODB_URI", endpoint.url),)
    if service == "rabbitmq":
        return (
            ("SPRING_RABBITMQ_HOST", host),
            ("SPRING_RABBITMQ_PORT", str(port)),
            ("SPRING_RABBITMQ_USERNAME", user),
            ("SPRING_RABBITMQ_PASSWORD", password),
        )
    if service == "elasticsearch":
        return (("SPRING_ELASTICSEARCH_URIS", f"http://{host}:{port}"),)
    if service == "kafka":
        return (("SPRING_KAFKA_BOOTSTRAP_SERVERS", f"{host}:{port}"),)
    return ()


def aspnet(endpoint: Endpoint) -> Env:
    """ASP.NET Core's GetConnectionString(name) reads ConnectionStrings__<name>.

    Each service gets its own name (ConnectionStrings__postgres), in the form its .NET client
    parses; the first SQL database is also DefaultConnection, the templates' usual name.
    """
    service, host, port = endpoint.kind, endpoint.host, endpoint.port
    user, password, database = endpoint.login
    mysql = f"Server={host};Port={port};Database={database};User={user};Password={password}"
    sql = {
        "postgres": f"Host={host};Port={port};Database={database};"
        f"Username={user};Password={password}",
        "mysql": mysql,
        "mariadb": mysql,
        "sqlserver": f"Server={host},{port};Database={database};User Id=sa;"
        f"Password={SQLSERVER_PASSWORD};TrustServerCertificate=True",
    }
    if service in sql:
        return (
            ("ConnectionStrings__DefaultConnection", sql[service]),
            (f"ConnectionStrings__{service}", sql[service]),
        )
    others = {
        "redis": f"{host}:{port}",
        "mongo": endpoint.url,
        "rabbitmq": endpoint.url,
        "elasticsearch": f"http://{host}:{port}",
        "kafka": f"{host}:{port}",
    }
    return ((f"ConnectionStrings__{service}", others[service]),) if service in others else ()
