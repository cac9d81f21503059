"""Alembic migrations of the schema, one step per change."""
