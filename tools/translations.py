"""Update the Qt Linguist sources (.ts) from the code, and compile them (.qm).

python tools/translations.py update    # pyside6-lupdate over ui/ into resources/translations
python tools/translations.py release   # pyside6-lrelease every .ts into .qm beside it
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("kk", "ru", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def update() -> None:
    """Extract every translatable text of ui/ into the .ts files (keeps translations made)."""
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    # Message tables are QT_TRANSLATE_NOOP entries that lupdate reads itself (ui/messages.py).
    # Texts lupdate cannot see (a local _t("...") wrapper, header tuples given to tr() by index,
    # self.tr() inside f-strings, owner.tr() in module functions) reach it through stubs
    # written by tools/ts_extract.py.
    sys.path.insert(0, str(ROOT / "tools"))
    import ts_extract

    extraction = ts_extract.find_texts(ROOT)
    sources += [str(p) for p in ts_extract.write_stubs(ROOT, extraction)]
    for lang in LANGS:
        ts = TS_DIR / f"qoldau_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        ts_extract.fix_ts(ts, extraction)
    for note in extraction.unresolved:
        print(f"not extracted (built at run time): {note}")


def release() -> None:
    """Compile each .ts into .qm, only when the .ts is newer."""
    for ts in sorted(TS_DIR.glob("qoldau_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1] if len(sys.argv) > 1 else "release"]()
