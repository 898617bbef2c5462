"""The public page of referral statistics: aggregates only, small counts suppressed."""

from django.shortcuts import render
from django.views.decorators.cache import cache_page

from portal.directory.dates import today

from .stats import THRESHOLD, public_statistics


@cache_page(60 * 15)
def referral_statistics(request):
    """Counts of cases received, by channel, sex, age band and exploitation type."""
    year = request.GET.get("nam", "")
    year = int(year) if year.isdigit() and 2000 <= int(year) <= today().year else None
    return render(
        request,
        "referrals/statistics.html",
        {"stats": public_statistics(year), "year": year, "threshold": THRESHOLD},
    )
