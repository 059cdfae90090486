"""The sections of the passport form beyond its first five tabs (issue 12): §2 activity, §3.1-3.2
the route, the zone annexes, the photo annex, §4 and §5, each a :class:`section.PassportSection`.
"""
