"""Qt views: the only layer that imports PySide6."""
