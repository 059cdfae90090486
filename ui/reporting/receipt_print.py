"""The printed receipt of a report package (issue 10, reporting.md §6.3): one A4 page for the
paper file, beside the receipt's JSON.

The receiving office writes ``<SENDER>_<PERIOD>.receipt.pdf`` beside the JSON
(:func:`write_receipt_pdf`, :func:`receipt_pdf_name`); the sender prints the receipt it
recorded (:func:`print_receipt`: the print preview with "Save as PDF..."). A receipt is the
§6.3 JSON object or the :class:`exporters.receipt.Receipt` read back from one; both are
untrusted input, so every value is escaped and a missing one prints empty.

The printout has its own language (kk, ru or en, ``print_language``): its labels are the dicts
below, not ``tr()`` texts; the reasons print in Kazakh or Russian as the receipt carries them
(Russian in an English printout). Up to about 25 reasons fit on the page; more continue on
further pages, whose reasons table repeats its header row.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui.printing.document import PreviewDialog, build_document, exec_preview, save_pdf
from ui.printing.formatting import (
    DATE_LINE,
    NBSP,
    PLAIN_TABLE,
    SIGN_LINE,
    escape,
    file_name_part,
    label_row,
    page_start,
    print_language,
    table,
)
from ui.settings import UiSettings

if TYPE_CHECKING:
    from exporters.receipt import Receipt

#: The file name suffix of a printed receipt (beside ``.receipt.json``).
PDF_SUFFIX = ".receipt.pdf"

# NOTE: Kazakh and Russian wording follows the receipts' own texts (exporters/receipt.py:
# түбіртек / квитанция, қабылданды / принят) and the domain brief's office levels.
LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "title": "Есеп пакетін алу туралы түбіртек",
        "sender": "Жіберуші (ӘАОЖ коды)",
        "period": "Кезең",
        "package_id": "Пакет идентификаторы",
        "sha": "Жұмыс кітабының SHA-256 мәні",
        "receiver": "Алушы",
        "outcome": "Нәтижесі",
        "at": "Күні мен уақыты",
        "by": "Өңдеген пайдаланушы (логин)",
        "reasons": "Себептері ({count})",
        "no_reasons": "Себептер жоқ.",
        "no_col": "Р/с №",
        "sheet_col": "Парақ",
        "row_col": "Жол",
        "message_col": "Себебі",
        "whole": "пакет",
        "received_by": "Қабылдаған",
        "signature": "Қолы",
        "date": "Күні",
        "unknown": "белгісіз",
    },
    "ru": {
        "title": "Квитанция о получении пакета отчётности",
        "sender": "Отправитель (код КАТО)",
        "period": "Период",
        "package_id": "Идентификатор пакета",
        "sha": "SHA-256 книги",
        "receiver": "Получатель",
        "outcome": "Результат",
        "at": "Дата и время",
        "by": "Обработал пользователь (логин)",
        "reasons": "Причины ({count})",
        "no_reasons": "Причин нет.",
        "no_col": "№ п/п",
        "sheet_col": "Лист",
        "row_col": "Строка",
        "message_col": "Причина",
        "whole": "пакет",
        "received_by": "Принял",
        "signature": "Подпись",
        "date": "Дата",
        "unknown": "неизвестно",
    },
    "en": {
        "title": "Receipt of a report package",
        "sender": "Sender (KATO code)",
        "period": "Period",
        "package_id": "Package ID",
        "sha": "SHA-256 of the workbook",
        "receiver": "Receiver",
        "outcome": "Outcome",
        "at": "Date and time",
        "by": "Handled by (login)",
        "reasons": "Reasons ({count})",
        "no_reasons": "No reasons.",
        "no_col": "No.",
        "sheet_col": "Sheet",
        "row_col": "Row",
        "message_col": "Reason",
        "whole": "package",
        "received_by": "Received by",
        "signature": "Signature",
        "date": "Date",
        "unknown": "unknown",
    },
}

#: The outcome of a receipt in words, per print language.
OUTCOMES: dict[str, dict[str, str]] = {
    "kk": {"accepted": "Қабылданды", "refused": "Қабылданбады", "returned": "Қайтарылды"},
    "ru": {"accepted": "Принят", "refused": "Отклонён", "returned": "Возвращён"},
    "en": {"accepted": "Accepted", "refused": "Refused", "returned": "Returned"},
}

#: Office levels in words, per print language.
LEVELS: dict[str, dict[str, str]] = {
    "kk": {"district": "аудан", "region": "облыс", "republic": "республика"},
    "ru": {"district": "район", "region": "область", "republic": "республика"},
    "en": {"district": "district", "region": "region", "republic": "republic"},
}

_STYLE = (
    "<style>"
    "p.title { font-size: 13pt; font-weight: bold; text-align: center; }"
    "span.small { font-size: 7pt; }"
    "th { font-weight: bold; background-color: #eeeeee; }"
    "td.r { font-size: 8pt; }"
    "th.r { font-size: 8pt; font-weight: bold; background-color: #eeeeee; }"
    "</style>"
)


def receipt_data(receipt: Mapping[str, Any] | Receipt) -> dict[str, Any]:
    """Return ``receipt`` as the §6.3 JSON object (a :class:`Receipt` is turned back into one)."""
    if isinstance(receipt, Mapping):
        return dict(receipt)
    receiver = receipt.receiver
    return {
        "package_id": receipt.package_id,
        "sender": {"kato": receipt.sender_kato, "period": receipt.period},
        "receiver": {
            "kato": receiver.kato,
            "level": receiver.level,
            "name_kk": receiver.name_kk,
            "name_ru": receiver.name_ru,
        },
        "workbook_sha256": receipt.workbook_sha256,
        "outcome": receipt.outcome,
        "reasons": [dict(r) for r in receipt.reasons],
        "at": receipt.at,
        "by": receipt.by,
    }


def _table(table_id: str, padding: int) -> str:
    """Return the opening of a bordered table as ``formatting.table`` but with less padding."""
    return table(table_id).replace('cellpadding="3"', f'cellpadding="{padding}"')


def _part(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else {}


def _text(value: object) -> str:
    return "" if value is None else str(value)


def format_at(at: object) -> str:
    """Return the receipt's time as ``dd.mm.yyyy HH:MM`` on this machine's clock (as every
    time the app shows); a time that is no ISO 8601 prints as written."""
    text = _text(at)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%d.%m.%Y %H:%M")


def receipt_title(lang: str | None = None) -> str:
    """Return the printout's title in the print language."""
    return LABELS[print_language(lang)]["title"]


