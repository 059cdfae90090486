"""Accounts in the GUI (issue 8, reporting.md §5): logging in, passwords, the recovery key, the
idle lock, the users dialog and what each role is shown."""
