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


def test_a_prisma_schema_on_sqlite_is_an_embedded_default_beside_sql_drivers() -> None:
    # Shaped like anything-llm: server/ keeps its data in SQLite through Prisma (a commented
    # PostgreSQL datasource is the option); mssql, mysql2 and pg serve an agent's SQL tool.
    schema = (
        '// datasource db {\n//   provider = "postgresql"\n// }\n'
        'datasource db {\n  provider = "sqlite"\n  url = "file:../storage/app.db"\n}\n'
    )
    package = (
        '{"dependencies": {"express": "4", "@prisma/client": "5", "mssql": "10", "pg": "8",'
        ' "mysql2": "3"}, "scripts": {"start": "node index.js"}}'
    )
    files = {"server/package.json": package, "server/prisma/schema.prisma": schema}
    assert plan_of(files)["plan"].services == ()
    served = {**files, "server/prisma/schema.prisma": schema.replace('"sqlite"', '"postgresql"')}
    assert [s.name for s in plan_of(served)["plan"].services] == ["postgres"]


def test_a_root_whose_dev_script_cds_into_each_app_folder_is_not_an_app() -> None:
    # Shaped like anything-llm: no workspaces, the root's dev runs `cd server && yarn dev`
    # and `cd frontend && yarn dev` through concurrently.
    root = (
        '{"scripts": {"dev:server": "cd server && yarn dev", "dev:frontend": "cd frontend && '
        'yarn dev", "dev": "npx concurrently \\"yarn dev:server\\" \\"yarn dev:frontend\\""}}'
    )
    files = {
        "package.json": root,
        "server/package.json": '{"dependencies": {"express": "4"}, "scripts": {"dev": "nodemon '
        'index.js"}}',
        "frontend/package.json": '{"devDependencies": {"vite": "5"}, "scripts": {"dev": "vite"}}',
    }
    assert sorted(a.finding.path for a in plan_of(files)["plan"].apps) == ["frontend", "server"]


def test_a_symfony_micro_kernel_served_from_its_root_index_is_symfony() -> None:
    # Shaped like robot-shop's ratings: framework-bundle, no bin/console, the Kernel class
    # in src/ and an index.php at the root that hands each request to it.
    index = "<?php\n$kernel = new Kernel('dev', true);\n$response = $kernel->handle($request);\n"
    files = {
        "ratings/composer.json": '{"require": {"symfony/framework-bundle": "^5.2"}}',
        "ratings/index.php": index,
        "ratings/src/Kernel.php": "<?php\nclass Kernel {}\n",
    }
    spec = plan_of(files)["spec"]["apps"]
    assert [a["framework"] for a in spec.values()] == ["symfony"]
    plain = {k: v for k, v in files.items() if k != "ratings/src/Kernel.php"}
    assert [a.get("framework") for a in plan_of(plain)["spec"]["apps"].values()] == [None]


