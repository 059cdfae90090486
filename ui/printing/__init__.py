"""Shared printout code: the print preview with PDF saving (document) and the HTML pieces and
value formatting every printout uses (formatting).
"""
