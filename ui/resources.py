"""Bundled resources for the UI (one place that knows where ``resources/`` is)."""

from models.paths import resource_path

__all__ = ["resource_path"]
