"""The addresses the map page uses; all under one local URL scheme, nothing on the internet.

Kept free of imports so that registering the scheme (which must happen before the Qt
application exists) pulls in nothing else.
"""

from __future__ import annotations

SCHEME = "surveyor"
ASSET_BASE = f"{SCHEME}://app/web/"
PAGE_URL = ASSET_BASE + "map.html"  # resources/web/map.html
DATA_URL = f"{SCHEME}://app/data/"
TILE_URL = SCHEME + "://tiles/{id}/{z}/{x}/{y}"
# {key} changes whenever the online settings do, so the browser never reuses tiles it holds
# from another source (or from before the user went offline).
ONLINE_TILE_URL = SCHEME + "://online/{key}/{z}/{x}/{y}"

# The pages' Content-Security-Policy, in each page's <meta> (a test checks they match). Not
# also sent as a header: PySide6 6.12 cannot pass the header map to
# QWebEngineUrlRequestJob.setAdditionalResponseHeaders (its QMultiMap argument fails the type
# check for any Python value). Both pages show other people's text (known-cameras files, basemap
# credits, volunteers' pseudonyms): only the scripts and styles we ship run, nothing inline,
# no eval, and nothing is fetched from outside our scheme.
_POLICY = (
    f"default-src 'none'; script-src {SCHEME}://app; style-src {SCHEME}://app; "
    f"img-src {SCHEME}: data:; connect-src {SCHEME}:; font-src {SCHEME}://app; "
    "base-uri 'none'; form-action 'none'"
)
PAGE_POLICIES = {"map.html": _POLICY, "review_map.html": _POLICY}
