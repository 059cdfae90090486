"""The audit trail on screen: the history of a record and who opened a family (issue 8)."""
