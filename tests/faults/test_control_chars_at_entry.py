"""A name or address with a control character is refused at entry (issue 9)."""

from __future__ import annotations

from datetime import date

from models.objects.dto import ObjectDraft
from models.objects.validation import Context, validate_object
from models.text import has_control, strip_control

CTX = Context(
    today=date(2026, 11, 20),
    office_kato="113200000",
    office_level="district",
    region_codes=frozenset({"11"}),
    object_types=frozenset({"EDU_SCHOOL"}),
)


def draft(**changes: object) -> ObjectDraft:
    values: dict[str, object] = {
        "kato": "113220100",
        "name": "№1 мектеп",
        "object_type": "EDU_SCHOOL",
        "address": "Абай көшесі, 5",
    }
    values.update(changes)
    return ObjectDraft(**values)  # type: ignore[arg-type]


def codes(report: object) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in report.issues}  # type: ignore[attr-defined]


def test_a_clean_object_has_no_control_issue() -> None:
    assert not {c for c in codes(validate_object(draft(), CTX)) if c[1] == "control_chars"}


def test_a_nul_in_the_name_is_refused() -> None:
    assert ("name", "control_chars") in codes(validate_object(draft(name="Мектеп\x00"), CTX))


def test_a_control_character_in_the_address_is_refused_but_a_newline_is_not() -> None:
    assert ("address", "control_chars") in codes(validate_object(draft(address="Абай\x1b"), CTX))
    assert ("address", "control_chars") not in codes(
        validate_object(draft(address="Абай көшесі\n5-үй"), CTX)
    )


def test_text_helpers() -> None:
    assert has_control("a\x00b") and has_control("a\tb") and not has_control("a\tb", multiline=True)
    assert strip_control("Мектеп\x00 №1\x1f\t\n") == "Мектеп №1\t\n"
