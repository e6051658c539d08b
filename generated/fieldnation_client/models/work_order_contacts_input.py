from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput, ContactInputDict


class WorkOrderContactsInput(_m.BaseModel):
    """Contacts to add to the work order, in the `{results: [...]}` envelope of the contacts guide; each item is the body
    of `POST /workorders/{work_order_id}/contacts`.

        Example:
            {'results': [{'role': 'Location Contact', 'name': 'Maria Lopez', 'phone': '+1-612-555-0143', 'notes': 'Store
                manager, available 8am-5pm weekdays.'}]}

        Attributes:
            results (list[ContactInput]):
    """

    __slots__ = ()

    def __init__(self, *, results: list[ContactInput]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.contact_input import ContactInput  # noqa: PLC0415

        return {"results": _m.Field(_m.List(_m.Model(ContactInput)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[ContactInput]:
        return cast("list[ContactInput]", self._get("results"))

    @results.setter
    def results(self, value: list[ContactInput]) -> None:
        self._set("results", value)


class WorkOrderContactsInputDict(TypedDict, total=False):
    """:class:`WorkOrderContactsInput` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[ContactInput | ContactInputDict]]
