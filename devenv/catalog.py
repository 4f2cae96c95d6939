"""The catalog of backing services: image, data volume, healthcheck and how apps connect."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

# Development credentials. They are written into committed files on purpose: the stack is
# local, published on 127.0.0.1 only, and a fixed value keeps every clone identical.
USER = "app"
PASSWORD = "devenv"
DATABASE = "app"
# The parts of a login a spec may set (services.NAME.user...), in the catalog's placeholders.
LOGIN_PARTS = ("user", "password", "database")


@dataclass(frozen=True)
class Login:
    """Who an app connects as: devenv's values, or the ones a repository hard-codes."""

    user: str = USER
    password: str = PASSWORD
    database: str = DATABASE

    def fill(self, text: str, *, url: bool = False) -> str:
        """`text` with {user}, {password} and {database} replaced; URL-quoted for a URL."""
        for part in LOGIN_PARTS:
            value = getattr(self, part)
            text = text.replace(f"{{{part}}}", quote(value, safe="") if url else value)
        return text


DEFAULT_LOGIN = Login()


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
    # Arguments for images that need them to serve (MinIO's `server /data`).
    command: tuple[str, ...] = ()
    # The login parts a spec may set: {user}, {password}, {database} in the fields above.
    login: tuple[str, ...] = ()
    # The superuser's name, and the variables that create an ordinary user, which the image
    # refuses to set to that name (MySQL's MYSQL_USER=root).
    superuser: str | None = None
    user_variables: tuple[str, ...] = ()

    def tag(self, version: str) -> str:
        return f"{self.image}:{version}{self.tag_suffix}"

    def connection_url(
        self, host: str, port: int | None = None, login: Login = DEFAULT_LOGIN
    ) -> str:
        url = self.url.replace("{host}", host).replace("{port}", str(port or self.port))
        return login.fill(url, url=True)

    def environment_for(self, login: Login = DEFAULT_LOGIN) -> tuple[tuple[str, str], ...]:
        skipped = self.user_variables if login.user == self.superuser else ()
        return tuple(
            (key, login.fill(value))
            for key, value in self.environment.items()
            if key not in skipped
        )

    def healthcheck_for(self, login: Login = DEFAULT_LOGIN) -> tuple[str, ...]:
        return tuple(login.fill(part) for part in self.healthcheck)


# SQL Server makes no user or database of its own: apps log in as sa, whose password must
# meet its complexity policy (upper and lower case, digits, symbols).
SQLSERVER_PASSWORD = "Devenv-dev-1"

