"""One base tab for every modality, and a thin subclass per medium."""
