"""Objects and their passports: the register page, object and passport dialogs and forms, the
registry import, the object table model and the printed passport.
"""
