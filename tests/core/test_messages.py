"""The core's messages stay the English sentences they were (the CLI prints them, tests compare them) while
keeping the template and values the window translates them from."""

from __future__ import annotations

import pytest
from PIL import Image

from mmstudio.core.checks import require_trainable
from mmstudio.core.errors import DataError
from mmstudio.core.media.image.modality import open_image
from mmstudio.core.messages import Message, joined, message
from mmstudio.core.pipeline import skipped_notice


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
