"""The .mmstudio model file: round trips, validation of damaged or hostile files, and crash-safe saving."""

from __future__ import annotations

import json
import os
import pickle
import random
import signal
import stat
import struct
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file

from mmstudio.core.atomic import STALE_AFTER_S
from mmstudio.core.checkpoint import FORMAT_VERSION, METADATA_KEY, SUFFIX, ModelBundle, load_bundle, save_bundle
from mmstudio.core.errors import CheckpointError
from mmstudio.core.predictor import Predictor

from ._helpers import assert_plain

FIELDS = [
    "modality",
    "model",
    "classes",
    "preprocessing",
    "model_config",
    "history",
    "metrics",
    "extras",
    "settings",
    "created",
    "app_version",
]


def tensors_equal(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) and a[k].dtype == b[k].dtype for k in a)


def rewrite_description(source: Path, target: Path, change) -> Path:
    """Copy a model file with its JSON description edited by `change(description)` (weights untouched)."""
    with safe_open(str(source), framework="pt") as handle:
        description = json.loads(handle.metadata()[METADATA_KEY])
    change(description)
    save_file(load_file(str(source)), str(target), metadata={METADATA_KEY: json.dumps(description)})
    return target


@pytest.fixture
def saved_cnn(trained_cnn, tmp_path) -> Path:
    return save_bundle(trained_cnn, tmp_path / "shapes.mmstudio")


@pytest.mark.parametrize("which", ["trained_cnn", "trained_autoencoder"])
def test_round_trip(which, request, tmp_path, labelled_for):
    bundle = request.getfixturevalue(which)
    path = save_bundle(bundle, tmp_path / "model.mmstudio")
    loaded = load_bundle(path)
    for name in FIELDS:
        assert getattr(loaded, name) == getattr(bundle, name), name
    assert loaded.history and loaded.metrics["confusion_matrix"] and loaded.settings["epochs"] == 6
    assert tensors_equal(loaded.state_dict, bundle.state_dict)
    assert loaded.description() == bundle.description()
    before, after = Predictor(bundle), Predictor.from_file(path)
    for item, _ in labelled_for("circle", "star")[::10]:
        a, b = before.predict(item), after.predict(item)
        assert a.label == b.label and a.probabilities == b.probabilities and a.unusual == b.unusual


def test_file_is_plain_safetensors(saved_cnn, trained_cnn):
    data = saved_cnn.read_bytes()
    (header_size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_size])  # a JSON header, then raw tensor bytes: no pickle anywhere
    assert set(header) - {"__metadata__"} == set(trained_cnn.state_dict)
    with safe_open(str(saved_cnn), framework="pt") as handle:
        description = json.loads(handle.metadata()[METADATA_KEY])
        assert set(handle.keys()) == set(trained_cnn.state_dict)
    assert description["format_version"] == FORMAT_VERSION
    assert description["classes"] == ["circle", "star"]
    assert description["model"] == "cnn" and description["modality"] == "image"
    assert "state_dict" not in description


@pytest.mark.parametrize(
    ("given", "written"),
    [("m", "m.mmstudio"), ("m.mmstudio", "m.mmstudio"), ("m.bin", "m.bin.mmstudio"), ("m.v2", "m.v2.mmstudio")],
)
def test_suffix_added_when_missing(trained_cnn, tmp_path, given, written):
    path = save_bundle(trained_cnn, tmp_path / given)
    assert path == tmp_path / written and path.suffix == SUFFIX
    assert sorted(p.name for p in tmp_path.iterdir()) == [written]
    load_bundle(path)


def test_saving_over_an_existing_file(trained_cnn, trained_autoencoder, tmp_path):
    path = save_bundle(trained_cnn, tmp_path / "m")
    save_bundle(trained_autoencoder, path)
    assert load_bundle(path).model == "autoencoder"
    assert [p.name for p in tmp_path.iterdir()] == ["m.mmstudio"]  # no temp files left behind


# -- files that must be refused ----------------------------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(CheckpointError) as caught:
        load_bundle(tmp_path / "gone.mmstudio")
    assert_plain(str(caught.value), "gone.mmstudio", "does not exist")
    with pytest.raises(CheckpointError):
        load_bundle(tmp_path)  # a folder is not a model file


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.mmstudio"
    path.write_bytes(random.Random(0).randbytes(4096))
    with pytest.raises(CheckpointError) as caught:
        load_bundle(path)
    assert_plain(str(caught.value), "noise.mmstudio", "damaged")


@pytest.mark.parametrize("keep", [0, 5, 8, 100, 0.5, 0.99])
def test_truncated_file(saved_cnn, keep):
    data = saved_cnn.read_bytes()
    saved_cnn.write_bytes(data[: keep if isinstance(keep, int) else int(len(data) * keep)])
    with pytest.raises(CheckpointError) as caught:
        load_bundle(saved_cnn)
    assert_plain(str(caught.value), saved_cnn.name)


