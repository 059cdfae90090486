"""The values of a history in words (issue 11): what the forms show, not what the store holds.

A history records plain text (``models/audit/record.as_text``): codes, ISO dates, 1/0 for yes
and no, settlement codes and the UUIDs of linked records. The History dialog shows them as the
forms do: a code-list code by its label in the interface language (the lists of
``models/code_guard.CODED_FIELDS``, and the functional zones), the few fixed vocabularies by the
forms' own words (their translations reused: the same context and source text), dates as
dd.mm.yyyy, yes/no, a settlement by its name and a linked family or person by name. A value
this module does not know is shown as recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import Boolean, Date

from models.code_guard import CODED_FIELDS
from models.objects.accessibility import CATEGORY_LETTERS
from models.objects.tables import CATEGORIES, YES_NO
from models.reference.repository import ReferenceRepository
from models.store.base import Base
from models.store.db import Store
from ui.i18n import current_language, format_date, local_name

#: Coded fields whose codes are a code list of the store: (table, column) -> list name.
STORE_LISTS: dict[tuple[str, str], str] = {
    **{
        (f.column.class_.__tablename__, f.column.key): f.codes
        for f in CODED_FIELDS
        if isinstance(f.codes, str)
    },
    # Zones are a fixed tuple for the guard; the forms label them by this list.
    ("passport_zone", "zone"): "functional_zones",
    ("measurement", "zone"): "functional_zones",
    ("zone_work", "zone"): "functional_zones",
    # A closure's reason (an assignment's reason is the new worker's login: shown as is).
    ("case_event", "reason_code"): "closure_reasons",
    # The whole passport (issue 12): zones of annex rows and photos, a trigger's kind (codes of
    # the re-inspection reasons), a norm rule's element.
    ("zone_element", "zone"): "functional_zones",
    ("photo", "zone"): "functional_zones",
    ("reinspection_trigger", "kind"): "reinspection_reasons",
}
#: Coded fields holding several codes separated by spaces: (table, column) -> list name, or
#: None for user categories (shown by their letters, К О С Г У).
SEVERAL: dict[tuple[str, str], str | None] = {
    (f.column.class_.__tablename__, f.column.key): (f.codes if isinstance(f.codes, str) else None)
    for f in CODED_FIELDS
    if f.several and (isinstance(f.codes, str) or f.codes == CATEGORIES)
}
SEVERAL[("norm_rule", "zones")] = "functional_zones"
#: Columns holding "YES", "NO" or "" (issue 12's yes/no questions).
YES_NO_FIELDS = frozenset(
    (f.column.class_.__tablename__, f.column.key) for f in CODED_FIELDS if f.codes == YES_NO
)

#: The forms' words for the fixed vocabularies: code -> (translation context, source text).
_LEVELS = {
    "FULL": ("LevelGrid", "Full"),
    "PARTIAL": ("LevelGrid", "Partial"),
    "CONDITIONAL": ("LevelGrid", "Conditional"),
    "NONE": ("LevelGrid", "None"),
    "NA": ("LevelGrid", "N/A"),
}
_SERVICE_FORMS = {
    "A": ("PassportForm", "all zones accessible"),
    "B": ("PassportForm", "dedicated areas or rooms"),
    "DU": ("PassportForm", "conditional: assistance, at home or remote"),
    "VND": ("PassportForm", "not organised"),
}
#: The letters the passport form puts before a service form's words.
_SERVICE_FORM_LETTERS = {"A": "А", "B": "Б", "DU": "ДУ", "VND": "ВНД"}
FIXED: dict[tuple[str, str], Mapping[str, tuple[str, str]]] = {
    **{("passport_zone", f"level_{c.lower()}"): _LEVELS for c in CATEGORIES},
    **{("passport", f"suggested_{c.lower()}"): _LEVELS for c in CATEGORIES},
    **{("passport", f"service_form_{c.lower()}"): _SERVICE_FORMS for c in CATEGORIES},
    ("person", "sex"): {"M": ("MemberForm", "Male"), "F": ("MemberForm", "Female")},
    ("family", "rural"): {
        "0": ("FamilyForm", "Urban"),
        "1": ("FamilyForm", "Rural"),
        "False": ("FamilyForm", "Urban"),
        "True": ("FamilyForm", "Rural"),
    },
    # An office setting's yes/no (the settings history names each by its key, issue 12).
    ("setting", "sanitary_core_for_residential"): {
        "1": ("HistoryDialog", "Yes"),
        "0": ("HistoryDialog", "No"),
    },
    ("zone_work", "funding_source"): {
        "LOCAL_BUDGET": ("WorksTable", "Local budget"),
        "OWNER": ("WorksTable", "Owner's funds"),
        "STATE_PROGRAMME": ("WorksTable", "State programme"),
    },
}
#: Linking fields: the record they point to is named (:func:`models.audit.history.linked_names`).
LINK_FIELDS = frozenset({"family_id", "person_id"})
#: Fields holding a settlement's KATO code.
KATO_FIELDS = frozenset({"kato"})

YES = QT_TRANSLATE_NOOP("HistoryDialog", "Yes")
NO = QT_TRANSLATE_NOOP("HistoryDialog", "No")
#: A link to a record that no longer exists: its UUID's first characters follow.
REMOVED = QT_TRANSLATE_NOOP("HistoryDialog", "record removed ({id})")


def _column_kind(entity: str, field: str) -> str:
    """Return "bool", "date" or "" for the column ``entity.field`` of the store."""
    table = Base.metadata.tables.get(entity)
    if table is None or field not in table.c:
        return ""
    kind = table.c[field].type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Date):
        return "date"
    return ""


def _translate(pair: tuple[str, str]) -> str:
    return QCoreApplication.translate(pair[0], pair[1])


class ValueTexts:
    """Turns the recorded values of a history into the words a form shows.

    Code lists and settlements are read from the store once, on first use; ``links`` holds the
    names of linked records by UUID (filled by the dialog, which reads them with the history).
    """

    def __init__(self, store: Store, lang: str | None = None) -> None:
        self.store = store
        self.lang = lang or current_language()
        self.links: dict[str, str] = {}
        self._lists: dict[str, dict[str, str]] = {}
        self._settlements: dict[str, str] | None = None

    def _list(self, name: str) -> dict[str, str]:
        if name not in self._lists:
            labels = ReferenceRepository(self.store).code_labels(name)
            self._lists[name] = {c.code: c.label(self.lang) for c in labels}
        return self._lists[name]

    def _settlement(self, kato: str) -> str:
        if self._settlements is None:
            self._settlements = {
                code: local_name(kk, ru, self.lang)
                for code, kk, ru in ReferenceRepository(self.store).settlements()
            }
        name = self._settlements.get(kato)
        return f"{name} ({kato})" if name else kato

    def text(self, entity: str, field: str, value: str | None) -> str:
        """Return ``value`` of ``entity.field`` as a form shows it ("" for no value)."""
        if value is None or value == "":
            return ""
        if field in LINK_FIELDS:
            name = self.links.get(value)
            if name:
                return name
            return QCoreApplication.translate("HistoryDialog", str(REMOVED)).format(id=value[:8])
        list_name = STORE_LISTS.get((entity, field))
        if list_name is not None:
            return self._list(list_name).get(value, value)
        if (entity, field) in SEVERAL:
            several = SEVERAL[(entity, field)]
            labels = CATEGORY_LETTERS if several is None else self._list(several)
            return ", ".join(labels.get(code, code) for code in value.split())
        if (entity, field) in YES_NO_FIELDS and value in YES_NO:
            yes = value == "YES"
            return QCoreApplication.translate("HistoryDialog", str(YES if yes else NO))
        fixed = FIXED.get((entity, field))
        if fixed is not None:
            pair = fixed.get(value)
            if pair is None:
                return value
            words = _translate(pair)
            letter = _SERVICE_FORM_LETTERS.get(value) if fixed is _SERVICE_FORMS else None
            return f"{letter} — {words}" if letter else words
        if field in KATO_FIELDS:
            return self._settlement(value)
        kind = _column_kind(entity, field)
        if kind == "bool" and value in ("0", "1", "False", "True"):
            yes = value in ("1", "True")
            return QCoreApplication.translate("HistoryDialog", str(YES if yes else NO))
        if kind == "date":
            try:
                return format_date(date.fromisoformat(value[:10]))
            except ValueError:
                return value
        return value