def _receiver_line(receiver: Mapping[str, Any], lang: str) -> str:
    kk, ru = _text(receiver.get("name_kk")), _text(receiver.get("name_ru"))
    name = (kk or ru) if lang == "kk" else (ru or kk)
    level = _text(receiver.get("level"))
    extra = ", ".join(p for p in (_text(receiver.get("kato")), LEVELS[lang].get(level, level)) if p)
    return f"{name} ({extra})" if name and extra else name or extra


def _reasons_html(reasons: list[Mapping[str, Any]], lang: str) -> str:
    t = LABELS[lang]
    key = "message_kk" if lang == "kk" else "message_ru"
    other = "message_ru" if lang == "kk" else "message_kk"
    parts = [f"<p><b>{escape(t['reasons'].format(count=len(reasons)))}</b></p>"]
    if not reasons:
        parts.append(f"<p>{escape(t['no_reasons'])}</p>")
        return "".join(parts)
    # NOTE: smaller type and padding than the other tables, so ~25 reasons fit on the page.
    parts.append(_table("reasons", 1))
    heads = (t["no_col"], t["sheet_col"], t["row_col"], t["message_col"])
    parts.append(
        "<thead><tr>"
        + "".join(
            f'<th class="r" align="center" width="{w}%">{escape(h)}</th>'
            for h, w in zip(heads, (5, 9, 8, 78), strict=True)
        )
        + "</tr></thead>"
    )
    for n, reason in enumerate(reasons, 1):
        sheet = _text(reason.get("sheet")) or t["whole"]
        row = _text(reason.get("row"))
        message = _text(reason.get(key)) or _text(reason.get(other))
        parts.append(
            f'<tr><td class="r" align="right">{n}</td><td class="r">{escape(sheet)}</td>'
            f'<td class="r" align="right">{escape(row) or NBSP}</td>'
            f'<td class="r">{escape(message) or NBSP}</td></tr>'
        )
    parts.append("</table>")
    return "".join(parts)


def _signatures_html(lang: str) -> str:
    t = LABELS[lang]
    return (
        f"<p>{NBSP}</p>{PLAIN_TABLE}<tr>"
        f"<td>{escape(t['received_by'])} {SIGN_LINE}{SIGN_LINE}</td>"
        f"<td>{escape(t['signature'])} {SIGN_LINE}</td>"
        f"<td>{escape(t['date'])} {DATE_LINE}</td>"
        "</tr></table>"
    )


