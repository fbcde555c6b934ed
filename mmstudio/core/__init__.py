"""The Qt-free heart of mmstudio: data, models, training, metrics and the model file format."""
