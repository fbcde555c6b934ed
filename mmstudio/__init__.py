"""mmstudio: train and try image, sound and text classifiers without programming."""

__version__ = "0.1.0"
