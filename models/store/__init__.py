"""The store itself: the declarative base and author stamps, the engine and sessions,
the Alembic migrations run at start-up, online backups and the seed data.
"""
