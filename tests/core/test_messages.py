"""The core's messages stay the English sentences they were (the CLI prints them, tests compare them) while
keeping the template and values the window translates them from: also the reasons inside them, why a model file
or a project is refused (its check) and why a download, a save or a read failed (the system's reason)."""

from __future__ import annotations

import errno
import json
import socket
import urllib.error

import pytest
from PIL import Image

from mmstudio.core.checkpoint import load_bundle
from mmstudio.core.checks import require_trainable
from mmstudio.core.downloads import download
from mmstudio.core.errors import CheckpointError, DataError
from mmstudio.core.media.image.modality import open_image
from mmstudio.core.messages import Message, joined, message
from mmstudio.core.os_reasons import os_reason
from mmstudio.core.pipeline import skipped_notice
from mmstudio.core.project import FORMAT_NAME, check_project_file
from mmstudio.core.schema import Choice, Flag, ListOf, MapOf, Number, Record, SchemaError, Text, Whole

from ._model_files import description_of, model_files, with_description


def test_a_damaged_image_reads_as_before_and_keeps_its_template(tmp_path):
    broken = tmp_path / "x.png"
    Image.new("RGB", (64, 64), "red").save(broken)
    broken.write_bytes(broken.read_bytes()[:60])  # the header, then cut short
    with pytest.raises(DataError) as caught:
        open_image(broken)
    text = str(caught.value)
    assert text == "The image 'x.png' is damaged or incomplete."
    assert isinstance(text, Message)
    assert text.template == "The image '{name}' is damaged or incomplete."
    assert text.params == {"name": "x.png"}


def test_a_message_survives_being_raised_caught_and_raised_again():
    try:
        try:
            require_trainable({"cat": 3, "dog": 0})
        except DataError as error:
            raise DataError(str(error)) from None
    except DataError as again:
        text = str(again)
    assert text == "The class 'dog' has no examples. Add some or remove the class."
    assert text.params == {"name": "dog"}


def test_messages_inside_messages():
    reasons = [("a", message("The image '{name}' is damaged or incomplete.", name=name)) for name in "abcd"]
    notice = skipped_notice(reasons)
    assert notice == (
        "4 example(s) could not be read and were left out. The image 'a' is damaged or incomplete. "
        "The image 'b' is damaged or incomplete. The image 'c' is damaged or incomplete. And 1 more."
    )
    assert [part.template for part in notice.params.values()][-1] == "And {count} more."
    assert joined(["One.", "Two."], separator=" ") == "One. Two."


def test_a_message_is_text():
    text = message("The folder '{path}' does not exist.", path="/x")
    assert text == "The folder '/x' does not exist." and text.upper().startswith("THE FOLDER")
    assert f"{text}" == text and type(text + "!") is str


# (check, value, name): the English refusal as it has always read, and the template it is made from
REFUSALS = [
    (Whole(8, 1024), 1500, "preprocessing.size", "'preprocessing.size' must be a whole number from 8 to 1024",
     "'{name}' must be a whole number from {low} to {high}"),
    (Number(), "1", "n", "'n' must be a number", "'{name}' must be a number"),
    (Number(0), -1, "n", "'n' must be a number of at least 0", "'{name}' must be a number of at least {low}"),
    (Number(0, 1.0, below_high=True), 1.0, "dropout", "'dropout' must be a number of at least 0 and below 1",
     "'{name}' must be a number of at least {low} and below {high}"),
    (Number(0.5, 2), 3, "n", "'n' must be a number from 0.5 to 2", "'{name}' must be a number from {low} to {high}"),
    (Text(1, 5), "", "t", "'t' must be a text of 1 to 5 characters",
     "'{name}' must be a text of {low} to {high} characters"),
    (Flag(), 1, "f", "'f' must be true or false", "'{name}' must be true or false"),
    (Choice("tokens", "words"), "lines", "length_in", "'length_in' must be one of: tokens, words",
     "'{name}' must be one of: {choices}"),
    (ListOf(Text(), 1, 3), [], "classes", "'classes' must be a list of 1 to 3 entries",
     "'{name}' must be a list of {low} to {high} entries"),
    (ListOf(Text(), unique=True), ["star", "star"], "classes", "'classes' has 'star' twice",
     "'{name}' has {entry} twice"),
    (MapOf(Text(), Flag(), 1), {"a": True, "b": True}, "m", "'m' must be a JSON object of at most 1 entries",
     "'{name}' must be a JSON object of at most {count} entries"),
    (Record({}), [], "", "'the description' must be a JSON object of at most 100 entries",
     "'the description' must be a JSON object of at most {count} entries"),
    (Record({"size": Whole(1, 2)}, required=("size",)), {}, "preprocessing", "'preprocessing.size' is missing",
     "'{name}' is missing"),
    (Record({}, refuse_unknown=True), {"depth": 3}, "model_config",
     "'model_config.depth' is not a setting this version of mmstudio knows",
     "'{name}' is not a setting this version of mmstudio knows"),
]


