import codecs

import pytest

from mmstudio.core.errors import DataError
from mmstudio.core.files import human_size
from mmstudio.core.media.text.decoding import decode_text, read_text_file

ENGLISH = "The weather is lovely today; let's walk to the park and have a picnic by the lake."
CHINESE = "今天下午我们去公园散步，天气非常好，阳光明媚，很多人在草地上野餐和放风筝。"
TRADITIONAL = "今天下午我們去公園散步，天氣非常好，陽光明媚，很多人在草地上野餐和放風箏。"
JAPANESE = "今日はとても良い天気ですね。午後は友達と一緒に公園へ散歩に行く予定です。"
FRENCH = "Le café était très agréable, mais l’addition était un peu chère. Ça arrive — c’est la vie."
GERMAN = "Der Bär läuft über die Straße und isst große Äpfel in München."


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (ENGLISH, ENGLISH.encode("utf-8")),
        (CHINESE, CHINESE.encode("utf-8")),
        (CHINESE, codecs.BOM_UTF8 + CHINESE.encode("utf-8")),
        (JAPANESE, codecs.BOM_UTF16_LE + JAPANESE.encode("utf-16-le")),
        (JAPANESE, codecs.BOM_UTF16_BE + JAPANESE.encode("utf-16-be")),
        (ENGLISH, codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le")),
        (CHINESE, CHINESE.encode("gb18030")),
        ("这家餐厅的红烧肉做得特别好吃，价格也不贵，下次还要再来。", "这家餐厅的红烧肉做得特别好吃，价格也不贵，下次还要再来。".encode("gbk")),
        (TRADITIONAL, TRADITIONAL.encode("big5")),
        (JAPANESE, JAPANESE.encode("shift_jis")),
        (FRENCH, FRENCH.encode("cp1252")),
        (GERMAN, GERMAN.encode("latin-1")),
        ("Très bien, merci!", "Très bien, merci!".encode("cp1252")),
        ("我爱 machine learning!", "我爱 machine learning!".encode("gbk")),
        ("北京今天下雨了，记得带伞。", "北京今天下雨了，记得带伞。".encode("gbk")),
        ("台北今天下雨了，記得帶傘。", "台北今天下雨了，記得帶傘。".encode("big5")),
    ],
    ids=[
        "utf8",
        "utf8-chinese",
        "utf8-bom",
        "utf16-le-bom",
        "utf16-be-bom",
        "utf16-le-english",
        "gb18030",
        "gbk",
        "big5",
        "shift-jis",
        "cp1252",
        "latin1",
        "cp1252-short",
        "gbk-mixed",
        "gbk-short",
        "big5-short",
    ],
)
def test_decodes_to_the_exact_original(tmp_path, text, data):
    assert read_text_file(write(tmp_path, "example.txt", data)) == text


def test_utf16_without_bom(tmp_path):
    assert read_text_file(write(tmp_path, "a.txt", ENGLISH.encode("utf-16-le"))) == ENGLISH


def test_line_endings_are_kept(tmp_path):
    assert read_text_file(write(tmp_path, "a.txt", b"one\r\ntwo\n")) == "one\r\ntwo\n"


def test_empty_file_is_empty_text(tmp_path):
    assert read_text_file(write(tmp_path, "empty.txt", b"")) == ""


def test_binary_is_refused(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(DataError, match="'picture.txt' looks like a binary file"):
        read_text_file(write(tmp_path, "picture.txt", png))


def test_control_characters_without_nul_are_refused(tmp_path):
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + b"abc"
    with pytest.raises(DataError, match="binary"):
        read_text_file(write(tmp_path, "odd.txt", data))


def test_over_size_is_refused_with_its_size(tmp_path):
    path = write(tmp_path, "big.txt", b"a" * (3 * 1024 * 1024 + 300 * 1024))
    with pytest.raises(DataError) as error:
        read_text_file(path, max_bytes=1024 * 1024)
    assert str(error.value) == "'big.txt' is 3.3 MB; text files over 1 MB are not read."


def test_default_limit_is_five_megabytes(tmp_path):
    path = write(tmp_path, "big.txt", b"word " * (1024 * 1024 + 10))
    with pytest.raises(DataError, match=r"'big.txt' is 5.00 MB; text files over 5 MB are not read\."):
        read_text_file(path)


def test_undecodable_is_refused_naming_the_file(tmp_path):
    # bytes no encoding turns into plausible text: invalid UTF-8, and chaos in every legacy code page
    data = bytes([0x80, 0xFF, 0xFE, 0x81, 0x9F, 0xA0, 0xC0, 0xC1, 0xF5, 0xFF, 0x8D, 0x90]) * 40
    with pytest.raises(DataError) as error:
        read_text_file(write(tmp_path, "mystery.txt", data))
    assert "'mystery.txt'" in str(error.value)
    assert "could not be read" in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="'nowhere.txt' could not be found"):
        read_text_file(tmp_path / "nowhere.txt")


def test_decode_text_names_what_it_reads():
    assert decode_text("ok".encode("utf-16")) == "ok"
    with pytest.raises(DataError, match="'x.bin'"):
        decode_text(b"\x00\x01\x02\x03" * 100, "x.bin")


def test_human_size():
    assert human_size(12.3 * 2**20) == "12.3 MB"
    assert human_size(5 * 2**20) == "5 MB"
    assert human_size(2048) == "2 KB"
    assert human_size(12) == "12 bytes"
