import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.text.normalize import clean_surface, fold_key, match_key, nfc


@pytest.mark.parametrize(
    "old, new",
    [("Tỉnh uỷ", "Tỉnh ủy"), ("hoà bình", "hòa bình"), ("Thuỵ", "Thụy"), ("khoẻ", "khỏe"),
     ("HOÀ", "HÒA")],
    ids=["uy", "oa", "uy-nang", "oe", "upper"],
)
def test_old_and_new_tone_placement_share_a_key(old, new):
    assert match_key(old) == match_key(new)


@pytest.mark.parametrize(
    "text", ["quý", "hoàn thành", "thuyết phục", "Quỳnh"], ids=["qu", "closed-oa", "uyê", "quy"]
)
def test_tones_that_are_not_old_style_stay(text):
    assert match_key(text) == text.lower()


@pytest.mark.parametrize(
    "text, key",
    [("Cư M’Gar", "cư m'gar"), ("a\u00a0b", "a b"), ("“x”", '"x"')],
    ids=["curly-apostrophe", "nbsp", "curly-quotes"],
)
def test_match_key_maps_punctuation(text, key):
    assert match_key(text) == key


def test_fold_key_drops_every_diacritic_and_d_bar():
    assert fold_key("Đắk Lắk, Buôn Ma Thuột") == "dak lak, buon ma thuot"


def test_nfd_input_gives_the_nfc_key():
    import unicodedata

    assert match_key(unicodedata.normalize("NFD", "Tỉnh ủy")) == "tỉnh ủy"
    assert nfc(unicodedata.normalize("NFD", "Đắk Lắk")) == "Đắk Lắk"


def test_clean_surface():
    assert clean_surface("  Bí\u00a0thư   Tỉnh ủy ") == "Bí thư Tỉnh ủy"


@given(st.text())
def test_keys_keep_the_length_of_nfc_text(text):
    text = nfc(text)
    assert len(match_key(text)) == len(text)
    assert len(fold_key(text)) == len(text)
