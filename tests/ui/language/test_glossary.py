"""One vocabulary (issue 11): every translation uses the glossary's term for a domain word.

``resources/glossary.csv`` holds each domain term in English, Kazakh and Russian with how to
find it: ``en_words`` (a regular expression of the English word forms, matched as whole words,
case-insensitive), ``kk_stems`` and ``ru_stems`` (``|``-separated stems; a translation uses the
term when one of its words starts with a stem, so Kazakh and Russian case endings pass). For
every message of the Kazakh and Russian catalogues whose English source names a term, the
translation must contain the term's stem; :data:`EXCEPTIONS` lists the few messages where the
English word is not the domain term, each with its reason. The printouts' own label tables are
held to the same glossary.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.paths import resource_path
from tools import ts_fill

TS_DIR = Path(__file__).resolve().parents[3] / "resources" / "translations"
GLOSSARY = resource_path("glossary.csv")
COLUMNS = ["key", "en", "kk", "ru", "note", "en_words", "kk_stems", "ru_stems"]

#: (term key, context, English source) -> why the English word is not the term there.
EXCEPTIONS: dict[tuple[str, str, str], str] = {
    (
        "visit",
        "AdaptationDialog",
        "Optional: how the service is given meanwhile (home visit, online...)",
    ): "service at home, a form of service (ДУ), not a monitoring visit of a case",
    (
        "status",
        "Messages",
        "Children under 7 have a disability status without a group: check the entry.",
    ): "a disability status of a person (brief §3.2), not an accessibility status",
    (
        "zone",
        "Messages",
        "The manifest's creation time is not a date and time with a time zone.",
    ): "a time zone, not a functional zone",
    (
        "period",
        "Messages",
        "A chosen family is not due for destruction (a case is open or closed less than the "
        "retention period ago): refresh the list.",
    ): "a retention term (сақтау мерзімі / срок хранения), not a reporting period",
    (
        "period",
        "MoneyTab",
        "Period",
    ): "an income's or benefit's term of validity, not a reporting period",
    (
        "plan",
        "AnnexEditor",
        "Plan",
    ): "an element's number on the floor plan (a short column header), not a support plan",
    # Passport §4 (issue 12): the design's agreement with a body (келісу / согласование) and
    # the period of the works, neither the approval of a reporting period nor the period itself.
    **{
        ("approval", "DecisionExtraSection", source): "an agreement with a body (келісу / "
        "согласование, passport §4), not the approval of a reporting period"
        for source in (
            "Approval needed",
            "Appro&val needed:",
            "Approval date",
            "Approval &date:",
            "Approved by",
            "Approved &by:",
        )
    },
    **{
        ("period", context, source): "the term of the adaptation works (жұмыстар мерзімі, "
        "passport §4), not a reporting period"
        for context, source in (
            ("DecisionExtraSection", "Period, programme and approvals"),
            ("DecisionExtraSection", "Works &period:"),
            ("Messages", "The works cannot end before they start: check the period."),
        )
    },
}


@dataclass(frozen=True)
class Term:
    """One glossary term and how to find it in English, Kazakh and Russian text."""

    key: str
    labels: Mapping[str, str]
    en_words: re.Pattern[str]
    stems: Mapping[str, tuple[str, ...]]

    def named_in(self, source: str) -> bool:
        """Return True when the English ``source`` names the term."""
        return self.en_words.search(_plain(source)) is not None

    def used_in(self, text: str, lang: str) -> bool:
        """Return True when a word of ``text`` starts with one of the term's stems in ``lang``."""
        plain = _plain(text).casefold()
        return any(re.search(rf"(?<!\w){re.escape(stem)}", plain) for stem in self.stems[lang])


def _plain(text: str) -> str:
    """Return ``text`` without mnemonics (``&Objects``), HTML tags and ``{placeholders}``."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"<[^>]+>|\{\w+\}", " ", text)


def load_glossary(path: Path = GLOSSARY) -> list[Term]:
    """Return the terms of the glossary file."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [
        Term(
            key=r["key"],
            labels={lang: r[lang] for lang in ("en", "kk", "ru")},
            en_words=re.compile(rf"\b(?:{r['en_words']})\b", re.IGNORECASE),
            stems={lang: tuple(r[f"{lang}_stems"].casefold().split("|")) for lang in ("kk", "ru")},
        )
        for r in rows
    ]


