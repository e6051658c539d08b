from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TemplateCompanyAttributes(_m.BaseModel):
    """Company settings that affect how the template may be edited.

    Attributes:
        workorder_network_change_admin_only (int | None): 1 when only administrators may change the network of work
            orders.
    """

    __slots__ = ()

    def __init__(self, *, workorder_network_change_admin_only: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("workorder_network_change_admin_only", workorder_network_change_admin_only)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"workorder_network_change_admin_only": _m.Field(_m.INT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def workorder_network_change_admin_only(self) -> int | None:
        """1 when only administrators may change the network of work orders."""
        return cast("int | None", self._get("workorder_network_change_admin_only"))

    @workorder_network_change_admin_only.setter
    def workorder_network_change_admin_only(self, value: int | None) -> None:
        self._set("workorder_network_change_admin_only", value)


class TemplateCompanyAttributesDict(TypedDict, total=False):
    """:class:`TemplateCompanyAttributes` as plain data (JSON keys); accepted wherever the model is sent."""

    workorder_network_change_admin_only: int
