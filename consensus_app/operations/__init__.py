"""Every edit as a named operation: validated, written with version checks, reversible,
and telling the views what it changed. Qt-free; the window runs them (ui/controller.py).
"""
