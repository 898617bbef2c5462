"""iCalendar (RFC 5545) export of events, written by hand: a few properties, correctly
escaped and folded, need no extra dependency."""

import datetime

from django.http import HttpResponse
from django.utils import timezone

PRODID = "-//Cong phoi hop phong, chong mua ban nguoi//Su kien//VI"


def _escape(text: str) -> str:
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Folds a content line at 75 octets without splitting a UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not out else 74  # continuation lines start with a space
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _utc(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(event, request) -> list[str]:
    """The VEVENT of one event page, with its absolute URL as the description's end."""
    url = event.get_full_url(request)
    host = request.get_host().split(":")[0] or "portal"
    end = event.end or event.start + datetime.timedelta(hours=2)
    location = ", ".join(filter(None, [event.venue, event.address])) or event.online_url
    description = "\n\n".join(filter(None, [event.summary, url]))
    stamp = event.last_published_at or timezone.now()
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.translation_key}-{event.locale_id}@{host}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(event.start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{_escape(event.title)}",
        f"DESCRIPTION:{_escape(description)}",
    ]
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def build_calendar(events, request) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines.extend(event_lines(event, request))
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def calendar_response(request, events, filename: str) -> HttpResponse:
    response = HttpResponse(
        build_calendar(events, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
