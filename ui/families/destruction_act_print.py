"""The printed destruction act (brief §6, issue 14): office, number, date, method, the list of
destroyed records (family references and case numbers with their closure dates, counts) without
any personal data, a note on older backups and the commission members' signature lines; in the
interface language. Previewed with "Save as PDF..." (``ui/printing/document.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from models.cases.destruction import ActView
from models.reference.dto import OfficeDTO
from ui.i18n import current_language
from ui.printing.document import PreviewDialog, build_document
from ui.printing.formatting import (
    DATE_LINE,
    SIGN_LINE,
    cell,
    escape,
    file_name_part,
    format_date,
    header_row,
    label_row,
    page_start,
    table,
)

_STYLE = "<style>h1 { font-size: 14pt; } h2 { font-size: 11pt; }</style>"


def _labels() -> dict[str, str]:
    """The act's texts in the interface language (literal calls, so lupdate finds them)."""
    t = QCoreApplication.translate
    return {
        "title": t("DestructionAct", "Act No. {number} on the destruction of personal data"),
        "doc": t("DestructionAct", "Destruction act {number}"),
        "date": t("DestructionAct", "Date of the act"),
        "method": t("DestructionAct", "Method of destruction"),
        "by": t("DestructionAct", "Executed in the store by"),
        "families": t("DestructionAct", "Families destroyed"),
        "cases": t("DestructionAct", "Cases destroyed"),
        "people": t("DestructionAct", "People whose records were destroyed"),
        "records": t("DestructionAct", "Records destroyed"),
        "no": t("DestructionAct", "No."),
        "record": t("DestructionAct", "Record"),
        "reference": t("DestructionAct", "Reference"),
        "closed": t("DestructionAct", "Case closed on"),
        "family": t("DestructionAct", "family"),
        "case": t("DestructionAct", "case"),
        "note": t(
            "DestructionAct",
            "The records listed were deleted from the store together with their personal "
            "data; the audit log keeps that they existed and were destroyed, their personal "
            "values no longer readable. Backups made before this act still hold the data "
            "until they are deleted or age out; backups made after it do not.",
        ),
        "commission": t("DestructionAct", "Commission"),
        "signature": t("DestructionAct", "signature"),
        "sig_date": t("DestructionAct", "date"),
    }


def act_html(act: ActView, office: OfficeDTO) -> str:
    """Return the act as HTML (no personal data: the act holds none)."""
    L = _labels()  # noqa: N806
    office_name = office.name_kk if current_language() == "kk" else office.name_ru
    families = [r for r in act.records if r.record_type == "family"]
    cases = [r for r in act.records if r.record_type == "case"]
    people = sum(int(r.reference) for r in act.records if r.record_type == "people")
    parts = [
        page_start(_STYLE),
        f"<p>{escape(office_name)} ({escape(office.kato)})</p>",
        "<h1>" + escape(L["title"]).replace("{number}", escape(act.number)) + "</h1>",
        table("act"),
        label_row(L["date"], format_date(act.act_date)),
        label_row(L["method"], act.method),
        label_row(L["by"], act.by_login),
        label_row(L["families"], str(len(families))),
        label_row(L["cases"], str(len(cases))),
        label_row(L["people"], str(people)),
        "</table>",
        "<h2>" + escape(L["records"]) + "</h2>",
        table("records"),
        header_row(L["no"], L["record"], L["reference"], L["closed"], widths=(6, 14, 60)),
    ]
    for n, r in enumerate(families + cases, start=1):
        kind = L["family"] if r.record_type == "family" else L["case"]
        parts.append(
            "<tr>"
            + cell(str(n), "right")
            + cell(kind)
            + cell(r.reference)
            + cell(format_date(r.closed_on))
            + "</tr>"
        )
    parts.append("</table>")
    parts.append("<p>" + escape(L["note"]) + "</p>")
    parts.append("<h2>" + escape(L["commission"]) + "</h2>")
    parts.append('<table width="100%" cellpadding="6">')
    for member in act.commission:
        parts.append(
            "<tr>"
            + cell(member)
            + f"<td>{SIGN_LINE} {escape(L['signature'])}&nbsp;&nbsp;&nbsp;"
            + f"{DATE_LINE} {escape(L['sig_date'])}</td></tr>"
        )
    parts.append("</table></body></html>")
    return "".join(parts)


def act_document(act: ActView, office: OfficeDTO) -> QTextDocument:
    return build_document(act_html(act, office), _labels()["doc"].replace("{number}", act.number))


class DestructionActPreviewDialog(PreviewDialog):
    """The print preview of a destruction act, with "Save as PDF..."."""

    def __init__(self, act: ActView, office: OfficeDTO, parent: QWidget | None = None) -> None:
        super().__init__(
            act_document(act, office),
            title=_labels()["doc"].replace("{number}", act.number),
            file_name=f"destruction_act_{file_name_part(act.number)}.pdf",
            parent=parent,
        )
        self.setWindowTitle(self.tr("Destruction act: print preview"))
