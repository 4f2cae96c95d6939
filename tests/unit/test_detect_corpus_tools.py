"""The real-repository corpus's own tools (tests/realrepos): the trimmer keeps the facts
detection reads, and the scorer tells a Go module's commands apart by main package."""

from __future__ import annotations

from bench.realrepos import score


def _app(path: str, main: str | None = None, **more: object) -> dict[str, object]:
    return {"path": path, "language": "go", "main_package": main, "framework": "none", **more}


def test_the_trimmer_keeps_the_facts_b12_detection_reads() -> None:
    # pig's Nacos settings give the database as `db.url.0=jdbc:mysql://...`; dex's listen
    # address is `web: http: ...`; rauthy's justfile starts mailcrab: the trimmed corpus
    # trees must keep each, or they no longer score as the clones do.
    from devenv.detect.tree import RepoTree
    from tests.realrepos.trim import trim_tree

    texts = {
        "reg/src/main/resources/application.properties": "db.url.0=jdbc:mysql://db:3306/x\n",
        "config.dev.yaml": "web:\n  http: 127.0.0.1:5556\n",
        "justfile": "build:\n    cargo build\nmail:\n    docker run marlonb/mailcrab\n",
    }
    trimmed = trim_tree(RepoTree.of(texts))
    assert "jdbc:mysql://" in trimmed["reg/src/main/resources/application.properties"]
    assert "http: 127.0.0.1:5556" in trimmed["config.dev.yaml"]
    assert trimmed["justfile"] == "    docker run marlonb/mailcrab\n"


def test_trimmed_jvm_build_files_keep_what_detection_reads() -> None:
    # Shaped like RuoYi (CRLF application.yml) and quarkus-cafe-demo (a module pom whose
    # <project> tag runs over lines, naming Quarkus only by groupId; the plugin is its
    # parent's): the corpus trees must keep the port's parent key, a whole root tag, and
    # the framework's groupId, or the trimmed tree no longer scores as the clone does.
    from devenv.detect.tree import RepoTree
    from tests.realrepos.trim import trim_tree

    pom = (
        '<project xmlns="http://maven.apache.org/POM/4.0.0"\n'
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        "  <artifactId>core</artifactId>\n  <dependencies>\n    <dependency>\n"
        "      <groupId>io.quarkus</groupId>\n      <artifactId>quarkus-core</artifactId>\n"
        "    </dependency>\n  </dependencies>\n</project>\n"
    )
    yml = "app:\r\n  name: x\r\nserver:\r\n  port: 80\r\n"
    texts = {"core/pom.xml": pom, "web/src/main/resources/application.yml": yml}
    trimmed = trim_tree(RepoTree.of(texts))
    assert "<groupId>io.quarkus</groupId>" in trimmed["core/pom.xml"]
    assert trimmed["core/pom.xml"].splitlines()[0].endswith(">")
    assert "server:\n  port: 80\n" in trimmed["web/src/main/resources/application.yml"]


def test_the_scorer_tells_a_modules_commands_apart_by_main_package() -> None:
    labels = {
        "apps": [
            {"path": ".", "language": "go", "main_package": "./cmd/api"},
            {"path": ".", "language": "go", "main_package": "./cmd/engine"},
        ],
        "services": [],
    }
    one = {"apps": [_app(".", "./cmd/api")], "services": []}
    both = {"apps": [_app(".", "./cmd/api"), _app(".", "./cmd/engine")], "services": []}
    assert score(one, labels)[0] is False
    assert score(both, labels)[:2] == (True, True)
    wrong = {"apps": [_app(".", "./cmd/api"), _app(".", "./hack")], "services": []}
    assert "no app with main package './cmd/engine'" in " ".join(score(wrong, labels)[2])


def test_a_lone_label_without_main_package_holds_every_app_at_its_path() -> None:
    labels = {"apps": [{"path": ".", "language": "go", "port": 8080}], "services": []}
    found = {"apps": [_app(".", "./cmd/a", port=8080), _app(".", "./cmd/b", port=80)]}
    assert score({**found, "services": []}, labels)[2] == [". port 80 != 8080"]
