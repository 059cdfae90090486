"""The objects' printouts (issue 12): the accessibility passport section by section with its
zone, measurement and photo annexes (``passport``, ``passport_sections``, ``passport_annexes``,
``photo_annex``), the blank passport and the inspection checklist (``blank``), their words in
the print language (``labels``) and the pieces they share (``common``)."""
