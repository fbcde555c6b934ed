import json

import pytest
import torch

from mmstudio.core.media.text import MODELS as TEXT_MODELS
from mmstudio.core.errors import DataError
from mmstudio.core.media import get_modality
from mmstudio.core.media.text.vocabulary import PAD_ID, UNK_ID, Vocabulary


def test_specials_come_first_and_frequent_tokens_next():
    vocabulary = Vocabulary.build([["b", "a", "b"], ["c", "b", "a"]])
    assert vocabulary.tokens == ["<pad>", "<unk>", "b", "a", "c"]
    assert vocabulary.encode(["a", "zzz", "c"]) == [3, UNK_ID, 4]
    assert vocabulary.index("<pad>") == PAD_ID


def test_min_count_and_max_size():
    lists = [["a", "a", "a", "b", "b", "c"]]
    assert Vocabulary.build(lists, min_count=2).tokens == ["<pad>", "<unk>", "a", "b"]
    assert Vocabulary.build(lists, max_size=3).tokens == ["<pad>", "<unk>", "a"]


def test_new_models_count_the_longest_text_in_words_and_older_files_in_tokens():
    modality = get_modality("text")
    new = {**TEXT_MODELS["bow"].preprocessing, "max_length": 3}
    assert modality.tokens("我爱机器学习", new) == ["我", "我爱", "爱", "爱机", "机"]
    old = {key: value for key, value in new.items() if key != "length_in"}
    assert modality.tokens("我爱机器学习", old) == ["我", "我爱", "爱"]


def test_json_round_trip():
    vocabulary = Vocabulary.build([["我", "我爱", "爱", "😀", "naïve"]])
    again = Vocabulary.from_json(json.loads(json.dumps(vocabulary.to_json())))
    assert again == vocabulary
    assert again.encode(["爱", "😀"]) == vocabulary.encode(["爱", "😀"])


def test_damaged_vocabulary_is_refused():
    with pytest.raises(DataError):
        Vocabulary.from_json(["a", "b"])
    with pytest.raises(DataError):
        Vocabulary.from_json({"tokens": []})


def test_modality_fits_on_training_texts_only():
    modality = get_modality("text")
    preprocessing = modality.fit(["the cat sat", "the dog ran"], dict(TEXT_MODELS["bow"].preprocessing))
    assert json.loads(json.dumps(preprocessing)) == preprocessing  # lives in the model file as JSON
    data = modality.encode(["the cat sat", "a zebra sat"], [0, 1], preprocessing)
    (ids, lengths), labels = data.batch(torch.arange(2))
    vocabulary = Vocabulary.from_json(preprocessing["vocabulary"])
    assert "zebra" not in vocabulary  # only in the validation text
    assert ids[1].tolist() == [UNK_ID, UNK_ID, vocabulary.index("sat")]
    assert lengths.tolist() == [3, 3] and labels.tolist() == [0, 1]


def test_pipeline_builds_the_vocabulary_from_the_training_split():
    """The model checked on the held-back texts never saw their words (the final fit on all examples, which
    learns them too, is switched off here: tests/core/test_recipe.py covers it)."""
    from mmstudio.core.settings import TrainSettings
    from mmstudio.core.events import Finished
    from mmstudio.core.pipeline import stratified_split, train_examples

    texts = [(f"sunny warm day number{k}", "weather") for k in range(10)]
    texts += [(f"goal match team number{k}", "sports") for k in range(10, 20)]
    settings = TrainSettings(epochs=1, seed=3, fit_on_all=False)
    events = list(train_examples(get_modality("text"), texts, ["weather", "sports"], "bow", settings))
    bundle = next(e for e in events if isinstance(e, Finished)).bundle
    labels = [0] * 10 + [1] * 10
    train, val = stratified_split(labels, settings.val_split, settings.seed)
    vocabulary = bundle.preprocessing["vocabulary"]
    assert all(f"number{k}" in vocabulary for k in train)
    assert not any(f"number{k}" in vocabulary for k in val)


def test_max_length_truncates_in_encoding():
    modality = get_modality("text")
    preprocessing = modality.fit(["a b c d e f"], {"max_length": 4, "cjk_ngrams": 2})
    data = modality.encode(["a b c d e f", "a"], [0, 0], preprocessing)
    (ids, lengths), _ = data.batch(torch.arange(2))
    assert lengths.tolist() == [4, 1]
    assert ids.shape == (2, 4)
    assert "e" not in preprocessing["vocabulary"]  # the model never sees beyond max_length
