"""Family-support cases: the cases page and work lists, the case card, its step dialogs and
forms, the case table model and the printed case summary.
"""
