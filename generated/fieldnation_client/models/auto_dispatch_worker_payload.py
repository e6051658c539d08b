from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_dispatch_worker_payload_additional_params_item import (
        AutoDispatchWorkerPayloadAdditionalParamsItem,
        AutoDispatchWorkerPayloadAdditionalParamsItemDict,
    )
    from ..models.auto_dispatch_worker_payload_body import (
        AutoDispatchWorkerPayloadBody,
        AutoDispatchWorkerPayloadBodyDict,
    )
    from ..models.auto_dispatch_worker_payload_query_item import (
        AutoDispatchWorkerPayloadQueryItem,
        AutoDispatchWorkerPayloadQueryItemDict,
    )


class AutoDispatchWorkerPayload(_m.BaseModel):
    """The dispatch request as the job received it.

    Attributes:
        query (list[AutoDispatchWorkerPayloadQueryItem] | None):
        body (AutoDispatchWorkerPayloadBody | None):
        additional_params (list[AutoDispatchWorkerPayloadAdditionalParamsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        query: list[AutoDispatchWorkerPayloadQueryItem] | Unset = UNSET,
        body: AutoDispatchWorkerPayloadBody | Unset = UNSET,
        additional_params: list[AutoDispatchWorkerPayloadAdditionalParamsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("query", query)
        self._set("body", body)
        self._set("additional_params", additional_params)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.auto_dispatch_worker_payload_additional_params_item import (
            AutoDispatchWorkerPayloadAdditionalParamsItem,  # noqa: PLC0415
        )
        from ..models.auto_dispatch_worker_payload_body import AutoDispatchWorkerPayloadBody  # noqa: PLC0415
        from ..models.auto_dispatch_worker_payload_query_item import AutoDispatchWorkerPayloadQueryItem  # noqa: PLC0415

        return {
            "query": _m.Field(_m.List(_m.Model(AutoDispatchWorkerPayloadQueryItem)), False, False),
            "body": _m.Field(_m.Model(AutoDispatchWorkerPayloadBody), False, False),
            "additional_params": _m.Field(
                _m.List(_m.Model(AutoDispatchWorkerPayloadAdditionalParamsItem)), False, False
            ),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def query(self) -> list[AutoDispatchWorkerPayloadQueryItem] | None:
        return cast("list[AutoDispatchWorkerPayloadQueryItem] | None", self._get("query"))

    @query.setter
    def query(self, value: list[AutoDispatchWorkerPayloadQueryItem] | None) -> None:
        self._set("query", value)

    @property
    def body(self) -> AutoDispatchWorkerPayloadBody | None:
        return cast("AutoDispatchWorkerPayloadBody | None", self._get("body"))

    @body.setter
    def body(self, value: AutoDispatchWorkerPayloadBody | None) -> None:
        self._set("body", value)

    @property
    def additional_params(self) -> list[AutoDispatchWorkerPayloadAdditionalParamsItem] | None:
        return cast(
            "list[AutoDispatchWorkerPayloadAdditionalParamsItem] | None", self._get("additional_params")
        )

    @additional_params.setter
    def additional_params(self, value: list[AutoDispatchWorkerPayloadAdditionalParamsItem] | None) -> None:
        self._set("additional_params", value)


class AutoDispatchWorkerPayloadDict(TypedDict, total=False):
    """:class:`AutoDispatchWorkerPayload` as plain data (JSON keys); accepted wherever the model is sent."""

    query: list[AutoDispatchWorkerPayloadQueryItem | AutoDispatchWorkerPayloadQueryItemDict]
    body: AutoDispatchWorkerPayloadBody | AutoDispatchWorkerPayloadBodyDict
    additional_params: list[
        AutoDispatchWorkerPayloadAdditionalParamsItem | AutoDispatchWorkerPayloadAdditionalParamsItemDict
    ]
