"""Consensus: map buying committees, find shared themes, draft common-language messages."""

__version__ = "0.1.0"
