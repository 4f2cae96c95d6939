"""How each ecosystem reads a service's connection: the variables beyond the catalog's URL.

Every app gets the catalog's URL (DATABASE_URL, REDIS_URL...). Spring Boot and ASP.NET Core do
not read those; they bind configuration from their own variable names, so a language's
descriptor (devenv.languages) names one of these functions and its apps get both forms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from devenv.catalog import DATABASE, PASSWORD, USER

if TYPE_CHECKING:  # devenv.languages names these hooks in its descriptors
    from devenv.languages import Endpoint

Env = tuple[tuple[str, str], ...]

_JDBC = {"postgres": "postgresql", "mysql": "mysql", "mariadb": "mariadb"}


def spring(endpoint: Endpoint) -> Env:
    """Spring Boot's relaxed binding: SPRING_DATASOURCE_URL is spring.datasource.url."""
    service, host, port = endpoint.kind, endpoint.host, endpoint.port
    if service in _JDBC:
        return (
            ("SPRING_DATASOURCE_URL", f"jdbc:{_JDBC[service]}://{host}:{port}/{DATABASE}"),
            ("SPRING_DATASOURCE_USERNAME", USER),
            ("SPRING_DATASOURCE_PASSWORD", PASSWORD),
        )
    if service == "redis":
        return (("SPRING_DATA_REDIS_HOST", host), ("SPRING_DATA_REDIS_PORT", str(port)))
    if service == "mongo":
        uri = f"mongodb://{USER}:{PASSWORD}@{host}:{port}/{DATABASE}?authSource=admin"
        return (("SPRING_DATA_MONGODB_URI", uri),)
    if service == "rabbitmq":
        return (
            ("SPRING_RABBITMQ_HOST", host),
            ("SPRING_RABBITMQ_PORT", str(port)),
            ("SPRING_RABBITMQ_USERNAME", USER),
            ("SPRING_RABBITMQ_PASSWORD", PASSWORD),
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
    sql = {
        "postgres": f"Host={host};Port={port};Database={DATABASE};"
        f"Username={USER};Password={PASSWORD}",
        "mysql": f"Server={host};Port={port};Database={DATABASE};User={USER};Password={PASSWORD}",
        "mariadb": f"Server={host};Port={port};Database={DATABASE};User={USER};Password={PASSWORD}",
    }
    if service in sql:
        return (
            ("ConnectionStrings__DefaultConnection", sql[service]),
            (f"ConnectionStrings__{service}", sql[service]),
        )
    others = {
        "redis": f"{host}:{port}",
        "mongo": f"mongodb://{USER}:{PASSWORD}@{host}:{port}/{DATABASE}?authSource=admin",
        "rabbitmq": f"amqp://{USER}:{PASSWORD}@{host}:{port}/",
        "elasticsearch": f"http://{host}:{port}",
        "kafka": f"{host}:{port}",
    }
    return ((f"ConnectionStrings__{service}", others[service]),) if service in others else ()
