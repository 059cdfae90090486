"""Import every ORM module so the metadata is complete (Alembic, tests, create_all)."""

from models import objects, reference

__all__ = ["objects", "reference"]
