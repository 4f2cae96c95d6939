"""JVM builds (Maven, Gradle, Kotlin): which modules are apps (Spring Boot, Ktor, Vert.x,
Micronaut, Quarkus; libraries, BOMs, test suites, desktop modules, profile-only modules),
wrappers and aggregators, version catalogs, front ends at the root of a build, and the
ports Spring and Quarkus settings give."""

from __future__ import annotations

from devenv.project import build_project
from devenv.spec.load import parse_spec
from devenv.spec.write import to_yaml
from tests.unit.detect_helpers import (
    app_of,
    apps_of,
    apps_with_language,
    ftgo_like,
    pkg,
    plan_of,
    ports_of,
    services_of,
    spec_entries_of,
)

SPRING_WEB = (
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<artifactId>app</artifactId><dependencies><dependency>"
    "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>"
)
PETCLINIC = """<project>
  <parent><groupId>org.springframework.boot</groupId></parent>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>com.mysql</groupId><artifactId>mysql-connector-j</artifactId></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
  </dependencies>
</project>
"""
GRADLE_CATALOG = """[plugins]
micronaut-application = { id = "io.micronaut.application", version = "4.6.2" }
spring-boot = { id = "org.springframework.boot", version = "3.5.0" }
"""
POM = (
    "<project><parent><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
    "</dependency></dependencies></project>\n"
)


def _pom(artifact: str, body: str, parent: str = "shop") -> str:
    return (
        f"<project><parent><artifactId>{parent}</artifactId></parent>"
        f"<artifactId>{artifact}</artifactId>\n{body}\n</project>\n"
    )


def _dependencies(*names: str) -> str:
    return (
        "<dependencies>"
        + "".join(f"<dependency><artifactId>{n}</artifactId></dependency>\n" for n in names)
        + "</dependencies>"
    )


BOOT_PLUGIN = (
    "<build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId>"
    "</plugin></plugins></build>"
)
REACTOR = (
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<artifactId>shop</artifactId><packaging>pom</packaging>\n"
    "<modules><module>shop-app</module><module>shop-gen</module><module>shop-db</module>"
    "</modules>\n"
    "<dependencyManagement>"
    + _dependencies("shop-db", "mongodb-driver-sync")
    + "</dependencyManagement>\n"
    + _dependencies("spring-boot-starter-web", "spring-boot-starter-data-redis")
    + "\n</project>\n"
)
SETTINGS = "rootProject.name = 'flows'\ninclude 'cli'\ninclude 'core'\ninclude 'platform'\n"
ROOT = (
    'plugins {\n    id "application"\n}\n'
    'application {\n    mainClass = "io.flows.cli.App"\n}\n'
    'dependencies {\n    implementation project(":cli")\n}\n'
    "subprojects {\n    dependencies {\n"
    '        implementation enforcedPlatform(project(":platform"))\n    }\n}\n'
)
CLI = 'dependencies {\n    implementation "io.micronaut:micronaut-http-server-netty"\n' + (
    '    implementation project(":core")\n}\n'
)
CORE = 'dependencies {\n    implementation "io.micronaut:micronaut-inject"\n}\n'
PLATFORM = (
    'plugins {\n    id "java-platform"\n}\n'
    "dependencies {\n    constraints {\n        api 'org.postgresql:postgresql:42.7.4'\n"
    "    }\n}\n"
)


def _apps_with_main(files: dict[str, str]) -> list[tuple[str, str | None, str]]:
    plan = plan_of(files)["plan"]
    return [
        (
            a.finding.path,
            a.finding.main_package.value if a.finding.main_package else None,
            a.finding.framework.value,
        )
        for a in plan.apps
    ]


