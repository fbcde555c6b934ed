from pathlib import Path

import pytest

from mmstudio.core.settings import TrainSettings
from mmstudio.core.events import Failed, Finished
from mmstudio.core.media import get_modality
from mmstudio.core.media.text.modality import labelled_from_text_source
from mmstudio.core.pipeline import train_examples
from mmstudio.core.media.text.samples import chinese_samples, english_samples, write_text_samples

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"




def test_committed_samples_are_what_the_generator_writes(tmp_path):
    en, zh = write_text_samples(tmp_path)
    assert en.read_bytes() == (SAMPLES / "text_en.csv").read_bytes()
    assert zh.read_bytes() == (SAMPLES / "text_zh.csv").read_bytes()
    assert english_samples() == english_samples()
    assert len(chinese_samples()) == 320


@pytest.mark.parametrize(
    ("name", "classes"),
    [("text_en", ["food", "sports", "tech", "weather"]), ("text_zh", ["体育", "天气", "科技", "美食"])],
)
def test_sample_set_trains_to_90_percent_with_the_default_model(name, classes):
    modality = get_modality("text")
    labelled, found, warnings = labelled_from_text_source(SAMPLES / f"{name}.csv")
    assert sorted(found) == sorted(classes) and not warnings
    events = list(train_examples(modality, labelled, found, modality.medium.default_model, TrainSettings()))
    assert not [e.message for e in events if isinstance(e, Failed)]
    bundle = next(e for e in events if isinstance(e, Finished)).bundle
    assert bundle.metrics["accuracy"] >= 0.9, bundle.history
    # how long it takes (about 2-5 s on a laptop): benchmarks/bench_timings_from_tests.py
