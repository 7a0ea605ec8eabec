"""Serbian Latin to Cyrillic: letter for letter, leaving what is not Serbian alone."""

from __future__ import annotations

import pytest

from surveyor.core.transliterate import latin_to_cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("nadzorna kamera na stubu", "надзорна камера на стубу"),
        ("Ljubljana, Njegoš, Džep, NJEGOŠ", "Љубљана, Његош, Џеп, ЊЕГОШ"),
        ("Đorđe ćuti; šećer je žut", "Ђорђе ћути; шећер је жут"),
        ("nadživeti, podžanr", "надживети, поджанр"),  # d and ž of a prefix stay two letters
        ("Potpis NIJE proveren", "Потпис НИЈЕ проверен"),  # Serbian in capitals
        ("MUP Srbije, GPS", "МУП Србије, GPS"),  # a Serbian acronym, not a foreign one
        ("U ovom obilasku", "У овом обиласку"),  # a one-letter word starting a sentence
        ("Pomoć ▸ O programu", "Помоћ ▸ О програму"),  # and starting a menu item
    ],
)
def test_serbian_words_change_script(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("{n} kamera, %n, %1, %L2", "{n} камера, %n, %1, %L2"),
        ("<b>Nosač</b> &amp; kupola", "<b>Носач</b> &amp; купола"),
        ("camera:mount=pole u surveyor.toml", "camera:mount=pole у surveyor.toml"),
        (
            "Ctrl+Shift+Z ponavlja; Shift+strelice biraju",
            "Ctrl+Shift+Z понавља; Shift+стрелице бирају",
        ),
        ("komandom `surveyor key create`", "командом `surveyor key create`"),
        ("N: nova kamera · pritisnite N", "N: нова камера · притисните N"),
        ("&Uvezi fotografije…", "&Увези фотографије…"),
        ("XMP i Wikidata", "XMP и Wikidata"),  # q, w, x, y are not Serbian letters
        (
            "vidi https://osm.org/a; traži https:// adresu",
            "види https://osm.org/a; тражи https:// адресу",
        ),
        ("prihvatite (--accept-new-key)", "прихватите (--accept-new-key)"),
        ("nije Ed25519, JFIF ni APP0", "није Ed25519, JFIF ни APP0"),  # acronyms and alphanumerics
    ],
)
def test_placeholders_markup_and_technical_words_stay(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


def test_the_caller_names_brands_and_acronyms_to_keep() -> None:
    text = "Hikvision kamera, GPS, OpenStreetMap"
    assert latin_to_cyrillic(text) == "Хиквисион камера, GPS, ОпенСтреетМап"  # acronyms stay
    assert (
        latin_to_cyrillic(text, keep=["Hikvision", "GPS", "OpenStreetMap"])
        == "Hikvision камера, GPS, OpenStreetMap"
    )
