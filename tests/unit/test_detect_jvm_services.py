"""Services of JVM apps: Spring datasources, profiles and switched-off starters, embedded H2
beside server drivers, Redisson, Spring Cloud Stream and Bus brokers, and the databases
Compose runs for them."""

from __future__ import annotations

from tests.unit.detect_helpers import ftgo_like, plan_of, service_names, services_of

SPRING_POM = (
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<artifactId>shop</artifactId><dependencies>"
    "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>"
    "<dependency><artifactId>h2</artifactId></dependency>"
    "<dependency><artifactId>mysql-connector-j</artifactId></dependency>"
    "<dependency><artifactId>postgresql</artifactId></dependency>"
    "</dependencies></project>"
)
POM = (
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<artifactId>shop</artifactId><dependencies>"
    "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>"
    "<dependency><artifactId>spring-boot-starter-data-redis</artifactId></dependency>"
    "<dependency><artifactId>mysql-connector-java</artifactId></dependency>"
    "</dependencies></project>"
)


def test_a_spring_cloud_stream_binder_declared_without_its_starter_names_the_broker() -> None:
    # Shaped like PolarBookshop's order-service: build.gradle declares the bare
    # RabbitMQ binder of Spring Cloud Stream, next to r2dbc-postgresql.
    build = (
        "plugins {\n  id 'org.springframework.boot' version '3.2.0'\n  id 'java'\n}\n"
        "dependencies {\n"
        "  implementation 'org.springframework.boot:spring-boot-starter-webflux'\n"
        "  implementation 'org.springframework.cloud:spring-cloud-stream-binder-rabbit'\n"
        "  runtimeOnly 'org.postgresql:r2dbc-postgresql'\n}\n"
    )
    files = {"build.gradle": build, "settings.gradle": "rootProject.name = 'orders'\n"}
    assert service_names(files) == ["postgres", "rabbitmq"]
    kafka = build.replace("binder-rabbit", "binder-kafka")
    assert service_names({**files, "build.gradle": kafka}) == ["kafka", "postgres"]


def test_the_profile_the_main_config_activates_keeps_its_database_server() -> None:
    # Shaped like AgileBoot: `spring.profiles.active: basic,dev` and application-dev.yml
    # points the datasource at MySQL; H2 (for the test profile) is no default then.
    pom = (
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
        "</dependency><dependency><groupId>mysql</groupId>"
        "<artifactId>mysql-connector-java</artifactId></dependency><dependency>"
        "<artifactId>h2</artifactId></dependency></dependencies></project>"
    )
    files = {
        "pom.xml": pom,
        "src/main/resources/application.yml": "spring:\n  profiles:\n    active: basic,dev\n",
        "src/main/resources/application-dev.yml": (
            "spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/app\n"
        ),
        "src/main/resources/application-test.yml": (
            "spring:\n  datasource:\n    url: jdbc:h2:mem:app\n"
        ),
    }
    assert [s.name for s in plan_of(files)["plan"].services] == ["mysql"]


def test_a_modules_spring_datasource_names_the_composed_server_its_driver_does_not() -> None:
    # The JDBC driver comes through another library; the module's own settings (below the
    # build's folder, where the app runs from) name the server the compose file runs.
    url = "spring.datasource.url=jdbc:mysql://localhost/orders\n"
    assert [s.name for s in plan_of(ftgo_like(url))["plan"].services] == ["mysql"]
    assert plan_of(ftgo_like(""))["plan"].services == ()


