"""Rules blind batch b13 of JVM applications (Spring Boot, Quarkus, Micronaut) showed,
each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


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
    assert _services(files) == ["postgres", "rabbitmq"]
    kafka = build.replace("binder-rabbit", "binder-kafka")
    assert _services({**files, "build.gradle": kafka}) == ["kafka", "postgres"]


def test_trimmed_jvm_build_files_keep_what_detection_reads() -> None:
    # Shaped like RuoYi (CRLF application.yml) and quarkus-cafe-demo (a module pom whose
    # <project> tag runs over lines, naming Quarkus only by groupId; the plugin is its
    # parent's): the corpus trees must keep the port's parent key, a whole root tag, and
    # the framework's groupId, or the trimmed tree no longer scores as the clone does.
    from devenv.detect.tree import RepoTree
    from tests.realrepos.trim import trim_tree

    pom = (
        '<project xmlns="http://maven.apache.org/POM/4.0.0"\n'
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        "  <artifactId>core</artifactId>\n  <dependencies>\n    <dependency>\n"
        "      <groupId>io.quarkus</groupId>\n      <artifactId>quarkus-core</artifactId>\n"
        "    </dependency>\n  </dependencies>\n</project>\n"
    )
    yml = "app:\r\n  name: x\r\nserver:\r\n  port: 80\r\n"
    texts = {"core/pom.xml": pom, "web/src/main/resources/application.yml": yml}
    trimmed = trim_tree(RepoTree.of(texts))
    assert "<groupId>io.quarkus</groupId>" in trimmed["core/pom.xml"]
    assert trimmed["core/pom.xml"].splitlines()[0].endswith(">")
    assert "server:\n  port: 80\n" in trimmed["web/src/main/resources/application.yml"]
