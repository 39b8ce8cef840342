"""Users: creation, password hashing (argon2), sign-in with lock-out, sessions, API tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from netra.audit.service import lock_chain, record
from netra.core.db import Database, utcnow
from netra.core.errors import NetraError, NotFoundError, ValidationError
from netra.users.models import ApiToken, User, UserCredential, WebSession
from netra.users.schemas import ROLES, Principal

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=12)
MIN_PASSWORD = 10

_CRED = cast(Table, UserCredential.__table__)
_hasher = PasswordHasher()
# A real hash to verify against when the username is unknown: same cost, no timing oracle.
_DUMMY_HASH: str | None = None


class AuthError(NetraError):
    """Sign-in failed or no valid session: the same message whatever the cause."""

    exit_code = 9
    http_status = 401


class LockedOutError(AuthError):
    """Too many failed sign-ins: the account waits until the lock expires."""

    http_status = 429


class PermissionDeniedError(NetraError):
    """The role does not allow this action."""

    exit_code = 9
    http_status = 403


class ConflictError(NetraError):
    """The thing already exists or was changed meanwhile."""

    exit_code = 2
    http_status = 409


def serialize_writes(session: Session) -> None:
    """Take the audit chain's lock before Core writes that are audited by hand."""
    lock_chain(session.connection())


def set_hasher(hasher: PasswordHasher) -> None:
    """Replace the argon2 parameters (tests use a cheap hasher; production keeps the default)."""
    global _hasher, _DUMMY_HASH
    _hasher = hasher
    _DUMMY_HASH = None


def hash_password(password: str) -> str:
    """An argon2id hash of `password`."""
    return _hasher.hash(password)


def token_hash(token: str) -> str:
    """SHA-256 of a secret token: what the database keeps instead of the token."""
    return hashlib.sha256(token.encode()).hexdigest()


def principal_of(user: User) -> Principal:
    """The immutable principal of a user row."""
    return Principal(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        agencies=tuple(user.agencies or ()),
        regions=tuple(user.regions or ()),
        nip=user.nip,
    )


def require(principal: Principal, permission: str) -> None:
    """Raise PermissionDeniedError unless the principal's role holds `permission`."""
    if not principal.can(permission):
        raise PermissionDeniedError(f"role {principal.role} may not {permission}")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"password must have at least {MIN_PASSWORD} characters")


def _store_password(session: Session, *, user_id: int, password: str, new: bool) -> None:
    values = {"password_hash": hash_password(password), "changed_at": utcnow()}
    serialize_writes(session)
    if new:
        session.execute(insert(_CRED).values(user_id=user_id, **values))
    else:
        session.execute(update(_CRED).where(_CRED.c.user_id == user_id).values(**values))
    # Audited by hand: the payload says that the password changed, never the hash.
    record(
        session,
        action="set_password",
        entity="user_credentials",
        entity_id=str(user_id),
        payload={"changed": True},
    )


def create_user(
    db: Database,
    *,
    username: str,
    password: str,
    role: str,
    display_name: str | None = None,
    agencies: list[str] | None = None,
    regions: list[str] | None = None,
    nip: str | None = None,
    actor: str = "system",
) -> Principal:
    """Create a user with a hashed password; raise ConflictError when the name is taken."""
    username = username.strip().lower()
    if not username or len(username) > 100:
        raise ValidationError("username must have 1 to 100 characters")
    if role not in ROLES:
        raise ValidationError(f"unknown role {role!r}: expected one of {', '.join(ROLES)}")
    if role == "ppk" and len(agencies or []) != 1:
        raise ValidationError("a PPK user needs exactly one agency (--agency)")
    if role == "employee" and not nip:
        raise ValidationError("an employee user needs a NIP (--nip)")
    _check_password(password)
    with db.session(actor=actor) as session:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            raise ConflictError(f"user {username} already exists")
        user = User(
            username=username,
            display_name=display_name or username,
            role=role,
            agencies=sorted(set(agencies or [])),
            regions=sorted(set(regions or [])),
            nip=nip,
            active=True,
            failed_logins=0,
            created_at=utcnow(),
        )
        session.add(user)
        session.flush()
        _store_password(session, user_id=user.id, password=password, new=True)
        return principal_of(user)


def set_password(db: Database, *, username: str, password: str, actor: str) -> None:
    """Replace a user's password and end their sessions."""
    _check_password(password)
    with db.session(actor=actor) as session:
        user = session.scalar(select(User).where(User.username == username.lower()))
        if user is None:
            raise NotFoundError(f"no user {username}")
        _store_password(session, user_id=user.id, password=password, new=False)
        session.execute(delete(WebSession).where(WebSession.user_id == user.id))
        _session_cache.clear()
        user.failed_logins = 0
        user.locked_until = None


def list_users(db: Database) -> list[Principal]:
    """Every user, by name."""
    with db.session() as session:
        return [principal_of(u) for u in session.scalars(select(User).order_by(User.username))]


@dataclass(frozen=True, slots=True)
class SignIn:
    """A new session: the cookie value (shown once) and who it belongs to."""

    token: str
    principal: Principal
    expires_at: datetime


