"""CLI for connectors: `netra connectors list`, `netra import … --connector`, `netra collect`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from netra.core.config import Workspace
from netra.core.errors import NetraError

connectors_app = typer.Typer(
    help="Connectors: sources (exports, screenshots, APIs, CSV) that yield bundle records.",
    no_args_is_help=True,
)
console = Console(stderr=True)
out = Console()

WorkspaceOpt = Annotated[
    Path | None,
    typer.Option(
        "--workspace", "-w", help="Workspace folder (default: $NETRA_WORKSPACE or ./netra-data)."
    ),
]


def _fail(exc: NetraError) -> typer.Exit:
    console.print(f"[red]error:[/red] {exc.message}", highlight=False)
    return typer.Exit(exc.exit_code)


@connectors_app.command("list")
def list_connectors(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also what each reads and cannot see.")
    ] = False,
) -> None:
    """Every installed connector with its parameters (secrets marked)."""
    from netra.ingest.connectors.base import connectors, env_name, unavailable

    table = Table(title="Netra connectors", show_lines=True)
    table.add_column("name", style="bold")
    table.add_column("source")
    table.add_column("parameters")
    for name, cls in connectors().items():
        params = []
        for p in cls.parameters:
            flags = []
            if p.required:
                flags.append("required")
            if p.name in cls.sensitive_parameters:
                flags.append(f"secret, or ${env_name(name, p.name)}")
            if p.default not in (None, ""):
                flags.append(f"default {p.default}")
            extra = f" ({', '.join(flags)})" if flags else ""
            params.append(f"{p.name}: {p.type}{extra} – {p.help}")
        label = cls.label
        if verbose:
            label += f"\n[dim]reads:[/dim] {cls.reads}\n[dim]cannot see:[/dim] {cls.cannot_see}"
        table.add_row(
            f"{name}\n[dim]{label}[/dim]",
            "SOURCE file/folder" if cls.needs_source else "API (no SOURCE)",
            "\n".join(params) or "–",
        )
    out.print(table)
    for broken in unavailable():
        console.print(f"[yellow]unavailable:[/yellow] {broken.name}: {broken.reason}")


def import_source(
    source: Path | None,
    *,
    connector: str,
    params: list[str],
    nip: str | None,
    workspace: Path | None,
) -> None:
    """Run CONNECTOR on SOURCE into the workspace and print what happened."""
    from netra.core.db import Database
    from netra.ingest.connectors.base import ConnectorInterrupted, split_param
    from netra.ingest.connectors.service import connector_summary_text, import_connector

    try:
        raw = dict(split_param(p) for p in params)
        db = Database(Workspace.at(workspace))
        try:
            summary = import_connector(
                db, connector, source=source, params=raw, nip=nip, actor="cli:import"
            )
        finally:
            db.dispose()
    except ConnectorInterrupted as exc:
        console.print(f"[yellow]interrupted:[/yellow] {exc.message}", highlight=False)
        raise typer.Exit(exc.exit_code) from None
    except NetraError as exc:
        raise _fail(exc) from None
    for note in summary.notes:
        console.print(f"[dim]{note}[/dim]", highlight=False)
    out.print(connector_summary_text(summary), highlight=False)
    if summary.rejected:
        out.print(f"skipped and rejected items written to {summary.rejected_path}", soft_wrap=True)


def collect(
    every: Annotated[str, typer.Option(help="Time between rounds: 15m, 1h, 90s.")] = "15m",
    config: Annotated[
        Path | None,
        typer.Option(help="Sources to collect (YAML); default: <workspace>/collect.yaml."),
    ] = None,
    once: Annotated[bool, typer.Option(help="Run one round and stop.")] = False,
    workspace: WorkspaceOpt = None,
) -> None:
    """Run the configured API connectors and detection every EVERY (one at a time, locked)."""
    from netra.core.db import Database
    from netra.ingest.connectors.collect import collect_loop, parse_every

    try:
        seconds = parse_every(every)
        ws = Workspace.at(workspace)
        db = Database(ws)
        try:
            results = collect_loop(
                db,
                config or ws.root / "collect.yaml",
                every=seconds,
                once=once,
                say=lambda text: out.print(text, highlight=False, soft_wrap=True),
            )
        finally:
            db.dispose()
    except KeyboardInterrupt:
        console.print("stopped")
        raise typer.Exit(130) from None
    except NetraError as exc:
        raise _fail(exc) from None
    if results and results[-1].errors and not results[-1].imports:
        raise typer.Exit(1)
