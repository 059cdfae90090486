"""Name keys: Kazakh/Russian Cyrillic spelling variants and Latin transliteration meet."""

from __future__ import annotations

import pytest

from models.families.name_keys import name_skeleton, person_name_key, to_latin


@pytest.mark.parametrize(
    "variants",
    [
        ("Қасымов", "Касымов", "Kasymov", "Kassymov", "QASYMOV", "қасымов"),
        ("Нұрлан", "Нурлан", "Nurlan", "NURLAN"),
        ("Әлия", "Алия", "Aliya", "Aliia", "Əliya", "Äliya"),
        ("Ержан", "Yerzhan", "Erzhan"),
        ("Жанар", "Zhanar", "Janar"),
        ("Айгүл", "Айгуль", "Aigul", "Aygul"),
        ("Хасенов", "Һасенов", "Khassenov", "Hasenov"),
        ("Шұғыла", "Shugyla", "Şuğyla"),
        ("Сейітқали", "Сейткали", "Seitkali"),
        ("Евгений", "Yevgeniy", "Evgeny"),
        ("Юлия", "Yuliya", "Iuliia"),
    ],
)
def test_spellings_share_a_key(variants: tuple[str, ...]) -> None:
    keys = {name_skeleton(v) for v in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Қасымов", "Қасенов"),
        ("Нұрлан", "Нұржан"),
        ("Әлия", "Әлима"),
        ("Ахметова", "Ахмедова"),
        ("Серік", "Серікбай"),
    ],
)
def test_different_names_differ(a: str, b: str) -> None:
    assert name_skeleton(a) != name_skeleton(b)


def test_to_latin() -> None:
    assert to_latin("Қасымов Нұрлан") == "kasymov nurlan"
    assert to_latin("Щукин Юрий") == "shchukin yurii"


def test_words_are_kept_apart_and_noise_dropped() -> None:
    assert name_skeleton("  Қасымова-Әлиева  ") == "kasimova aleva"
    assert name_skeleton("Нұрлан  Серікұлы") == "nurlan serikuli"
    assert name_skeleton("") == ""
    assert name_skeleton("123") == ""


def test_person_key_ignores_patronymic_and_script() -> None:
    assert person_name_key("Қасымов", "Нұрлан") == person_name_key("Kassymov", "Nurlan")
    assert person_name_key("Қасымов", "Нұрлан") != person_name_key("Нұрлан", "Қасымов")
