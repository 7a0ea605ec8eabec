"""PageCalls without a browser: what reaches the page's web channel, in which order, and which
JSON documents stay served."""

from __future__ import annotations

import json

from surveyor.core.map.urls import DATA_URL
from surveyor.ui.map.bridge import MapBridge
from surveyor.ui.map.page_calls import PageCalls
from surveyor.ui.map.scheme import MapSchemeHandler


def recorder(qapp) -> tuple[PageCalls, list[tuple[str, list, bool]], MapSchemeHandler]:
    bridge, handler = MapBridge(), MapSchemeHandler()
    sent: list[tuple[str, list, bool]] = []
    bridge.pageCall.connect(
        lambda name, args, queued: sent.append((name, json.loads(args), queued))
    )
    calls = PageCalls(bridge, handler)
    calls.keep = (bridge, handler)  # type: ignore[attr-defined]  # alive as long as calls
    return calls, sent, handler


def test_before_the_page_listens_only_the_latest_call_of_each_kind_waits(qapp) -> None:
    calls, sent, _handler = recorder(qapp)
    calls.call("showTrack", [[1.0, 2.0]], key="track")
    calls.call("setPlacing", "photo", 3, key="placing")
    calls.call("showTrack", [[5.0, 6.0]], key="track")  # replaces the first track
    assert sent == []
    calls.page_ready()
    assert sent == [
        ("setPlacing", ["photo", 3], True),
        ("showTrack", [[[5.0, 6.0]]], True),
    ]
    calls.call("clearPreview", key="preview", queued=False)
    assert sent[-1] == ("clearPreview", [], False)


def test_arguments_travel_as_json_text_never_as_script(qapp) -> None:
    calls, sent, _handler = recorder(qapp)
    calls.page_ready()
    hostile = "</script><script>alert(1)</script>\u2028'); x('"
    calls.call("setBasemaps", [], hostile, key="basemaps")
    assert sent == [("setBasemaps", [[], hostile], True)]


def test_documents_are_served_until_the_page_is_done_with_them(qapp) -> None:
    calls, sent, handler = recorder(qapp)
    calls.page_ready()
    first = calls.push_document("known", [{"lat": 1}], "setKnown")
    second = calls.push_document("known", [{"lat": 2}], "setKnown")
    assert first != second and first.startswith(DATA_URL)
    assert sent[-1] == ("loadLatest", [second, "setKnown"], False)
    name = second.rsplit("/", 1)[-1]
    assert json.loads(handler.documents[name]) == [{"lat": 2}]
    # The page says it is done with both: the older goes, the newest stays for a reload.
    calls.bridge.documentDone(first)
    calls.bridge.documentDone(second)
    assert list(handler.documents) == [name]
    assert calls.served["known"] == [name]
    calls.forget_documents()
    assert handler.documents == {}


def test_a_page_that_stops_answering_keeps_at_most_32_documents(qapp) -> None:
    calls, _sent, handler = recorder(qapp)
    for _ in range(40):
        calls.push_bytes("data", b"{}", "setData")
    assert len(handler.documents) == 32 and len(calls.served["data"]) == 32
