"""Builders of platform exports as the platforms ship them (invented accounts, public figures)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import orjson

OWNER_ID = "4242"
OWNER_HANDLE = "siti_a"
TARGET_ID = "12345"  # tests/bundles.py: T02's X account


def ytd(name: str, items: list[Any], part: int = 0) -> bytes:
    """An X archive file: `window.YTD.<name>.partN = [ … ]`."""
    return f"window.YTD.{name}.part{part} = ".encode() + orjson.dumps(
        items, option=orjson.OPT_INDENT_2
    )


def x_archive_files(*, tweets: int = 3) -> dict[str, bytes]:
    """The files of a small X archive."""
    tweet_items: list[dict[str, Any]] = [
        {
            "tweet": {
                "id_str": "1740000000000000001",
                "full_text": "Selamat pagi, semangat bekerja &amp; melayani!",
                "created_at": "Wed Jan 03 01:22:00 +0000 2024",
                "entities": {"user_mentions": [], "urls": []},
            }
        },
        {
            "tweet": {
                "id_str": "1740000000000000002",
                "full_text": "@prabowo Siap menang satu putaran!",
                "created_at": "Fri Jan 05 03:22:00 +0000 2024",
                "in_reply_to_status_id_str": "1739999999999999999",
                "in_reply_to_user_id_str": TARGET_ID,
                "in_reply_to_screen_name": "prabowo",
                "entities": {"user_mentions": [{"screen_name": "prabowo", "id_str": TARGET_ID}]},
            }
        },
        {
            "tweet": {
                "id_str": "1740000000000000003",
                "full_text": "RT @prabowo: Terima kasih relawan",
                "created_at": "Sat Jan 06 03:22:00 +0000 2024",
                "entities": {"user_mentions": [{"screen_name": "prabowo", "id_str": TARGET_ID}]},
            }
        },
    ][:tweets]
    return {
        "data/account.js": ytd(
            "account",
            [
                {
                    "account": {
                        "email": "siti@example.org",
                        "username": OWNER_HANDLE,
                        "accountId": OWNER_ID,
                        "accountDisplayName": "Siti A",
                    }
                }
            ],
        ),
        "data/profile.js": ytd(
            "profile",
            [{"profile": {"description": {"bio": "ASN Pemprov", "location": "Bengkulu"}}}],
        ),
        "data/tweets.js": ytd("tweets", tweet_items),
        "data/like.js": ytd(
            "like",
            [
                {
                    "like": {
                        "tweetId": "1738888888888888888",
                        "fullText": "Coblos 02!",
                        "expandedUrl": "https://twitter.com/i/web/status/1738888888888888888",
                    }
                },
                {"like": {"fullText": "no id here"}},
            ],
        ),
        "data/following.js": ytd(
            "following",
            [
                {
                    "following": {
                        "accountId": TARGET_ID,
                        "userLink": f"https://twitter.com/intent/user?user_id={TARGET_ID}",
                    }
                }
            ],
        ),
        "data/tweets_media/1740000000000000001-a.jpg": b"\xff\xd8\xff\xe0binary",
    }


def zip_bytes(files: dict[str, bytes], *, top: str = "") -> bytes:
    """A ZIP of `files` (optionally under a top folder, as re-zipped archives are)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(top + name, data)
    return buffer.getvalue()


def write_folder(root: Path, files: dict[str, bytes]) -> Path:
    """An unpacked export folder."""
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def mojibake(text: str) -> str:
    """How Facebook writes UTF-8 text: each byte as a latin-1 code point."""
    return text.encode("utf-8").decode("latin-1")


def facebook_files(*, new_shape: bool = False) -> dict[str, bytes]:
    """A Facebook export in the older (title/data) or newer (label_values) shape."""
    if new_shape:
        likes: Any = [
            {
                "timestamp": 1704421320,
                "fbid": "987650001",
                "label_values": [
                    {"label": "Reaction", "value": "Like"},
                    {"label": "Name", "value": "Prabowo Subianto"},
                    {"label": "URL", "value": "https://www.facebook.com/prabowo/posts/pfbid0abc"},
                ],
            }
        ]
    else:
        likes = [
            {
                "timestamp": 1704421320,
                "title": mojibake("Siti Aminah menyukai kiriman Prabowo Subianto."),
                "data": [{"reaction": {"reaction": "LIKE", "actor": "Siti Aminah"}}],
            },
            {
                "timestamp": 1704421380,
                "title": "Siti Aminah likes a post.",
                "data": [{"reaction": {"reaction": "LIKE", "actor": "Siti Aminah"}}],
            },
        ]
    comments = {
        "comments_v2": [
            {
                "timestamp": 1704421500,
                "title": "Siti Aminah commented on Prabowo Subianto's post.",
                "data": [
                    {
                        "comment": {
                            "timestamp": 1704421500,
                            "comment": mojibake("Mantap, coblos 02! 👍 Semoga menang"),
                            "author": "Siti Aminah",
                        }
                    }
                ],
            }
        ]
    }
    follows = {"following_v3": [{"name": "Prabowo Subianto", "timestamp": 1704000000}]}
    profile = {
        "profile_v2": {
            "name": {"full_name": mojibake("Siti Aminah Ñ")},
            "username": "siti.aminah",
            "profile_uri": "https://www.facebook.com/siti.aminah",
        }
    }
    base = "your_facebook_activity/"
    return {
        base + "comments_and_reactions/likes_and_reactions_1.json": orjson.dumps(likes),
        base + "comments_and_reactions/comments.json": orjson.dumps(comments),
        "connections/followers/who_you've_followed.json": orjson.dumps(follows),
        "personal_information/profile_information/profile_information.json": orjson.dumps(profile),
    }


