"""The three steps of a tab, one panel each: gather examples, train, try the model.

Each panel owns its widgets and follows the tab's Session; it calls the tab only through the documented
hooks of ModalityTab. What one panel needs from another goes through the session or a Qt signal the tab wires.
"""
