"""HTTP for API connectors: bounded retries with back-off, rate limits, checkpointed paging.

Rate limits are respected from `Retry-After` and the platforms' own headers (X
`x-rate-limit-*`, Bluesky `ratelimit-*`, Mastodon `X-RateLimit-*`); a wait longer than
`max_wait` stops the run with :class:`ConnectorInterrupted`, which keeps what was read and lets
the next run resume from the checkpoint. Secrets never reach a message: every error text goes
through the run's redactor.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

from netra.ingest.connectors.base import (
    Checkpoint,
    ConnectorError,
    ConnectorInterrupted,
    RunContext,
)

T = TypeVar("T")
RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
# (remaining, reset) header pairs: X, Bluesky (IETF draft), Mastodon.
RATE_HEADERS = (
    ("x-rate-limit-remaining", "x-rate-limit-reset"),
    ("ratelimit-remaining", "ratelimit-reset"),
)
USER_AGENT = "Netra/0.1 (civil-service neutrality monitoring)"


def parse_reset(value: str | None, now: datetime) -> float | None:
    """Seconds from `now` until a reset given as epoch seconds, seconds, ISO or HTTP date."""
    if not value:
        return None
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None:
        if number > 1e9:  # an epoch time
            return max(0.0, number - now.timestamp())
        return max(0.0, number)
    when: datetime | None = None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, float((when - now).total_seconds()))


class ApiClient:
    """A small JSON-over-HTTP client with the retry and rate-limit rules above."""

    def __init__(
        self,
        ctx: RunContext,
        *,
        platform: str,
        base_url: str,
        headers: dict[str, str] | None = None,
        max_retries: int = 5,
        backoff: float = 2.0,
        max_backoff: float = 120.0,
        max_wait: float = 900.0,
        timeout: float = 30.0,
    ) -> None:
        self.ctx = ctx
        self.platform = platform
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_wait = max_wait
        self.requests = 0
        self.slept = 0.0
        self._wait_before_next = 0.0
        self._random = random.Random()
        self._client = httpx.Client(
            base_url=base_url,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            transport=ctx.transport,
            timeout=timeout,
            follow_redirects=True,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sleep(self, seconds: float, why: str) -> None:
        if seconds > self.max_wait:
            raise ConnectorInterrupted(
                f"{self.platform}: {why}; the wait ({seconds:.0f} s) is longer than max_wait "
                f"({self.max_wait:.0f} s)"
            )
        if seconds > 0:
            self.ctx.log.info("%s: waiting %.1f s (%s)", self.platform, seconds, why)
            self.ctx.sleep(seconds)
            self.slept += seconds

    def _backoff(self, attempt: int) -> float:
        base = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return base * (0.5 + self._random.random() / 2)  # jitter: clients do not retry in step

    def _note_rate(self, resp: httpx.Response) -> None:
        now = self.ctx.now()
        for remaining_name, reset_name in (
            *RATE_HEADERS,
            ("x-ratelimit-remaining", "x-ratelimit-reset"),
        ):
            remaining = resp.headers.get(remaining_name)
            if remaining is None:
                continue
            try:
                left = int(float(remaining))
            except ValueError:
                continue
            if left <= 0:
                self._wait_before_next = parse_reset(resp.headers.get(reset_name), now) or 0.0
            return

    def get(self, path: str, params: dict[str, Any] | None = None) -> httpx.Response:
        """GET with retries; raises ConnectorError (refused) or ConnectorInterrupted (stopped)."""
        redact = self.ctx.redactor.redact
        attempt = 0
        while True:
            if self._wait_before_next:
                wait, self._wait_before_next = self._wait_before_next, 0.0
                self._sleep(wait, "rate limit reached, waiting for its reset")
            try:
                resp = self._client.get(path, params=params)
            except httpx.TransportError as exc:
                attempt += 1
                if attempt > self.max_retries:
                    raise ConnectorInterrupted(
                        f"{self.platform}: network error after {attempt} tries: "
                        f"{redact(f'{type(exc).__name__}: {exc}')}"
                    ) from None
                self._sleep(self._backoff(attempt), redact(f"network error: {exc}"))
                continue
            self.requests += 1
            self._note_rate(resp)
            status = resp.status_code
            if status in RETRY_STATUS or self._retryable_403(resp):
                attempt += 1
                if attempt > self.max_retries:
                    raise ConnectorInterrupted(
                        f"{self.platform}: HTTP {status} {attempt} times in a row; stopped"
                    )
                after = parse_reset(resp.headers.get("retry-after"), self.ctx.now())
                if after is None and status == 429 and self._wait_before_next:
                    after, self._wait_before_next = self._wait_before_next, 0.0
                self._sleep(
                    after if after is not None else self._backoff(attempt), f"HTTP {status}"
                )
                continue
            if status >= 400:
                self._fail(resp)
            return resp

    def json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET and decode JSON."""
        resp = self.get(path, params)
        try:
            return resp.json()
        except ValueError:
            raise ConnectorError(
                f"{self.platform}: the answer to {self.ctx.redactor.redact(path)} is not JSON"
            ) from None

    def _retryable_403(self, resp: httpx.Response) -> bool:
        """YouTube signals short-term rate limits as 403 rateLimitExceeded."""
        if resp.status_code != 403:
            return False
        reasons = _google_reasons(resp)
        if reasons & {"quotaExceeded", "dailyLimitExceeded"}:
            raise ConnectorInterrupted(
                f"{self.platform}: the API's daily quota is used up; run again after it resets"
            )
        return bool(reasons & {"rateLimitExceeded", "userRateLimitExceeded"})

    def _fail(self, resp: httpx.Response) -> None:
        redact = self.ctx.redactor.redact
        detail = redact(resp.text[:300].replace("\n", " ")) if resp.content else ""
        where = redact(str(resp.request.url.copy_with(query=None)))
        if resp.status_code in (401, 403):
            raise ConnectorError(
                f"{self.platform} refused the request (HTTP {resp.status_code}): check the token "
                f"or key and its permissions ({where}: {detail})"
            )
        raise ConnectorError(f"{self.platform}: HTTP {resp.status_code} from {where}: {detail}")


