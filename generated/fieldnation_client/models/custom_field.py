from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.custom_field_filled_by import CustomFieldFilledBy
from ..models.custom_field_role import CustomFieldRole
from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_dependency import CustomFieldDependency, CustomFieldDependencyDict


class CustomField(_m.BaseModel):
    """A custom field with its value on one work order. Everything but `value` is defined by the company and read-only
    here.

        Example:
            {'id': 129, 'name': 'Store Number', 'tip': 'Four-digit number printed on the store sign.', 'type': 'text',
                'role': 'buyer', 'value': '5521', 'flags': ['required', 'shown_in_header'], 'actions': ['edit']}

        Attributes:
            id (int):
            name (str | None):
            tip (str | None): Help text shown next to the field.
            type_ (CustomFieldType | None): Which values the field accepts. `predefined` fields pick one of `options`.
            options (list[str] | None): Allowed values of a `predefined` field; includes `""` when blank is allowed.
            role (CustomFieldRole | None): Who fills the field in.
            value (str | None): Current value; null or empty when not filled in yet.
            dependency (CustomFieldDependency | None): Show the field only when another (parent) field's value satisfies the
                condition.
            flags (list[str] | None): Advanced options, for example `required`, `unique`, `required_during_checkin`,
                `shown_in_header`, `seen_by_provider`, `visible_to_clients`, `show_in_available`.
            category (str | None): Name of the category the field belongs to.
            required (bool | None): Whether the field must be filled in (simplified form shown in the guide).
            filled_by (CustomFieldFilledBy | None): Who fills the field in (simplified form shown in the guide).
            actions (list[str] | None): What the caller may do with the field (`edit`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        tip: str | Unset = UNSET,
        type_: CustomFieldType | Unset = UNSET,
        options: list[str] | Unset = UNSET,
        role: CustomFieldRole | Unset = UNSET,
        value: str | None | Unset = UNSET,
        dependency: CustomFieldDependency | Unset = UNSET,
        flags: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        required: bool | Unset = UNSET,
        filled_by: CustomFieldFilledBy | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
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
        self._set("value", value)
        self._set("dependency", dependency)
        self._set("flags", flags)
        self._set("category", category)
        self._set("required", required)
        self._set("filled_by", filled_by)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.custom_field_dependency import CustomFieldDependency  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "tip": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.Enum(CustomFieldType), False, False),
            "options": _m.Field(_m.List(_m.STR), False, False),
            "role": _m.Field(_m.Enum(CustomFieldRole), False, False),
            "value": _m.Field(_m.STR, False, True),
            "dependency": _m.Field(_m.Model(CustomFieldDependency), False, False),
            "flags": _m.Field(_m.List(_m.STR), False, False),
            "category": _m.Field(_m.STR, False, False),
            "required": _m.Field(_m.BOOL, False, False),
            "filled_by": _m.Field(_m.Enum(CustomFieldFilledBy), False, False),
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
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def tip(self) -> str | None:
        """Help text shown next to the field."""
        return cast("str | None", self._get("tip"))

    @tip.setter
    def tip(self, value: str | None) -> None:
        self._set("tip", value)

    @property
    def type_(self) -> CustomFieldType | None:
        """Which values the field accepts. `predefined` fields pick one of `options`."""
        return cast("CustomFieldType | None", self._get("type"))

    @type_.setter
    def type_(self, value: CustomFieldType | None) -> None:
        self._set("type", value)

    @property
    def options(self) -> list[str] | None:
        """Allowed values of a `predefined` field; includes `""` when blank is allowed."""
        return cast("list[str] | None", self._get("options"))

    @options.setter
    def options(self, value: list[str] | None) -> None:
        self._set("options", value)

    @property
    def role(self) -> CustomFieldRole | None:
        """Who fills the field in."""
        return cast("CustomFieldRole | None", self._get("role"))

    @role.setter
    def role(self, value: CustomFieldRole | None) -> None:
        self._set("role", value)

    @property
    def value(self) -> str | None:
        """Current value; null or empty when not filled in yet."""
        return cast("str | None", self._get("value"))

    @value.setter
    def value(self, value: str | None) -> None:
        self._set("value", value)

    @property
    def dependency(self) -> CustomFieldDependency | None:
        """Show the field only when another (parent) field's value satisfies the condition."""
        return cast("CustomFieldDependency | None", self._get("dependency"))

    @dependency.setter
    def dependency(self, value: CustomFieldDependency | None) -> None:
        self._set("dependency", value)

    @property
    def flags(self) -> list[str] | None:
        """Advanced options, for example `required`, `unique`, `required_during_checkin`, `shown_in_header`,
        `seen_by_provider`, `visible_to_clients`, `show_in_available`."""
        return cast("list[str] | None", self._get("flags"))

    @flags.setter
    def flags(self, value: list[str] | None) -> None:
        self._set("flags", value)

    @property
    def category(self) -> str | None:
        """Name of the category the field belongs to."""
        return cast("str | None", self._get("category"))

    @category.setter
    def category(self, value: str | None) -> None:
        self._set("category", value)

    @property
    def required(self) -> bool | None:
        """Whether the field must be filled in (simplified form shown in the guide)."""
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)

    @property
    def filled_by(self) -> CustomFieldFilledBy | None:
        """Who fills the field in (simplified form shown in the guide)."""
        return cast("CustomFieldFilledBy | None", self._get("filled_by"))

    @filled_by.setter
    def filled_by(self, value: CustomFieldFilledBy | None) -> None:
        self._set("filled_by", value)

    @property
    def actions(self) -> list[str] | None:
        """What the caller may do with the field (`edit`)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class CustomFieldDict(TypedDict, total=False):
    """:class:`CustomField` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    tip: str
    type: CustomFieldType | str
    options: list[str]
    role: CustomFieldRole | str
    value: str | None
    dependency: CustomFieldDependency | CustomFieldDependencyDict
    flags: list[str]
    category: str
    required: bool
    filled_by: CustomFieldFilledBy | str
    actions: list[str]
