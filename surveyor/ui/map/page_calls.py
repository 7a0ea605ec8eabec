"""The calls the map panel makes into its page, and the JSON documents it hands over.

Every call reaches the page as the bridge's ``pageCall`` signal on the web channel: a
``SurveyorMap`` function name and its arguments as JSON text, never script source built from
data, so the page can forbid inline script and eval. Documents too big for a signal (20,000
cameras) are served on the ``surveyor:`` scheme under a name used once, and the page is told
to fetch the newest of each kind.
"""

from __future__ import annotations

import itertools

from surveyor.core.map.page import DATA_URL, encode_json
from surveyor.ui.map.bridge import MapBridge
from surveyor.ui.map.scheme import MapSchemeHandler

_DOCUMENT_NUMBERS = itertools.count(1)
# Documents of one kind the page has not yet said it is done with; past this many, the oldest
# go anyway (the page skips superseded ones, so only a page that stopped answering hits it).
_DOCUMENTS_KEPT = 32


def unique_number() -> int:
    """A number never handed out before in this process (document names, cache keys)."""
    return next(_DOCUMENT_NUMBERS)


class PageCalls:
    """Calls into one map page, in order; before the page is up, the latest call of each kind."""

    def __init__(self, bridge: MapBridge, handler: MapSchemeHandler) -> None:
        self.bridge = bridge
        self.handler = handler
        self.is_ready = False
        self._pending: list[tuple[str, str, str, bool]] = []  # (key, function, args, queued)
        # Documents handed to the page, newest last per kind. A superseded one is dropped once
        # the page says it is done with it (it may be fetching it right now), or when too many
        # wait: dropping it earlier made the page log "data-4.json: 404" on quick edits.
        self.served: dict[str, list[str]] = {}
        bridge.document_done.connect(self._on_document_done)

    def call(self, function: str, *args: object, key: str, queued: bool = True) -> None:
        """``SurveyorMap.<function>(*args)``; ``queued`` calls wait behind any data loading,
        so calls keep their order."""
        payload = encode_json(list(args))
        if self.is_ready:
            self.bridge.pageCall.emit(function, payload, queued)
            return
        self._pending = [p for p in self._pending if p[0] != key]
        self._pending.append((key, function, payload, queued))

    def page_ready(self) -> None:
        """The page is listening: send what was asked for before it was."""
        self.is_ready = True
        pending, self._pending = self._pending, []
        for _key, function, payload, queued in pending:
            self.bridge.pageCall.emit(function, payload, queued)

    def push_document(self, kind: str, value: object, function: str) -> str:
        """Hand a (possibly megabytes-large) JSON document to ``SurveyorMap.<function>``."""
        return self.push_bytes(kind, encode_json(value).encode(), function)

    def push_bytes(self, kind: str, document: bytes, function: str) -> str:
        """Serve ``document`` and tell the page to load it; returns its URL."""
        # A name never used before in this process: the browser must not serve an older copy.
        name = f"{kind}-{unique_number()}.json"
        documents = self.handler.documents
        names = self.served.setdefault(kind, [])
        names.append(name)
        while len(names) > _DOCUMENTS_KEPT:
            documents.pop(names.pop(0), None)
        documents[name] = document
        url = DATA_URL + name
        # loadLatest queues the load itself and skips it if a newer document of this kind
        # arrives first: the older one is gone from the handler by then (no 404 in the log).
        self.call("loadLatest", url, function, key=kind, queued=False)
        return url

    def forget_documents(self) -> None:
        """Stop serving every document of this page (it is going away)."""
        for names in self.served.values():
            for name in names:
                self.handler.documents.pop(name, None)
        self.served.clear()

    def close(self) -> None:
        """Stop listening to the bridge (a page that outlives these calls)."""
        self.bridge.document_done.disconnect(self._on_document_done)

    def _on_document_done(self, url: str) -> None:
        """The page loaded (or skipped) a document: drop it unless it is its kind's newest."""
        name = url.rsplit("/", 1)[-1]
        for names in self.served.values():
            if name in names and name != names[-1]:
                names.remove(name)
                self.handler.documents.pop(name, None)
