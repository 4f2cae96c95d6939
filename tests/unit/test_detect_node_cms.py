"""Rule tests for headless CMS and commerce servers (Strapi, Medusa): products a Node app is
built on, run by their own CLI on their own port, with the database they require."""

from __future__ import annotations

from tests.unit.detect_helpers import pkg, plan_of


def test_strapi_runs_strapi_develop_on_its_port() -> None:
    # strapi/foodadvisor's api: `develop: strapi develop`, PORT=1337 in .env.example.
    scripts = {"develop": "strapi develop", "start": "strapi start", "build": "strapi build"}
    files = {"package.json": pkg(scripts=scripts, dependencies={"@strapi/strapi": "4"})}
    app = plan_of(files)["plan"].apps[0]
    assert (app.finding.framework.value, app.port and app.port.value) == ("none", 1337)
    assert app.finding.command and app.finding.command.value == "npm run develop"
    env = plan_of({**files, ".env.example": "HOST=0.0.0.0\nPORT=1338\n"})["plan"].apps[0]
    assert env.port and env.port.value == 1338


def test_medusa_serves_on_9000_with_postgres_beside_its_admin_bundler() -> None:
    # medusajs/medusa-starter-default: vite is a devDependency for the admin build.
    data = pkg(
        scripts={"dev": "medusa develop", "start": "medusa start"},
        dependencies={"@medusajs/medusa": "2", "@medusajs/framework": "2"},
        devDependencies={"vite": "5"},
    )
    plan = plan_of({"package.json": data})["plan"]
    assert [(a.finding.path, a.port and a.port.value) for a in plan.apps] == [(".", 9000)]
    assert [s.name for s in plan.services] == ["postgres"]
