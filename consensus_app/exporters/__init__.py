"""File formats that need no Qt."""
