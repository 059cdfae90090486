"""Helpers that damage files the way disks, power cuts and other hands do (issue 9).

Hostile workbooks are built in the tests from a genuine package or a tiny registry: the helpers
change the zip's entries as an attacker would (raw XML, no Excel library's sanity), then re-hash
the manifest, so the package passes the hash check and reaches the reader.
"""

from __future__ import annotations

import json
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from exporters.package import write_package
from tests.exporters.package_samples import district_data, rehash
from tests.models.consolidation_builders import approved
from tests.store_templates import raw_connect

#: A valid IIN (fifth digit 3: a person), as in the package tests.
IIN = "850715300122"

Edit = Callable[[bytes], bytes]


def corrupt_pages(db: Path) -> None:
    """Overwrite the b-tree pages of the store's largest tables, as a failing disk would.

    The first page (header and schema) stays intact, so the file still looks like a store and
    only ``PRAGMA quick_check`` can tell.
    """
    conn = raw_connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        roots = [
            r[0]
            for r in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE type IN ('table', 'index') "
                "AND rootpage > 1 ORDER BY rootpage"
            )
        ]
    finally:
        conn.close()
    assert roots, "no table to damage"
    with db.open("r+b") as fh:
        for page in roots[len(roots) // 2 :]:
            fh.seek((page - 1) * page_size)
            fh.write(b"\xa5" * 64)


def workbook_of(manifest: Path) -> Path:
    """Return the workbook beside a manifest."""
    m = json.loads(manifest.read_text(encoding="utf-8"))
    return manifest.parent / m["workbook"]["file"]


def district_package(folder: Path) -> Path:
    """Write the sample district package into ``folder``; return its manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    data = district_data()
    return write_package(data, folder, app_version="test", approval=approved(data.period.code))


def rewrite(
    xlsx: Path,
    edits: dict[str, Edit] | None = None,
    add: dict[str, bytes] | None = None,
    *,
    stored: bool = False,
) -> None:
    """Rewrite a workbook's zip: edit entries by name, add entries (deflated unless ``stored``)."""
    with zipfile.ZipFile(xlsx) as zf:
        entries = [(i.filename, zf.read(i)) for i in zf.infolist()]
    edits, add = edits or {}, add or {}
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(xlsx, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, edits[name](data) if name in edits else data)
        for name, data in add.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)


def sheet_part(xlsx: Path, sheet: str) -> str:
    """Return the zip entry of a sheet by its name."""
    with zipfile.ZipFile(xlsx) as zf:
        book = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet [^>]*name="{sheet}"[^>]*r:id="(\w+)"', book)
    assert rid is not None, book
    target = re.search(rf'<Relationship [^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels)
    if target is None:
        target = re.search(rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
    assert target is not None, rels
    path = target.group(1)
    return path.lstrip("/") if path.startswith("/") else f"xl/{path}"


def edit_sheet(manifest: Path, sheet: str, edit: Edit) -> None:
    """Edit one sheet's XML of a package and re-hash the manifest."""
    xlsx = workbook_of(manifest)
    rewrite(xlsx, {sheet_part(xlsx, sheet): edit})
    rehash(manifest)


def set_dimension(ref: str) -> Edit:
    """An edit declaring the sheet's dimension as ``ref`` (added when the sheet has none)."""

    def edit(xml: bytes) -> bytes:
        if b"<dimension" in xml:
            return re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), xml)
        return xml.replace(b"<sheetData", f'<dimension ref="{ref}"/><sheetData'.encode(), 1)

    return edit


def first_value_to(replacement: bytes, after_row: int = 7) -> Edit:
    """An edit replacing the first numeric cell's ``<v>`` of a row >= ``after_row``."""

    def edit(xml: bytes) -> bytes:
        for m in re.finditer(rb'<row r="(\d+)"', xml):
            if int(m.group(1)) >= after_row:
                v = re.compile(rb"<c ([^>]*)><v>([^<]*)</v></c>").search(xml, m.end())
                assert v is not None
                cell = b"<c " + re.sub(rb'\s*t="\w+"', b"", v.group(1)) + b">"
                return xml[: v.start()] + cell + replacement + b"</c>" + xml[v.end() :]
        raise AssertionError("no data row")

    return edit


def patch_declared_size(xlsx: Path, name: str, size: int) -> None:
    """Set an entry's uncompressed size in the central directory (a lying header)."""
    data = bytearray(xlsx.read_bytes())
    at = data.find(b"PK\x01\x02")
    encoded = name.encode()
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == encoded:
            struct.pack_into("<I", data, at + 24, size)
            xlsx.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{name} not in {xlsx}")


def registry_xlsx(path: Path, sheet_xml: bytes) -> Path:
    """Write a minimal one-sheet workbook with ``sheet_xml`` as its sheet (no Excel library)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pkg_rel = "http://schemas.openxmlformats.org/package/2006/relationships"
    doc_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
            'formats-package.relationships+xml"/><Default Extension="xml" ContentType="'
            'application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
            'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{pkg_rel}"><Relationship Id="rId1" '
            f'Type="{doc_rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        zf.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook {ns} {rel_ns}><sheets><sheet name="Objects" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{pkg_rel}"><Relationship Id="rId1" '
            f'Type="{doc_rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        zf.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def sheet_xml(body: str, dimension: str | None = None) -> bytes:
    """A worksheet's XML around ``body`` (the rows), with a declared dimension if given."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main">{dim}<sheetData>{body}</sheetData></worksheet>'
    ).encode()
