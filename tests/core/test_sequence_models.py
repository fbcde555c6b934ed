"""The shared recurrent networks: how they sum a sequence up, whatever the padding around it."""

from __future__ import annotations

import pytest
import torch

from mmstudio.core.models.sequence import RecurrentClassifier


class Frames(RecurrentClassifier):
    """The vectors themselves as steps (as sound frames are)."""


@pytest.mark.parametrize("pool", ["last", "max"])
@pytest.mark.parametrize("cell", ["rnn", "lstm"])
def test_padding_never_changes_the_answer(pool, cell):
    torch.manual_seed(0)
    Frames.cell = cell
    model = Frames(num_classes=3, input_size=5, hidden=16, pool=pool, bidirectional=True).eval()
    short, long = torch.randn(4, 5), torch.randn(11, 5)
    alone = model((short.unsqueeze(0), torch.tensor([4])))
    padded = torch.zeros(2, 11, 5)
    padded[0, :4], padded[1] = short, long
    together = model((padded, torch.tensor([4, 11])))
    assert torch.allclose(alone[0], together[0], atol=1e-6)


def test_max_pooling_notices_what_came_before_a_long_silence():
    """The summary is the strongest value of each unit at any step, so a loud start still counts at the end."""
    torch.manual_seed(0)
    Frames.cell = "rnn"
    model = Frames(num_classes=2, input_size=3, hidden=8, pool="max").eval()
    sound = torch.cat([torch.full((2, 3), 3.0), torch.zeros(30, 3)]).unsqueeze(0)
    steps, _ = model.rnn(model.front(sound))
    assert torch.allclose(model.summary((sound, torch.tensor([32]))), steps[0].max(0).values)


def test_an_unknown_pooling_is_refused_plainly():
    with pytest.raises(ValueError, match="sums a sequence up as one of last, max"):
        Frames(num_classes=2, input_size=3, pool="mean")