def instagram_files() -> dict[str, bytes]:
    """An Instagram export (JSON)."""
    base = "your_instagram_activity/"
    return {
        base + "likes/liked_posts.json": orjson.dumps(
            {
                "likes_media_likes": [
                    {
                        "title": "prabowo",
                        "string_list_data": [
                            {
                                "href": "https://www.instagram.com/p/C1abcDEF123/",
                                "value": "\u00f0\u009f\u0091\u008d",
                                "timestamp": 1704421320,
                            }
                        ],
                    },
                    {"title": "", "string_list_data": []},
                ]
            }
        ),
        base + "comments/post_comments_1.json": orjson.dumps(
            [
                {
                    "string_map_data": {
                        "Comment": {"value": mojibake("Gas 02 💪")},
                        "Media Owner": {"value": "prabowo"},
                        "Time": {"timestamp": 1704421400},
                    }
                }
            ]
        ),
        "connections/followers_and_following/following.json": orjson.dumps(
            {
                "relationships_following": [
                    {
                        "string_list_data": [
                            {
                                "href": "https://www.instagram.com/prabowo",
                                "value": "prabowo",
                                "timestamp": 1704000000,
                            }
                        ]
                    },
                    {
                        "title": "gibran_rakabuming",
                        "string_list_data": [
                            {
                                "href": "https://www.instagram.com/_u/gibran_rakabuming",
                                "timestamp": 1704000100,
                            }
                        ],
                    },
                ]
            }
        ),
        "personal_information/personal_information/personal_information.json": orjson.dumps(
            {
                "profile_user": [
                    {
                        "string_map_data": {
                            "Username": {"value": "budi.santoso"},
                            "Name": {"value": "Budi"},
                        }
                    }
                ]
            }
        ),
    }


def tiktok_user_data(*, variant: int = 0) -> bytes:
    """TikTok user_data.json; variant 1 uses the newer key names and lower-case fields."""
    likes = [
        {
            "Date": "2024-01-05 03:22:00",
            "Link": "https://www.tiktokv.com/share/video/7312345678901234567/",
        },
        {
            "Date": "2024-01-06 03:22:00",
            "Link": "https://www.tiktok.com/@prabowo/video/7312345678901234568",
        },
        {"Date": "2024-01-06 03:23:00"},
    ]
    following = [{"Date": "2024-01-01 00:00:00", "UserName": "prabowo"}]
    comments = [
        {"Date": "2024-01-05 04:00:00", "Comment": "coblos 02 ya gaes"},
        {
            "date": "2024-01-05 05:00:00",
            "comment": "mantap pak",
            "url": "https://www.tiktok.com/@prabowo/video/7312345678901234568",
        },
    ]
    if variant == 0:
        data = {
            "Activity": {
                "Like List": {"ItemFavoriteList": likes},
                "Following List": {"Following": following},
            },
            "Comment": {"Comments": {"CommentsList": comments}},
            "Profile": {"Profile Information": {"ProfileMap": {"userName": "agus.tt"}}},
        }
    else:
        data = {
            "Your Activity": {
                "Like List": {
                    "itemFavoriteList": [
                        {"date": x.get("Date"), "link": x.get("Link")} for x in likes
                    ]
                },
                "Following": {
                    "Following": [{"Date": "2024-01-01 00:00:00", "Username": "prabowo"}]
                },
            },
            "Comment": {"Comments": {"commentsList": comments}},
            "Profile And Settings": {"Profile Info": {"ProfileMap": {"userName": "agus.tt"}}},
        }
    return orjson.dumps(data, option=orjson.OPT_INDENT_2)
