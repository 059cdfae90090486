"""Widgets shared by the features: date and number fields, inline field errors, field forms,
row lists, the settlement picker and its dialog, discard and dialog parts, the period picker,
and the findings panel with the finding texts it shows.
"""
