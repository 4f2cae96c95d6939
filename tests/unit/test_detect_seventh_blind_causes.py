"""Rule tests for the causes a seventh blind-labelled set of real repositories showed, and the
named misses before it (issue 7): Node workspaces, .NET, JVM, PHP and Ruby."""

from __future__ import annotations

from tests.unit.test_detect_fourth_pass import paths_of
from tests.unit.test_detect_real_causes import apps_of, pkg, services_of

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


def _vite(name: str, dev: str = "vite") -> str:
    return pkg(
        name=name, scripts={"dev": dev, "build": "vite build"}, devDependencies={"vite": "5"}
    )


def test_a_suffixed_copy_of_a_front_end_in_another_framework_is_not_a_second_app() -> None:
    files = {
        "src/Web/ClientApp/package.json": pkg(
            name="app", scripts={"start": "ng serve"}, devDependencies={"@angular/cli": "17"}
        ),
        "src/Web/ClientApp-React/package.json": _vite("app-react"),
        "src/Api-Gateway/package.json": _next("gateway"),
        "src/Api/package.json": _next("api"),
    }
    paths = sorted(a["path"] for a in apps_of(files).values())
    assert paths == ["src/Api", "src/Api-Gateway", "src/Web/ClientApp"]


def test_an_astro_landing_site_in_a_workspace_is_not_an_app() -> None:
    landing = pkg(name="@x/landing", scripts={"dev": "astro dev"}, dependencies={"astro": "5"})
    files = _workspace(
        {"dev": "turbo dev --parallel"},
        **{"apps/web": _next("@x/web"), "apps/landing": landing},
    )
    assert [a["path"] for a in apps_of(files).values()] == ["apps/web"]


def test_a_client_sdk_folder_is_not_an_app() -> None:
    sdk = pkg(name="sdk", scripts={"dev": "preact watch"}, dependencies={"preact": "10"})
    files = {"frontend/package.json": _vite("frontend"), "sdk/package.json": sdk}
    assert [a["path"] for a in apps_of(files).values()] == ["frontend"]


def test_a_vite_port_in_the_dev_script_or_vite_config_is_the_port() -> None:
    config = (
        "export default defineConfig({\n  server: {\n    port: 5004,\n"
        "    hmr: { port: 6004 },\n  },\n});\n"
    )
    files = {
        "admin/package.json": _vite("admin", "vite --port 5174"),
        "account/package.json": _vite("account"),
        "account/vite.config.ts": config,
    }
    apps = {a["path"]: a["port"] for a in apps_of(files).values()}
    assert apps == {"admin": 5174, "account": 5004}


def test_spring_cloud_bus_amqp_needs_rabbitmq() -> None:
    pom = (
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<dependencies><dependency><groupId>org.springframework.cloud</groupId>"
        "<artifactId>spring-cloud-starter-bus-amqp</artifactId></dependency>"
        "<dependency><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>"
    )
    assert services_of({"pom.xml": pom}) == ["rabbitmq"]


def test_a_laravel_s3_disk_with_minio_in_compose_needs_minio() -> None:
    composer = '{"require": {"laravel/framework": "^11.0", "league/flysystem-aws-s3-v3": "^3.0"}}'
    files = {
        "composer.json": composer,
        "artisan": "",
        ".env.example": "DB_CONNECTION=sqlite\nFILESYSTEM_DISK=s3\n",
        "docker-compose.yml": "services:\n  minio:\n    image: minio/minio\n",
    }
    assert "minio" in services_of(files)


def test_a_rails_app_whose_gemfile_loads_its_gemspec_is_rails() -> None:
    files = {
        "Gemfile": "source 'https://rubygems.org'\n"
        "spec = Gem::Specification.load(File.expand_path('crm.gemspec', __dir__))\n"
        "gem 'pg'\n",
        "crm.gemspec": "Gem::Specification.new do |gem|\n"
        "  gem.add_dependency 'rails', '>= 7.1'\nend\n",
        "config/application.rb": "module Crm\n  class Application < Rails::Application\n",
        "config.ru": "run Rails.application\n",
    }
    app = next(iter(apps_of(files).values()))
    assert app["framework"] == "rails" and app["port"] == 3000


def test_a_workspace_root_that_serves_its_own_ui_with_vite_plus_is_an_app() -> None:
    ui = pkg(
        name="console",
        workspaces=["packages/*"],
        scripts={"dev": "vp dev . --host", "build": "vp build"},
        dependencies={"vue": "3", "@x/components": "workspace:*"},
        devDependencies={"vite": "7", "vite-plus": "0.1"},
    )
    kit = pkg(name="@x/bundler-kit", scripts={"dev": "vp pack --watch", "build": "vp pack"})
    files = {"ui/package.json": ui, "ui/packages/bundler-kit/package.json": kit}
    apps = apps_of(files)
    assert [(a["path"], a["framework"]) for a in apps.values()] == [("ui", "vite")]


def test_a_next_export_copied_into_the_server_package_is_its_assets() -> None:
    web = pkg(
        name="web",
        scripts={"dev": "next dev", "export": "next build && cp -r out/ ../../app/interface/built"},
        dependencies={"next": "14"},
    )
    files = {
        "pyproject.toml": '[project]\nname = "app"\ndependencies = ["fastapi", "uvicorn"]\n',
        "src/app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "src/interface/web/package.json": web,
    }
    assert paths_of(files) == ["."]


def test_package_references_in_directory_props_belong_to_every_project_below() -> None:
    props = '<Project><ItemGroup><PackageReference Include="System.Data.SqlClient" />'
    props += '<PackageVersion Include="Npgsql" Version="8" /></ItemGroup></Project>'
    files = {
        "src/Shop.sln": "",
        "src/Directory.Packages.props": props,
        "src/Api/Api.csproj": WEB_CSPROJ,
    }
    assert services_of(files) == ["sqlserver"]


def test_pg_protocol_is_a_postgres_client() -> None:
    files = {
        "package.json": pkg(
            name="core", scripts={"start": "node ."}, dependencies={"koa": "2", "pg-protocol": "1"}
        )
    }
    assert services_of(files) == ["postgres"]


def test_rails_bin_dev_gives_foreman_its_port() -> None:
    files = {
        "Gemfile": "source 'https://rubygems.org'\ngem 'rails'\n",
        "config/application.rb": "module X\n  class Application < Rails::Application\n",
        "config.ru": "run Rails.application\n",
        "bin/dev": '#!/usr/bin/env sh\nexport PORT="${PORT:-3214}"\nexec foreman start\n',
    }
    assert next(iter(apps_of(files).values()))["port"] == 3214
