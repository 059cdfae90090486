"""Receipts (reporting.md §6.3): what a receiving office did with a package, on the same stick.

* :func:`acknowledge` writes ``<SENDER_KATO>_<PERIOD>.receipt.json`` beside a package that
  ``consolidate`` or the GUI's receive dialog handled (accepted or refused), through a
  temporary name and a rename; a package refused only because its ``package_id`` is already
  held writes none (the earlier receipt stands), nor does a replacement the user did not
  confirm (nothing was decided).
* :func:`returned_receipt` is the receipt of a package returned with a reason (``return``).
* :func:`read_receipt` reads one at the sender. A receipt comes from a USB stick: it is
  untrusted input, refused with a :class:`ReceiptError` code before it is believed (size,
  encoding, nesting, shape).

Reasons carry Kazakh and Russian messages (the sender may run another language than the
receiver): the refusals of the consolidation by code, and each verification problem by its
rule, sheet and row.
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from exporters.package_layout import package_stem
from models.errors import QoldauError
from models.reference.dto import OfficeDTO
from models.reporting.consolidation import (
    ALREADY_RECEIVED,
    NOT_APPROVED,
    NOT_CONFIRMED,
    NOT_NEWER,
    NOT_SUB_OFFICE,
    PERIOD_LOCKED,
    IncomingPackage,
    ReceiptPlan,
)
from models.reporting.exports import ReceiptInfo
from models.store.db import Store

logger = logging.getLogger(__name__)

FORMAT = "qoldau-receipt"
FORMAT_VERSION = 1
SUFFIX = ".receipt.json"
MANIFEST_SUFFIX = ".manifest.json"
ACCEPTED, REFUSED, RETURNED = "accepted", "refused", "returned"
OUTCOMES = (ACCEPTED, REFUSED, RETURNED)
#: Rule of the one reason of a returned package.
RETURNED_RULE = "returned"
#: A receipt is a few kilobytes; anything over this is not one.
MAX_BYTES = 1_000_000
_MAX_DEPTH = 6
_NAME = re.compile(r"^(\d{9})_(.+)$")
_KEYS = (
    "format",
    "format_version",
    "package_id",
    "sender",
    "receiver",
    "workbook_sha256",
    "outcome",
    "reasons",
    "at",
    "by",
)

#: Refusals of the consolidation, by code: (Kazakh, Russian).
REFUSAL_TEXTS: dict[str, tuple[str, str]] = {
    NOT_APPROVED: (
        "Пакет — жоба: кезең бекітілмеген. Кезеңді бекітіп, пакетті қайта экспорттаңыз.",
        "Пакет — проект: период не утверждён. Утвердите период и экспортируйте пакет заново.",
    ),
    PERIOD_LOCKED: (
        "Алушы мекеменің осы кезеңі бекітілген ({period}, {by}, {at}): пакет қабылданбайды.",
        "Период получателя утверждён ({period}, {by}, {at}): пакет не может быть принят.",
    ),
    NOT_SUB_OFFICE: (
        "Жіберуші алушы мекемеге бағынышты емес.",
        "Отправитель не является подведомственным учреждением получателя.",
    ),
    NOT_NEWER: (
        "Осы кезеңге бұрынғыдан жаңа емес пакет: жаңа экспорт жіберіңіз.",
        "Пакет не новее уже полученного за этот период: отправьте новый экспорт.",
    ),
}
#: A verification problem, worded from its rule and place.
_PROBLEM_KK = "{where}: «{rule}» ережесі бұзылған. Деректерді түзетіп, пакетті қайта экспорттаңыз."
_PROBLEM_RU = "{where}: нарушено правило «{rule}». Исправьте данные и экспортируйте пакет заново."
_WHOLE_KK, _WHOLE_RU = "Пакет", "Пакет"


class ReceiptError(QoldauError):
    """A file that is not a receipt this office can record; ``code`` says why."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: not a receipt ({code}){': ' + detail if detail else ''}")
        self.code = code
        self.path = path
        self.detail = detail


#: Codes of :class:`ReceiptError`.
RECEIPT_CODES = (
    "receipt_unreadable",
    "receipt_too_large",
    "receipt_too_deep",
    "receipt_format",
    "receipt_shape",
)


def _reason(sheet: str | None, row: int | None, rule: str, kk: str, ru: str) -> dict[str, Any]:
    return {"sheet": sheet, "row": row, "rule": rule, "message_kk": kk, "message_ru": ru}


