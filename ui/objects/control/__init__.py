"""State control of objects and re-inspection triggers in the GUI (issue 12, brief §2.2)."""
