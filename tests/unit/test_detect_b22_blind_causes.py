"""Rules blind batch b22 of monorepos and multi-service repositories (services in folders,
workspace packages, a back end beside a front end) showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def test_a_projects_own_package_reference_to_a_sibling_brings_that_siblings_services() -> None:
    # Shaped like pitstop: each service takes the repository's messaging library by its
    # package id (a PackageReference, not a ProjectReference); the library uses RabbitMQ.
    files = {
        "src/app.sln": "",
        "src/Messaging/Messaging.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>'
        "<AssemblyName>Shop.Messaging</AssemblyName></PropertyGroup><ItemGroup>"
        '<PackageReference Include="RabbitMQ.Client" /></ItemGroup></Project>',
        "src/Worker/Worker.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>'
        "<OutputType>Exe</OutputType></PropertyGroup><ItemGroup>"
        '<PackageReference Include="Shop.Messaging" /></ItemGroup></Project>',
    }
    plan = plan_of(files)["plan"]
    assert [s.name for s in plan.services] == ["rabbitmq"]
    other = {**files, "src/Messaging/Messaging.csproj": files["src/Messaging/Messaging.csproj"]}
    other["src/Worker/Worker.csproj"] = other["src/Worker/Worker.csproj"].replace("Shop.", "X.")
    assert plan_of(other)["plan"].services == ()
