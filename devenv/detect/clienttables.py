"""Client libraries that imply a backing service: one table per ecosystem.

The tables list client libraries whose only purpose is to talk to one kind of server, so a
match is strong evidence. Libraries that talk to several (ORMs, cache front-ends) count only
through their extras or the driver they bring.
"""

from __future__ import annotations

import re

PYTHON = {
    "postgres": {
        "psycopg",
        "psycopg2",
        "psycopg2-binary",
        "psycopg-binary",
        "psycopg-c",
        "psycopg2cffi",
        "asyncpg",
        "pg8000",
        "aiopg",
        "apache-airflow-providers-postgres",  # Airflow's hooks: a DAG's client library
    },
    "mysql": {
        "mysqlclient",
        "pymysql",
        "mysql-connector-python",
        "mysql-connector",
        "mysql-connector-python-rf",
        "mysql-python",
        "cymysql",
        "oursql",
        "aiomysql",
        "asyncmy",
        "flask-mysqldb",
        "flask-mysql",
        "apache-airflow-providers-mysql",
    },
    "mariadb": {"mariadb"},
    "sqlserver": {"pymssql", "mssql-django"},
    "mongo": {
        "pymongo",
        "motor",
        "mongoengine",
        "beanie",
        "odmantic",
        "djongo",
        "flask-pymongo",
        "flask-mongoengine",
        "django-mongodb-backend",
        "apache-airflow-providers-mongo",
    },
    "redis": {
        "redis",
        "aioredis",
        "rq",
        "django-redis",
        "django-rq",
        "flask-redis",
        "flask-rq2",
        "arq",
        "channels-redis",
        "redis-om",
        "valkey",  # Redis's fork keeps its protocol: a Valkey client talks to Redis
        "valkey-glide",
        "django-cacheops",
        "celery-redbeat",
        "apache-airflow-providers-redis",
    },
    "rabbitmq": {"pika", "aio-pika", "aiormq", "amqpstorm", "rabbitpy"},
    "memcached": {"pymemcache", "python-memcached", "python3-memcached", "pylibmc", "aiomcache"},
}
NODE = {
    "postgres": {
        "pg",
        "pg-promise",
        "postgres",
        "pg-pool",
        "pg-protocol",
        "slonik",
        "@mikro-orm/postgresql",
        "@vercel/postgres",
        "@neondatabase/serverless",
        "@prisma/adapter-pg",
        # Medusa's commerce server runs on PostgreSQL only (its config names no driver).
        "@medusajs/medusa",
    },
    "mysql": {"mysql", "mysql2", "@mikro-orm/mysql", "egg-mysql"},
    "mariadb": {"mariadb", "@mikro-orm/mariadb"},
    "sqlserver": {"mssql", "tedious", "@mikro-orm/mssql"},
    # Egg.js reaches its services through plugins (egg-mongoose, egg-redis) named in plugin.js.
    "mongo": {
        "mongodb",
        "mongoose",
        "@mikro-orm/mongodb",
        "@nestjs/mongoose",
        "egg-mongoose",
        "@fastify/mongodb",
        "fastify-mongodb",
    },
    "redis": {
        "redis",
        "ioredis",
        "@redis/client",
        "egg-redis",
        "iovalkey",
        "@valkey/valkey-glide",
        "bull",
        "bullmq",
        "@nestjs/bull",
        "@nestjs/bullmq",
        "bee-queue",
        "kue",
        "connect-redis",
        "cache-manager-redis-store",
        "cache-manager-ioredis",
        "rate-limit-redis",
        "@socket.io/redis-adapter",
        "socket.io-redis",
        "@adonisjs/redis",
        # Fastify's plugins wrap the client and bring it along.
        "@fastify/redis",
        "fastify-redis",
    },
    "rabbitmq": {"amqplib", "amqp-connection-manager", "@golevelup/nestjs-rabbitmq", "rascal"},
    "memcached": {"memjs", "memcached"},
}
# Go module paths; a listed path also matches its major versions (pgx/v5, go-redis/v9).
GO = {
    "postgres": {
        "github.com/lib/pq",
        "github.com/jackc/pgx",
        "github.com/go-pg/pg",
        "gorm.io/driver/postgres",
        "github.com/uptrace/bun/driver/pgdriver",
    },
    "mysql": {"github.com/go-sql-driver/mysql", "gorm.io/driver/mysql"},
    "sqlserver": {
        "github.com/microsoft/go-mssqldb",
        "github.com/denisenkom/go-mssqldb",
        "gorm.io/driver/sqlserver",
    },
    "mongo": {"go.mongodb.org/mongo-driver", "github.com/globalsign/mgo", "gopkg.in/mgo.v2"},
    "redis": {
        "github.com/go-redis/redis",
        "github.com/redis/go-redis",
        "github.com/gomodule/redigo",
        "github.com/garyburd/redigo",
        "github.com/hibiken/asynq",
        "github.com/redis/rueidis",
        "github.com/valkey-io/valkey-go",
    },
    "rabbitmq": {"github.com/streadway/amqp", "github.com/rabbitmq/amqp091-go"},
    "memcached": {"github.com/bradfitz/gomemcache"},
}
JAVA = {
    "postgres": {
        "postgresql",
        "r2dbc-postgresql",
        "quarkus-jdbc-postgresql",
        "quarkus-reactive-pg-client",
        "vertx-pg-client",
    },
    "mysql": {
        "mysql-connector-java",
        "mysql-connector-j",
        "r2dbc-mysql",
        "quarkus-jdbc-mysql",
        "quarkus-reactive-mysql-client",
        "vertx-mysql-client",
    },
    "mariadb": {"mariadb-java-client", "quarkus-jdbc-mariadb"},
    "sqlserver": {"mssql-jdbc", "r2dbc-mssql", "quarkus-jdbc-mssql"},
    "mongo": {
        "quarkus-mongodb-client",
        "quarkus-mongodb-panache",
        "micronaut-mongo-sync",
        "micronaut-mongo-reactive",
        "spring-boot-starter-data-mongodb",
        "spring-boot-starter-data-mongodb-reactive",
        "mongodb-driver-sync",
        "mongo-java-driver",
        "vertx-mongo-client",
    },
    "redis": {
        "spring-boot-starter-data-redis",
        "spring-boot-starter-data-redis-reactive",
        "jedis",
        "lettuce-core",
        "redisson",
        # Redisson's Spring Boot starter, which projects declare without `redisson` itself.
        "redisson-spring-boot-starter",
        # Shiro's session and cache store in Redis (jeecg-boot declares no other client).
        "shiro-redis",
        "quarkus-redis-client",
        "micronaut-redis-lettuce",
        "vertx-redis-client",
    },
    "rabbitmq": {
        "spring-boot-starter-amqp",
        # Spring Cloud Bus and Stream's RabbitMQ binders.
        "spring-cloud-starter-bus-amqp",
        "spring-cloud-starter-stream-rabbit",
        # The binder itself, which Gradle builds often declare without the starter.
        "spring-cloud-stream-binder-rabbit",
        "amqp-client",
        "spring-rabbit",
        "quarkus-messaging-rabbitmq",
        "quarkus-smallrye-reactive-messaging-rabbitmq",
        "micronaut-rabbitmq",
        "vertx-rabbitmq-client",
    },
    "memcached": {"spymemcached", "xmemcached"},
}
RUST = {
    "postgres": {"tokio-postgres", "postgres", "deadpool-postgres", "bb8-postgres"},
    "mysql": {"mysql", "mysql_async"},
    "sqlserver": {"tiberius"},
    "mongo": {"mongodb"},
    "redis": {"redis", "deadpool-redis", "bb8-redis", "fred"},
    "rabbitmq": {"lapin", "amiquip", "amqprs"},
    "memcached": {"memcache"},
}
RUBY = {
    "postgres": {"pg"},
    "mysql": {"mysql2", "trilogy"},
    "mongo": {"mongoid", "mongo"},
    "redis": {
        "redis",
        "sidekiq",
        "resque",
        "redis-rails",
        "hiredis",
        # Gems that bring and configure Sidekiq for the app.
        "sidekiq-scheduler",
        "sidekiq-cron",
        "govuk_sidekiq",
    },
    "rabbitmq": {"bunny", "sneakers"},
    "memcached": {"dalli"},
}
PHP = {
    "postgres": {"ext-pgsql", "ext-pdo_pgsql"},
    "mysql": {"ext-pdo_mysql", "ext-mysqli"},
    "mongo": {"mongodb/mongodb", "ext-mongodb", "doctrine/mongodb-odm"},
    "redis": {"predis/predis", "ext-redis", "snc/redis-bundle"},
    "rabbitmq": {"php-amqplib/php-amqplib", "ext-amqp"},
    "memcached": {"ext-memcached"},
}
# Search engines, object stores and event streams, by ecosystem. "s3" is not a service: an
# S3 client becomes MinIO only where the repository's configuration names MinIO (weigh.py).
_MORE = {
    "python": {
        "elasticsearch": {
            "elasticsearch",
            "elasticsearch-dsl",
            "elasticsearch-async",
            "django-elasticsearch-dsl",
            "opensearch-py",
            "opensearch-dsl",
        },
        "minio": {"minio", "django-minio-backend"},
        "kafka": {
            "kafka-python",
            "kafka-python-ng",
            "confluent-kafka",
            "aiokafka",
            "faust",
            "faust-streaming",
        },
        "s3": {"boto3", "aioboto3", "s3fs", "django-storages"},
    },
    "node": {
        "elasticsearch": {
            "@elastic/elasticsearch",
            "elasticsearch",
            "@opensearch-project/opensearch",
        },
        "minio": {"minio"},
        "kafka": {"kafkajs", "node-rdkafka", "@confluentinc/kafka-javascript"},
        "s3": {"@aws-sdk/client-s3", "aws-sdk"},
    },
    "go": {
        "elasticsearch": {
            "github.com/elastic/go-elasticsearch",
            "github.com/olivere/elastic",
            "github.com/opensearch-project/opensearch-go",
        },
        "minio": {"github.com/minio/minio-go"},
        "kafka": {
            "github.com/segmentio/kafka-go",
            "github.com/IBM/sarama",
            "github.com/Shopify/sarama",
            "github.com/confluentinc/confluent-kafka-go",
            "github.com/twmb/franz-go",
        },
        "s3": {"github.com/aws/aws-sdk-go", "github.com/aws/aws-sdk-go-v2/service/s3"},
    },
    "java": {
        "elasticsearch": {
            "spring-boot-starter-data-elasticsearch",
            "spring-data-elasticsearch",
            "elasticsearch-java",
            # The older REST clients (micronaut-microservices-poc's policy-search-service)
            # and the frameworks' integrations.
            "elasticsearch-rest-high-level-client",
            "elasticsearch-rest-client",
            "micronaut-elasticsearch",
            "quarkus-elasticsearch-rest-client",
            "quarkus-elasticsearch-java-client",
            "quarkus-hibernate-search-orm-elasticsearch",
        },
        "minio": {"minio"},
        "kafka": {
            "spring-kafka",
            "kafka-clients",
            # Spring Cloud Stream's Kafka binder, as starter or bare binder.
            "spring-cloud-starter-stream-kafka",
            "spring-cloud-stream-binder-kafka",
            "quarkus-messaging-kafka",
            "quarkus-smallrye-reactive-messaging-kafka",
            "quarkus-kafka-client",
            "micronaut-kafka",
        },
        "s3": {"aws-java-sdk-s3", "s3"},
    },
    "ruby": {
        "elasticsearch": {"elasticsearch", "searchkick", "elasticsearch-model", "opensearch-ruby"},
        "kafka": {"ruby-kafka", "rdkafka", "karafka"},
        "s3": {"aws-sdk-s3"},
    },
    "php": {
        "elasticsearch": {"elasticsearch/elasticsearch", "opensearch-project/opensearch-php"},
        "s3": {"league/flysystem-aws-s3-v3", "aws/aws-sdk-php"},
    },
    "rust": {
        "elasticsearch": {"elasticsearch"},
        "kafka": {"rdkafka"},
        "minio": {"minio"},
        "s3": {"aws-sdk-s3", "rusoto_s3", "rust-s3"},
    },
}
_TABLES = {"python": PYTHON, "node": NODE, "go": GO, "java": JAVA}
_TABLES.update(ruby=RUBY, php=PHP, rust=RUST)
for _name, _table in _MORE.items():
    _TABLES[_name].update(_table)

