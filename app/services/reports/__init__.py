"""Reports: builders return ``TableReport`` data; renderers write it to xlsx or PDF."""

from app.services.reports.model import Column, TableReport

__all__ = ["Column", "TableReport"]
