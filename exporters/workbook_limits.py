"""Limits on an untrusted workbook, checked before it is parsed (reporting.md §2.3).

Every package and registry comes on a USB stick. A few kilobytes can declare a cell at
``XFD1048576`` (the reader then asks for 512 GiB and aborts) or unpack to gigabytes (issue 9).
:func:`inspect_workbook` looks at the zip and the sheets' XML without building any table:

- the zip: entry count, entry names (no absolute or ``..`` paths, no duplicates), declared and
  real uncompressed sizes (every entry is streamed once; zipfile stops at the declared size and
  checks the CRC), the compression ratio of large entries;
- each worksheet: its declared ``<dimension>`` (from the head of the stream), its rows (counted
  while streaming, stopping at the limit) and any cell reference beyond the limits;
- findings that do not stop the reading: formula cells (``<f>``), a sheet name given twice, and
  the text of document properties, comments and defined names (for the personal-data scan).

The limits are far above real data: every receiver accepts 2,000,000 rows in A3, 100,000 in any
other sheet, 64 columns and 2 GiB uncompressed in all. Only the standard library is used, and no
XML parser (no entity expansion): parts are scanned as bytes.
"""

from __future__ import annotations

import html
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from models.reference.identifiers import is_iin

GIB = 1 << 30
MIB = 1 << 20

# Reason codes (stable: shown to users, translated in ui/, written in receipts).
#: The same code as a workbook calamine cannot read.
ZIP_CORRUPT = "workbook_unreadable"
ZIP_ENTRIES = "zip_entries"
ZIP_ENTRY_NAME = "zip_entry_name"
ZIP_ENTRY_SIZE = "zip_entry_size"
ZIP_RATIO = "zip_ratio"
ZIP_TOTAL_SIZE = "zip_total_size"
FILE_TOO_LARGE = "file_too_large"
SHEET_DIMENSION = "sheet_dimension"
SHEET_ROWS = "sheet_rows"
SHEET_DUPLICATE = "sheet_duplicate"
FORMULA = "formula"
IIN_IN_PROPERTIES = "iin_in_properties"
IIN_IN_COMMENT = "iin_in_comment"
IIN_IN_DEFINED_NAME = "iin_in_defined_name"
#: Codes that stop the reading before any table is built.
FATAL_CODES = frozenset(
    {
        ZIP_CORRUPT,
        ZIP_ENTRIES,
        ZIP_ENTRY_NAME,
        ZIP_ENTRY_SIZE,
        ZIP_RATIO,
        ZIP_TOTAL_SIZE,
        FILE_TOO_LARGE,
        SHEET_DIMENSION,
        SHEET_ROWS,
    }
)


@dataclass(frozen=True)
class Limits:
    """How much of a workbook is read at all (each far above real data)."""

    #: The file itself (a 2,000,000-row A3 package is about 100 MB).
    max_file_bytes: int = GIB
    max_entries: int = 1000
    #: Uncompressed, all entries together (and so each one).
    max_total_bytes: int = 2 * GIB + 512 * MIB
    #: Uncompressed / compressed, for entries over ``ratio_from_bytes`` (real sheets: 5-40).
    max_ratio: int = 250
    ratio_from_bytes: int = MIB
    #: Rows of a sheet not listed in ``rows_by_sheet``.
    max_rows: int = 200_000
    rows_by_sheet: Mapping[str, int] = field(default_factory=lambda: {"A3": 2_100_000})
    #: Columns of any sheet (XFD is column 16384).
    max_columns: int = 702
    #: Formula cells listed per sheet (the rest are counted).
    max_listed: int = 20

    def rows_of(self, sheet: str) -> int:
        """Return the row limit of a sheet."""
        return self.rows_by_sheet.get(sheet, self.max_rows)


#: Report packages: A3 may hold 2,000,000 rows, every other sheet 100,000.
PACKAGE_LIMITS = Limits()
#: Object registries: one sheet of objects, as long as A3 may be.
REGISTRY_LIMITS = Limits(max_rows=2_100_000, rows_by_sheet={})


@dataclass(frozen=True)
class Breach:
    """One reason to refuse a workbook: the rule, where (sheet and Excel row when known), why."""

    code: str
    sheet: str | None = None
    row: int | None = None
    detail: str = ""

    @property
    def fatal(self) -> bool:
        """True when the workbook must not be parsed at all."""
        return self.code in FATAL_CODES


