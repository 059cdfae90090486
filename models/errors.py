"""The one base of expected refusals (qutebrowser's ``KnownError``).

An expected refusal is something the user or the environment caused and can act on: invalid
data (:class:`~models.issues.ValidationError`), an import or package the rules reject, a
store that is too new, a cancelled job. Code that catches failures wholesale (the GUI's workers)
treats a :class:`QoldauError` as a message for the user and anything else as a bug, logged with
its traceback and shown with copyable details.

Every expected-refusal class derives from :class:`QoldauError`; one that also fits a built-in
family keeps it as a second base (``TransitionError(QoldauError, ValueError)``), so existing
``except ValueError`` callers still catch it.
"""

from __future__ import annotations


class QoldauError(Exception):
    """An expected refusal: its message, or its attributes, are for the user, not a bug report."""