def test_a_modules_spring_settings_choose_among_the_drivers_and_composed_servers() -> None:
    # Shaped like JeecgBoot: drivers for MySQL and PostgreSQL, both in the compose file (the
    # second for a vector store); the runnable module's application-dev.yml uses MySQL.
    pom = (
        "<project><parent><artifactId>root</artifactId></parent>"
        "<artifactId>start</artifactId><dependencies>"
        "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>"
        "<dependency><artifactId>postgresql</artifactId></dependency>"
        "<dependency><artifactId>mysql-connector-java</artifactId></dependency>"
        "</dependencies></project>"
    )
    files = {
        "server/pom.xml": (
            "<project><artifactId>root</artifactId><packaging>pom</packaging>"
            "<modules><module>start</module></modules></project>"
        ),
        "server/start/pom.xml": pom,
        "server/start/src/main/resources/application-dev.yml": (
            "spring:\n  datasource:\n    url: jdbc:mysql://127.0.0.1:3306/app\n"
        ),
        "docker-compose.yml": (
            "services:\n  pg:\n    image: pgvector/pgvector:pg16\n  db:\n    image: mysql:8\n"
        ),
    }
    # The compose file runs both servers the build has drivers for: the second serves
    # another store (pgvector's embeddings), and is kept beside the datasource's.
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["mysql", "postgres"]
    # Where it runs only the datasource's, only that one.
    files["docker-compose.yml"] = "services:\n  db:\n    image: mysql:8\n"
    assert [s.name for s in plan_of(files)["plan"].services] == ["mysql"]


def test_an_embedded_h2_beside_server_drivers_needs_no_server() -> None:
    # Shaped like spring-petclinic: H2 by default, MySQL and PostgreSQL behind profiles.
    plan = plan_of(
        {
            "pom.xml": SPRING_POM,
            "src/main/resources/application.properties": "database=h2\n",
            "src/main/resources/application-mysql.properties": "spring.datasource.url="
            "jdbc:mysql://localhost/shop\n",
            "docker-compose.yml": "services:\n  mysql:\n    image: mysql:9\n"
            "  postgres:\n    image: postgres:18\n",
        }
    )
    assert "services" not in plan["spec"]
    assert any("--service postgres" in note for note in plan["plan"].notes)


def test_a_datasource_url_in_the_main_configuration_beats_the_embedded_database() -> None:
    plan = plan_of(
        {
            "pom.xml": SPRING_POM,
            "src/main/resources/application.yml": "spring:\n  datasource:\n"
            "    url: jdbc:postgresql://localhost/shop\n",
        }
    )
    assert list(plan["spec"]["services"]) == ["postgres"]


def test_redissons_spring_boot_starter_is_a_redis_client() -> None:
    # Shaped like mall4j: the starter alone, without the `redisson` artifact, brings Redis.
    files = {
        "build.gradle": "plugins {\n    id 'org.springframework.boot' version '3.2.0'\n}\n"
        "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
        "    implementation 'org.redisson:redisson-spring-boot-starter:3.27.0'\n}\n",
    }
    plan = plan_of(files, "gradlew")
    assert [s.name for s in plan["plan"].services] == ["redis"]


def test_spring_services_switched_off_under_their_own_key_are_left_out() -> None:
    # Shaped like novel: the starters for Elasticsearch and AMQP are built in, but the main
    # configuration switches both off; a health check switched off leaves Redis on.
    pom = (
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
        "</dependency><dependency><artifactId>spring-boot-starter-data-redis</artifactId>"
        "</dependency><dependency><artifactId>spring-boot-starter-data-elasticsearch"
        "</artifactId></dependency><dependency><artifactId>spring-boot-starter-amqp"
        "</artifactId></dependency><dependency><artifactId>mysql-connector-j</artifactId>"
        "</dependency></dependencies></project>"
    )
    config = (
        "spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/app\n"
        "  elasticsearch:\n    enabled: false\n  amqp:\n    enabled: false\n"
        "  rabbitmq:\n    template:\n      retry:\n        enabled: true\n"
        "management:\n  health:\n    redis:\n      enabled: false\n"
    )
    files = {
        "pom.xml": pom,
        "src/main/java/app/App.java": "@SpringBootApplication\npublic class App {}\n",
        "src/main/resources/application.yml": config,
    }
    assert service_names(files) == ["mysql", "redis"]


