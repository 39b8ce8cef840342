"""YouTube Data API v3: the comment threads on a channel's newest videos."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from netra.ingest.connectors.base import (
    Connector,
    ConnectorError,
    Event,
    Note,
    Parameter,
    Record,
    RunContext,
)
from netra.ingest.connectors.common import clean_text, event_id, iso_utc, make_event
from netra.ingest.connectors.webapi import ApiClient, paged

PLATFORM = "youtube"
SOURCE = "youtube-api"
MAX_WAIT = Parameter(
    "max_wait",
    "longest wait for a rate limit, in seconds, before stopping",
    type="float",
    default=900.0,
)


def _author(snippet: dict[str, Any]) -> dict[str, Any]:
    name = clean_text(snippet.get("authorDisplayName"))
    channel = snippet.get("authorChannelId")
    return {
        "user_id": channel.get("value") if isinstance(channel, dict) else None,
        # Since 2024 the display name is the channel's @handle.
        "handle": name if name and name.startswith("@") else None,
        "display_name": name,
    }


class YouTubeConnector(Connector):
    """Connector `youtube`."""

    name = "youtube"
    label = "YouTube Data API v3 (comments on a channel's videos)"
    needs_source = False
    resumable = True
    parameters = (
        Parameter("api_key", "YouTube Data API key", required=True),
        Parameter(
            "channel_id", "the channel (UC…) whose videos' comments are collected", required=True
        ),
        Parameter("max_videos", "newest videos to read comments of", type="int", default=20),
        Parameter(
            "max_pages", "pages of 100 comment threads per video and run", type="int", default=10
        ),
        MAX_WAIT,
        Parameter(
            "base_url", "API root", type="url", default="https://www.googleapis.com/youtube/v3"
        ),
    )
    sensitive_parameters = frozenset({"api_key"})
    reads = "commentThreads (top-level comments and their replies) of the channel's uploads"
    cannot_see = (
        "likes and dislikes (only counts), who subscribed, comments held for review or "
        "removed, more than 5 replies of a thread beyond those the thread carries"
    )

    def records(self, ctx: RunContext) -> Iterator[Record]:
        """Comments and replies on the channel's newest uploads."""
        key = str(ctx.param("api_key"))
        channel_id = str(ctx.param("channel_id"))
        with ApiClient(
            ctx,
            platform=PLATFORM,
            base_url=str(ctx.param("base_url")),
            # A header, not the `key` query parameter: URLs end up in proxies' and libraries' logs.
            headers={"X-goog-api-key": key},
            max_wait=float(ctx.param("max_wait")),
        ) as api:
            body = api.json("/channels", {"part": "contentDetails,snippet", "id": channel_id})
            items = body.get("items") if isinstance(body, dict) else None
            if not items:
                raise ConnectorError(f"youtube: channel {channel_id} not found")
            uploads = items[0].get("contentDetails", {}).get("relatedPlaylists", {}).get("uploads")
            if not uploads:
                raise ConnectorError(f"youtube: channel {channel_id} lists no uploads")
            videos: list[str] = []
            token: str | None = None
            while len(videos) < int(ctx.param("max_videos")):
                params = {
                    "part": "contentDetails",
                    "playlistId": uploads,
                    "maxResults": 50,
                }
                if token:
                    params["pageToken"] = token
                page = api.json("/playlistItems", params)
                for item in page.get("items", []):
                    vid = item.get("contentDetails", {}).get("videoId")
                    if isinstance(vid, str):
                        videos.append(vid)
                token = page.get("nextPageToken")
                if not token:
                    break
            videos = videos[: int(ctx.param("max_videos"))]
            yield Note(f"youtube: {len(videos)} video(s) of channel {channel_id}")
            for video in videos:
                yield from self._threads(ctx, api, channel_id, video)

    def _threads(
        self, ctx: RunContext, api: ApiClient, channel_id: str, video: str
    ) -> Iterator[Record]:
        def fetch(cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
            params = {
                "part": "snippet,replies",
                "videoId": video,
                "maxResults": 100,
                "order": "time",
                "textFormat": "plainText",
            }
            if cursor:
                params["pageToken"] = cursor
            page = api.json("/commentThreads", params)
            return [i for i in page.get("items", []) if isinstance(i, dict)], page.get(
                "nextPageToken"
            )

        def stamp(thread: dict[str, Any]) -> str | None:
            top = thread.get("snippet", {}).get("topLevelComment", {}).get("snippet", {})
            return iso_utc(top.get("publishedAt"))

        url = f"https://www.youtube.com/watch?v={video}"
        for thread in paged(
            ctx.checkpoint,
            f"comments:{video}",
            fetch,
            key=stamp,
            max_pages=int(ctx.param("max_pages")),
        ):
            top = thread.get("snippet", {}).get("topLevelComment", {})
            yield from self._comment(
                top,
                "comment",
                {
                    "post_id": video,
                    "author_user_id": channel_id,
                    "url": url,
                },
                url,
            )
            parent_author = _author(top.get("snippet", {}))
            for reply in thread.get("replies", {}).get("comments", []) or []:
                yield from self._comment(
                    reply,
                    "reply",
                    {
                        "post_id": top.get("id"),
                        "author_user_id": parent_author["user_id"],
                        "author_handle": parent_author["handle"],
                        "url": url,
                    },
                    url,
                )

    def _comment(
        self, comment: dict[str, Any], action: str, target: dict[str, Any], url: str
    ) -> Iterator[Record]:
        snippet = comment.get("snippet", {})
        actor = _author(snippet)
        comment_id = comment.get("id")
        if not isinstance(comment_id, str) or not (actor["user_id"] or actor["handle"]):
            return
        text = clean_text(snippet.get("textOriginal")) or clean_text(snippet.get("textDisplay"))
        yield Event(
            make_event(
                platform=PLATFORM,
                action=action,
                event_id=event_id(
                    PLATFORM, comment_id, action, actor["user_id"] or actor["handle"]
                ),
                actor=actor,
                occurred_at=clean_text(snippet.get("publishedAt")),
                target=target,
                text=text,
                url=f"{url}&lc={comment_id}",
                source=SOURCE,
            ),
            file=f"commentThreads:{target['post_id']}",
        )
