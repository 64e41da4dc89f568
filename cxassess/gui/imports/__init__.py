"""Bringing answers in: merging participant files and previewing a spreadsheet import."""