def test_a_spring_port_set_only_in_the_active_profile_s_file_is_the_port() -> None:
    # Shaped like youlai-boot: application.yml activates `dev`, and server.port is set in
    # application-dev.yml only.
    files = {
        "pom.xml": SPRING_WEB,
        "src/main/resources/application.yml": "spring:\n  profiles:\n    active: dev\n",
        "src/main/resources/application-dev.yml": "server:\n  port: 8000\n",
        "src/main/resources/application-prod.yml": "server:\n  port: 9000\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8000]
    # A property file's `${SPRING_PROFILES_ACTIVE:prod}` activates prod when unset.
    files["src/main/resources/application.yml"] = ""
    files["src/main/resources/application.properties"] = (
        "spring.profiles.active=${SPRING_PROFILES_ACTIVE:prod}\n"
    )
    assert [a["port"] for a in apps_of(files).values()] == [9000]


def test_maven_filtered_values_do_not_hide_a_spring_yaml_file() -> None:
    # Shaped like youlai-boot: `version: @project.version@` (Maven resource filtering) is not
    # valid YAML as written; the rest of application.yml still activates `dev`.
    files = {
        "pom.xml": SPRING_WEB,
        "src/main/resources/application.yml": (
            "spring:\n  profiles:\n    active: dev\nproject:\n  version: @project.version@\n"
        ),
        "src/main/resources/application-dev.yml": "server:\n  port: 8000\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8000]


def test_a_desktop_tray_depending_on_the_server_leaves_the_server_an_app() -> None:
    # Shaped like komga: komga-tray (Compose for Desktop, application plugin) wraps :komga;
    # its application.yml escapes a placeholder in a double-quoted value.
    files = {
        "settings.gradle": "include 'komga'\ninclude 'komga-tray'\n",
        "gradlew": "",
        "komga/build.gradle.kts": 'plugins {\n  id("org.springframework.boot") version "3"\n}\n',
        "komga/src/main/resources/application.yml": (
            'spring:\n  config:\n    import:\n      - "optional:file:\\${dir}/application.yml"\n'
            "server:\n  port: 25600\n"
        ),
        "komga-tray/build.gradle.kts": (
            "plugins {\n  application\n}\n"
            'dependencies {\n  implementation(project(":komga"))\n'
            "  implementation(compose.desktop.currentOs)\n}\n"
        ),
    }
    assert apps_with_language(files) == [(".", "java", "spring-boot", 25600)]


def test_a_module_applying_a_buildsrc_convention_that_applies_spring_boot_is_an_app() -> None:
    apps = plan_of(ftgo_like(""))["plan"].apps
    assert [(a.finding.manifest, a.finding.framework.value) for a in apps] == [
        ("order-service/build.gradle", "spring-boot")
    ]


def test_a_maven_module_only_a_profile_lists_is_no_app() -> None:
    # Shaped like JeecgBoot: the reactor builds the monolith's start module; its
    # microservices (jeecg-server-cloud) join only with the SpringCloud profile.
    boot = "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>"
    module = (
        "<project><parent><artifactId>root</artifactId></parent><artifactId>{}</artifactId>"
        "<dependencies>" + boot + "</dependencies></project>"
    )
    files = {
        "pom.xml": (
            "<project><artifactId>root</artifactId><packaging>pom</packaging>"
            "<modules><module>start</module></modules><profiles><profile><id>cloud</id>"
            "<modules><module>cloud</module></modules></profile></profiles></project>"
        ),
        "start/pom.xml": module.format("start"),
        "cloud/pom.xml": module.format("cloud"),
    }
    apps = plan_of(files)["plan"].apps
    assert [a.finding.manifest for a in apps] == ["start/pom.xml"]


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


def test_a_spring_boot_app_with_the_maven_wrapper_gets_spring_wiring() -> None:
    files = {
        "pom.xml": PETCLINIC,
        "src/main/resources/application.properties": "server.port=${PORT:9966}\n",
    }
    plan = plan_of(files, "mvnw", ".mvn/wrapper/maven-wrapper.properties")
    app = plan["spec"]["apps"]["web"]
    assert (app["package_manager"], app["framework"], app["version"]) == (
        "mvnw",
        "spring-boot",
        "17",
    )
    assert app["port"] == 9966
    # Two SQL drivers and no configuration naming one: one database (weigh.py decides which).
    assert "postgres" in plan["spec"]["services"]
    spec = parse_spec(to_yaml(spec_entries_of(plan)))
    env = dict(build_project(spec).app_env)["web"]
    assert ("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/app") in env
    web = next(s for s in build_project(spec).services if s.name == "web")
    assert web.command == ("./mvnw", "spring-boot:run")


def test_gradle_modules_that_are_libraries_are_notes_and_the_app_is_found() -> None:
    files = {
        "settings.gradle": "include 'core', 'web'\n",
        "core/build.gradle": "plugins { id 'java-library' }\n",
        "web/build.gradle": "plugins { id 'io.quarkus' }\njava {\n  toolchain {\n"
        "    languageVersion = JavaLanguageVersion.of(21)\n  }\n}\n",
        "web/src/main/resources/application.yml": "quarkus:\n  http:\n    port: 8090\n",
    }
    plan = plan_of(files, "gradlew")
    # The module builds from the root, where settings.gradle and the wrapper are.
    assert [a.finding.path for a in plan["plan"].apps] == ["."]
    app = plan["spec"]["apps"]["web"]
    assert (app["framework"], app["version"], app["package_manager"]) == (
        "quarkus",
        "21",
        "gradlew",
    )
    assert app["main_package"] == "./web" and app["port"] == 8090
    assert any("core: a Java library" in note for note in plan["plan"].notes)


def test_maven_modules_build_from_the_aggregator_with_the_root_wrapper() -> None:
    # Shaped like a Spring microservices repository: a packaging-pom root with the wrapper.
    module = (
        "<project><parent><artifactId>root</artifactId></parent><dependencies>"
        "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>{extra}"
        "</dependencies></project>"
    )
    files = {
        "pom.xml": "<project><packaging>pom</packaging><modules><module>customers-service"
        "</module><module>api-gateway</module></modules></project>",
        "customers-service/pom.xml": module.format(
            extra="<dependency><artifactId>mysql-connector-j</artifactId></dependency>"
        ),
        "api-gateway/pom.xml": module.format(extra=""),
        "api-gateway/src/main/resources/application.yml": "server:\n  port: 8081\n",
    }
    plan = plan_of(files, "mvnw", ".mvn/wrapper/maven-wrapper.properties")
    apps = plan["spec"]["apps"]
    assert sorted(apps) == ["api-gateway", "customers-service"]
    assert {a["main_package"] for a in apps.values()} == {"./api-gateway", "./customers-service"}
    assert {a["package_manager"] for a in apps.values()} == {"mvnw"}
    assert apps["api-gateway"]["port"] == 8081
    assert apps["customers-service"]["uses"] == ["mysql"]
    assert "dockerfile" in apps["customers-service"] or "dockerfile" in apps["api-gateway"]
    spec = parse_spec(to_yaml(spec_entries_of(plan)))
    web = next(s for s in build_project(spec).services if s.name == "api-gateway")
    assert web.command == ("./mvnw", "-pl", "api-gateway", "spring-boot:run")
    assert any("aggregator" in note for note in plan["plan"].notes)


def test_a_maven_module_without_a_parent_there_builds_on_its_own() -> None:
    # Shaped like quarkus-super-heroes: the root pom only aggregates standalone services.
    service = (
        "<project><artifactId>{name}</artifactId><dependencies><dependency>"
        "<artifactId>quarkus-rest</artifactId></dependency>{extra}</dependencies>"
        "<build><plugins><plugin><artifactId>quarkus-maven-plugin</artifactId></plugin>"
        "</plugins></build></project>"
    )
    files = {
        "pom.xml": "<project><artifactId>heroes</artifactId><packaging>pom</packaging>"
        "<modules><module>rest-fights</module><module>rest-villains</module></modules></project>",
        "rest-fights/pom.xml": service.format(
            name="rest-fights", extra="<dependency><artifactId>rest-villains</artifactId>"
        ).replace("</dependencies>", "</dependency></dependencies>"),
        "rest-villains/pom.xml": service.format(name="rest-villains", extra=""),
        "rest-villains/src/main/resources/application.properties": "quarkus.http.port=8084\n",
    }
    plan = plan_of(files, "rest-villains/mvnw", "rest-fights/mvnw")
    apps = {a.finding.path: a for a in plan["plan"].apps}
    # rest-fights uses its sibling's artifact, so it builds from the aggregator.
    assert sorted(apps) == [".", "rest-villains"]
    assert apps["rest-villains"].port is not None and apps["rest-villains"].port.value == 8084


def test_a_version_catalog_plugin_alias_names_the_framework() -> None:
    # Shaped like realworld-backend-micronaut: the plugin comes as libs.plugins.<alias>.
    files = {
        "settings.gradle.kts": 'include("service")\n',
        "gradle/libs.versions.toml": GRADLE_CATALOG,
        "build.gradle.kts": "plugins {\n    base\n}\n",
        "service/build.gradle.kts": "plugins {\n    alias(libs.plugins.micronaut.application)\n}\n"
        "dependencies {\n    runtimeOnly(mn.h2)\n    implementation(mn.micronaut.data.jdbc)\n}\n",
    }
    plan = plan_of(files, "gradlew")
    (app,) = plan["plan"].apps
    assert app.finding.framework.value == "micronaut"
    assert app.finding.path == "."


def test_a_gradle_java_library_is_not_an_app_and_its_dependencies_reach_the_app() -> None:
    # Shaped like halo: api/ applies java-library and lists starters and drivers; the
    # application depends on project(':api') and applies the Spring Boot plugin.
    files = {
        "settings.gradle": "include 'api', 'application'\n",
        "gradle/libs.versions.toml": GRADLE_CATALOG,
        "build.gradle": "plugins {\n    alias(libs.plugins.spring.boot) apply false\n}\n",
        "api/build.gradle": "plugins {\n    id 'java-library'\n}\ndependencies {\n"
        "    api 'org.springframework.boot:spring-boot-starter-webflux'\n"
        "    runtimeOnly 'io.r2dbc:r2dbc-h2'\n    runtimeOnly 'org.postgresql:postgresql'\n"
        "    runtimeOnly 'io.lettuce:lettuce-core'\n}\n",
        "application/build.gradle": "plugins {\n    alias(libs.plugins.spring.boot)\n}\n"
        "dependencies {\n    implementation project(':api')\n}\n",
        "application/src/main/resources/application.yaml": "server:\n  port: 8090\n",
    }
    plan = plan_of(files, "gradlew")
    (app,) = plan["plan"].apps
    assert app.finding.manifest == "application/build.gradle"
    assert app.port is not None and app.port.value == 8090
    # Redis comes through the library; PostgreSQL is an option beside the embedded H2.
    assert [s.name for s in plan["plan"].services] == ["redis"]
    assert any("api/build.gradle r2dbc-h2 is an embedded default" in n for n in plan["plan"].notes)


def test_a_gradle_root_that_configures_its_modules_is_not_an_app() -> None:
    # Shaped like Apache Fineract: the root gives the modules Spring Boot's processors; a
    # custom image module depends on the provider and serves with its configuration.
    root = (
        "plugins { id 'org.springframework.boot' version '3.3.4' apply false }\n"
        "configure(project.javaProjects) {\n    dependencies {\n"
        "        annotationProcessor('org.springframework.boot:spring-boot-configuration-"
        "processor')\n    }\n}\n"
    )
    files = {
        "settings.gradle": "include ':provider'\ninclude ':custom:docker'\n",
        "build.gradle": root,
        "provider/build.gradle": "apply plugin: 'org.springframework.boot'\n",
        "provider/src/main/resources/application.properties": "server.port=8443\n",
        "custom/docker/build.gradle": "jib { container { mainClass = 'org.Server' } }\n"
        "dependencies {\n    implementation project(':provider')\n"
        "    implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
    }
    apps = plan_of(files)["plan"].apps
    assert sorted((a.finding.main_package.value, a.port.value) for a in apps) == [
        ("./custom/docker", 8443),
        ("./provider", 8443),
    ]


def test_angular_at_the_root_of_a_maven_build_is_a_second_app_on_its_angular_json_port() -> None:
    angular = '{"projects": {"x": {"architect": {"serve": {"options": {"port": 9060}}}}}}\n'
    files = {
        "pom.xml": POM,
        "src/main/java/x/App.java": "class App {}\n",
        "package.json": pkg(
            name="x", scripts={"start": "ng serve --hmr"}, devDependencies={"@angular/cli": "^21"}
        ),
        "angular.json": angular,
    }
    apps = plan_of(files)["plan"].apps
    assert sorted((a.finding.path, a.language, a.port and a.port.value) for a in apps) == [
        (".", "java", 8080),
        (".", "node", 9060),
    ]


def test_a_webpack_bundle_at_the_root_of_a_maven_build_stays_its_assets() -> None:
    files = {
        "pom.xml": POM,
        "src/main/java/x/App.java": "class App {}\n",
        "package.json": pkg(
            name="x", scripts={"start": "webpack serve"}, devDependencies={"webpack": "^5"}
        ),
    }
    assert [a.language for a in plan_of(files)["plan"].apps] == ["java"]


def test_spring_boot_reads_its_port_from_resources_config_application_yml() -> None:
    pom = (
        "<project><parent><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
        "</dependency></dependencies></project>\n"
    )
    files = {
        "pom.xml": pom,
        "src/main/resources/config/application.yml": "server:\n  port: 8000\n",
    }
    assert app_of(files)["port"] == 8000


def test_maven_modules_inherit_the_parents_dependencies_and_use_their_siblings() -> None:
    files = {
        "pom.xml": REACTOR,
        "shop-app/pom.xml": _pom("shop-app", _dependencies("shop-gen", "shop-db") + BOOT_PLUGIN),
        "shop-gen/pom.xml": _pom("shop-gen", _dependencies("spring-boot-starter-freemarker")),
        "shop-db/pom.xml": _pom("shop-db", _dependencies("mysql-connector-j")),
    }
    apps = apps_of(files)
    assert list(apps) == ["shop-app"]  # the generator and db modules are parts of the app
    # Redis from the parent's <dependencies>, MySQL from the db module; not Mongo, which the
    # parent only manages.
    assert sorted(services_of(files)) == ["mysql", "redis"]


def test_a_gradle_root_application_runs_the_framework_of_the_module_it_depends_on() -> None:
    # Shaped like Kestra: the root names the main class and depends on :cli, which runs
    # Micronaut and uses :core; the modules are parts of the root's app.
    files = {
        "settings.gradle": SETTINGS,
        "build.gradle": ROOT,
        "cli/build.gradle": CLI,
        "core/build.gradle": CORE,
        "platform/build.gradle": PLATFORM,
    }
    assert _apps_with_main(files) == [(".", None, "micronaut")]


def test_an_enforced_platform_project_is_a_bom_not_a_dependency() -> None:
    files = {
        "settings.gradle": SETTINGS,
        "build.gradle": ROOT.replace(
            ':cli")', ':cli")\n    implementation enforcedPlatform(project(":platform"))'
        ),
        "cli/build.gradle": CLI,
        "core/build.gradle": CORE,
        "platform/build.gradle": PLATFORM,
    }
    assert [s.name for s in plan_of(files)["plan"].services] == []


def test_a_test_suite_module_with_a_main_class_is_not_an_app() -> None:
    e2e = 'plugins {\n    id "application"\n}\napplication {\n    mainClass = "com.x.CLI"\n}\n'
    files = {
        "settings.gradle": SETTINGS + "include 'e2e-tests'\n",
        "build.gradle": ROOT,
        "cli/build.gradle": CLI,
        "core/build.gradle": CORE,
        "platform/build.gradle": PLATFORM,
        "e2e-tests/build.gradle": e2e,
    }
    assert _apps_with_main(files) == [(".", None, "micronaut")]


def test_a_gradle_build_whose_server_applies_spring_boot_runs_only_the_server() -> None:
    # Shaped like Netflix/conductor: settings.gradle renames every project (`conductor-rest`
    # is rest/), the root only puts the Spring Boot plugin on the buildscript classpath, the
    # server applies it and uses the other projects; client-spring is a starter library.
    settings = (
        "rootProject.name = 'flow'\ninclude 'server'\ninclude 'rest'\ninclude 'core'\n"
        "include 'client-spring'\n"
        'rootProject.children.each {it.name="flow-${it.name}"}\n'
    )
    root = (
        "buildscript {\n  dependencies {\n"
        "    classpath 'org.springframework.boot:spring-boot-gradle-plugin:2.7.16'\n  }\n}\n"
        "plugins {\n  id 'java'\n  id 'application'\n}\n"
    )
    files = {
        "settings.gradle": settings,
        "build.gradle": root,
        "server/build.gradle": "plugins {\n  id 'org.springframework.boot'\n}\n"
        "dependencies {\n  implementation project(':flow-rest')\n"
        "  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
        "rest/build.gradle": "dependencies {\n  implementation project(':flow-core')\n"
        "  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
        "core/build.gradle": "dependencies {\n"
        "  compileOnly 'org.springframework.boot:spring-boot-starter'\n}\n",
        "client-spring/build.gradle": "dependencies {\n"
        "  implementation 'org.springframework.boot:spring-boot-starter'\n}\n",
    }
    apps = plan_of(files)["plan"].apps
    found = [(a.finding.path, a.finding.main_package) for a in apps]
    assert [(p, m.value if m else None) for p, m in found] == [(".", "./server")]


def test_quarkus_dev_profile_port_comes_before_the_plain_one() -> None:
    # Shaped like commafeed: `quarkus:dev` serves on %dev.quarkus.http.port.
    pom = (
        "<project><artifactId>feeds</artifactId><dependencies><dependency>"
        "<artifactId>quarkus-rest</artifactId></dependency></dependencies>"
        "<build><plugins><plugin><artifactId>quarkus-maven-plugin</artifactId></plugin>"
        "</plugins></build></project>"
    )
    props = "quarkus.http.port=8082\n%dev.quarkus.http.port=8083\n"
    files = {"pom.xml": pom, "src/main/resources/application.properties": props}
    assert ports_of(files, "mvnw") == {".": 8083}
