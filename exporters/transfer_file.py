"""The case-transfer file (issue 8; domain brief §6: person-level data leave the district only
encrypted, to a named recipient, and logged).

``<FROM_KATO>_<CASE NUMBER>.qoldau-transfer`` is::

    MAGIC (8 bytes) | header length (2 bytes, big-endian) | header (UTF-8 JSON) | ciphertext

The header is plain and holds no personal data: the format version, the sending and receiving
offices' KATO codes, when the file was made, the scrypt parameters and salt, the AES-GCM nonce
and the ciphertext's length. The ciphertext is AES-256-GCM of the UTF-8 JSON payload
(``models/cases/transfer.py``), keyed by scrypt of a one-time passphrase, with everything before
it (magic, length and header) as associated data: a changed header byte fails authentication
like a changed body byte.

The passphrase is generated here (6 groups of 5 characters from an alphabet without look-alike
characters: about 148 bits), shown once to the sender to pass on separately (phone, paper),
and never stored. Reading is untrusted input: the file's and the header's sizes are capped,
the scrypt cost read from a header is bounded, and every failure is a
:class:`~models.issues.ValidationError` with a ``transfer_*`` code (worded in
``ui/messages.py``); nothing is written then.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from models.cases import transfer
from models.cases.transfer_payload import TransferPayload
from models.issues import refused
from models.paths import sync_folder
from models.store.db import Store, StoreError

MAGIC = b"QOLDAUTR"
FORMAT_VERSION = 1
SUFFIX = ".qoldau-transfer"
#: scrypt cost (2**15, r=8, p=1: ~32 MiB and a tenth of a second); tests lower ``SCRYPT_N``.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
#: Bounds on a cost read from a file (a hostile header must not ask for gigabytes: 2**16 with
#: r=8 is 64 MiB).
_MIN_N, _MAX_N = 2**10, 2**16
#: The largest file and header read (a case with its history is a few hundred KiB).
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_HEADER_BYTES = 4096
#: Passphrase alphabet: no 0/O, 1/I/L look-alikes (31 characters, ~4.95 bits each).
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS, GROUP_LEN = 6, 5
_TAG = 16
#: Why a transfer file is refused: issue codes (field ``file``), worded in ``ui/messages.py``.
NOT_A_FILE = "transfer_not_a_file"
TRUNCATED = "transfer_truncated"
TOO_LARGE = "transfer_too_large"
OTHER_VERSION = "transfer_version"
WRONG_PASSPHRASE = "transfer_wrong_passphrase"
NO_FOLDER = "transfer_no_folder"
CODES = (NOT_A_FILE, TRUNCATED, TOO_LARGE, OTHER_VERSION, WRONG_PASSPHRASE, NO_FOLDER)


def new_passphrase() -> str:
    """Return a new one-time passphrase: ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return "-".join(chars[i : i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


#: Cyrillic capitals that look like the Latin ones of the alphabet (typed from paper with the
#: Kazakh or Russian layout on).
_LOOKALIKES = str.maketrans("АВЕКМНРСТХУ", "ABEKMHPCTXY")


def normalize_passphrase(text: str) -> str:
    """Return the passphrase as typed without spaces, dashes, case or Cyrillic look-alikes
    (what keys are made of)."""
    return "".join(ch for ch in text.upper().translate(_LOOKALIKES) if ch.isalnum())


def file_name(from_kato: str, case_number: str) -> str:
    """Return the transfer file's name for a case of the office ``from_kato``."""
    return f"{from_kato}_{case_number}{SUFFIX}"


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=n, r=r, p=p)
    return kdf.derive(normalize_passphrase(passphrase).encode("ascii", "replace"))


def encrypt(payload: TransferPayload, passphrase: str) -> bytes:
    """Return the transfer file's bytes for ``payload`` under ``passphrase``."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "version": FORMAT_VERSION,
        "from": payload["from"]["kato"],
        "to": payload["to"]["kato"],
        "created_at": payload["created_at"],
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "salt": salt.hex(),
        "nonce": nonce.hex(),
        "length": len(body) + _TAG,
    }
    head = json.dumps(header, separators=(",", ":")).encode("ascii")
    prefix = MAGIC + len(head).to_bytes(2, "big") + head
    cipher = AESGCM(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(
        nonce, body, prefix
    )
    return prefix + cipher


@dataclass(frozen=True)
class TransferHeader:
    """The plain header of a transfer file (no personal data)."""

    version: int
    from_kato: str
    to_kato: str
    created_at: str


def _bad(code: str) -> Exception:
    return refused("file", code)


def _parse_header(data: bytes) -> tuple[dict[str, object], bytes, bytes]:
    """Return (header, associated data, ciphertext) of a file's bytes, or refuse."""
    if len(data) < len(MAGIC) + 2 or not data.startswith(MAGIC):
        raise _bad(NOT_A_FILE)
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 2], "big")
    end = len(MAGIC) + 2 + size
    if size > MAX_HEADER_BYTES:
        raise _bad(NOT_A_FILE)
    if len(data) < end:
        raise _bad(TRUNCATED)
    try:
        header = json.loads(data[len(MAGIC) + 2 : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad(NOT_A_FILE) from exc
    if not isinstance(header, dict):
        raise _bad(NOT_A_FILE)
    if header.get("version") != FORMAT_VERSION:
        raise _bad(OTHER_VERSION)
    return header, data[:end], data[end:]


def read_header(path: Path) -> TransferHeader:
    """Return the plain header of the transfer file ``path`` (nothing is decrypted)."""
    header, _aad, _body = _parse_header(_read(path))
    return TransferHeader(
        FORMAT_VERSION,
        str(header.get("from", "")),
        str(header.get("to", "")),
        str(header.get("created_at", "")),
    )


def _read(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise _bad(NOT_A_FILE) from exc
    if size > MAX_FILE_BYTES:
        raise _bad(TOO_LARGE)
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _bad(TOO_LARGE)
    return data


def decrypt(data: bytes, passphrase: str) -> dict[str, object]:
    """Return the payload of a transfer file's bytes.

    Raises:
        ValidationError: ``file``: ``transfer_not_a_file``, ``transfer_version``,
            ``transfer_truncated``, ``transfer_too_large`` or ``transfer_wrong_passphrase``
            (a wrong passphrase and a changed byte cannot be told apart, by design).
    """
    if len(data) > MAX_FILE_BYTES:
        raise _bad(TOO_LARGE)
    header, aad, cipher = _parse_header(data)
    kdf, salt, nonce, length = (
        header.get("kdf"),
        header.get("salt"),
        header.get("nonce"),
        header.get("length"),
    )
    if not isinstance(length, int) or not isinstance(kdf, dict):
        raise _bad(NOT_A_FILE)
    if len(cipher) < length:
        raise _bad(TRUNCATED)
    if len(cipher) > length:
        raise _bad(NOT_A_FILE)
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if (
        kdf.get("name") != "scrypt"
        or not isinstance(n, int)
        or not _MIN_N <= n <= _MAX_N
        or n & (n - 1)
        or r != SCRYPT_R
        or p != SCRYPT_P
    ):
        raise _bad(NOT_A_FILE)
    try:
        salt_b, nonce_b = bytes.fromhex(str(salt)), bytes.fromhex(str(nonce))
    except ValueError as exc:
        raise _bad(NOT_A_FILE) from exc
    if len(salt_b) != 16 or len(nonce_b) != 12:
        raise _bad(NOT_A_FILE)
    try:
        body = AESGCM(_key(passphrase, salt_b, n, r, p)).decrypt(nonce_b, cipher, aad)
    except InvalidTag as exc:
        raise _bad(WRONG_PASSPHRASE) from exc
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad(NOT_A_FILE) from exc
    if not isinstance(payload, dict):
        raise _bad(NOT_A_FILE)
    sender, receiver = payload.get("from"), payload.get("to")
    if (
        not isinstance(sender, dict)
        or not isinstance(receiver, dict)
        or sender.get("kato") != header.get("from")
        or receiver.get("kato") != header.get("to")
    ):
        raise _bad(NOT_A_FILE)
    return payload


# -- sending ---------------------------------------------------------------------------------


class FileDelivery:
    """Writes a payload as a transfer file in ``folder``: first ``.<name>.<8 hex>.part``
    (a name ``models/litter.py`` cleans up after a killed run), then the final name."""

    def __init__(self, folder: Path, passphrase: str) -> None:
        self.folder = Path(folder)
        self.passphrase = passphrase
        self.path: Path | None = None
        self._tmp: Path | None = None
        self._placed = False

    def stage(self, payload: TransferPayload) -> None:
        """Write the encrypted payload under a temporary name and sync it to the disk."""
        final = self.folder / file_name(payload["from"]["kato"], payload["from"]["case_number"])
        if final.exists():
            raise StoreError("out_exists", final)
        data = encrypt(payload, self.passphrase)
        tmp = self.folder / f".{final.name}.{secrets.token_hex(4)}.part"
        self.path, self._tmp = final, tmp
        with tmp.open("xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def place(self) -> None:
        """Give the written file its final name (refusing to overwrite one that appeared)."""
        assert self._tmp is not None and self.path is not None
        if self.path.exists():
            raise StoreError("out_exists", self.path)
        os.replace(self._tmp, self.path)
        self._placed = True
        sync_folder(self.folder)

    def discard(self) -> None:
        """Remove the temporary file, or the placed one."""
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
        if self._placed and self.path is not None:
            self.path.unlink(missing_ok=True)
            self._placed = False


@dataclass(frozen=True)
class SentTransfer:
    """A case sent: the file written, the passphrase to pass on, the transfer id."""

    path: Path
    passphrase: str
    transfer_id: str
    case_number: str
    to_kato: str


def send_case(
    store: Store,
    case_id: int,
    to_kato: str,
    to_name: str,
    folder: Path,
    user: str,
    today: date,
) -> SentTransfer:
    """Write the transfer file of case ``case_id`` into ``folder`` and close the case as
    transferred: both or neither (``models/cases/transfer.py`` ``transfer_out``).

    Raises:
        RoleError, ValidationError: see ``transfer_out``; StoreError ``out_exists``; OSError.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise refused("folder", NO_FOLDER, path=str(folder))
    passphrase = new_passphrase()
    delivery = FileDelivery(folder, passphrase)
    payload = transfer.transfer_out(store, case_id, to_kato, to_name, user, today, delivery)
    assert delivery.path is not None
    return SentTransfer(
        delivery.path,
        passphrase,
        payload["transfer_id"],
        payload["from"]["case_number"],
        payload["to"]["kato"],
    )


# -- receiving -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedTransfer:
    """A case received: the new case and the one it continues."""

    case_id: int
    number: str
    from_kato: str
    from_number: str
    #: The sending office as "<name kk> / <name ru> (<KATO>)".
    from_office: str


def receive_file(
    store: Store, path: Path, passphrase: str, user: str, today: date
) -> ReceivedTransfer:
    """Decrypt the transfer file ``path`` and receive its case into ``store``, all or nothing.

    Raises:
        ValidationError: a ``transfer_*`` code of the file or of ``transfer_in``; RoleError.
    """
    payload = decrypt(_read(path), passphrase)
    case_id = transfer.transfer_in(store, payload, user, today)
    link = transfer.transfer_link(store, case_id)
    assert link is not None
    return ReceivedTransfer(
        case_id,
        transfer.case_number(store, case_id),
        str(payload["from"]["kato"]),  # type: ignore[index]
        str(link["number"]),
        str(link["office"]),
    )


def created_at(header: TransferHeader) -> datetime | None:
    """Return when a transfer file was made, or None for an unreadable stamp."""
    try:
        return datetime.fromisoformat(header.created_at)
    except ValueError:
        return None
