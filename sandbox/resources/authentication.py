"""Authentication: the token operation (password and refresh_token grants)."""

from __future__ import annotations

from .. import auth
from ..registry import Context, Reply, operation
from ._common import ok


@operation("generate_access_token")
def generate_access_token(ctx: Context) -> Reply:
    ttl = int(ctx.store.get_meta("token_ttl") or auth.DEFAULT_TTL)
    return ok(auth.grant(ctx.store, dict(ctx.body), ttl))
