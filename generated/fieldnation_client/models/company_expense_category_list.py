from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.company_expense_category_list_actions_item import CompanyExpenseCategoryListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_expense_category import CompanyExpenseCategory, CompanyExpenseCategoryDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class CompanyExpenseCategoryList(_m.BaseModel):
    """Answer of `GET /company/{company_id}/expenses`. The guides show only `results`; `metadata` and `actions` come from
    the older reference's page-based lists.

        Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 12, 'company_expense_id':
                0, 'label': 'Materials', 'type': 'system', 'amount': 0}, {'id': 57, 'company_expense_id': 57, 'label': 'Parking
                (flat)', 'description': 'Flat parking reimbursement for downtown sites.', 'type': 'custom', 'amount': 15}],
                'actions': ['add']}

        Attributes:
            results (list[CompanyExpenseCategory]):
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            actions (list[CompanyExpenseCategoryListActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[CompanyExpenseCategory],
        metadata: ListMetadata | Unset = UNSET,
        actions: list[CompanyExpenseCategoryListActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.company_expense_category import CompanyExpenseCategory  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(CompanyExpenseCategory)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.Enum(CompanyExpenseCategoryListActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[CompanyExpenseCategory]:
        return cast("list[CompanyExpenseCategory]", self._get("results"))

    @results.setter
    def results(self, value: list[CompanyExpenseCategory]) -> None:
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
    def actions(self) -> list[CompanyExpenseCategoryListActionsItem] | None:
        return cast("list[CompanyExpenseCategoryListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[CompanyExpenseCategoryListActionsItem] | None) -> None:
        self._set("actions", value)


class CompanyExpenseCategoryListDict(TypedDict, total=False):
    """:class:`CompanyExpenseCategoryList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[CompanyExpenseCategory | CompanyExpenseCategoryDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[CompanyExpenseCategoryListActionsItem | str]
