"""Families and members: the families page, family and member dialogs and forms, the duplicate
check and the member table model.
"""
