"""Database engine, sessions and migrations (SQLAlchemy 2 + Alembic)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from operator import itemgetter
from typing import Any, ClassVar

import orjson
from sqlalchemy import JSON, DateTime, MetaData, Table, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from netra.core.config import Workspace
from netra.core.errors import WorkspaceError

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every Netra table."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC (SQLite keeps no offsets)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        """Store aware datetimes in UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        """Read back as aware UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """Now, timezone-aware in UTC."""
    return datetime.now(UTC)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets readers (web app) run while an import writes; FKs are off by default in SQLite.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for `url` with the pragmas Netra needs on SQLite."""
    engine = create_engine(
        url,
        # orjson: JSON columns (findings' evidence, audit payloads) are written in bulk.
        json_serializer=lambda obj: orjson.dumps(obj, default=str).decode(),
        json_deserializer=orjson.loads,
    )
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the database schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("netra.core") / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")  # domains may add migration branches


class Database:
    """The workspace's database: engine plus session factory."""

    def __init__(self, workspace: Workspace, *, run_migrations: bool = True) -> None:
        workspace.ensure()
        self.workspace = workspace
        try:
            self.engine = make_engine(workspace.db_url)
            if run_migrations:
                migrate(self.engine)
        except Exception as exc:  # pragma: no cover - depends on the environment
            raise WorkspaceError(f"cannot open database {workspace.db_url}: {exc}") from exc
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self, *, actor: str = "system") -> Iterator[Session]:
        """A transaction: commits on success, rolls back on error; `actor` goes to the audit log."""
        session = self._factory()
        session.info["actor"] = actor
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


# SQLite's default page cache (2 MB) is far smaller than the indexes of a big table: inserting
# 400,000 employees in random NIP order, or 250,000 findings, then spills dirty pages to the WAL
# and reads them back over and over (the inserts took twice as long). Bulk writers raise it for
# their duration only.
BULK_CACHE_KIB = 256 * 1024


@contextmanager
def large_page_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache while a bulk write runs (other databases: unchanged)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows (dicts with the same keys) through the driver's executemany.

    Neither the ORM bulk path (~100 µs a row) nor a Core insert (per-row parameter
    compilation, about half the time of storing findings) is cheap enough for a national scan;
    the values still pass through each column's bind processor (JSON, UTC datetimes) exactly as
    they would. No ORM events fire: callers audit the batch themselves.
    """
    conn = session.connection()
    dialect = conn.dialect
    names = list(rows[0])
    columns = [table.c[n] for n in names]
    procs = [c.type._cached_bind_processor(dialect) for c in columns]
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([mark] * len(names))})"
    )
    # Columns and rows through C-level getters and zip: a Python loop per column and row cost
    # about a second at 400,000 roster rows (and so does zip(*rows): an iterator per row).
    params: list[tuple[Any, ...]]
    if any(proc is not None for proc in procs):
        values: list[list[Any]] = [list(map(itemgetter(name), rows)) for name in names]
        for i, proc in enumerate(procs):
            if proc is None:
                continue
            # Each distinct object is processed once: rows often share one (a bundle's accounts
            # are declared on few dates, each parsed once), and a datetime's processor costs
            # ~2 µs. By identity, not equality: equal values may bind differently (the same
            # instant in two zones, 1 and True); the objects live in `values` meanwhile.
            objects = {id(v): v for v in values[i] if v is not None}
            bound = {key: proc(v) for key, v in objects.items()}
            values[i] = [None if v is None else bound[id(v)] for v in values[i]]
        params = list(zip(*values, strict=True))
    elif len(names) > 1:
        params = list(map(itemgetter(*names), rows))
    else:
        params = [(r[names[0]],) for r in rows]
    conn.exec_driver_sql(sql, params)
