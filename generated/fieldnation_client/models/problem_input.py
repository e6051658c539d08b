from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef


T = TypeVar("T", bound="ProblemInput")


@_attrs_define
class ProblemInput:
    """Body of `POST /workorders/{work_order_id}/problems`.

    Example:
        {'type': {'id': 31}, 'comments': 'Technician is unable to access the site.', 'support_can_resolve': True}

    Attributes:
        type_ (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
        problem_type_id (int | Unset): The problem type as a bare ID (the guide's form of `type.id`). When both are sent
            they must name the same type.
        comments (str | Unset):
        description (str | Unset): The guide's name for `comments` (the explanation of the problem).
        support_can_resolve (bool | Unset):
        company_can_resolve (bool | Unset):
        send_to_support (bool | Unset):
        send_to_provider (bool | Unset):
        escalate (bool | str | Unset): Whether to escalate; `true`/`false` or their string forms.
        skip_decline (bool | Unset):
        created_on_sf (bool | Unset): Whether the problem was created from a Salesforce case.
        sf_case_id (float | Unset): Salesforce case ID.
        sf_case_creation_note_for_service_msg (str | Unset):
    """

    type_: IdRef | Unset = UNSET
    problem_type_id: int | Unset = UNSET
    comments: str | Unset = UNSET
    description: str | Unset = UNSET
    support_can_resolve: bool | Unset = UNSET
    company_can_resolve: bool | Unset = UNSET
    send_to_support: bool | Unset = UNSET
    send_to_provider: bool | Unset = UNSET
    escalate: bool | str | Unset = UNSET
    skip_decline: bool | Unset = UNSET
    created_on_sf: bool | Unset = UNSET
    sf_case_id: float | Unset = UNSET
    sf_case_creation_note_for_service_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        problem_type_id = self.problem_type_id

        comments = self.comments

        description = self.description

        support_can_resolve = self.support_can_resolve

        company_can_resolve = self.company_can_resolve

        send_to_support = self.send_to_support

        send_to_provider = self.send_to_provider

        escalate: bool | str | Unset
        if isinstance(self.escalate, Unset):
            escalate = UNSET
        else:
            escalate = self.escalate

        skip_decline = self.skip_decline

        created_on_sf = self.created_on_sf

        sf_case_id = self.sf_case_id

        sf_case_creation_note_for_service_msg = self.sf_case_creation_note_for_service_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if problem_type_id is not UNSET:
            field_dict["problem_type_id"] = problem_type_id
        if comments is not UNSET:
            field_dict["comments"] = comments
        if description is not UNSET:
            field_dict["description"] = description
        if support_can_resolve is not UNSET:
            field_dict["support_can_resolve"] = support_can_resolve
        if company_can_resolve is not UNSET:
            field_dict["company_can_resolve"] = company_can_resolve
        if send_to_support is not UNSET:
            field_dict["send_to_support"] = send_to_support
        if send_to_provider is not UNSET:
            field_dict["send_to_provider"] = send_to_provider
        if escalate is not UNSET:
            field_dict["escalate"] = escalate
        if skip_decline is not UNSET:
            field_dict["skip_decline"] = skip_decline
        if created_on_sf is not UNSET:
            field_dict["created_on_sf"] = created_on_sf
        if sf_case_id is not UNSET:
            field_dict["sf_case_id"] = sf_case_id
        if sf_case_creation_note_for_service_msg is not UNSET:
            field_dict["sf_case_creation_note_for_service_msg"] = sf_case_creation_note_for_service_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: IdRef | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = IdRef.from_dict(_type_)

        problem_type_id = d.pop("problem_type_id", UNSET)

        comments = d.pop("comments", UNSET)

        description = d.pop("description", UNSET)

        support_can_resolve = d.pop("support_can_resolve", UNSET)

        company_can_resolve = d.pop("company_can_resolve", UNSET)

        send_to_support = d.pop("send_to_support", UNSET)

        send_to_provider = d.pop("send_to_provider", UNSET)

        def _parse_escalate(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        escalate = _parse_escalate(d.pop("escalate", UNSET))

        skip_decline = d.pop("skip_decline", UNSET)

        created_on_sf = d.pop("created_on_sf", UNSET)

        sf_case_id = d.pop("sf_case_id", UNSET)

        sf_case_creation_note_for_service_msg = d.pop("sf_case_creation_note_for_service_msg", UNSET)

        problem_input = cls(
            type_=type_,
            problem_type_id=problem_type_id,
            comments=comments,
            description=description,
            support_can_resolve=support_can_resolve,
            company_can_resolve=company_can_resolve,
            send_to_support=send_to_support,
            send_to_provider=send_to_provider,
            escalate=escalate,
            skip_decline=skip_decline,
            created_on_sf=created_on_sf,
            sf_case_id=sf_case_id,
            sf_case_creation_note_for_service_msg=sf_case_creation_note_for_service_msg,
        )

        problem_input.additional_properties = d
        return problem_input

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
