"""Infrastructure objects: the register, accessibility passports and their rules (levels,
statuses, the A1 share), the objects repository and validation, the registry store and
registration dates.
"""
