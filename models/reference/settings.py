"""The domain settings the rules read (brief: "(configurable)", kept in the ``setting`` table).

Values are text; each reader turns a missing, empty or malformed value into the brief's default
so a damaged row never stops the work. ``models/seed.py`` writes the defaults of new stores.

- ``sanitary_core_for_residential`` ("1"/"0", default on): for long-stay and residential
  objects SANITARY counts as a core zone in the suggested status (brief §2.6).
- ``reinspection_interval_years`` (whole years, "0" or empty = none, the default): no periodic
  interval is official (brief §2.2); when set, a passport older than that is due again.
- ``large_family_minors`` (default 4): cohabiting minors a LARGE family has (brief §3.2).
- ``case_plan_due_days`` (days, empty = no limit, the default): "no official time limits
  between stages exist, so any limit is configurable and the default is none" (brief §3.4);
  an office may choose one (e.g. 14) for the "without a plan" work list.
- ``relaunch_after_days`` (days, default 90; 0 or less, empty or malformed = the default): the
  relaunch list (brief §3.4, §3.6; issue 14) holds the open cases whose family is still in
  Digital Family Map category D or E that many days after the case opened (its signal, or its
  reopening); they are to be relaunched with the mobile group. No official term exists: 90 days
  (a quarter) is the proposed default.
- ``backup_folder`` (a folder, empty = a ``backups`` folder beside the store, the default),
  ``backup_keep`` (how many automatic backups to keep, default 10) and ``backup_daily``
  ("1"/"0", default on): the automatic backups (``models/reference/backup_policy.py``, issue 8).
- ``idle_lock_minutes`` (whole minutes, 1 to 240, default 10): the main window locks after that
  long without keyboard or mouse input and asks for the password again (issue 8).
- ``reporting_due_days_<kind>`` (``year``, ``half``, ``quarter``, ``month``; working days 1 to 120,
  default 10): the reporting calendar, when the sub-offices' packages of a period of that kind are
  due after it ends (domain brief §4, issue 10; read by ``models/reporting/calendar.py``, which
  falls back to 10 for a missing or unusable value and for kinds added later).
- ``retention_years_after_closure`` (whole years, 1 to 75, default 5, proposed): how long a
  family's personal data are kept after its last case closed before they are due for
  destruction (brief §6; issue 14). The archive terms of Order No. 279-НҚ (2025) are "to
  confirm": 5 years is a proposal an administrator changes in the retention dialog.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.reference.tables import Setting

SANITARY_CORE_KEY = "sanitary_core_for_residential"
REINSPECTION_YEARS_KEY = "reinspection_interval_years"
LARGE_FAMILY_KEY = "large_family_minors"
PLAN_DUE_DAYS_KEY = "case_plan_due_days"
BACKUP_FOLDER_KEY = "backup_folder"
BACKUP_KEEP_KEY = "backup_keep"
BACKUP_DAILY_KEY = "backup_daily"
IDLE_LOCK_KEY = "idle_lock_minutes"
RELAUNCH_DAYS_KEY = "relaunch_after_days"

#: Minors in a large family when the setting is unusable (brief §3.2).
LARGE_FAMILY_DEFAULT = 4
#: Days in map category D or E after a case opened before the family is relaunched (proposed).
RELAUNCH_DAYS_DEFAULT = 90
#: Automatic backups kept when the setting is unusable (issue 8).
BACKUP_KEEP_DEFAULT = 10
#: Minutes without input before the window locks, and the range an administrator may choose.
IDLE_LOCK_DEFAULT = 10
IDLE_LOCK_RANGE = (1, 240)
#: Working days after a period's end its packages are due (reporting calendar), and the range
#: an administrator may choose.
REPORTING_DUE_DAYS_DEFAULT = 10
REPORTING_DUE_DAYS_RANGE = (1, 120)


RETENTION_YEARS_KEY = "retention_years_after_closure"
#: Years after the last closure a family's data are kept (proposed, brief §6 "to confirm"), and
#: the range an administrator may choose.
RETENTION_YEARS_DEFAULT = 5
RETENTION_YEARS_RANGE = (1, 75)


def retention_years_after_closure(s: Session) -> int:
    """Return the years a closed family's data are kept (default 5 for a missing or unusable
    value)."""
    n = _whole(read_setting(s, RETENTION_YEARS_KEY))
    low, high = RETENTION_YEARS_RANGE
    return n if n is not None and low <= n <= high else RETENTION_YEARS_DEFAULT


def due_days_key(kind: str) -> str:
    """Return the setting key of the reporting calendar for periods of ``kind``."""
    return f"reporting_due_days_{kind}"


def read_setting(s: Session, key: str) -> str | None:
    """Return the stored text of ``key``, or None when there is no row."""
    value = s.scalar(select(Setting.value).where(Setting.key == key))
    return None if value is None else str(value)


def write_setting(s: Session, key: str, value: str) -> None:
    """Store ``value`` under ``key`` (adding the row when missing)."""
    row = s.scalars(select(Setting).where(Setting.key == key)).first()
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def _whole(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def sanitary_core_for_residential(s: Session) -> bool:
    """Return True when SANITARY is core for residential objects (anything but "0")."""
    return (read_setting(s, SANITARY_CORE_KEY) or "1").strip() != "0"


def reinspection_interval_years(s: Session) -> int | None:
    """Return the re-inspection interval in years, or None when none is set (0, empty, bad)."""
    years = _whole(read_setting(s, REINSPECTION_YEARS_KEY))
    return years if years is not None and years > 0 else None


def large_family_minors(s: Session) -> int:
    """Return the minors a LARGE family has (default 4 for a missing or unusable value)."""
    n = _whole(read_setting(s, LARGE_FAMILY_KEY))
    return n if n is not None and n >= 1 else LARGE_FAMILY_DEFAULT


def plan_due_days(s: Session) -> int | None:
    """Return N of "without a plan after N days", or None when the office set no limit."""
    days = _whole(read_setting(s, PLAN_DUE_DAYS_KEY))
    return days if days is not None and days >= 0 else None


def relaunch_after_days(s: Session) -> int:
    """Return N of the relaunch list (default 90 for a missing or unusable value)."""
    days = _whole(read_setting(s, RELAUNCH_DAYS_KEY))
    return days if days is not None and days >= 1 else RELAUNCH_DAYS_DEFAULT


def backup_folder(s: Session) -> str | None:
    """Return the folder chosen for automatic backups, or None for the default beside the store."""
    folder = (read_setting(s, BACKUP_FOLDER_KEY) or "").strip()
    return folder or None


def backup_keep(s: Session) -> int:
    """Return how many automatic backups to keep (default 10 for a missing or unusable value)."""
    n = _whole(read_setting(s, BACKUP_KEEP_KEY))
    return n if n is not None and n >= 1 else BACKUP_KEEP_DEFAULT


def backup_daily(s: Session) -> bool:
    """Return True when a backup is made daily (anything but "0")."""
    return (read_setting(s, BACKUP_DAILY_KEY) or "1").strip() != "0"


def idle_lock_minutes(s: Session) -> int:
    """Return the minutes without input before the window locks (default 10 for a missing or
    unusable value; never "off": a shared office PC must lock)."""
    n = _whole(read_setting(s, IDLE_LOCK_KEY))
    low, high = IDLE_LOCK_RANGE
    return n if n is not None and low <= n <= high else IDLE_LOCK_DEFAULT
