"""The Audio tab: what differs for sound is recording from the microphone, cutting long recordings into clips,
hearing and seeing each example, the sample rate and clip length, and trying a model on a file or live.

Everything that touches the sound card or decodes sound runs off the GUI thread (recording, playing,
spectrograms, listening); this module only starts that work and shows what comes back.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mmstudio.core.folders import Collected, collect_dropped
from mmstudio.core.media import ModelSpec
from mmstudio.core.media.audio import SAMPLE_RATES, noise_labels
from mmstudio.gui.tabs.base_tab import ModalityTab
from mmstudio.gui.translation import core_message
from mmstudio.gui.widgets.elided_label import ElidedLabel
from mmstudio.gui.widgets.image_view import ImageDropArea
from mmstudio.gui.widgets.level_meter import LevelMeter

DISPLAY_RATE = 16000  # what the waveform and spectrogram views show (the model may read another rate)
PREVIEW_SECONDS = 120.0  # a longer file is shown from its start (it is still predicted to its end)
LONG_FACTOR = 1.5  # a dropped file this many clips long or more is offered to be cut into clips
MICROPHONE_SETTING = "audio/microphone"  # the name of the microphone chosen last (devices are numbered anew each start)


@dataclass
class SoundCollected(Collected):
    """What a drop brought in, plus the files long enough to be cut into clips (path -> seconds)."""

    long_files: dict[Path, float] = field(default_factory=dict)


@dataclass(frozen=True)
class SoundPicture:
    """A sound ready to draw: samples at `rate`, its log-mel image (bands, frames) and the time per frame."""

    samples: object
    rate: int
    spectrogram: object
    frame_seconds: float
    seconds: float  # the whole recording's length (the samples may be only its start)


def sound_picture(path: Path) -> SoundPicture:
    """Runs off the GUI thread: a file's start as a waveform and a log-mel spectrogram, for display."""
    from mmstudio.core.media.audio import MODELS
    from mmstudio.core.media.audio.features import FeatureSettings, log_mel
    from mmstudio.core.media.audio.reading import read_sound, sound_info

    info = sound_info(path)
    seconds = min(info.seconds, PREVIEW_SECONDS)
    samples = read_sound(path, DISPLAY_RATE, seconds=seconds)
    settings = FeatureSettings.from_preprocessing(
        {**MODELS["cnn"].preprocessing, "sample_rate": DISPLAY_RATE, "clip_seconds": max(seconds, 0.05)}
    )
    return SoundPicture(samples, DISPLAY_RATE, log_mel(samples, settings), settings.hop / DISPLAY_RATE, info.seconds)


def spectrogram_rgba(path: Path, size: int) -> tuple[bytes, int, int]:
    """Runs off the GUI thread: a small colour picture of a sound's spectrogram (its class-row thumbnail)."""
    import numpy as np

    picture = sound_picture(path)
    image = np.asarray(picture.spectrogram, dtype=np.float32)[::-1]  # high pitches at the top
    low, high = float(image.min()), float(image.max())
    levels = ((image - low) / ((high - low) or 1.0) * 255).astype(np.uint8)
    rows = np.linspace(0, levels.shape[0] - 1, size).astype(int)
    columns = np.linspace(0, levels.shape[1] - 1, size).astype(int)
    rgba = _lookup_table()[levels[rows][:, columns]]
    return np.ascontiguousarray(rgba).tobytes(), size, size


@functools.cache
def _lookup_table():
    """viridis as 256 RGBA rows (made on first use: pyqtgraph and numpy are not imported before the window shows)."""
    import numpy as np
    import pyqtgraph as pg

    table = pg.colormap.get("viridis").getLookupTable(nPts=256, alpha=False)
    return np.concatenate([table, np.full((256, 1), 255, dtype=np.uint8)], axis=1).astype(np.uint8)



