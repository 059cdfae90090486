"""The bulk import of an object register (issue 9): the fast Core write path (``store``), its
audit (``audit``) and the approved-period lock of its steps (``lock``)."""
