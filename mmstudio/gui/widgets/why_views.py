"""An example shown with its explanation, for places other than Try it (the mistakes gallery).

Each medium's tab returns one of these from `build_why_view()`; they all offer `show_explanation(item, preview,
explanation)` (`preview`: what the tab's `render_preview` made for the item) and `clear()`. The sound one lives in
sound_view.py, since it needs pyqtgraph.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from mmstudio.gui.widgets.heatmap import overlay, strengths, tint
from mmstudio.gui.widgets.image_view import ScaledImage, pixmap_from_rgba

GALLERY_OPACITY = 0.6


class ImageWhyView(ScaledImage):
    """The picture under its heat map."""

    def show_explanation(self, item, preview, explanation) -> None:
        if preview is None:
            self.set_picture(None)
            self.setText(self.tr("This file could not be shown"))
            return
        picture = pixmap_from_rgba(*preview)
        if explanation is not None and explanation.attribution is not None:
            picture = overlay(picture, explanation.attribution, GALLERY_OPACITY)
        self.set_picture(picture)

    def clear(self) -> None:
        self.set_picture(None)


def tinted_html(text: str, tokens) -> str:
    """`text` as HTML with each explained token's background tinted by its weight (others left plain)."""
    weights = strengths([token.weight for token in tokens]) if tokens else []
    parts, position = [], 0
    for token, strength in sorted(zip(tokens or [], weights), key=lambda pair: pair[0].start):
        if token.start < position:
            continue  # overlapping spans: the first one drawn wins
        parts.append(html.escape(text[position : token.start]))
        colour = tint(float(strength))
        parts.append(
            f'<span style="background-color: rgba({colour.red()},{colour.green()},{colour.blue()},'
            f'{colour.alphaF():.2f});">{html.escape(text[token.start : token.end])}</span>'
        )
        position = token.end
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", "<br>")


class TextWhyView(QTextBrowser):
    """The text with its words tinted."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("font-size: 12pt;")
        self.setToolTip(self.tr("Orange words pushed the model toward its answer, blue ones away from it."))

    def show_explanation(self, item, preview, explanation) -> None:
        text = preview if isinstance(preview, str) else str(item)
        tokens = explanation.tokens if explanation is not None else None
        self.setHtml(tinted_html(text, tokens))

    def clear(self) -> None:
        self.setPlainText("")
