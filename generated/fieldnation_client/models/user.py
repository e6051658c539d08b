from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.user_user_type import UserUserType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.type_of_work import TypeOfWork, TypeOfWorkDict
    from ..models.user_company import UserCompany, UserCompanyDict
    from ..models.user_coords import UserCoords, UserCoordsDict
    from ..models.user_network_list import UserNetworkList, UserNetworkListDict
    from ..models.user_preferred_group import UserPreferredGroup, UserPreferredGroupDict
    from ..models.user_rating import UserRating, UserRatingDict
    from ..models.user_time_zone import UserTimeZone, UserTimeZoneDict


class User(_m.BaseModel):
    """A Field Nation user: a provider (technician) or a member of a buyer company. Which fields are present depends on the
    user's role and on the caller's relation to the user.

        Example:
            {'id': 9001, 'first_name': 'Sarah', 'last_name': 'Johnson', 'email': 'sarah.johnson@lakeside-tech.example',
                'phone': '+1-651-555-0188', 'thumbnail': 'https://cdn.fieldnation.example/profiles/9001.jpg', 'role':
                'provider', 'city': 'Saint Paul', 'state': 'MN', 'zip': '55101', 'country': 'US', 'coords': {'latitude':
                44.9537, 'longitude': -93.09, 'exact': True}, 'time_zone': {'id': 9, 'name': 'America/Chicago', 'short': 'CST',
                'offset': -6}, 'company': {'id': 612, 'name': 'Lakeside Tech Services'}, 'rating': {'marketplace': {'stars':
                4.8, 'total_ratings': 212}, 'my_company': {'stars': 5, 'total_ratings': 14}}, 'types_of_work': [{'id': 62,
                'name': 'Point of Sale'}], 'preferred_groups': [{'id': 13, 'name': 'ATM Repair'}], 'marketplace': True,
                'managed': False, 'worked_with': True, 'last_active': {'utc': '2026-06-30 21:15:00'}}

        Attributes:
            id (int):
            first_name (str | None):
            last_name (str | None):
            email (str | None):
            phone (str | None):
            cell (str | None):
            thumbnail (str | None): URL of the profile picture.
            vanity (str | None): Public profile name.
            user_type (UserUserType | None): Kind of user (overview page).
            role (str | None):
            role_type (str | None): Role type of the old user object, such as `provider`.
            address (str | None):
            city (str | None):
            state (str | None):
            zip_ (str | None):
            country (str | None):
            coords (UserCoords | None): Geographic position of a user's address.
            time_zone (UserTimeZone | None): Time zone of a user.
            company (UserCompany | None): The company a user belongs to.
            rating (float | UserRating | None): Detailed ratings, or one number on the overview page.
            jobs_completed (int | None): Number of completed work orders (overview page).
            certifications (list[str] | None): Certification names (overview page).
            types_of_work (list[TypeOfWork] | None):
            networks (UserNetworkList | None): Networks of a user.
            preferred_groups (list[UserPreferredGroup] | None):
            about (str | None):
            tagline (str | None):
            website (str | None):
            notes (str | None):
            marketplace (bool | None): Whether the provider takes marketplace work.
            managed (bool | None): Whether the provider is managed by a provider company.
            w2 (bool | None): Whether the user is a W-2 employee of the caller's company.
            routable (bool | None):
            assignable (bool | None):
            unassignable (bool | None):
            protec (bool | None): Whether the provider is in Field Nation's ProTec programme.
            worked_with (bool | None): Whether the provider has worked for the caller's company before.
            worker_compensation (bool | None):
            is_end_client (bool | None):
            last_active (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            actions (list[str] | None):
            correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        cell: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        vanity: str | Unset = UNSET,
        user_type: UserUserType | Unset = UNSET,
        role: str | Unset = UNSET,
        role_type: str | Unset = UNSET,
        address: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        coords: UserCoords | Unset = UNSET,
        time_zone: UserTimeZone | Unset = UNSET,
        company: UserCompany | Unset = UNSET,
        rating: float | UserRating | Unset = UNSET,
        jobs_completed: int | Unset = UNSET,
        certifications: list[str] | Unset = UNSET,
        types_of_work: list[TypeOfWork] | Unset = UNSET,
        networks: UserNetworkList | Unset = UNSET,
        preferred_groups: list[UserPreferredGroup] | Unset = UNSET,
        about: str | Unset = UNSET,
        tagline: str | Unset = UNSET,
        website: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        marketplace: bool | Unset = UNSET,
        managed: bool | Unset = UNSET,
        w2: bool | Unset = UNSET,
        routable: bool | Unset = UNSET,
        assignable: bool | Unset = UNSET,
        unassignable: bool | Unset = UNSET,
        protec: bool | Unset = UNSET,
        worked_with: bool | Unset = UNSET,
        worker_compensation: bool | Unset = UNSET,
        is_end_client: bool | Unset = UNSET,
        last_active: DateObject | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("first_name", first_name)
        self._set("last_name", last_name)
        self._set("email", email)
        self._set("phone", phone)
        self._set("cell", cell)
        self._set("thumbnail", thumbnail)
        self._set("vanity", vanity)
        self._set("user_type", user_type)
        self._set("role", role)
        self._set("role_type", role_type)
        self._set("address", address)
        self._set("city", city)
        self._set("state", state)
        self._set("zip", zip_)
        self._set("country", country)
        self._set("coords", coords)
        self._set("time_zone", time_zone)
        self._set("company", company)
        self._set("rating", rating)
        self._set("jobs_completed", jobs_completed)
        self._set("certifications", certifications)
        self._set("types_of_work", types_of_work)
        self._set("networks", networks)
        self._set("preferred_groups", preferred_groups)
        self._set("about", about)
        self._set("tagline", tagline)
        self._set("website", website)
        self._set("notes", notes)
        self._set("marketplace", marketplace)
        self._set("managed", managed)
        self._set("w2", w2)
        self._set("routable", routable)
        self._set("assignable", assignable)
        self._set("unassignable", unassignable)
        self._set("protec", protec)
        self._set("worked_with", worked_with)
        self._set("worker_compensation", worker_compensation)
        self._set("is_end_client", is_end_client)
        self._set("last_active", last_active)
        self._set("created", created)
        self._set("actions", actions)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.type_of_work import TypeOfWork  # noqa: PLC0415
        from ..models.user_company import UserCompany  # noqa: PLC0415
        from ..models.user_coords import UserCoords  # noqa: PLC0415
        from ..models.user_network_list import UserNetworkList  # noqa: PLC0415
        from ..models.user_preferred_group import UserPreferredGroup  # noqa: PLC0415
        from ..models.user_rating import UserRating  # noqa: PLC0415
        from ..models.user_time_zone import UserTimeZone  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "first_name": _m.Field(_m.STR, False, False),
            "last_name": _m.Field(_m.STR, False, False),
            "email": _m.Field(_m.STR, False, False),
            "phone": _m.Field(_m.STR, False, False),
            "cell": _m.Field(_m.STR, False, False),
            "thumbnail": _m.Field(_m.STR, False, False),
            "vanity": _m.Field(_m.STR, False, False),
            "user_type": _m.Field(_m.Enum(UserUserType), False, False),
            "role": _m.Field(_m.STR, False, False),
            "role_type": _m.Field(_m.STR, False, False),
            "address": _m.Field(_m.STR, False, False),
            "city": _m.Field(_m.STR, False, False),
            "state": _m.Field(_m.STR, False, False),
            "zip": _m.Field(_m.STR, False, False),
            "country": _m.Field(_m.STR, False, False),
            "coords": _m.Field(_m.Model(UserCoords), False, False),
            "time_zone": _m.Field(_m.Model(UserTimeZone), False, False),
            "company": _m.Field(_m.Model(UserCompany), False, False),
            "rating": _m.Field(_m.Union((_m.FLOAT, _m.Model(UserRating))), False, False),
            "jobs_completed": _m.Field(_m.INT, False, False),
            "certifications": _m.Field(_m.List(_m.STR), False, False),
            "types_of_work": _m.Field(_m.List(_m.Model(TypeOfWork)), False, False),
            "networks": _m.Field(_m.Model(UserNetworkList), False, False),
            "preferred_groups": _m.Field(_m.List(_m.Model(UserPreferredGroup)), False, False),
            "about": _m.Field(_m.STR, False, False),
            "tagline": _m.Field(_m.STR, False, False),
            "website": _m.Field(_m.STR, False, False),
            "notes": _m.Field(_m.STR, False, False),
            "marketplace": _m.Field(_m.BOOL, False, False),
            "managed": _m.Field(_m.BOOL, False, False),
            "w2": _m.Field(_m.BOOL, False, False),
            "routable": _m.Field(_m.BOOL, False, False),
            "assignable": _m.Field(_m.BOOL, False, False),
            "unassignable": _m.Field(_m.BOOL, False, False),
            "protec": _m.Field(_m.BOOL, False, False),
            "worked_with": _m.Field(_m.BOOL, False, False),
            "worker_compensation": _m.Field(_m.BOOL, False, False),
            "is_end_client": _m.Field(_m.BOOL, False, False),
            "last_active": _m.Field(_m.Model(DateObject), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
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
    def first_name(self) -> str | None:
        return cast("str | None", self._get("first_name"))

    @first_name.setter
    def first_name(self, value: str | None) -> None:
        self._set("first_name", value)

    @property
    def last_name(self) -> str | None:
        return cast("str | None", self._get("last_name"))

    @last_name.setter
    def last_name(self, value: str | None) -> None:
        self._set("last_name", value)

    @property
    def email(self) -> str | None:
        return cast("str | None", self._get("email"))

    @email.setter
    def email(self, value: str | None) -> None:
        self._set("email", value)

    @property
    def phone(self) -> str | None:
        return cast("str | None", self._get("phone"))

    @phone.setter
    def phone(self, value: str | None) -> None:
        self._set("phone", value)

    @property
    def cell(self) -> str | None:
        return cast("str | None", self._get("cell"))

    @cell.setter
    def cell(self, value: str | None) -> None:
        self._set("cell", value)

    @property
    def thumbnail(self) -> str | None:
        """URL of the profile picture."""
        return cast("str | None", self._get("thumbnail"))

    @thumbnail.setter
    def thumbnail(self, value: str | None) -> None:
        self._set("thumbnail", value)

    @property
    def vanity(self) -> str | None:
        """Public profile name."""
        return cast("str | None", self._get("vanity"))

    @vanity.setter
    def vanity(self, value: str | None) -> None:
        self._set("vanity", value)

    @property
    def user_type(self) -> UserUserType | None:
        """Kind of user (overview page)."""
        return cast("UserUserType | None", self._get("user_type"))

    @user_type.setter
    def user_type(self, value: UserUserType | None) -> None:
        self._set("user_type", value)

    @property
    def role(self) -> str | None:
        return cast("str | None", self._get("role"))

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def role_type(self) -> str | None:
        """Role type of the old user object, such as `provider`."""
        return cast("str | None", self._get("role_type"))

    @role_type.setter
    def role_type(self, value: str | None) -> None:
        self._set("role_type", value)

    @property
    def address(self) -> str | None:
        return cast("str | None", self._get("address"))

    @address.setter
    def address(self, value: str | None) -> None:
        self._set("address", value)

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
    def coords(self) -> UserCoords | None:
        """Geographic position of a user's address."""
        return cast("UserCoords | None", self._get("coords"))

    @coords.setter
    def coords(self, value: UserCoords | None) -> None:
        self._set("coords", value)

    @property
    def time_zone(self) -> UserTimeZone | None:
        """Time zone of a user."""
        return cast("UserTimeZone | None", self._get("time_zone"))

    @time_zone.setter
    def time_zone(self, value: UserTimeZone | None) -> None:
        self._set("time_zone", value)

    @property
    def company(self) -> UserCompany | None:
        """The company a user belongs to."""
        return cast("UserCompany | None", self._get("company"))

    @company.setter
    def company(self, value: UserCompany | None) -> None:
        self._set("company", value)

    @property
    def rating(self) -> float | UserRating | None:
        """Detailed ratings, or one number on the overview page."""
        return cast("float | UserRating | None", self._get("rating"))

    @rating.setter
    def rating(self, value: float | UserRating | None) -> None:
        self._set("rating", value)

    @property
    def jobs_completed(self) -> int | None:
        """Number of completed work orders (overview page)."""
        return cast("int | None", self._get("jobs_completed"))

    @jobs_completed.setter
    def jobs_completed(self, value: int | None) -> None:
        self._set("jobs_completed", value)

    @property
    def certifications(self) -> list[str] | None:
        """Certification names (overview page)."""
        return cast("list[str] | None", self._get("certifications"))

    @certifications.setter
    def certifications(self, value: list[str] | None) -> None:
        self._set("certifications", value)

    @property
    def types_of_work(self) -> list[TypeOfWork] | None:
        return cast("list[TypeOfWork] | None", self._get("types_of_work"))

    @types_of_work.setter
    def types_of_work(self, value: list[TypeOfWork] | None) -> None:
        self._set("types_of_work", value)

    @property
    def networks(self) -> UserNetworkList | None:
        """Networks of a user."""
        return cast("UserNetworkList | None", self._get("networks"))

    @networks.setter
    def networks(self, value: UserNetworkList | None) -> None:
        self._set("networks", value)

    @property
    def preferred_groups(self) -> list[UserPreferredGroup] | None:
        return cast("list[UserPreferredGroup] | None", self._get("preferred_groups"))

    @preferred_groups.setter
    def preferred_groups(self, value: list[UserPreferredGroup] | None) -> None:
        self._set("preferred_groups", value)

    @property
    def about(self) -> str | None:
        return cast("str | None", self._get("about"))

    @about.setter
    def about(self, value: str | None) -> None:
        self._set("about", value)

    @property
    def tagline(self) -> str | None:
        return cast("str | None", self._get("tagline"))

    @tagline.setter
    def tagline(self, value: str | None) -> None:
        self._set("tagline", value)

    @property
    def website(self) -> str | None:
        return cast("str | None", self._get("website"))

    @website.setter
    def website(self, value: str | None) -> None:
        self._set("website", value)

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def marketplace(self) -> bool | None:
        """Whether the provider takes marketplace work."""
        return cast("bool | None", self._get("marketplace"))

    @marketplace.setter
    def marketplace(self, value: bool | None) -> None:
        self._set("marketplace", value)

    @property
    def managed(self) -> bool | None:
        """Whether the provider is managed by a provider company."""
        return cast("bool | None", self._get("managed"))

    @managed.setter
    def managed(self, value: bool | None) -> None:
        self._set("managed", value)

    @property
    def w2(self) -> bool | None:
        """Whether the user is a W-2 employee of the caller's company."""
        return cast("bool | None", self._get("w2"))

    @w2.setter
    def w2(self, value: bool | None) -> None:
        self._set("w2", value)

    @property
    def routable(self) -> bool | None:
        return cast("bool | None", self._get("routable"))

    @routable.setter
    def routable(self, value: bool | None) -> None:
        self._set("routable", value)

    @property
    def assignable(self) -> bool | None:
        return cast("bool | None", self._get("assignable"))

    @assignable.setter
    def assignable(self, value: bool | None) -> None:
        self._set("assignable", value)

    @property
    def unassignable(self) -> bool | None:
        return cast("bool | None", self._get("unassignable"))

    @unassignable.setter
    def unassignable(self, value: bool | None) -> None:
        self._set("unassignable", value)

    @property
    def protec(self) -> bool | None:
        """Whether the provider is in Field Nation's ProTec programme."""
        return cast("bool | None", self._get("protec"))

    @protec.setter
    def protec(self, value: bool | None) -> None:
        self._set("protec", value)

    @property
    def worked_with(self) -> bool | None:
        """Whether the provider has worked for the caller's company before."""
        return cast("bool | None", self._get("worked_with"))

    @worked_with.setter
    def worked_with(self, value: bool | None) -> None:
        self._set("worked_with", value)

    @property
    def worker_compensation(self) -> bool | None:
        return cast("bool | None", self._get("worker_compensation"))

    @worker_compensation.setter
    def worker_compensation(self, value: bool | None) -> None:
        self._set("worker_compensation", value)

    @property
    def is_end_client(self) -> bool | None:
        return cast("bool | None", self._get("is_end_client"))

    @is_end_client.setter
    def is_end_client(self, value: bool | None) -> None:
        self._set("is_end_client", value)

    @property
    def last_active(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("last_active"))

    @last_active.setter
    def last_active(self, value: DateObject | None) -> None:
        self._set("last_active", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class UserDict(TypedDict, total=False):
    """:class:`User` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    first_name: str
    last_name: str
    email: str
    phone: str
    cell: str
    thumbnail: str
    vanity: str
    user_type: UserUserType | str
    role: str
    role_type: str
    address: str
    city: str
    state: str
    zip: str
    country: str
    coords: UserCoords | UserCoordsDict
    time_zone: UserTimeZone | UserTimeZoneDict
    company: UserCompany | UserCompanyDict
    rating: float | UserRating | UserRatingDict
    jobs_completed: int
    certifications: list[str]
    types_of_work: list[TypeOfWork | TypeOfWorkDict]
    networks: UserNetworkList | UserNetworkListDict
    preferred_groups: list[UserPreferredGroup | UserPreferredGroupDict]
    about: str
    tagline: str
    website: str
    notes: str
    marketplace: bool
    managed: bool
    w2: bool
    routable: bool
    assignable: bool
    unassignable: bool
    protec: bool
    worked_with: bool
    worker_compensation: bool
    is_end_client: bool
    last_active: DateObject | DateObjectDict
    created: DateObject | DateObjectDict
    actions: list[str]
    correlation_id: str
