"""Rule tests for the causes a seventh blind-labelled set of real repositories showed, and the
named misses before it (issue 7): Node workspaces, .NET, JVM, PHP and Ruby."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, pkg

PNPM = "packages:\n  - 'apps/*'\n  - 'packages/*'\n"


def _workspace(root_scripts: dict[str, str], **packages: str) -> dict[str, str]:
    files = {
        "package.json": pkg(name="root", private=True, scripts=root_scripts),
        "pnpm-workspace.yaml": PNPM,
    }
    files.update({f"{folder}/package.json": text for folder, text in packages.items()})
    return files


def _next(name: str) -> str:
    return pkg(
        name=name, scripts={"dev": "next dev", "start": "next start"}, dependencies={"next": "15"}
    )


def _worker(name: str) -> str:
    return pkg(name=name, scripts={"start": "node src/index.mjs"}, dependencies={"bullmq": "5"})


def test_a_root_dev_script_that_filters_one_package_runs_only_that_one() -> None:
    files = _workspace(
        {"dev": "turbo dev --filter=./apps/web", "worker": "pnpm --filter @x/worker start"},
        **{"apps/web": _next("@x/web"), "apps/worker": _worker("@x/worker")},
    )
    assert [a["path"] for a in apps_of(files).values()] == ["apps/web"]


def test_a_root_dev_colon_script_adds_the_package_it_filters() -> None:
    files = _workspace(
        {"dev": "turbo dev --filter=@x/web", "dev:api": "turbo dev --filter=@x/api"},
        **{"apps/web": _next("@x/web"), "apps/api": _next("@x/api")},
    )
    assert sorted(a["path"] for a in apps_of(files).values()) == ["apps/api", "apps/web"]


def test_packages_a_root_dev_script_excludes_are_not_apps() -> None:
    files = _workspace(
        {"dev": "pnpm start:dev", "start:dev": "pnpm -r --parallel --filter=!@x/e2e dev"},
        **{"apps/web": _next("@x/web"), "apps/e2e": _next("@x/e2e")},
    )
    assert [a["path"] for a in apps_of(files).values()] == ["apps/web"]


def test_a_package_whose_dev_the_root_runs_only_builds_is_not_an_app() -> None:
    elements = pkg(name="@x/elements", scripts={"dev": "tsup --watch", "start": "web-dev-server"})
    files = _workspace(
        {"dev": "pnpm -r --parallel dev"},
        **{"apps/web": _next("@x/web"), "apps/elements": elements},
    )
    assert [a["path"] for a in apps_of(files).values()] == ["apps/web"]


def test_a_root_dev_script_the_filters_are_not_read_from_leaves_every_package() -> None:
    files = _workspace(
        {"dev": 'concurrently "pnpm run a" "pnpm run b"', "start": "pnpm --filter @x/web start"},
        **{"apps/web": _next("@x/web"), "apps/api": _next("@x/api")},
    )
    assert sorted(a["path"] for a in apps_of(files).values()) == ["apps/api", "apps/web"]


def test_a_vite_app_the_root_runs_by_filter_is_not_a_library_of_its_importer() -> None:
    vite = {"dev": "vite"}
    files = _workspace(
        {"dev": "pnpm -r --filter=!@x/e2e dev"},
        **{
            "packages/account": pkg(
                name="@x/account",
                scripts=vite,
                devDependencies={"vite": "5"},
                dependencies={"@x/experience": "workspace:^"},
            ),
            "packages/experience": pkg(
                name="@x/experience", scripts=vite, devDependencies={"vite": "5"}
            ),
        },
    )
    assert sorted(a["path"] for a in apps_of(files).values()) == [
        "packages/account",
        "packages/experience",
    ]


WEB_CSPROJ = '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup></PropertyGroup></Project>'
EXE_CSPROJ = (
    '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType>'
    "</PropertyGroup></Project>"
)


def test_a_console_tool_beside_a_web_project_is_not_an_app() -> None:
    files = {
        "src/Shop.slnx": "<Solution />",
        "src/Host/Shop.Api/Shop.Api.csproj": WEB_CSPROJ,
        "src/Host/Shop.DbMigrator/Shop.DbMigrator.csproj": EXE_CSPROJ,
        "src/Tools/Packer/Packer.csproj": EXE_CSPROJ,
        "src/Admin/Admin.csproj": EXE_CSPROJ.replace(
            "</Project>",
            '<ItemGroup><PackageReference Include="Spectre.Console.Cli" /></ItemGroup></Project>',
        ),
    }
    apps = apps_of(files)
    assert [a["main_package"] for a in apps.values()] == ["./Host/Shop.Api"]


def test_a_solution_in_src_builds_from_src_though_global_json_sits_above() -> None:
    files = {
        "global.json": '{"sdk": {"version": "8.0.100"}}',
        "src/Shop.slnx": "<Solution />",
        "src/Directory.Packages.props": "<Project />",
        "src/Api/Api.csproj": WEB_CSPROJ,
    }
    assert [a["path"] for a in apps_of(files).values()] == ["src"]
