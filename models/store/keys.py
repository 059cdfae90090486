"""The store key, the recovery key and the key file beside the store (issue 8).

The whole store file is encrypted with SQLCipher (``models/store/db.py``) under a 32-byte
*store key*. Nobody types that key:

- it is derived from the *recovery key* shown once at ``init`` (and at the conversion of a plain
  store): 160 random bits written as groups of four characters of Crockford's base32 (no I, L,
  O or U) with a 20-bit check, so a mistyped key is told apart from a wrong one. The store key
  is HKDF-SHA256 of those bits: the recovery key alone opens the store, even without the key
  file;
- the key file ``<store file name>.keys`` holds, per login, a *slot*: the store key wrapped
  with AES-GCM under a key stretched from the password with scrypt (its parameters are kept in
  the slot). A password is right iff its slot unwraps. The file also holds the failure counters
  of the lock-out (a wrong password cannot open the store to count there) and the office's
  KATO code (not personal), so a restore can check "same office" without a password.

This module knows no table: whether a login may log in at all (an active ``app_user`` row, its
role) is decided above it, in ``models/setup.py``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.errors import QoldauError
from models.paths import sync_folder

#: scrypt cost of new slots. Production: 2**15 (about 32 MiB and 0.1 s a login). The test suite
#: lowers it in ``tests/conftest.py``; ``tests/models/store/test_keys.py`` checks that a fresh
#: interpreter still has at least 2**15.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
#: Wrong passwords in a row that lock a login, and for how long.
LOCKOUT_FAILURES = 5
LOCKOUT_TIME = timedelta(minutes=5)
#: The store key's length (SQLCipher's raw AES-256 key).
KEY_BYTES = 32
#: Random bits of a recovery key, and the bits of its check.
RECOVERY_BYTES = 20
_CHECK_BITS = 20
#: Crockford's base32: no I, L, O, U (read as 1, 1, 0 and refused).
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
_GROUP = 4
KEY_FILE_FORMAT = 1
KEY_FILE_SUFFIX = ".keys"
_HKDF_INFO = b"qoldau-store-key"


def clock() -> datetime:
    """Return the current time (UTC); tests replace it to move past a lock-out."""
    return datetime.now(UTC)


class AuthError(QoldauError):
    """A login, a password or a recovery key was refused; nothing was changed.

    Codes: ``bad_login`` (unknown login, wrong password or disabled account: one code, so that
    logins cannot be probed), ``locked_out`` (``until``: when the login may try again),
    ``bad_recovery_key`` (not a recovery key, or not this store's), ``not_administrator`` (a
    restore by a login that is not an active administrator of the backup).
    """

    def __init__(self, code: str, until: datetime | None = None) -> None:
        super().__init__(code if until is None else f"{code} until {until.isoformat()}")
        self.code = code
        self.until = until


# -- recovery key ------------------------------------------------------------------------------


def _check_of(data: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"qoldau-recovery" + data).digest()[:4]) >> (
        32 - _CHECK_BITS
    )


def new_recovery_key() -> str:
    """Return a new recovery key: 36 characters in nine groups of four, e.g. ``7KQ3-...``."""
    data = secrets.token_bytes(RECOVERY_BYTES)
    number = (int.from_bytes(data) << _CHECK_BITS) | _check_of(data)
    chars = []
    for _ in range((RECOVERY_BYTES * 8 + _CHECK_BITS) // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def _recovery_bytes(text: str) -> bytes:
    """Return the random bits of a recovery key (any case, spaces and dashes allowed)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    length = (RECOVERY_BYTES * 8 + _CHECK_BITS) // 5
    if len(cleaned) != length or any(ch not in _ALPHABET for ch in cleaned):
        raise AuthError("bad_recovery_key")
    number = 0
    for ch in cleaned:
        number = (number << 5) | _ALPHABET.index(ch)
    check = number & ((1 << _CHECK_BITS) - 1)
    data = (number >> _CHECK_BITS).to_bytes(RECOVERY_BYTES)
    if not hmac.compare_digest(check.to_bytes(4), _check_of(data).to_bytes(4)):
        raise AuthError("bad_recovery_key")
    return data


def store_key_from_recovery(text: str) -> bytes:
    """Return the store key of a recovery key.

    Raises:
        AuthError: ``bad_recovery_key`` when ``text`` is not a well-formed recovery key (a typo
            fails its check). A well-formed key of another store gives another key, which that
            store then refuses.
    """
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_HKDF_INFO)
    return hkdf.derive(_recovery_bytes(text))


# -- key file ----------------------------------------------------------------------------------


