"""Reusable widgets: class list, curves, confusion matrix, probability bars, example browser."""
