"""Render the main screens offscreen on demo data into docs/screens/ (the README's pictures).

Usage (from the checkout, one command)::

    .venv/bin/python tools/screens.py [--out docs/screens] [--lang kk ru]

It builds a demo store in a temporary folder (a district with objects, passports, families and
cases), opens the main window offscreen at 1366x768 in each language and grabs
(``QWidget.grab``) the screens below into ``<out>/<lang>-<name>.png``: the objects register
with its detail panel, a passport, the families page, a case card, the dashboard and the
reporting page. Each picture is saved with a 256-colour palette (about 50-150 KB, under the
README's budget of ~200 KB a picture). The output paths and sizes are printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

if TYPE_CHECKING:
    from models.store.db import Store

#: The window size of the pictures: the office monitors' usual 1366x768.
SIZE = (1366, 768)
#: The demo office and its administrator (a store made here and thrown away).
_OFFICE = ("113200000", "district", "Ақкөл ауданы", "Аккольский район")
_ADMIN, _PASSWORD = "admin", "Demo-screens-1"


def demo_store(folder: Path, today: date) -> Store:
    """Create a demo store in ``folder`` with a package exported; return it open (as the
    administrator)."""
    from exporters.package_export import export_package
    from models.demo.load import add_demo_data
    from models.reference.dto import OfficeDTO
    from models.reporting.periods import last_ended_code, parse_period
    from models.reporting.report import compute_report
    from models.setup import init_store

    store, _recovery = init_store(folder / "demo.qoldau", OfficeDTO(*_OFFICE), _ADMIN, _PASSWORD)
    add_demo_data(store, objects=120, families=40, seed=1, today=today, user=_ADMIN)
    # The last ended quarter's package, exported: the reporting page lists it.
    period = parse_period(last_ended_code("quarter", today))
    out = folder / "usb"
    out.mkdir()
    data = compute_report(store, period, today=today)
    export_package(store, data, out, app_version="screens", user=_ADMIN)
    return store


def _pick(store: Store) -> tuple[int, int, int, int]:
    """Return an object with a passport, its passport, a person in a family and a case to show."""
    from sqlalchemy import func, select

    from models.cases.tables import Case, Visit
    from models.families.tables import FamilyMember
    from models.objects.annex_tables import ZoneElement
    from models.objects.tables import Passport, PassportZone

    with store.session() as s:
        # A current passport (the newest version of its object) with the most zones.
        zones = dict(
            s.execute(
                select(PassportZone.passport_id, func.count()).group_by(PassportZone.passport_id)
            ).all()
        )
        newest: dict[int, tuple[int, int]] = {}
        for obj, pid, version in s.execute(
            select(Passport.object_id, Passport.id, Passport.version).order_by(Passport.version)
        ):
            newest[obj] = (pid, version)
        # The demo's whole passport (zone annexes and photos, issue 12) when there is one.
        annexed = set(s.scalars(select(ZoneElement.passport_id)))
        object_id, (passport_id, _v) = max(
            newest.items(),
            key=lambda item: (item[1][0] in annexed, zones.get(item[1][0], 0), -item[1][0]),
        )
        person_id = s.scalars(select(FamilyMember.person_id).order_by(FamilyMember.id)).first()
        # A case under accompaniment with the most visits: its card has a history to show.
        visits = select(Visit.case_id, func.count().label("n")).group_by(Visit.case_id).subquery()
        case_id = s.scalars(
            select(Case.id)
            .join(visits, visits.c.case_id == Case.id, isouter=True)
            .order_by((Case.stage == "ACCOMPANIMENT").desc(), visits.c.n.desc(), Case.id)
            .limit(1)
        ).one()
    return int(object_id), int(passport_id), int(person_id or 0), int(case_id)


def settle(window: QWidget, rounds: int = 6) -> None:
    """Let the window's background jobs finish and their results paint."""
    runner = getattr(window, "runner", None)
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if runner is not None:
            runner.wait(30_000)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save(widget: QWidget, path: Path) -> Path:
    """Grab ``widget`` into ``path`` as a PNG with a 256-colour palette (a third of the bytes;
    a screen has few colours), or in full colour when that is smaller."""
    image = widget.grab().toImage()
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path), "PNG", 0)  # type: ignore[call-overload]
    indexed = path.stat().st_size
    full = path.with_name(f".{path.name}")
    image.save(str(full), "PNG", 0)  # type: ignore[call-overload]
    if full.stat().st_size < indexed:
        full.replace(path)
    else:
        full.unlink()
    return path


def screens_of(lang: str, store: Store, out: Path, folder: Path) -> list[Path]:
    """Show the main window in ``lang`` and save its screens; return the files."""
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.objects.passport_dialog import PassportDialog
    from ui.settings import UiSettings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, lang)
    settings = UiSettings(QSettings(str(folder / f"ui-{lang}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(store, settings)
    window.show()
    # The offscreen screen is small: the window would open maximised on it (MainWindow._place).
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZE)
    settle(window)
    object_id, passport_id, person_id, case_id = _pick(store)
    saved: list[Path] = []

    def page(name: str, widget: QWidget | None, select: Callable[[], object] | None) -> None:
        if widget is None:
            return
        window.nav.setCurrentRow(window.stack.indexOf(widget))
        settle(window)
        if select is not None:
            select()
            settle(window)
        saved.append(save(window, out / f"{lang}-{name}.png"))

    def dialog(
        name: str, make: Callable[[], QDialog], prepare: Callable[[Any], object] | None = None
    ) -> None:
        d = make()
        d.show()
        if prepare is not None:
            prepare(d)
        settle(window)
        saved.append(save(d, out / f"{lang}-{name}.png"))
        d.done(QDialog.DialogCode.Rejected.value)
        d.deleteLater()
        settle(window)

    page("objects", window.objects_page, lambda: window.objects_page.select_object(object_id))
    dialog(
        "passport",
        lambda: PassportDialog(
            store,
            _ADMIN,
            object_id,
            passport_id,
            read_only=True,
            parent=window,
        ),
    )
    dialog(
        "passport-annexes",
        lambda: PassportDialog(
            store,
            _ADMIN,
            object_id,
            passport_id,
            read_only=True,
            parent=window,
        ),
        lambda d: d.form.show_page("annexes"),
    )
    families = window.families_page
    page("families", families, lambda: families.select_person(person_id) if families else None)
    cases = window.cases_page
    page("cases", cases, None)
    if cases is not None:
        from ui.cases.case_dialog import CaseDialog

        dialog(
            "case",
            lambda: CaseDialog(store, _ADMIN, case_id, window),
            lambda d: d.tabs.setCurrentWidget(d.visit_table),  # its visits, not a blank signal
        )
    page("dashboard", window.dashboard_page, None)
    page("reporting", window.reporting_page, None)
    window.close()
    window.deleteLater()
    settle(window)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    parser.add_argument("--lang", nargs="+", default=["kk", "ru"], choices=["kk", "ru", "en"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    with tempfile.TemporaryDirectory(prefix="qoldau-screens-") as tmp:
        folder = Path(tmp)
        store = demo_store(folder, date.today())
        try:
            for lang in args.lang:
                for path in screens_of(lang, store, args.out, folder):
                    print(f"{path}  {path.stat().st_size // 1024} KB")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
