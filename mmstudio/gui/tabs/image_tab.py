"""The Image tab: what differs for pictures is the file types, thumbnails, size/colour and the picture preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from mmstudio.core.media.image import IMAGE_SIZES
from mmstudio.gui.tabs.base_tab import ModalityTab
from mmstudio.gui.widgets.heatmap import overlay
from mmstudio.gui.widgets.image_view import (
    ImageDropArea,
    ScaledImage,
    pixmap_from_pixels,
    pixmap_from_rgba,
)
from mmstudio.gui.widgets.why_views import ImageWhyView

PREVIEW_PX = 320


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

    def on_model_chosen(self, spec) -> None:
        """A pretrained network reads pictures its own way (224 px, colour): its size and colour are fixed."""
        own_reading = bool(spec.modality)
        for combo in (self.size_combo, self.colour_combo):
            combo.setEnabled(not own_reading)
        self.size_combo.setToolTip(
            self.tr("This pretrained network always reads pictures at its own size (224 × 224, in colour).")
            if own_reading
            else self.tr("Pictures are shrunk to this size before training. Bigger keeps detail but trains slower.")
        )

    def preprocessing(self) -> dict:
        return {"size": self.size_combo.currentData(), "channels": self.colour_combo.currentData()}

    def show_preprocessing(self, preprocessing: dict) -> None:
        self.size_combo.setCurrentIndex(max(self.size_combo.findData(int(preprocessing.get("size", 28))), 0))
        self.colour_combo.setCurrentIndex(max(self.colour_combo.findData(int(preprocessing.get("channels", 1))), 0))

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
