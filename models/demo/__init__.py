"""Demo data for training and benchmarks: objects, settlements, families and cases, and the
names they are made from.
"""

#: Objects and families a training store gets by default (the GUI's dialog and ``demo``):
#: enough for every page, work list and stage of the case life cycle to show something.
DEFAULT_OBJECTS = 200
DEFAULT_FAMILIES = 60
