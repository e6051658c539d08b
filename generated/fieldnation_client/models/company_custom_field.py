from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.company_custom_field_actions_item import CompanyCustomFieldActionsItem
from ..models.company_custom_field_filled_by import CompanyCustomFieldFilledBy
from ..models.company_custom_field_flags_item import CompanyCustomFieldFlagsItem
from ..models.company_custom_field_role import CompanyCustomFieldRole
from ..models.company_custom_field_type import CompanyCustomFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_custom_field_dependency import (
        CompanyCustomFieldDependency,
        CompanyCustomFieldDependencyDict,
    )


class CompanyCustomField(_m.BaseModel):
    """Definition of a custom field the company has configured for work orders.

    Example:
        {'id': 302, 'name': 'Store number', 'tip': "Four-digit store number from the client's list.", 'type': 'text',
            'role': 'buyer', 'flags': ['required', 'seen_by_provider'], 'actions': ['edit']}

    Attributes:
        id (int):
        name (str):
        tip (str | None): Help text shown next to the field.
        type_ (CompanyCustomFieldType | None):
        options (list[str] | None): Allowed values of a predefined (dropdown) field.
        role (CompanyCustomFieldRole | None): Who fills the field in.
        category (str | None):
        value (str | None): Default value.
        dependency (CompanyCustomFieldDependency | None): Shows the field only when another custom field compares true
            against `value`.
        flags (list[CompanyCustomFieldFlagsItem] | None):
        required (bool | None): Overview page's spelling of the `required` flag.
        filled_by (CompanyCustomFieldFilledBy | None): Overview page's spelling of `role`.
        projects (list[int] | None): Projects the field applies to (overview page).
        actions (list[CompanyCustomFieldActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        tip: str | Unset = UNSET,
        type_: CompanyCustomFieldType | Unset = UNSET,
        options: list[str] | Unset = UNSET,
        role: CompanyCustomFieldRole | Unset = UNSET,
        category: str | Unset = UNSET,
        value: str | Unset = UNSET,
        dependency: CompanyCustomFieldDependency | Unset = UNSET,
        flags: list[CompanyCustomFieldFlagsItem] | Unset = UNSET,
        required: bool | Unset = UNSET,
        filled_by: CompanyCustomFieldFilledBy | Unset = UNSET,
        projects: list[int] | Unset = UNSET,
        actions: list[CompanyCustomFieldActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("tip", tip)
        self._set("type", type_)
        self._set("options", options)
        self._set("role", role)
        self._set("category", category)
        self._set("value", value)
        self._set("dependency", dependency)
        self._set("flags", flags)
        self._set("required", required)
        self._set("filled_by", filled_by)
        self._set("projects", projects)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.company_custom_field_dependency import CompanyCustomFieldDependency  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "tip": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.Enum(CompanyCustomFieldType), False, False),
            "options": _m.Field(_m.List(_m.STR), False, False),
            "role": _m.Field(_m.Enum(CompanyCustomFieldRole), False, False),
            "category": _m.Field(_m.STR, False, False),
            "value": _m.Field(_m.STR, False, False),
            "dependency": _m.Field(_m.Model(CompanyCustomFieldDependency), False, False),
            "flags": _m.Field(_m.List(_m.Enum(CompanyCustomFieldFlagsItem)), False, False),
            "required": _m.Field(_m.BOOL, False, False),
            "filled_by": _m.Field(_m.Enum(CompanyCustomFieldFilledBy), False, False),
            "projects": _m.Field(_m.List(_m.INT), False, False),
            "actions": _m.Field(_m.List(_m.Enum(CompanyCustomFieldActionsItem)), False, False),
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
    def tip(self) -> str | None:
        """Help text shown next to the field."""
        return cast("str | None", self._get("tip"))

    @tip.setter
    def tip(self, value: str | None) -> None:
        self._set("tip", value)

    @property
    def type_(self) -> CompanyCustomFieldType | None:
        return cast("CompanyCustomFieldType | None", self._get("type"))

    @type_.setter
    def type_(self, value: CompanyCustomFieldType | None) -> None:
        self._set("type", value)

    @property
    def options(self) -> list[str] | None:
        """Allowed values of a predefined (dropdown) field."""
        return cast("list[str] | None", self._get("options"))

    @options.setter
    def options(self, value: list[str] | None) -> None:
        self._set("options", value)

    @property
    def role(self) -> CompanyCustomFieldRole | None:
        """Who fills the field in."""
        return cast("CompanyCustomFieldRole | None", self._get("role"))

    @role.setter
    def role(self, value: CompanyCustomFieldRole | None) -> None:
        self._set("role", value)

    @property
    def category(self) -> str | None:
        return cast("str | None", self._get("category"))

    @category.setter
    def category(self, value: str | None) -> None:
        self._set("category", value)

    @property
    def value(self) -> str | None:
        """Default value."""
        return cast("str | None", self._get("value"))

    @value.setter
    def value(self, value: str | None) -> None:
        self._set("value", value)

    @property
    def dependency(self) -> CompanyCustomFieldDependency | None:
        """Shows the field only when another custom field compares true against `value`."""
        return cast("CompanyCustomFieldDependency | None", self._get("dependency"))

    @dependency.setter
    def dependency(self, value: CompanyCustomFieldDependency | None) -> None:
        self._set("dependency", value)

    @property
    def flags(self) -> list[CompanyCustomFieldFlagsItem] | None:
        return cast("list[CompanyCustomFieldFlagsItem] | None", self._get("flags"))

    @flags.setter
    def flags(self, value: list[CompanyCustomFieldFlagsItem] | None) -> None:
        self._set("flags", value)

    @property
    def required(self) -> bool | None:
        """Overview page's spelling of the `required` flag."""
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)

    @property
    def filled_by(self) -> CompanyCustomFieldFilledBy | None:
        """Overview page's spelling of `role`."""
        return cast("CompanyCustomFieldFilledBy | None", self._get("filled_by"))

    @filled_by.setter
    def filled_by(self, value: CompanyCustomFieldFilledBy | None) -> None:
        self._set("filled_by", value)

    @property
    def projects(self) -> list[int] | None:
        """Projects the field applies to (overview page)."""
        return cast("list[int] | None", self._get("projects"))

    @projects.setter
    def projects(self, value: list[int] | None) -> None:
        self._set("projects", value)

    @property
    def actions(self) -> list[CompanyCustomFieldActionsItem] | None:
        return cast("list[CompanyCustomFieldActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[CompanyCustomFieldActionsItem] | None) -> None:
        self._set("actions", value)


class CompanyCustomFieldDict(TypedDict, total=False):
    """:class:`CompanyCustomField` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    tip: str
    type: CompanyCustomFieldType | str
    options: list[str]
    role: CompanyCustomFieldRole | str
    category: str
    value: str
    dependency: CompanyCustomFieldDependency | CompanyCustomFieldDependencyDict
    flags: list[CompanyCustomFieldFlagsItem | str]
    required: bool
    filled_by: CompanyCustomFieldFilledBy | str
    projects: list[int]
    actions: list[CompanyCustomFieldActionsItem | str]
