"""Importers: one module per kind of file, over the small base in ``base.py``."""
