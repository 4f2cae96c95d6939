"""Which modules of a Maven reactor are apps: a library two steps from the module that runs
it, and a module its aggregator no longer lists."""

from __future__ import annotations

from tests.unit.detect_helpers import plan_of


def _pom(artifact: str, *uses: str, boot: bool = False, parent: str = "root") -> str:
    deps = "".join(f"<dependency><artifactId>{u}</artifactId></dependency>" for u in uses)
    if boot:
        deps += "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>"
    else:
        deps += "<dependency><groupId>org.springframework.boot</groupId>"
        deps += "<artifactId>spring-boot-starter</artifactId></dependency>"
    return (
        f"<project><parent><artifactId>{parent}</artifactId></parent>"
        f"<artifactId>{artifact}</artifactId><dependencies>{deps}</dependencies>"
        "<build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId>"
        "</plugin></plugins></build></project>"
        if boot
        else f"<project><parent><artifactId>{parent}</artifactId></parent>"
        f"<artifactId>{artifact}</artifactId><dependencies>{deps}</dependencies></project>"
    )


def _aggregator(*modules: str, commented: str = "", name: str = "root") -> str:
    listed = "".join(f"<module>{m}</module>" for m in modules)
    hidden = f"<!-- <module>{commented}</module> -->" if commented else ""
    parent = "<parent><artifactId>root</artifactId></parent>" if name != "root" else ""
    return (
        f"<project>{parent}<artifactId>{name}</artifactId><packaging>pom</packaging>"
        f"<modules>{listed}{hidden}</modules></project>"
    )


def _main_packages(files: dict[str, str]) -> list[str]:
    apps = plan_of(files)["plan"].apps
    return sorted(a.finding.main_package.value for a in apps if a.finding.main_package)


def test_a_library_of_a_library_the_app_uses_is_part_of_the_app() -> None:
    # Shaped like jetlinks-community: notify-email (with Spring Boot's starter) is used by
    # notify-manager, a library too, which jetlinks-standalone runs with.
    files = {
        "pom.xml": _aggregator("standalone", "manager", "email"),
        "standalone/pom.xml": _pom("standalone", "manager", boot=True),
        "manager/pom.xml": _pom("manager", "email"),
        "email/pom.xml": _pom("email"),
    }
    assert _main_packages(files) == ["./standalone"]


def test_a_module_its_aggregator_lists_only_in_a_comment_is_not_built() -> None:
    # Shaped like ruoyi-vue-pro: `<!-- <module>yudao-module-iot</module> -->` at the root
    # leaves the IoT gateway (a Spring Boot app of its own) out of the build.
    files = {
        "pom.xml": _aggregator("server", commented="iot"),
        "server/pom.xml": _pom("server", boot=True),
        "iot/pom.xml": _aggregator("gateway", name="iot"),
        "iot/gateway/pom.xml": _pom("gateway", boot=True, parent="iot"),
    }
    assert _main_packages(files) == ["./server"]
    notes = "\n".join(plan_of(files)["scan"].notes)
    assert "iot/gateway: not among the modules its reactor at . lists, not built" in notes
