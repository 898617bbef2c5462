"""The Django project of the anti-trafficking portal: settings, URLs, base templates,
the agency directory, accounts and the cross-cutting core."""
