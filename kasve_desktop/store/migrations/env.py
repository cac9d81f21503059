"""Alembic environment: always in-process, on the caller's open connection."""

from alembic import context

from kasve_desktop.store.models import Base


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """Leave full-text search tables (and their shadow tables) to their own migrations."""
    return not (type_ == "table" and name is not None and "_fts" in name)


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
