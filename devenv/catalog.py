"""The catalog of backing services: image, data volume, healthcheck and how apps connect."""

from __future__ import annotations

from dataclasses import dataclass, field

# Development credentials. They are written into committed files on purpose: the stack is
# local, published on 127.0.0.1 only, and a fixed value keeps every clone identical.
USER = "app"
PASSWORD = "devenv"
DATABASE = "app"


@dataclass(frozen=True)
class ServiceKind:
    """What devenv knows about one kind of backing service."""

    image: str
    default_version: str
    port: int
    env_var: str
    # The URL apps receive; {host} and {port} are filled in per service.
    url: str
    healthcheck: tuple[str, ...]
    data_path: str | None = None
    environment: dict[str, str] = field(default_factory=dict)
    # Some official images keep the version and a variant in one tag.
    tag_suffix: str = ""
    # Extra ports a person opens in a browser, e.g. a web UI: container port -> label.
    ui_port: int | None = None

    def tag(self, version: str) -> str:
        return f"{self.image}:{version}{self.tag_suffix}"

    def connection_url(self, host: str, port: int | None = None) -> str:
        return self.url.format(host=host, port=port or self.port)


_SQL_ENV = {"USER": USER, "PASSWORD": PASSWORD, "DATABASE": DATABASE}

CATALOG: dict[str, ServiceKind] = {
    "postgres": ServiceKind(
        image="postgres",
        default_version="16",
        port=5432,
        env_var="DATABASE_URL",
        url=f"postgresql://{USER}:{PASSWORD}@{{host}}:{{port}}/{DATABASE}",
        healthcheck=(
            "CMD",
            "pg_isready",
            "--host=127.0.0.1",
            f"--username={USER}",
            f"--dbname={DATABASE}",
        ),
        data_path="/var/lib/postgresql/data",
        environment={"POSTGRES_USER": USER, "POSTGRES_PASSWORD": PASSWORD, "POSTGRES_DB": DATABASE},
    ),
    "mysql": ServiceKind(
        image="mysql",
        default_version="8.4",
        port=3306,
        env_var="DATABASE_URL",
        url=f"mysql://{USER}:{PASSWORD}@{{host}}:{{port}}/{DATABASE}",
        healthcheck=(
            "CMD",
            "mysqladmin",
            "ping",
            "--host=127.0.0.1",
            f"--user={USER}",
            f"--password={PASSWORD}",
        ),
        data_path="/var/lib/mysql",
        environment={
            "MYSQL_ROOT_PASSWORD": PASSWORD,
            "MYSQL_USER": USER,
            "MYSQL_PASSWORD": PASSWORD,
            "MYSQL_DATABASE": DATABASE,
        },
    ),
    "mariadb": ServiceKind(
        image="mariadb",
        default_version="11.4",
        port=3306,
        env_var="DATABASE_URL",
        url=f"mysql://{USER}:{PASSWORD}@{{host}}:{{port}}/{DATABASE}",
        healthcheck=("CMD", "healthcheck.sh", "--connect", "--innodb_initialized"),
        data_path="/var/lib/mysql",
        environment={
            "MARIADB_ROOT_PASSWORD": PASSWORD,
            "MARIADB_USER": USER,
            "MARIADB_PASSWORD": PASSWORD,
            "MARIADB_DATABASE": DATABASE,
        },
    ),
    "redis": ServiceKind(
        image="redis",
        default_version="7.4",
        port=6379,
        env_var="REDIS_URL",
        url="redis://{host}:{port}/0",
        healthcheck=("CMD", "redis-cli", "ping"),
        data_path="/data",
    ),
    "mongo": ServiceKind(
        image="mongo",
        default_version="7.0",
        port=27017,
        env_var="MONGODB_URL",
        url=f"mongodb://{USER}:{PASSWORD}@{{host}}:{{port}}/{DATABASE}?authSource=admin",
        healthcheck=("CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping').ok"),
        data_path="/data/db",
        environment={
            "MONGO_INITDB_ROOT_USERNAME": USER,
            "MONGO_INITDB_ROOT_PASSWORD": PASSWORD,
            "MONGO_INITDB_DATABASE": DATABASE,
        },
    ),
    "rabbitmq": ServiceKind(
        image="rabbitmq",
        default_version="3.13",
        tag_suffix="-management",
        port=5672,
        env_var="AMQP_URL",
        url=f"amqp://{USER}:{PASSWORD}@{{host}}:{{port}}/",
        healthcheck=("CMD", "rabbitmq-diagnostics", "-q", "ping"),
        data_path="/var/lib/rabbitmq",
        environment={"RABBITMQ_DEFAULT_USER": USER, "RABBITMQ_DEFAULT_PASS": PASSWORD},
        ui_port=15672,
    ),
    "memcached": ServiceKind(
        image="memcached",
        default_version="1.6",
        port=11211,
        env_var="MEMCACHED_SERVERS",
        url="{host}:{port}",
        # The image ships neither nc nor curl; bash's /dev/tcp is enough to ask its version.
        healthcheck=(
            "CMD",
            "bash",
            "-c",
            "exec 3<>/dev/tcp/127.0.0.1/11211 && printf 'version\\r\\n' >&3"
            " && head -c 7 <&3 | grep -q VERSION",
        ),
    ),
    "mailpit": ServiceKind(
        image="axllent/mailpit",
        default_version="v1.21",
        port=1025,
        env_var="SMTP_URL",
        url="smtp://{host}:{port}",
        healthcheck=("CMD", "/mailpit", "readyz"),
        data_path="/data",
        environment={"MP_DATABASE": "/data/mailpit.db"},
        ui_port=8025,
    ),
}