@dataclass
class WorkbookScan:
    """What :func:`inspect_workbook` found."""

    breaches: list[Breach] = field(default_factory=list)
    #: Sheet names in workbook order, as workbook.xml lists them.
    sheet_names: list[str] = field(default_factory=list)

    @property
    def fatal(self) -> bool:
        """True when a limit was exceeded: the workbook must not be parsed."""
        return any(b.fatal for b in self.breaches)


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_ATTR = re.compile(rb"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref\s*=\s*[\"']([^\"']*)[\"']")
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,4})\$?(\d{1,9})$")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_ROW_NUMBER = re.compile(rb"\br\s*=\s*[\"'](\d+)[\"']")
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_TAG_R = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br\s*=\s*[\"']([A-Za-z]+\d+)[\"']")
#: A cell reference beyond column ZZ or row 9,999,999 anywhere in a sheet.
_FAR_CELL = re.compile(rb"\br\s*=\s*[\"']\$?(?:[A-Za-z]{3,}\$?\d+|[A-Za-z]{1,2}\$?\d{8,})[\"']")
_DEFINED_NAMES = re.compile(rb"<(?:\w+:)?definedNames\b.*?</(?:\w+:)?definedNames>", re.S)
_EMBEDDED_12 = re.compile(r"(?<![\w-])\d{12}(?![\w-])")
_CHUNK = 1 << 20
_OVERLAP = 512
#: The head of a sheet in which its <dimension> is looked for.
_HEAD = 64 * 1024
#: Metadata parts (properties, comments, workbook.xml) are read whole up to this size.
_MAX_META = 16 * MIB


def column_number(letters: str) -> int:
    """Return the 1-based number of a column (A = 1, XFD = 16384)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _attrs(raw: bytes) -> dict[str, str]:
    out = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        out[m.group(1).decode("utf-8", "replace")] = html.unescape(value.decode("utf-8", "replace"))
    return out


def _bad_name(name: str) -> bool:
    """True for an entry name that is absolute, climbs with ``..`` or carries a drive."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if re.match(r"^[A-Za-z]:", name):
        return True
    return any(part == ".." for part in PurePosixPath(name).parts)


def _sheet_parts(zf: zipfile.ZipFile, names: set[str]) -> tuple[list[str], dict[str, str]]:
    """Return the sheet names in order and worksheet part -> sheet name."""
    if "xl/workbook.xml" not in names or zf.getinfo("xl/workbook.xml").file_size > _MAX_META:
        return [], {}
    sheets = [_attrs(m.group(1)) for m in _SHEET_TAG.finditer(zf.read("xl/workbook.xml"))]
    targets: dict[str, str] = {}
    rels = "xl/_rels/workbook.xml.rels"
    if rels in names and zf.getinfo(rels).file_size <= _MAX_META:
        for m in _REL_TAG.finditer(zf.read(rels)):
            a = _attrs(m.group(1))
            target = a.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[a.get("Id", "")] = str(PurePosixPath(part))
    order: list[str] = []
    parts: dict[str, str] = {}
    for a in sheets:
        name = a.get("name", "")
        order.append(name)
        rid = next((v for k, v in a.items() if k.endswith(":id") or k == "id"), "")
        if rid in targets:
            parts.setdefault(targets[rid], name)
    return order, parts


def _cell_row(buf: bytes, pos: int) -> tuple[str, int | None]:
    """Return the reference and row of the cell whose content holds ``pos`` (best effort)."""
    start = max(0, pos - 4096)
    last = None
    for m in _CELL_TAG_R.finditer(buf, start, pos):
        last = m
    if last is None:
        return "", None
    ref = last.group(1).decode("ascii", "replace")
    digits = "".join(ch for ch in ref if ch.isdigit())
    return ref, int(digits) if digits else None


