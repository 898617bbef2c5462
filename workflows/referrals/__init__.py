"""Victim referrals (plan II.4, Law 53/2024): the one process carrying personal data."""