def _problem_reason(sheet: str, row: int | None, rule: str) -> dict[str, Any]:
    on_sheet = sheet not in ("manifest", "workbook", "")
    if on_sheet:
        kk = f"{sheet} парағы" + (f", {row}-жол" if row is not None else "")
        ru = f"Лист {sheet}" + (f", строка {row}" if row is not None else "")
    else:
        kk, ru = (f"{_WHOLE_KK} ({sheet})", f"{_WHOLE_RU} ({sheet})") if sheet else ("Пакет",) * 2
    return _reason(
        sheet if on_sheet else None,
        row if on_sheet else None,
        rule,
        _PROBLEM_KK.format(where=kk, rule=rule),
        _PROBLEM_RU.format(where=ru, rule=rule),
    )


def reasons_for(plan: ReceiptPlan, refusal: str | None) -> list[dict[str, Any]]:
    """Return a receipt's reasons for ``refusal`` of the package planned (empty: accepted)."""
    if refusal is None:
        return []
    if plan.problems:
        return [_problem_reason(p.sheet, p.row, p.rule) for p in plan.problems]
    kk, ru = REFUSAL_TEXTS.get(
        refusal, (f"Пакет қабылданбады ({refusal}).", f"Пакет отклонён ({refusal}).")
    )
    params: dict[str, str] = {}
    if plan.lock is not None:
        params = {
            "period": plan.lock.period,
            "by": plan.lock.by,
            "at": f"{plan.lock.at:%d.%m.%Y %H:%M} UTC",
        }
    return [_reason(None, None, refusal, kk.format(**params), ru.format(**params))]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def build_receipt(
    *,
    package_id: str | None,
    sender_kato: str,
    period: str,
    receiver: OfficeDTO,
    workbook_sha256: str | None,
    outcome: str,
    reasons: Sequence[Mapping[str, Any]],
    by: str,
) -> dict[str, Any]:
    """Return a receipt's JSON object (reporting.md §6.3)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": package_id,
        "sender": {"kato": sender_kato, "period": period},
        "receiver": {
            "kato": receiver.kato,
            "level": receiver.level,
            "name_kk": receiver.name_kk,
            "name_ru": receiver.name_ru,
        },
        "workbook_sha256": workbook_sha256,
        "outcome": outcome,
        "reasons": [dict(r) for r in reasons],
        "at": _now(),
        "by": by,
    }


def write_receipt(folder: Path, receipt: Mapping[str, Any]) -> Path:
    """Write ``receipt`` into ``folder`` under its name, through a temporary name and a rename
    (replacing an older receipt of the same name); return its path."""
    sender = receipt["sender"]
    final = Path(folder) / (package_stem(sender["kato"], sender["period"]) + SUFFIX)
    # Named like an export's temporary files, so a killed run's leftover is cleaned up as
    # ours (models/litter.py).
    tmp = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
    data = (json.dumps(receipt, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
    return final


def _sender_of(incoming: IncomingPackage, plan: ReceiptPlan) -> tuple[str, str] | None:
    """The sender's KATO and period as the package names them (else from its file name)."""
    if plan.sender is not None and plan.period is not None:
        kato, period = plan.sender.kato, plan.period
    else:
        name = Path(incoming.source).name
        if not name.endswith(MANIFEST_SUFFIX):
            return None
        m = _NAME.match(name[: -len(MANIFEST_SUFFIX)])
        if m is None:
            return None
        kato, period = m.group(1), m.group(2)
    if not re.fullmatch(r"\d{9}", kato) or not re.fullmatch(r"[0-9A-Za-z.\-]{4,12}", period):
        return None  # not a name to write beside the package
    return kato, period


def acknowledge(
    incoming: IncomingPackage,
    plan: ReceiptPlan,
    refusal: str | None,
    *,
    receiver: OfficeDTO,
    user: str,
) -> Path | None:
    """Write the receipt of a package handled (accepted when ``refusal`` is None) beside it.

    Returns the receipt's path, or None when none is written: the package was already received
    (the earlier receipt stands), a replacement was not confirmed, or its name gives no sender.

    Raises:
        OSError: the receipt could not be written (a read-only or removed stick).
    """
    if refusal in (ALREADY_RECEIVED, NOT_CONFIRMED):
        return None
    sender = _sender_of(incoming, plan)
    if sender is None:
        logger.warning("no receipt for %s: its sender cannot be named", incoming.source)
        return None
    workbook = (incoming.manifest or {}).get("workbook")
    sha = workbook.get("sha256") if isinstance(workbook, Mapping) else None
    receipt = build_receipt(
        package_id=plan.package_id,
        sender_kato=sender[0],
        period=sender[1],
        receiver=receiver,
        workbook_sha256=sha.lower() if isinstance(sha, str) else None,
        outcome=ACCEPTED if refusal is None else REFUSED,
        reasons=reasons_for(plan, refusal),
        by=user,
    )
    return write_receipt(Path(incoming.source).parent, receipt)


