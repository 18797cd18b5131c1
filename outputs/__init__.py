"""Exports and imports of the Job Card: blank forms, filled xlsx / PDF / CSV, xlsx re-import, PDF uploads.

See docs/features/exports.md.
"""