def collect_sounds(paths: list[Path], extensions: frozenset[str], long_seconds: float) -> SoundCollected:
    """Runs off the GUI thread: the dropped sounds, and which of them are long enough to cut into clips."""
    from mmstudio.core.errors import DataError
    from mmstudio.core.media.audio.reading import sound_info

    found = collect_dropped(paths, extensions)
    collected = SoundCollected(found.classes, found.loose_files, found.ignored)
    for path in [p for files in found.classes.values() for p in files] + found.loose_files:
        try:
            seconds = sound_info(path).seconds
        except DataError:
            continue  # training says plainly which files cannot be read
        if seconds >= long_seconds:
            collected.long_files[path] = seconds
    return collected


def play_file(path: Path) -> None:
    """Runs off the GUI thread: decode a file and start playing it."""
    from mmstudio.core.media.audio import playback
    from mmstudio.core.media.audio.reading import read_sound, sound_info

    info = sound_info(path)
    playback.play(read_sound(path, info.rate, seconds=min(info.seconds, PREVIEW_SECONDS)), info.rate)


def sound_availability() -> tuple[list, str | None, str | None]:
    """Runs off the GUI thread: (input devices, why recording cannot work or None, why playing cannot)."""
    from mmstudio.core.errors import DataError
    from mmstudio.core.media.audio import microphone, playback

    try:
        devices = microphone.input_devices()
        reason = None
    except DataError as error:
        devices, reason = [], str(error)
    return devices, reason, playback.unavailable_reason()


def _slot() -> QWidget:
    """An empty box a widget is put into later."""
    slot = QWidget()
    QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
    return slot


def file_stem(class_name: str) -> str:
    """A class name made safe for file names: 'Background noise' -> 'Background-noise'."""
    return re.sub(r"[^\w.-]+", "-", class_name, flags=re.UNICODE).strip("-.") or "clip"