def returned_receipt(
    *,
    package_id: str,
    sender_kato: str,
    period: str,
    receiver: OfficeDTO,
    workbook_sha256: str,
    reason: str,
    by: str,
) -> dict[str, Any]:
    """Return the receipt of a package returned with ``reason`` (as typed, in both languages)."""
    return build_receipt(
        package_id=package_id,
        sender_kato=sender_kato,
        period=period,
        receiver=receiver,
        workbook_sha256=workbook_sha256,
        outcome=RETURNED,
        reasons=[_reason(None, None, RETURNED_RULE, reason, reason)],
        by=by,
    )


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Receipt:
    """A receipt read and checked at the sender (the receipt's own values)."""

    path: Path
    package_id: str | None
    sender_kato: str
    period: str
    receiver: OfficeDTO
    workbook_sha256: str | None
    outcome: str
    reasons: tuple[Mapping[str, Any], ...]
    at: str
    by: str
    #: SHA-256 of the file as read.
    file_sha256: str


def _depth(value: object, level: int = 0) -> int:
    if level > _MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _text(value: object, limit: int = 4000) -> bool:
    return isinstance(value, str) and len(value) <= limit


def read_receipt(path: Path) -> Receipt:
    """Read and check the receipt at ``path``.

    Raises:
        ReceiptError: too large, not UTF-8 JSON, nested too deep, another format, or a key
            missing or of the wrong type.
    """
    import hashlib

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ReceiptError("receipt_unreadable", path, exc.strerror or str(exc)) from exc
    if len(raw) > MAX_BYTES:
        raise ReceiptError("receipt_too_large", path, f"over {MAX_BYTES} bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ReceiptError("receipt_unreadable", path, "not UTF-8 JSON") from exc
    if _depth(data) > _MAX_DEPTH:
        raise ReceiptError("receipt_too_deep", path)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReceiptError("receipt_format", path, "not a qoldau-receipt")
    if data.get("format_version") != FORMAT_VERSION:
        raise ReceiptError("receipt_format", path, "unknown format_version")
    missing = [k for k in _KEYS if k not in data]
    sender, receiver, reasons = data.get("sender"), data.get("receiver"), data.get("reasons")
    pid, sha = data.get("package_id"), data.get("workbook_sha256")
    ok = (
        not missing
        and isinstance(sender, dict)
        and _text(sender.get("kato"), 9)
        and re.fullmatch(r"\d{9}", sender["kato"]) is not None
        and _text(sender.get("period"), 12)
        and isinstance(receiver, dict)
        and all(_text(receiver.get(k)) for k in ("kato", "level", "name_kk", "name_ru"))
        and (pid is None or (_text(pid, 36)))
        and (sha is None or (isinstance(sha, str) and re.fullmatch(r"[0-9a-fA-F]{64}", sha)))
        and data.get("outcome") in OUTCOMES
        and isinstance(reasons, list)
        and len(reasons) <= 10_000
        and all(
            isinstance(r, dict)
            and _text(r.get("rule"), 64)
            and _text(r.get("message_kk"))
            and _text(r.get("message_ru"))
            for r in reasons
        )
        and _text(data.get("at"), 40)
        and _text(data.get("by"), 64)
    )
    if not ok:
        detail = f"missing {', '.join(missing)}" if missing else "a value has the wrong type"
        raise ReceiptError("receipt_shape", path, detail)
    assert isinstance(sender, dict) and isinstance(receiver, dict) and isinstance(reasons, list)
    return Receipt(
        path=path,
        package_id=pid,
        sender_kato=sender["kato"],
        period=sender["period"],
        receiver=OfficeDTO(
            receiver["kato"], receiver["level"], receiver["name_kk"], receiver["name_ru"]
        ),
        workbook_sha256=sha.lower() if isinstance(sha, str) else None,
        outcome=data["outcome"],
        reasons=tuple(reasons),
        at=data["at"],
        by=data["by"],
        file_sha256=hashlib.sha256(raw).hexdigest(),
    )


def record_receipt_file(store: Store, path: Path, *, user: str | None = None) -> ReceiptInfo:
    """Read the receipt at ``path`` and record it against this office's export it is about
    (what ``receipt`` and the Reporting page's "Read receipts..." both do, §6.3).

    Raises:
        ReceiptError: the file is not a receipt (:data:`RECEIPT_CODES`).
        ForeignReceipt: it is about another office or about no export of this office.
        RoleError: the role may not record receipts.
    """
    from models.reporting.exports import record_receipt

    r = read_receipt(path)
    return record_receipt(
        store,
        package_id=r.package_id,
        sender_kato=r.sender_kato,
        period=r.period,
        receiver=r.receiver,
        workbook_sha256=r.workbook_sha256,
        outcome=r.outcome,
        reasons=r.reasons,
        at=r.at,
        by=r.by,
        file_sha256=r.file_sha256,
        user=user,
    )
