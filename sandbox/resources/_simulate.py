"""Sandbox-only endpoints that play the provider's and the payer's part.

The Client API has no operation for "the provider marked the work done" or "the payment
settled"; in the sandbox you trigger them yourself to walk a work order to the end:

    POST /_sandbox/workorders/{work_order_id}/work-done
    POST /_sandbox/workorders/{work_order_id}/paid

They take the same token as the API and answer the work order (or the error envelope).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .. import auth, jsoncodec
from ..errors import ApiError
from ..registry import Context
from .workflow import simulate

if TYPE_CHECKING:
    from ..app import Sandbox


def routes(sandbox: Sandbox) -> list[BaseRoute]:
    def endpoint(action: str):  # type: ignore[no-untyped-def]
        async def handle(request: Request) -> Response:
            try:
                user_id, company_id = auth.authenticate(
                    sandbox.store,
                    request.query_params.get("access_token"),
                    request.headers.get("authorization"),
                )
                raw = request.path_params["work_order_id"]
                if not str(raw).isdigit():
                    raise ApiError(
                        400,
                        "work_order_id must be an integer",
                        [{"field": "path.work_order_id", "message": "not an integer"}],
                    )
                ctx = Context(
                    store=sandbox.store,
                    operation_id=f"simulate_{action}",
                    company_id=company_id,
                    user_id=user_id,
                    path={"work_order_id": int(raw)},
                    query={},
                    body=None,
                )
                with sandbox.store.transaction():
                    doc = simulate(ctx, action)
            except ApiError as exc:
                return Response(
                    jsoncodec.dumps(exc.body()),
                    status_code=exc.status,
                    media_type="application/json",
                )
            return Response(jsoncodec.dumps(doc), media_type="application/json")

        return handle

    return [
        Route(
            "/_sandbox/workorders/{work_order_id}/work-done",
            endpoint("work_done"),
            methods=["POST"],
        ),
        Route("/_sandbox/workorders/{work_order_id}/paid", endpoint("pay"), methods=["POST"]),
    ]
