"""The Image tab: what differs for pictures is the file types, thumbnails, size/colour and the picture preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mmstudio.core.media.image import IMAGE_SIZES
from mmstudio.gui.tabs.base_tab import ModalityTab
from mmstudio.gui.widgets.image_view import (
    ImageDropArea,
    ScaledImage,
    pixmap_from_pixels,
    pixmap_from_rgba,
)

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
        layout.addWidget(self.try_area, 1)
        open_button = QPushButton(self.tr("Open image…"))
        open_button.setToolTip(self.tr("Choose a picture to try the model on."))
        open_button.clicked.connect(self.open_try_dialog)
        layout.addWidget(open_button)

        self.reconstruction_box = QWidget()
        grid = QGridLayout(self.reconstruction_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.model_input_view = ScaledImage()
        self.model_input_view.setToolTip(self.tr("The picture as the model sees it, after shrinking."))
        self.reconstruction_view = ScaledImage()
        self.reconstruction_view.setToolTip(self.tr("The autoencoder's attempt to redraw the picture from its code."))
        grid.addWidget(QLabel(self.tr("Model input")), 0, 0)
        grid.addWidget(QLabel(self.tr("Reconstruction")), 0, 1)
        grid.addWidget(self.model_input_view, 1, 0)
        grid.addWidget(self.reconstruction_view, 1, 1)
        self.unusual_label = QLabel()
        self.unusual_label.setWordWrap(True)
        self.unusual_label.setToolTip(
            self.tr("Compares how well this picture is redrawn with the training pictures: high means unlike them.")
        )
        grid.addWidget(self.unusual_label, 2, 0, 1, 2)
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
        self.try_area.set_picture(pixmap_from_rgba(*preview) if preview is not None else None)
        if preview is None:
            self.try_area.setText(self.tr("This file could not be shown"))
        reconstruction = prediction.reconstruction if prediction is not None else None
        self.reconstruction_box.setVisible(reconstruction is not None)
        if reconstruction is None:
            return
        self.model_input_view.set_picture(pixmap_from_pixels(prediction.shown))
        self.reconstruction_view.set_picture(pixmap_from_pixels(reconstruction))
        if prediction.unusual is not None:
            share = prediction.unusual
            verdict = self.tr("unusual: it looks unlike the training pictures") if share >= 0.95 else self.tr("looks familiar")
            self.unusual_label.setText(
                self.tr("Unusual-input score: %1 (%2)").replace("%1", f"{share:.0%}").replace("%2", verdict)
            )
