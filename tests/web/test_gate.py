"""PageGate: page reads a few at a time, in arrival order; writes and static files pass."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from netra.web.app import PageGate


def _scope(method: str = "GET", path: str = "/review") -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "headers": []}


def test_at_most_slots_pages_at_once_and_first_come_first_served() -> None:
    running, peak, order = [0], [0], []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        order.append(scope["n"])
        await asyncio.sleep(0.01)
        running[0] -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    gate = PageGate(app, slots=2)

    async def send(message: Any) -> None:
        return None

    async def main() -> None:
        await asyncio.gather(*(gate(dict(_scope(), n=i), None, send) for i in range(10)))

    asyncio.run(main())
    assert peak[0] == 2
    assert order == list(range(10))


def test_writes_and_static_files_do_not_wait_and_errors_free_the_slot() -> None:
    calls: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        calls.append(f"{scope['method']} {scope['path']}")
        if scope["path"] == "/boom":
            raise RuntimeError("boom")

    gate = PageGate(app, slots=1)

    async def send(message: Any) -> None:
        return None

    async def main() -> None:
        for _ in range(3):  # a failing page gives its slot back, or the next would hang
            with pytest.raises(RuntimeError):
                await gate(_scope(path="/boom"), None, send)
        sem = next(iter(gate._sems.values()))
        await sem.acquire()  # hold the only slot: POST and static must still pass
        await asyncio.wait_for(gate(_scope("POST", "/login"), None, send), 1)
        await asyncio.wait_for(gate(_scope(path="/static/netra.css"), None, send), 1)
        sem.release()
        await asyncio.wait_for(gate(_scope(), None, send), 1)

    asyncio.run(main())
    assert calls[-3:] == ["POST /login", "GET /static/netra.css", "GET /review"]