def misses(ts: Path, lang: str, terms: list[Term]) -> Iterator[tuple[str, str, str, str]]:
    """Yield (term key, context, source, translation) where a translation lacks its term."""
    for msg in ts_fill.messages(ts):
        for term in terms:
            if not term.named_in(msg.source):
                continue
            if (term.key, msg.context, msg.source) in EXCEPTIONS:
                continue
            for form in msg.forms:
                if form and not term.used_in(form, lang):
                    yield term.key, msg.context, msg.source, form
                    break


def test_glossary_is_well_formed() -> None:
    with GLOSSARY.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        rows = list(reader)
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys))
    for term in load_glossary():
        assert all(term.labels.values()), term.key
        # The English label names itself, and each language's label carries one of its stems.
        assert term.named_in(term.labels["en"]), term.key
        for lang in ("kk", "ru"):
            assert term.used_in(term.labels[lang], lang), (term.key, lang)


def test_glossary_holds_the_brief_terms() -> None:
    terms = {t.key: t for t in load_glossary()}
    # brief §5: Әкімшілік-аумақтық объектілер жіктеуіші (ӘАОЖ) / Классификатор ... (КАТО).
    assert (terms["kato"].labels["kk"], terms["kato"].labels["ru"]) == ("ӘАОЖ", "КАТО")
    assert terms["accompaniment"].labels["kk"] == "сүйемелдеу"
    assert terms["passportization"].labels["ru"] == "паспортизация"
    assert terms["kato"].named_in("Settlement (&KATO code)")
    assert terms["object"].named_in("3 objects found")
    assert not terms["object"].named_in("objections")
    assert terms["family"].used_in("Семьи", "ru")
    assert terms["case"].used_in("Ашық істер", "kk")
    assert not terms["kato"].used_in("ҚАТО коды", "kk")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_translations_use_the_glossary_terms(lang: str) -> None:
    found = list(misses(TS_DIR / f"qoldau_{lang}.ts", lang, load_glossary()))
    assert not found, "\n".join(f"{k} [{c}] {s!r} -> {t!r}" for k, c, s, t in found[:40])


def test_exceptions_are_still_needed() -> None:
    """An exception no message needs any more is removed, so the list stays short and true."""
    terms = {t.key: t for t in load_glossary()}
    messages = {
        (m.context, m.source)
        for lang in ("kk", "ru")
        for m in ts_fill.messages(TS_DIR / f"qoldau_{lang}.ts")
    }
    for key, context, source in EXCEPTIONS:
        assert (context, source) in messages, (key, context, source)
        assert terms[key].named_in(source), (key, source)


def _printout_tables() -> Iterator[tuple[str, Mapping[str, Mapping[str, str]]]]:
    from ui.cases import case_summary_labels
    from ui.objects.prints import labels as passport_labels
    from ui.reporting import breakdowns_print, period_report

    yield "period_report", period_report.LABELS
    yield "breakdowns_print", breakdowns_print.LABELS
    yield "case_summary", case_summary_labels.LABELS
    for name in ("LABELS", "SERVICE_FORM_LABELS", "FUNDING_LABELS"):
        yield f"passport_print.{name}", getattr(passport_labels, name)


#: (table, key, term key) -> why a printout label does not use the glossary's term.
PRINT_EXCEPTIONS: dict[tuple[str, str, str], str] = {
    ("case_summary", "worker", "case"): "a role, 'case worker' (жауапты маман / специалист)",
    ("case_summary", "case_worker", "case"): "a role, 'case worker' (жауапты маман / специалист)",
    ("case_summary", "closure_map", "family"): "the map's official abbreviation ОЦК / ЦКС (§3.6)",
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_printouts_use_the_glossary_terms(lang: str) -> None:
    """Printouts say what the screens say: their labels are held to the same glossary."""
    terms = load_glossary()
    found = []
    for table, labels in _printout_tables():
        for key, english in labels["en"].items():
            text = labels[lang].get(key, "")
            for term in terms:
                if (table, key, term.key) in PRINT_EXCEPTIONS:
                    continue
                if term.named_in(english) and not term.used_in(text, lang):
                    found.append(f"{table}[{key!r}] {term.key}: {english!r} -> {text!r}")
    assert not found, "\n".join(found)