def test_newer_format_version(saved_cnn, tmp_path):
    path = rewrite_description(saved_cnn, tmp_path / "future.mmstudio", lambda d: d.update(format_version=999))
    with pytest.raises(CheckpointError) as caught:
        load_bundle(path)
    assert_plain(str(caught.value), "future.mmstudio", "newer version", "999")
    # the rewrite itself keeps a loadable file, so only the version is refused
    assert load_bundle(rewrite_description(saved_cnn, tmp_path / "same.mmstudio", lambda d: None)).classes


def test_wrong_modality_requested(saved_cnn):
    assert load_bundle(saved_cnn, modality="image").modality == "image"
    with pytest.raises(CheckpointError) as caught:
        load_bundle(saved_cnn, modality="text")
    assert_plain(str(caught.value), saved_cnn.name, "image", "text")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d.update(classes=["circle", "star", "square"]), id="more classes than outputs"),
        pytest.param(lambda d: d.update(classes=["circle"]), id="one class"),
        pytest.param(lambda d: d["preprocessing"].update(size=64), id="other image size"),
        pytest.param(lambda d: d.update(model="autoencoder"), id="other network"),
        pytest.param(lambda d: d.update(model="resnet"), id="unknown network"),
        pytest.param(lambda d: d.update(modality="smell"), id="unknown modality"),
        pytest.param(lambda d: d.pop("classes"), id="no classes"),
        pytest.param(lambda d: d.update(format_version="1"), id="version not a number"),
        pytest.param(lambda d: d.update(history=None), id="history not a list"),
        pytest.param(lambda d: d["model_config"].update(code_size=8), id="config not matching"),
    ],
)
def test_description_not_matching_weights(saved_cnn, tmp_path, change):
    path = rewrite_description(saved_cnn, tmp_path / "edited.mmstudio", change)
    with pytest.raises(CheckpointError) as caught:
        load_bundle(path)
    assert_plain(str(caught.value), "edited.mmstudio", "damaged")


def test_description_missing_or_not_json(saved_cnn, tmp_path):
    weights = load_file(str(saved_cnn))
    for name, metadata in [("none", None), ("other", {"format": "pt"}), ("bad", {METADATA_KEY: "{not json"})]:
        path = tmp_path / f"{name}.mmstudio"
        save_file(weights, str(path), metadata=metadata)
        with pytest.raises(CheckpointError) as caught:
            load_bundle(path)
        assert_plain(str(caught.value), path.name, "damaged")


class Trap:
    """Unpickling this creates a marker file: proof that loading ran code from the file."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_pickle_payload_is_refused_and_never_run(tmp_path):
    armed = tmp_path / "armed"
    pickle.loads(pickle.dumps(Trap(armed)))
    assert armed.exists()  # the trap works when something does unpickle it

    marker = tmp_path / "was_run"
    path = tmp_path / "evil.mmstudio"
    path.write_bytes(pickle.dumps({"state_dict": {}, "trap": Trap(marker)}))
    with pytest.raises(CheckpointError) as caught:
        load_bundle(path)
    assert_plain(str(caught.value), "evil.mmstudio")
    assert not marker.exists()


def test_torch_save_file_is_refused_and_never_run(trained_cnn, tmp_path):
    marker = tmp_path / "was_run"
    path = tmp_path / "torch_model.mmstudio"
    torch.save({"state_dict": trained_cnn.state_dict, "classes": trained_cnn.classes, "trap": Trap(marker)}, path)
    with pytest.raises(CheckpointError) as caught:
        load_bundle(path)
    assert_plain(str(caught.value), "torch_model.mmstudio")
    with pytest.raises(CheckpointError):
        Predictor.from_file(path)
    assert not marker.exists()


# -- saving safely -----------------------------------------------------------------------------------------------

KEEP_SAVING = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from mmstudio.core.atomic import write_atomic

    once = sys.argv[1] == "once"  # save each content once, say so, then wait to be killed
    target, contents = Path(sys.argv[2]), [Path(name).read_bytes() for name in sys.argv[3:]]
    print("SAVING", flush=True)
    for k in range(len(contents) if once else 10**9):
        write_atomic(target, contents[k % len(contents)])
    print("SAVED", flush=True)
    sys.stdin.read()
    """
)


