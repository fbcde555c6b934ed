from pathlib import Path

import pytest

from mmstudio.core.errors import DataError
from mmstudio.core.media import MODALITY_NAMES, get_modality
from mmstudio.core.media.text.modality import labelled_from_text_source


def test_text_is_a_registered_modality():
    modality = get_modality("text")
    assert "text" in MODALITY_NAMES
    assert modality.name == "text"
    assert modality.extensions == {".txt", ".md"}
    assert modality.medium.default_model in modality.models
    assert set(modality.models) >= {"bow", "rnn", "lstm", "rrnn"}


def test_class_folders_of_text_files(tmp_path):
    for name, texts in {"spam": ["win money now", "free prize"], "ham": ["see you at lunch"]}.items():
        (tmp_path / name).mkdir()
        for k, text in enumerate(texts):
            (tmp_path / name / f"{k}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "ham" / "notes.md").write_text("# meeting\nat noon", encoding="utf-8")
    (tmp_path / "ham" / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "all.csv").write_text("text,label\na,b\n", encoding="utf-8")
    labelled, classes, warnings = labelled_from_text_source(tmp_path)
    assert classes == ["ham", "spam"]
    found = sorted((path.name, name) for path, name in labelled)
    assert found == [("0.txt", "ham"), ("0.txt", "spam"), ("1.txt", "spam"), ("notes.md", "ham")]
    assert any("belong to no class" in w and "'all.csv'" in w for w in warnings)
    assert any("not .txt or .md" in w for w in warnings)
    modality = get_modality("text")
    texts = {modality.read(path, {}) for path, _ in labelled}
    assert texts == {"see you at lunch", "# meeting\nat noon", "win money now", "free prize"}


def test_a_table_gives_typed_texts(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("message,class\nwin money now,spam\nlunch?,ham\n,ham\nfree prize,\n", encoding="utf-8")
    labelled, classes, warnings = labelled_from_text_source(path)
    assert labelled == [("win money now", "spam"), ("lunch?", "ham")]
    assert classes == ["ham", "spam"]
    assert "1 row(s) without a label were left out." in warnings
    assert "1 row(s) without text were left out." in warnings


def test_a_guessed_table_says_so(tmp_path):
    path = tmp_path / "data.csv"
    rows = "\n".join(f"{k},a rather long sentence number {k},{'xy'[k % 2]},{k % 5}" for k in range(12))
    path.write_text("a,b,c,d\n" + rows + "\n", encoding="utf-8")
    labelled, classes, warnings = labelled_from_text_source(path)
    assert classes == ["x", "y"]
    assert any("Guessed the columns" in w and "'b'" in w and "'c'" in w for w in warnings)
    labelled, classes, warnings = labelled_from_text_source(path, text_column="b", label_column="d")
    assert classes == ["0", "1", "2", "3", "4"] and not warnings


def test_columns_for_a_folder_or_a_non_table_are_refused(tmp_path):
    with pytest.raises(DataError, match="only be chosen for a table"):
        labelled_from_text_source(tmp_path, text_column="text")
    note = tmp_path / "note.txt"
    note.write_text("hello", encoding="utf-8")
    with pytest.raises(DataError, match="is not a table"):
        labelled_from_text_source(note)
    with pytest.raises(DataError, match="does not exist"):
        labelled_from_text_source(Path(tmp_path / "missing"))


def test_typed_examples_and_fingerprints():
    modality = get_modality("text")
    assert modality.read("Hello there", {}) == "Hello there"
    with pytest.raises(DataError):
        modality.read(" \n ", {})
    assert modality.fingerprint("Hello   THERE") == modality.fingerprint("hello there\n")
    assert modality.fingerprint("hello") != modality.fingerprint("hello!")
    described = modality.medium.describe("a  b\n" * 20, limit=40)
    assert len(described) == 40 and described.endswith("…") and "\n" not in described and "  " not in described
    assert modality.medium.describe("a\n b") == "a b"
