"""The `netra` command line: thin commands over the domain services."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from netra.cli.connectors import collect, connectors_app
from netra.cli.link import link_app
from netra.cli.text import text_app
from netra.cli.users import user_app
from netra.core.config import Workspace
from netra.core.errors import NetraError

app = typer.Typer(
    name="netra",
    help="Netra: civil-servant social-media conduct monitoring, from signal to sanction decision.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
rules_app = typer.Typer(
    help="Policy packs: validate rules and run their examples.", no_args_is_help=True
)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
app.add_typer(audit_app, name="audit")
app.add_typer(link_app, name="link")
app.add_typer(text_app, name="text")
app.add_typer(user_app, name="user")
app.add_typer(connectors_app, name="connectors")
app.command("collect")(collect)

console = Console(stderr=True)
out = Console()

WorkspaceOpt = Annotated[
    Path | None,
    typer.Option(
        "--workspace", "-w", help="Workspace folder (default: $NETRA_WORKSPACE or ./netra-data)."
    ),
]


class StepClock:
    """Wall time of each named step, from (step, done, total) progress callbacks."""

    def __init__(self) -> None:
        self.steps: dict[str, float] = {}
        self._current: str | None = None
        self._since = time.perf_counter()

    def __call__(self, step: str, done: int, total: int) -> None:
        """Note the step; time passes to the current step until the next one starts."""
        if step != self._current:
            self.stop()
            self._current = step

    def stop(self) -> None:
        """Close the current step."""
        now = time.perf_counter()
        if self._current is not None:
            self.steps[self._current] = self.steps.get(self._current, 0.0) + now - self._since
        self._since = now


@contextmanager
def progress_bar(
    enabled: bool = True, clock: StepClock | None = None
) -> Iterator[Callable[[str, int, int], None]]:
    """A Rich progress bar driven by (step, done, total) callbacks."""
    if not enabled or not console.is_terminal:
        yield clock or (lambda step, done, total: None)
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def update(step: str, done: int, total: int) -> None:
            if clock is not None:
                clock(step, done, total)
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        yield update


def _fail(exc: NetraError) -> typer.Exit:
    console.print(f"[red]error:[/red] {exc.message}", highlight=False)
    return typer.Exit(exc.exit_code)


@app.command()
def scan(
    bundle: Annotated[Path, typer.Argument(help="Bundle folder (spec/bundle-v1.md).")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Findings JSONL to write.")] = Path(
        "findings.jsonl"
    ),
    workspace: WorkspaceOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    timings: Annotated[bool, typer.Option(help="Print the wall time of each step.")] = False,
    model: Annotated[
        Path | None,
        typer.Option(help="Text model folder (netra text train); default: workspace models/text."),
    ] = None,
    link_threshold: Annotated[
        float,
        typer.Option(help="Least probability for a probable link of an undeclared account."),
    ] = 0.9,
    probable_links: Annotated[
        bool,
        typer.Option(
            "--probable-links/--no-probable-links",
            help="Link the undeclared accounts behind findings to employees (as netra link does).",
        ),
    ] = True,
) -> None:
    """Import BUNDLE, link accounts, detect violations, write findings (exit 2: bundle unusable)."""
    from netra.core.db import Database
    from netra.detect.service import ProbableLinks, detect
    from netra.ingest.service import import_bundle

    root = workspace or Path(tempfile.mkdtemp(prefix="netra-scan-"))
    clock = StepClock()
    try:
        clock("open workspace", 0, 1)
        db = Database(Workspace.at(root))
        with progress_bar(not quiet, clock) as update:
            summary = import_bundle(db, bundle, actor="cli:scan", progress=update)
            result = detect(
                db,
                policy=summary.header.policy,
                timezone=summary.header.timezone,
                actor="cli:scan",
                step=lambda name: update(
                    name if name.startswith("linkage") else f"detect: {name}", 0, 1
                ),
                model_dir=model,
                probable_links=ProbableLinks(threshold=link_threshold) if probable_links else None,
            )
        db.dispose()
    except NetraError as exc:
        raise _fail(exc) from None
    clock("write findings", 0, 1)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("wb") as fh:
        for finding in result.findings:
            fh.write(orjson.dumps(finding) + b"\n")
    clock.stop()
    ev = summary.events
    table = Table(title=f"Netra scan: {summary.header.name}", show_header=False)
    table.add_row("workspace", str(db.workspace.root))
    table.add_row("policy pack", summary.header.policy)
    table.add_row("events read", f"{ev.lines:,}")
    table.add_row("events new / already present", f"{ev.accepted:,} / {ev.already_present:,}")
    rejected = summary.rejected
    table.add_row("rejected rows and lines", f"{rejected:,}")
    for name, counts in summary.files.items():
        if counts.rejected:
            table.add_row(f"  rejected in {name}", f"{counts.rejected:,}")
    if ev.rejected:
        table.add_row("  rejected in events.jsonl", f"{ev.rejected:,}")
    by_cat = result.by_category()
    table.add_row("findings", f"{len(result.findings):,}")
    for category, n in by_cat.items():
        table.add_row(f"  {category}", f"{n:,}")
    attributed = sum(1 for f in result.findings if f["nip"])
    table.add_row("  attributed to an employee", f"{attributed:,}")
    if timings:
        for step, seconds in clock.steps.items():
            table.add_row(f"  time: {step}", f"{seconds:.2f} s")
    out.print(table)
    # Where the rejected rows go is part of the summary even when none were (spec: "rejected
    # (with where the rejected rows were written)").
    if rejected:
        out.print(f"rejected rows written to {summary.rejected_path}", soft_wrap=True)
    else:
        out.print(
            f"no rows rejected; rejected rows are written to {summary.rejected_path}",
            soft_wrap=True,
        )
    out.print(f"findings written to {out_path}", soft_wrap=True)


@app.command("import")
def import_(
    bundle: Annotated[
        Path | None,
        typer.Argument(help="Bundle folder to import; with --connector, the source to read."),
    ] = None,
    workspace: WorkspaceOpt = None,
    connector: Annotated[
        str | None,
        typer.Option(help="Read SOURCE with this connector (see `netra connectors list`)."),
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="Connector parameter key=value.")
    ] = None,
    nip: Annotated[
        str | None, typer.Option(help="Employee who submitted the export (declares its account).")
    ] = None,
) -> None:
    """Import a bundle (or, with --connector, a source) into the workspace without detecting."""
    from netra.core.db import Database
    from netra.ingest.service import import_bundle

    if connector is not None:
        from netra.cli.connectors import import_source

        import_source(bundle, connector=connector, params=param or [], nip=nip, workspace=workspace)
        return
    if bundle is None:
        console.print("[red]error:[/red] give a BUNDLE folder (or --connector NAME)")
        raise typer.Exit(2)
    try:
        db = Database(Workspace.at(workspace))
        with progress_bar() as update:
            summary = import_bundle(db, bundle, actor="cli:import", progress=update)
    except NetraError as exc:
        raise _fail(exc) from None
    ev = summary.events
    out.print(
        f"imported {summary.header.name}: {ev.accepted:,} new events, {ev.already_present:,} "
        f"already present, {summary.rejected:,} rejected"
        + (f" (see {summary.rejected_path})" if summary.rejected else "")
    )


@app.command()
def synth(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the bundle into.")],
    employees: Annotated[int, typer.Option(help="Employees in the roster.")] = 200,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same bundle).")] = 1,
    policy: Annotated[str, typer.Option(help="Policy pack: id or pk.")] = "id",
    events_per_employee: Annotated[float, typer.Option(help="Events per employee.")] = 8.0,
) -> None:
    """Write a synthetic bundle (Faker id_ID people, no real person) and its truth files."""
    from netra.synth.generator import generate_bundle

    with progress_bar() as update:
        summary = generate_bundle(
            out_dir,
            employees=employees,
            seed=seed,
            policy=policy,
            events_per_employee=events_per_employee,
            progress=lambda d, t: update("events", d, t),
        )
    out.print(
        f"wrote {summary.out}: {summary.employees:,} employees, {summary.accounts:,} accounts, "
        f"{summary.events:,} events; truth: {summary.planted_findings:,} findings, "
        f"{summary.planted_rejections:,} rejections (in {summary.out / 'truth'})"
    )


@rules_app.command("check")
def rules_check(
    pack: Annotated[list[str] | None, typer.Option("--pack", help="Pack(s) to check.")] = None,
    examples: Annotated[bool, typer.Option(help="Also run every rule's examples.")] = True,
) -> None:
    """Validate every rule file of every pack (errors say file:line) and run the examples."""
    from netra.rules.examples import run_examples
    from netra.rules.loader import load_pack, pack_names

    failed = 0
    for name in pack or pack_names():
        try:
            loaded = load_pack(name)
        except NetraError as exc:
            console.print(exc.message, highlight=False)
            failed += 1
            continue
        out.print(f"pack {name}: {len(loaded.rules)} rules valid")
        if not examples or not loaded.rules:
            continue
        try:
            outcomes = run_examples(loaded)
        except NetraError as exc:
            console.print(exc.message, highlight=False)
            failed += 1
            continue
        bad = [o for o in outcomes if not o.passed]
        for o in bad:
            console.print(
                f"{o.where}: {o.rule_id}: example '{o.note}': {o.detail}", highlight=False
            )
        out.print(f"  examples: {len(outcomes) - len(bad)}/{len(outcomes)} pass")
        failed += len(bad)
    if failed:
        raise typer.Exit(3)


@rules_app.command("doc")
def rules_doc(
    path: Annotated[Path, typer.Option("--out", help="The rules page to update.")] = Path(
        "docs/rules.md"
    ),
    check: Annotated[
        bool, typer.Option(help="Only check the page is up to date (exit 1 if not).")
    ] = False,
) -> None:
    """Regenerate the rule reference section of docs/rules.md from the packs."""
    from netra.rules.reference import render_rules_doc

    current = path.read_text(encoding="utf-8") if path.exists() else ""
    new = render_rules_doc(current)
    if check:
        if new != current:
            console.print(f"{path} is out of date: run `netra rules doc`")
            raise typer.Exit(1)
        out.print(f"{path} is up to date")
        return
    path.write_text(new, encoding="utf-8")
    out.print(f"wrote {path}")


@audit_app.command("verify")
def audit_verify(workspace: WorkspaceOpt = None) -> None:
    """Walk the audit chain and check every hash (exit 6 when it was tampered with)."""
    from netra.audit.service import verify
    from netra.core.db import Database

    try:
        db = Database(Workspace.at(workspace))
        with db.session() as session:
            result = verify(session)
    except NetraError as exc:
        raise _fail(exc) from None
    out.print(f"audit log intact: {result.entries:,} entries, head {result.head}")


@app.command()
def serve(
    workspace: WorkspaceOpt = None,
    demo: Annotated[
        bool,
        typer.Option(help="Fill an empty workspace with synthetic data and create demo users."),
    ] = False,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    employees: Annotated[int, typer.Option(help="Synthetic employees (--demo).")] = 400,
    secure_cookies: Annotated[
        bool, typer.Option(help="Mark cookies Secure (set when served over HTTPS).")
    ] = False,
    workers: Annotated[int, typer.Option(help="Worker processes (one per core).")] = 1,
) -> None:
    """Serve the web app (review queue, cases, dashboards, complaints) on HOST:PORT."""
    import uvicorn

    from netra.core.db import Database
    from netra.review.service import sync_queue
    from netra.web.app import create_app
    from netra.web.demo import ensure_demo_users, fill_demo, seed_story

    try:
        db = Database(Workspace.at(workspace))
        if demo:
            console.print("preparing the demo workspace (synthetic data, no real person)…")
            fill_demo(db, employees=employees)
        placed = sync_queue(db, actor="cli:serve")
        if placed:
            console.print(f"review queue: {placed:,} new findings placed")
        if demo:
            users = ensure_demo_users(db)
            seed_story(db)
            table = Table(title="Demo users (synthetic workspace only)")
            for col in ("username", "password", "role", "scope"):
                table.add_column(col)
            for u in users:
                table.add_row(u.username, u.password, u.role, u.scope)
            out.print(table)
        web = create_app(db.workspace, db=db, secure_cookies=secure_cookies)
    except NetraError as exc:
        raise _fail(exc) from None
    out.print(f"Netra at http://{host}:{port}/  (workspace {db.workspace.root})", soft_wrap=True)
    if workers > 1:
        import os

        db.dispose()
        os.environ["NETRA_WORKSPACE"] = str(db.workspace.root)
        os.environ["NETRA_COOKIE_SECURE"] = "1" if secure_cookies else ""
        uvicorn.run(
            "netra.web.app:create_app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            proxy_headers=False,
        )
        return
    uvicorn.run(web, host=host, port=port, log_level="warning", proxy_headers=False)


def main() -> None:
    """Entry point of the `netra` script."""
    try:
        app()
    except NetraError as exc:  # a service error that a command did not map itself
        console.print(f"[red]error:[/red] {exc.message}", highlight=False)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