@pytest.mark.parametrize(("check", "value", "name", "english", "template"), REFUSALS, ids=[r[3] for r in REFUSALS])
def test_a_schema_refusal_reads_as_before_and_keeps_its_template(check, value, name, english, template):
    with pytest.raises(SchemaError) as caught:
        check(value, name)
    text = str(caught.value)
    assert text == english
    assert isinstance(text, Message) and text.template == template


def refused(path, data: bytes) -> Message:
    path.write_bytes(data)
    with pytest.raises(CheckpointError) as caught:
        load_bundle(path)
    return str(caught.value)


def test_a_damaged_model_file_reads_as_before_and_its_reason_stays_a_message(tmp_path):
    data = model_files()["image/cnn"].read_bytes()
    description = description_of(data)
    description["preprocessing"]["size"] = 1500
    text = refused(tmp_path / "edited.mmstudio", with_description(data, description))
    assert text == (
        "'edited.mmstudio' is not an mmstudio model file, or it is damaged: "
        "'preprocessing.size' must be a whole number from 8 to 1024."
    )
    reason = text.params["reason"]
    assert isinstance(reason, Message) and reason.template == "'{name}' must be a whole number from {low} to {high}"
    reason = refused(tmp_path / "longer.mmstudio", data + bytes(4)).params["reason"]  # the reader's own check
    assert reason == "its size does not match its header" and reason.template == reason


def test_a_damaged_project_s_reason_stays_a_message(tmp_path):
    path = tmp_path / "p.mmproject"
    media = {"image": {"classes": [{"name": "cat", "examples": [{"picture": "a.png"}]}]}}
    path.write_text(json.dumps({"format": FORMAT_NAME, "format_version": 1, "media": media}))
    with pytest.raises(DataError) as caught:
        check_project_file(path)
    text = str(caught.value)
    assert text == (
        "'p.mmproject' is not an mmstudio project, or it is damaged: 'media.image.classes[0].examples[0]' must be a file."
    )
    assert text.params["reason"].template == "'{name}' must be a file"


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (urllib.error.URLError(ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")),
         "the server refused the connection"),
        (urllib.error.URLError(socket.gaierror(socket.EAI_NONAME, "Name or service not known")),
         "the server was not found, perhaps because this computer is offline"),
        (urllib.error.URLError(TimeoutError("timed out")), "the server did not answer in time"),
        (TimeoutError("The read operation timed out"), "the server did not answer in time"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "mmstudio is not allowed to use that file or folder"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "the file or folder does not exist"),
        (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only"),
    ],
    ids=["refused", "not found", "timeout", "read timeout", "disk full", "permission", "no file", "read-only"],
)
def test_common_system_reasons_are_said_in_plain_words(error, said):
    reason = os_reason(error)
    assert reason == said and isinstance(reason, Message) and reason.template == said


def test_other_system_reasons_keep_the_system_s_words():
    assert os_reason(OSError(errno.ENOTDIR, "Not a directory")) == "Not a directory"
    assert os_reason(urllib.error.URLError("unknown url type: ftp")) == "unknown url type: ftp"
    assert os_reason(urllib.error.HTTPError("http://x", 404, "Not Found", None, None)) == "Not Found"
    assert not isinstance(os_reason(OSError(errno.ENOTDIR, "Not a directory")), Message)


def test_a_download_refused_by_a_closed_port_says_so_in_plain_words(tmp_path):
    url = "http://127.0.0.1:9/weights-00000000.pth"  # the discard port: nothing answers there
    with pytest.raises(DataError) as caught:
        list(download(url, tmp_path / "w.pth", "00000000", 1000, message("MobileNetV3 (small) weights")))
    text = str(caught.value)
    assert text == (
        f"The MobileNetV3 (small) weights could not be downloaded from {url} (the server refused the connection)."
    )
    assert text.params["reason"].template == "the server refused the connection"
    assert not any(tmp_path.iterdir())  # nothing kept, not even the partial file


# Real bad inputs a user can give: each refusal reads as before and is a Message the window translates.
def _typed_empty(tmp_path):
    from mmstudio.core.media.text.modality import TextModality

    TextModality().read("   ", {})


def _empty_text_file(tmp_path):
    from mmstudio.core.media.text.modality import TextModality

    (tmp_path / "x.txt").write_text("\n  \n")
    TextModality().read(tmp_path / "x.txt", {})


def _folder_named_txt(tmp_path):
    from mmstudio.core.media.text.decoding import read_text_file

    (tmp_path / "x.txt").mkdir()
    read_text_file(tmp_path / "x.txt")


def _unreadable_text_file(tmp_path, monkeypatch):
    from pathlib import Path

    from mmstudio.core.media.text.decoding import read_text_file

    (tmp_path / "x.txt").write_text("hello")

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root reads every file: refuse as the system would
    read_text_file(tmp_path / "x.txt")


def _broken_jsonl(tmp_path):
    from mmstudio.core.media.text.tables import read_labelled_table

    (tmp_path / "x.jsonl").write_text('{"text": "hello", "label": \n')
    read_labelled_table(tmp_path / "x.jsonl")


