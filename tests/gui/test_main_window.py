"""The window is built from the registry of media: one tab per medium, in its order, each knowing its medium."""

from __future__ import annotations

from mmstudio.core.media import MEDIA, resolve


def test_the_tabs_are_the_registered_media_in_order(window):
    tabs = window.modality_tabs()
    assert [tab.medium.name for tab in tabs] == list(MEDIA), "every registered medium needs its tab (Medium.tab)"
    for index, (tab, medium) in enumerate(zip(tabs, MEDIA.values())):
        assert type(tab) is resolve(medium.tab)
        assert window.tab_for(medium.name) is tab
        assert window.tabs.tabText(index) == medium.title
        assert window.tabs.tabToolTip(index) == medium.description


def test_each_tab_offers_its_mediums_models_and_samples(window):
    for tab in window.modality_tabs():
        combo = tab.train_panel.model_combo
        assert [combo.itemData(i) for i in range(combo.count())] == list(tab.medium.models)
        assert combo.currentData() == tab.medium.default_model
        assert list(tab.samples().values()) == list(tab.medium.samples().values())
        assert tab.file_types() >= tab.medium.extensions
