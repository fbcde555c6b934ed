"""The Image tab: what differs for pictures is the file types, thumbnails, size/colour, the pretrained model's
weights and the picture preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from mmstudio.core.media.image import IMAGE_SIZES, MOBILENET_HOW_TO_GET
from mmstudio.gui import background
from mmstudio.gui.tabs.base_tab import ModalityTab
from mmstudio.gui.translation import core_message, say_instead
from mmstudio.gui.widgets.heatmap import overlay
from mmstudio.gui.widgets.image_view import (
    ImageDropArea,
    ScaledImage,
    pixmap_from_pixels,
    pixmap_from_rgba,
)
from mmstudio.gui.widgets.why_views import ImageWhyView

PREVIEW_PX = 320
PRETRAINED = "mobilenet"  # the model whose weights the user may give as a file (for a computer without internet)


def _offline_advice() -> str:
    """The window's way to get the pretrained weights, said where the core names the command line's."""
    return QCoreApplication.translate(
        "ImageTab",
        "Without internet, open Settings with the pretrained MobileNetV3 model chosen, press “Choose weights "
        "file…” and give the file mobilenet_v3_small-047dcff4.pth from torchvision; or train once on a computer "
        "with internet access, and the weights download by themselves.",
    )


say_instead(MOBILENET_HOW_TO_GET.template, _offline_advice)


class ImageTab(ModalityTab):
    offers_augmentation = True
    uses_thumbnails = True

    def add_files_label(self) -> str:
        return self.tr("Add images…")

    # preprocessing -------------------------------------------------------------
    def add_preprocessing_controls(self, form: QFormLayout) -> None:
        self.size_combo = QComboBox()
        for size in IMAGE_SIZES:
            self.size_combo.addItem(self.tr("%1 × %1 pixels").replace("%1", str(size)), size)
        self.size_combo.setToolTip(
            self.tr("Pictures are shrunk to this size before training. Bigger keeps detail but trains slower.")
        )
        self.colour_combo = QComboBox()
        self.colour_combo.addItem(self.tr("Grey"), 1)
        self.colour_combo.addItem(self.tr("Colour"), 3)
        self.colour_combo.setToolTip(self.tr("Grey is faster; choose colour when colour tells the classes apart."))
        form.addRow(self.tr("Image size"), self.size_combo)
        form.addRow(self.tr("Colour"), self.colour_combo)
        self._add_weights_row(form)

    def _add_weights_row(self, form: QFormLayout) -> None:
        """The pretrained model's weights: what it will use, and a button to give them as a file instead of
        downloading them. Shown while that model is chosen."""
        self._weights: tuple[str, str] | None = None  # (checksum, file name) the user gave; None: torchvision's
        self._official_here: bool | None = None  # torchvision's weights on this computer (None: not looked yet)
        self._weights_asked = 0  # the latest look or check started; an older one's answer is dropped
        self.weights_row = QWidget()
        column = QVBoxLayout(self.weights_row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.weights_label = QLabel()
        self.weights_label.setWordWrap(True)
        self.weights_button = QPushButton(self.tr("Choose weights file…"))
        self.weights_button.setToolTip(
            self.tr("For a computer without internet: give MobileNetV3 (small) weights saved from torchvision "
                    "(.pth) or as .safetensors. The file is checked, then kept on this computer.")
        )
        self.weights_button.clicked.connect(self.choose_weights_file)
        self.official_weights_button = QPushButton(self.tr("Use torchvision's weights"))
        self.official_weights_button.setToolTip(
            self.tr("Stop using the file you chose: the pretrained model goes back to torchvision's own ImageNet "
                    "weights (downloaded on first use). The checked copy of your file stays on this computer.")
        )
        self.official_weights_button.clicked.connect(self.use_official_weights)
        button_row = QHBoxLayout()
        button_row.addWidget(self.weights_button)
        button_row.addWidget(self.official_weights_button)
        button_row.addStretch(1)
        column.addWidget(self.weights_label)
        column.addLayout(button_row)
        form.addRow(self.tr("Pretrained weights"), self.weights_row)
        tip = self.tr("The weights of the pretrained network: downloaded once from torchvision's address, or a "
                      "file you give.")
        self.weights_row.setToolTip(tip)
        form.labelForField(self.weights_row).setToolTip(tip)
        self._weights_form = form
        self._show_weights()

    def _show_weights(self, checking: str | None = None) -> None:
        """Say which weights the pretrained model will use (or which file is being checked)."""
        if checking is not None:
            text = self.tr("Checking “%1”…").replace("%1", checking)
            tip = self.tr("The file is being read and checked; the choice before it stays until it passes.")
        elif self._weights is not None:
            text = self.tr("The file you chose: %1").replace("%1", self._weights[1])
            tip = self.tr("These weights were checked and are kept on this computer: no download is needed.")
        elif self._official_here:
            text = self.tr("torchvision's ImageNet weights, already on this computer")
            tip = self.tr("They were downloaded before and are kept on this computer: no download is needed.")
        else:
            text = self.tr("Downloaded automatically on first use from torchvision's address")
            tip = self.tr("The first training of this model needs internet access to download them (10 MB); they "
                          "are then kept on this computer. Without internet, choose a weights file.")
        self.weights_label.setText(text)
        self.weights_label.setToolTip(tip)
        self.weights_button.setEnabled(checking is None)
        self.official_weights_button.setVisible(self._weights is not None)
        self.official_weights_button.setEnabled(checking is None)

    def _next_weights_job(self) -> int:
        self._weights_asked += 1
        return self._weights_asked

    def _look_for_official_weights(self) -> None:
        """Find out, off the GUI thread, whether torchvision's weights are here already."""
        asked = self._next_weights_job()

        def found(here: bool) -> None:
            self._official_here = here
            if asked == self._weights_asked:
                self._show_weights()

        self.jobs.start(background.image_weights_here, on_result=found, on_error=lambda _text: None)

    def choose_weights_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose MobileNetV3 weights"),
            self.remembered.last_folder(),
            self.tr("Weights files (*.pth *.safetensors)"),
        )
        if not path:
            return
        path = Path(path)
        self.remembered.remember_folder(str(path.parent))
        asked = self._next_weights_job()
        self._show_weights(checking=path.name)

        def checked(result) -> None:
            digest, problem = result
            if problem is not None:
                self.message.show_message(problem, "error")
            else:
                self._weights = (digest, path.name)
                self.message.show_message(
                    self.tr("“%1” holds MobileNetV3 weights: the pretrained model uses them and needs no internet.")
                    .replace("%1", path.name)
                )

        def failed(text: str) -> None:
            self.message.show_message(
                self.tr("The weights file could not be read: %1").replace("%1", core_message(text)), "error"
            )

        def done() -> None:
            if asked == self._weights_asked:
                self._show_weights()

        self.jobs.start(background.import_image_weights, path, on_result=checked, on_error=failed, on_finish=done)

    def use_official_weights(self) -> None:
        """Back from a chosen file to torchvision's weights (looked for on this computer, off the GUI thread)."""
        self._weights = None
        self._look_for_official_weights()
        self._show_weights()

    def _adopt_weights(self, digest: str) -> None:
        """Use the weights a model or a project names, where they are on this computer: torchvision's, or a file
        given before (its name is read from the kept copy, off the GUI thread)."""
        if self._weights is not None and self._weights[0] == digest:
            return
        asked = self._next_weights_job()

        def found(source: str | None) -> None:
            if asked != self._weights_asked or source is None:  # not here: the choice stays
                return
            self._weights = None if "://" in source else (digest, source)
            self._official_here = self._official_here or self._weights is None
            self._show_weights()

        self.jobs.start(background.image_weights_source, digest, on_result=found, on_error=lambda _text: None)

    def on_model_chosen(self, spec) -> None:
        """A pretrained network reads pictures its own way (224 px, colour): its size and colour are fixed. Its
        weights row shows while it is chosen."""
        pretrained = spec.name == PRETRAINED
        self._weights_form.setRowVisible(self.weights_row, pretrained)
        if pretrained and self._weights is None:
            self._look_for_official_weights()
        own_reading = bool(spec.modality)
        for combo in (self.size_combo, self.colour_combo):
            combo.setEnabled(not own_reading)
        self.size_combo.setToolTip(
            self.tr("This pretrained network always reads pictures at its own size (224 × 224, in colour).")
            if own_reading
            else self.tr("Pictures are shrunk to this size before training. Bigger keeps detail but trains slower.")
        )

    def preprocessing(self) -> dict:
        """The size and colour, and the weights file given for the pretrained model (only that model takes it)."""
        chosen = {"size": self.size_combo.currentData(), "channels": self.colour_combo.currentData()}
        if self._weights is not None:
            chosen["encoder_sha256"] = self._weights[0]
        return chosen

    def show_preprocessing(self, preprocessing: dict) -> None:
        """The tab's own choices put back (a project opened, the window rebuilt in another language)."""
        self._show_size_and_colour(preprocessing)
        digest = preprocessing.get("encoder_sha256")
        if digest is not None:
            self._adopt_weights(digest)
        elif self._weights is not None:
            self._next_weights_job()
            self._weights = None
            self._show_weights()

    def _show_size_and_colour(self, preprocessing: dict) -> None:
        self.size_combo.setCurrentIndex(max(self.size_combo.findData(int(preprocessing.get("size", 28))), 0))
        self.colour_combo.setCurrentIndex(max(self.colour_combo.findData(int(preprocessing.get("channels", 1))), 0))

    def on_model_changed(self, bundle) -> None:
        """A run ended or a model was opened: the controls show what it used; a pretrained model's weights stay
        the choice when they are on this computer, and torchvision's may have just been downloaded."""
        if bundle is None:
            return
        self._show_size_and_colour(bundle.preprocessing)
        digest = bundle.preprocessing.get("encoder_sha256")
        if digest is not None and bundle.model == PRETRAINED:
            self._adopt_weights(digest)

    # try it --------------------------------------------------------------------
    def build_try_input(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.try_area = ImageDropArea(self.tr("Drop an image here\nor click to choose one"))
        self.try_area.setToolTip(self.tr("Drop a new picture here to see what the model thinks it is."))
        self.try_area.fileDropped.connect(lambda path: self.try_panel.try_item(path))
        self.try_area.clicked.connect(self.open_try_dialog)
        self._try_picture = None  # the tried picture as shown, without the heat map
        self._explanation = None
        layout.addWidget(self.try_area, 1)
        row = QHBoxLayout()
        open_button = QPushButton(self.tr("Open image…"))
        open_button.setToolTip(self.tr("Choose a picture to try the model on."))
        open_button.clicked.connect(self.open_try_dialog)
        row.addWidget(open_button)
        opacity_label = QLabel(self.tr("Heat map"))
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal)
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setValue(self.remembered.settings().value("heat_opacity", 60, type=int))
        tip = self.tr("How strongly the heat map covers the picture (0: not at all).")
        opacity_label.setToolTip(tip)
        self.opacity_slider.setToolTip(tip)
        self.opacity_slider.valueChanged.connect(self._opacity_changed)
        opacity_label.setBuddy(self.opacity_slider)
        row.addWidget(opacity_label)
        row.addWidget(self.opacity_slider, 1)
        layout.addLayout(row)

        self.reconstruction_box = QWidget()
        grid = QGridLayout(self.reconstruction_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.model_input_view = ScaledImage()
        self.model_input_view.setToolTip(self.tr("The picture as the model sees it, after shrinking."))
        self.reconstruction_view = ScaledImage()
        self.reconstruction_view.setToolTip(self.tr("The autoencoder's attempt to redraw the picture from its code."))
        self.difference_view = ScaledImage()
        self.difference_view.setToolTip(self.tr("Where the redrawn picture differs from the input: orange marks the "
                                                "parts the autoencoder could not redraw."))
        grid.addWidget(QLabel(self.tr("Model input")), 0, 0)
        grid.addWidget(QLabel(self.tr("Reconstruction")), 0, 1)
        grid.addWidget(QLabel(self.tr("Differences")), 0, 2)
        grid.addWidget(self.model_input_view, 1, 0)
        grid.addWidget(self.reconstruction_view, 1, 1)
        grid.addWidget(self.difference_view, 1, 2)
        self.unusual_label = QLabel()
        self.unusual_label.setWordWrap(True)
        self.unusual_label.setToolTip(
            self.tr("Compares how well this picture is redrawn with the training pictures: high means unlike them.")
        )
        grid.addWidget(self.unusual_label, 2, 0, 1, 3)
        self.reconstruction_box.hide()
        layout.addWidget(self.reconstruction_box, 1)
        return panel

    def open_try_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Try an image"), self.remembered.last_folder(), self.file_dialog_filter()
        )
        if path:
            self.try_panel.try_item(Path(path))

    @staticmethod
    def render_thumbnail(path: Path, size: int) -> tuple[bytes, int, int]:
        from mmstudio.core.media.image.modality import thumbnail_rgba

        return thumbnail_rgba(path, size)

    @staticmethod
    def render_preview(item):
        from mmstudio.core.media.image.modality import thumbnail_rgba

        return thumbnail_rgba(item, PREVIEW_PX)

    def show_try_result(self, item, prediction, preview) -> None:
        self._try_picture = pixmap_from_rgba(*preview) if preview is not None else None
        self._explanation = None
        self.try_area.set_picture(self._try_picture)
        if preview is None:
            self.try_area.setText(self.tr("This file could not be shown"))
        reconstruction = prediction.reconstruction if prediction is not None else None
        self.reconstruction_box.setVisible(reconstruction is not None)
        if reconstruction is None:
            return
        self.model_input_view.set_picture(pixmap_from_pixels(prediction.shown))
        self.reconstruction_view.set_picture(pixmap_from_pixels(reconstruction))
        self._shown_pixels = prediction.shown
        self.difference_view.set_picture(None)  # drawn with the explanation, which measures it
        if prediction.unusual is not None:
            share = prediction.unusual
            verdict = self.tr("unusual: it looks unlike the training pictures") if share >= 0.95 else self.tr("looks familiar")
            self.unusual_label.setText(
                self.tr("Unusual-input score: %1 (%2)").replace("%1", f"{share:.0%}").replace("%2", verdict)
            )

    def show_explanation(self, item, explanation) -> None:
        """The heat map over the tried picture, at the chosen opacity (and the autoencoder's differences)."""
        self._explanation = explanation
        self._draw_heat_map()
        error = explanation.reconstruction_error if explanation is not None else None
        if error is not None and self.reconstruction_box.isVisible():
            self.difference_view.set_picture(overlay(pixmap_from_pixels(self._shown_pixels), error, 0.85))

    def _draw_heat_map(self) -> None:
        if self._try_picture is None:
            return
        explanation = self._explanation
        if explanation is None or explanation.attribution is None or self.opacity_slider.value() == 0:
            self.try_area.set_picture(self._try_picture)
            return
        self.try_area.set_picture(overlay(self._try_picture, explanation.attribution, self.opacity_slider.value() / 100))

    def _opacity_changed(self, value: int) -> None:
        self.remembered.settings().setValue("heat_opacity", value)
        self._draw_heat_map()

    def build_why_view(self) -> QWidget:
        return ImageWhyView()
