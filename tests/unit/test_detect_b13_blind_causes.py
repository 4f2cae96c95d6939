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