CATALOG: dict[str, ServiceKind] = {
    "postgres": ServiceKind(
        image="postgres",
        default_version="16",
        port=5432,
        env_var="DATABASE_URL",
        url="postgresql://{user}:{password}@{host}:{port}/{database}",
        healthcheck=(
            "CMD",
            "pg_isready",
            "--host=127.0.0.1",
            "--username={user}",
            "--dbname={database}",
        ),
        data_path="/var/lib/postgresql/data",
        environment={
            "POSTGRES_USER": "{user}",
            "POSTGRES_PASSWORD": "{password}",
            "POSTGRES_DB": "{database}",
        },
        login=LOGIN_PARTS,
    ),
    "mysql": ServiceKind(
        image="mysql",
        default_version="8.4",
        port=3306,
        env_var="DATABASE_URL",
        url="mysql://{user}:{password}@{host}:{port}/{database}",
        healthcheck=(
            "CMD",
            "mysqladmin",
            "ping",
            "--host=127.0.0.1",
            "--user={user}",
            "--password={password}",
        ),
        data_path="/var/lib/mysql",
        environment={
            "MYSQL_ROOT_PASSWORD": "{password}",
            "MYSQL_USER": "{user}",
            "MYSQL_PASSWORD": "{password}",
            "MYSQL_DATABASE": "{database}",
        },
        login=LOGIN_PARTS,
        superuser="root",
        user_variables=("MYSQL_USER", "MYSQL_PASSWORD"),
    ),
    "mariadb": ServiceKind(
        image="mariadb",
        default_version="11.4",
        port=3306,
        env_var="DATABASE_URL",
        url="mysql://{user}:{password}@{host}:{port}/{database}",
        healthcheck=("CMD", "healthcheck.sh", "--connect", "--innodb_initialized"),
        data_path="/var/lib/mysql",
        environment={
            "MARIADB_ROOT_PASSWORD": "{password}",
            "MARIADB_USER": "{user}",
            "MARIADB_PASSWORD": "{password}",
            "MARIADB_DATABASE": "{database}",
        },
        login=LOGIN_PARTS,
        superuser="root",
        user_variables=("MARIADB_USER", "MARIADB_PASSWORD"),
    ),
    "sqlserver": ServiceKind(
        image="mcr.microsoft.com/mssql/server",
        default_version="2022-latest",
        port=1433,
        env_var="DATABASE_URL",
        url=f"sqlserver://sa:{SQLSERVER_PASSWORD}@{{host}}:{{port}}",
        healthcheck=(
            "CMD",
            "/opt/mssql-tools18/bin/sqlcmd",
            "-C",
            "-S",
            "127.0.0.1",
            "-U",
            "sa",
            "-P",
            SQLSERVER_PASSWORD,
            "-Q",
            "SELECT 1",
        ),
        data_path="/var/opt/mssql",
        environment={"ACCEPT_EULA": "Y", "MSSQL_SA_PASSWORD": SQLSERVER_PASSWORD},
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
        url="mongodb://{user}:{password}@{host}:{port}/{database}?authSource=admin",
        healthcheck=("CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping').ok"),
        data_path="/data/db",
        environment={
            "MONGO_INITDB_ROOT_USERNAME": "{user}",
            "MONGO_INITDB_ROOT_PASSWORD": "{password}",
            "MONGO_INITDB_DATABASE": "{database}",
        },
        login=LOGIN_PARTS,
    ),
    "rabbitmq": ServiceKind(
        image="rabbitmq",
        default_version="3.13",
        tag_suffix="-management",
        port=5672,
        env_var="AMQP_URL",
        url="amqp://{user}:{password}@{host}:{port}/",
        healthcheck=("CMD", "rabbitmq-diagnostics", "-q", "ping"),
        data_path="/var/lib/rabbitmq",
        environment={"RABBITMQ_DEFAULT_USER": "{user}", "RABBITMQ_DEFAULT_PASS": "{password}"},
        login=("user", "password"),
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
    "elasticsearch": ServiceKind(
        image="elasticsearch",
        default_version="8.15.3",
        port=9200,
        env_var="ELASTICSEARCH_URL",
        url="http://{host}:{port}",
        # The image ships curl; yellow is as healthy as a one-node cluster gets.
        healthcheck=(
            "CMD",
            "curl",
            "--silent",
            "--fail",
            "http://127.0.0.1:9200/_cluster/health?wait_for_status=yellow&timeout=1s",
        ),
        data_path="/usr/share/elasticsearch/data",
        environment={
            "discovery.type": "single-node",
            "xpack.security.enabled": "false",
            "ES_JAVA_OPTS": "-Xms512m -Xmx512m",
        },
    ),
    "minio": ServiceKind(
        image="minio/minio",
        default_version="RELEASE.2024-11-07T00-52-20Z",
        port=9000,
        env_var="S3_ENDPOINT_URL",
        url="http://{host}:{port}",
        # `mc` comes with the image; MinIO wants a secret of at least 8 characters.
        healthcheck=("CMD", "mc", "ready", "local"),
        data_path="/data",
        environment={"MINIO_ROOT_USER": USER, "MINIO_ROOT_PASSWORD": f"{PASSWORD}-{PASSWORD}"},
        command=("server", "/data", "--console-address", ":9001"),
        ui_port=9001,
    ),
    "kafka": ServiceKind(
        image="apache/kafka",
        default_version="3.8.1",
        port=9092,
        env_var="KAFKA_BOOTSTRAP_SERVERS",
        url="{host}:{port}",
        healthcheck=(
            "CMD",
            "/opt/kafka/bin/kafka-broker-api-versions.sh",
            "--bootstrap-server",
            "127.0.0.1:9092",
        ),
        data_path="/var/lib/kafka/data",
        # One KRaft node that is its own controller; clients reach it by the service's name.
        environment={
            "KAFKA_NODE_ID": "1",
            "KAFKA_PROCESS_ROLES": "broker,controller",
            "KAFKA_LISTENERS": "PLAINTEXT://:9092,CONTROLLER://:9093",
            "KAFKA_ADVERTISED_LISTENERS": "PLAINTEXT://{name}:9092",
            "KAFKA_CONTROLLER_LISTENER_NAMES": "CONTROLLER",
            "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "KAFKA_CONTROLLER_QUORUM_VOTERS": "1@127.0.0.1:9093",
            "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR": "1",
            "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR": "1",
            "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR": "1",
            "KAFKA_LOG_DIRS": "/var/lib/kafka/data",
        },
    ),
}
