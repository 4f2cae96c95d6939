"""Rules blind batch b6 (Spring Boot, Micronaut, Quarkus, Ktor, Vert.x and ASP.NET Core
applications) showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def test_a_gradle_build_applying_the_ktor_plugin_is_a_ktor_server() -> None:
    # Shaped like ktor-arrow-example: the plugin comes through the version catalog.
    files = {
        "settings.gradle.kts": 'rootProject.name = "app"\n',
        "gradlew": "",
        "gradle/libs.versions.toml": '[plugins]\nktor = { id = "io.ktor.plugin", version = "3" }\n',
        "build.gradle.kts": "plugins {\n  application\n  alias(libs.plugins.ktor)\n}\n",
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.framework.value, a.finding.port.value) for a in apps] == [("ktor", 8080)]


def test_maven_modules_naming_a_main_verticle_are_vertx_apps_with_their_clients() -> None:
    # Shaped like vertx-blueprint-microservice: the parent shades io.vertx.core.Launcher with
    # each module's main.verticle; a module without one is a shared library.
    module = (
        "<project><parent><artifactId>shop</artifactId></parent><artifactId>{name}</artifactId>"
        "<properties>{main}</properties><dependencies><dependency>"
        "<artifactId>{client}</artifactId></dependency></dependencies></project>"
    )
    files = {
        "pom.xml": (
            "<project><artifactId>shop</artifactId><packaging>pom</packaging><modules>"
            "<module>common</module><module>store</module></modules>"
            "<dependencies><dependency><artifactId>vertx-web</artifactId></dependency>"
            "</dependencies></project>"
        ),
        "common/pom.xml": module.format(name="common", main="", client="vertx-auth-oauth2"),
        "store/pom.xml": module.format(
            name="store",
            main="<main.verticle>shop.StoreVerticle</main.verticle>",
            client="vertx-mongo-client",
        ),
    }
    plan = plan_of(files)["plan"]
    assert [(a.finding.main_package.value, a.finding.framework.value) for a in plan.apps] == [
        ("./store", "vertx")
    ]
    assert [s.name for s in plan.services] == ["mongo"]


def test_a_compose_desktop_module_with_a_main_class_is_no_server() -> None:
    # Shaped like kotlinconf-app: the desktop client names a main class beside the backend.
    files = {
        "settings.gradle.kts": 'include(":backend")\ninclude(":desktop")\n',
        "gradlew": "",
        "backend/build.gradle.kts": (
            'plugins { id("io.ktor.plugin") }\ndependencies { implementation("x") }\n'
        ),
        "desktop/build.gradle.kts": (
            "dependencies { implementation(compose.desktop.currentOs) }\n"
            'compose.desktop { application { mainClass = "app.MainKt" } }\n'
        ),
    }
    apps = plan_of(files)["plan"].apps
    assert [a.finding.manifest for a in apps] == ["backend/build.gradle.kts"]


def test_a_module_without_a_wrapper_builds_with_its_aggregator_s_wrapper() -> None:
    # Shaped like spring-petclinic-graphql: backend/ inherits Spring Boot's parent, not the
    # root pom, and the root's mvnw runs it (`./mvnw spring-boot:run -pl backend`).
    backend = (
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<artifactId>backend</artifactId><dependencies><dependency>"
        "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>"
    )
    files = {
        "mvnw": "",
        "pom.xml": "<project><artifactId>root</artifactId><packaging>pom</packaging><modules>"
        "<module>backend</module>"
        "</modules></project>",
        "backend/pom.xml": backend,
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.finding.main_package.value) for a in apps] == [(".", "./backend")]
    # With a wrapper of its own it builds on its own.
    apps = plan_of({**files, "backend/mvnw": ""})["plan"].apps
    assert [(a.finding.path, a.finding.main_package) for a in apps] == [("backend", None)]
