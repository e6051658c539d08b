from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict


class ProblemInput(_m.BaseModel):
    """Body of `POST /workorders/{work_order_id}/problems`.

    Example:
        {'type': {'id': 31}, 'comments': 'Technician is unable to access the site.', 'support_can_resolve': True}

    Attributes:
        type_ (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        problem_type_id (int | None): The problem type as a bare ID (the guide's form of `type.id`). When both are sent
            they must name the same type.
        comments (str | None):
        description (str | None): The guide's name for `comments` (the explanation of the problem).
        support_can_resolve (bool | None):
        company_can_resolve (bool | None):
        send_to_support (bool | None):
        send_to_provider (bool | None):
        escalate (str | bool | None): Whether to escalate; `true`/`false` or their string forms.
        skip_decline (bool | None):
        created_on_sf (bool | None): Whether the problem was created from a Salesforce case.
        sf_case_id (float | None): Salesforce case ID.
        sf_case_creation_note_for_service_msg (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        type_: IdRef | Unset = UNSET,
        problem_type_id: int | Unset = UNSET,
        comments: str | Unset = UNSET,
        description: str | Unset = UNSET,
        support_can_resolve: bool | Unset = UNSET,
        company_can_resolve: bool | Unset = UNSET,
        send_to_support: bool | Unset = UNSET,
        send_to_provider: bool | Unset = UNSET,
        escalate: str | bool | Unset = UNSET,
        skip_decline: bool | Unset = UNSET,
        created_on_sf: bool | Unset = UNSET,
        sf_case_id: float | Unset = UNSET,
        sf_case_creation_note_for_service_msg: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("type", type_)
        self._set("problem_type_id", problem_type_id)
        self._set("comments", comments)
        self._set("description", description)
        self._set("support_can_resolve", support_can_resolve)
        self._set("company_can_resolve", company_can_resolve)
        self._set("send_to_support", send_to_support)
        self._set("send_to_provider", send_to_provider)
        self._set("escalate", escalate)
        self._set("skip_decline", skip_decline)
        self._set("created_on_sf", created_on_sf)
        self._set("sf_case_id", sf_case_id)
        self._set("sf_case_creation_note_for_service_msg", sf_case_creation_note_for_service_msg)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        return {
            "type": _m.Field(_m.Model(IdRef), False, False),
            "problem_type_id": _m.Field(_m.INT, False, False),
            "comments": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "support_can_resolve": _m.Field(_m.BOOL, False, False),
            "company_can_resolve": _m.Field(_m.BOOL, False, False),
            "send_to_support": _m.Field(_m.BOOL, False, False),
            "send_to_provider": _m.Field(_m.BOOL, False, False),
            "escalate": _m.Field(_m.Union((_m.STR, _m.BOOL)), False, False),
            "skip_decline": _m.Field(_m.BOOL, False, False),
            "created_on_sf": _m.Field(_m.BOOL, False, False),
            "sf_case_id": _m.Field(_m.FLOAT, False, False),
            "sf_case_creation_note_for_service_msg": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def type_(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("type"))

    @type_.setter
    def type_(self, value: IdRef | None) -> None:
        self._set("type", value)

    @property
    def problem_type_id(self) -> int | None:
        """The problem type as a bare ID (the guide's form of `type.id`). When both are sent they must name the
        same type."""
        return cast("int | None", self._get("problem_type_id"))

    @problem_type_id.setter
    def problem_type_id(self, value: int | None) -> None:
        self._set("problem_type_id", value)

    @property
    def comments(self) -> str | None:
        return cast("str | None", self._get("comments"))

    @comments.setter
    def comments(self, value: str | None) -> None:
        self._set("comments", value)

    @property
    def description(self) -> str | None:
        """The guide's name for `comments` (the explanation of the problem)."""
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def support_can_resolve(self) -> bool | None:
        return cast("bool | None", self._get("support_can_resolve"))

    @support_can_resolve.setter
    def support_can_resolve(self, value: bool | None) -> None:
        self._set("support_can_resolve", value)

    @property
    def company_can_resolve(self) -> bool | None:
        return cast("bool | None", self._get("company_can_resolve"))

    @company_can_resolve.setter
    def company_can_resolve(self, value: bool | None) -> None:
        self._set("company_can_resolve", value)

    @property
    def send_to_support(self) -> bool | None:
        return cast("bool | None", self._get("send_to_support"))

    @send_to_support.setter
    def send_to_support(self, value: bool | None) -> None:
        self._set("send_to_support", value)

    @property
    def send_to_provider(self) -> bool | None:
        return cast("bool | None", self._get("send_to_provider"))

    @send_to_provider.setter
    def send_to_provider(self, value: bool | None) -> None:
        self._set("send_to_provider", value)

    @property
    def escalate(self) -> str | bool | None:
        """Whether to escalate; `true`/`false` or their string forms."""
        return cast("str | bool | None", self._get("escalate"))

    @escalate.setter
    def escalate(self, value: str | bool | None) -> None:
        self._set("escalate", value)

    @property
    def skip_decline(self) -> bool | None:
        return cast("bool | None", self._get("skip_decline"))

    @skip_decline.setter
    def skip_decline(self, value: bool | None) -> None:
        self._set("skip_decline", value)

    @property
    def created_on_sf(self) -> bool | None:
        """Whether the problem was created from a Salesforce case."""
        return cast("bool | None", self._get("created_on_sf"))

    @created_on_sf.setter
    def created_on_sf(self, value: bool | None) -> None:
        self._set("created_on_sf", value)

    @property
    def sf_case_id(self) -> float | None:
        """Salesforce case ID."""
        return cast("float | None", self._get("sf_case_id"))

    @sf_case_id.setter
    def sf_case_id(self, value: float | None) -> None:
        self._set("sf_case_id", value)

    @property
    def sf_case_creation_note_for_service_msg(self) -> str | None:
        return cast("str | None", self._get("sf_case_creation_note_for_service_msg"))

    @sf_case_creation_note_for_service_msg.setter
    def sf_case_creation_note_for_service_msg(self, value: str | None) -> None:
        self._set("sf_case_creation_note_for_service_msg", value)


class ProblemInputDict(TypedDict, total=False):
    """:class:`ProblemInput` as plain data (JSON keys); accepted wherever the model is sent."""

    type: IdRef | IdRefDict
    problem_type_id: int
    comments: str
    description: str
    support_can_resolve: bool
    company_can_resolve: bool
    send_to_support: bool
    send_to_provider: bool
    escalate: str | bool
    skip_decline: bool
    created_on_sf: bool
    sf_case_id: float
    sf_case_creation_note_for_service_msg: str
