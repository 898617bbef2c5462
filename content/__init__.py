"""Awareness materials: material pages and files, taxonomy, sharing, metrics, feeds."""
