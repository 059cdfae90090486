"""Batch commands of ``main.py`` (no Qt here)."""
