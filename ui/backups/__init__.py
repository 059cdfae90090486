"""Backups in the GUI (issue 8): automatic ones on exit and daily, "Back up now", restore and
the backup settings."""
