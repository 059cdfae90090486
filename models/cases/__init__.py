"""Family-support cases: the life cycle and its rules (stages, transitions), the case steps
and the work lists.
"""
