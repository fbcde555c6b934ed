"""Text without torch: decoding files, reading tables, splitting into tokens and the vocabulary."""
