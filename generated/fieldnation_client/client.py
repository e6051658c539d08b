"""The client: ``FieldNation`` (blocking) and ``AsyncFieldNation`` (asyncio).

Resource groups (one per API tag) are attributes created on first use, so importing the
package and building a client stay cheap.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import AsyncAPIClient, Hooks, SyncAPIClient, TokenIn
from ._constants import DEFAULT_MAX_RETRIES

if TYPE_CHECKING:
    from .resources.assignments import AssignmentsResource, AsyncAssignmentsResource
    from .resources.attachments import AsyncAttachmentsResource, AttachmentsResource
    from .resources.authentication import AsyncAuthenticationResource, AuthenticationResource
    from .resources.bonuses import AsyncBonusesResource, BonusesResource
    from .resources.bundles import AsyncBundlesResource, BundlesResource
    from .resources.clients import AsyncClientsResource, ClientsResource
    from .resources.company import AsyncCompanyResource, CompanyResource
    from .resources.contacts import AsyncContactsResource, ContactsResource
    from .resources.custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
    from .resources.dispatch_settings import AsyncDispatchSettingsResource, DispatchSettingsResource
    from .resources.expenses import AsyncExpensesResource, ExpensesResource
    from .resources.incidents import AsyncIncidentsResource, IncidentsResource
    from .resources.location import AsyncLocationResource, LocationResource
    from .resources.locations import AsyncLocationsResource, LocationsResource
    from .resources.messages import AsyncMessagesResource, MessagesResource
    from .resources.milestones import AsyncMilestonesResource, MilestonesResource
    from .resources.pay import AsyncPayResource, PayResource
    from .resources.penalties import AsyncPenaltiesResource, PenaltiesResource
    from .resources.preferred_provider_groups import (
        AsyncPreferredProviderGroupsResource,
        PreferredProviderGroupsResource,
    )
    from .resources.problems import AsyncProblemsResource, ProblemsResource
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.provider_attributes import AsyncProviderAttributesResource, ProviderAttributesResource
    from .resources.qualifications import AsyncQualificationsResource, QualificationsResource
    from .resources.schedule import AsyncScheduleResource, ScheduleResource
    from .resources.service_territories import AsyncServiceTerritoriesResource, ServiceTerritoriesResource
    from .resources.service_types import AsyncServiceTypesResource, ServiceTypesResource
    from .resources.shipments import AsyncShipmentsResource, ShipmentsResource
    from .resources.signatures import AsyncSignaturesResource, SignaturesResource
    from .resources.site_revisits import AsyncSiteRevisitsResource, SiteRevisitsResource
    from .resources.smart_dispatch import AsyncSmartDispatchResource, SmartDispatchResource
    from .resources.tags import AsyncTagsResource, TagsResource
    from .resources.talent_pool_groups import AsyncTalentPoolGroupsResource, TalentPoolGroupsResource
    from .resources.tasks import AsyncTasksResource, TasksResource
    from .resources.templates import AsyncTemplatesResource, TemplatesResource
    from .resources.time_logs import AsyncTimeLogsResource, TimeLogsResource
    from .resources.types_of_work import AsyncTypesOfWorkResource, TypesOfWorkResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.work_orders import AsyncWorkOrdersResource, WorkOrdersResource
    from .resources.workflow import AsyncWorkflowResource, WorkflowResource

__all__ = ["AsyncFieldNation", "FieldNation"]


def _env(value: str | None, name: str) -> str | None:
    return value if value is not None else os.environ.get(name) or None


def _options(
    token: str | None,
    client_id: str | None,
    client_secret: str | None,
    username: str | None,
    password: str | None,
    environment: str | None,
    base_url: str | httpx.URL | None,
    token_in: TokenIn,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    retry_post: bool,
    headers: Mapping[str, str] | None,
    strict: bool,
    hooks: Hooks | None,
) -> dict[str, object]:
    """Explicit arguments, else the ``FIELDNATION_*`` environment variables."""
    return {
        "token": _env(token, "FIELDNATION_ACCESS_TOKEN"),
        "client_id": _env(client_id, "FIELDNATION_CLIENT_ID"),
        "client_secret": _env(client_secret, "FIELDNATION_CLIENT_SECRET"),
        "username": _env(username, "FIELDNATION_USERNAME"),
        "password": _env(password, "FIELDNATION_PASSWORD"),
        "environment": _env(environment, "FIELDNATION_ENVIRONMENT"),
        "base_url": base_url if base_url is not None else _env(None, "FIELDNATION_BASE_URL"),
        "token_in": token_in,
        "timeout": timeout,
        "max_retries": max_retries,
        "retry_post": retry_post,
        "headers": headers,
        "strict": strict,
        "hooks": hooks,
    }


class FieldNation(SyncAPIClient):
    """Blocking client of the Field Nation Client REST API (spec 2.0.0).

    Args:
        token: An access token to use as is.
        client_id, client_secret, username, password: Credentials; the client then obtains
            a token through the token operation, caches it and refreshes it before expiry
            and once on a 401.
        environment: ``production``, ``sandbox``, ``local``; ignored when ``base_url`` is given.
        base_url: The API base URL (ending in ``/api/rest/v2``).
        token_in: ``"query"`` (the ``access_token`` parameter the API requires) or ``"header"``
            (``Authorization: Bearer``).
        timeout: Seconds (or an ``httpx.Timeout``); default 30 s, 5 s to connect.
        max_retries: Retries (default 2) of requests that never reached the server, and for
            idempotent methods of 408, 429, 500, 502, 503, 504 answers and lost answers.
        retry_post: Also retry POST requests (they may not be idempotent).
        strict: Check every success answer against the spec and raise
            ``APIResponseValidationError`` (status, operation, JSON pointer) on a mismatch.
            Off by default: answers decode leniently and never crash a read.
        hooks: Your functions run ``before_request`` (each attempt; may change the request),
            ``after_response`` (each attempt's answer) and ``on_error`` (the exception a call
            raises); see :class:`Hooks`.
        http_client: An ``httpx.Client`` to use (custom transport, proxies, limits); its
            timeout and headers are kept unless ``timeout``/``headers`` are given here.

    Unset arguments are read from ``FIELDNATION_ACCESS_TOKEN``, ``FIELDNATION_CLIENT_ID``,
    ``FIELDNATION_CLIENT_SECRET``, ``FIELDNATION_USERNAME``, ``FIELDNATION_PASSWORD``,
    ``FIELDNATION_ENVIRONMENT`` and ``FIELDNATION_BASE_URL``.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        environment: str | None = None,
        base_url: str | httpx.URL | None = None,
        token_in: TokenIn = "query",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_post: bool = False,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
        hooks: Hooks | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        options = _options(
            token,
            client_id,
            client_secret,
            username,
            password,
            environment,
            base_url,
            token_in,
            timeout,
            max_retries,
            retry_post,
            headers,
            strict,
            hooks,
        )
        super().__init__(http_client=http_client, **options)

    @cached_property
    def authentication(self) -> AuthenticationResource:
        """1 operation of the authentication group."""
        from .resources.authentication import AuthenticationResource

        return AuthenticationResource(self)

    @cached_property
    def work_orders(self) -> WorkOrdersResource:
        """7 operations of the work orders group."""
        from .resources.work_orders import WorkOrdersResource

        return WorkOrdersResource(self)

    @cached_property
    def workflow(self) -> WorkflowResource:
        """11 operations of the workflow group."""
        from .resources.workflow import WorkflowResource

        return WorkflowResource(self)

    @cached_property
    def pay(self) -> PayResource:
        """6 operations of the pay group."""
        from .resources.pay import PayResource

        return PayResource(self)

    @cached_property
    def schedule(self) -> ScheduleResource:
        """3 operations of the schedule group."""
        from .resources.schedule import ScheduleResource

        return ScheduleResource(self)

    @cached_property
    def location(self) -> LocationResource:
        """2 operations of the location group."""
        from .resources.location import LocationResource

        return LocationResource(self)

    @cached_property
    def signatures(self) -> SignaturesResource:
        """4 operations of the signatures group."""
        from .resources.signatures import SignaturesResource

        return SignaturesResource(self)

    @cached_property
    def time_logs(self) -> TimeLogsResource:
        """5 operations of the time logs group."""
        from .resources.time_logs import TimeLogsResource

        return TimeLogsResource(self)

    @cached_property
    def qualifications(self) -> QualificationsResource:
        """4 operations of the qualifications group."""
        from .resources.qualifications import QualificationsResource

        return QualificationsResource(self)

    @cached_property
    def messages(self) -> MessagesResource:
        """3 operations of the messages group."""
        from .resources.messages import MessagesResource

        return MessagesResource(self)

    @cached_property
    def attachments(self) -> AttachmentsResource:
        """5 operations of the attachments group."""
        from .resources.attachments import AttachmentsResource

        return AttachmentsResource(self)

    @cached_property
    def contacts(self) -> ContactsResource:
        """4 operations of the contacts group."""
        from .resources.contacts import ContactsResource

        return ContactsResource(self)

    @cached_property
    def expenses(self) -> ExpensesResource:
        """3 operations of the expenses group."""
        from .resources.expenses import ExpensesResource

        return ExpensesResource(self)

    @cached_property
    def bonuses(self) -> BonusesResource:
        """2 operations of the bonuses group."""
        from .resources.bonuses import BonusesResource

        return BonusesResource(self)

    @cached_property
    def penalties(self) -> PenaltiesResource:
        """2 operations of the penalties group."""
        from .resources.penalties import PenaltiesResource

        return PenaltiesResource(self)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource:
        """3 operations of the custom fields group."""
        from .resources.custom_fields import CustomFieldsResource

        return CustomFieldsResource(self)

    @cached_property
    def tasks(self) -> TasksResource:
        """8 operations of the tasks group."""
        from .resources.tasks import TasksResource

        return TasksResource(self)

    @cached_property
    def shipments(self) -> ShipmentsResource:
        """4 operations of the shipments group."""
        from .resources.shipments import ShipmentsResource

        return ShipmentsResource(self)

    @cached_property
    def tags(self) -> TagsResource:
        """3 operations of the tags group."""
        from .resources.tags import TagsResource

        return TagsResource(self)

    @cached_property
    def problems(self) -> ProblemsResource:
        """4 operations of the problems group."""
        from .resources.problems import ProblemsResource

        return ProblemsResource(self)

    @cached_property
    def assignments(self) -> AssignmentsResource:
        """3 operations of the assignments group."""
        from .resources.assignments import AssignmentsResource

        return AssignmentsResource(self)

    @cached_property
    def milestones(self) -> MilestonesResource:
        """1 operation of the milestones group."""
        from .resources.milestones import MilestonesResource

        return MilestonesResource(self)

    @cached_property
    def bundles(self) -> BundlesResource:
        """4 operations of the bundles group."""
        from .resources.bundles import BundlesResource

        return BundlesResource(self)

    @cached_property
    def incidents(self) -> IncidentsResource:
        """3 operations of the incidents group."""
        from .resources.incidents import IncidentsResource

        return IncidentsResource(self)

    @cached_property
    def site_revisits(self) -> SiteRevisitsResource:
        """4 operations of the site revisits group."""
        from .resources.site_revisits import SiteRevisitsResource

        return SiteRevisitsResource(self)

    @cached_property
    def templates(self) -> TemplatesResource:
        """2 operations of the templates group."""
        from .resources.templates import TemplatesResource

        return TemplatesResource(self)

    @cached_property
    def types_of_work(self) -> TypesOfWorkResource:
        """1 operation of the types of work group."""
        from .resources.types_of_work import TypesOfWorkResource

        return TypesOfWorkResource(self)

    @cached_property
    def projects(self) -> ProjectsResource:
        """6 operations of the projects group."""
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def service_types(self) -> ServiceTypesResource:
        """1 operation of the service types group."""
        from .resources.service_types import ServiceTypesResource

        return ServiceTypesResource(self)

    @cached_property
    def company(self) -> CompanyResource:
        """10 operations of the company group."""
        from .resources.company import CompanyResource

        return CompanyResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """1 operation of the users group."""
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def preferred_provider_groups(self) -> PreferredProviderGroupsResource:
        """6 operations of the preferred provider groups group."""
        from .resources.preferred_provider_groups import PreferredProviderGroupsResource

        return PreferredProviderGroupsResource(self)

    @cached_property
    def talent_pool_groups(self) -> TalentPoolGroupsResource:
        """7 operations of the talent pool groups group."""
        from .resources.talent_pool_groups import TalentPoolGroupsResource

        return TalentPoolGroupsResource(self)

    @cached_property
    def provider_attributes(self) -> ProviderAttributesResource:
        """5 operations of the provider attributes group."""
        from .resources.provider_attributes import ProviderAttributesResource

        return ProviderAttributesResource(self)

    @cached_property
    def clients(self) -> ClientsResource:
        """3 operations of the clients group."""
        from .resources.clients import ClientsResource

        return ClientsResource(self)

    @cached_property
    def locations(self) -> LocationsResource:
        """3 operations of the locations group."""
        from .resources.locations import LocationsResource

        return LocationsResource(self)

    @cached_property
    def smart_dispatch(self) -> SmartDispatchResource:
        """1 operation of the smart dispatch group."""
        from .resources.smart_dispatch import SmartDispatchResource

        return SmartDispatchResource(self)

    @cached_property
    def service_territories(self) -> ServiceTerritoriesResource:
        """7 operations of the service territories group."""
        from .resources.service_territories import ServiceTerritoriesResource

        return ServiceTerritoriesResource(self)

    @cached_property
    def dispatch_settings(self) -> DispatchSettingsResource:
        """3 operations of the dispatch settings group."""
        from .resources.dispatch_settings import DispatchSettingsResource

        return DispatchSettingsResource(self)


