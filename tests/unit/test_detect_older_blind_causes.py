"""Rule tests for the causes older blind-labelled sets of real repositories showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, pkg, services_of
from tests.unit.test_detect_rules import app_of, plan_of

GO_MOD = "module example.com/x\n\ngo 1.22\n"


def test_a_go_app_listens_where_its_json_config_says() -> None:
    config = (
        '{\n  "admin_server": {\n    "listen_url": "127.0.0.1:3333"\n  },\n'
        '  "phish_server": {\n    "listen_url": "0.0.0.0:80"\n  }\n}\n'
    )
    files = {"go.mod": GO_MOD, "main.go": "package main\n", "config.json": config}
    assert app_of(files)["port"] == 3333


def test_a_node_port_default_in_a_config_module_is_the_port() -> None:
    config = (
        "db: { port: parseEnvVarNumber(process.env.DATABASE_PORT, 5432) },\n"
        "server: { port: parseEnvVarNumber(process.env.HTTP_PORT || process.env.PORT, 4242) },\n"
    )
    files = {
        "package.json": pkg(name="x", scripts={"dev": "node src/server.js"}),
        "src/server.js": "import { start } from './lib/server-impl.js';\n",
        "src/lib/create-config.ts": config,
    }
    assert app_of(files)["port"] == 4242


def test_a_cli_flag_default_for_the_port_beats_an_unrelated_field_literal() -> None:
    flags = '\t\tFlag: cli.IntFlag{\n\t\t\tName:   "http-port, port",\n\t\t\tValue:  2342,\n'
    files = {
        "go.mod": GO_MOD,
        "cmd/x/main.go": "package main\n",
        "internal/config/test.go": "\t\tAutoImport:      7200,\n",
        "internal/config/flags.go": flags,
    }
    assert app_of(files)["port"] == 2342


def test_an_import_setting_is_no_port() -> None:
    files = {
        "go.mod": GO_MOD,
        "main.go": "package main\n",
        "internal/config/defaults.go": "\t\tAutoImport: 7200,\n\t\tHttpPort: 8081,\n",
    }
    assert app_of(files)["port"] == 8081


QUEUE_COMPOSE = "services:\n  redis:\n    image: redis:7\n  minio:\n    image: minio/minio\n"


def test_a_service_the_env_example_only_comments_out_is_left_out() -> None:
    files = {
        "package.json": pkg(
            name="x",
            scripts={"dev": "node index.js"},
            dependencies={"express": "^4", "ioredis": "^5", "@aws-sdk/client-s3": "^3"},
        ),
        "index.js": "app.listen(3000)\n",
        ".env.example": "PORT=3000\n# REDIS_URL=redis://localhost:6379\n"
        "# OBJECT_STORE_ACCESS_KEY_ID=minioadmin\n",
        "docker/docker-compose.yml": QUEUE_COMPOSE,
    }
    assert services_of(files) == []


def test_a_service_with_a_live_env_line_stays() -> None:
    files = {
        "package.json": pkg(
            name="x", scripts={"dev": "node index.js"}, dependencies={"ioredis": "^5"}
        ),
        "index.js": "app.listen(3000)\n",
        ".env.example": "REDIS_HOST=localhost\n# REDIS_HOST_PORT=16379\n",
        "docker/docker-compose.yml": QUEUE_COMPOSE,
    }
    assert services_of(files) == ["redis"]


DJANGO = {
    "engine/requirements.txt": "django==4.2\npsycopg2==2.9\nmysqlclient==2.2\nredis==5.0\n",
    "engine/manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")\n',
    "engine/settings/base.py": 'REDIS_URI = os.getenv("REDIS_URI")\n',
}
PROFILED = (
    "services:\n  engine:\n    build: ./engine\n  redis:\n    image: redis:7\n"
    "  postgres:\n    image: postgres:14\n    profiles:\n      - postgres\n"
    "  mysql:\n    image: mysql:8\n    profiles: [mysql]\n"
)


def test_databases_behind_a_compose_profile_are_options() -> None:
    files = {**DJANGO, "docker-compose-developer.yml": PROFILED}
    assert services_of(files) == ["redis"]


def test_a_compose_variant_named_for_its_database_offers_an_option() -> None:
    variant = "services:\n  mysql:\n    image: mysql:8\n  redis:\n    image: redis:7\n"
    files = {
        **DJANGO,
        "docker-compose.yml": "services:\n  redis:\n    image: redis:7\n",
        "docker-compose-mysql-rabbitmq.yml": variant,
    }
    assert "mysql" not in services_of(files)


def test_the_developer_env_example_under_dev_gives_the_runserver_port() -> None:
    files = {**DJANGO, "dev/.env.dev.example": "RUNSERVER_PORT=8080\nSECRET_KEY=\n"}
    assert app_of(files)["port"] == 8080


def test_a_root_env_example_bare_port_is_not_a_subfolder_apps() -> None:
    files = {**DJANGO, ".env.example": "PORT=3000\n"}
    assert app_of(files)["port"] == 8000


def test_a_package_that_watches_a_build_and_serves_its_dist_is_no_app() -> None:
    plugin = pkg(
        name="plugin",
        scripts={
            "dev": "NODE_ENV=development webpack -w -c ./webpack.config.ts",
            "start": "pnpm watch",
            "serve": "serve -p 3001 ./dist",
        },
        dependencies={"react": "^18"},
    )
    files = {**DJANGO, "plugin/package.json": plugin}
    assert list(apps_of(files)) == ["engine"]


def test_a_go_module_built_on_a_plugin_sdk_is_no_server() -> None:
    go_mod = GO_MOD + "\nrequire github.com/grafana/grafana-plugin-sdk-go v0.271.0\n"
    files = {**DJANGO, "plugin/go.mod": go_mod, "plugin/pkg/main.go": "package main\n"}
    assert list(apps_of(files)) == ["engine"]


WORKSPACE = {
    "package.json": pkg(name="root", private=True),
    "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n  - 'enterprise/packages/*'\n",
}


def test_a_package_whose_start_runs_its_build_watch_is_a_library() -> None:
    billing = pkg(
        name="@x/ee-billing", main="dist/index.js", scripts={"start": "npm run build:watch"}
    )
    api = pkg(
        name="api", scripts={"dev": "nest start --watch"}, dependencies={"@nestjs/core": "^10"}
    )
    files = {**WORKSPACE, "enterprise/packages/billing/package.json": billing}
    files["apps/api/package.json"] = api
    assert list(apps_of(files)) == ["api"]


def test_yarn_nohoist_workspaces_do_not_make_a_workspace_root() -> None:
    widget = pkg(
        name="widget",
        workspaces={"nohoist": ["**/react-scripts"]},
        scripts={"start": "react-app-rewired start", "start:dev": "cross-env PORT=4500 pnpm start"},
        devDependencies={"react-scripts": "5.0.1"},
    )
    apps = apps_of({**WORKSPACE, "apps/widget/package.json": widget})
    assert list(apps) == ["widget"]
    assert apps["widget"]["port"] == 4500


def test_the_framework_the_start_script_runs_beats_a_server_library() -> None:
    dashboard = pkg(
        name="dashboard",
        scripts={"start": "vite", "dev": "pnpm start", "serve:prod": "pm2 start proxy-server.js"},
        dependencies={"express": "^4.21.0"},
        devDependencies={"vite": "^5"},
    )
    apps = apps_of({**WORKSPACE, "apps/dashboard/package.json": dashboard})
    assert apps["dashboard"]["framework"] == "vite"


MONO = {
    "package.json": pkg(name="root", private=True),
    "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n",
    "packages/server/package.json": pkg(
        name="server",
        scripts={"dev": "nodemon src/index.ts"},
        dependencies={"express": "^4", "ui": "workspace:^"},
    ),
    "packages/server/src/index.ts": "app.listen(process.env.PORT || 3000)\n",
}


def test_health_probes_and_api_docs_servers_are_not_apps() -> None:
    docs = pkg(
        name="api-docs",
        scripts={"start": "node dist/index.js"},
        dependencies={"swagger-ui-express": "^5"},
    )
    probe = pkg(name="probe", main="healthcheck.js", scripts={"start": "node healthcheck.js"})
    files = {
        **MONO,
        "packages/api-documentation/package.json": docs,
        "docker/worker/healthcheck/package.json": probe,
        "docker/worker/healthcheck/healthcheck.js": "app.listen(3000)\n",
    }
    assert list(apps_of(files)) == ["server"]


def test_a_front_end_only_servers_depend_on_runs_its_own_dev_server() -> None:
    ui = pkg(
        name="ui",
        scripts={"dev": "vite", "start": "vite", "build": "vite build"},
        dependencies={"react": "^18", "react-scripts": "^5.0.1"},
        devDependencies={"vite": "^5"},
    )
    files = {**MONO, "packages/ui/package.json": ui, "packages/ui/.env.example": "VITE_PORT=8080\n"}
    apps = apps_of(files)
    assert sorted(apps) == ["server", "ui"]
    assert (apps["ui"]["framework"], apps["ui"]["port"]) == ("vite", 8080)


def test_a_front_end_another_front_end_imports_stays_a_library() -> None:
    common = pkg(name="common", scripts={"dev": "vite"}, devDependencies={"vite": "^5"})
    web = pkg(name="web", scripts={"dev": "vite"}, dependencies={"common": "workspace:^"})
    files = {
        **MONO,
        "packages/common/package.json": common,
        "packages/web/package.json": web,
    }
    assert "common" not in apps_of(files)


def _next_app(dev: str) -> dict[str, str]:
    scripts = {"dev": dev, "dev:next": "next dev", "db-server:file": "pglite-server --db=local.db"}
    return {
        "package.json": pkg(
            name="x",
            scripts=scripts,
            dependencies={"next": "^15", "pg": "^8", "drizzle-orm": "^0.40"},
        ),
        ".env": "DATABASE_URL=postgresql://postgres:postgres@localhost:5432/postgres\n",
    }


def test_a_dev_script_that_starts_pglite_needs_no_postgres_container() -> None:
    assert services_of(_next_app("run-p db-server:file dev:*")) == []


def test_a_pglite_script_the_dev_script_does_not_run_keeps_postgres() -> None:
    assert services_of(_next_app("next dev")) == ["postgres"]


POM = (
    "<project><parent><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
    "</dependency></dependencies></project>\n"
)


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


def test_a_config_module_production_port_default_is_not_the_dev_port() -> None:
    files = {
        "package.json": pkg(
            name="x", scripts={"dev": "node server/index.js"}, dependencies={"express": "^4"}
        ),
        "server/index.js": "require('./core/config')\n",
        "server/core/config.js": "port: process.env.PORT || 80,\n",
    }
    assert app_of(files)["port"] == 3000


def test_compose_profiles_the_env_example_turns_on_start_their_databases() -> None:
    compose = 'services:\n  postgres:\n    image: postgres:16\n    profiles: ["postgres"]\n'
    files = {
        **DJANGO,
        "compose.yaml": compose,
        ".env.example": "export COMPOSE_PROFILES=postgres,redis,web\n",
    }
    assert "postgres" in services_of(files)


def test_an_app_in_the_apps_folder_that_another_app_imports_is_still_an_app() -> None:
    web = pkg(
        name="@x/web",
        scripts={"start": "PORT=4200 react-app-rewired start"},
        devDependencies={"react-scripts": "^5"},
    )
    dashboard = pkg(
        name="@x/dashboard",
        scripts={"start": "vite"},
        dependencies={"@x/web": "workspace:*"},
        devDependencies={"vite": "^5"},
    )
    files = {**WORKSPACE, "apps/web/package.json": web, "apps/dashboard/package.json": dashboard}
    assert sorted(apps_of(files)) == ["dashboard", "web"]
