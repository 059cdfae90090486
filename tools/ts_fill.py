"""List and fill the unfinished messages of a Qt Linguist .ts file, keeping lupdate's layout.

python tools/ts_fill.py todo resources/translations/qoldau_kk.ts       # JSON of unfinished messages
python tools/ts_fill.py apply kk table.json [table2.json ...]          # fill qoldau_kk.ts
python tools/ts_fill.py fix kk table.json                              # also replace made ones
python tools/ts_fill.py check                                          # problems in kk and ru

A table is a JSON object ``{source: {"kk": text, "ru": text}}``; a key ``"Context::source"``
applies to one context only and wins over the plain source. Numerus messages (``%n``) take a
list of forms: Russian three (one, few, many), Kazakh as many as the file has (the same text).
Only unfinished messages are filled: a translation already made is never overwritten.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"

_CONTEXT_RE = re.compile(r"(<context>\n    <name>(.*?)</name>\n)(.*?)(</context>\n)", re.S)
_MESSAGE_RE = re.compile(r"    <message( numerus=\"yes\")?>\n.*?    </message>\n", re.S)
_SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
_COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
_TRANSLATION_RE = re.compile(
    r"        <translation( type=\"(?:unfinished|vanished|obsolete)\")?>(.*?)</translation>\n", re.S
)
_FORM_RE = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
_PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")
_MNEMONIC_RE = re.compile(r"&[^&\s]")
_MIXED_RE = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0400-\u04FF])\w+\b")


@dataclass(frozen=True)
class Message:
    """One message of a .ts file.

    Attributes:
        context: The context name.
        source: The English source text.
        comment: The disambiguation comment ("" when none).
        numerus: True for a %n message with plural forms.
        unfinished: True when the translation is marked unfinished.
        forms: The translation (one item) or the plural forms.
    """

    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]


def _unescape(text: str) -> str:
    return html.unescape(text)


def escape(text: str) -> str:
    """Escape a text the way lupdate writes it."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def _parse_block(context: str, block: str) -> Message:
    source = _unescape(_SOURCE_RE.search(block).group(1))  # type: ignore[union-attr]
    cm = _COMMENT_RE.search(block)
    tm = _TRANSLATION_RE.search(block)
    numerus = block.startswith('    <message numerus="yes">')
    body = tm.group(2) if tm else ""
    forms = tuple(_unescape(f) for f in _FORM_RE.findall(body)) if numerus else (_unescape(body),)
    return Message(
        context=context,
        source=source,
        comment=_unescape(cm.group(1)) if cm else "",
        numerus=numerus,
        unfinished=bool(tm and tm.group(1)),
        forms=forms,
    )


def messages(ts: Path) -> Iterator[Message]:
    """Yield every message of a .ts file."""
    text = ts.read_text(encoding="utf-8")
    for cm in _CONTEXT_RE.finditer(text):
        context = _unescape(cm.group(2))
        for mm in _MESSAGE_RE.finditer(cm.group(3)):
            yield _parse_block(context, mm.group(0))


def _lookup(
    table: Mapping[str, Mapping[str, object]], lang: str, msg: Message
) -> str | list[str] | None:
    for key in (f"{msg.context}::{msg.source}", msg.source):
        entry = table.get(key)
        if entry is not None and lang in entry:
            return entry[lang]  # type: ignore[return-value]
    return None


def _translation_xml(value: str | list[str], msg: Message) -> str:
    if not msg.numerus:
        if isinstance(value, list):
            value = value[0]
        return f"        <translation>{escape(value)}</translation>\n"
    forms = [value] if isinstance(value, str) else list(value)
    count = max(len(msg.forms), 1)
    forms = (forms + [forms[-1]] * count)[:count]
    inner = "".join(f"            <numerusform>{escape(f)}</numerusform>\n" for f in forms)
    return f"        <translation>\n{inner}        </translation>\n"


def apply(
    ts: Path, lang: str, table: Mapping[str, Mapping[str, object]], *, force: bool = False
) -> tuple[int, int]:
    """Fill the unfinished messages of ``ts`` found in ``table``.

    With ``force``, translations already made are replaced too (to correct them).

    Returns:
        (filled, still unfinished).
    """
    text = ts.read_text(encoding="utf-8")
    filled = left = 0

    def on_context(cm: re.Match[str]) -> str:
        context = _unescape(cm.group(2))

        def on_message(mm: re.Match[str]) -> str:
            nonlocal filled, left
            block = mm.group(0)
            msg = _parse_block(context, block)
            value = _lookup(table, lang, msg)
            if not msg.unfinished and not (force and value):
                return block
            if value is None or value == "" or value == []:
                left += 1
                return block
            filled += 1
            return _TRANSLATION_RE.sub(lambda _m: _translation_xml(value, msg), block, count=1)

        return cm.group(1) + _MESSAGE_RE.sub(on_message, cm.group(3)) + cm.group(4)

    ts.write_text(_CONTEXT_RE.sub(on_context, text), encoding="utf-8")
    return filled, left


def placeholders(text: str) -> set[str]:
    """Return the ``{name}``, ``%n`` and ``%1`` placeholders of a text."""
    return set(_PLACEHOLDER_RE.findall(text))


