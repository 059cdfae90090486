"""Guard against the PySide6 release that corrupts None's refcount on 3.11 (PITFALLS.md #1)."""

import sys


def test_pyside_keeps_none_refcount() -> None:
    from PySide6.QtCore import QObject

    o = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        o.setObjectName("x")
    assert sys.getrefcount(None) - before > -10
