from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class IncidentInput(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/incident`.

    Example:
        {'incident_id': 'INC-2025-001'}

    Attributes:
        incident_id (str | int): Your identifier of the incident or site the work order belongs to.
    """

    __slots__ = ()

    def __init__(self, *, incident_id: str | int) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("incident_id", incident_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"incident_id": _m.Field(_m.Union((_m.STR, _m.INT)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def incident_id(self) -> str | int:
        """Your identifier of the incident or site the work order belongs to."""
        return cast("str | int", self._get("incident_id"))

    @incident_id.setter
    def incident_id(self, value: str | int) -> None:
        self._set("incident_id", value)


class IncidentInputDict(TypedDict, total=False):
    """:class:`IncidentInput` as plain data (JSON keys); accepted wherever the model is sent."""

    incident_id: Required[str | int]