def _google_reasons(resp: httpx.Response) -> set[str]:
    try:
        body = resp.json()
    except ValueError:
        return set()
    errors = body.get("error", {}).get("errors", []) if isinstance(body, dict) else []
    return {str(e["reason"]) for e in errors if isinstance(e, dict) and e.get("reason")}


def paged(
    checkpoint: Checkpoint,
    stream: str,
    fetch: Callable[[str | None], tuple[list[T], str | None]],
    *,
    key: Callable[[T], str | None] | None = None,
    max_pages: int = 10,
) -> Iterator[T]:
    """Items of a paginated, newest-first stream, resumable from the checkpoint.

    The cursor advances only after a page's items were all yielded, so an interrupted run
    fetches that page again (event ids make that harmless). When a pass reaches the end, or an
    item no newer than the previous pass's newest (`key`, an ISO time in UTC), the pass is
    complete and the next one starts from the first page again.
    """
    state = checkpoint.stream(stream)
    stop_at = state.get("stop_at")
    cursor = state.get("cursor")
    pages = 0
    while pages < max_pages:
        items, next_cursor = fetch(cursor)
        pages += 1
        if key is not None and items and state.get("pass_top") is None:
            state["pass_top"] = key(items[0])
        reached = False
        for item in items:
            stamp = key(item) if key is not None else None
            if stop_at and stamp and stamp <= stop_at:
                reached = True
                break
            yield item
        if reached or not next_cursor or not items:
            tops = [t for t in (state.get("pass_top"), stop_at) if t]
            state["stop_at"] = max(tops) if tops else None
            state["cursor"] = None
            state.pop("pass_top", None)
            state["passes"] = int(state.get("passes", 0)) + 1
            return
        cursor = state["cursor"] = next_cursor
