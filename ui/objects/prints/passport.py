"""The printed accessibility passport of one object (one version): preview, PDF, HTML.

The layout follows the model of Order No. 627 (domain brief §2.3) section by section, so that a
commission can sign and file it instead of the paper form: the header, 1 general information,
2 activity, 3 state of accessibility (3.1-3.2 the route, 3.3 form of service, 3.4 zones, 3.5
final conclusion), 4 management decision, 5 special notes and the commission's signatures; then
the annexes: one per functional zone (its elements and the zone conclusion), the measurements
with the norm edition each was checked against, and the photos.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from models.objects.passport_report import PassportReport, load_passport_report
from models.objects.tables import ZONES
from models.store.db import Store
from ui.objects.prints.common import signatures_html
from ui.objects.prints.labels import LABELS, STYLE
from ui.objects.prints.passport_annexes import (
    annex_title,
    measurements_html,
    zone_annexes_html,
)
from ui.objects.prints.passport_sections import (
    activity_html,
    conclusion_html,
    decision_html,
    general_html,
    header_html,
    notes_html,
    route_html,
    service_forms_html,
    zones_html,
)
from ui.objects.prints.photo_annex import photo_annex_html
from ui.printing.document import PreviewDialog, build_document, exec_preview, save_pdf
from ui.printing.formatting import file_name_part, page_start, print_language
from ui.settings import UiSettings


def passport_html(store: Store, passport_id: int, lang: str) -> str:
    """Return the passport version ``passport_id`` as HTML for QTextDocument in ``lang``.

    Raises:
        models.objects.passport_report.PassportNotFound: when no passport has this id.
    """
    return report_html(load_passport_report(store, passport_id), print_language(lang))


def report_html(r: PassportReport, lang: str) -> str:
    """Return the HTML of a loaded passport report in ``lang`` (kk, ru or en)."""
    zones_first = 1
    measurements_no = zones_first + len(ZONES)
    photos_no = measurements_no + 1
    parts = [
        page_start(STYLE),
        header_html(r, lang),
        general_html(r, lang),
        activity_html(r, lang),
        route_html(r, lang),
        service_forms_html(r, lang),
        zones_html(r, lang),
        conclusion_html(r, lang),
        decision_html(r, lang),
        notes_html(r, lang),
        signatures_html(r.passport.commission, lang),
        # The annexes start on a new page.
        '<p style="page-break-before: always">&nbsp;</p>',
        zone_annexes_html(r, lang, zones_first),
        measurements_html(r, lang, measurements_no),
        photo_annex_html(
            r, lang, LABELS[lang]["photo_annex"].format(annex=annex_title(lang, photos_no))
        ),
        "</body></html>",
    ]
    return "\n".join(parts)


def _title(r: PassportReport, lang: str) -> str:
    return f"{LABELS[lang]['title']} – {r.obj.name}"


def save_passport_pdf(store: Store, passport_id: int, path: Path, lang: str | None = None) -> Path:
    """Write the passport version ``passport_id`` to the PDF ``path`` atomically.

    Args:
        store: the open store.
        passport_id: the passport version to print.
        path: the target file; replaced in one step once the PDF is complete.
        lang: kk, ru or en; None prints in the interface language.

    Raises:
        OSError: the file cannot be written (PermissionError when locked or read-only);
            the caller turns it into a message.
    """
    lang = print_language(lang)
    report = load_passport_report(store, passport_id)
    doc = build_document(report_html(report, lang), _title(report, lang))
    return save_pdf(doc, Path(path), _title(report, lang))


def suggested_file_name(report: PassportReport) -> str:
    """Return a file name for the PDF: object name, passport number and version."""
    stem = file_name_part(report.obj.name).strip("_")[:60]
    number = file_name_part(report.passport.number).strip("_")
    parts = [stem or "passport", number, f"v{report.passport.version or 1}"]
    return "_".join(p for p in parts if p) + ".pdf"


class PassportPreviewDialog(PreviewDialog):
    """Print preview of one passport version, with a "Save as PDF..." button.

    The form prints in ``lang`` (the interface language by default); the dialog's own texts
    follow the interface.
    """

    def __init__(
        self,
        store: Store,
        passport_id: int,
        lang: str | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        lang = print_language(lang)
        report = load_passport_report(store, passport_id)
        title = _title(report, lang)
        super().__init__(
            build_document(report_html(report, lang), title),
            title=title,
            file_name=suggested_file_name(report),
            settings=settings,
            parent=parent,
        )
        self.store = store
        self.passport_id = passport_id
        self.lang = lang
        self.report = report
        self.setWindowTitle(self.tr("Print preview: {name}").format(name=report.obj.name))

    def save_caption(self) -> str:
        """Return the caption of the "Save as PDF..." file dialog."""
        return self.tr("Save the passport as PDF")


def build_preview_dialog(
    parent: QWidget | None,
    store: Store,
    passport_id: int,
    lang: str | None = None,
    settings: UiSettings | None = None,
) -> PassportPreviewDialog:
    """Return the preview dialog of a passport version, not yet shown (tests use this)."""
    return PassportPreviewDialog(store, passport_id, lang, settings, parent)


def preview_passport(parent: QWidget, store: Store, passport_id: int) -> None:
    """Show the print preview of a passport version (modal) in the interface language."""
    exec_preview(build_preview_dialog(parent, store, passport_id))
