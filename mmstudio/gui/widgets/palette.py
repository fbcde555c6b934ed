"""Shared look: one class palette and the curve colours, so class k has the same colour in every view.

The first eight colours are Okabe-Ito (safe for the common kinds of colour blindness); Paul Tol's
colour-blind-friendly sets follow, so 20 classes still get 20 distinct colours before the list repeats.
Every function returns a fresh QColor, so a caller that changes it cannot recolour the rest of the app.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

_CLASS_COLOURS = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#332288",  # indigo
    "#117733",  # green
    "#882255",  # wine
    "#44AA99",  # teal
    "#999933",  # olive
    "#AA4499",  # purple
    "#88CCEE",  # cyan
    "#661100",  # brown
    "#DDCC77",  # sand
    "#6699CC",  # steel blue
    "#AA4466",  # rose
    "#888888",  # grey
    "#4477AA",  # mid blue
)

# Training in blue, validation in orange: the pair stays distinct for every common colour-vision deficiency.
TRAIN_COLOUR = QColor("#0072B2")
VALIDATION_COLOUR = QColor("#E69F00")
# The per-batch training curve: a lighter blue, translucent, so it reads as background detail on light
# and dark themes alike.
BATCH_COLOUR = QColor(86, 180, 233, 120)

# Confusion matrix shading: right answers in bluish green, mix-ups in vermillion (Okabe-Ito pair).
CORRECT_COLOUR = QColor("#009E73")
MISTAKE_COLOUR = QColor("#D55E00")


def class_colour(index: int) -> QColor:
    """The colour of class number `index` (0-based) in the model's class list; repeats after 20 classes."""
    return QColor(_CLASS_COLOURS[index % len(_CLASS_COLOURS)])


def blend(base: QColor, colour: QColor, amount: float) -> QColor:
    """`base` moved `amount` (0..1) of the way towards `colour`: shades that work on light and dark themes."""
    amount = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * amount,
        base.greenF() + (colour.greenF() - base.greenF()) * amount,
        base.blueF() + (colour.blueF() - base.blueF()) * amount,
    )


def readable_text_colour(background: QColor) -> QColor:
    """Black or white, whichever stands out more on `background` (relative luminance, WCAG style)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    return QColor("#000000") if luminance > 0.179 else QColor("#FFFFFF")


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    """`font` made `factor` times larger: widgets grow with the app font, so a projector zoom reaches them too."""
    larger = QFont(font)
    if larger.pointSizeF() > 0:
        larger.setPointSizeF(larger.pointSizeF() * factor)
    else:
        larger.setPixelSize(round(larger.pixelSize() * factor))
    larger.setBold(bold)
    return larger
