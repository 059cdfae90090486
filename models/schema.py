"""Every table of the store, for the metadata (Alembic, tests, create_all).

Above the domain packages: the store itself (``models/store``) knows none of them.
"""

from models.audit import tables as audit
from models.cases import tables as cases
from models.families import tables as families
from models.objects import annex_tables as object_annexes
from models.objects import control_tables as object_control
from models.objects import tables as objects
from models.reference import approvals, import_profiles
from models.reference import tables as reference
from models.reporting import received, records

__all__ = [
    "approvals",
    "audit",
    "cases",
    "families",
    "import_profiles",
    "object_annexes",
    "object_control",
    "objects",
    "received",
    "records",
    "reference",
]
