"""The pure-Python core: questionnaires, assessment documents, storage and scoring.

Nothing under this package imports Qt, matplotlib or reportlab.
"""
