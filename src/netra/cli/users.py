"""`netra user …`: manage the web app's users from the command line."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from netra.core.config import Workspace
from netra.core.errors import NetraError

user_app = typer.Typer(
    help="Users of the web app: add, list, passwords, API tokens.", no_args_is_help=True
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


def _password(given: str | None) -> str:
    if given:
        return given
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Again: "):
        console.print("[red]error:[/red] the passwords differ")
        raise typer.Exit(2)
    return first


@user_app.command("add")
def add(
    username: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: Annotated[str, typer.Option(help="admin, analyst, ppk, auditor or employee.")],
    agency: Annotated[
        list[str] | None, typer.Option("--agency", help="Agency code in scope (repeat).")
    ] = None,
    region: Annotated[
        list[str] | None, typer.Option("--region", help="Region-code prefix in scope (repeat).")
    ] = None,
    nip: Annotated[str | None, typer.Option(help="The employee's NIP (role employee).")] = None,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    password: Annotated[
        str | None,
        typer.Option(help="Password (asked for when missing; avoid on shared machines)."),
    ] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Add a user (argon2-hashed password; the audit log records it without the hash)."""
    from netra.core.db import Database
    from netra.users.service import create_user

    try:
        db = Database(Workspace.at(workspace))
        user = create_user(
            db,
            username=username,
            password=_password(password),
            role=role,
            display_name=name,
            agencies=agency or [],
            regions=region or [],
            nip=nip,
            actor="cli:user",
        )
    except NetraError as exc:
        raise _fail(exc) from None
    out.print(f"added user {user.username} ({user.role})")


@user_app.command("list")
def list_(workspace: WorkspaceOpt = None) -> None:
    """List users with their role and scope."""
    from netra.core.db import Database
    from netra.users.service import list_users

    try:
        users = list_users(Database(Workspace.at(workspace)))
    except NetraError as exc:
        raise _fail(exc) from None
    table = Table("username", "role", "agencies", "regions", "nip")
    for u in users:
        table.add_row(u.username, u.role, ",".join(u.agencies), ",".join(u.regions), u.nip or "")
    out.print(table)


@user_app.command("passwd")
def passwd(
    username: Annotated[str, typer.Argument(help="Sign-in name.")],
    password: Annotated[str | None, typer.Option(help="New password (asked when missing).")] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Set a new password (ends the user's sessions and lifts a lock-out)."""
    from netra.core.db import Database
    from netra.users.service import set_password

    try:
        db = Database(Workspace.at(workspace))
        set_password(db, username=username, password=_password(password), actor="cli:user")
    except NetraError as exc:
        raise _fail(exc) from None
    out.print(f"password of {username} changed")


@user_app.command("token")
def token(
    username: Annotated[str, typer.Argument(help="Sign-in name.")],
    label: Annotated[str, typer.Option(help="What the token is for.")] = "api",
    workspace: WorkspaceOpt = None,
) -> None:
    """Create an API bearer token for the JSON API (shown once)."""
    from netra.core.db import Database
    from netra.users.service import create_api_token

    try:
        db = Database(Workspace.at(workspace))
        value = create_api_token(db, username=username, label=label, actor="cli:user")
    except NetraError as exc:
        raise _fail(exc) from None
    out.print(value)
