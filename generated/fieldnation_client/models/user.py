from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_user_type import UserUserType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.type_of_work import TypeOfWork
    from ..models.user_company import UserCompany
    from ..models.user_coords import UserCoords
    from ..models.user_network_list import UserNetworkList
    from ..models.user_preferred_group import UserPreferredGroup
    from ..models.user_rating import UserRating
    from ..models.user_time_zone import UserTimeZone


T = TypeVar("T", bound="User")


@_attrs_define
class User:
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
            first_name (str | Unset):
            last_name (str | Unset):
            email (str | Unset):
            phone (str | Unset):
            cell (str | Unset):
            thumbnail (str | Unset): URL of the profile picture.
            vanity (str | Unset): Public profile name.
            user_type (UserUserType | Unset): Kind of user (overview page).
            role (str | Unset):
            role_type (str | Unset): Role type of the old user object, such as `provider`.
            address (str | Unset):
            city (str | Unset):
            state (str | Unset):
            zip_ (str | Unset):
            country (str | Unset):
            coords (UserCoords | Unset): Geographic position of a user's address. Example: {'latitude': 44.9778,
                'longitude': -93.265, 'exact': True}.
            time_zone (UserTimeZone | Unset): Time zone of a user. Example: {'id': 9, 'name': 'America/Chicago', 'short':
                'CST', 'offset': -6}.
            company (UserCompany | Unset): The company a user belongs to. Example: {'id': 612, 'name': 'Lakeside Tech
                Services'}.
            rating (float | Unset | UserRating): Detailed ratings, or one number on the overview page.
            jobs_completed (int | Unset): Number of completed work orders (overview page).
            certifications (list[str] | Unset): Certification names (overview page).
            types_of_work (list[TypeOfWork] | Unset):
            networks (UserNetworkList | Unset): Networks of a user. Example: {'results': [{'id': 8, 'name': 'Acme Preferred
                Techs'}]}.
            preferred_groups (list[UserPreferredGroup] | Unset):
            about (str | Unset):
            tagline (str | Unset):
            website (str | Unset):
            notes (str | Unset):
            marketplace (bool | Unset): Whether the provider takes marketplace work.
            managed (bool | Unset): Whether the provider is managed by a provider company.
            w2 (bool | Unset): Whether the user is a W-2 employee of the caller's company.
            routable (bool | Unset):
            assignable (bool | Unset):
            unassignable (bool | Unset):
            protec (bool | Unset): Whether the provider is in Field Nation's ProTec programme.
            worked_with (bool | Unset): Whether the provider has worked for the caller's company before.
            worker_compensation (bool | Unset):
            is_end_client (bool | Unset):
            last_active (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            actions (list[str] | Unset):
            correlation_id (str | Unset):
    """

    id: int
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    cell: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    vanity: str | Unset = UNSET
    user_type: UserUserType | Unset = UNSET
    role: str | Unset = UNSET
    role_type: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    coords: UserCoords | Unset = UNSET
    time_zone: UserTimeZone | Unset = UNSET
    company: UserCompany | Unset = UNSET
    rating: float | Unset | UserRating = UNSET
    jobs_completed: int | Unset = UNSET
    certifications: list[str] | Unset = UNSET
    types_of_work: list[TypeOfWork] | Unset = UNSET
    networks: UserNetworkList | Unset = UNSET
    preferred_groups: list[UserPreferredGroup] | Unset = UNSET
    about: str | Unset = UNSET
    tagline: str | Unset = UNSET
    website: str | Unset = UNSET
    notes: str | Unset = UNSET
    marketplace: bool | Unset = UNSET
    managed: bool | Unset = UNSET
    w2: bool | Unset = UNSET
    routable: bool | Unset = UNSET
    assignable: bool | Unset = UNSET
    unassignable: bool | Unset = UNSET
    protec: bool | Unset = UNSET
    worked_with: bool | Unset = UNSET
    worker_compensation: bool | Unset = UNSET
    is_end_client: bool | Unset = UNSET
    last_active: DateObject | Unset = UNSET
    created: DateObject | Unset = UNSET
    actions: list[str] | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_rating import UserRating  # noqa: PLC0415

        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        cell = self.cell

        thumbnail = self.thumbnail

        vanity = self.vanity

        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type.value

        role = self.role

        role_type = self.role_type

        address = self.address

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        coords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coords, Unset):
            coords = self.coords.to_dict()

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        rating: dict[str, Any] | float | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif isinstance(self.rating, UserRating):
            rating = self.rating.to_dict()
        else:
            rating = self.rating

        jobs_completed = self.jobs_completed

        certifications: list[str] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications

        types_of_work: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types_of_work, Unset):
            types_of_work = []
            for types_of_work_item_data in self.types_of_work:
                types_of_work_item = types_of_work_item_data.to_dict()
                types_of_work.append(types_of_work_item)

        networks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = self.networks.to_dict()

        preferred_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferred_groups, Unset):
            preferred_groups = []
            for preferred_groups_item_data in self.preferred_groups:
                preferred_groups_item = preferred_groups_item_data.to_dict()
                preferred_groups.append(preferred_groups_item)

        about = self.about

        tagline = self.tagline

        website = self.website

        notes = self.notes

        marketplace = self.marketplace

        managed = self.managed

        w2 = self.w2

        routable = self.routable

        assignable = self.assignable

        unassignable = self.unassignable

        protec = self.protec

        worked_with = self.worked_with

        worker_compensation = self.worker_compensation

        is_end_client = self.is_end_client

        last_active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_active, Unset):
            last_active = self.last_active.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cell is not UNSET:
            field_dict["cell"] = cell
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if vanity is not UNSET:
            field_dict["vanity"] = vanity
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if role is not UNSET:
            field_dict["role"] = role
        if role_type is not UNSET:
            field_dict["role_type"] = role_type
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if coords is not UNSET:
            field_dict["coords"] = coords
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if company is not UNSET:
            field_dict["company"] = company
        if rating is not UNSET:
            field_dict["rating"] = rating
        if jobs_completed is not UNSET:
            field_dict["jobs_completed"] = jobs_completed
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if types_of_work is not UNSET:
            field_dict["types_of_work"] = types_of_work
        if networks is not UNSET:
            field_dict["networks"] = networks
        if preferred_groups is not UNSET:
            field_dict["preferred_groups"] = preferred_groups
        if about is not UNSET:
            field_dict["about"] = about
        if tagline is not UNSET:
            field_dict["tagline"] = tagline
        if website is not UNSET:
            field_dict["website"] = website
        if notes is not UNSET:
            field_dict["notes"] = notes
        if marketplace is not UNSET:
            field_dict["marketplace"] = marketplace
        if managed is not UNSET:
            field_dict["managed"] = managed
        if w2 is not UNSET:
            field_dict["w2"] = w2
        if routable is not UNSET:
            field_dict["routable"] = routable
        if assignable is not UNSET:
            field_dict["assignable"] = assignable
        if unassignable is not UNSET:
            field_dict["unassignable"] = unassignable
        if protec is not UNSET:
            field_dict["protec"] = protec
        if worked_with is not UNSET:
            field_dict["worked_with"] = worked_with
        if worker_compensation is not UNSET:
            field_dict["worker_compensation"] = worker_compensation
        if is_end_client is not UNSET:
            field_dict["is_end_client"] = is_end_client
        if last_active is not UNSET:
            field_dict["last_active"] = last_active
        if created is not UNSET:
            field_dict["created"] = created
        if actions is not UNSET:
            field_dict["actions"] = actions
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.type_of_work import TypeOfWork  # noqa: PLC0415
        from ..models.user_company import UserCompany  # noqa: PLC0415
        from ..models.user_coords import UserCoords  # noqa: PLC0415
        from ..models.user_network_list import UserNetworkList  # noqa: PLC0415
        from ..models.user_preferred_group import UserPreferredGroup  # noqa: PLC0415
        from ..models.user_rating import UserRating  # noqa: PLC0415
        from ..models.user_time_zone import UserTimeZone  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        cell = d.pop("cell", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        vanity = d.pop("vanity", UNSET)

        _user_type = d.pop("user_type", UNSET)
        user_type: UserUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = UserUserType(_user_type)

        role = d.pop("role", UNSET)

        role_type = d.pop("role_type", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        _coords = d.pop("coords", UNSET)
        coords: UserCoords | Unset
        if isinstance(_coords, Unset):
            coords = UNSET
        else:
            coords = UserCoords.from_dict(_coords)

        _time_zone = d.pop("time_zone", UNSET)
        time_zone: UserTimeZone | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = UserTimeZone.from_dict(_time_zone)

        _company = d.pop("company", UNSET)
        company: UserCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = UserCompany.from_dict(_company)

        def _parse_rating(data: object) -> float | Unset | UserRating:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rating_type_1 = UserRating.from_dict(data)

                return rating_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | Unset | UserRating, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        jobs_completed = d.pop("jobs_completed", UNSET)

        certifications = cast(list[str], d.pop("certifications", UNSET))

        _types_of_work = d.pop("types_of_work", UNSET)
        types_of_work: list[TypeOfWork] | Unset = UNSET
        if _types_of_work is not UNSET:
            types_of_work = []
            for types_of_work_item_data in _types_of_work:
                types_of_work_item = TypeOfWork.from_dict(types_of_work_item_data)

                types_of_work.append(types_of_work_item)

        _networks = d.pop("networks", UNSET)
        networks: UserNetworkList | Unset
        if isinstance(_networks, Unset):
            networks = UNSET
        else:
            networks = UserNetworkList.from_dict(_networks)

        _preferred_groups = d.pop("preferred_groups", UNSET)
        preferred_groups: list[UserPreferredGroup] | Unset = UNSET
        if _preferred_groups is not UNSET:
            preferred_groups = []
            for preferred_groups_item_data in _preferred_groups:
                preferred_groups_item = UserPreferredGroup.from_dict(preferred_groups_item_data)

                preferred_groups.append(preferred_groups_item)

        about = d.pop("about", UNSET)

        tagline = d.pop("tagline", UNSET)

        website = d.pop("website", UNSET)

        notes = d.pop("notes", UNSET)

        marketplace = d.pop("marketplace", UNSET)

        managed = d.pop("managed", UNSET)

        w2 = d.pop("w2", UNSET)

        routable = d.pop("routable", UNSET)

        assignable = d.pop("assignable", UNSET)

        unassignable = d.pop("unassignable", UNSET)

        protec = d.pop("protec", UNSET)

        worked_with = d.pop("worked_with", UNSET)

        worker_compensation = d.pop("worker_compensation", UNSET)

        is_end_client = d.pop("is_end_client", UNSET)

        _last_active = d.pop("last_active", UNSET)
        last_active: DateObject | Unset
        if isinstance(_last_active, Unset):
            last_active = UNSET
        else:
            last_active = DateObject.from_dict(_last_active)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        actions = cast(list[str], d.pop("actions", UNSET))

        correlation_id = d.pop("correlation_id", UNSET)

        user = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            cell=cell,
            thumbnail=thumbnail,
            vanity=vanity,
            user_type=user_type,
            role=role,
            role_type=role_type,
            address=address,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            coords=coords,
            time_zone=time_zone,
            company=company,
            rating=rating,
            jobs_completed=jobs_completed,
            certifications=certifications,
            types_of_work=types_of_work,
            networks=networks,
            preferred_groups=preferred_groups,
            about=about,
            tagline=tagline,
            website=website,
            notes=notes,
            marketplace=marketplace,
            managed=managed,
            w2=w2,
            routable=routable,
            assignable=assignable,
            unassignable=unassignable,
            protec=protec,
            worked_with=worked_with,
            worker_compensation=worker_compensation,
            is_end_client=is_end_client,
            last_active=last_active,
            created=created,
            actions=actions,
            correlation_id=correlation_id,
        )

        user.additional_properties = d
        return user

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
