from __future__ import annotations

from typing import Any

from .. import _models as _m


class IncidentInput(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/incident`.

    Example:
        {'incident_id': 'INC-2025-001'}

    Attributes:
        incident_id (Any): Your identifier of the incident or site the work order belongs to.
    """

    __slots__ = ()

    def __init__(self, *, incident_id: Any) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("incident_id", incident_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"incident_id": _m.Field(_m.Union((_m.ANY, _m.INT)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def incident_id(self) -> Any:
        """Your identifier of the incident or site the work order belongs to."""
        return self._get("incident_id")

    @incident_id.setter
    def incident_id(self, value: Any) -> None:
        self._set("incident_id", value)
