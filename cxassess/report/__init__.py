"""PDF reports and charts (matplotlib and reportlab, imported lazily)."""
