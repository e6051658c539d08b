from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.type_of_work import TypeOfWork, TypeOfWorkDict
    from ..models.type_of_work_list_params_item import TypeOfWorkListParamsItem, TypeOfWorkListParamsItemDict


class TypeOfWorkList(_m.BaseModel):
    """Page-based list answered by `GET /types-of-work`.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 62, 'name': 'Point of
            Sale', 'industry': 'Information Technology / Communications'}, {'id': 71, 'name': 'Networking', 'industry':
            'Information Technology / Communications'}], 'actions': []}

    Attributes:
        results (list[TypeOfWork]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        actions (list[str] | None): Actions the caller may take on the list (usually empty).
        params (list[TypeOfWorkListParamsItem] | None): Echo of the list parameters the server applied.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[TypeOfWork],
        metadata: ListMetadata | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        params: list[TypeOfWorkListParamsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("actions", actions)
        self._set("params", params)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.type_of_work import TypeOfWork  # noqa: PLC0415
        from ..models.type_of_work_list_params_item import TypeOfWorkListParamsItem  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(TypeOfWork)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "params": _m.Field(_m.List(_m.Model(TypeOfWorkListParamsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[TypeOfWork]:
        return cast("list[TypeOfWork]", self._get("results"))

    @results.setter
    def results(self, value: list[TypeOfWork]) -> None:
        self._set("results", value)

    @property
    def metadata(self) -> ListMetadata | None:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata | None", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata | None) -> None:
        self._set("metadata", value)

    @property
    def actions(self) -> list[str] | None:
        """Actions the caller may take on the list (usually empty)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

    @property
    def params(self) -> list[TypeOfWorkListParamsItem] | None:
        """Echo of the list parameters the server applied."""
        return cast("list[TypeOfWorkListParamsItem] | None", self._get("params"))

    @params.setter
    def params(self, value: list[TypeOfWorkListParamsItem] | None) -> None:
        self._set("params", value)


class TypeOfWorkListDict(TypedDict, total=False):
    """:class:`TypeOfWorkList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[TypeOfWork | TypeOfWorkDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[str]
    params: list[TypeOfWorkListParamsItem | TypeOfWorkListParamsItemDict]
