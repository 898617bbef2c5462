"""The append-only audit log of every read, change, export and print of case data."""
