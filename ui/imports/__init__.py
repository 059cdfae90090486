"""The import wizard (issue 15, reporting.md §3.1): an office's own register or family list."""
