"""Rules blind batch b1 (Spring Boot, Quarkus, Ktor and ASP.NET Core applications) showed,
each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of

WEB = '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>{refs}</ItemGroup></Project>'


def test_a_web_project_another_web_project_references_is_part_of_that_host() -> None:
    # Shaped like grandnode2: Grand.Web references its Admin and Vendor areas, which are
    # Sdk.Web projects with launchSettings of their own.
    refs = '<ProjectReference Include="..\\Shop.Web.Admin\\Shop.Web.Admin.csproj" />'
    launch = '{"profiles": {"Admin": {"commandName": "Project", "applicationUrl": "%s"}}}'
    files = {
        "Shop.sln": "",
        "src/Shop.Web/Shop.Web.csproj": WEB.format(refs=refs),
        "src/Shop.Web/Properties/launchSettings.json": launch % "http://localhost:5000",
        "src/Shop.Web.Admin/Shop.Web.Admin.csproj": WEB.format(refs=""),
        "src/Shop.Web.Admin/Properties/launchSettings.json": launch % "http://localhost:5010",
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.manifest, a.finding.port.value) for a in apps if a.finding.port] == [
        ("src/Shop.Web/Shop.Web.csproj", 5000)
    ]


def test_a_dapr_clients_services_are_its_components_stores() -> None:
    # Shaped like eShopOnDapr: the services use Dapr.AspNetCore; dapr/components say the
    # state store is Redis and the pub/sub RabbitMQ; the Kubernetes manifests use others.
    component = "apiVersion: dapr.io/v1alpha1\nkind: Component\nspec:\n  type: {}\n"
    files = {
        "Shop.sln": "",
        "src/Basket.API/Basket.API.csproj": WEB.format(
            refs='<PackageReference Include="Dapr.AspNetCore" Version="1.9.0" />'
        ),
        "dapr/components/statestore.yaml": component.format("state.redis"),
        "dapr/components/pubsub.yaml": component.format("pubsub.rabbitmq"),
        "dapr/components/email.yaml": component.format("bindings.smtp"),
        "deploy/k8s/pubsub.yaml": component.format("pubsub.kafka"),
    }
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["rabbitmq", "redis"]


def test_a_vendor_built_kafka_image_is_kafka() -> None:
    # Shaped like ftgo-application: eventuateio/eventuate-kafka runs the broker.
    from devenv.detect.composed import compose_services
    from devenv.detect.tree import RepoTree

    compose = "services:\n  kafka:\n    image: eventuateio/eventuate-kafka:0.15.0\n"
    assert list(compose_services(RepoTree.of({"docker-compose.yml": compose}))) == ["kafka"]


def _ftgo_like(properties: str) -> dict[str, str]:
    """A Gradle build whose services apply Spring Boot through a buildSrc convention plugin,
    a datasource in each service's settings and MySQL in the compose file."""
    return {
        "settings.gradle": "include 'order-service'\ninclude 'common'\n",
        "build.gradle": "",
        "gradlew": "",
        "buildSrc/src/main/groovy/ServicePlugin.groovy": (
            "class ServicePlugin implements Plugin<Project> {\n"
            "    void apply(Project project) {\n"
            "        project.apply(plugin: 'org.springframework.boot')\n    }\n}\n"
        ),
        "order-service/build.gradle": "apply plugin: ServicePlugin\n",
        "order-service/src/main/resources/application.properties": properties,
        "common/build.gradle": "apply plugin: 'java'\n",
        "docker-compose.yml": "services:\n  mysql:\n    image: mysql:8\n",
    }


def test_a_module_applying_a_buildsrc_convention_that_applies_spring_boot_is_an_app() -> None:
    apps = plan_of(_ftgo_like(""))["plan"].apps
    assert [(a.finding.manifest, a.finding.framework.value) for a in apps] == [
        ("order-service/build.gradle", "spring-boot")
    ]


def test_a_modules_spring_datasource_names_the_composed_server_its_driver_does_not() -> None:
    # The JDBC driver comes through another library; the module's own settings (below the
    # build's folder, where the app runs from) name the server the compose file runs.
    url = "spring.datasource.url=jdbc:mysql://localhost/orders\n"
    assert [s.name for s in plan_of(_ftgo_like(url))["plan"].services] == ["mysql"]
    assert plan_of(_ftgo_like(""))["plan"].services == ()


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
    assert [s.name for s in plan_of(files)["plan"].services] == ["mysql"]


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


def test_a_type_check_before_vite_serves() -> None:
    # Shaped like Duende.IdentityServer.Admin's UI client: `dev: tsc && vite`.
    package = '{"scripts": {"dev": "tsc && vite", "build": "tsc && vite build"}, '
    package += '"devDependencies": {"vite": "^5.0.0"}}'
    files = {"client/package.json": package, "client/package-lock.json": ""}
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.finding.framework.value) for a in apps] == [("client", "vite")]
