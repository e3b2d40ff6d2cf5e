"""URL canonicalisation and address safety.

``canonicalize`` gives one spelling per article so it is remembered once:
lower-case scheme and host, IDNA host, default port and fragment dropped,
tracking parameters (utm_*, fbclid, gclid...) removed, remaining query
parameters sorted, empty path made ``/``.

``check_url`` refuses anything but http(s) and, unless private addresses are
allowed, any host that is or resolves to a private, loopback, link-local,
multicast, reserved or unspecified address. It runs before every request and
every redirect hop.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

ALLOWED_SCHEMES = ("http", "https")

#: Exact query parameter names dropped as tracking.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ocid",
        "cmpid",
        "ito",
        "at_medium",
        "at_campaign",
        "ref_src",
        "ref_url",
        "s_cid",
        "wt_mc",
        "wt.mc_id",
        "xtor",
        "spm",
        "vero_id",
        "oly_enc_id",
        "oly_anon_id",
        "rb_clickid",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "smid",
        "sr_share",
    }
)
#: Parameter name prefixes dropped as tracking.
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_", "at_", "__hs")


class UnsafeURLError(ValueError):
    """A URL refused by the safety rules (scheme, address)."""


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def canonicalize(url: str, base: str | None = None) -> str:
    """Canonical form of an absolute http(s) URL (see the module docstring).

    ``base`` resolves a relative URL first. Raises UnsafeURLError for another
    scheme or a URL without a host.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"scheme {scheme or '(none)'!r} is not http(s)")
    host = parts.hostname
    if not host:
        raise UnsafeURLError("URL has no host")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host.lower()
    except UnicodeError:
        raise UnsafeURLError(f"host {host!r} is not a valid name") from None
    host = host.rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        raise UnsafeURLError("invalid port") from None
    if port is not None and port != (80 if scheme == "http" else 443):
        host = f"{host}:{port}"
    # userinfo is dropped: credentials never belong in a stored or logged URL.
    # Existing %-escapes are kept as they are (%2F is not a slash); only unsafe
    # characters (spaces, non-ASCII) are escaped.
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    query.sort()
    return urlunsplit((scheme, host, path, urlencode(query, doseq=True), ""))


def host_key(url: str) -> str:
    """scheme://host[:port], the unit of politeness and of robots.txt."""
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc.rsplit('@', 1)[-1].lower()}"


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global  # shared address space (100.64/10), documentation ranges...
        or (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local)
    )


async def check_url(url: str, *, allow_private: bool) -> None:
    """Raise UnsafeURLError unless the URL is http(s) and (if required) has only public addresses.

    Every address the name resolves to must be public: a name with one public and
    one private address is refused. (The connection resolves the name again; a
    DNS server that answers differently the second time is a known limit,
    documented in docs/ingestion.md.)
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"scheme {parts.scheme or '(none)'!r} is not http(s)")
    host = parts.hostname
    if not host:
        raise UnsafeURLError("URL has no host")
    if allow_private:
        return
    await resolve_public(host, parts.port or 0)


async def resolve_public(host: str, port: int) -> list[str]:
    """The addresses of ``host``, all public, or UnsafeURLError.

    Used twice: by :func:`check_url` before a request (a clear dead-letter reason)
    and by the client's connection backend at connect time, which then connects to
    the very address it checked -- so a DNS answer that changes between the check
    and the connection (DNS rebinding) cannot reach a private address.
    """
    try:
        addresses = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        if host.lower() == "localhost" or host.lower().endswith(".localhost"):
            raise UnsafeURLError(f"host {host!r} is loopback") from None
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise UnsafeURLError(f"cannot resolve {host!r}: {exc.strerror or exc}") from None
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    for ip in addresses:
        if not is_public_address(ip):
            raise UnsafeURLError(f"host {host!r} has non-public address {ip}")
    return [str(ip) for ip in addresses]


#: Query parameters whose values are masked in logs and dead letters.
SENSITIVE_PARAMS = (
    "key",
    "token",
    "secret",
    "password",
    "passwd",
    "sig",
    "signature",
    "auth",
    "session",
    "apikey",
    "api_key",
    "access_token",
    "code",
)


def safe_url(url: str) -> str:
    """A URL safe to log: password and credential-like query values masked."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if parts.password is not None:
            netloc = f"{parts.username or ''}:****@{netloc.rsplit('@', 1)[1]}"
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            masked = [
                (k, "****" if any(s in k.lower() for s in SENSITIVE_PARAMS) else v)
                for k, v in pairs
            ]
            query = urlencode(masked, safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return "<unparseable url>"
