"""Import every ORM module so the metadata is complete (Alembic, tests, create_all)."""

from models.cases import tables as cases
from models.families import tables as families
from models.objects import tables as objects
from models.reference import tables as reference
from models.reporting import received

__all__ = ["cases", "families", "objects", "received", "reference"]
