from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_location_saved_ref_contact import (
        WorkOrderLocationSavedRefContact,
        WorkOrderLocationSavedRefContactDict,
    )
    from ..models.work_order_location_saved_ref_group import (
        WorkOrderLocationSavedRefGroup,
        WorkOrderLocationSavedRefGroupDict,
    )


class WorkOrderLocationSavedRef(_m.BaseModel):
    """The saved location a work order uses (mode `location`). The work order answers id 0 and empty strings when it uses
    no saved location.

        Example:
            {'id': 16326, 'name': 'Northstar Store 00123', 'display_name': 'Northstar Store 00123', 'contact': {'name':
                'Front desk', 'phone': '+1 612 555 0199'}, 'group': {'id': 31, 'name': 'Midwest stores'}}

        Attributes:
            id (int | None):
            name (str | None):
            display_name (str | None):
            contact (WorkOrderLocationSavedRefContact | None):
            group (WorkOrderLocationSavedRefGroup | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        contact: WorkOrderLocationSavedRefContact | Unset = UNSET,
        group: WorkOrderLocationSavedRefGroup | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("display_name", display_name)
        self._set("contact", contact)
        self._set("group", group)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.work_order_location_saved_ref_contact import WorkOrderLocationSavedRefContact  # noqa: PLC0415
        from ..models.work_order_location_saved_ref_group import WorkOrderLocationSavedRefGroup  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "display_name": _m.Field(_m.STR, False, False),
            "contact": _m.Field(_m.Model(WorkOrderLocationSavedRefContact), False, False),
            "group": _m.Field(_m.Model(WorkOrderLocationSavedRefGroup), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def display_name(self) -> str | None:
        return cast("str | None", self._get("display_name"))

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("display_name", value)

    @property
    def contact(self) -> WorkOrderLocationSavedRefContact | None:
        return cast("WorkOrderLocationSavedRefContact | None", self._get("contact"))

    @contact.setter
    def contact(self, value: WorkOrderLocationSavedRefContact | None) -> None:
        self._set("contact", value)

    @property
    def group(self) -> WorkOrderLocationSavedRefGroup | None:
        return cast("WorkOrderLocationSavedRefGroup | None", self._get("group"))

    @group.setter
    def group(self, value: WorkOrderLocationSavedRefGroup | None) -> None:
        self._set("group", value)


class WorkOrderLocationSavedRefDict(TypedDict, total=False):
    """:class:`WorkOrderLocationSavedRef` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    name: str
    display_name: str
    contact: WorkOrderLocationSavedRefContact | WorkOrderLocationSavedRefContactDict
    group: WorkOrderLocationSavedRefGroup | WorkOrderLocationSavedRefGroupDict
