"""Hostile report packages are refused with a reason, and consolidation leaves the store as it was.

One case per finding of issue 9 about packages (reporting.md §2.3 "Untrusted input"); every
hostile file is generated here from the genuine sample package and kept small.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exporters.package_receive import receive_package
from exporters.package_verify import verify_package
from models.reporting.received import ReceivedObject, ReceivedPackage
from models.store.db import Store
from tests.exporters.package_samples import REGION, edit_manifest, rehash
from tests.faults.hostile import (
    IIN,
    district_package,
    edit_sheet,
    first_value_to,
    patch_declared_size,
    rewrite,
    set_dimension,
    workbook_of,
)
from tests.store_templates import new_store


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    return district_package(tmp_path / "usb")


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Store]:
    store = new_store(tmp_path / "region.sqlite", REGION, "oblast")
    yield store
    store.close()


def _counts(store: Store) -> tuple[int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(ReceivedPackage)) or 0,
            s.scalar(select(func.count()).select_from(ReceivedObject)) or 0,
        )


def _refused(manifest: Path, region: Store) -> list[tuple[str, int | None, str]]:
    """Verify the package (as ``verify`` does) and receive it; return its problems.

    Asserts that receiving it changed nothing in the region's store.
    """
    result = verify_package(manifest, receiver=None)
    assert not result.ok
    before = _counts(region)
    received = receive_package(region, manifest, user="oblast", confirm_replace=False)
    assert received.refusal is not None
    assert _counts(region) == before == (0, 0)
    return [(p.sheet, p.row, p.rule) for p in result.problems]


def test_the_genuine_package_is_received(manifest: Path, region: Store) -> None:
    assert verify_package(manifest, receiver=REGION).ok
    result = receive_package(region, manifest, user="oblast", confirm_replace=False)
    assert result.refusal is None
    assert _counts(region)[0] == 1


def test_a_cell_declared_at_xfd1048576_is_refused_unread(manifest: Path, region: Store) -> None:
    edit_sheet(manifest, "A3", set_dimension("A1:XFD1048576"))
    assert _refused(manifest, region) == [("A3", None, "sheet_dimension")]


def test_a_lying_dimension_does_not_hide_a_far_cell(manifest: Path, region: Store) -> None:
    edit_sheet(
        manifest,
        "B4",
        lambda xml: xml.replace(
            b"</sheetData>", b'<row r="20"><c r="XFD20"><v>1</v></c></row></sheetData>'
        ),
    )
    assert ("B4", None, "sheet_dimension") in _refused(manifest, region)


def test_too_many_rows_are_refused(manifest: Path, region: Store) -> None:
    rows = "".join(f'<row r="{r}"/>' for r in range(20, 200_100))
    edit_sheet(
        manifest, "B3", lambda xml: xml.replace(b"</sheetData>", rows.encode() + b"</sheetData>")
    )
    assert _refused(manifest, region) == [("B3", None, "sheet_rows")]


def test_an_entry_declaring_gigabytes_is_refused(manifest: Path, region: Store) -> None:
    xlsx = workbook_of(manifest)
    rewrite(xlsx, add={"xl/media/image1.png": b"\x89PNG" + bytes(100)})
    patch_declared_size(xlsx, "xl/media/image1.png", 3 * 2**30)
    rehash(manifest)
    assert _refused(manifest, region) == [("workbook", None, "zip_entry_size")]


def test_a_compression_bomb_is_refused(manifest: Path, region: Store) -> None:
    xlsx = workbook_of(manifest)
    rewrite(xlsx, add={"xl/media/image1.png": bytes(8 * 2**20)})  # 8 MiB of zeros -> ~8 KB
    rehash(manifest)
    assert _refused(manifest, region) == [("workbook", None, "zip_ratio")]


def test_a_path_traversal_entry_is_refused(manifest: Path, region: Store) -> None:
    xlsx = workbook_of(manifest)
    rewrite(xlsx, add={"../../evil.txt": b"x"})
    rehash(manifest)
    assert _refused(manifest, region) == [("workbook", None, "zip_entry_name")]


def test_a_5000_digit_number_in_a_cell_is_refused(manifest: Path, region: Store) -> None:
    edit_sheet(manifest, "A1", first_value_to(b"<v>" + b"9" * 5000 + b"</v>"))
    problems = _refused(manifest, region)
    assert ("A1", 7, "cell_type") in problems or ("A1", 7, "count_implausible") in problems


def test_an_emptied_count_above_a_total_is_refused(manifest: Path, region: Store) -> None:
    edit_sheet(manifest, "B3", first_value_to(b""))
    assert ("B3", 7, "cell_empty") in _refused(manifest, region)


def test_a_count_of_1e19_is_refused(manifest: Path, region: Store) -> None:
    edit_sheet(manifest, "B3", first_value_to(b"<v>1E+19</v>"))
    problems = _refused(manifest, region)
    assert ("B3", 7, "count_implausible") in problems


def test_a_count_above_1e9_in_the_manifest_is_refused(manifest: Path, region: Store) -> None:
    m = json.loads(manifest.read_text(encoding="utf-8"))
    edit_manifest(manifest, sheets={**m["sheets"], "A1": 10**19})
    assert _refused(manifest, region) == [("manifest", None, "count_implausible")]


def test_a_5000_digit_number_in_the_manifest_is_refused(manifest: Path, region: Store) -> None:
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(re.sub(r'"A1": \d+', '"A1": ' + "9" * 5000, text), encoding="utf-8")
    assert _refused(manifest, region) == [("manifest", None, "manifest_unreadable")]


def test_a_manifest_nested_10000_deep_is_refused(manifest: Path, region: Store) -> None:
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text[:-1] + ', "x": ' + "[" * 10_000 + "]" * 10_000 + "}", encoding="utf-8")
    assert _refused(manifest, region) == [("manifest", None, "manifest_too_deep")]


def test_a_manifest_over_1_mb_is_refused(manifest: Path, region: Store) -> None:
    edit_manifest(manifest, padding="x" * 1_100_000)
    assert _refused(manifest, region) == [("manifest", None, "manifest_too_large")]


def test_created_at_in_9999_is_refused(manifest: Path, region: Store) -> None:
    edit_manifest(manifest, created_at="9999-12-31T00:00:00+05:00")
    assert _refused(manifest, region) == [("manifest", None, "manifest_created_at_future")]


def test_a_sheet_given_twice_is_refused(manifest: Path, region: Store) -> None:
    def twice(xml: bytes) -> bytes:
        tag = re.search(rb'<sheet [^>]*name="B4"[^>]*/>', xml)
        assert tag is not None
        copy = re.sub(rb'sheetId="\d+"', b'sheetId="99"', tag.group(0)).replace(
            b'name="B4"', b'name="A1"'
        )
        return xml.replace(b"</sheets>", copy + b"</sheets>")

    rewrite(workbook_of(manifest), {"xl/workbook.xml": twice})
    rehash(manifest)
    assert ("A1", None, "sheet_duplicate") in _refused(manifest, region)


@pytest.mark.parametrize(
    "cell",
    [b"<f>1+1</f>", b"<f>1+1</f><v>2</v>", b'<f t="shared" ref="C9:C10" si="0">1+1</f><v>2</v>'],
    ids=["no-cached-value", "cached-value", "shared"],
)
def test_a_formula_cell_is_refused(manifest: Path, region: Store, cell: bytes) -> None:
    edit_sheet(manifest, "B3", first_value_to(cell))
    assert ("B3", 7, "formula") in _refused(manifest, region)


def test_a_formula_like_text_is_not_a_formula(manifest: Path) -> None:
    """Text that begins with '=' is text (shared or inline string), never refused as a formula."""
    edit_sheet(
        manifest,
        "Cover",
        lambda xml: xml.replace(
            b"</sheetData>",
            b'<row r="90"><c r="A90" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c></row>'
            b"</sheetData>",
        ),
    )
    assert verify_package(manifest, receiver=REGION).ok


def test_an_iin_in_the_document_properties_is_refused(manifest: Path, region: Store) -> None:
    def creator(xml: bytes) -> bytes:
        return re.sub(
            rb"<dc:creator>[^<]*</dc:creator>|(?=</cp:coreProperties>)",
            f"<dc:creator>{IIN} Иванов</dc:creator>".encode(),
            xml,
            count=1,
        )

    rewrite(workbook_of(manifest), {"docProps/core.xml": creator})
    rehash(manifest)
    assert _refused(manifest, region) == [("workbook", None, "iin_in_properties")]


def test_an_iin_in_a_comment_is_refused(manifest: Path, region: Store) -> None:
    comments = (
        '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        f'2006/main"><authors><author>a</author></authors><commentList><comment ref="A1" '
        f'authorId="0"><text><t>Иванов {IIN}</t></text></comment></commentList></comments>'
    )
    rewrite(workbook_of(manifest), add={"xl/comments1.xml": comments.encode()})
    rehash(manifest)
    assert _refused(manifest, region) == [("workbook", None, "iin_in_comment")]


def test_an_iin_in_a_defined_name_is_refused(manifest: Path, region: Store) -> None:
    def name(xml: bytes) -> bytes:
        return xml.replace(
            b"</sheets>",
            f'</sheets><definedNames><definedName name="who">"{IIN}"</definedName>'
            "</definedNames>".encode(),
        )

    rewrite(workbook_of(manifest), {"xl/workbook.xml": name})
    rehash(manifest)
    assert _refused(manifest, region) == [("workbook", None, "iin_in_defined_name")]
