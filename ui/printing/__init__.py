"""Printouts: the accessibility passport now, case summaries and period reports later."""
