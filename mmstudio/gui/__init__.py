"""The only package that imports Qt: it drives mmstudio.core and shows what it reports."""