def receipt_html(
    receipt: Mapping[str, Any] | Receipt, lang: str | None = None, *, sender_name: str = ""
) -> str:
    """Return the HTML of the printed receipt in ``lang`` (the interface language when None).

    Args:
        receipt: the §6.3 JSON object or a :class:`Receipt` read back.
        lang: the print language (kk, ru or en).
        sender_name: the sender's name when the caller knows it (a receipt does not carry it).
    """
    lang = print_language(lang)
    t = LABELS[lang]
    data = receipt_data(receipt)
    sender, receiver = _part(data, "sender"), _part(data, "receiver")
    kato = _text(sender.get("kato"))
    outcome = _text(data.get("outcome"))
    sha = _text(data.get("workbook_sha256"))
    raw_reasons = data.get("reasons")
    reasons = (
        [r for r in raw_reasons if isinstance(r, Mapping)] if isinstance(raw_reasons, list) else []
    )
    rows = [
        label_row(t["sender"], f"{kato} {sender_name}".strip()),
        label_row(t["period"], _text(sender.get("period"))),
        label_row(t["package_id"], _text(data.get("package_id")) or t["unknown"]),
        f'<tr><td width="38%">{escape(t["sha"])}</td>'
        f'<td><span class="small">{escape(sha or t["unknown"])}</span></td></tr>',
        label_row(t["receiver"], _receiver_line(receiver, lang)),
        f'<tr><td width="38%">{escape(t["outcome"])}</td>'
        f"<td><b>{escape(OUTCOMES[lang].get(outcome, outcome))}</b></td></tr>",
        label_row(t["at"], format_at(data.get("at"))),
        label_row(t["by"], _text(data.get("by"))),
    ]
    return (
        page_start(_STYLE)
        + f'<p class="title">{escape(t["title"])}</p>'
        + _table("receipt", 2)
        + "".join(rows)
        + "</table>"
        + _reasons_html(reasons, lang)
        + _signatures_html(lang)
        + "</body></html>"
    )


def receipt_pdf_name(receipt: Mapping[str, Any] | Receipt) -> str:
    """Return the PDF's file name, ``<SENDER>_<PERIOD>.receipt.pdf`` like the JSON's."""
    sender = _part(receipt_data(receipt), "sender")
    stem = f"{_text(sender.get('kato'))}_{_text(sender.get('period'))}"
    return file_name_part(stem) + PDF_SUFFIX


def write_receipt_pdf(
    receipt: Mapping[str, Any] | Receipt,
    path: Path,
    lang: str | None = None,
    *,
    sender_name: str = "",
) -> Path:
    """Write the printed receipt to the PDF ``path`` atomically (a temporary file renamed) and
    return ``path``.

    Raises:
        OSError: the file cannot be written (PermissionError when locked or read-only); the
            caller turns it into a message.
    """
    lang = print_language(lang)
    title = receipt_title(lang)
    doc = build_document(receipt_html(receipt, lang, sender_name=sender_name), title)
    return save_pdf(doc, Path(path), title)


class ReceiptPreviewDialog(PreviewDialog):
    """Print preview of a receipt, with a "Save as PDF..." button; the receipt prints in
    ``lang`` (the interface language by default), the dialog's texts follow the interface."""

    def __init__(
        self,
        receipt: Mapping[str, Any] | Receipt,
        lang: str | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
        *,
        sender_name: str = "",
    ) -> None:
        lang = print_language(lang)
        title = receipt_title(lang)
        super().__init__(
            build_document(receipt_html(receipt, lang, sender_name=sender_name), title),
            title=title,
            file_name=receipt_pdf_name(receipt),
            settings=settings,
            parent=parent,
        )
        self.lang = lang
        self.setWindowTitle(self.tr("Print preview: receipt"))

    def save_caption(self) -> str:
        """Return the caption of the "Save as PDF..." file dialog."""
        return self.tr("Save the receipt as PDF")


def print_receipt(
    parent: QWidget | None,
    receipt: Mapping[str, Any] | Receipt,
    *,
    lang: str | None = None,
    sender_name: str = "",
) -> None:
    """Show the print preview of ``receipt`` (modal), with "Save as PDF...", in ``lang`` (the
    interface language when None)."""
    exec_preview(ReceiptPreviewDialog(receipt, lang, parent=parent, sender_name=sender_name))
