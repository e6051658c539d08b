from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.company_network_access_item import CompanyNetworkAccessItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_network_option import CompanyNetworkOption, CompanyNetworkOptionDict


class CompanyNetwork(_m.BaseModel):
    """A provider network the company can route work to.

    Example:
        {'id': 8, 'name': 'Acme Preferred Techs', 'description': 'Vetted technicians for retail work.', 'access':
            ['active'], 'view_available': True, 'inactive_routing': False, 'onboarding_complete': True}

    Attributes:
        id (int):
        name (str):
        description (str | None):
        access (list[CompanyNetworkAccessItem] | None):
        view_available (bool | None):
        inactive_routing (bool | None):
        onboarding_complete (bool | None):
        options (list[CompanyNetworkOption] | None):
        actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        description: str | Unset = UNSET,
        access: list[CompanyNetworkAccessItem] | Unset = UNSET,
        view_available: bool | Unset = UNSET,
        inactive_routing: bool | Unset = UNSET,
        onboarding_complete: bool | Unset = UNSET,
        options: list[CompanyNetworkOption] | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("description", description)
        self._set("access", access)
        self._set("view_available", view_available)
        self._set("inactive_routing", inactive_routing)
        self._set("onboarding_complete", onboarding_complete)
        self._set("options", options)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.company_network_option import CompanyNetworkOption  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "description": _m.Field(_m.STR, False, False),
            "access": _m.Field(_m.List(_m.Enum(CompanyNetworkAccessItem)), False, False),
            "view_available": _m.Field(_m.BOOL, False, False),
            "inactive_routing": _m.Field(_m.BOOL, False, False),
            "onboarding_complete": _m.Field(_m.BOOL, False, False),
            "options": _m.Field(_m.List(_m.Model(CompanyNetworkOption)), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def access(self) -> list[CompanyNetworkAccessItem] | None:
        return cast("list[CompanyNetworkAccessItem] | None", self._get("access"))

    @access.setter
    def access(self, value: list[CompanyNetworkAccessItem] | None) -> None:
        self._set("access", value)

    @property
    def view_available(self) -> bool | None:
        return cast("bool | None", self._get("view_available"))

    @view_available.setter
    def view_available(self, value: bool | None) -> None:
        self._set("view_available", value)

    @property
    def inactive_routing(self) -> bool | None:
        return cast("bool | None", self._get("inactive_routing"))

    @inactive_routing.setter
    def inactive_routing(self, value: bool | None) -> None:
        self._set("inactive_routing", value)

    @property
    def onboarding_complete(self) -> bool | None:
        return cast("bool | None", self._get("onboarding_complete"))

    @onboarding_complete.setter
    def onboarding_complete(self, value: bool | None) -> None:
        self._set("onboarding_complete", value)

    @property
    def options(self) -> list[CompanyNetworkOption] | None:
        return cast("list[CompanyNetworkOption] | None", self._get("options"))

    @options.setter
    def options(self, value: list[CompanyNetworkOption] | None) -> None:
        self._set("options", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class CompanyNetworkDict(TypedDict, total=False):
    """:class:`CompanyNetwork` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    description: str
    access: list[CompanyNetworkAccessItem | str]
    view_available: bool
    inactive_routing: bool
    onboarding_complete: bool
    options: list[CompanyNetworkOption | CompanyNetworkOptionDict]
    actions: list[str]
