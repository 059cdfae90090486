"""Every code models/ and exporters/ can emit has a message, translated in kk, ru and en.

The codes are collected from the source (the calls that emit them), not from the message tables,
so a new code without a message fails here. The message tables are read by Qt's lupdate itself
(QT_TRANSLATE_NOOP entries), which :func:`test_lupdate_reads_the_message_tables` checks.
"""

from __future__ import annotations

import ast
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from exporters import import_profile, profile_objects, registry_read
from models.reference import import_profiles
from models.reporting import quality
from models.reporting.consolidation import ReceiptProblem
from tools import translations, ts_fill
from ui import i18n, messages, package_messages
from ui.imports import registry_problems
from ui.reporting.receive_dialog import problem_lines
from ui.widgets import quality_texts

ROOT = Path(translations.ROOT)
_CODE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def _calls(folder: str) -> Iterator[tuple[str, ast.Call]]:
    """Every call in the .py files of ``folder`` (migrations and demo data left out)."""
    for path in sorted((ROOT / folder).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if "/migrations/" in rel or "/demo/" in rel:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                yield rel, node


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _literals(node: ast.AST | None) -> set[str]:
    """The code(s) an argument gives: a literal, or both literals of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value} if _CODE.match(node.value) else set()
    if isinstance(node, ast.IfExp):
        return _literals(node.body) | _literals(node.orelse)
    return set()


def _arg(call: ast.Call, index: int) -> set[str]:
    return _literals(call.args[index]) if len(call.args) > index else set()


def issue_codes() -> set[str]:
    """Codes of :class:`~models.issues.Issue`: ``add(field, code)``, ``Issue(field, code)``,
    ``refused(field, code)`` and the life cycle's ``TransitionError(code, ...)``."""
    codes: set[str] = set()
    for _rel, call in _calls("models"):
        name = _name(call)
        if name in ("add", "Issue", "refused"):
            codes |= _arg(call, 1)
        elif name == "TransitionError":
            codes |= _arg(call, 0)
    # The case-transfer file's refusals are issues too (``exporters/transfer_file.py`` CODES).
    codes |= _constants(ROOT / "exporters" / "transfer_file.py", "CODES")
    return codes


def store_error_codes() -> set[str]:
    return {
        c for _rel, call in _calls("models") if _name(call) == "StoreError" for c in _arg(call, 0)
    }


def workbook_limit_codes() -> set[str]:
    """Reason codes of the bounded reader: the constants of its two modules."""
    codes: set[str] = set()
    for name in ("workbook_limits.py", "workbook_reader.py"):
        tree = ast.parse((ROOT / "exporters" / name).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and all(
                isinstance(t, ast.Name) and t.id.isupper() for t in node.targets
            ):
                codes |= _literals(node.value)
    return codes


def registry_import_codes() -> set[str]:
    """Codes of a registry import :class:`~exporters.registry_read.Problem` (and conflicts):
    those emitted, those its English messages declare and the reader's limits."""
    codes = set(registry_read.MESSAGES) | workbook_limit_codes()
    codes |= set(profile_objects.PROFILE_PROBLEM_CODES)  # an own register's (§3.1)
    for rel, call in [*_calls("exporters"), *_calls("models/objects")]:
        registry = rel.endswith(("registry_import.py", "registry_read.py"))
        if registry and _name(call) in ("add", "Problem"):
            codes |= _arg(call, 2)
        if rel.endswith("registry/store.py") and _name(call) == "Conflict":
            codes |= _arg(call, 2)
    return codes


#: Package rules named by computed text in the source (f"manifest_{key}", a rule passed on).
_COMPUTED_PACKAGE_RULES = {
    "manifest_package_id": "package_read.py",
    "manifest_app_version": "package_read.py",
}


def _constants(path: Path, name: str) -> set[str]:
    """The codes of the module-level tuple or set ``name`` of ``path`` (names resolved)."""
    if not path.exists():
        return set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    values = {
        t.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return {
                str(values[n.id])
                for n in ast.walk(node.value)
                if isinstance(n, ast.Name)
                if n.id in values
            }
    return set()


def package_rules() -> set[str]:
    """Rules of a :class:`~exporters.package_read.PackageProblem` from reading and verifying:
    the literals given to ``PackageProblem``/``bad``/``rule = ...``, the reader's limits and the
    §2.2 rules a package keeps (``models/reporting/rules.py`` ``PACKAGE_CODES``)."""
    rules = set(_COMPUTED_PACKAGE_RULES) | workbook_limit_codes()
    rules |= _constants(ROOT / "models" / "reporting" / "rules.py", "PACKAGE_CODES")
    for rel in ("exporters/package_read.py", "exporters/package_verify.py"):
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "rule" for t in node.targets
            ):
                rules |= _literals(node.value)
    for rel, call in _calls("exporters"):
        if not rel.endswith(("package_read.py", "package_verify.py")):
            continue
        if _name(call) == "PackageProblem":
            rules |= _arg(call, 2)
        elif _name(call) == "bad":
            # bad(rule, detail) for the manifest, bad(row, rule, detail) for a sheet
            first = [a for a in call.args if _literals(a)]
            rules |= _literals(first[0]) if first else set()
    return rules


def test_the_collection_finds_codes_of_every_kind() -> None:
    """A guard on the collectors: each finds codes known to exist."""
    assert {"required", "iin_checksum", "family_required", "transition_refused"} <= issue_codes()
    assert {"transfer_wrong_passphrase", "transfer_already_received"} <= issue_codes()
    assert {"missing", "too_new", "not_a_store"} <= store_error_codes()
    assert {"bad_date", "not_xlsx", "passport_before_current"} <= registry_import_codes()
    assert {"file_too_large", "workbook_timeout", "formula"} <= workbook_limit_codes()
    assert {"period_locked", "sub_offices_missing", "not_approved", "receipt_shape"} <= (
        period_codes()
    )
    assert {"manifest_missing", "workbook_missing", "sender_not_sub_office"} <= package_rules()
    for rule, module in _COMPUTED_PACKAGE_RULES.items():
        text = (ROOT / "exporters" / module).read_text(encoding="utf-8")
        assert rule in text or rule.removeprefix("manifest_") in text, rule


def period_codes() -> set[str]:
    """Codes of approved periods, returns and receipts (reporting.md §6): the lock's, the
    approvals' ``APPROVAL_CODES``, the receipts' ``RECEIPT_CODES`` and the module constants the
    returns, the sender's receipts and the consolidation's ``not_approved`` refuse with."""
    codes = _constants(ROOT / "models" / "reporting" / "approval.py", "APPROVAL_CODES")
    receipt = ast.parse((ROOT / "exporters" / "receipt.py").read_text(encoding="utf-8"))
    for node in receipt.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "RECEIPT_CODES" for t in node.targets
        ):
            codes |= {c for n in ast.walk(node.value) for c in _literals(n)}
    for path, name in (
        ("models/reference/approvals.py", "PERIOD_LOCKED"),
        ("models/reporting/returns.py", "NOTHING_TO_RETURN"),
        ("models/reporting/returns.py", "RETURN_REASON_REQUIRED"),
        ("models/reporting/exports.py", "RECEIPT_FOREIGN"),
        ("models/reporting/consolidation.py", "NOT_APPROVED"),
    ):
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        codes |= {
            node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        }
    return codes


def _messages_by_code() -> list[tuple[str, str, str, object]]:
    """(kind, code, context, source text) of every code emitted."""
    found: list[tuple[str, str, str, object]] = []
    for code in sorted(issue_codes()):
        found.append(("issue", code, "Messages", messages.ISSUE_TEXTS.get(code)))
    for code in sorted(store_error_codes()):
        found.append(("store", code, "Messages", messages.STORE_ERROR_TEXTS.get(code)))
    for code in sorted(package_rules()):
        text = package_messages.PACKAGE_PROBLEM_TEXTS.get(
            code
        ) or package_messages.WORKBOOK_LIMIT_TEXTS.get(code)
        found.append(("package", code, "Messages", text))
    for code in sorted(registry_import_codes()):
        if code in registry_problems._SHARED_CODES:
            found.append(("import", code, "Messages", messages.ISSUE_TEXTS.get(code)))
        elif code in package_messages.WORKBOOK_LIMIT_TEXTS:
            found.append(("import", code, "Messages", package_messages.WORKBOOK_LIMIT_TEXTS[code]))
        else:
            text = registry_problems.PROBLEM_TEXTS.get(code)
            found.append(("import", code, "RegistryImport", text))
    for code in (*import_profile.PROFILE_CODES, *import_profiles.STORED_PROFILE_CODES):
        found.append(("profile", code, "Messages", messages.PROFILE_TEXTS.get(code)))
    for code in quality.CODES:
        found.append(("quality", code, "Quality", quality_texts._TEXTS.get(code)))
    for code in sorted(period_codes()):
        found.append(("period", code, "Messages", messages.PERIOD_TEXTS.get(code)))
    return found


def test_every_emitted_code_has_a_message() -> None:
    missing = [(kind, code) for kind, code, _ctx, text in _messages_by_code() if text is None]
    assert missing == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_message_is_in_the_catalogue(lang: str) -> None:
    """kk and ru hold a finished translation of each message; en holds each source text."""
    ts = translations.TS_DIR / f"qoldau_{lang}.ts"
    held = {(m.context, m.source): m for m in ts_fill.messages(ts)}
    absent, unfinished = [], []
    for kind, code, ctx, text in _messages_by_code():
        if text is None:
            continue  # reported by test_every_emitted_code_has_a_message
        msg = held.get((ctx, str(text)))
        if msg is None:
            absent.append((kind, code))
        elif lang != "en" and (msg.unfinished or not any(msg.forms)):
            unfinished.append((kind, code))
    assert absent == []
    assert unfinished == []


def test_lupdate_reads_the_message_tables(tmp_path: Path) -> None:
    """pyside6-lupdate extracts the QT_TRANSLATE_NOOP entries of the tables, no stub needed."""
    ts = tmp_path / "tables.ts"
    sources = [
        ROOT / "ui" / "messages.py",
        ROOT / "ui" / "package_messages.py",
        ROOT / "ui" / "passport_messages.py",
        ROOT / "ui" / "imports" / "registry_problems.py",
    ]
    subprocess.run(
        [translations._tool("pyside6-lupdate"), "-silent", *map(str, sources), "-ts", str(ts)],
        check=True,
    )
    extracted = {(m.context, m.source) for m in ts_fill.messages(ts)}
    tables = [
        ("Messages", messages.ISSUE_TEXTS),
        ("Messages", messages.STORE_ERROR_TEXTS),
        ("Messages", package_messages.PACKAGE_PROBLEM_TEXTS),
        ("Messages", package_messages.WORKBOOK_LIMIT_TEXTS),
        ("Messages", messages.PERIOD_TEXTS),
        ("RegistryImport", registry_problems.PROBLEM_TEXTS),
    ]
    wanted = {(ctx, str(text)) for ctx, table in tables for text in table.values()}
    assert wanted - extracted == set()


@pytest.fixture
def kazakh(qapp: QApplication) -> Iterator[None]:
    """The interface in Kazakh for one test, English again afterwards."""
    translations.release()
    i18n.install_language(qapp, "kk")
    yield
    i18n.install_language(qapp, "en")


def test_receipt_problems_reach_the_kazakh_ui_translated(qtbot: QtBot, kazakh: None) -> None:
    """A package problem is worded from its rule and params, not from the English detail."""
    parent = QWidget()
    qtbot.addWidget(parent)
    problems = [
        ReceiptProblem(
            "manifest",
            None,
            "sender_not_sub_office",
            "district 553200000 (Район) is not a sub-office of region 110000000 (Область)",
            {"sender": "553200000", "receiver": "110000000"},
        ),
        ReceiptProblem(
            "A1", 7, "total_sum", "column 3 (objects_total) totals 5, the units sum to 4"
        ),
        ReceiptProblem("workbook", None, "zip_ratio", "ratio 900 above 200"),
    ]
    lines = problem_lines(problems, parent)
    assert (
        "Жіберуші мекеме 553200000 осы мекеменің (110000000) бағынысты мекемесі емес." in (lines[0])
    )
    assert "Жиынтық жоғарыдағы жолдардың қосындысынан өзгеше." in lines[1]
    assert "Жұмыс кітабы сенгісіз дәрежеде қысылған." in lines[2]
    english = ("is not a sub-office", "units sum to", "above 200")
    assert not [line for line in lines for text in english if text in line]
    # The rule code stays in the line: support and the district can look it up.
    assert "sender_not_sub_office" in lines[0]