def mnemonics(text: str) -> int:
    """Return the number of keyboard mnemonics (``&x``, not ``&&``) in a text."""
    return len(_MNEMONIC_RE.findall(text.replace("&&", "")))


def problems(ts: Path) -> list[str]:
    """Return what is wrong in a translated .ts.

    Unfinished or empty messages, placeholders lost or invented, a mnemonic lost or added, and
    words that mix Latin and Cyrillic letters (a Latin "i" typed for the Kazakh "і").
    """
    found = []
    for msg in messages(ts):
        where = f"{ts.name} [{msg.context}] {msg.source!r}"
        if msg.unfinished or not msg.forms or any(not f.strip() for f in msg.forms):
            found.append(f"{where}: not translated")
            continue
        need = placeholders(msg.source)
        for form in msg.forms:
            missing = need - placeholders(form)
            if missing:
                found.append(f"{where}: {form!r} lacks {sorted(missing)}")
            extra = placeholders(form) - need
            if extra:
                found.append(f"{where}: {form!r} has unknown {sorted(extra)}")
            if mnemonics(form) != mnemonics(msg.source):
                found.append(f"{where}: {form!r} should have {mnemonics(msg.source)} mnemonic(s)")
            for word in _MIXED_RE.findall(form):
                found.append(f"{where}: {word!r} mixes Latin and Cyrillic letters")
    return found


#: Contexts whose widgets share one window, so their mnemonics must differ too.
WINDOWS: tuple[tuple[str, ...], ...] = (
    ("CaseDialog", "SignalForm", "StageBar"),
    ("FamilyDialog", "FamilyForm", "SettlementPicker"),
    ("MemberDialog", "MemberForm", "DuplicateBanner"),
    ("ObjectDialog", "ObjectForm", "SettlementPicker"),
    ("ObjectsPage", "ObjectDetailPanel"),
    ("PassportDialog", "PassportForm", "LevelGrid", "MeasurementTable", "WorksTable", "RowList"),
    ("QualityDialog", "PeriodPicker", "FindingsPanel"),
    ("ExportWizard", "PeriodPage", "PeriodPicker"),
    ("ExportWizard", "ChecksPage", "FindingsPanel"),
    ("ExportWizard", "DestinationPage"),
    ("ExportWizard", "ExportPage"),
    ("ReportingPage", "PeriodPicker"),
    ("DashboardPage", "PeriodPicker"),
    ("StepDialog", "AssessmentForm"),
    ("StepDialog", "PlanForm", "RowList"),
    ("StepDialog", "VisitForm"),
    ("StepDialog", "ServiceForm"),
    ("StepDialog", "ClosureDialog", "ClosureForm"),
    ("StepDialog", "ReopenDialog", "ReopenForm"),
    ("StepDialog", "IdentifyDialog", "IdentifyForm"),
)


def mnemonic_clashes(ts: Path) -> list[str]:
    """Return the windows where two translated texts use the same mnemonic letter.

    A window is one context, or a group of contexts in :data:`WINDOWS`; a clash means
    Alt+letter is ambiguous there (Qt then cycles between the widgets). Clashes the English
    source already has are left out.
    """
    by_context: dict[str, list[tuple[str, str, str]]] = {}
    for msg in messages(ts):
        by_context.setdefault(msg.context, []).append((msg.context, msg.source, msg.forms[0]))
    windows = [(c,) for c in sorted(by_context)] + [w for w in WINDOWS if len(w) > 1]
    found = []
    for window in windows:
        letters: dict[str, list[tuple[str, str]]] = {}
        for context in window:
            for _ctx, source, text in by_context.get(context, []):
                for key, value in (("tr", text), ("en", source)):
                    m = _MNEMONIC_RE.search(value.replace("&&", ""))
                    if m:
                        letters.setdefault(f"{key}:{m.group(0)[1].casefold()}", []).append(
                            (source, value)
                        )
        en_clash = {
            src for k, v in letters.items() if k.startswith("en:") and len(v) > 1 for src, _ in v
        }
        for key, items in sorted(letters.items()):
            if key.startswith("tr:") and len(items) > 1:
                if all(src in en_clash for src, _ in items):
                    continue
                where = "+".join(window)
                found.append(f"{ts.name} [{where}] {key[3:]}: {[t for _, t in items]}")
    return found


def _main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "check"
    if cmd == "todo":
        todo = [
            {"context": m.context, "source": m.source, "comment": m.comment, "numerus": m.numerus}
            for m in messages(Path(argv[2]))
            if m.unfinished
        ]
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    if cmd in ("apply", "fix"):
        lang = argv[2]
        table: dict[str, dict[str, object]] = {}
        for name in argv[3:]:
            table.update(json.loads(Path(name).read_text(encoding="utf-8")))
        filled, left = apply(TS_DIR / f"qoldau_{lang}.ts", lang, table, force=cmd == "fix")
        print(f"{lang}: filled {filled}, still unfinished {left}")
        return 0
    if cmd == "check":
        bad = [p for lang in ("kk", "ru") for p in problems(TS_DIR / f"qoldau_{lang}.ts")]
        print("\n".join(bad) or "all translated")
        for lang in ("kk", "ru"):
            for clash in mnemonic_clashes(TS_DIR / f"qoldau_{lang}.ts"):
                print("mnemonic clash:", clash)
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
