"""The encrypted database: key handling, schema, migrations, queries and audit."""
