from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_location_saved_ref_contact import WorkOrderLocationSavedRefContact
    from ..models.work_order_location_saved_ref_group import WorkOrderLocationSavedRefGroup


class WorkOrderLocationSavedRef(_m.BaseModel):
    """The saved location a work order uses (mode `location`). The work order answers id 0 and empty strings when it uses
    no saved location.

        Example:
            {'id': 16267, 'name': 'Store 0412', 'display_name': 'Store 0412 - Minneapolis', 'contact': {'name': 'Front
                desk', 'phone': '+1 612 555 0199'}, 'group': {'id': 31, 'name': 'Midwest stores'}}

        Attributes:
            id (int | None):
            name (Any):
            display_name (Any):
            contact (WorkOrderLocationSavedRefContact | None):
            group (WorkOrderLocationSavedRefGroup | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        name: Any = UNSET,
        display_name: Any = UNSET,
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
            "name": _m.Field(_m.ANY, False, False),
            "display_name": _m.Field(_m.ANY, False, False),
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
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def display_name(self) -> Any:
        return self._get("display_name")

    @display_name.setter
    def display_name(self, value: Any) -> None:
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
