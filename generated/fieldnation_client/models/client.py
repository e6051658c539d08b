from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.client_action import ClientAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_projects import ClientProjects, ClientProjectsDict
    from ..models.client_work_order_counts import ClientWorkOrderCounts, ClientWorkOrderCountsDict
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.user_ref import UserRef, UserRefDict


class Client(_m.BaseModel):
    """An end client of the company, for whom work orders and projects are run.

    Example:
        {'id': 301, 'client_id': 301, 'name': 'Northstar Retail', 'active': True, 'print_logo': True, 'address_1': '123
            Tech Blvd', 'address_2': 'Suite 400', 'city': 'San Francisco', 'state': 'CA', 'zip': '94105', 'country': 'US',
            'location_type': 1, 'website': 'https://northstar-retail.example.com', 'about': 'Leading tech support
            provider.', 'standard_instruction': 'Follow safety guidelines.', 'policy_procedure': 'Report all incidents
            immediately.', 'manager': {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'created': {'utc':
            '2026-01-15 16:20:00'}, 'work_order_counts': {'all': 42, 'today': 2, 'draft': 5, 'published_routed': 8,
            'assigned': 12, 'work_done': 3, 'approved_paid': 14}, 'actions': ['edit', 'delete', 'create_work_order',
            'create_project']}

    Attributes:
        id (int):
        name (str):
        client_id (int | None): Same value as `id`.
        active (bool | None): False once the client is deactivated.
        print_logo (bool | None): Print the client's logo on work orders.
        logo (str | None): URL of the client's logo.
        address_1 (str | None):
        address_2 (str | None):
        city (str | None):
        state (str | None):
        zip_ (str | None):
        country (str | None):
        location_type (int | None): Location type id of the client's address (1 = Commercial).
        website (str | None):
        about (str | None):
        standard_instruction (str | None): Instructions added to the client's work orders.
        policy_procedure (str | None): Policies and procedures providers must follow for this client.
        notes (str | None): Free-text notes on the client, as the clients guide's create example sends them.
        manager (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        created (DateObject | str | None): When the client was added: Field Nation's date object on the playground, a
            plain ISO 8601 string in the clients guide's list example. Both are accepted.
        work_order_counts (ClientWorkOrderCounts | None): Number of the client's work orders per stage.
        work_orders_count (int | None): Number of the client's work orders, as the clients guide's list example shows
            it.
        projects (ClientProjects | None): The client's projects, as embedded in the client.
        actions (list[ClientAction] | None):
        correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        client_id: int | Unset = UNSET,
        active: bool | Unset = UNSET,
        print_logo: bool | Unset = UNSET,
        logo: str | Unset = UNSET,
        address_1: str | Unset = UNSET,
        address_2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        location_type: int | Unset = UNSET,
        website: str | Unset = UNSET,
        about: str | Unset = UNSET,
        standard_instruction: str | Unset = UNSET,
        policy_procedure: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        manager: UserRef | Unset = UNSET,
        created: DateObject | str | Unset = UNSET,
        work_order_counts: ClientWorkOrderCounts | Unset = UNSET,
        work_orders_count: int | Unset = UNSET,
        projects: ClientProjects | Unset = UNSET,
        actions: list[ClientAction] | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("client_id", client_id)
        self._set("active", active)
        self._set("print_logo", print_logo)
        self._set("logo", logo)
        self._set("address_1", address_1)
        self._set("address_2", address_2)
        self._set("city", city)
        self._set("state", state)
        self._set("zip", zip_)
        self._set("country", country)
        self._set("location_type", location_type)
        self._set("website", website)
        self._set("about", about)
        self._set("standard_instruction", standard_instruction)
        self._set("policy_procedure", policy_procedure)
        self._set("notes", notes)
        self._set("manager", manager)
        self._set("created", created)
        self._set("work_order_counts", work_order_counts)
        self._set("work_orders_count", work_orders_count)
        self._set("projects", projects)
        self._set("actions", actions)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.client_projects import ClientProjects  # noqa: PLC0415
        from ..models.client_work_order_counts import ClientWorkOrderCounts  # noqa: PLC0415
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "client_id": _m.Field(_m.INT, False, False),
            "active": _m.Field(_m.BOOL, False, False),
            "print_logo": _m.Field(_m.BOOL, False, False),
            "logo": _m.Field(_m.STR, False, False),
            "address_1": _m.Field(_m.STR, False, False),
            "address_2": _m.Field(_m.STR, False, False),
            "city": _m.Field(_m.STR, False, False),
            "state": _m.Field(_m.STR, False, False),
            "zip": _m.Field(_m.STR, False, False),
            "country": _m.Field(_m.STR, False, False),
            "location_type": _m.Field(_m.INT, False, False),
            "website": _m.Field(_m.STR, False, False),
            "about": _m.Field(_m.STR, False, False),
            "standard_instruction": _m.Field(_m.STR, False, False),
            "policy_procedure": _m.Field(_m.STR, False, False),
            "notes": _m.Field(_m.STR, False, False),
            "manager": _m.Field(_m.Model(UserRef), False, False),
            "created": _m.Field(_m.Union((_m.Model(DateObject), _m.STR)), False, False),
            "work_order_counts": _m.Field(_m.Model(ClientWorkOrderCounts), False, False),
            "work_orders_count": _m.Field(_m.INT, False, False),
            "projects": _m.Field(_m.Model(ClientProjects), False, False),
            "actions": _m.Field(_m.List(_m.Enum(ClientAction)), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
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
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def client_id(self) -> int | None:
        """Same value as `id`."""
        return cast("int | None", self._get("client_id"))

    @client_id.setter
    def client_id(self, value: int | None) -> None:
        self._set("client_id", value)

    @property
    def active(self) -> bool | None:
        """False once the client is deactivated."""
        return cast("bool | None", self._get("active"))

    @active.setter
    def active(self, value: bool | None) -> None:
        self._set("active", value)

    @property
    def print_logo(self) -> bool | None:
        """Print the client's logo on work orders."""
        return cast("bool | None", self._get("print_logo"))

    @print_logo.setter
    def print_logo(self, value: bool | None) -> None:
        self._set("print_logo", value)

    @property
    def logo(self) -> str | None:
        """URL of the client's logo."""
        return cast("str | None", self._get("logo"))

    @logo.setter
    def logo(self, value: str | None) -> None:
        self._set("logo", value)

    @property
    def address_1(self) -> str | None:
        return cast("str | None", self._get("address_1"))

    @address_1.setter
    def address_1(self, value: str | None) -> None:
        self._set("address_1", value)

    @property
    def address_2(self) -> str | None:
        return cast("str | None", self._get("address_2"))

    @address_2.setter
    def address_2(self, value: str | None) -> None:
        self._set("address_2", value)

    @property
    def city(self) -> str | None:
        return cast("str | None", self._get("city"))

    @city.setter
    def city(self, value: str | None) -> None:
        self._set("city", value)

    @property
    def state(self) -> str | None:
        return cast("str | None", self._get("state"))

    @state.setter
    def state(self, value: str | None) -> None:
        self._set("state", value)

    @property
    def zip_(self) -> str | None:
        return cast("str | None", self._get("zip"))

    @zip_.setter
    def zip_(self, value: str | None) -> None:
        self._set("zip", value)

    @property
    def country(self) -> str | None:
        return cast("str | None", self._get("country"))

    @country.setter
    def country(self, value: str | None) -> None:
        self._set("country", value)

    @property
    def location_type(self) -> int | None:
        """Location type id of the client's address (1 = Commercial)."""
        return cast("int | None", self._get("location_type"))

    @location_type.setter
    def location_type(self, value: int | None) -> None:
        self._set("location_type", value)

    @property
    def website(self) -> str | None:
        return cast("str | None", self._get("website"))

    @website.setter
    def website(self, value: str | None) -> None:
        self._set("website", value)

    @property
    def about(self) -> str | None:
        return cast("str | None", self._get("about"))

    @about.setter
    def about(self, value: str | None) -> None:
        self._set("about", value)

    @property
    def standard_instruction(self) -> str | None:
        """Instructions added to the client's work orders."""
        return cast("str | None", self._get("standard_instruction"))

    @standard_instruction.setter
    def standard_instruction(self, value: str | None) -> None:
        self._set("standard_instruction", value)

    @property
    def policy_procedure(self) -> str | None:
        """Policies and procedures providers must follow for this client."""
        return cast("str | None", self._get("policy_procedure"))

    @policy_procedure.setter
    def policy_procedure(self, value: str | None) -> None:
        self._set("policy_procedure", value)

    @property
    def notes(self) -> str | None:
        """Free-text notes on the client, as the clients guide's create example sends them."""
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def manager(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("manager"))

    @manager.setter
    def manager(self, value: UserRef | None) -> None:
        self._set("manager", value)

    @property
    def created(self) -> DateObject | str | None:
        """When the client was added: Field Nation's date object on the playground, a plain ISO 8601 string in
        the clients guide's list example. Both are accepted."""
        return cast("DateObject | str | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | str | None) -> None:
        self._set("created", value)

    @property
    def work_order_counts(self) -> ClientWorkOrderCounts | None:
        """Number of the client's work orders per stage."""
        return cast("ClientWorkOrderCounts | None", self._get("work_order_counts"))

    @work_order_counts.setter
    def work_order_counts(self, value: ClientWorkOrderCounts | None) -> None:
        self._set("work_order_counts", value)

    @property
    def work_orders_count(self) -> int | None:
        """Number of the client's work orders, as the clients guide's list example shows it."""
        return cast("int | None", self._get("work_orders_count"))

    @work_orders_count.setter
    def work_orders_count(self, value: int | None) -> None:
        self._set("work_orders_count", value)

    @property
    def projects(self) -> ClientProjects | None:
        """The client's projects, as embedded in the client."""
        return cast("ClientProjects | None", self._get("projects"))

    @projects.setter
    def projects(self, value: ClientProjects | None) -> None:
        self._set("projects", value)

    @property
    def actions(self) -> list[ClientAction] | None:
        return cast("list[ClientAction] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[ClientAction] | None) -> None:
        self._set("actions", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class ClientDict(TypedDict, total=False):
    """:class:`Client` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    client_id: int
    active: bool
    print_logo: bool
    logo: str
    address_1: str
    address_2: str
    city: str
    state: str
    zip: str
    country: str
    location_type: int
    website: str
    about: str
    standard_instruction: str
    policy_procedure: str
    notes: str
    manager: UserRef | UserRefDict
    created: DateObject | DateObjectDict | str
    work_order_counts: ClientWorkOrderCounts | ClientWorkOrderCountsDict
    work_orders_count: int
    projects: ClientProjects | ClientProjectsDict
    actions: list[ClientAction | str]
    correlation_id: str
