"""The hooks a medium's tab overrides: everything in which one medium's tab differs from another's.

`ModalityTab` (base_tab.py) inherits these defaults; the panels call them. Kept apart from the tab itself so
the panels can name what they call without importing the tab that builds them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QWidget

from mmstudio.core.folders import Collected, collect_dropped
from mmstudio.core.media import Medium, ModelSpec
from mmstudio.gui.translation import core_tr


class MediumHooks:
    """    A new medium's tab is a subclass named by its `Medium.tab` (the window builds one tab per registered
    medium) that overrides only the hooks below its medium changes; `build_try_input` is the one it must
    supply. The panels call the hooks. A hook may use the session, `message`, `jobs`, `remembered` and the
    panels' public methods: `gather_panel.current_class()`, `.select_class(name)`, `.ask_class_for(count)`,
    `.merge(collected, target_class)`, `try_panel.try_item(item)`, `.clear_prediction()`. The hooks that
    build widgets run while the panels are being built, so their widgets reach a panel only when the user
    acts (connect a lambda), never during the build.

    Class attributes
        offers_augmentation   the settings offer "Vary the examples while training" (the medium's augmentation)
        uses_thumbnails       examples are files shown as thumbnails (made by `render_thumbnail`), not as lines

    Bringing examples in (gather panel)
        file_types()                  the extensions dialogs and drops take (default: the medium's)
        add_files_label()             the text of the "Add files…" button
        describe_item(item)           one example's line in the browser
        render_thumbnail(path, size)  static, OFF THE GUI THREAD: (RGBA bytes, width, height) of a thumbnail
        samples()                     bundled sample sets: translated title -> folder or table (default: the medium's)
        collect(paths)                OFF THE GUI THREAD, no widgets: what dropped paths hold, as a `Collected`
        import_notes(collected)       extra sentences for the message after an import (skipped rows, problems)
        after_import(collected, target_class)   follow-up questions after an import (which table columns)
        build_example_input()         a widget under the class list for another way in (typing), or None
        edit_item(class_name, item)   an example was double-clicked: edit it in place where the medium can

    Training (train panel)
        add_preprocessing_controls(form)   add the medium's rows (image size, longest text) to the settings form
        on_model_chosen(spec)         the model choice changed: enable options only some models have
        preprocessing()               the medium's preprocessing for a run, from those controls
        model_config(spec)            options of the chosen network, e.g. bidirectional when `spec.sequential`
        show_preprocessing(preprocessing)   set the controls to what the current model used
        on_model_changed(bundle)      the current model changed (a run finished, or a saved model was opened);
                                      by default the controls show its preprocessing

    Trying it (try panel)
        build_try_input()             the widget to give the model one example; it calls `try_panel.try_item`
        render_preview(item)          static, OFF THE GUI THREAD: plain data (no Qt) to show the example, or None
        show_try_result(item, prediction, preview)   show the example and what the model adds (a reconstruction)
        show_explanation(item, explanation)   draw why the model answered so over the tried example (a core
                                      `Explanation`), or take the drawing away when it is None
        build_why_view()              a widget with `show_explanation(item, preview, explanation)` and `clear()`,
                                      to show any example with its explanation (the mistakes gallery)

    The window
        on_libraries_ready()          after the first paint, pyqtgraph is imported: build widgets that need it
    
    """

    medium: Medium
    offers_augmentation = False
    uses_thumbnails = False

    # ------------------------------------------------------------------ hooks: bringing examples in
    def file_types(self) -> frozenset[str]:
        return self.medium.extensions

    def file_dialog_filter(self) -> str:
        patterns = " ".join(f"*{ext}" for ext in sorted(self.file_types()))
        return self.tr("Supported files (%1)").replace("%1", patterns)

    def add_files_label(self) -> str:
        return self.tr("Add files…")

    def describe_item(self, item) -> str:
        return self.medium.describe(item)

    @staticmethod
    def render_thumbnail(path: Path, size: int) -> tuple[bytes, int, int]:
        raise NotImplementedError  # only tabs with `uses_thumbnails` are asked

    def samples(self) -> dict[str, Path]:
        return {core_tr(title): path for title, path in self.medium.samples().items()}

    def collect(self, paths: list[Path]) -> Collected:
        return collect_dropped(paths, self.file_types())

    def import_notes(self, collected: Collected) -> list[str]:
        return []

    def after_import(self, collected: Collected, target_class: str | None) -> None:
        pass

    def build_example_input(self) -> QWidget | None:
        return None

    def edit_item(self, class_name: str | None, item) -> None:
        pass

    # ------------------------------------------------------------------ hooks: training
    def add_preprocessing_controls(self, form: QFormLayout) -> None:
        pass

    def on_model_chosen(self, spec: ModelSpec) -> None:
        pass

    def preprocessing(self) -> dict:
        return {}

    def model_config(self, spec: ModelSpec) -> dict:
        return {}

    def show_preprocessing(self, preprocessing: dict) -> None:
        pass

    def on_model_changed(self, bundle) -> None:
        if bundle is not None:
            self.show_preprocessing(bundle.preprocessing)

    # ------------------------------------------------------------------ hooks: trying it
    def build_try_input(self) -> QWidget:
        raise NotImplementedError

    @staticmethod
    def render_preview(item):
        return None

    def show_try_result(self, item, prediction, preview) -> None:
        pass

    def show_explanation(self, item, explanation) -> None:
        raise NotImplementedError

    def build_why_view(self) -> QWidget:
        raise NotImplementedError