def key_file_path(store_path: Path | str) -> Path:
    """Return the key file of the store at ``store_path`` (``store.sqlite.keys``)."""
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + KEY_FILE_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KeyFile:
    """The key file of a store: its office, a slot per login, failure counters per login."""

    office_kato: str = ""
    #: login -> {"kdf": "scrypt", "n", "r", "p", "salt", "nonce", "wrapped"} (base64 texts).
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: login -> {"count": wrong passwords in a row, "until": ISO time a lock-out ends or None}.
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, store_path: Path | str) -> KeyFile:
        """Read the key file of the store at ``store_path``.

        Raises:
            FileNotFoundError: there is no key file.
            ValueError: the file is not a key file (damaged).
        """
        data = json.loads(key_file_path(store_path).read_text(encoding="utf-8"))
        return cls.from_json(data)

    @classmethod
    def from_json(cls, data: object) -> KeyFile:
        """Return the key file of its JSON form (a backup's header holds one).

        Raises:
            ValueError: ``data`` is not a key file.
        """
        if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
            raise ValueError("not a Qoldau key file")
        slots, failures = data.get("slots"), data.get("failures", {})
        if not isinstance(slots, dict) or not isinstance(failures, dict):
            raise ValueError("not a Qoldau key file")
        return cls(str(data.get("office_kato", "")), dict(slots), dict(failures))

    def to_json(self) -> dict[str, Any]:
        """Return the JSON form of the key file."""
        return {
            "format": KEY_FILE_FORMAT,
            "office_kato": self.office_kato,
            "slots": self.slots,
            "failures": self.failures,
        }

    def save(self, store_path: Path | str) -> Path:
        """Write the key file beside the store: a private temp file, synced, then renamed."""
        target = key_file_path(store_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
        payload = json.dumps(self.to_json(), indent=1, sort_keys=True).encode("utf-8")
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        sync_folder(target.parent)
        return target


def _normalise(password: str) -> bytes:
    # NFC: the same password typed on two keyboards (composed or not) is the same password.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _stretch(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        _normalise(password), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + (1 << 20), dklen=32
    )


def make_slot(login: str, password: str, key: bytes) -> dict[str, Any]:
    """Return a slot wrapping ``key`` under ``password`` (scrypt at this module's cost)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _stretch(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, key, login.encode("utf-8"))
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


def open_slot(slot: dict[str, Any], login: str, password: str) -> bytes | None:
    """Return the key wrapped in ``slot`` when ``password`` is right, else None."""
    try:
        n, r, p = int(slot["n"]), int(slot["r"]), int(slot["p"])
        if slot.get("kdf") != "scrypt" or not (2 <= n <= 2**22 and 1 <= r <= 32 and 1 <= p <= 16):
            return None
        kek = _stretch(password, _unb64(slot["salt"]), n, r, p)
        key = AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), login.encode())
    except (KeyError, TypeError, ValueError, InvalidTag):
        return None
    return key if len(key) == KEY_BYTES else None


def add_slot(store_path: Path | str, login: str, password: str, key: bytes) -> None:
    """Add (or replace) the slot of ``login``, clearing its failures; creates the key file."""
    path = Path(store_path)
    try:
        keys = KeyFile.load(path)
    except FileNotFoundError:
        keys = KeyFile()
    keys.slots[login] = make_slot(login, password, key)
    keys.failures.pop(login, None)
    keys.save(path)


def remove_slot(store_path: Path | str, login: str) -> bool:
    """Remove the slot of ``login``; return False when it had none."""
    path = Path(store_path)
    keys = KeyFile.load(path)
    if login not in keys.slots:
        return False
    del keys.slots[login]
    keys.failures.pop(login, None)
    keys.save(path)
    return True


def set_office_kato(store_path: Path | str, kato: str) -> None:
    """Record the office of the store in its key file (read by restore without a password)."""
    path = Path(store_path)
    keys = KeyFile.load(path)
    if keys.office_kato != kato:
        keys.office_kato = kato
        keys.save(path)


def unwrap(
    store_path: Path | str,
    login: str,
    password: str,
    *,
    now: Callable[[], datetime] | None = None,
) -> bytes:
    """Return the store key when ``password`` is the password of ``login``.

    A wrong password counts a failure in the key file; the fifth in a row locks the login for
    ``LOCKOUT_TIME`` (even the right password is refused meanwhile); a right one clears the
    count. An unknown login counts nothing (there is no slot to count in) and gets the same
    ``bad_login``.

    Raises:
        AuthError: ``bad_login`` or ``locked_out``.
        FileNotFoundError: there is no key file.
    """
    path = Path(store_path)
    when = (now or clock)()
    keys = KeyFile.load(path)
    slot = keys.slots.get(login)
    if slot is None:
        raise AuthError("bad_login")
    failed = keys.failures.get(login, {})
    until = _parse_time(failed.get("until"))
    if until is not None and when < until:
        raise AuthError("locked_out", until)
    key = open_slot(slot, login, password)
    if key is None:
        count = (0 if until is not None else int(failed.get("count", 0))) + 1
        locked = when + LOCKOUT_TIME if count >= LOCKOUT_FAILURES else None
        keys.failures[login] = {
            "count": 0 if locked else count,
            "until": locked.isoformat() if locked else None,
        }
        keys.save(path)
        if locked is not None:
            raise AuthError("locked_out", locked)
        raise AuthError("bad_login")
    if login in keys.failures:
        del keys.failures[login]
        keys.save(path)
    return key


def _parse_time(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def key_hex(key: bytes) -> str:
    """Return SQLCipher's raw-key literal of ``key`` (``x'..'``, for ``PRAGMA key``)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a store key has 32 bytes")
    return f"x'{key.hex()}'"
