"""Texts of the codes the passport sections' rules report (issue 12,
``models/objects/section_validation.py``); ``ui/messages.py`` adds them to ``ISSUE_TEXTS``.
Same ``Messages`` context as every other message."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PASSPORT_ISSUE_TEXTS: dict[str, object] = {
    "reinspection_reason_missing": QT_TRANSLATE_NOOP(
        "Messages", "A re-inspection should say why it was made: choose the reason."
    ),
    "reinspection_reason_on_first": QT_TRANSLATE_NOOP(
        "Messages", "A first passport is not a re-inspection: leave the reason empty."
    ),
    "route_fitted_without_levels": QT_TRANSLATE_NOOP(
        "Messages",
        "The route has no level differences, yet they are marked as fitted: check both answers.",
    ),
    "works_period_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The works cannot end before they start: check the period."
    ),
    "date_too_early": QT_TRANSLATE_NOOP("Messages", "Check the date: it is before {year}."),
    "expected_categories_required": QT_TRANSLATE_NOOP(
        "Messages",
        "An expected status ДП-И or ДЧ-И names its categories: tick at least one.",
    ),
    "expected_categories_forbidden": QT_TRANSLATE_NOOP(
        "Messages",
        "Only an expected status ДП-И, ДЧ-И or ДУ names categories: clear the ticks.",
    ),
    "section_date_after_passport": QT_TRANSLATE_NOOP(
        "Messages",
        "This date is after the passport (decision) date: the questionnaire and the act come "
        "before the decision.",
    ),
}