class _SheetStream:
    """Checks one worksheet's XML as it streams past, chunk by chunk."""

    def __init__(self, sheet: str, limits: Limits, *, formulas: bool) -> None:
        self.sheet = sheet
        self.limits = limits
        self.max_rows = limits.rows_of(sheet)
        self.formulas = formulas
        self.rows = 0
        self.head = b""
        self.dimension_checked = False
        self.tail = b""
        self.formula_count = 0
        self.breaches: list[Breach] = []
        self.stop = False

    def _refuse(self, code: str, row: int | None, detail: str) -> None:
        self.breaches.append(Breach(code, self.sheet, row, detail))
        self.stop = True

    def _dimension(self, head: bytes) -> None:
        self.dimension_checked = True
        m = _DIMENSION.search(head)
        if m is None:
            return
        ref = m.group(1).decode("ascii", "replace").split(":")[-1]
        cell = _CELL_REF.match(ref)
        if cell is None:
            return
        col, row = column_number(cell.group(1)), int(cell.group(2))
        if col > self.limits.max_columns or row > self.max_rows:
            self._refuse(
                SHEET_DIMENSION,
                None,
                f"the sheet declares a cell at {ref} ({row} rows, {col} columns): at most "
                f"{self.max_rows} rows and {self.limits.max_columns} columns are read",
            )

    def feed(self, chunk: bytes) -> None:
        if not self.dimension_checked:
            self.head += chunk
            if len(self.head) >= _HEAD or b"<sheetData" in self.head:
                self._dimension(self.head)
                self.head = b""
                if self.stop:
                    return
        buf = self.tail + chunk
        # A match ending inside the overlap was complete, and seen, with the previous chunk;
        # one that straddles the boundary is new (the overlap is longer than any tag sought).
        skip = len(self.tail)
        far = _FAR_CELL.search(buf)
        if far is not None:
            ref = far.group(0).decode("ascii", "replace").split("=", 1)[1].strip("\"' ")
            self._refuse(
                SHEET_DIMENSION,
                None,
                f"a cell at {ref}: at most {self.max_rows} rows and "
                f"{self.limits.max_columns} columns are read",
            )
            return
        last_row = None
        for m in _ROW_TAG.finditer(buf):
            if m.end() <= skip:
                continue
            self.rows += 1
            last_row = m
        if last_row is not None:
            number = _ROW_NUMBER.search(buf, last_row.end(), last_row.end() + 200)
            highest = int(number.group(1)) if number else self.rows
            if self.rows > self.max_rows or highest > self.max_rows:
                self._refuse(
                    SHEET_ROWS,
                    None,
                    f"more than {self.max_rows} rows (row {max(self.rows, highest)} found)",
                )
                return
        if self.formulas:
            for m in _FORMULA_TAG.finditer(buf):
                if m.end() <= skip:
                    continue
                self.formula_count += 1
                if self.formula_count <= self.limits.max_listed:
                    ref, row = _cell_row(buf, m.start())
                    where = f"cell {ref}" if ref else "a cell"
                    self.breaches.append(
                        Breach(FORMULA, self.sheet, row, f"{where} holds a formula")
                    )
        self.tail = buf[-_OVERLAP:]

    def close(self) -> None:
        if not self.dimension_checked and self.head:
            self._dimension(self.head)
        extra = self.formula_count - self.limits.max_listed
        if extra > 0:
            self.breaches.append(
                Breach(FORMULA, self.sheet, None, f"{extra} more formula cells not listed")
            )


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, sink: _SheetStream | None) -> int:
    """Read an entry to its end (zipfile checks the declared size and CRC); return its size."""
    size = 0
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            size += len(chunk)
            if sink is not None and not sink.stop:
                sink.feed(chunk)
    if sink is not None:
        sink.close()
    return size


def _meta_kind(name: str) -> str | None:
    low = name.lower()
    if low.startswith("docprops/") and low.endswith(".xml"):
        return IIN_IN_PROPERTIES
    base = low.rsplit("/", 1)[-1]
    if low.startswith("xl/") and (
        base.startswith("comments") or "threadedcomment" in low or low.startswith("xl/persons/")
    ):
        return IIN_IN_COMMENT
    return None


def iins_in_text(text: str) -> list[str]:
    """Return the IINs (valid check digit, fifth digit 0-3) standing alone in ``text``."""
    return [d for d in _EMBEDDED_12.findall(text) if is_iin(d)]


def _mask(digits: str) -> str:
    return digits[:4] + "******" + digits[-2:]