def test_a_locust_load_generator_is_not_an_app() -> None:
    # Shaped like microservices-demo's loadgenerator: pip-compiled requirements list flask
    # (Locust's web UI) beside locust, and the folder holds only a locustfile.
    files = {
        "src/loadgenerator/requirements.txt": "flask==3.0\nlocust==2.20\n",
        "src/loadgenerator/locustfile.py": "from locust import HttpUser\n",
        "src/api/requirements.txt": "flask==3.0\n",
        "src/api/app.py": "from flask import Flask\napp = Flask(__name__)\n",
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["src/api"]


def test_an_aspnet_projects_dockerfile_env_gives_its_port_without_launch_settings() -> None:
    # Shaped like microservices-demo's cartservice: no launchSettings.json, and the image
    # sets ASPNETCORE_HTTP_PORTS=7070.
    files = {
        "cart/cart.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
        "cart/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n"
        "ENV DOTNET_EnableDiagnostics=0 \\\n    ASPNETCORE_HTTP_PORTS=7070\n",
    }
    assert [a["port"] for a in plan_of(files)["spec"]["apps"].values()] == [7070]
    urls = {**files, "cart/Dockerfile": "ENV ASPNETCORE_URLS=http://*:5100\n"}
    assert [a["port"] for a in plan_of(urls)["spec"]["apps"].values()] == [5100]


def test_a_makefiles_dev_targets_name_the_go_commands_a_developer_runs() -> None:
    # Shaped like beszel: one module, two main packages under internal/cmd; the Makefile's
    # dev-hub and dev-agent targets `go run` each (one by its import path), and no compose
    # file builds them.
    main = "package main\n\nfunc main() {}\n"
    makefile = (
        "build:\n\tgo build ./...\n"
        "dev-hub:\n\tcd ./internal/cmd/hub && go run -tags development . serve --http "
        "0.0.0.0:8090\n"
        "dev-agent:\n\tgo run $(TAGS) example.com/mon/internal/cmd/agent\n"
    )
    files = {
        "go.mod": "module example.com/mon\n\ngo 1.22\n",
        "internal/cmd/hub/main.go": main,
        "internal/cmd/agent/main.go": main,
        "Makefile": makefile,
    }
    apps = plan_of(files)["spec"]["apps"].values()
    found = sorted((a["main_package"], a.get("port")) for a in apps)
    assert found == [("./internal/cmd/agent", None), ("./internal/cmd/hub", 8090)]
    built = {**files, "Makefile": makefile.replace("dev-", "build-")}
    assert len(plan_of(built)["spec"]["apps"]) == 1


def test_a_node_server_reading_port_without_default_serves_where_its_dockerfile_exposes() -> None:
    # Shaped like microservices-demo's currencyservice: `const PORT = process.env.PORT`
    # (the manifests set it), and the service's own image exposes 7000.
    files = {
        "currency/package.json": '{"dependencies": {"@grpc/grpc-js": "1"}, "main": "server.js"}',
        "currency/server.js": "const PORT = process.env.PORT;\nserver.bind(`0.0.0.0:${PORT}`);\n",
        "currency/Dockerfile": 'FROM node:20\nEXPOSE 7000\nENTRYPOINT ["node", "server.js"]\n',
    }
    assert [a["port"] for a in plan_of(files)["spec"]["apps"].values()] == [7000]
    two = {**files, "currency/Dockerfile": "FROM node:20\nEXPOSE 7000\nEXPOSE 9464\n"}
    assert [a["port"] for a in plan_of(two)["spec"]["apps"].values()] == [3000]


def test_a_python_script_named_for_serving_is_the_entry_before_its_client() -> None:
    # Shaped like microservices-demo's emailservice: email_client.py and email_server.py
    # both run themselves; the server reads PORT with a default of 8080.
    guard = 'if __name__ == "__main__":\n    main()\n'
    files = {
        "email/requirements.txt": "grpcio\n",
        "email/email_client.py": "import grpc\n" + guard,
        "email/email_server.py": "import os\nport = os.environ.get('PORT', \"8080\")\n" + guard,
    }
    app = next(iter(plan_of(files)["spec"]["apps"].values()))
    assert (app["command"], app["port"]) == ("python email_server.py", 8080)


def test_a_dotnet_console_built_for_windows_only_is_not_an_app() -> None:
    # Shaped like beszel's agent/lhm: a net48, win-x64 console bridge to a Windows library.
    project = (
        '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType>'
        "<TargetFramework>net48</TargetFramework><RuntimeIdentifier>win-x64</RuntimeIdentifier>"
        "</PropertyGroup></Project>"
    )
    assert plan_of({"agent/lhm/lhm.csproj": project})["plan"].apps == ()
    portable = project.replace("net48", "net8.0").replace("<RuntimeIdentifier>win-x64", "<X>")
    portable = portable.replace("</RuntimeIdentifier>", "</X>")
    assert len(plan_of({"agent/lhm/lhm.csproj": portable})["plan"].apps) == 1


def test_a_vite_package_beside_an_aspnet_project_file_bundles_its_assets() -> None:
    # Shaped like pitstop's src/WebApp: WebApp.csproj and a package.json whose vite builds
    # into the project's wwwroot; a SPA in a folder of its own still runs beside.
    web = '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'
    vite = '{"scripts": {"dev": "vite"}, "devDependencies": {"vite": "5"}}'
    files = {
        "src/app.sln": "",
        "src/WebApp/WebApp.csproj": web,
        "src/Api/Api.csproj": web,
        "src/WebApp/package.json": vite,
    }
    langs = sorted(a.finding.language.value for a in plan_of(files)["plan"].apps)
    assert langs == ["dotnet", "dotnet"]
    spa = {**{k: v for k, v in files.items() if k != "src/WebApp/package.json"}}
    spa["src/ClientApp/package.json"] = vite
    langs = sorted(a.finding.language.value for a in plan_of(spa)["plan"].apps)
    assert langs == ["dotnet", "dotnet", "node"]
