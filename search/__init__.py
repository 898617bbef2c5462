"""Search: backend selection, Vietnamese folding, public and staff search."""
