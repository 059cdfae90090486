"""Import every ORM module so the metadata is complete (Alembic, tests, create_all)."""

from models import families, objects, reference

__all__ = ["families", "objects", "reference"]
