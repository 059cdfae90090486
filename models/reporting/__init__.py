"""Period reports: periods, the figures (A1 to B3), data quality, the report DTOs, received
packages and their consolidation.
"""