def _broken_json(tmp_path):
    from mmstudio.core.media.text.tables import read_labelled_table

    (tmp_path / "x.json").write_text('[{"text": ]')
    read_labelled_table(tmp_path / "x.json")


def _unknown_column(tmp_path):
    from mmstudio.core.media.text.tables import read_labelled_table

    (tmp_path / "x.csv").write_text("text,label\nhello,a\nbye,b\n")
    read_labelled_table(tmp_path / "x.csv", text_column="words")


def _table_without_pairs(tmp_path):
    from mmstudio.core.media.text.modality import labelled_from_text_source

    (tmp_path / "x.csv").write_text("text,label\nhello,\nbye,\n")
    labelled_from_text_source(tmp_path / "x.csv")


def _corrupt_sound(tmp_path):
    import numpy as np
    import soundfile

    from mmstudio.core.media.audio.reading import sound_info

    soundfile.write(tmp_path / "x.wav", np.zeros(8000, dtype=np.float32), 8000)
    (tmp_path / "x.wav").write_bytes((tmp_path / "x.wav").read_bytes()[:30])  # the header cut short
    sound_info(tmp_path / "x.wav")


def _damaged_vocabulary(tmp_path):
    from mmstudio.core.media.text.vocabulary import Vocabulary

    Vocabulary.from_json(["<pad>", "<unk>", "a", "a"])


def _class_renamed_to_another(tmp_path):
    from mmstudio.core.examples import ExampleSet

    examples = ExampleSet()
    examples.add_class("cat")
    examples.add_class("dog")
    examples.rename_class("cat", " dog ")


def _unknown_model(tmp_path):
    from mmstudio.core.media import get_medium

    get_medium("text").spec("nope")


BAD_INPUTS = [
    (_typed_empty, "An example is empty: type some text.", "An example is empty: type some text."),
    (_empty_text_file, "The text file 'x.txt' is empty.", "The text file '{name}' is empty."),
    (_folder_named_txt, "'x.txt' is a folder, not a text file.", "'{name}' is a folder, not a {kind}."),
    (
        _unreadable_text_file,
        "The file 'x.txt' could not be read: mmstudio is not allowed to use that file or folder.",
        "The file '{name}' could not be read: {reason}.",
    ),
    (
        _broken_jsonl,
        "'x.jsonl' is not a JSON Lines file: no line holds a JSON object.",
        "'{name}' is not a JSON Lines file: no line holds a JSON object.",
    ),
    (
        _broken_json,
        "'x.json' is not valid JSON (Expecting value on line 1).",
        "'{name}' is not valid JSON ({reason} on line {line}).",
    ),
    (
        _unknown_column,
        "There is no column 'words' for the text in 'x.csv'. The columns are: 'text', 'label' (or their numbers, "
        "starting at 0).",
        "There is no column '{column}' for the {role} in '{name}'. The columns are: {available} (or their numbers, "
        "starting at 0).",
    ),
    (
        _table_without_pairs,
        "'x.csv' holds no rows with both a text and a label.",
        "'{name}' holds no rows with both a text and a label.",
    ),
    (_corrupt_sound, "The sound file 'x.wav' is damaged or incomplete.", "The sound file '{name}' is damaged or incomplete."),
    (
        _damaged_vocabulary,
        "The model's vocabulary is damaged (a word appears twice).",
        "The model's vocabulary is damaged (a word appears twice).",
    ),
    (_class_renamed_to_another, "There is already a class called 'dog'.", "There is already a class called '{name}'."),
    (
        _unknown_model,
        "There is no text model called 'nope'. Choose one of: {choices}.",
        "There is no {medium} model called '{model}'. Choose one of: {choices}.",
    ),
]


@pytest.mark.parametrize(("make", "english", "template"), BAD_INPUTS, ids=[b[0].__name__.strip("_") for b in BAD_INPUTS])
def test_a_bad_input_is_refused_as_before_with_a_message(make, english, template, tmp_path, monkeypatch):
    import inspect

    from mmstudio.core.errors import MMStudioError
    from mmstudio.core.media import get_medium

    english = english.replace("{choices}", ", ".join(get_medium("text").models))
    arguments = (tmp_path, monkeypatch)[: len(inspect.signature(make).parameters)]
    with pytest.raises(MMStudioError) as caught:
        make(*arguments)
    text = str(caught.value)
    assert text == english
    assert isinstance(text, Message)
    assert text.template == template
    for value in text.params.values():  # a reason inside is a Message or a plain value, never an error object
        assert not isinstance(value, BaseException)


def test_the_words_inside_a_refusal_are_messages_too(tmp_path, monkeypatch):
    """The column's role and the system's reason are translated in their turn, not left English in the sentence."""
    with pytest.raises(DataError) as caught:
        _unknown_column(tmp_path)
    role = str(caught.value).params["role"]
    assert isinstance(role, Message) and role.template == "text"
    with pytest.raises(DataError) as caught:
        _unreadable_text_file(tmp_path, monkeypatch)
    assert str(caught.value).params["reason"] == message("mmstudio is not allowed to use that file or folder")
    assert isinstance(str(caught.value).params["reason"], Message)
