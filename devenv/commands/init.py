"""`devenv init`: scan the repository, explain the plan, write devenv.yaml and render from it."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import click
from rich.markup import escape

from devenv.catalog import CATALOG
from devenv.commands.init_view import adjust, confirm, show_plan
from devenv.commands.options import spec_option
from devenv.commands.render import changes_json, report_changes
from devenv.console import out, print_json
from devenv.detect.foreign import keep_both_hint, spec_owner
from devenv.detect.model import Scan
from devenv.detect.plan import Choices, Plan, make_plan, spec_entries
from devenv.detect.report import plan_json
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from devenv.errors import FilesRefused, NothingToRun, OperationFailed, SpecError, UsageError
from devenv.files import (
    BACKUP_SUFFIX,
    FileChange,
    Status,
    apply_changes,
    escape_reason,
    move_aside,
    read_text,
)
from devenv.languages import LANGUAGES
from devenv.spec.checks import did_you_mean, one_of
from devenv.spec.load import parse_spec
from devenv.spec.model import NAME_PATTERN, Spec
from devenv.spec.paths import path_findings
from devenv.spec.source import project_root
from devenv.spec.write import to_data, to_yaml
from devenv.sync import conflicts_of, plan_sync

HEADER = (
    "Written by `devenv init` from this repository's own files; comments say why.",
    "Edit it freely, then run `devenv render` to bring the generated files in line.",
)
LOOKED_FOR = (
    "Python: pyproject.toml, requirements*.txt, Pipfile, setup.py, manage.py",
    "Node: package.json",
    "Go: go.mod",
    "PHP: composer.json",
    "Ruby: Gemfile",
    "recognised, not templated yet: pom.xml, build.gradle, Cargo.toml, mix.exs, *.csproj",
)


@dataclass(frozen=True)
class Draft:
    """What init would write: devenv.yaml and the rendered files, and what stands in the way."""

    text: str
    spec: Spec
    spec_change: FileChange
    changes: list[FileChange]
    refusals: list[str]


@click.command()
@spec_option
@click.option("--yes", "-y", is_flag=True, help="Take the plan without asking.")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON; write nothing.")
@click.option("--dry-run", is_flag=True, help="Show the plan and the files; write nothing.")
@click.option("--force", is_flag=True, help="Replace devenv.yaml and your files, keeping backups.")
@click.option("--no-render", is_flag=True, help="Write devenv.yaml only; render nothing.")
@click.option("--name", help="Project name (default: the folder's name).")
@click.option("--service", "added", multiple=True, metavar="NAME", help="Add a service.")
@click.option("--no-service", "removed", multiple=True, metavar="NAME", help="Leave one out.")
def init(
    spec_file: Path,
    yes: bool,
    as_json: bool,
    dry_run: bool,
    force: bool,
    no_render: bool,
    name: str | None,
    added: tuple[str, ...],
    removed: tuple[str, ...],
) -> None:
    """Write devenv.yaml for this repository, explaining each decision, then render it."""
    root = project_root(spec_file)
    choices = _choices(name, added, removed, force)
    scan = scan_repo(gather(root))
    folder = root.resolve().name
    plan = make_plan(scan, choices, folder)
    draft = _draft(plan, spec_file, force=force, no_render=no_render) if plan.apps else None
    interactive = not (yes or as_json or dry_run) and sys.stdin.isatty()
    while interactive and draft is not None:
        show_plan(plan, draft.spec, str(root))
        answer = confirm(plan)
        if answer == "n":
            out.print("Nothing written.")
            return
        if answer == "y":
            break
        choices = adjust(plan, choices)
        plan = make_plan(scan, choices, folder)
        draft = _draft(plan, spec_file, force=force, no_render=no_render)
    if as_json:
        print_json(_json(plan, draft))
    elif not interactive:
        show_plan(plan, draft.spec if draft else None, str(root))
    if draft is None:
        raise _nothing_to_run(plan, scan, root)
    if as_json or dry_run:
        if not as_json:
            report_changes([draft.spec_change, *draft.changes], show_diff=False, written=False)
            for refusal in draft.refusals:
                out.print(f"[yellow]would refuse:[/] {escape(refusal)}")
        return
    if draft.refusals:
        report_changes([draft.spec_change, *draft.changes], show_diff=False, written=False)
        raise FilesRefused("nothing written: " + "; ".join(draft.refusals), hint=_hint(draft))
    _write(draft, plan, root, spec_file, force=force)


def _json(plan: Plan, draft: Draft | None) -> dict[str, object]:
    if draft is None:
        return plan_json(plan, None, None, [])
    files = changes_json([draft.spec_change, *draft.changes])
    return plan_json(plan, draft.spec, to_data(spec_entries(plan)), files)


def _choices(
    name: str | None, added: tuple[str, ...], removed: tuple[str, ...], force: bool
) -> Choices:
    if (name is not None and not re.fullmatch(NAME_PATTERN, name)) or (name and len(name) > 63):
        raise UsageError(
            f"--name {name!r}: use lowercase letters, digits, `-` and `_`, starting with a "
            "letter or digit"
        )
    for service in (*added, *removed):
        if service not in CATALOG:
            raise UsageError(
                f"`{service}` is not a catalog service{did_you_mean(service, list(CATALOG))}",
                hint=f"The catalog has {', '.join(CATALOG)}.",
            )
    both = set(added) & set(removed)
    if both:
        raise UsageError(f"both --service and --no-service name {', '.join(sorted(both))}")
    return Choices(name=name, add=added, remove=removed, force=force)


def _draft(plan: Plan, spec_file: Path, *, force: bool, no_render: bool) -> Draft:
    """The files init would write, checked by devenv's own validation before anything else."""
    text = to_yaml(spec_entries(plan), HEADER)
    try:
        spec = parse_spec(text, spec_file.name)
    except SpecError as error:
        # A bug in init, not the user's doing: say so plainly, with the problems found.
        problems = "; ".join(error.details())
        raise OperationFailed(
            f"devenv init produced a devenv.yaml that does not validate: {problems}",
            hint="Please report this; meanwhile write devenv.yaml by hand (`devenv schema`).",
        ) from None
    root = project_root(spec_file)
    # Links in the repository must not lead devenv's writes out of it, or into .git.
    unsafe = [] if no_render else [f.message for f in path_findings(spec, root, spec_file)]
    spec_escape = escape_reason(root, spec_file.name)
    if spec_escape:
        unsafe.insert(0, f"`{spec_file.name}` {spec_escape}")
    if unsafe:
        raise FilesRefused(
            "nothing written: " + "; ".join(unsafe),
            hint="Remove or fix the symbolic links (or folders) named above, then run it again.",
        )
    changes = [] if no_render else plan_sync(spec, root)
    spec_change = _spec_change(spec_file, text)
    refusals = []
    owner = _owner(spec_file, spec_change)
    if owner and not force:
        refusals.append(f"{spec_file.name} belongs to {owner}")
    elif spec_change.status is Status.CONFLICT and not force:
        refusals.append(f"{spec_file.name} already exists")
    if not no_render and not force:
        # Only a compose.yaml of the user's own would be overwritten; beside a
        # docker-compose.yml, devenv's compose.yaml is a new file and theirs stays as it is.
        if spec.compose_file in plan.compose_files:
            refusals.append(
                f"this repository has its own {spec.compose_file}, and devenv's would take "
                "its place"
            )
        others = [c.path for c in conflicts_of(changes) if c.path != spec.compose_file]
        if others:
            refusals.append(f"{', '.join(others)} would be overwritten")
    return Draft(text, spec, spec_change, changes, refusals)


