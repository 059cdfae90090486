"""Revision 0008 (issue 10): approved periods, the export history and receipts, returned packages.

A store of revision 0007 is made from the run's template (downgraded from the head) with a
received package in it; migrating it keeps that package, current, with no return recorded, and
adds the new tables empty.
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from models.store.db import Store, _alembic_config, current_revision, head_revision, migrate

_PACKAGE = """
INSERT INTO received_package (package_id, sender_kato, sender_level, sender_name_kk,
    sender_name_ru, period, package_created_at, package_created_text, app_version, received_at,
    received_by, status, replaced_by_id, manifest_json, workbook_sha256, uuid, created_at,
    created_by, updated_at, updated_by)
VALUES ('p-1', '113200000', 'district', 'Ақкөл', 'Акколь', '2026-H1', '2026-07-03 05:00:00',
    '2026-07-03T10:00:00+05:00', '1.0', '2026-07-04 09:00:00', 'oblast', 'current', NULL, '{}',
    'ab', 'u-1', '2026-07-04 09:00:00', 'oblast', '2026-07-04 09:00:00', 'oblast')
"""


def test_revision_0008_adds_its_tables_and_keeps_received_packages(store: Store) -> None:
    command.downgrade(_alembic_config(store.engine), "0007")
    with store.engine.begin() as conn:
        assert "period_approval" not in inspect(conn).get_table_names()
        conn.execute(text(_PACKAGE))

    backup = migrate(store.engine, store.path)

    assert backup is not None and backup.name.startswith("store.before-0007-")
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert {"period_approval", "export_record", "receipt_record"} <= tables
        for table in ("period_approval", "export_record", "receipt_record"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
        row = conn.execute(
            text(
                "SELECT package_id, status, returned_at, returned_by, return_reason "
                "FROM received_package"
            )
        ).one()
    assert tuple(row) == ("p-1", "current", None, "", "")