def test_a_database_only_a_spring_profile_names_is_an_alternative() -> None:
    # Shaped like spring-petclinic-kotlin: H2 by default, MySQL for the mysql profile, which
    # the compose file runs.
    gradle = (
        'plugins { id("org.springframework.boot") version "3.5.0" }\n'
        'dependencies {\n    runtimeOnly("com.h2database:h2")\n'
        '    runtimeOnly("com.mysql:mysql-connector-j")\n}\n'
    )
    files = {
        "build.gradle.kts": gradle,
        "src/main/resources/application.properties": "database=h2\n",
        "src/main/resources/application-mysql.properties": "spring.datasource.url="
        "jdbc:mysql://localhost/petclinic\n",
        "docker-compose.yml": "mysql:\n  image: mysql:5.7\n",
    }
    plan = plan_of(files)["plan"]
    assert plan.services == ()
    assert any("--service mysql" in note for note in plan.notes)
    del files["src/main/resources/application-mysql.properties"]
    assert [s.name for s in plan_of(files)["plan"].services] == ["mysql"]


def test_spring_cloud_bus_amqp_needs_rabbitmq() -> None:
    pom = (
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<dependencies><dependency><groupId>org.springframework.cloud</groupId>"
        "<artifactId>spring-cloud-starter-bus-amqp</artifactId></dependency>"
        "<dependency><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>"
    )
    assert services_of({"pom.xml": pom}) == ["rabbitmq"]


def test_springs_dev_profile_database_is_needed_when_compose_runs_no_database() -> None:
    # Shaped like macrozheng/mall-tiny: compose runs Redis and the app's image, the dev
    # profile's datasource is a MySQL outside it.
    files = {
        "pom.xml": POM,
        "src/main/resources/application.yml": "spring:\n  profiles:\n    active: dev\n",
        "src/main/resources/application-dev.yml": "spring:\n  datasource:\n"
        "    url: jdbc:mysql://localhost:3306/shop\n  redis:\n    host: localhost\n",
        "docker-compose.yml": "services:\n  redis:\n    image: redis:7\n",
    }
    assert service_names(files) == ["mysql", "redis"]
    # A prod profile's database is not the developer's.
    files["src/main/resources/application-prod.yml"] = files.pop(
        "src/main/resources/application-dev.yml"
    )
    assert service_names(files) == ["redis"]


def test_a_datasource_url_the_settings_only_comment_out_leaves_its_driver_out() -> None:
    # Shaped like cim's route: the MySQL driver comes with a persistence module, but
    # application.yaml comments the datasource URL out and keeps its data in Redis.
    yaml = (
        "spring:\n  data:\n    redis:\n      port: 6379\n"
        "#    url: jdbc:mysql://localhost:3306/app\nserver:\n  port: 8083\n"
    )
    files = {"pom.xml": POM, "src/main/resources/application.yaml": yaml}
    assert service_names(files) == ["redis"]
    live = yaml + "---\nspring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/app\n"
    assert service_names({**files, "src/main/resources/application.yaml": live}) == [
        "mysql",
        "redis",
    ]


def test_quarkus_dev_profile_on_h2_leaves_the_other_profiles_database_out() -> None:
    # Shaped like JHipster's Quarkus sample: MySQL plainly and for %prod, H2 for %dev.
    props = "quarkus.datasource.db-kind=mysql\n%dev.quarkus.datasource.db-kind=h2\n"
    props += "%dev.quarkus.datasource.jdbc.url=jdbc:h2:mem:app\n"
    props += "%prod.quarkus.datasource.jdbc.url=jdbc:mysql://localhost:3306/app\n"
    files = {
        "pom.xml": "<project><artifactId>app</artifactId><dependencies>"
        "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId>"
        "</dependency><dependency><artifactId>quarkus-jdbc-mysql</artifactId></dependency>"
        "</dependencies></project>",
        "src/main/resources/application.properties": props,
    }
    assert service_names(files) == []
    files["src/main/resources/application.properties"] = props.replace("%dev.", "%test.")
    assert service_names(files) == ["mysql"]
