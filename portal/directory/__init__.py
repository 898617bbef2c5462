"""The agency directory: administrative units, agencies, functions, legal references and
the dated memberships of users in agencies, all managed as data."""
