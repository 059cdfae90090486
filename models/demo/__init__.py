"""Demo data for training and benchmarks: objects, settlements, families and cases, and the
names they are made from.
"""
