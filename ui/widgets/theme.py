"""The colours of states, one home for every widget that shows an error, a warning or success.

STYLE.md §4: an error is red (text, and a frame around the field), a warning amber (text only),
a success green. Every label, frame and table cell that marks one takes its colour from here.
"""

from __future__ import annotations

#: Text and frame colour of an error.
ERROR_COLOUR = "#b00020"
#: Text colour of a warning (a field is not framed for it).
WARNING_COLOUR = "#8a5a00"
#: Text colour of a success (a package verified, a measurement within its norm).
OK_COLOUR = "#1b5e20"

#: Style sheet of a label saying an error.
ERROR_STYLE = f"color: {ERROR_COLOUR};"
#: Style sheet of a label saying a warning.
WARNING_STYLE = f"color: {WARNING_COLOUR};"


def invalid_frame(selector: str = "") -> str:
    """Return the style sheet framing a field in the error colour (``selector``: e.g. QComboBox)."""
    rule = f"border: 1px solid {ERROR_COLOUR};"
    return f"{selector} {{ {rule} }}" if selector else rule
