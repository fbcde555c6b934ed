"""Data files shipped with mmstudio (sample data sets, icons); installed as `mmstudio.resources`."""
