"""Rules blind batch b15 of full-stack applications (a back end and a front end in
separate folders) showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def _ports(files: dict[str, str]) -> dict[str, int | None]:
    plan = plan_of(files)["plan"]
    return {a.finding.path: (a.port.value if a.port else None) for a in plan.apps}


def test_a_fastapi_apps_own_dockerfile_cmd_names_its_port_without_compose() -> None:
    # Shaped like Azure's todo-python-mongo: src/api ships a Dockerfile whose CMD serves
    # the very FastAPI object on --port 3100, and no compose file builds it.
    files = {
        "src/api/requirements.txt": "fastapi\nuvicorn\n",
        "src/api/todo/__init__.py": "",
        "src/api/todo/app.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "src/api/Dockerfile": (
            "FROM python:3.11\nCOPY ./todo /code/todo\n"
            'CMD ["uvicorn", "todo.app:app", "--host", "0.0.0.0", "--port", "3100"]\n'
        ),
    }
    assert _ports(files)["src/api"] == 3100
    other = {**files, "src/api/Dockerfile": files["src/api/Dockerfile"].replace("todo.app", "x.y")}
    assert _ports(other)["src/api"] == 8000


def test_a_create_react_app_proxying_to_its_server_is_an_app_inside_the_servers_folder() -> None:
    # Shaped like dockersamples' atsea shop: app/ is a Spring Boot app, app/react-app a
    # CRA whose `proxy` forwards to it; without the proxy it stays part of the server.
    pom = (
        "<project><parent><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent>"
        "<artifactId>shop</artifactId><dependencies><dependency>"
        "<groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>"
    )
    package = (
        '{"name": "shop-ui", "proxy": "http://localhost:8080",'
        ' "scripts": {"start": "react-scripts start"},'
        ' "dependencies": {"react": "^18.0.0"}, "devDependencies": {"react-scripts": "^5.0.0"}}'
    )
    files = {"app/pom.xml": pom, "app/react-app/package.json": package}
    assert sorted(_ports(files)) == ["app", "app/react-app"]
    unproxied = package.replace('"proxy": "http://localhost:8080",', "")
    assert sorted(_ports({**files, "app/react-app/package.json": unproxied})) == ["app"]


def test_frameworkless_scripts_in_code_generator_and_dataset_folders_are_not_apps() -> None:
    # Shaped like Shuffle's backend/app_gen/python-lib (a generator script) and
    # Open-Assistant's data/datasets/<name> (dataset preparation scripts).
    script = 'if __name__ == "__main__":\n    print("x")\n'
    files = {
        "backend/app_gen/python-lib/requirements.txt": "pyyaml\n",
        "backend/app_gen/python-lib/generator.py": script,
        "data/datasets/qa/requirements.txt": "pandas\n",
        "data/datasets/qa/prepare.py": script,
        "api/requirements.txt": "flask\n",
        "api/app.py": "from flask import Flask\napp = Flask(__name__)\n",
    }
    assert sorted(_ports(files)) == ["api"]


def test_a_node_servers_port_default_yields_to_the_env_port_its_built_image_sets() -> None:
    # Shaped like example-voting-app: result/server.js listens on `process.env.PORT || 4000`
    # and the Dockerfile compose builds it from sets `ENV PORT=80`.
    files = {
        "docker-compose.yml": "services:\n  result:\n    build: ./result\n",
        "result/package.json": '{"name": "result", "dependencies": {"express": "4"}}',
        "result/server.js": "var port = process.env.PORT || 4000;\nserver.listen(port);\n",
        "result/Dockerfile": 'FROM node:18\nENV PORT=80\nCMD ["node", "server.js"]\n',
    }
    assert _ports(files)["result"] == 80
    # A constant, not a read of PORT, keeps its own value.
    constant = {**files, "result/server.js": "const PORT = 4000;\nserver.listen(PORT);\n"}
    assert _ports(constant)["result"] == 4000


def test_a_django_launchers_runserver_address_is_its_port() -> None:
    # Shaped like MaxKB: main.py at the top runs `call_command('runserver', '0.0.0.0:8080')`.
    files = {
        "requirements.txt": "django\n",
        "manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
        "site/settings.py": "",
        "main.py": "management.call_command('runserver', \"0.0.0.0:8080\")\n",
    }
    assert _ports(files)["."] == 8080
    assert _ports({k: v for k, v in files.items() if k != "main.py"})["."] == 8000


def test_a_vite_apps_env_files_sit_in_the_envdir_its_config_names() -> None:
    # Shaped like MaxKB's ui: `const envDir = './env'` in vite.config.ts, and env/.env sets
    # VITE_APP_PORT=3000, which server.port reads.
    files = {
        "ui/package.json": '{"scripts": {"dev": "vite"}, "devDependencies": {"vite": "5"}}',
        "ui/vite.config.ts": "const envDir = './env'\n  server: {\n    port: Number(x),\n",
        "ui/env/.env": "VITE_APP_PORT=3000\n",
    }
    assert _ports(files)["ui"] == 3000
