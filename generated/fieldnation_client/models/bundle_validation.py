from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle_validation_params import BundleValidationParams


class BundleValidation(_m.BaseModel):
    """Result of checking whether work orders can be bundled; nothing is changed.

    Example:
        {'status': 'active', 'info': [], 'errors': [], 'warnings': [], 'params': {}}

    Attributes:
        status (Any): Overall outcome (the playground shows `active`).
        info (list[Any] | None):
        errors (list[Any] | None): Reasons the bundle cannot be made; empty when it can.
        warnings (list[Any] | None):
        params (BundleValidationParams | None): The optional request fields, echoed back.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        status: Any = UNSET,
        info: list[Any] | Unset = UNSET,
        errors: list[Any] | Unset = UNSET,
        warnings: list[Any] | Unset = UNSET,
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
            "status": _m.Field(_m.ANY, False, False),
            "info": _m.Field(
                _m.List(_m.Union((_m.ANY, _m.Model(BundleValidationMessageType1)))), False, False
            ),
            "errors": _m.Field(
                _m.List(_m.Union((_m.ANY, _m.Model(BundleValidationMessageType1)))), False, False
            ),
            "warnings": _m.Field(
                _m.List(_m.Union((_m.ANY, _m.Model(BundleValidationMessageType1)))), False, False
            ),
            "params": _m.Field(_m.Model(BundleValidationParams), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> Any:
        """Overall outcome (the playground shows `active`)."""
        return self._get("status")

    @status.setter
    def status(self, value: Any) -> None:
        self._set("status", value)

    @property
    def info(self) -> list[Any] | None:
        return cast("list[Any] | None", self._get("info"))

    @info.setter
    def info(self, value: list[Any] | None) -> None:
        self._set("info", value)

    @property
    def errors(self) -> list[Any] | None:
        """Reasons the bundle cannot be made; empty when it can."""
        return cast("list[Any] | None", self._get("errors"))

    @errors.setter
    def errors(self, value: list[Any] | None) -> None:
        self._set("errors", value)

    @property
    def warnings(self) -> list[Any] | None:
        return cast("list[Any] | None", self._get("warnings"))

    @warnings.setter
    def warnings(self, value: list[Any] | None) -> None:
        self._set("warnings", value)

    @property
    def params(self) -> BundleValidationParams | None:
        """The optional request fields, echoed back."""
        return cast("BundleValidationParams | None", self._get("params"))

    @params.setter
    def params(self, value: BundleValidationParams | None) -> None:
        self._set("params", value)
