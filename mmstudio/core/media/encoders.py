"""The model-file side of the pretrained encoders (see features.py), without torch: the registry imports it."""

from __future__ import annotations

from mmstudio.core.schema import Choice, Number, Record, Text, Whole

HEAD_CONFIG = {"hidden": 128, "dropout": 0.2}
HEAD_CONFIG_SCHEMA = Record({"hidden": Whole(1, 4096), "dropout": Number(0, 1, below_high=True)}, refuse_unknown=True)


def encoder_schema(medium_schema: Record, encoder: str) -> Record:
    """A medium's preprocessing schema plus the encoder's name and weights' checksum, which are then all that is
    required: the medium's own keys may come from a form and are kept, but the encoder reads in its own way."""
    fields = {**medium_schema.fields, "encoder": Choice(encoder), "encoder_sha256": Text(64, 64)}
    return Record(fields, required=("encoder", "encoder_sha256"), refuse_unknown=True)
