"""Importers: one module per kind of file over the small base in ``base.py`` (file checks,
row errors, the write loop, the import's audit entry), the cell parsers in ``cells.py``, bulk
writing of new records in ``bulk.py``, and every import listed once in ``registry.py``."""
