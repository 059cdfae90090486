"""Families and their members: people, IINs, name keys, duplicates, their validation and
repository.
"""
