"""X API v2: a user's tweets, their quote tweets, retweeters and replies (recent search)."""

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
from netra.ingest.connectors.youtube import MAX_WAIT

PLATFORM = "x"
SOURCE = "x-api"
TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets"
USER_FIELDS = "username,name,description,location"
EXPANSIONS = "author_id,referenced_tweets.id,referenced_tweets.id.author_id"
ACTIONS = {"retweeted": "share", "quoted": "quote", "replied_to": "reply"}


def _user(u: dict[str, Any] | None) -> dict[str, Any]:
    u = u or {}
    return {
        "user_id": u.get("id"),
        "handle": u.get("username"),
        "display_name": clean_text(u.get("name")),
        "bio": clean_text(u.get("description")),
        "location": clean_text(u.get("location")),
    }


class XApiConnector(Connector):
    """Connector `x-api`."""

    name = "x-api"
    label = "X API v2"
    needs_source = False
    resumable = True
    parameters = (
        Parameter("bearer_token", "app or user bearer token", required=True),
        Parameter("user", "username or numeric id of the account to watch", required=True),
        Parameter("max_pages", "pages (of 100) per stream and run", type="int", default=5),
        Parameter(
            "max_posts",
            "newest own tweets whose quotes, retweets, replies are read",
            type="int",
            default=10,
        ),
        Parameter("quotes", "read quote tweets", type="bool", default=True),
        Parameter("retweets", "read who retweeted", type="bool", default=True),
        Parameter(
            "replies", "read replies (recent search: last 7 days)", type="bool", default=True
        ),
        MAX_WAIT,
        Parameter("base_url", "API root", type="url", default="https://api.x.com/2"),
    )
    sensitive_parameters = frozenset({"bearer_token"})
    reads = (
        "/2/users/:id/tweets (posts, replies, quotes, retweets), /2/tweets/:id/quote_tweets, "
        "/2/tweets/:id/retweeted_by, /2/tweets/search/recent (conversation_id: replies)"
    )
    cannot_see = (
        "likes (private since June 2024: only the author sees who liked); replies older than "
        "7 days (recent search); when a retweet was made (retweeted_by gives no dates); what "
        "the API tier's monthly cap does not allow"
    )

    def records(self, ctx: RunContext) -> Iterator[Record]:
        """Tweets of the user, then engagement with the newest ones."""
        token = str(ctx.param("bearer_token"))
        user = str(ctx.param("user")).lstrip("@")
        max_pages = int(ctx.param("max_pages"))
        with ApiClient(
            ctx,
            platform=PLATFORM,
            base_url=str(ctx.param("base_url")),
            headers={"Authorization": f"Bearer {token}"},
            max_wait=float(ctx.param("max_wait")),
        ) as api:
            path = f"/users/{user}" if user.isdigit() else f"/users/by/username/{user}"
            info = api.json(path, {"user.fields": USER_FIELDS}).get("data")
            if not isinstance(info, dict) or not info.get("id"):
                raise ConnectorError(f"x-api: user {user} not found")
            uid = str(info["id"])
            own: list[dict[str, Any]] = []

            def timeline(cursor: str | None) -> tuple[list[tuple[dict[str, Any], Any]], str | None]:
                params: dict[str, Any] = {
                    "max_results": 100,
                    "tweet.fields": TWEET_FIELDS,
                    "expansions": EXPANSIONS,
                    "user.fields": USER_FIELDS,
                }
                if cursor:
                    params["pagination_token"] = cursor
                body = api.json(f"/users/{uid}/tweets", params)
                includes = body.get("includes") or {}
                return [(t, includes) for t in body.get("data") or [] if isinstance(t, dict)], (
                    body.get("meta") or {}
                ).get("next_token")

            for tweet, includes in paged(
                ctx.checkpoint,
                f"tweets:{uid}",
                timeline,
                key=lambda p: iso_utc(p[0].get("created_at")),
                max_pages=max_pages,
            ):
                event = _tweet_event(tweet, includes, {uid: info})
                if event is None:
                    continue
                yield event
                if event.data["action"] == "post" and len(own) < int(ctx.param("max_posts")):
                    own.append(tweet)
            yield Note(f"x-api: {len(own)} own tweet(s) checked for engagement")
            for tweet in own:
                yield from self._engagement(ctx, api, tweet, info, max_pages)

    def _engagement(
        self,
        ctx: RunContext,
        api: ApiClient,
        tweet: dict[str, Any],
        owner: dict[str, Any],
        max_pages: int,
    ) -> Iterator[Record]:
        tid = str(tweet["id"])
        target = {
            "post_id": tid,
            "author_user_id": owner.get("id"),
            "author_handle": owner.get("username"),
            "text": clean_text(tweet.get("text")),
            "url": f"https://x.com/{owner.get('username')}/status/{tid}",
        }
        if ctx.param("quotes"):
            yield from self._tweets_of(
                ctx,
                api,
                f"/tweets/{tid}/quote_tweets",
                {},
                f"quotes:{tid}",
                max_pages,
                "pagination_token",
            )
        if ctx.param("replies"):
            query = {"query": f"conversation_id:{tid} is:reply"}
            yield from self._tweets_of(
                ctx, api, "/tweets/search/recent", query, f"replies:{tid}", max_pages, "next_token"
            )
        if ctx.param("retweets"):

            def fetch(cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
                params: dict[str, Any] = {"max_results": 100, "user.fields": USER_FIELDS}
                if cursor:
                    params["pagination_token"] = cursor
                body = api.json(f"/tweets/{tid}/retweeted_by", params)
                return [u for u in body.get("data") or [] if isinstance(u, dict)], (
                    body.get("meta") or {}
                ).get("next_token")

            for user in paged(ctx.checkpoint, f"retweeted_by:{tid}", fetch, max_pages=max_pages):
                who = _user(user)
                if not who["user_id"]:
                    continue
                yield Event(
                    make_event(
                        platform=PLATFORM,
                        action="share",
                        event_id=event_id(PLATFORM, tid, "share", str(who["user_id"])),
                        actor=who,
                        occurred_at=None,  # retweeted_by gives no dates
                        target=target,
                        source=SOURCE,
                    ),
                    file="retweeted_by",
                )

    def _tweets_of(
        self,
        ctx: RunContext,
        api: ApiClient,
        path: str,
        extra: dict[str, Any],
        stream: str,
        max_pages: int,
        token_name: str,
    ) -> Iterator[Record]:
        def fetch(cursor: str | None) -> tuple[list[tuple[dict[str, Any], Any]], str | None]:
            params: dict[str, Any] = {
                "max_results": 100,
                "tweet.fields": TWEET_FIELDS,
                "expansions": EXPANSIONS,
                "user.fields": USER_FIELDS,
                **extra,
            }
            if cursor:
                params[token_name] = cursor
            body = api.json(path, params)
            includes = body.get("includes") or {}
            return [(t, includes) for t in body.get("data") or [] if isinstance(t, dict)], (
                body.get("meta") or {}
            ).get("next_token")

        for tweet, includes in paged(
            ctx.checkpoint,
            stream,
            fetch,
            key=lambda p: iso_utc(p[0].get("created_at")),
            max_pages=max_pages,
        ):
            event = _tweet_event(tweet, includes, {})
            if event is not None:
                yield event


def _tweet_event(
    tweet: dict[str, Any], includes: dict[str, Any], known: dict[str, dict[str, Any]]
) -> Event | None:
    users = {u.get("id"): u for u in includes.get("users") or [] if isinstance(u, dict)}
    users.update(known)
    tweets = {t.get("id"): t for t in includes.get("tweets") or [] if isinstance(t, dict)}
    tid, author_id = tweet.get("id"), tweet.get("author_id")
    if not isinstance(tid, str) or not isinstance(author_id, str):
        return None
    actor = _user(users.get(author_id) or {"id": author_id})
    action, target, text = "post", None, clean_text(tweet.get("text"))
    for ref in tweet.get("referenced_tweets") or []:
        kind = ACTIONS.get(str(ref.get("type"))) if isinstance(ref, dict) else None
        if kind is None:
            continue
        ref_tweet = tweets.get(str(ref.get("id"))) or {}
        ref_author = users.get(ref_tweet.get("author_id")) or {}
        author_uid = ref_tweet.get("author_id") or (
            tweet.get("in_reply_to_user_id") if kind == "reply" else None
        )
        action = kind
        target = {
            "post_id": ref.get("id"),
            "author_user_id": author_uid,
            "author_handle": ref_author.get("username"),
            "text": clean_text(ref_tweet.get("text")),
        }
        if kind == "share":
            text = None
        if kind != "reply":
            break  # a quote that is also a reply is judged as the quote
    handle = actor["handle"] or "i"
    return Event(
        make_event(
            platform=PLATFORM,
            action=action,
            event_id=event_id(PLATFORM, tid, action, author_id),
            actor=actor,
            occurred_at=clean_text(tweet.get("created_at")),
            target=target,
            text=text,
            url=f"https://x.com/{handle}/status/{tid}",
            source=SOURCE,
        ),
        file="tweets",
    )