def _personal(code: str, part: str, raw: bytes) -> list[Breach]:
    text = html.unescape(raw.decode("utf-8", "replace"))
    found = iins_in_text(text)
    if not found:
        return []
    what = {
        IIN_IN_PROPERTIES: "the document properties",
        IIN_IN_COMMENT: "a comment",
        IIN_IN_DEFINED_NAME: "a defined name",
    }[code]
    return [
        Breach(
            code,
            None,
            None,
            f"{what} ({part}) hold an IIN ({_mask(found[0])}): no personal data may leave "
            "the office",
        )
    ]


def inspect_workbook(
    path: Path, limits: Limits, *, formulas: bool = False, personal: bool = False
) -> WorkbookScan:
    """Check a workbook against ``limits`` without parsing it; never raises on bad input.

    Args:
        path: the ``.xlsx`` file.
        limits: what is read at all.
        formulas: report every formula cell (report packages hold none, reporting.md §2.2).
        personal: scan document properties, comments and defined names for IINs (§2.3).
    """
    scan = WorkbookScan()
    breaches = scan.breaches
    try:
        file_size = path.stat().st_size
        if file_size > limits.max_file_bytes:
            breaches.append(
                Breach(
                    FILE_TOO_LARGE,
                    detail=f"{file_size} bytes: at most {limits.max_file_bytes} are read",
                )
            )
            return scan
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_entries:
                breaches.append(
                    Breach(
                        ZIP_ENTRIES,
                        detail=f"{len(infos)} entries: at most {limits.max_entries} are read",
                    )
                )
                return scan
            names: set[str] = set()
            total = 0
            for info in infos:
                if _bad_name(info.filename) or info.filename in names:
                    breaches.append(Breach(ZIP_ENTRY_NAME, detail=f"entry name {info.filename!r}"))
                names.add(info.filename)
                total += info.file_size
                if info.file_size > limits.max_total_bytes:
                    breaches.append(
                        Breach(
                            ZIP_ENTRY_SIZE,
                            detail=f"{info.filename} unpacks to {info.file_size} bytes",
                        )
                    )
                elif (
                    info.file_size > limits.ratio_from_bytes
                    and info.file_size > limits.max_ratio * max(info.compress_size, 1)
                ):
                    breaches.append(
                        Breach(
                            ZIP_RATIO,
                            detail=f"{info.filename} unpacks {info.compress_size} bytes to "
                            f"{info.file_size} (more than {limits.max_ratio} times)",
                        )
                    )
            if total > limits.max_total_bytes and not any(
                b.code == ZIP_ENTRY_SIZE for b in breaches
            ):
                breaches.append(
                    Breach(
                        ZIP_TOTAL_SIZE,
                        detail=f"the entries unpack to {total} bytes: at most "
                        f"{limits.max_total_bytes} are read",
                    )
                )
            if breaches:
                return scan
            scan.sheet_names, parts = _sheet_parts(zf, names)
            _duplicates(scan)
            for info in infos:
                name = str(PurePosixPath(info.filename))
                sheet = parts.get(name)
                if sheet is None and name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    sheet = name
                sink = _SheetStream(sheet, limits, formulas=formulas) if sheet is not None else None
                _stream(zf, info, sink)
                if sink is not None:
                    breaches.extend(sink.breaches)
                    if sink.stop:
                        return scan
                kind = _meta_kind(name) if personal else None
                if kind is not None and info.file_size <= _MAX_META:
                    breaches.extend(_personal(kind, name, zf.read(info)))
                if personal and name == "xl/workbook.xml" and info.file_size <= _MAX_META:
                    defined = _DEFINED_NAMES.search(zf.read(info))
                    if defined is not None:
                        breaches.extend(_personal(IIN_IN_DEFINED_NAME, name, defined.group(0)))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, ValueError) as exc:
        breaches.append(Breach(ZIP_CORRUPT, detail=f"not a readable .xlsx: {exc}"))
    except NotImplementedError as exc:  # an unsupported compression method
        breaches.append(Breach(ZIP_CORRUPT, detail=f"not a readable .xlsx: {exc}"))
    return scan


def _duplicates(scan: WorkbookScan) -> None:
    seen: dict[str, str] = {}
    for name in scan.sheet_names:
        key = name.casefold()
        if key in seen:
            scan.breaches.append(
                Breach(SHEET_DUPLICATE, name, None, f"the sheet {name!r} appears more than once")
            )
        seen.setdefault(key, name)
