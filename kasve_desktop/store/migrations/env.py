"""Alembic environment: always in-process, on the caller's open connection."""

from alembic import context

from kasve_desktop.store.migrate import include_object
from kasve_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
