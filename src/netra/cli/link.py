"""`netra link`: propose links of undeclared accounts to employees, and measure them."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from netra.core.config import Workspace
from netra.core.errors import NetraError

link_app = typer.Typer(
    help="Who is behind an account: probabilistic links of undeclared accounts to the roster.",
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
LINK_COLUMNS = [
    "platform",
    "user_id",
    "handle",
    "display_name",
    "nip",
    "probability",
    "second_nip",
    "second_probability",
    "evidence",
    "status",
]


def _fail(exc: NetraError) -> typer.Exit:
    console.print(f"[red]error:[/red] {exc.message}", highlight=False)
    return typer.Exit(exc.exit_code)


@link_app.command("run")
def link_run(
    workspace: WorkspaceOpt = None,
    threshold: Annotated[float, typer.Option(help="Least probability for a probable link.")] = 0.9,
    margin: Annotated[
        float, typer.Option(help="Least lead of the best candidate over the next one.")
    ] = 0.2,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="CSV of every undeclared account and its verdict."),
    ] = None,
) -> None:
    """Score the workspace's undeclared accounts and write probable links to it."""
    from netra.core.db import Database
    from netra.linkage.service import propose_links

    try:
        db = Database(Workspace.at(workspace))
        report = propose_links(db, threshold=threshold, margin=margin, actor="cli:link")
        db.dispose()
    except NetraError as exc:
        raise _fail(exc) from None
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with out_path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=LINK_COLUMNS)
            w.writeheader()
            for row in report.rows:
                w.writerow(row.as_record())
    by_status: dict[str, int] = {}
    for row in report.rows:
        by_status[row.status] = by_status.get(row.status, 0) + 1
    table = Table(title="Netra linkage", show_header=False)
    table.add_row("undeclared accounts", f"{report.accounts:,}")
    table.add_row("declared accounts used as labels", f"{report.labelled:,}")
    for status, n in sorted(by_status.items()):
        table.add_row(f"  {status}", f"{n:,}")
    table.add_row("probable links written", f"{report.written:,}")
    table.add_row("earlier probable links removed", f"{report.removed:,}")
    table.add_row("estimated share of accounts that are employees'", f"{report.employee_share:.2f}")
    out.print(table)
    if out_path is not None:
        out.print(f"links written to {out_path}", soft_wrap=True)


@link_app.command("eval")
def link_eval(
    truth: Annotated[Path, typer.Option(help="A synthetic bundle's truth folder.")],
    workspace: WorkspaceOpt = None,
) -> None:
    """Precision and recall of the workspace's probable links against truth/links.jsonl."""
    from netra.core.db import Database
    from netra.linkage.service import evaluate_links

    try:
        db = Database(Workspace.at(workspace))
        result = evaluate_links(db, truth)
        db.dispose()
    except NetraError as exc:
        raise _fail(exc) from None
    table = Table(title="Linkage against the truth")
    for col in ("names", "proposed", "correct", "precision", "true links", "found", "recall"):
        table.add_column(col, justify="right" if col != "names" else "left")
    for name, g in result.groups.items():
        table.add_row(
            name,
            f"{g.proposed:,}",
            f"{g.correct:,}",
            f"{g.precision:.4f}",
            f"{g.true_links:,}",
            f"{g.found:,}",
            f"{g.recall:.4f}",
        )
    out.print(table)
    if result.by_evidence:
        ev = Table(title="Recall by what the account shows besides its name")
        for col in ("names", "evidence", "true links", "found", "recall"):
            ev.add_column(col, justify="left" if col in ("names", "evidence") else "right")
        order = ("besides the name", "name only", "declared or not seen")
        for key, g in sorted(
            result.by_evidence.items(),
            key=lambda kv: (
                list(result.groups).index(kv[0].split("|")[0])
                if kv[0].split("|")[0] in result.groups
                else 99,
                order.index(kv[0].split("|")[1]) if kv[0].split("|")[1] in order else 99,
            ),
        ):
            names, _, evidence = key.partition("|")
            ev.add_row(names, evidence, f"{g.true_links:,}", f"{g.found:,}", f"{g.recall:.4f}")
        out.print(ev)
        out.print(
            "name only: the true pair shows nothing that corroborates the name (a work bio, "
            "a reused handle, a unit colleague, the own account, or two weak facts such as "
            "the town and the birth year) - never linked by design"
        )
    wrong = ", ".join(f"{k}: {v}" for k, v in sorted(result.wrong_by_kind.items())) or "none"
    out.print(f"wrong links by who really owns the account: {wrong}")
    out.print(
        f"findings attributed through probable links: {result.probable_findings:,}; "
        f"to the wrong person: {result.wrong_findings:,}; to a namesake: "
        f"{result.namesake_findings:,}"
    )
    if result.unknown_accounts:
        out.print(f"links to accounts the truth does not list: {result.unknown_accounts:,}")