class AsyncFieldNation(AsyncAPIClient):
    """Asyncio twin of :class:`FieldNation`; every operation is a coroutine."""

    def __init__(
        self,
        *,
        token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        environment: str | None = None,
        base_url: str | httpx.URL | None = None,
        token_in: TokenIn = "query",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_post: bool = False,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
        hooks: Hooks | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        options = _options(
            token,
            client_id,
            client_secret,
            username,
            password,
            environment,
            base_url,
            token_in,
            timeout,
            max_retries,
            retry_post,
            headers,
            strict,
            hooks,
        )
        super().__init__(http_client=http_client, **options)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResource:
        """1 operation of the authentication group."""
        from .resources.authentication import AsyncAuthenticationResource

        return AsyncAuthenticationResource(self)

    @cached_property
    def work_orders(self) -> AsyncWorkOrdersResource:
        """7 operations of the work orders group."""
        from .resources.work_orders import AsyncWorkOrdersResource

        return AsyncWorkOrdersResource(self)

    @cached_property
    def workflow(self) -> AsyncWorkflowResource:
        """11 operations of the workflow group."""
        from .resources.workflow import AsyncWorkflowResource

        return AsyncWorkflowResource(self)

    @cached_property
    def pay(self) -> AsyncPayResource:
        """6 operations of the pay group."""
        from .resources.pay import AsyncPayResource

        return AsyncPayResource(self)

    @cached_property
    def schedule(self) -> AsyncScheduleResource:
        """3 operations of the schedule group."""
        from .resources.schedule import AsyncScheduleResource

        return AsyncScheduleResource(self)

    @cached_property
    def location(self) -> AsyncLocationResource:
        """2 operations of the location group."""
        from .resources.location import AsyncLocationResource

        return AsyncLocationResource(self)

    @cached_property
    def signatures(self) -> AsyncSignaturesResource:
        """4 operations of the signatures group."""
        from .resources.signatures import AsyncSignaturesResource

        return AsyncSignaturesResource(self)

    @cached_property
    def time_logs(self) -> AsyncTimeLogsResource:
        """5 operations of the time logs group."""
        from .resources.time_logs import AsyncTimeLogsResource

        return AsyncTimeLogsResource(self)

    @cached_property
    def qualifications(self) -> AsyncQualificationsResource:
        """4 operations of the qualifications group."""
        from .resources.qualifications import AsyncQualificationsResource

        return AsyncQualificationsResource(self)

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        """3 operations of the messages group."""
        from .resources.messages import AsyncMessagesResource

        return AsyncMessagesResource(self)

    @cached_property
    def attachments(self) -> AsyncAttachmentsResource:
        """5 operations of the attachments group."""
        from .resources.attachments import AsyncAttachmentsResource

        return AsyncAttachmentsResource(self)

    @cached_property
    def contacts(self) -> AsyncContactsResource:
        """4 operations of the contacts group."""
        from .resources.contacts import AsyncContactsResource

        return AsyncContactsResource(self)

    @cached_property
    def expenses(self) -> AsyncExpensesResource:
        """3 operations of the expenses group."""
        from .resources.expenses import AsyncExpensesResource

        return AsyncExpensesResource(self)

    @cached_property
    def bonuses(self) -> AsyncBonusesResource:
        """2 operations of the bonuses group."""
        from .resources.bonuses import AsyncBonusesResource

        return AsyncBonusesResource(self)

    @cached_property
    def penalties(self) -> AsyncPenaltiesResource:
        """2 operations of the penalties group."""
        from .resources.penalties import AsyncPenaltiesResource

        return AsyncPenaltiesResource(self)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResource:
        """3 operations of the custom fields group."""
        from .resources.custom_fields import AsyncCustomFieldsResource

        return AsyncCustomFieldsResource(self)

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        """8 operations of the tasks group."""
        from .resources.tasks import AsyncTasksResource

        return AsyncTasksResource(self)

    @cached_property
    def shipments(self) -> AsyncShipmentsResource:
        """4 operations of the shipments group."""
        from .resources.shipments import AsyncShipmentsResource

        return AsyncShipmentsResource(self)

    @cached_property
    def tags(self) -> AsyncTagsResource:
        """3 operations of the tags group."""
        from .resources.tags import AsyncTagsResource

        return AsyncTagsResource(self)

    @cached_property
    def problems(self) -> AsyncProblemsResource:
        """4 operations of the problems group."""
        from .resources.problems import AsyncProblemsResource

        return AsyncProblemsResource(self)

    @cached_property
    def assignments(self) -> AsyncAssignmentsResource:
        """3 operations of the assignments group."""
        from .resources.assignments import AsyncAssignmentsResource

        return AsyncAssignmentsResource(self)

    @cached_property
    def milestones(self) -> AsyncMilestonesResource:
        """1 operation of the milestones group."""
        from .resources.milestones import AsyncMilestonesResource

        return AsyncMilestonesResource(self)

    @cached_property
    def bundles(self) -> AsyncBundlesResource:
        """4 operations of the bundles group."""
        from .resources.bundles import AsyncBundlesResource

        return AsyncBundlesResource(self)

    @cached_property
    def incidents(self) -> AsyncIncidentsResource:
        """3 operations of the incidents group."""
        from .resources.incidents import AsyncIncidentsResource

        return AsyncIncidentsResource(self)

    @cached_property
    def site_revisits(self) -> AsyncSiteRevisitsResource:
        """4 operations of the site revisits group."""
        from .resources.site_revisits import AsyncSiteRevisitsResource

        return AsyncSiteRevisitsResource(self)

    @cached_property
    def templates(self) -> AsyncTemplatesResource:
        """2 operations of the templates group."""
        from .resources.templates import AsyncTemplatesResource

        return AsyncTemplatesResource(self)

    @cached_property
    def types_of_work(self) -> AsyncTypesOfWorkResource:
        """1 operation of the types of work group."""
        from .resources.types_of_work import AsyncTypesOfWorkResource

        return AsyncTypesOfWorkResource(self)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """6 operations of the projects group."""
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def service_types(self) -> AsyncServiceTypesResource:
        """1 operation of the service types group."""
        from .resources.service_types import AsyncServiceTypesResource

        return AsyncServiceTypesResource(self)

    @cached_property
    def company(self) -> AsyncCompanyResource:
        """10 operations of the company group."""
        from .resources.company import AsyncCompanyResource

        return AsyncCompanyResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """1 operation of the users group."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def preferred_provider_groups(self) -> AsyncPreferredProviderGroupsResource:
        """6 operations of the preferred provider groups group."""
        from .resources.preferred_provider_groups import AsyncPreferredProviderGroupsResource

        return AsyncPreferredProviderGroupsResource(self)

    @cached_property
    def talent_pool_groups(self) -> AsyncTalentPoolGroupsResource:
        """7 operations of the talent pool groups group."""
        from .resources.talent_pool_groups import AsyncTalentPoolGroupsResource

        return AsyncTalentPoolGroupsResource(self)

    @cached_property
    def provider_attributes(self) -> AsyncProviderAttributesResource:
        """5 operations of the provider attributes group."""
        from .resources.provider_attributes import AsyncProviderAttributesResource

        return AsyncProviderAttributesResource(self)

    @cached_property
    def clients(self) -> AsyncClientsResource:
        """3 operations of the clients group."""
        from .resources.clients import AsyncClientsResource

        return AsyncClientsResource(self)

    @cached_property
    def locations(self) -> AsyncLocationsResource:
        """3 operations of the locations group."""
        from .resources.locations import AsyncLocationsResource

        return AsyncLocationsResource(self)

    @cached_property
    def smart_dispatch(self) -> AsyncSmartDispatchResource:
        """1 operation of the smart dispatch group."""
        from .resources.smart_dispatch import AsyncSmartDispatchResource

        return AsyncSmartDispatchResource(self)

    @cached_property
    def service_territories(self) -> AsyncServiceTerritoriesResource:
        """7 operations of the service territories group."""
        from .resources.service_territories import AsyncServiceTerritoriesResource

        return AsyncServiceTerritoriesResource(self)

    @cached_property
    def dispatch_settings(self) -> AsyncDispatchSettingsResource:
        """3 operations of the dispatch settings group."""
        from .resources.dispatch_settings import AsyncDispatchSettingsResource

        return AsyncDispatchSettingsResource(self)
