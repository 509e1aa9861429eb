"""The database layer: models, engine, migrations and persistence."""