def _verify(stored: str | None, password: str) -> bool:
    global _DUMMY_HASH
    if stored is None:
        if _DUMMY_HASH is None:
            _DUMMY_HASH = _hasher.hash(secrets.token_hex(8))
        stored = _DUMMY_HASH
        password = password + "\x00"  # never matches the dummy
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def sign_in(
    db: Database,
    *,
    username: str,
    password: str,
    ip: str | None = None,
    user_agent: str | None = None,
) -> SignIn:
    """Check the password and open a session; lock the account after repeated failures."""
    username = username.strip().lower()
    now = utcnow()
    with db.session(actor=f"login:{username}"[:200]) as session:
        row = session.execute(
            select(User, _CRED.c.password_hash)
            .join(_CRED, _CRED.c.user_id == User.id)
            .where(User.username == username)
        ).first()
        user: User | None = row[0] if row else None
        stored: str | None = row[1] if row else None
        if user is not None and user.locked_until is not None and user.locked_until > now:
            _verify(None, password)
            raise LockedOutError("too many failed sign-ins: try again later")
        ok = _verify(stored, password)
        if user is None or not user.active or not ok:
            if user is not None and not ok:
                user.failed_logins = (user.failed_logins or 0) + 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + LOCKOUT
                    user.failed_logins = 0
        else:
            if user.failed_logins or user.locked_until:
                user.failed_logins = 0
                user.locked_until = None
            if stored is not None and _hasher.check_needs_rehash(stored):
                _store_password(session, user_id=user.id, password=password, new=False)
            token = secrets.token_urlsafe(32)
            expires = now + SESSION_LIFETIME
            session.add(
                WebSession(
                    id=token_hash(token),
                    user_id=user.id,
                    created_at=now,
                    expires_at=expires,
                    ip=ip,
                    user_agent=(user_agent or "")[:300] or None,
                )
            )
            return SignIn(token=token, principal=principal_of(user), expires_at=expires)
    # Outside the transaction so that the failure counter above is committed.
    raise AuthError("wrong username or password")


# Session look-ups cached for a few seconds per process: every page needs one. Sign-out and
# password changes clear this process's cache at once; other worker processes follow within
# SESSION_CACHE_SECONDS.
SESSION_CACHE_SECONDS = 10.0
_session_cache: dict[tuple[int, str], tuple[float, Principal, datetime]] = {}


def principal_for_session(db: Database, *, token: str) -> Principal:
    """The principal of a session cookie; AuthError when unknown, expired or disabled."""
    key = (id(db), token_hash(token))
    hit = _session_cache.get(key)
    now_mono = time.monotonic()
    if hit is not None and now_mono - hit[0] < SESSION_CACHE_SECONDS and hit[2] > utcnow():
        return hit[1]
    principal = _load_session(db, token=token)
    if len(_session_cache) > 10_000:
        _session_cache.clear()
    return principal


def _load_session(db: Database, *, token: str) -> Principal:
    with db.session() as session:
        row = session.execute(
            select(User, WebSession.expires_at)
            .join(WebSession, WebSession.user_id == User.id)
            .where(WebSession.id == token_hash(token))
        ).first()
    if row is None or row[1] <= utcnow() or not row[0].active:
        raise AuthError("not signed in")
    principal = principal_of(row[0])
    _session_cache[(id(db), token_hash(token))] = (time.monotonic(), principal, row[1])
    return principal


def sign_out(db: Database, *, token: str, actor: str) -> None:
    """End the session of this cookie (a no-op when it is already gone)."""
    _session_cache.pop((id(db), token_hash(token)), None)
    with db.session(actor=actor) as session:
        obj = session.get(WebSession, token_hash(token))
        if obj is not None:
            session.delete(obj)


def create_api_token(db: Database, *, username: str, label: str, actor: str) -> str:
    """A new API bearer token for the user (returned once, stored hashed)."""
    token = "ntr_" + secrets.token_urlsafe(32)
    with db.session(actor=actor) as session:
        user = session.scalar(select(User).where(User.username == username.lower()))
        if user is None:
            raise NotFoundError(f"no user {username}")
        session.add(
            ApiToken(
                token_hash=token_hash(token), user_id=user.id, label=label, created_at=utcnow()
            )
        )
    return token


def principal_for_api_token(db: Database, *, token: str) -> Principal:
    """The principal of a bearer token; AuthError when unknown or revoked."""
    with db.session() as session:
        user = session.scalar(
            select(User)
            .join(ApiToken, ApiToken.user_id == User.id)
            .where(ApiToken.token_hash == token_hash(token), ApiToken.revoked_at.is_(None))
        )
    if user is None or not user.active:
        raise AuthError("invalid API token")
    return principal_of(user)


def csrf_token(secret: bytes, seed: str) -> str:
    """The CSRF token bound to a session or visitor cookie (HMAC: never stored)."""
    return hmac.new(secret, b"csrf\x1f" + seed.encode(), hashlib.sha256).hexdigest()


def csrf_valid(secret: bytes, seed: str, given: str | None) -> bool:
    """Constant-time check of a submitted CSRF token."""
    return bool(given) and hmac.compare_digest(csrf_token(secret, seed), str(given))


def get_user(db: Database, *, user_id: int) -> Principal:
    """One user by id."""
    with db.session() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError(f"no user {user_id}")
        return principal_of(user)


def user_names(db: Database, ids: set[int]) -> dict[int, str]:
    """Display names of the given user ids."""
    if not ids:
        return {}
    with db.session() as session:
        rows: Any = session.execute(select(User.id, User.display_name).where(User.id.in_(ids)))
        return {int(i): str(n) for i, n in rows}
