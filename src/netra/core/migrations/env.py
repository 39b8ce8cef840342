"""Alembic environment: runs on the connection handed over by netra.core.db.migrate."""

from alembic import context

import netra.core.models  # noqa: F401  (registers every table)
from netra.core.db import Base

config = context.config
connection = config.attributes.get("connection")
target_metadata = Base.metadata

if connection is None:  # pragma: no cover - offline/CLI use of alembic
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///netra-data/netra.db"
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
