from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute, TalentPoolGroupAttributeDict


class ServiceTerritoryInput(_m.BaseModel):
    """Body of the create request.

    Example:
        {'name': 'Southwest Territory', 'project_id': 2201, 'display_name': 'SW Region', 'attributes': [{'name':
            'coverage_radius', 'value': '50'}]}

    Attributes:
        name (str):
        project_id (int | None):
        display_name (str | None):
        description (str | None):
        attributes (list[TalentPoolGroupAttribute] | None): Attributes to upsert by name.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        project_id: int | Unset = UNSET,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("project_id", project_id)
        self._set("display_name", display_name)
        self._set("description", description)
        self._set("attributes", attributes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "project_id": _m.Field(_m.INT, False, False),
            "display_name": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "attributes": _m.Field(_m.List(_m.Model(TalentPoolGroupAttribute)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def project_id(self) -> int | None:
        return cast("int | None", self._get("project_id"))

    @project_id.setter
    def project_id(self, value: int | None) -> None:
        self._set("project_id", value)

    @property
    def display_name(self) -> str | None:
        return cast("str | None", self._get("display_name"))

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("display_name", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def attributes(self) -> list[TalentPoolGroupAttribute] | None:
        """Attributes to upsert by name."""
        return cast("list[TalentPoolGroupAttribute] | None", self._get("attributes"))

    @attributes.setter
    def attributes(self, value: list[TalentPoolGroupAttribute] | None) -> None:
        self._set("attributes", value)


class ServiceTerritoryInputDict(TypedDict, total=False):
    """:class:`ServiceTerritoryInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    project_id: int
    display_name: str
    description: str
    attributes: list[TalentPoolGroupAttribute | TalentPoolGroupAttributeDict]
