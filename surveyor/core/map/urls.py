"""The addresses the map page uses; all under one local URL scheme, nothing on the internet.

Kept free of imports so that registering the scheme (which must happen before the Qt
application exists) pulls in nothing else.
"""

from __future__ import annotations

SCHEME = "surveyor"
ASSET_BASE = f"{SCHEME}://app/web/"
PAGE_URL = f"{SCHEME}://app/map.html"
DATA_URL = f"{SCHEME}://app/data/"
TILE_URL = SCHEME + "://tiles/{id}/{z}/{x}/{y}"
# {key} changes whenever the online settings do, so the browser never reuses tiles it holds
# from another source (or from before the user went offline).
ONLINE_TILE_URL = SCHEME + "://online/{key}/{z}/{x}/{y}"
