"""The photo annex of a passport (issue 12, domain brief §2.4): the rules a photo keeps and
reading a stored picture.

A photo is stored as two rows (``models/objects/annex_tables.py``): ``photo`` with its number,
zone, element, caption and thumbnail, which a passport reads with it, and ``photo_data`` with the
picture, read one at a time by :class:`PhotoRepository` only to show or print it. Writing them
is ``models/objects/passport_fill.sync_photos``; the form scales a picture before it gets here
(``ui/objects/passport/photo_import.py``), so the store never decodes one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from sqlalchemy import select

from models.issues import Issue
from models.objects.annex_tables import PhotoData
from models.objects.dto import PhotoDraft
from models.objects.tables import ZONES
from models.reference.roles import Permission, requires
from models.reference.typical_elements import element_zones
from models.store.db import Store

#: The pictures a photo may hold.
PHOTO_MIMES = ("image/jpeg", "image/png")
#: The longest side of a stored picture and of its thumbnail, in pixels.
PICTURE_SIDE = 1600
THUMBNAIL_SIDE = 160
#: The largest picture a new photo may bring (a 1600 px JPEG is a few hundred KB).
MAX_PICTURE_BYTES = 4 * 1024 * 1024
#: The highest photo number (an annex of a few hundred photos at most).
MAX_PHOTO_NUMBER = 9999


def load_element_zones(store: Store) -> dict[str, str]:
    """Return the zone of every element of the ``zone_elements`` list (retired ones too: a
    stored photo may name one)."""
    with store.session() as s:
        return element_zones(s)


def _zones_of(value: Collection[str]) -> frozenset[str]:
    """The zones an element belongs to ("" or none named: any zone)."""
    return (frozenset((value,)) if isinstance(value, str) else frozenset(value)) - {""}


def photo_issues(
    photos: Sequence[PhotoDraft], element_zones: Mapping[str, Collection[str]]
) -> list[Issue]:
    """Return what is wrong with the photos of a passport draft.

    Fields are ``photo.<i>.<field>`` (``i`` the photo's place in ``photos``): a number from 1 and
    unique in the passport, a known zone, an element of that zone (``element_zones`` maps each
    element to its zone or zones, "" any zone; an empty map skips the check), a JPEG or PNG
    picture and, for a new photo, a picture of at most :data:`MAX_PICTURE_BYTES`.
    """
    issues: list[Issue] = []
    seen: set[int] = set()
    for i, ph in enumerate(photos):
        fld = f"photo.{i}"
        if not 1 <= ph.number <= MAX_PHOTO_NUMBER:
            issues.append(
                Issue(f"{fld}.number", "out_of_range", {"low": 1, "high": MAX_PHOTO_NUMBER})
            )
        elif ph.number in seen:
            issues.append(Issue(f"{fld}.number", "photo_number_taken", {"number": ph.number}))
        seen.add(ph.number)
        if ph.zone not in ZONES:
            issues.append(Issue(f"{fld}.zone", "unknown_code", {"code": ph.zone}))
        elif ph.element and element_zones:
            zones = element_zones.get(ph.element)
            if zones is None:
                issues.append(Issue(f"{fld}.element", "unknown_code", {"code": ph.element}))
            elif _zones_of(zones) and ph.zone not in _zones_of(zones):
                issues.append(
                    Issue(
                        f"{fld}.element",
                        "photo_element_zone",
                        {"element": ph.element, "zone": ph.zone},
                    )
                )
        if ph.mime not in PHOTO_MIMES:
            issues.append(Issue(f"{fld}.mime", "unknown_code", {"code": ph.mime}))
        if ph.id is None:
            if not ph.data:
                issues.append(Issue(f"{fld}.data", "required"))
            elif len(ph.data) > MAX_PICTURE_BYTES:
                issues.append(
                    Issue(
                        f"{fld}.data",
                        "photo_too_large",
                        {"limit": MAX_PICTURE_BYTES // (1024 * 1024)},
                    )
                )
    return issues


class PhotoRepository:
    """Reading the pictures of the photo annexes."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @requires(Permission.READ)
    def picture(self, photo_id: int) -> bytes:
        """Return a stored photo's picture (empty when the photo is gone): one row of
        ``photo_data``, nothing else."""
        with self.store.session() as s:
            data = s.scalar(select(PhotoData.data).where(PhotoData.photo_id == photo_id))
        return b"" if data is None else bytes(data)
