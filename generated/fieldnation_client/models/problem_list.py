from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.problem_list_actions_item import ProblemListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.problem import Problem
    from ..models.problem_list_sum import ProblemListSum
    from ..models.problem_type import ProblemType


T = TypeVar("T", bound="ProblemList")


@_attrs_define
class ProblemList:
    """Problems of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not
    document the order), with counts and the reportable types.

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'active': 1, 'resolved': 0},
                'results': [{'id': 643, 'type': {'id': 31, 'name': 'Internal Issue with my company'}, 'comments': 'Technician is
                unable to access the site.', 'resolution': {'status': 'open'}, 'created': {'utc': '2026-07-01 15:10:00'},
                'actions': ['edit', 'resolve', 'delete']}], 'types': [{'id': 22, 'name': "I can't find a provider"}, {'id': 31,
                'name': 'Internal Issue with my company'}, {'id': 33, 'name': 'How to/platform help'}], 'actions': ['add']}

        Attributes:
            metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
                playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
                omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total': 42,
                'page': 1, 'pages': 2, 'per_page': 25}.
            results (list[Problem]): Newest first in the local sandbox (its convention); Field Nation does not document the
                order of this list.
            sum_ (ProblemListSum | Unset): Counts of problems. The playground shows `active` and `resolved`; the Android
                client's model has `resolved` and `unresolved`.
            correlation_id (str | Unset):
            actions (list[ProblemListActionsItem] | Unset):
            types (list[ProblemType] | Unset): Problem types the caller may report.
            active (Problem | Unset): A problem reported on a work order. Example: {'id': 643, 'type': {'id': 31, 'name':
                'Internal Issue with my company'}, 'comments': 'Technician is unable to access the site.', 'contact': 'all',
                'resolution': {'status': 'open', 'allowed_resolvers': ['buyer', 'support']}, 'author': {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}, 'created': {'utc': '2026-07-01 15:10:00'}, 'actions': ['edit',
                'resolve', 'delete']}.
    """

    metadata: ListMetadata
    results: list[Problem]
    sum_: ProblemListSum | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[ProblemListActionsItem] | Unset = UNSET
    types: list[ProblemType] | Unset = UNSET
    active: Problem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        sum_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sum_, Unset):
            sum_ = self.sum_.to_dict()

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.to_dict()
                types.append(types_item)

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"metadata": metadata, "results": results})
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if types is not UNSET:
            field_dict["types"] = types
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.problem import Problem  # noqa: PLC0415
        from ..models.problem_list_sum import ProblemListSum  # noqa: PLC0415
        from ..models.problem_type import ProblemType  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Problem.from_dict(results_item_data)

            results.append(results_item)

        _sum_ = d.pop("sum", UNSET)
        sum_: ProblemListSum | Unset
        if isinstance(_sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = ProblemListSum.from_dict(_sum_)

        correlation_id = d.pop("correlation_id", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[ProblemListActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ProblemListActionsItem(actions_item_data)

                actions.append(actions_item)

        _types = d.pop("types", UNSET)
        types: list[ProblemType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = ProblemType.from_dict(types_item_data)

                types.append(types_item)

        _active = d.pop("active", UNSET)
        active: Problem | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = Problem.from_dict(_active)

        problem_list = cls(
            metadata=metadata,
            results=results,
            sum_=sum_,
            correlation_id=correlation_id,
            actions=actions,
            types=types,
            active=active,
        )

        problem_list.additional_properties = d
        return problem_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
