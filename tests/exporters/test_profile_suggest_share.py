"""How much of an office's own layout the suggestion matches (issue 15, README's developer section).

Each layout of :mod:`tests.exporters.profile_layouts` is written by openpyxl, read back through
the bounded reader (:func:`exporters.profile_sheet.read_sheets`, merged cells as calamine gives
them) and suggested for. The field share is the expected fields whose column the suggestion
found, over the expected fields plus any column it gave a field the clerk would not; the value
share is the distinct values of coded fields the import would read as the expected code (through
the suggested ``values``, a code, a §3.1 word or a display code), over all of them. The README's
table must say what is measured here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from exporters.import_profile import MEMBERS, OBJECTS, normalise
from exporters.profile_members import preview_members
from exporters.profile_sheet import read_sheets
from exporters.profile_suggest import (
    FLAG_FIELDS,
    FLAG_WORDS,
    Suggestion,
    suggest_profile,
    value_choices,
)
from exporters.registry_import import preview_registry
from models.objects.status_display import parse_display_code
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.profile_layouts import (
    DFM_LIST,
    LAYOUTS,
    MIXED_SPELLINGS,
    SCHOOL_LIST,
    Layout,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def read_as(suggestion: Suggestion, field: str, text: str) -> Any:
    """Return what the import reads ``text`` of ``field`` as under the suggested profile."""
    entry = suggestion.profile.values.get(field, {}).get(normalise(text))
    if entry is not None:
        return entry
    if field == "status_display":
        return parse_display_code(text)
    if field in FLAG_FIELDS:
        return FLAG_WORDS.get(normalise(text))
    codes = {normalise(code): code for code, _, _ in value_choices(field)}
    return codes.get(normalise(text))


def measure(layout: Layout, folder: Path) -> tuple[Suggestion, float, float]:
    """Suggest for ``layout`` and return (suggestion, field share, value share)."""
    sheets = read_sheets(layout.write(folder))
    suggestion = suggest_profile(sheets, layout.target)
    got = suggestion.profile.columns
    right = sum(got.get(f) == header for f, header in layout.columns.items())
    extra = sum(f not in layout.columns for f in got)
    field_share = right / (len(layout.columns) + extra)
    pairs = [(f, t, code) for f, table in layout.values.items() for t, code in table.items()]
    value_share = sum(read_as(suggestion, f, t) == code for f, t, code in pairs) / len(pairs)
    return suggestion, field_share, value_share


def percent(share: float) -> str:
    return f"{share * 100:.0f} %"


def table_line(layout: Layout, field_share: float, value_share: float) -> str:
    values = sum(len(t) for t in layout.values.values())
    return (
        f"| {layout.name} | {layout.title} | {len(layout.columns)} | "
        f"{percent(field_share)} | {values} | {percent(value_share)} |"
    )


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_suggestion_matches_the_layout(layout: Layout, tmp_path: Path) -> None:
    suggestion, field_share, value_share = measure(layout, tmp_path)
    assert suggestion.profile.header_row == layout.header_row
    assert suggestion.profile.target == layout.target
    assert dict(suggestion.profile.columns) == dict(layout.columns)
    assert suggestion.required_missing == ()
    assert field_share == 1.0
    assert value_share >= 0.9
    # What it reports unmatched is exactly what it could not read as the expected code.
    for fname, table in layout.values.items():
        missed = {t for t, code in table.items() if read_as(suggestion, fname, t) != code}
        assert missed <= set(suggestion.unmatched_values.get(fname, ())), fname
    # The README keeps the measured figures.
    assert table_line(layout, field_share, value_share) in README.read_text(encoding="utf-8")


def test_layouts_cover_the_issue() -> None:
    """At least six layouts, both targets, and every coded value written out by hand."""
    assert len(LAYOUTS) >= 6
    assert {layout.target for layout in LAYOUTS} == {"objects", "members"}
    assert len({layout.name for layout in LAYOUTS}) == len(LAYOUTS)


#: Objects layouts the suggestion alone makes importable, with their rows of objects
#: (``merged_numbers``'s column-numbers row is skipped by the reader, not imported).
IMPORTABLE = {"ru_title_date": 9, "kk_row4": 8, "numbers_text": 8, "merged_numbers": 6}


@pytest.mark.parametrize("name", sorted(IMPORTABLE))
def test_suggested_profile_imports_the_register_as_it_stands(
    name: str, store: Store, tmp_path: Path
) -> None:
    layout = next(layout for layout in LAYOUTS if layout.name == name)
    path = layout.write(tmp_path)
    suggestion = suggest_profile(read_sheets(path), layout.target)

    preview = preview_registry(store, path, today=TODAY, profile=suggestion.profile)
    assert preview.problems == ()
    assert preview.plan is not None
    assert (preview.plan.added, preview.plan.updated) == (IMPORTABLE[name], 0)


def test_unmatched_values_are_the_rows_the_import_refuses(store: Store, tmp_path: Path) -> None:
    path = MIXED_SPELLINGS.write(tmp_path)
    suggestion = suggest_profile(read_sheets(path), OBJECTS)

    preview = preview_registry(store, path, today=TODAY, profile=suggestion.profile)
    # Rows 9 and 10 hold 'Мини-маркет' and 'Стоматология', the two values listed as unmatched.
    assert [(p.row, p.column, p.code) for p in preview.parsed.problems] == [
        (9, "object_type", "unknown_code"),
        (10, "object_type", "unknown_code"),
    ]


@pytest.mark.parametrize(
    ("layout", "no_iin_rows"),
    [(SCHOOL_LIST, [6, 7, 8, 9, 10]), (DFM_LIST, [6, 7])],
    ids=["school_members", "dfm_members"],
)
def test_suggested_members_profile_reads_every_cell(
    layout: Layout, no_iin_rows: list[int], store: Store, tmp_path: Path
) -> None:
    """Through the members reader the only problems left are the people the lists give no IIN
    or reason for: every sex, relation, map level and category was read."""
    path = layout.write(tmp_path)
    suggestion = suggest_profile(read_sheets(path), MEMBERS)

    preview = preview_members(store, path, suggestion.profile, today=TODAY)
    assert [(p.row, p.column, p.code) for p in preview.problems] == [
        (row, "iin", "iin_or_reason_required") for row in no_iin_rows
    ]