@pytest.fixture(scope="module")
def big_model_file(tmp_path_factory) -> Path:
    """An 8 MB model, so a kill often lands while it is being written."""
    from mmstudio.core.media import build_model

    preprocessing = {"size": 96, "channels": 3}
    network = build_model("image", "cnn", 2, preprocessing, {})
    bundle = ModelBundle("image", "cnn", ["a", "b"], preprocessing, network.state_dict())
    return save_bundle(bundle, tmp_path_factory.mktemp("big") / "big")


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file_whole(saved_cnn, big_model_file, tmp_path):
    """30 saver processes, each killed (SIGKILL: no clean-up runs) at a random moment of saving over and over;
    and two killed once they say their last save is written (no moment to guess), which must then be the file."""
    folder = tmp_path / "saves"
    folder.mkdir()
    target = folder / "model.mmstudio"
    target.write_bytes(saved_cnn.read_bytes())
    contents = {saved_cnn.read_bytes(): "small", big_model_file.read_bytes(): "big"}
    moments = random.Random(4).choices([0.0, 0.002, 0.01, 0.03, 0.06, 0.1, 0.15, 0.2], k=28) + [0.6, 1.0]
    seen = []
    # (moment, files saved in turn); None: once the last one is written
    runs = [(moment, (saved_cnn, big_model_file)) for moment in moments]
    runs += [(None, (saved_cnn, big_model_file)), (None, (big_model_file, saved_cnn))]
    for moment, files in runs:
        mode = "once" if moment is None else "loop"
        process = subprocess.Popen(
            [sys.executable, "-c", KEEP_SAVING, mode, str(target), *map(str, files)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert process.stdout.readline() == b"SAVING\n", process.stderr.read()
            if moment is None:
                assert process.stdout.readline() == b"SAVED\n", process.stderr.read()
            else:
                time.sleep(moment * random.Random(moment).uniform(0.5, 1.5))
        finally:
            process.kill()
            process.wait(30)
        assert process.returncode == -signal.SIGKILL
        seen.append(contents[target.read_bytes()])  # KeyError: half of one and half of the other
        if moment is None:  # killed after its last save: that save is the file, whole
            assert target.read_bytes() == files[-1].read_bytes()
        assert load_bundle(target).classes
    assert seen[-2:] == ["big", "small"], seen

    leftovers = [path for path in folder.iterdir() if path != target]
    assert leftovers  # and some while a temporary file was being written
    assert all(path.name.startswith(".model.mmstudio.mmstudio-tmp-") for path in leftovers), leftovers
    young = folder / ".model.mmstudio.mmstudio-tmp-inuse000"  # as if another save were writing it now
    young.write_bytes(b"partial")
    not_ours = folder / ".model.mmstudio.tmp"
    not_ours.write_bytes(b"someone else's")
    long_ago = time.time() - STALE_AFTER_S - 60
    for path in [*leftovers, not_ours]:
        os.utime(path, (long_ago, long_ago))
    save_bundle(load_bundle(saved_cnn), target)
    assert sorted(path.name for path in folder.iterdir()) == sorted([target.name, young.name, not_ours.name])


@pytest.mark.skipif(not hasattr(os, "umask") or sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_model_file_gets_the_permissions_of_a_normal_save(trained_cnn, tmp_path, umask):
    previous = os.umask(umask)
    try:
        path = save_bundle(trained_cnn, tmp_path / "m")
        plain = tmp_path / "plain.txt"
        plain.write_text("saved the usual way")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600, 0o664])
def test_saving_over_a_file_keeps_its_permissions(trained_cnn, saved_cnn, mode):
    saved_cnn.chmod(mode)
    save_bundle(trained_cnn, saved_cnn)
    assert stat.S_IMODE(saved_cnn.stat().st_mode) == mode


def test_failed_save_to_missing_folder(trained_cnn, tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "m.mmstudio"
    with pytest.raises(CheckpointError) as caught:
        save_bundle(trained_cnn, target)
    assert_plain(str(caught.value), "m.mmstudio", "could not be saved")
    assert list(tmp_path.iterdir()) == []


def test_failed_save_leaves_no_temp_file(trained_cnn, tmp_path):
    """The rename fails (the target is a folder) after the temp file was written: the temp file goes away."""
    (tmp_path / "taken.mmstudio").mkdir()
    (tmp_path / "taken.mmstudio" / "keep.txt").write_text("mine")
    with pytest.raises(CheckpointError) as caught:
        save_bundle(trained_cnn, tmp_path / "taken.mmstudio")
    assert_plain(str(caught.value), "taken.mmstudio")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.mmstudio"]
    assert (tmp_path / "taken.mmstudio" / "keep.txt").read_text() == "mine"


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root may write anywhere")
def test_failed_save_to_read_only_folder(trained_cnn, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(CheckpointError):
            save_bundle(trained_cnn, folder / "m")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_bundle_description_is_json_ready(trained_autoencoder):
    description = trained_autoencoder.description()
    assert json.loads(json.dumps(description)) == description
    assert isinstance(trained_autoencoder, ModelBundle)