def _spec_change(spec_file: Path, text: str) -> FileChange:
    existing = read_text(spec_file)
    name = spec_file.name
    if existing is None:
        return FileChange(name, Status.CREATED, text)
    if existing == text:
        return FileChange(name, Status.UNCHANGED, text, existing)
    return FileChange(name, Status.CONFLICT, text, existing, "exists; --force replaces it")


def _owner(spec_file: Path, change: FileChange) -> str | None:
    """Another tool's devenv.yaml (cachix devenv) where init would write ours."""
    if change.status is not Status.CONFLICT or change.old is None:
        return None
    return spec_owner(change.old, (spec_file.parent / "devenv.nix").exists())


def _hint(draft: Draft) -> str:
    parts = []
    if any("belongs to" in r for r in draft.refusals):
        parts.append(keep_both_hint(draft.spec_change.path))
    elif draft.spec_change.status is Status.CONFLICT:
        parts.append(
            "To keep your devenv.yaml, edit it and run `devenv render`. "
            f"`devenv init --force` replaces it (yours is kept as devenv.yaml{BACKUP_SUFFIX})."
        )
    if any("compose" in r for r in draft.refusals):
        parts.append(
            "devenv writes its stack as compose.yaml, which Compose would pick over your file. "
            "To keep yours, `devenv init --no-render` writes devenv.yaml only; "
            f"`devenv init --force` replaces it, keeping yours as FILE{BACKUP_SUFFIX}."
        )
    elif any("overwritten" in r for r in draft.refusals):
        parts.append(
            "`devenv init --force` overwrites them (each is kept as FILE.devenv-backup), "
            "or `devenv init --no-render` writes devenv.yaml only."
        )
    return " ".join(parts)


