"""Which projects of a .NET solution are apps: test suites named by kind and documentation
generators beside the web project are not."""

from __future__ import annotations

from tests.unit.detect_helpers import EXE_CSPROJ, WEB_CSPROJ, plan_of


def _apps(files: dict[str, str]) -> list[str | None]:
    plan = plan_of(files)["plan"]
    return [a.finding.main_package and a.finding.main_package.value for a in plan.apps]


def test_a_web_project_named_for_its_end_to_end_tests_is_not_an_app() -> None:
    # Shaped like AliasVault: Tests/App.E2ETests.Client.Server is the Sdk.Web host an
    # end-to-end suite drives, with no test package of its own.
    files = {
        "server/App.sln": "",
        "server/App.Api/App.Api.csproj": WEB_CSPROJ,
        "server/Tests/App.E2ETests.Client.Server/App.E2ETests.Client.Server.csproj": WEB_CSPROJ,
        "server/Tests/App.IntegrationTests/App.IntegrationTests.csproj": EXE_CSPROJ,
    }
    assert _apps(files) == ["./App.Api"]


def test_a_console_that_generates_docs_beside_the_web_project_is_not_an_app() -> None:
    # Shaped like osu-server-spectator: App.PublicAPIDocs is an Exe running docfx.
    files = {
        "App.sln": "",
        "App/App.csproj": WEB_CSPROJ,
        "App.PublicAPIDocs/App.PublicAPIDocs.csproj": EXE_CSPROJ,
    }
    assert _apps(files) == ["./App"]
