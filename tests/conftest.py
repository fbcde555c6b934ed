import os

# Before any Qt import: tests run headless and pyqtgraph must pick the same binding as the app.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