def _write(draft: Draft, plan: Plan, root: Path, spec_file: Path, *, force: bool) -> None:
    # devenv.yaml and the generated files in one all-or-nothing write (conflicts reach here
    # only under --force, and each keeps a numbered backup); the repository's own compose
    # files are moved aside only once that has worked.
    spec_change = draft.spec_change._replace(path=spec_file.name)
    backups = apply_changes([spec_change, *draft.changes], root, force=force)
    if draft.changes and force:  # --force puts devenv's stack in place of theirs
        for compose in plan.compose_files:
            if compose != "compose.yaml":
                backups.append(move_aside(root, compose))
    written = [FileChange(draft.spec_change.path, _written(draft.spec_change), draft.text)]
    report_changes([*written, *draft.changes], show_diff=False, written=True)
    for backup in backups:
        out.print(f"kept your version in {escape(backup)}")
    shadowed = [c for c in plan.compose_files if c != "compose.yaml" and (root / c).exists()]
    if draft.changes and shadowed:
        out.print(
            f"\n`docker compose` now reads devenv's compose.yaml first; yours still runs with "
            f"`docker compose -f {escape(shadowed[0])} up`."
        )
    follow = "`devenv render`, then " if not draft.changes else ""
    compose = "" if draft.spec.compose_file == "compose.yaml" else f"-f {draft.spec.compose_file} "
    out.print(
        f"\nNext: review devenv.yaml, commit it with the generated files, then run {follow}"
        f"`devenv up` (or `docker compose {escape(compose)}up --build`)."
    )


def _written(change: FileChange) -> Status:
    return Status.UPDATED if change.status is Status.CONFLICT else change.status


def _nothing_to_run(plan: Plan, scan: Scan, root: Path) -> NothingToRun:
    where = str(root.resolve())
    if plan.untemplated:
        found = [
            f"{app.path}: {app.language.value}, from {'; '.join(app.language.why)}"
            for app in plan.untemplated
        ]
        languages = ", ".join(sorted({app.language.value for app in plan.untemplated}))
        return NothingToRun(
            f"devenv has no templates for {languages} yet; nothing written",
            hint=f"devenv templates {one_of(tuple(LANGUAGES))} apps today.",
            lines=found,
        )
    lines = [f"looked for {item}" for item in LOOKED_FOR] + list(plan.notes)
    return NothingToRun(
        f"found nothing to run in {where}; nothing written",
        hint="Run `devenv init` at the top of a repository with an app, or write devenv.yaml "
        "by hand (`devenv schema` prints its schema).",
        lines=lines,
    )