class AudioTab(ModalityTab):
    offers_augmentation = True  # time shift, gain, background noise mixed in, masked bands and frames
    uses_thumbnails = True  # class rows show small spectrograms

    def __init__(self, medium, parent: QWidget | None = None) -> None:
        self._record_stop: threading.Event | None = None
        self._listen_stop: threading.Event | None = None
        self._input_reason: str | None = None
        self._output_reason: str | None = None
        super().__init__(medium, parent)
        self.gather_panel.browser.selectionModel().currentChanged.connect(self._example_selected)
        self.gather_panel.browser.clicked.connect(self._example_clicked)  # a click plays it, as in Teachable Machine
        self.session.subscribe("predictor", lambda predictor: self._update_sound_controls())
        self.session.subscribe("training", lambda training: self._update_sound_controls())
        self._listen_frame_seconds = 0.01
        self._update_sound_controls()
        self._sound_check_started = False

    # ------------------------------------------------------------------ where recordings go
    @staticmethod
    def recordings_folder() -> Path:
        """The app's data folder for recorded clips, one sub-folder per class (shown in the tab)."""
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return Path(base) / "recordings"

    # ------------------------------------------------------------------ bringing sound in
    def add_files_label(self) -> str:
        return self.tr("Add sounds…")

    @staticmethod
    def render_thumbnail(path: Path, size: int) -> tuple[bytes, int, int]:
        return spectrogram_rgba(path, size)

    def collect(self, paths: list[Path]) -> SoundCollected:
        return collect_sounds(paths, self.file_types(), self._clip_seconds * LONG_FACTOR)

    def after_import(self, collected: Collected, target_class: str | None) -> None:
        long_files = getattr(collected, "long_files", {})
        placed = {
            path: name
            for name in self.session.examples.class_names
            for path in self.session.examples.items(name)
            if path in long_files
        }
        if not placed:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cut long recordings into clips?"),
            self.tr(
                "%n recording(s) are longer than one clip. Cut them into %1 s clips every %2 s? "
                "The clips are saved in %3; the original files stay as they are.",
                "",
                len(placed),
            )
            .replace("%1", f"{self.clip_length.value():g}")
            .replace("%2", f"{self.clip_hop.value():g}")
            .replace("%3", str(self.recordings_folder())),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.cut_into_clips(placed)

    def cut_into_clips(self, placed: dict[Path, str]) -> None:
        """Replace each long file in its class by clips cut from it (made off the GUI thread)."""
        clip, hop, rate = self.clip_length.value(), self.clip_hop.value(), self.sample_rate.currentData()
        folder = self.recordings_folder()

        def cut() -> list[tuple[Path, str, list[Path]]]:
            from mmstudio.core.media.audio.clips import cut_file

            return [(path, name, cut_file(path, folder / file_stem(name), rate, clip, hop)) for path, name in placed.items()]

        self.message.show_message(self.tr("Cutting the recordings into clips…"))
        self.jobs.start(cut, on_result=self._cut_done, on_error=lambda text: self.message.show_message(text, "error"))

    def _cut_done(self, results: list) -> None:
        made = 0
        for path, name, clips in results:
            if name in self.session.examples.class_names:
                self.session.examples.remove(name, [path])
                made += self.session.examples.add(name, clips)
        self.message.show_message(
            self.tr("Cut the recordings into %n clip(s), saved in %1.", "", made).replace("%1", str(self.recordings_folder()))
        )

    def build_example_input(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 4)
        self.sound_status = QLabel(self.tr("Looking for a microphone…"))
        self.sound_status.setWordWrap(True)
        self.sound_status.setStyleSheet("color: palette(placeholder-text);")
        self.device_combo = QComboBox()
        self.device_combo.setToolTip(self.tr("The microphone to record from."))
        self.device_combo.setMinimumContentsLength(12)
        self.device_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device_combo.activated.connect(  # the user's choice only: it is found again next time, and in a rebuilt window
            lambda _: QSettings().setValue(MICROPHONE_SETTING, self.device_combo.currentText())
        )
        self.level_meter = LevelMeter()
        self.record_button = QPushButton(self.tr("Record a clip"))
        self.record_button.setToolTip(
            self.tr("Record one clip into the selected class, after a 3-second count-down.")
        )
        self.record_button.clicked.connect(lambda: self.record(self.clip_count.value()))
        self.clip_count = QSpinBox(minimum=1, maximum=100, value=1)
        self.clip_count.setSuffix(self.tr(" clip(s)"))
        self.clip_count.setToolTip(self.tr("How many clips to record in a row, with a short pause between them."))
        self.clip_count.valueChanged.connect(
            lambda n: self.record_button.setText(self.tr("Record a clip") if n == 1 else self.tr("Record clips"))
        )
        self.background_button = QPushButton(self.tr("Record background noise"))
        self.background_button.setToolTip(
            self.tr(
                "Record the room's own sound in one long take, cut into clips: a class the model picks when "
                "nobody speaks. About 20 seconds is enough."
            )
        )
        self.background_button.clicked.connect(self.record_background)
        self.background_seconds = QSpinBox(minimum=20, maximum=80, value=20)
        self.background_seconds.setSuffix(self.tr(" s"))
        self.background_seconds.setToolTip(self.tr("How long the background-noise take lasts (20 s or more)."))
        self.stop_recording_button = QPushButton(self.tr("Stop"))
        self.stop_recording_button.setToolTip(self.tr("Stop recording; the clips already recorded are kept."))
        self.stop_recording_button.clicked.connect(self.stop_recording)
        self.recording_label = QLabel()
        self.recording_label.setStyleSheet("font-weight: 600;")
        self.clip_length = QDoubleSpinBox(minimum=0.25, maximum=10.0, value=1.0, singleStep=0.25, decimals=2)
        self.clip_length.setSuffix(self.tr(" s"))
        self.clip_length.setToolTip(
            self.tr("How long one example is. Recordings, and long files dropped on a class, are cut to this length.")
        )
        self.clip_length.valueChanged.connect(self._clip_length_changed)
        self.clip_hop = QDoubleSpinBox(minimum=0.1, maximum=10.0, value=1.0, singleStep=0.25, decimals=2)
        self.clip_hop.setSuffix(self.tr(" s"))
        self.clip_hop.setToolTip(
            self.tr("When a long recording is cut: how far apart the clips start (less than the length overlaps them).")
        )
        self._clip_seconds = self.clip_length.value()  # read by `collect`, off the GUI thread
        self.folder_label = ElidedLabel(self.tr("Saved in %1").replace("%1", str(self.recordings_folder())))
        self.folder_label.setStyleSheet("color: palette(placeholder-text);")
        open_folder = QPushButton(self.tr("Show folder"))
        open_folder.setToolTip(self.tr("Open the folder where recorded clips are saved."))
        open_folder.clicked.connect(self._open_recordings_folder)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play the selected example again (a click on an example plays it)."))
        self.play_button.clicked.connect(self._play_selected)

        self._example_slot = _slot()
        self._example_view = None

        grid.addWidget(self.sound_status, 0, 0, 1, 4)
        grid.addWidget(self.device_combo, 1, 0, 1, 2)
        grid.addWidget(self.level_meter, 1, 2, 1, 2)
        grid.addWidget(self.record_button, 2, 0, 1, 2)
        grid.addWidget(self.clip_count, 2, 2)
        grid.addWidget(self.stop_recording_button, 2, 3)
        # the long button spans three columns and the count-down has a row of its own: neither widens a column
        # (at a 1.5x font the column was 75 px wider, and the window's least width over 1280)
        grid.addWidget(self.background_button, 3, 0, 1, 3)
        grid.addWidget(self.background_seconds, 3, 3)
        grid.addWidget(self.recording_label, 4, 0, 1, 4)
        self.recording_label.hide()
        grid.addWidget(QLabel(self.tr("Clip length")), 5, 0)
        grid.addWidget(self.clip_length, 5, 1)
        grid.addWidget(QLabel(self.tr("Cut every")), 5, 2)
        grid.addWidget(self.clip_hop, 5, 3)
        grid.addWidget(self.folder_label, 6, 0, 1, 3)
        grid.addWidget(open_folder, 6, 3)
        grid.addWidget(self._example_slot, 7, 0, 1, 3)
        grid.addWidget(self.play_button, 7, 3, Qt.AlignmentFlag.AlignTop)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self._example_slot.hide()  # until an example is selected, and Play with it (alone on its row, it looked lost)
        self.play_button.hide()
        return box

    def _clip_length_changed(self, seconds: float) -> None:
        self._clip_seconds = seconds

    def _open_recordings_folder(self) -> None:
        folder = self.recordings_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ the sound card
    def _sound_checked(self, result) -> None:
        devices, input_reason, output_reason = result
        self._input_reason, self._output_reason = core_message(input_reason), core_message(output_reason)
        self.device_combo.clear()
        for device in devices:
            self.device_combo.addItem(device.name, device.index)
        chosen = self.device_combo.findText(QSettings().value(MICROPHONE_SETTING, "", type=str))
        if chosen >= 0:
            self.device_combo.setCurrentIndex(chosen)
        if self._input_reason:
            self.sound_status.setText(
                self.tr("Recording and listening are off: %1 You can still use sound files.").replace(
                    "%1", self._input_reason
                )
            )
        else:
            self.sound_status.setText(self.tr("Select a class, then record clips into it."))
        self._update_sound_controls()

    def sound_input_available(self) -> bool:
        return self._input_reason is None and self.device_combo.count() > 0

    def _update_sound_controls(self) -> None:
        recording = self._record_stop is not None
        listening = self._listen_stop is not None
        can_record = self.sound_input_available() and not self.session.training and not listening
        for widget in (self.record_button, self.clip_count, self.background_button, self.background_seconds):
            widget.setEnabled(can_record and not recording)
        self.device_combo.setEnabled(can_record and not recording)
        self.stop_recording_button.setEnabled(recording)
        self.play_button.setEnabled(self._output_reason is None)
        if self._output_reason:
            self.play_button.setToolTip(self._output_reason)
        can_listen = self.sound_input_available() and self.session.predictor is not None and not recording
        self.listen_button.setEnabled(can_listen or listening)
        if not self.sound_input_available():
            self.listen_button.setToolTip(self._input_reason or self.tr("No microphone was found."))
        elif self.session.predictor is None:
            self.listen_button.setToolTip(self.tr("Train or load a model first, then listen to the microphone."))
        else:
            self.listen_button.setToolTip(self.tr("Classify what the microphone hears, continuously."))

    # ------------------------------------------------------------------ recording
    def _target_class(self, count: int) -> str | None:
        return self.gather_panel.current_class() or self.gather_panel.ask_class_for(count)

    def record(self, clips: int) -> None:
        """Record `clips` clips in a row into the selected class (asks for a class when none is selected)."""
        name = self._target_class(clips)
        if not name:
            return
        from mmstudio.core.media.audio.recording import record_clips

        self._start_recording(
            name,
            record_clips,
            self.recordings_folder() / file_stem(name),
            file_stem(name),
            clips,
            self.clip_length.value(),
            self.sample_rate.currentData(),
            self.device_combo.currentData(),
        )

    def record_background(self) -> None:
        """One long take of the room's sound into a background-noise class, cut into clips."""
        names = self.session.examples.class_names
        from mmstudio.core.media.audio import is_noise_class

        name = next((n for n in names if is_noise_class(n)), None) or self.session.examples.add_class(
            self.tr("background noise")
        )
        self.gather_panel.select_class(name)
        from mmstudio.core.media.audio.recording import record_background

        self._start_recording(
            name,
            record_background,
            self.recordings_folder() / file_stem(name),
            file_stem(name),
            self.background_seconds.value(),
            self.clip_length.value(),
            self.clip_hop.value(),
            self.sample_rate.currentData(),
            self.device_combo.currentData(),
        )

    def _start_recording(self, class_name: str, session, *args) -> None:
        self._record_stop = threading.Event()
        self._set_recording(True)
        self.jobs.start(
            session,
            *args,
            stop=self._record_stop,
            on_yield=self._recording_progress,
            on_result=lambda files: self._recorded(class_name, files),
            on_error=lambda text: self.message.show_message(text, "error"),
            on_finish=lambda: self._set_recording(False),
        )

    def stop_recording(self) -> None:
        if self._record_stop is not None:
            self._record_stop.set()

    def _set_recording(self, recording: bool) -> None:
        self.recording_label.setVisible(recording)  # its own row, shown only while recording: no empty gap
        if not recording:
            self._record_stop = None
            self.recording_label.clear()
            self.level_meter.set_level(0.0)
        self._update_sound_controls()

    def _recording_progress(self, event) -> None:
        self.level_meter.set_level(event.level)
        if event.phase == "count-in":
            left = max(1, round(event.phase_seconds - event.seconds + 0.5))
            self.recording_label.setText(self.tr("Get ready… %1").replace("%1", str(left)))
        elif event.phase == "pause":
            self.recording_label.setText(self.tr("Next clip…"))
        elif event.clips > 1:
            self.recording_label.setText(
                self.tr("● Recording clip %1 of %2").replace("%1", str(event.clip)).replace("%2", str(event.clips))
            )
        else:
            self.recording_label.setText(
                self.tr("● Recording… %1 s of %2 s")
                .replace("%1", f"{event.seconds:.0f}")
                .replace("%2", f"{event.phase_seconds:g}")
            )

    def _recorded(self, class_name: str, files: list[Path]) -> None:
        if class_name not in self.session.examples.class_names:
            self.session.examples.add_class(class_name)
        added = self.session.examples.add(class_name, files)
        self.gather_panel.select_class(class_name)
        self.message.show_message(
            self.tr("Recorded %n clip(s) into “%1”.", "", added).replace("%1", class_name)
        )

    # ------------------------------------------------------------------ hearing and seeing an example
    def _example_selected(self, current, _previous) -> None:
        item = self.gather_panel.browser.example_model.item(current.row()) if current.isValid() else None
        if isinstance(item, Path):
            self.jobs.start(
                sound_picture,
                item,
                on_result=lambda picture: self._show_example(item, picture),
                on_error=lambda text: self.example_view.clear(text),
            )

    def _example_clicked(self, index) -> None:
        item = self.gather_panel.browser.example_model.item(index.row())
        if isinstance(item, Path) and self._output_reason is None:
            self.play(item)

    def _show_example(self, item: Path, picture: SoundPicture) -> None:
        self._example_slot.show()
        self.play_button.show()
        self.example_view.show_sound(picture.samples, picture.rate, picture.spectrogram, picture.frame_seconds)

    def _play_selected(self) -> None:
        items = self.gather_panel.browser.selected_items()
        if items:
            self.play(items[0])

    def play(self, path: Path) -> None:
        self.jobs.start(play_file, path, on_error=lambda text: self.message.show_message(text, "warning"))

    # ------------------------------------------------------------------ preprocessing and model options
    def add_preprocessing_controls(self, form: QFormLayout) -> None:
        self.sample_rate = QComboBox()
        for rate in SAMPLE_RATES:
            self.sample_rate.addItem(self.tr("%1 Hz").replace("%1", f"{rate:,}"), rate)
        self.sample_rate.setCurrentIndex(self.sample_rate.findData(16000))
        self.sample_rate.setToolTip(
            self.tr("Sounds are resampled to this rate. 16,000 Hz keeps speech clear; higher keeps music detail.")
        )
        self.bidirectional = QCheckBox(self.tr("Both directions"))
        self.bidirectional.setToolTip(
            self.tr("Recurrent models hear each clip forwards and backwards: often more accurate, twice the work.")
        )
        form.addRow(self.tr("Sample rate"), self.sample_rate)
        form.addRow("", self.bidirectional)

    def on_model_chosen(self, spec: ModelSpec) -> None:
        """The speech embedding always hears at 16,000 Hz: its sample rate is fixed."""
        self.bidirectional.setEnabled(spec.sequential)
        self.sample_rate.setEnabled(not spec.modality)
        if spec.modality:
            self.sample_rate.setCurrentIndex(self.sample_rate.findData(16000))

    def preprocessing(self) -> dict:
        return {
            "sample_rate": self.sample_rate.currentData(),
            "clip_seconds": self.clip_length.value(),
            "noise_labels": noise_labels(self.session.examples.class_names),
        }

    def model_config(self, spec: ModelSpec) -> dict:
        return {"bidirectional": self.bidirectional.isChecked()} if spec.sequential else {}

    def show_preprocessing(self, preprocessing: dict) -> None:
        index = self.sample_rate.findData(int(preprocessing.get("sample_rate", 16000)))
        self.sample_rate.setCurrentIndex(max(index, 0))
        self.clip_length.setValue(float(preprocessing.get("clip_seconds", 1.0)))

    # ------------------------------------------------------------------ trying it: a file, or listening
    def build_try_input(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.try_area = ImageDropArea(self.tr("Drop a sound here, or click to choose one"))
        self.try_area.setToolTip(self.tr("Drop a recording here to see what the model hears in it."))
        self.try_area.setMinimumHeight(56)
        self.try_area.fileDropped.connect(lambda path: self.try_panel.try_item(path))
        self.try_area.clicked.connect(self.open_try_dialog)
        self._try_slot = _slot()
        self._try_slot.setMaximumHeight(300)  # the bars below must stay readable
        self._try_view = None
        buttons = QHBoxLayout()
        self.listen_button = QPushButton(self.tr("Listen"))
        self.listen_button.setCheckable(True)
        self.listen_button.toggled.connect(self._listen_toggled)
        open_button = QPushButton(self.tr("Open sound…"))
        open_button.setToolTip(self.tr("Choose a recording to try the model on."))
        open_button.clicked.connect(self.open_try_dialog)
        buttons.addWidget(open_button)
        buttons.addWidget(self.listen_button)
        layout.addWidget(self.try_area)
        layout.addWidget(self._try_slot, 1)
        layout.addLayout(buttons)
        return panel

    # The sound views are pyqtgraph widgets: like the training curves, they are built once the window has been
    # painted and pyqtgraph was imported in the background (`on_libraries_ready`), or on first use.
    @property
    def example_view(self):
        if self._example_view is None:
            from mmstudio.gui.widgets.sound_view import SoundView

            self._example_view = SoundView()
            self._example_view.setToolTip(self.tr("The selected example: its sound and its spectrogram."))
            self._example_view.setFixedHeight(120)
            self._example_slot.layout().addWidget(self._example_view)
        return self._example_view

    @property
    def try_view(self):
        if self._try_view is None:
            from mmstudio.gui.widgets.sound_view import SoundView

            self._try_view = SoundView()
            self._try_view.clear(self.tr("The sound you try is shown here, with what the model heard in each part."))
            self._try_slot.layout().addWidget(self._try_view)
        return self._try_view

    def on_libraries_ready(self) -> None:
        """Also the moment to look for a microphone: opening PortAudio takes a moment, after the first paint."""
        super().on_libraries_ready()
        self.example_view  # noqa: B018 (builds them)
        self.try_view  # noqa: B018
        if not self._sound_check_started:
            self._sound_check_started = True
            self.jobs.start(sound_availability, on_result=self._sound_checked)

    def open_try_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Try a sound"), self.remembered.last_folder(), self.file_dialog_filter()
        )
        if path:
            self.try_panel.try_item(Path(path))

    @staticmethod
    def render_preview(item):
        return sound_picture(item) if isinstance(item, Path) else None

    def show_try_result(self, item, prediction, preview) -> None:
        if preview is None:
            self.try_view.clear(self.tr("This file could not be shown"))
            return
        self.try_area.setText(item.name if isinstance(item, Path) else "")
        self.try_view.show_sound(preview.samples, preview.rate, preview.spectrogram, preview.frame_seconds)
        self.try_view.set_attribution(None)  # the new sound's explanation follows
        segments = prediction.segments if prediction is not None else []
        classes = self.session.bundle.classes if self.session.bundle is not None else []
        self.try_view.set_segments([(s.start, s.end, s.label) for s in segments], classes)
        if preview.seconds > PREVIEW_SECONDS:
            self.try_view.caption.setText(
                self.tr("Showing the first %1 s of %2 s.")
                .replace("%1", f"{PREVIEW_SECONDS:.0f}")
                .replace("%2", f"{preview.seconds:.0f}")
            )
            self.try_view.caption.show()

    def show_explanation(self, item, explanation) -> None:
        """Colour what mattered over the spectrogram of the tried sound or of the window just heard."""
        if explanation is None or explanation.attribution is None:
            self.try_view.set_attribution(None)
            return
        self.try_view.set_attribution(explanation.attribution, explanation.frame_seconds, explanation.start_seconds)

    def build_why_view(self) -> QWidget:
        from mmstudio.gui.widgets.sound_view import SoundWhyView

        return SoundWhyView()

    def _listen_toggled(self, on: bool) -> None:
        if on:
            self.start_listening()
        else:
            self.stop_listening()

    def start_listening(self) -> None:
        if self._listen_stop is not None or self.session.predictor is None:
            return
        from mmstudio.core.media.audio.listening import listen

        self._listen_stop = threading.Event()
        self._listen_frame_seconds = float(self.session.predictor.bundle.preprocessing["hop_seconds"])
        self.listen_button.setText(self.tr("Stop listening"))
        self.try_view.clear()
        self._update_sound_controls()
        self.jobs.start(
            listen,
            self.session.predictor,
            self._listen_stop,
            self.device_combo.currentData(),
            on_yield=self._heard,
            on_error=lambda text: self.message.show_message(text, "error"),
            on_finish=self._listening_ended,
        )

    def stop_listening(self) -> None:
        if self._listen_stop is not None:
            self._listen_stop.set()

    def is_listening(self) -> bool:
        return self._listen_stop is not None

    def _heard(self, heard) -> None:
        if self._listen_stop is None or self._listen_stop.is_set():
            return  # a window that arrived after Stop
        self.try_panel.show_prediction(heard.prediction)
        self.level_meter.set_level(heard.level)
        self.try_view.show_sound([], DISPLAY_RATE, heard.spectrogram, self._listen_frame_seconds)
        self.try_panel.explain(None, raw=heard.raw)

    def _listening_ended(self) -> None:
        self._listen_stop = None
        self.listen_button.blockSignals(True)
        self.listen_button.setChecked(False)
        self.listen_button.blockSignals(False)
        self.listen_button.setText(self.tr("Listen"))
        self.level_meter.set_level(0.0)
        self._update_sound_controls()

    def hideEvent(self, event) -> None:
        """Another tab was chosen (or the window hid): listening stops, as it would in any app."""
        self.stop_listening()
        super().hideEvent(event)

    def shutdown(self) -> None:
        self.stop_recording()
        self.stop_listening()
        super().shutdown()
