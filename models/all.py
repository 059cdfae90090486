"""Import every ORM module so the metadata is complete (Alembic, tests, create_all)."""

from models import families, objects, received, reference

__all__ = ["families", "objects", "received", "reference"]
