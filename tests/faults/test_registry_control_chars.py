"""A registry row whose text holds a control character is refused with its row and column
(issue 9): such a name imported fine and then broke every export until it was edited.

Excel writes a control character in a cell as an ``_xHHHH_`` escape, which the reader decodes
back into the character: that is how one reaches a registry on a USB stick.
"""

from __future__ import annotations

from pathlib import Path

from exporters.registry_import import import_registry
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.test_registry_import import USER, codes, good_rows, objects, reject, write


def test_control_characters_in_names_refs_and_addresses_are_row_errors(
    store: Store, tmp_path: Path
) -> None:
    rows = good_rows()
    rows[0]["name"] = "Мектеп_x0000_ №1"  # a NUL
    rows[1]["address"] = "Абай к-сі_x001B_, 5"  # an ESC
    rows[2]["object_ref"] = "R_x0007_3"  # a BEL
    path = write(tmp_path / "r.xlsx", rows)
    problems = reject(store, path)
    assert codes(problems) == {
        (2, "name", "control_chars"),
        (3, "address", "control_chars"),
        (4, "object_ref", "control_chars"),
    }
    assert objects(store) == {}


def test_a_tab_in_a_name_is_refused_but_tab_and_newline_in_an_address_are_kept(
    store: Store, tmp_path: Path
) -> None:
    rows = good_rows()
    rows[0]["name"] = "Мектеп\t№1"
    assert codes(reject(store, write(tmp_path / "a.xlsx", rows))) == {(2, "name", "control_chars")}
    rows = good_rows()
    rows[0]["address"] = "Ақкөл қ.,\tАбай к-сі,\n1-үй"
    import_registry(store, write(tmp_path / "b.xlsx", rows), user=USER, today=TODAY)
    assert objects(store)["R1"].address == "Ақкөл қ.,\tАбай к-сі,\n1-үй"


def test_a_refused_registry_leaves_stored_objects_unchanged(store: Store, tmp_path: Path) -> None:
    import_registry(store, write(tmp_path / "a.xlsx", good_rows()), user=USER, today=TODAY)
    before = {ref: (o.name, o.address, o.updated_at) for ref, o in objects(store).items()}
    rows = good_rows()
    rows[1]["name"] = "Жаңа_x001F_ атау"
    assert codes(reject(store, write(tmp_path / "b.xlsx", rows))) == {(3, "name", "control_chars")}
    after = {ref: (o.name, o.address, o.updated_at) for ref, o in objects(store).items()}
    assert after == before
