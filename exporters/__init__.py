"""File formats: registry import/template, printed documents, report packages (no Qt here)."""
