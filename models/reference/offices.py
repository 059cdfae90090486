"""The office hierarchy of reporting.md §1: district -> region -> republic."""

from __future__ import annotations

from models.reference.dto import OfficeDTO
from models.reference.identifiers import is_kato_format

#: The level of an office's sub-offices.
LEVEL_BELOW = {"republic": "region", "region": "district"}


def is_sub_office(sender: OfficeDTO, receiver: OfficeDTO) -> bool:
    """Return True when ``sender`` is one level below ``receiver`` and inside its territory."""
    if LEVEL_BELOW.get(receiver.level) != sender.level or not is_kato_format(sender.kato):
        return False
    if sender.level == "region":
        return sender.kato[:2] != "00" and sender.kato[2:] == "0" * 7
    return (
        sender.kato[:2] == receiver.kato[:2]
        and sender.kato[2:4] != "00"
        and sender.kato[4:] == "0" * 5
    )


def app_version() -> str:
    """Return the application's version (the installed package's, or the checkout's)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qoldau")
    except PackageNotFoundError:
        return "0.1.0"  # a checkout run without installing: pyproject.toml's version
