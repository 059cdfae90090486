"""Reference data: code lists, the office and its hierarchy, accounts, settlements,
domain settings, the guard on coded columns, and identifiers (IIN, BIN, KATO).
"""
