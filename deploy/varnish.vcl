vcl 4.1;
# The HTTP cache in front of the portal. Anonymous GETs of public pages are cached as the
# application's Cache-Control says (portal/http_cache.py); anything with a session cookie,
# the admin, the workspace and sign-in pages always go to the application. The application
# sends "BAN" with "X-Ban-Url" when content is published.

import std;

backend default {
    .host = "${BACKEND_HOST}";
    .port = "${BACKEND_PORT}";
    .first_byte_timeout = 60s;
}

acl purgers {
    "127.0.0.1";
    "::1";
    ${EXTRA_PURGERS}
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(403, "Forbidden"));
        }
        ban("req.url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Never from the cache: signed-in users and the private parts of the portal.
    if (req.http.Cookie ~ "sessionid=" || req.http.Authorization) {
        return (pass);
    }
    if (req.url ~ "^/(en/)?(admin|workspace|accounts|search/staff)(/|$)" || req.url ~ "^/healthz") {
        return (pass);
    }
    # The URL carries the language (/ or /en/); cookies other than the session's are not
    # read by public pages.
    unset req.http.Accept-Language;
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Only what the application marked public is kept; everything else is passed on.
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.grace = 30s;
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