# mix.exs dependencies (atoms, without the colon).
ELIXIR = {
    "postgres": {"postgrex"},
    "mysql": {"myxql", "mariaex"},
    "mongo": {"mongodb_driver", "mongodb"},
    "redis": {"redix", "exq", "verk"},
    "rabbitmq": {"amqp", "broadway_rabbitmq"},
    "memcached": {"memcachex"},
}
# NuGet package ids, lowercased.
DOTNET = {
    "postgres": {
        "npgsql",
        "npgsql.entityframeworkcore.postgresql",
        "aspire.npgsql",
        "aspire.npgsql.entityframeworkcore.postgresql",
        "marten",  # a document database and event store on PostgreSQL
        # ABP's provider packages, which bring the driver without naming it.
        "volo.abp.entityframeworkcore.postgresql",
    },
    "mysql": {
        "mysqlconnector",
        "mysql.data",
        "mysql.entityframeworkcore",
        "pomelo.entityframeworkcore.mysql",
        "volo.abp.entityframeworkcore.mysql",
    },
    "sqlserver": {
        "microsoft.entityframeworkcore.sqlserver",
        "microsoft.data.sqlclient",
        "system.data.sqlclient",
        "aspire.microsoft.entityframeworkcore.sqlserver",
        "aspire.microsoft.data.sqlclient",
        "volo.abp.entityframeworkcore.sqlserver",
    },
    "mongo": {"mongodb.driver", "mongodb.entityframeworkcore", "volo.abp.mongodb"},
    "redis": {
        "stackexchange.redis",
        "microsoft.extensions.caching.stackexchangeredis",
        "aspire.stackexchange.redis",
        "foundatio.redis",  # Foundatio's providers: one package per service they talk to
        "volo.abp.caching.stackexchangeredis",
    },
    "rabbitmq": {
        *("rabbitmq.client", "masstransit.rabbitmq", "easynetq", "aspire.rabbitmq.client"),
        "foundatio.rabbitmq",
        "volo.abp.eventbus.rabbitmq",
    },
    "memcached": {"enyimmemcachedcore"},
    "elasticsearch": {
        *("elastic.clients.elasticsearch", "nest", "opensearch.client"),
        "foundatio.repositories.elasticsearch",
    },
    "minio": {"minio"},
    "kafka": {"confluent.kafka", "masstransit.kafka"},
    "s3": {"awssdk.s3"},
}
ECOSYSTEMS = {
    "python": PYTHON,
    "node": NODE,
    "go": GO,
    "java": JAVA,
    "rust": RUST,
    "dotnet": DOTNET,
    "ruby": RUBY,
    "php": PHP,
    "elixir": ELIXIR,
}
# Extras and feature flags that pick a driver: sqlalchemy[postgresql], celery[redis],
# sqlx with features = ["postgres"], dramatiq[rabbitmq]...
EXTRAS = {
    "postgres": re.compile(r"^(postgres|postgresql.*|asyncpg|psycopg2?|pg|sqlx-postgres)$"),
    "mysql": re.compile(r"^(mysql|pymysql|aiomysql|asyncmy|mysqlclient|sqlx-mysql)$"),
    # actix-session's redis-session-rustls: a feature that stores sessions in Redis.
    "redis": re.compile(r"^(redis|hiredis|redis-[\w-]*session[\w-]*)$"),
    "mongo": re.compile(r"^(mongo|mongodb|pymongo|motor)$"),
    "rabbitmq": re.compile(r"^(rabbitmq|librabbitmq|amqp)$"),
    "memcached": re.compile(r"^(memcached|pymemcache|pylibmc)$"),
}
