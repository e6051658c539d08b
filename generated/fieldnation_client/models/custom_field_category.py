from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField, CustomFieldDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class CustomFieldCategory(_m.BaseModel):
    """A group of custom fields (for example buyer fields or provider fields) with its fields.

    Example:
        {'id': 1, 'name': 'Buyer Fields', 'role': 'buyer', 'results': [{'id': 129, 'name': 'Store Number', 'type':
            'text', 'role': 'buyer', 'value': '5521'}]}

    Attributes:
        results (list[CustomField]):
        id (int | None):
        name (str | None):
        role (str | None):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[CustomField],
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        role: str | Unset = UNSET,
        metadata: ListMetadata | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("id", id)
        self._set("name", name)
        self._set("role", role)
        self._set("metadata", metadata)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(CustomField)), True, False),
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "role": _m.Field(_m.STR, False, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[CustomField]:
        return cast("list[CustomField]", self._get("results"))

    @results.setter
    def results(self, value: list[CustomField]) -> None:
        self._set("results", value)

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
    def role(self) -> str | None:
        return cast("str | None", self._get("role"))

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def metadata(self) -> ListMetadata | None:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata | None", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata | None) -> None:
        self._set("metadata", value)


class CustomFieldCategoryDict(TypedDict, total=False):
    """:class:`CustomFieldCategory` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[CustomField | CustomFieldDict]]
    id: int
    name: str
    role: str
    metadata: ListMetadata | ListMetadataDict
