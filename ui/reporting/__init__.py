"""Period reports: the dashboard and its charts, the reporting page, the data-quality dialog,
the export wizard, receiving packages and the printed period report.
"""
