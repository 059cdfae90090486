"""Widgets shared by the features: date and number fields, inline field errors, field forms,
row lists, the settlement picker, the period picker, findings panel and dialog parts.
"""
