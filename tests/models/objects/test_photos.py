"""The photo annex's rules (issue 12): numbers, zones, elements, picture types and sizes, the
refusals at the repository level (nothing written) and reading a picture on its own."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from models.issues import ValidationError
from models.objects.annex_tables import Photo, PhotoData
from models.objects.context import validation_context
from models.objects.dto import PhotoDraft
from models.objects.photos import (
    MAX_PICTURE_BYTES,
    PhotoRepository,
    load_element_zones,
    photo_issues,
)
from models.objects.repository import ObjectRepository
from models.reference.roles import RoleError
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.objects.test_repositories import obj, passport

ZONES_OF = {"ENTRANCE_DOOR": "ENTRANCE", "TOILET": "SANITARY", "OWN_SIGN": ""}


def new(number: int, zone: str = "ENTRANCE", element: str = "", **kw: object) -> PhotoDraft:
    base = PhotoDraft(number, zone, element, data=b"\xff\xd8picture", thumbnail=b"thumb")
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def codes(photos: list[PhotoDraft]) -> list[tuple[str, str]]:
    return [(i.field, i.code) for i in photo_issues(photos, ZONES_OF)]


def test_good_photos_pass() -> None:
    photos = [
        new(1, "ENTRANCE", "ENTRANCE_DOOR"),
        new(2, "SANITARY", "TOILET", mime="image/png"),
        new(3, "INFO", "OWN_SIGN"),  # an office's element without a zone: any zone
        new(4, "TERRITORY"),  # the zone as a whole
        PhotoDraft(5, "INTERIOR", id=77),  # stored: its picture stays as stored
    ]
    assert codes(photos) == []


def test_numbers_start_at_one_and_are_unique() -> None:
    assert codes([new(0), new(1), new(1)]) == [
        ("photo.0.number", "out_of_range"),
        ("photo.2.number", "photo_number_taken"),
    ]
    (taken,) = [i for i in photo_issues([new(4), new(4)], ZONES_OF) if i.code != "out_of_range"]
    assert taken.params == {"number": 4}


def test_zone_and_element_must_agree() -> None:
    assert codes([new(1, "ROOF"), new(2, "ENTRANCE", "TOILET"), new(3, "ENTRANCE", "NO_SUCH")]) == [
        ("photo.0.zone", "unknown_code"),
        ("photo.1.element", "photo_element_zone"),
        ("photo.2.element", "unknown_code"),
    ]
    # Without the code list (an empty map) the element is not judged.
    assert photo_issues([new(1, "ENTRANCE", "TOILET")], {}) == []


def test_picture_type_and_size() -> None:
    assert codes(
        [
            new(1, mime="image/gif"),
            new(2, data=b""),
            new(3, data=None),
            new(4, data=b"x" * (MAX_PICTURE_BYTES + 1)),
            new(5, data=b"x" * MAX_PICTURE_BYTES),
        ]
    ) == [
        ("photo.0.mime", "unknown_code"),
        ("photo.1.data", "required"),
        ("photo.2.data", "required"),
        ("photo.3.data", "photo_too_large"),
    ]


def test_element_zones_come_from_the_code_list(store: Store) -> None:
    zones = load_element_zones(store)
    assert zones["ENTRANCE_DOOR"] == "ENTRANCE"
    assert zones["TOILET"] == "SANITARY"
    assert zones["ROUTE_FROM_STOP"] == "APPROACH"


def _counts(store: Store) -> tuple[int, int, list[tuple[int, str, str]]]:
    with store.session() as s:
        photos = s.scalar(select(func.count()).select_from(Photo)) or 0
        pictures = s.scalar(select(func.count()).select_from(PhotoData)) or 0
        rows = [
            (p.number, p.zone, p.element) for p in s.scalars(select(Photo).order_by(Photo.number))
        ]
    return photos, pictures, rows


@pytest.mark.parametrize(
    "bad",
    [
        new(1, "ENTRANCE", "ENTRANCE_DOOR"),  # number 1 is taken
        new(3, "ENTRANCE", "TOILET"),  # the toilet is not at the entrance
        new(3, mime="image/bmp"),
        new(3, data=b"x" * (MAX_PICTURE_BYTES + 1)),
    ],
)
def test_a_refused_photo_writes_nothing(store: Store, bad: PhotoDraft) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(), ctx, "admin")
    pid = repo.save_passport(
        oid, passport(photos=(new(1, "ENTRANCE", "ENTRANCE_DOOR"), new(2))), ctx, "admin"
    )
    before = _counts(store)
    stored = repo.get_passport(pid)
    with pytest.raises(ValidationError) as refused:
        repo.save_passport(oid, dataclasses.replace(stored, photos=(*stored.photos, bad)), ctx, "a")
    assert {i.field for i in refused.value.report.errors} <= {
        "photo.2.number",
        "photo.2.element",
        "photo.2.mime",
        "photo.2.data",
    }
    assert (
        _counts(store) == before == (2, 2, [(1, "ENTRANCE", "ENTRANCE_DOOR"), (2, "ENTRANCE", "")])
    )


def test_swapping_numbers_and_removing_a_photo(store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(), ctx, "admin")
    pid = repo.save_passport(
        oid,
        passport(photos=(new(1, data=b"\xff\xd8one"), new(2, data=b"\xff\xd8two"), new(3))),
        ctx,
        "admin",
    )
    one, two, three = repo.get_passport(pid).photos
    assert (one.data, one.thumbnail) == (None, b"thumb")  # read without its picture
    swapped = (
        dataclasses.replace(one, number=2),
        dataclasses.replace(two, number=1),
    )
    repo.save_passport(
        oid, dataclasses.replace(repo.get_passport(pid), photos=swapped), ctx, "admin"
    )
    back = {ph.number: ph.id for ph in repo.get_passport(pid).photos}
    assert back == {1: two.id, 2: one.id}
    pictures = PhotoRepository(store)
    assert two.id is not None and one.id is not None and three.id is not None
    assert pictures.picture(two.id) == b"\xff\xd8two"
    assert pictures.picture(one.id) == b"\xff\xd8one"
    assert pictures.picture(three.id) == b""  # removed with its picture
    assert _counts(store)[:2] == (2, 2)


def test_reading_a_picture_needs_a_role_that_may_read(store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(), ctx, "admin")
    pid = repo.save_passport(oid, passport(photos=(new(1, data=b"\xff\xd8x"),)), ctx, "admin")
    (photo,) = repo.get_passport(pid).photos
    assert photo.id is not None
    assert PhotoRepository(as_role(store, "viewer", "viewer")).picture(photo.id) == b"\xff\xd8x"
    with pytest.raises(RoleError):
        PhotoRepository(as_role(store, "nobody", "guest")).picture(photo.id)
