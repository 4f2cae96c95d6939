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
