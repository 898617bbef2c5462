"""``make bench``: the portal as in production under load, measured and reported.

``portal.bench.run`` orchestrates (PostgreSQL database, gunicorn, Varnish, wrk);
``manage.py bench_prepare`` generates the data and lists the scenarios; apps contribute
through a ``bench`` module (see ``portal.bench.hooks``).
"""
