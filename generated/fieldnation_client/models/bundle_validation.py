from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle_validation_message_type_1 import (
        BundleValidationMessageType1,
        BundleValidationMessageType1Dict,
    )
    from ..models.bundle_validation_params import BundleValidationParams, BundleValidationParamsDict


class BundleValidation(_m.BaseModel):
    """Result of checking whether work orders can be bundled; nothing is changed.

    Example:
        {'status': 'active', 'info': [], 'errors': [], 'warnings': [], 'params': {}}

    Attributes:
        status (str | None): Overall outcome (the playground shows `active`).
        info (list[str | BundleValidationMessageType1] | None):
        errors (list[str | BundleValidationMessageType1] | None): Reasons the bundle cannot be made; empty when it can.
        warnings (list[str | BundleValidationMessageType1] | None):
        params (BundleValidationParams | None): The optional request fields, echoed back.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        status: str | Unset = UNSET,
        info: list[str | BundleValidationMessageType1] | Unset = UNSET,
        errors: list[str | BundleValidationMessageType1] | Unset = UNSET,
        warnings: list[str | BundleValidationMessageType1] | Unset = UNSET,
        params: BundleValidationParams | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("status", status)
        self._set("info", info)
        self._set("errors", errors)
        self._set("warnings", warnings)
        self._set("params", params)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.bundle_validation_message_type_1 import BundleValidationMessageType1  # noqa: PLC0415
        from ..models.bundle_validation_params import BundleValidationParams  # noqa: PLC0415

        return {
            "status": _m.Field(_m.STR, False, False),
            "info": _m.Field(
                _m.List(_m.Union((_m.STR, _m.Model(BundleValidationMessageType1)))), False, False
            ),
            "errors": _m.Field(
                _m.List(_m.Union((_m.STR, _m.Model(BundleValidationMessageType1)))), False, False
            ),
            "warnings": _m.Field(
                _m.List(_m.Union((_m.STR, _m.Model(BundleValidationMessageType1)))), False, False
            ),
            "params": _m.Field(_m.Model(BundleValidationParams), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> str | None:
        """Overall outcome (the playground shows `active`)."""
        return cast("str | None", self._get("status"))

    @status.setter
    def status(self, value: str | None) -> None:
        self._set("status", value)

    @property
    def info(self) -> list[str | BundleValidationMessageType1] | None:
        return cast("list[str | BundleValidationMessageType1] | None", self._get("info"))

    @info.setter
    def info(self, value: list[str | BundleValidationMessageType1] | None) -> None:
        self._set("info", value)

    @property
    def errors(self) -> list[str | BundleValidationMessageType1] | None:
        """Reasons the bundle cannot be made; empty when it can."""
        return cast("list[str | BundleValidationMessageType1] | None", self._get("errors"))

    @errors.setter
    def errors(self, value: list[str | BundleValidationMessageType1] | None) -> None:
        self._set("errors", value)

    @property
    def warnings(self) -> list[str | BundleValidationMessageType1] | None:
        return cast("list[str | BundleValidationMessageType1] | None", self._get("warnings"))

    @warnings.setter
    def warnings(self, value: list[str | BundleValidationMessageType1] | None) -> None:
        self._set("warnings", value)

    @property
    def params(self) -> BundleValidationParams | None:
        """The optional request fields, echoed back."""
        return cast("BundleValidationParams | None", self._get("params"))

    @params.setter
    def params(self, value: BundleValidationParams | None) -> None:
        self._set("params", value)


class BundleValidationDict(TypedDict, total=False):
    """:class:`BundleValidation` as plain data (JSON keys); accepted wherever the model is sent."""

    status: str
    info: list[str | BundleValidationMessageType1 | BundleValidationMessageType1Dict]
    errors: list[str | BundleValidationMessageType1 | BundleValidationMessageType1Dict]
    warnings: list[str | BundleValidationMessageType1 | BundleValidationMessageType1Dict]
    params: BundleValidationParams | BundleValidationParamsDict
