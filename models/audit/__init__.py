"""The audit trail: who changed, opened, printed or exported what, and when (issue 8)."""
