"""Pydantic models of every schema in spec/dist/openapi.json. Generated: do not edit."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Annotated, Any, Literal
from pydantic import AnyUrl, BaseModel, EmailStr, Field, RootModel, SecretStr, confloat, conint, constr
from datetime import date as date_aliased
from uuid import UUID


class Status(StrEnum):
    queued = "queued"
    processing = "processing"
    complete = "complete"
    failed = "failed"


class AsyncJob(BaseModel):
    """
    Answer of an operation run with `async=true`, or of a bulk operation processed in the background.
    """

    job_id: Annotated[
        int, Field(description="The job's ID (the playground's bundle answers show the placeholder 0).", ge=0)
    ]
    status: Status | None = None


class Coords(BaseModel):
    """
    Where the file was captured, when the uploader shared a position.
    """

    latitude: float | None = None
    longitude: float | None = None


class Action(StrEnum):
    view = "view"
    visibility = "visibility"
    make_public = "make_public"
    make_private = "make_private"
    notes = "notes"
    edit = "edit"
    delete = "delete"
    approve = "approve"
    deny = "deny"
    reopen = "reopen"


class AttachmentFile(BaseModel):
    """
    The stored file behind an attachment.
    """

    name: Annotated[str | None, Field(description="File name as uploaded.")] = None
    size: Annotated[int | None, Field(description="Size in bytes.", ge=0)] = None
    size_bytes: Annotated[
        int | None, Field(description="Size in bytes, as spelled by the narrative guide.", ge=0)
    ] = None
    mime: Annotated[str | None, Field(description="MIME type, e.g. `application/pdf`.")] = None
    type: Annotated[
        str | None, Field(description="File category reported by the API (e.g. `document`, `image`).")
    ] = None
    link: Annotated[
        AnyUrl | None, Field(description="Download URL; can be long (store up to 1024 characters).")
    ] = None
    thumbnail: Annotated[str | None, Field(description="Preview image URL for images.")] = None
    icon: str | None = None


class Type(StrEnum):
    document = "document"
    slot = "slot"


class Sum(BaseModel):
    unreviewed: Annotated[int | None, Field(ge=0)] = None


class AttachmentStatus(StrEnum):
    """
    Review state of a deliverable (files in `slot` folders).
    """

    pending = "pending"
    approved = "approved"
    denied = "denied"


class AttachmentTaskRef(BaseModel):
    """
    Task the file or folder is tied to; `id` is 0 when there is none.
    """

    id: Annotated[int, Field(ge=0)]


class Status1(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"
    PENDING_UPPER = "PENDING"
    APPROVED_UPPER = "APPROVED"
    DENIED_UPPER = "DENIED"


class AttachmentUpdate(BaseModel):
    """
    Changes to a file's metadata: notes, visibility (`show_before_assignment`) or the review decision on a deliverable (`status`, with `status_description` when denying).
    """

    notes: str | None = None
    status: Status1 | None = None
    status_description: str | None = None
    show_before_assignment: bool | None = None
    schedule_request: Annotated[bool | None, Field(description="Mark the file as a schedule request.")] = None
    eta_check: bool | None = None
    completed_at_date: Annotated[
        float | None, Field(description="Completion time as a Unix timestamp.", ge=0.0)
    ] = None
    filename: Annotated[
        str | None,
        Field(description="Guide spelling; new display name of the file (not blank).", pattern="\\S"),
    ] = None
    visible_to_provider: Annotated[
        bool | None, Field(description="Guide spelling of `show_before_assignment`.")
    ] = None


class ForceUpload(StrEnum):
    """
    Sent as `1` by Field Nation's Android client on every upload. Its meaning is not documented; the local sandbox takes it as "store the file even when the folder already holds its `max_files`" (x-sandbox).
    """

    field_1 = "1"
    field_0 = "0"
    true = "true"
    false = "false"


class File(BaseModel):
    """
    Optional override of the stored file name.
    """

    name: str | None = None


class AttachmentUploadMetadata(BaseModel):
    """
    Metadata sent with an uploaded file as the JSON `attachment` part (the android client's form), as an alternative to the plain `notes` field.
    """

    notes: str | None = None
    show_before_assignment: bool | None = None
    task: AttachmentTaskRef | None = None
    file: Annotated[File | None, Field(description="Optional override of the stored file name.")] = None


class WorkOrderId(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class NetworkId(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class ShouldRoute(StrEnum):
    """
    true routes to the chosen providers and assigns the first to accept; false publishes and assigns the most qualified requester.
    """

    field_1 = "1"
    field_0 = "0"


class AutoDispatchRequest(BaseModel):
    """
    Body of `POST /workorders/auto_dispatch`.
    """

    work_order_ids: Annotated[list[WorkOrderId], Field(min_length=1)]
    network_ids: Annotated[
        list[NetworkId] | None, Field(description="Networks whose providers may be chosen.")
    ] = None
    tiered_auto_dispatch_id: Annotated[
        int | None, Field(description="Tiered auto-dispatch configuration to follow.", ge=1)
    ] = None
    selection_rule_id: Annotated[
        int | None,
        Field(description="Selection rule used to rank providers; 0 uses the default ranking.", ge=0),
    ] = None
    delay: Annotated[
        conint(ge=0) | constr(pattern=r"^\d+$") | None,
        Field(description="Seconds to wait before dispatching."),
    ] = None
    w2_skippub: Annotated[
        bool | None, Field(description="Skip publishing when a W-2 employee takes the work.")
    ] = None
    w2_failswitch: Annotated[
        bool | None, Field(description="Fall back to the marketplace when no W-2 employee takes the work.")
    ] = None
    should_route: Annotated[
        bool | ShouldRoute | None,
        Field(
            description="true routes to the chosen providers and assigns the first to accept; false publishes and assigns the most qualified requester."
        ),
    ] = None
    auto_assign: bool | None = None
    also_publish: bool | None = None


class User(BaseModel):
    """
    Who started the job.
    """

    id: Annotated[str | int | None, Field(description="User ID (a string on the playground).")] = None
    first_name: str | None = None
    last_name: str | None = None
    thumbnail: str | None = None


class Body(BaseModel):
    work_order_ids: list[int] | None = None
    network_ids: list[int] | None = None
    selection_rule_id: int | None = None
    should_route: bool | str | None = None
    delay: int | str | None = None
    tiers: list[dict[str, Any]] | None = None


class Payload(BaseModel):
    """
    The dispatch request as the job received it.
    """

    query: list[dict[str, Any]] | None = None
    body: Body | None = None
    additional_params: list[dict[str, Any]] | None = None


class BonusInput(BaseModel):
    """
    Optional body of `POST /workorders/{work_order_id}/bonuses/{bonus_id}`. The bonus itself (name, amount or percentage) comes from the company definition named by `bonus_id`.
    """

    charged: Annotated[
        bool | None, Field(description="Whether the bonus is applied to the provider's pay right away.")
    ] = None
    amount: Annotated[
        float | None, Field(description="Dollar amount for this work order (guide form).", ge=0.0)
    ] = None
    description: Annotated[str | None, Field(description="Why the bonus is granted (guide form).")] = None


class Action1(StrEnum):
    view = "view"


class Id(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class BundleCreateRequest(BaseModel):
    """
    Body of `POST /workorders/bundle`: the work orders to bundle, at least two (a bundle of one is no bundle; the validation operation reports that case as an error instead).
    """

    ids: Annotated[list[Id] | None, Field(description="IDs of the work orders to bundle.", min_length=2)] = (
        None
    )
    work_order_ids: Annotated[
        list[WorkOrderId] | None,
        Field(description="Guide spelling of `ids`; accepted as an alias.", min_length=2),
    ] = None
    cancel_message: str | None = None
    cancel_reason: str | None = None


class BundleRequest(BaseModel):
    """
    Body of `POST /workorders/bundle/validate`: the work orders to check (one is allowed; the answer then reports that a bundle needs at least two).
    """

    ids: Annotated[list[Id] | None, Field(description="IDs of the work orders to bundle.", min_length=1)] = (
        None
    )
    work_order_ids: Annotated[
        list[WorkOrderId] | None,
        Field(description="Guide spelling of `ids`; accepted as an alias.", min_length=1),
    ] = None
    cancel_message: str | None = None
    cancel_reason: str | None = None


class Params(BaseModel):
    """
    The optional request fields, echoed back.
    """

    cancel_message: str | None = None
    cancel_reason: str | None = None


class BundleValidationMessage1(BaseModel):
    """
    One diagnostic of a bundle validation. The playground only shows empty lists, so both a plain string and an object naming the work order are allowed.
    """

    work_order_id: Annotated[int | None, Field(ge=1)] = None
    code: str | None = None
    message: str | None = None


class BundledWorkOrder(BaseModel):
    """
    A work order as listed inside a bundle (a short form, not the full work order).
    """

    id: Annotated[int, Field(ge=1)]
    title: str | None = None
    href: str | None = None


class ClientAction(StrEnum):
    """
    Something the current user may do with the client.
    """

    edit = "edit"
    delete = "delete"
    create_work_order = "create_work_order"
    create_project = "create_project"
    invoicing = "invoicing"
    create_client_request = "create_client_request"
    deactivate = "deactivate"
    reactivate = "reactivate"
    create_user = "create_user"


class ClientWorkOrderCounts(BaseModel):
    """
    Number of the client's work orders per stage.
    """

    all: Annotated[int | None, Field(ge=0)] = None
    today: Annotated[int | None, Field(ge=0)] = None
    draft: Annotated[int | None, Field(ge=0)] = None
    published_routed: Annotated[int | None, Field(ge=0)] = None
    assigned: Annotated[int | None, Field(ge=0)] = None
    work_done: Annotated[int | None, Field(ge=0)] = None
    approved_paid: Annotated[int | None, Field(ge=0)] = None


class Type2(StrEnum):
    text = "text"
    numeric = "numeric"
    date = "date"
    date_time = "date_time"
    time = "time"
    predefined = "predefined"
    phone = "phone"
    dropdown = "dropdown"


class Role(StrEnum):
    """
    Who fills the field in.
    """

    buyer = "buyer"
    assigned_provider = "assigned_provider"


class Flag(StrEnum):
    unique = "unique"
    required = "required"
    internal_id = "internal_id"
    required_during_checkin = "required_during_checkin"
    included_in_alerts = "included_in_alerts"
    shown_in_header = "shown_in_header"
    seen_by_provider = "seen_by_provider"
    seen_by_clients = "seen_by_clients"
    visible_to_clients = "visible_to_clients"
    client_request_required = "client_request_required"
    client_request_use_for = "client_request_use_for"
    show_in_available = "show_in_available"


class FilledBy(StrEnum):
    """
    Overview page's spelling of `role`.
    """

    buyer = "buyer"
    provider = "provider"


class Project(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class Action2(StrEnum):
    edit = "edit"


class Operator(StrEnum):
    equals = "equals"
    greater_than = "greater_than"
    greater_than_equals = "greater_than_equals"
    less_than = "less_than"
    less_than_equals = "less_than_equals"


class CompanyCustomFieldDependency(BaseModel):
    """
    Shows the field only when another custom field compares true against `value`.
    """

    id: Annotated[int, Field(description="Id of the custom field this one depends on.", ge=1)]
    operator: Operator | None = None
    value: str | None = None


class Type3(StrEnum):
    system = "system"
    custom = "custom"


class Action3(StrEnum):
    edit = "edit"
    delete = "delete"


class CompanyExpenseCategory(BaseModel):
    """
    An expense category providers may claim on the company's work orders: a system category (travel, materials...) or a company-defined ("pre-defined") expense with a default amount.
    """

    id: Annotated[int, Field(ge=1)]
    uid: int | None = None
    company_expense_id: Annotated[
        int | None, Field(description="Id of the company-defined expense; 0 for system categories.", ge=0)
    ] = None
    label: str | None = None
    name: Annotated[str | None, Field(description="Alias of `label` on the overview page.")] = None
    description: str | None = None
    type: Type3 | None = None
    amount: Annotated[float | None, Field(description="Default amount of a pre-defined expense.", ge=0.0)] = (
        None
    )
    requires_receipt: bool | None = None
    api_code: str | None = None
    hidden_tags: str | None = None
    actions: list[Action3] | None = None


class Action4(StrEnum):
    add = "add"


class CompanyManager(BaseModel):
    """
    A user of the company who may manage work orders.
    """

    id: Annotated[int, Field(ge=1)]
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None


class CompanyManagerArray(RootModel[list[CompanyManager]]):
    """
    Answer of `GET /company/managers`: a bare JSON array, not the usual list envelope (the only source describing the answer, the old reference page, shows a bare array).
    """

    root: Annotated[
        list[CompanyManager],
        Field(
            description="Answer of `GET /company/managers`: a bare JSON array, not the usual list envelope (the only source describing the answer, the old reference page, shows a bare array).",
            examples=[
                [
                    {"id": 7001, "first_name": "Dana", "last_name": "Whitfield"},
                    {"id": 7002, "first_name": "Omar", "last_name": "Haddad"},
                ]
            ],
        ),
    ]


class AccessEnum(StrEnum):
    pending = "pending"
    active = "active"
    suspended = "suspended"


class CompanyNetworkOption(BaseModel):
    """
    A setting of a network.
    """

    id: int | None = None
    name: str | None = None
    description: str | None = None
    value: str | float | bool | None = None


class CompanyReason(BaseModel):
    """
    A reason the company offers for a site revisit or for marking work incomplete.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    label: str | None = None


class Action5(StrEnum):
    edit = "edit"
    delete = "delete"


class Action6(StrEnum):
    add = "add"


class CompanyTagStatus(StrEnum):
    """
    A work order status in which a tag may be applied.
    """

    created = "created"
    published = "published"
    routed = "routed"
    assigned = "assigned"
    workdone = "workdone"
    approved = "approved"
    paid = "paid"
    canceled = "canceled"


class CompanyTagType(StrEnum):
    """
    A behaviour flag of a tag.
    """

    custom_company = "custom_company"
    hide_from_provider = "hide_from_provider"
    provider_can_edit = "provider_can_edit"
    show_in_dashboard = "show_in_dashboard"
    substatus = "substatus"
    hold = "hold"
    problem = "problem"
    for_providers_only = "for_providers_only"


class Contact(BaseModel):
    """
    One contact of a work order as the API returns it, inside `contacts.results` of the work order or of `GET /workorders/{work_order_id}/contacts`.
    """

    id: Annotated[
        int, Field(description="Contact id; negative for built-in contacts such as the work order manager.")
    ]
    role: Annotated[
        str,
        Field(
            description="One of the `ContactRole` values, or the manager's role for the built-in manager contact.",
            examples=["Location Contact", "Project manager"],
        ),
    ]
    name: Annotated[str, Field(description="Name, or a short description, of the person or desk to contact.")]
    email: Annotated[str | None, Field(description="Email address; may be empty.")] = None
    phone: Annotated[str | None, Field(description="Phone number as entered (free form); may be empty.")] = (
        None
    )
    ext: Annotated[str | None, Field(description="Phone extension; may be empty.")] = None
    notes: Annotated[str | None, Field(description="Free-text notes, such as availability hours.")] = None


class ContactRole(StrEnum):
    """
    Role of a contact that a client may add or edit through `/contacts`. The API compares the exact strings, capitalisation included. The work order manager is listed among the contacts too, but is not one of these roles and cannot be written through this path.
    """

    Project_manager = "Project manager"
    Location_Contact = "Location Contact"
    Resource_coordinator = "Resource coordinator"
    Emergency_contact = "Emergency contact"
    Technical_help = "Technical help"
    Check_in___Check_out = "Check-in / Check-out"


class ContactUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/contacts/{contact_id}`. Only the fields sent are changed.
    """

    role: ContactRole | None = None
    name: Annotated[str | None, Field(min_length=1)] = None
    email: EmailStr | None = None
    phone: str | None = None
    ext: str | None = None
    notes: str | None = None


class CursorPagination(BaseModel):
    """
    Pagination of the newer, UUID-based resources (`data` + `pagination`). The playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so that is the one field required.
    """

    next_cursor: Annotated[
        str | None, Field(description="Opaque cursor for the next page; null on the last page.")
    ] = None
    prev_cursor: Annotated[
        str | None, Field(description="Opaque cursor for the previous page; null on the first page.")
    ] = None
    limit: Annotated[int | None, Field(description="The page size used.", ge=1, le=100)] = None
    has_next_page: Annotated[bool, Field(description="Whether another page follows.")]
    has_prev_page: Annotated[bool | None, Field(description="Whether a page precedes this one.")] = None


class FilledBy1(StrEnum):
    """
    Who fills the field in (simplified form shown in the guide).
    """

    buyer = "buyer"
    provider = "provider"


class CustomFieldDependency(BaseModel):
    """
    Show the field only when another (parent) field's value satisfies the condition.
    """

    id: Annotated[int | None, Field(description="Parent custom field id.", ge=1)] = None
    operator: Operator | None = None
    value: Annotated[str | None, Field(description="Value the parent field is compared with.")] = None


class CustomFieldType(StrEnum):
    """
    Which values the field accepts. `predefined` fields pick one of `options`.
    """

    text = "text"
    numeric = "numeric"
    date = "date"
    date_time = "date_time"
    time = "time"
    predefined = "predefined"
    phone = "phone"
    dropdown = "dropdown"


class CustomFieldUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/custom_fields/{custom_field_id}`.
    """

    value: Annotated[
        str | None, Field(description="New value; for `predefined` fields one of the field's `options`.")
    ] = None


class Local(BaseModel):
    date: date_aliased | None = None
    time: Annotated[str | None, Field(pattern="^\\d{2}:\\d{2}(:\\d{2})?$")] = None


class DateTimeString(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.",
            examples=["2026-07-01 09:00:00", "2026-02-01T17:00:00Z"],
            pattern="^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
        ),
    ]


class DispatchRule(BaseModel):
    """
    One step of the smart dispatch guide's rule list, tried in `order`.
    """

    order: Annotated[int | None, Field(description="Position of the rule (1 first).", ge=1)] = None
    type: Annotated[
        str,
        Field(
            description="What the rule dispatches to (`preferred_group`, `talent_pool`, `marketplace` in the guide).",
            examples=["talent_pool"],
        ),
    ]
    target_id: Annotated[
        int | None, Field(description="The group or talent pool the rule dispatches to.", ge=1)
    ] = None
    delay_hours: Annotated[
        float | None,
        Field(description="Hours to wait before this rule applies (guide's read example).", ge=0.0),
    ] = None
    wait_time: Annotated[
        float | None,
        Field(
            description="Time to wait before the next rule (guide's write example; the unit is not stated).",
            ge=0.0,
        ),
    ] = None
    criteria: Annotated[
        dict[str, Any] | None,
        Field(description='Provider criteria of a marketplace rule, such as `{"rating": 4.5}`.'),
    ] = None


class DispatchSettings(BaseModel):
    """
    How Smart Dispatch handles a project's work orders. Settings are versioned: each enabling write starts a new active row (`effective_from`), and the row it replaces gets an `effective_to`.
    """

    id: Annotated[int | None, Field(description="Row id of this settings version.", ge=1)] = None
    project_dispatch_setting_id: Annotated[
        UUID | None, Field(description="UUID of this settings version.")
    ] = None
    project_id: Annotated[int | None, Field(ge=1)] = None
    buyer_id: Annotated[int | None, Field(description="Company (buyer) the project belongs to.", ge=1)] = None
    dispatch_runtime_minutes: Annotated[
        int | None,
        Field(description="How long providers may request a work order before dispatch decides.", ge=1),
    ] = 60
    rerun_until_threshold: Annotated[
        bool | None,
        Field(description="Run dispatch again when no provider is found, until the threshold passes."),
    ] = False
    rerun_threshold_minutes: Annotated[
        int | None, Field(description="How long dispatch keeps re-running, in minutes.", ge=0)
    ] = None
    dispatch_to_first_available: Annotated[
        bool | None,
        Field(
            description="Dispatch to the first available provider instead of waiting for the runtime to end."
        ),
    ] = False
    revert_to_draft_on_no_available: Annotated[
        bool | None, Field(description="Return the work order to Draft when no provider could be found.")
    ] = True
    effective_from: Annotated[
        str | None,
        Field(
            description="When this version became the active row, a UTC timestamp (`YYYY-MM-DD HH:MM:SS` or ISO 8601). Not checked as a timestamp: the playground prints only the placeholder `string_value`."
        ),
    ] = None
    effective_to: Annotated[
        str | None,
        Field(
            description="End of this version's validity, a UTC timestamp; null while it is the active row. Not checked as a timestamp, for the same reason as `effective_from`."
        ),
    ] = None
    mode: Annotated[
        str | None,
        Field(
            description="Dispatch mode of the guide's rule-list shape (`automatic` in its examples).",
            examples=["automatic"],
        ),
    ] = None
    rules: Annotated[
        list[DispatchRule] | None, Field(description="Ordered dispatch rules of the guide's rule-list shape.")
    ] = None
    created_by: Annotated[int | None, Field(description="User who wrote this version.", ge=1)] = None
    is_dispatch_settings_enabled: Annotated[
        bool | None, Field(description="Whether Smart Dispatch is on for the project.")
    ] = True


class DispatchSettingsCreate(BaseModel):
    """
    Body of the create request.
    """

    project_id: Annotated[int, Field(ge=1)]
    buyer_id: Annotated[int | None, Field(ge=1)] = None
    created_by: Annotated[
        int | None, Field(description="User recorded as the author of the settings.", ge=1)
    ] = None
    dispatch_runtime_minutes: Annotated[int | None, Field(ge=1)] = 60
    rerun_until_threshold: bool | None = False
    rerun_threshold_minutes: Annotated[int | None, Field(ge=0)] = None
    dispatch_to_first_available: bool | None = False
    revert_to_draft_on_no_available: bool | None = True
    is_dispatch_settings_enabled: Annotated[
        bool | None, Field(description="True starts a new active version; false turns off the current one.")
    ] = True
    mode: Annotated[str | None, Field(description="Dispatch mode (smart dispatch guide).")] = None
    rules: Annotated[
        list[DispatchRule] | None, Field(description="Ordered dispatch rules (smart dispatch guide).")
    ] = None


class DispatchSettingsUpdate(BaseModel):
    """
    Body of the update request; the project is given by the path.
    """

    buyer_id: Annotated[int | None, Field(ge=1)] = None
    created_by: Annotated[
        int | None, Field(description="User recorded as the author of the new version.", ge=1)
    ] = None
    project_id: Annotated[
        int | None, Field(description="Optional echo of the project; the path names the project.", ge=1)
    ] = None
    dispatch_runtime_minutes: Annotated[int | None, Field(ge=1)] = 60
    rerun_until_threshold: bool | None = False
    rerun_threshold_minutes: Annotated[int | None, Field(ge=0)] = None
    dispatch_to_first_available: bool | None = False
    revert_to_draft_on_no_available: bool | None = True
    is_dispatch_settings_enabled: Annotated[
        bool | None, Field(description="True starts a new active version; false turns off the current one.")
    ] = True
    mode: Annotated[str | None, Field(description="Dispatch mode (smart dispatch guide).")] = None
    rules: Annotated[
        list[DispatchRule] | None, Field(description="Ordered dispatch rules (smart dispatch guide).")
    ] = None


class EmptyAnswer(RootModel[dict[str, Any]]):
    """
    An empty JSON object, which some playground pages show as the success answer of an action (assign a provider).
    """

    root: Annotated[dict[str, Any], Field(max_length=0)]


class ErrorDetail(BaseModel):
    """
    One field-level problem in the local sandbox's `errors` list.
    """

    field: Annotated[
        str,
        Field(description="Dotted path of the offending field or parameter (`body.title`, `query.page`)."),
    ]
    message: Annotated[str, Field(description="What is wrong with it.")]


class Task(BaseModel):
    """
    The "Set ETA" task of the work order.
    """

    id: Annotated[int | None, Field(ge=1)] = None


class Mode(StrEnum):
    """
    Mode of the service window the ETA answers.
    """

    exact = "exact"
    between = "between"
    hours = "hours"


class Action7(StrEnum):
    add = "add"
    cancel = "cancel"
    confirm = "confirm"
    edit = "edit"
    mark_ready_to_go = "mark_ready_to_go"
    on_my_way = "on_my_way"
    running_late = "running_late"
    set_eta = "set_eta"


class Status2(StrEnum):
    field_ = ""
    on_schedule = "on_schedule"
    delayed = "delayed"
    at_risk = "at_risk"
    cancelled = "cancelled"
    reschedule_requested = "reschedule_requested"


class Coords1(BaseModel):
    latitude: Annotated[float | None, Field(ge=-90.0, le=90.0)] = None
    longitude: Annotated[float | None, Field(ge=-180.0, le=180.0)] = None


class Name(StrEnum):
    unconfirmed = "unconfirmed"
    confirmed = "confirmed"
    set = "set"
    readytogo = "readytogo"
    onmyway = "onmyway"


class ExpenseCategory(BaseModel):
    """
    Category of an expense as returned: a system category or a company-defined (custom) expense.
    """

    id: Annotated[
        int | None, Field(description="Category id (system category id for system expenses).", ge=1)
    ] = None
    uid: Annotated[int | None, Field(ge=1)] = None
    name: str | None = None
    label: Annotated[str | None, Field(description="Display label of the category (legacy object docs).")] = (
        None
    )
    type: Type3 | None = None
    company_expense_id: Annotated[
        int | None,
        Field(description="Id of the company-defined expense the category comes from, if any.", ge=1),
    ] = None


class ExpenseCategoryRef(BaseModel):
    """
    Category chosen for a new or edited expense. Send the category `id` (and `uid` as the playground does), or the `company_expense_id` of a company-defined expense (see `GET /company/expenses`).
    """

    uid: Annotated[int | None, Field(ge=1)] = None
    id: Annotated[int | None, Field(ge=1)] = None
    company_expense_id: Annotated[int | None, Field(ge=1)] = None


class ExpenseCompanyExpense(BaseModel):
    """
    The company-defined (pre-defined) expense an expense line was created from.
    """

    id: Annotated[int | None, Field(ge=1)] = None
    description: str | None = None
    expense_amount: Annotated[
        float | None, Field(description="Default amount configured for the company expense.")
    ] = None
    api_code: str | None = None
    hidden_tags: str | None = None


class ExpenseInput(BaseModel):
    """
    Body of `POST /workorders/{work_order_id}/expenses`.
    """

    category: ExpenseCategoryRef | None = None
    description: Annotated[str, Field(min_length=1)]
    amount: Annotated[
        constr(pattern=r"^\d+(\.\d{1,2})?$") | confloat(ge=0.0),
        Field(
            description='Amount in US dollars. The playground sends a decimal string (`"50.00"`), older docs and the generated clients a number (`50`); both are accepted.',
            examples=["50.00", 45.0],
        ),
    ]
    quantity: Annotated[
        float | None,
        Field(description="Number of units; the amount is per expense line, not per unit.", gt=0.0),
    ] = None
    receipt: Annotated[
        dict[str, Any] | None, Field(description="Receipt information (shape not documented).")
    ] = None


class ExpenseStatus(StrEnum):
    """
    Review state of an expense: `new` until the client decides, then `approved` or `disapproved` (denied).
    """

    new = "new"
    approved = "approved"
    disapproved = "disapproved"
    pending = "pending"
    rejected = "rejected"


class Status3(StrEnum):
    """
    New review state; `rejected` is accepted as an alias of `disapproved`.
    """

    new = "new"
    approved = "approved"
    disapproved = "disapproved"
    rejected = "rejected"


class ExpenseUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/expenses/{expense_id}`: change an expense, or approve or deny it with `status`. Only the fields sent are changed.
    """

    category: ExpenseCategoryRef | None = None
    description: Annotated[str | None, Field(min_length=1)] = None
    amount: Annotated[
        constr(pattern=r"^\d+(\.\d{1,2})?$") | confloat(ge=0.0) | None,
        Field(
            description='Amount in US dollars. The playground sends a decimal string (`"50.00"`), older docs and the generated clients a number (`50`); both are accepted.',
            examples=["50.00", 45.0],
        ),
    ] = None
    quantity: Annotated[float | None, Field(gt=0.0)] = None
    receipt: dict[str, Any] | None = None
    status: Annotated[
        Status3 | None,
        Field(description="New review state; `rejected` is accepted as an alias of `disapproved`."),
    ] = None
    status_description: Annotated[
        str | None, Field(description="Reason shown with the status, typically why the expense was denied.")
    ] = None
    rejection_reason: Annotated[
        str | None, Field(description="Alias of `status_description` used by the guide.")
    ] = None


class ExpensesSum(BaseModel):
    """
    Totals over the expenses of a work order, in US dollars.
    """

    all: float | None = None
    charged: float | None = None
    uncharged: float | None = None
    pending: float | None = None
    approved: float | None = None
    approved_amount: float | None = None
    denied: float | None = None


class IdName(BaseModel):
    """
    A reference to another object by id, with its display name when the API returns one.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None


class IdRef(BaseModel):
    """
    A reference sent in request bodies (`{"id": 62}`).
    """

    id: Annotated[int, Field(ge=1)]


class IncidentInput(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/incident`.
    """

    incident_id: Annotated[
        constr(pattern=r"\S", min_length=1, max_length=255) | conint(ge=0),
        Field(description="Your identifier of the incident or site the work order belongs to."),
    ]


class Status4(StrEnum):
    pending = "pending"
    complete = "complete"
    incomplete = "incomplete"


class Status6(StrEnum):
    complete = "complete"
    incomplete = "incomplete"


class JobStatusInput(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/job-status`.
    """

    status: Status6
    reason_id: Annotated[int | None, Field(description="Why the job is incomplete.", ge=1)] = None


class JobStatusReason(BaseModel):
    """
    Reason given for a job status (a site-revisit reason of the company).
    """

    id: Annotated[int, Field(ge=1)]
    label: str | None = None


class Order(StrEnum):
    """
    Sort direction of the list (the client keeps any other value it receives).
    """

    asc = "asc"
    desc = "desc"


class ListMetadata(BaseModel):
    """
    Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits `pages`, so only `total` is required (the local sandbox always sends all four).
    """

    total: Annotated[int, Field(description="Number of items across all pages.", ge=0)]
    page: Annotated[
        int | None,
        Field(
            description="The page this envelope holds (1-based; the playground example shows 0 for an empty list).",
            ge=0,
        ),
    ] = None
    pages: Annotated[int | None, Field(description="Number of pages.", ge=0)] = None
    per_page: Annotated[int | None, Field(description="Items per page.", ge=0)] = None
    columns: Annotated[str | None, Field(description="Comma-separated columns that were returned.")] = None
    list: str | None = None
    view: Annotated[
        str | None,
        Field(
            description="Presentation the list was computed for (`list`, `card`, `map`, `model`, `schedule`, `tiles`)."
        ),
    ] = None
    sort: str | None = None
    order: Annotated[
        Order | None,
        Field(description="Sort direction of the list (the client keeps any other value it receives)."),
    ] = None


class Mode1(StrEnum):
    """
    `custom` (an address typed on the work order), `location` (a saved location) or `remote` (the client keeps any other value it receives).
    """

    custom = "custom"
    location = "location"
    remote = "remote"


class Validation(BaseModel):
    """
    Result of the platform's address check.
    """

    is_valid: bool | None = None
    messages: list[str] | None = None


class Map(BaseModel):
    url: str | None = None
    href: str | None = None


class Mode2(StrEnum):
    """
    `custom` (an address), `location` (a saved location), `remote`. `site` is what the 2026-02-09 playground's create example sends with a full address; the sandbox stores it as `custom` (our convention; Field Nation's handling of it is not documented).
    """

    custom = "custom"
    location = "location"
    remote = "remote"
    site = "site"


class Coordinates(BaseModel):
    """
    Optional position to use instead of geocoding the address.
    """

    latitude: Annotated[float, Field(ge=-90.0, le=90.0)]
    longitude: Annotated[float, Field(ge=-180.0, le=180.0)]


class SaveLocationGroup(RootModel[int]):
    root: Annotated[int, Field(description="Group of the saved location created by `save_location`.", ge=1)]


class SaveLocationGroup1(RootModel[str]):
    root: Annotated[
        str,
        Field(description="Group of the saved location created by `save_location`.", pattern="^[1-9][0-9]*$"),
    ]


class LocationInput(BaseModel):
    """
    The location to set on a work order. For `custom`, send the full address (the platform replaces the whole address, so send every field even when changing one). For `location`, send `saved_location.id`. For `remote`, `mode` alone is enough.
    """

    id: Annotated[
        int | None,
        Field(
            description="Saved location id, the templates guide's shorthand for `mode: location` with `saved_location.id`.",
            ge=1,
        ),
    ] = None
    mode: Annotated[
        Mode2 | None,
        Field(
            description="`custom` (an address), `location` (a saved location), `remote`. `site` is what the 2026-02-09 playground's create example sends with a full address; the sandbox stores it as `custom` (our convention; Field Nation's handling of it is not documented)."
        ),
    ] = None
    display_name: Annotated[str | None, Field(max_length=255)] = None
    address1: Annotated[str | None, Field(max_length=255, min_length=1)] = None
    address2: Annotated[str | None, Field(max_length=255)] = None
    city: Annotated[str | None, Field(max_length=255, min_length=1)] = None
    state: Annotated[str | None, Field(max_length=100, min_length=1)] = None
    zip: Annotated[str | None, Field(max_length=20, min_length=1)] = None
    country: Annotated[
        str | None,
        Field(description="ISO 3166 country code, two or three letters.", pattern="^[A-Za-z]{2,3}$"),
    ] = None
    type: IdRef | None = None
    saved_location: IdRef | None = None
    coordinates: Annotated[
        Coordinates | None, Field(description="Optional position to use instead of geocoding the address.")
    ] = None
    save_location: Annotated[
        str | bool | None,
        Field(description="Save this custom address as a saved location (under this name)."),
    ] = None
    save_location_group: Annotated[
        SaveLocationGroup | SaveLocationGroup1 | None,
        Field(description="Group of the saved location created by `save_location`."),
    ] = None


class Problem(BaseModel):
    """
    The reported problem this message belongs to, if any.
    """

    id: Annotated[int | None, Field(ge=1)] = None


class MessageId1(RootModel[int]):
    root: Annotated[
        int,
        Field(
            description='Message ID. The android model types it as an integer, the legacy docs and the guide show it as a numeric string (`"612"`); both are accepted.',
            examples=[612],
            ge=1,
        ),
    ]


class MessageId2(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description='Message ID. The android model types it as an integer, the legacy docs and the guide show it as a numeric string (`"612"`); both are accepted.',
            examples=[612],
            pattern="^[1-9][0-9]*$",
        ),
    ]


class To(BaseModel):
    """
    Recipient; required when `type` is `SPECIFICTECH` (the guide's "use to.id"; the local sandbox enforced it with 422, stated here so that it is checked as 400).
    """

    id: Annotated[int, Field(ge=1)]


class NotifyItem(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class MessageReplyInput(BaseModel):
    """
    A reply to an existing message.
    """

    message: Annotated[str, Field(min_length=1)]
    classic_alert: bool | None = None
    problem_reopened: Annotated[
        bool | None, Field(description="Reopen the problem the message belongs to.")
    ] = None


class MessageType(StrEnum):
    """
    Audience of a message: `INTERNAL` / `STAFF_NOTE` stay inside the buyer company, `ASSIGNEDTECH` goes to the assigned provider, `REQUESTEDTECHS` / `ROUTEDTECHS` to every requesting / routed provider, `SPECIFICTECH` to the provider in `to.id`; `FROMTECH`, `TECHTOMANAGER`, `REPLY` and `REPLYTOTHREAD` are used for provider messages and replies.
    """

    INTERNAL = "INTERNAL"
    ASSIGNEDTECH = "ASSIGNEDTECH"
    REQUESTEDTECHS = "REQUESTEDTECHS"
    SPECIFICTECH = "SPECIFICTECH"
    FROMTECH = "FROMTECH"
    REPLY = "REPLY"
    TECHTOMANAGER = "TECHTOMANAGER"
    ROUTEDTECHS = "ROUTEDTECHS"
    REPLYTOTHREAD = "REPLYTOTHREAD"
    STAFF_NOTE = "STAFF_NOTE"


class MessageUser(BaseModel):
    """
    Sender or recipient of a message.
    """

    id: Annotated[int, Field(ge=1)]
    name: Annotated[str | None, Field(description="Display name (the guide's spelling).")] = None
    first_name: str | None = None
    last_name: str | None = None
    role: Annotated[
        str | None, Field(description="Role of the user on the work order (`provider`, `buyer`, ...).")
    ] = None
    thumbnail: str | None = None


class Actor(BaseModel):
    """
    Who completed the step.
    """

    name: str | None = None


class Type5(StrEnum):
    """
    How the work is paid: `fixed` (flat amount), `hourly` (rate up to a maximum of hours), `blended` (flat amount for the first hours, then hourly), `device` (rate per device).
    """

    fixed = "fixed"
    hourly = "hourly"
    blended = "blended"
    device = "device"
    field_ = ""


class Action8(StrEnum):
    edit = "edit"
    print = "print"
    view = "view"


class Range(BaseModel):
    """
    Lowest and highest possible labor pay.
    """

    min: float | None = None
    max: float | None = None


class PayAmount(BaseModel):
    """
    An amount paired with a number of units. What the pair means depends on the pay type: `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours; `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the first `units` hours and `additional` the hourly rate for up to `units` more hours.
    """

    amount: Annotated[
        float | None,
        Field(description="Dollar amount (a total or a rate, depending on the pay type).", ge=0.0),
    ] = None
    units: Annotated[float | None, Field(description="Hours, devices, or 1 for fixed pay.", ge=0.0)] = None


class Amount(RootModel[float]):
    root: Annotated[float, Field(description="Dollar amount, as a number or a decimal string.", ge=0.0)]


class Amount1(RootModel[str]):
    root: Annotated[
        str, Field(description="Dollar amount, as a number or a decimal string.", pattern="^\\d+(\\.\\d+)?$")
    ]


class PayAmountInput(BaseModel):
    """
    An amount/units pair as sent in requests. `amount` is required; `units` may be left out (the narrative guide sends `{"amount": 200.00}` alone for fixed pay).
    """

    amount: Annotated[Amount | Amount1, Field(description="Dollar amount, as a number or a decimal string.")]
    units: Annotated[float | None, Field(description="Hours, devices, or 1 for fixed pay.", ge=0.0)] = None


class PayExpenseSummary(BaseModel):
    """
    The pay guide's form of `expenses`, dollar sums by status.
    """

    pending: float | None = None
    approved: float | None = None


class PayFinance(BaseModel):
    """
    The company account that funds the work order.
    """

    id: Annotated[int | None, Field(ge=0)] = None
    terms: str | None = None
    description: str | None = None
    limit: float | None = None
    invoiced_account: bool | None = None
    locked: bool | None = None


class Status7(StrEnum):
    """
    `pending`, `accepted` or `denied` (generated models; what the local sandbox answers); the guide writes `approved` and `rejected`.
    """

    pending = "pending"
    accepted = "accepted"
    denied = "denied"
    approved = "approved"
    rejected = "rejected"


class ApprovedBy(BaseModel):
    """
    Who approved it (guide).
    """

    id: int | None = None
    name: str | None = None


class Action9(StrEnum):
    accept = "accept"
    edit = "edit"
    deny = "deny"
    delete = "delete"


class Sum1(BaseModel):
    """
    Dollar total of the increases.
    """

    all: float | None = None


class Status8(StrEnum):
    accepted = "accepted"
    denied = "denied"
    pending = "pending"
    approved = "approved"
    rejected = "rejected"


class Type6(StrEnum):
    fixed = "fixed"
    hourly = "hourly"
    blended = "blended"
    device = "device"


class Calculation(StrEnum):
    fixed = "fixed"
    percent = "percent"


class Action10(StrEnum):
    charge = "charge"
    delete = "delete"


class PayModifier(BaseModel):
    """
    One line that changes a work order's pay: a bonus, a penalty, a discount, a fee or the hold. `modifier` is the configured value (dollars, or a percentage when `calculation` is `percent`); `amount` is the resulting dollar value.
    """

    id: Annotated[
        int | None,
        Field(
            description="Id of the bonus/penalty definition or of the fee; 0 for a built-in fee not yet charged.",
            ge=0,
        ),
    ] = None
    name: str | None = None
    description: str | None = None
    calculation: Calculation | None = None
    modifier: Annotated[
        float | None, Field(description="Dollar amount or percentage, depending on `calculation`.")
    ] = None
    amount: Annotated[float | None, Field(description="Resulting dollar amount.")] = None
    charged: Annotated[bool | None, Field(description="Whether the line is applied to the pay.")] = None
    queued: bool | None = None
    hours24_applicable: Annotated[
        bool | None, Field(description="Whether the line applies only within 24 hours of the service window.")
    ] = None
    actions: list[Action10] | None = None


class Calculation1(StrEnum):
    """
    Whether `modifier` is a dollar amount or a percentage.
    """

    fixed = "fixed"
    percent = "percent"


class Action11(StrEnum):
    charge = "charge"
    delete = "delete"
    edit = "edit"


class PayModifierDefinition(BaseModel):
    """
    A bonus or penalty the company has defined and may apply to work orders: a fixed dollar amount or a percentage of pay.
    """

    id: Annotated[int, Field(ge=1)]
    name: str
    description: str | None = None
    calculation: Annotated[
        Calculation1 | None, Field(description="Whether `modifier` is a dollar amount or a percentage.")
    ] = None
    modifier: Annotated[
        float | None, Field(description="Dollar amount or percentage, depending on `calculation`.")
    ] = None
    amount: Annotated[
        float | None, Field(description="Dollar value; for percentages, computed from the pay.")
    ] = None
    charged: bool | None = None
    hours24_applicable: bool | None = None
    actions: list[Action11] | None = None


class Action12(StrEnum):
    add = "add"
    edit = "edit"


class Sum2(BaseModel):
    """
    Dollar totals of the list.
    """

    all: float | None = None
    charged: float | None = None
    uncharged: float | None = None


class PayModifierList(BaseModel):
    """
    A list of pay modifiers (bonuses, penalties or discounts) with their sums. Discounts carry only `sum.all`.
    """

    metadata: ListMetadata | None = None
    sum: Annotated[Sum2 | None, Field(description="Dollar totals of the list.")] = None
    results: list[PayModifier]
    total_discount: Annotated[
        float | None, Field(description="Dollar total of the discounts (guide's form of `sum.all`).")
    ] = None
    actions: Annotated[list[Action12] | None, Field(description="What the caller may do with the list.")] = (
        None
    )


class Result(BaseModel):
    id: Annotated[int, Field(description="Id of the company's bonus or penalty definition.", ge=1)]
    charged: Annotated[bool | None, Field(description="Whether the modifier is charged.")] = None


class PayModifierRefsInput(BaseModel):
    """
    Company bonuses or penalties to apply to the work order, by the id of the company's definition (`GET /bonuses`, `GET /penalties`).
    """

    results: Annotated[list[Result], Field(max_length=50)]


class PayModifierSum(BaseModel):
    """
    Totals of a bonus or penalty list.
    """

    all: float | None = None
    charged: float | None = None
    uncharged: float | None = None


class Type7(StrEnum):
    """
    How the work is paid; empty when no pay is set yet.
    """

    fixed = "fixed"
    hourly = "hourly"
    blended = "blended"
    device = "device"
    field_ = ""


class PayRate(BaseModel):
    """
    The rate part of a pay object (type, base and additional amounts). Used where only the rate matters, such as the pay a provider proposes in a pay increase.
    """

    type: Annotated[
        Type7 | None, Field(description="How the work is paid; empty when no pay is set yet.")
    ] = None
    base: PayAmount | None = None
    additional: PayAmount | None = None


class PayTotalSummary(BaseModel):
    """
    The pay guide's form of `total`, the amount earned so far and the hours behind it.
    """

    amount: float | None = None
    hours_worked: float | None = None


class PenaltyInput(BaseModel):
    """
    Optional body of `POST /workorders/{work_order_id}/penalties/{penalty_id}`. The penalty itself comes from the company definition named by `penalty_id`.
    """

    charged: Annotated[
        bool | None, Field(description="Whether the penalty is deducted from the provider's pay right away.")
    ] = None
    amount: Annotated[
        float | None, Field(description="Dollar amount for this work order (guide form).", ge=0.0)
    ] = None
    reason: Annotated[str | None, Field(description="Why the penalty is applied (guide form).")] = None


class Action14(StrEnum):
    selection_rule = "selection_rule"


class Action15(StrEnum):
    delete = "delete"


class Action16(StrEnum):
    add = "add"
    counter_offer = "counter_offer"


class Action17(StrEnum):
    edit = "edit"
    delete = "delete"


class Result1(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class PreferredProviderGroupProviderIds(BaseModel):
    """
    Ids of every provider in a preferred provider group, without pagination.
    """

    group_id: Annotated[int | None, Field(ge=1)] = None
    results: list[Result1]


class Action18(StrEnum):
    add_managed = "add_managed"
    add_to_preferred_group = "add_to_preferred_group"
    remove_from_preferred_group = "remove_from_preferred_group"


class PreferredProviderGroupUsersInput(BaseModel):
    """
    Providers to add to, or remove from, a preferred provider group: either `users`, a list of user references, or `user`, a single one.
    """

    users: Annotated[list[IdRef] | None, Field(min_length=1)] = None
    user: IdRef | None = None


class Contact1(StrEnum):
    """
    Who is told about the problem.
    """

    all = "all"
    buyer = "buyer"
    provider = "provider"
    support = "support"


class Message1(BaseModel):
    """
    The work order message posted with the problem.
    """

    id: Annotated[int, Field(ge=1)]


class Watcher(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class Action19(StrEnum):
    delete = "delete"
    edit = "edit"
    resolve = "resolve"
    reopen = "reopen"
    view_message = "view_message"


class Agent(BaseModel):
    """
    What an automated client should do next.
    """

    action: Annotated[
        str | None,
        Field(
            description="`FIX_INPUT`, `RETRY`, `REAUTHENTICATE`, `ESCALATE` (the catalog's closed list; new values are tolerated).",
            examples=["RETRY"],
        ),
    ] = None
    backoffMs: Annotated[
        int | None, Field(description="Milliseconds to wait before retrying (only with `RETRY`).", ge=0)
    ] = None
    maxAttempts: Annotated[
        int | None, Field(description="How many attempts in all (only with `RETRY`).", ge=1)
    ] = None


class ProblemDetails(BaseModel):
    """
    RFC 9457 problem details, the shape Field Nation's error-code catalog gives for every non-2xx answer, served as `application/problem+json`. `type` resolves to the catalog page of the error; `code` is the stable machine-readable name. The catalog's examples are webhook paths, so whether REST v2 already answers this way is not documented: clients must read both this and `Error`.
    """

    type: Annotated[str, Field(description="URL of the catalog page that explains this kind of error.")]
    title: Annotated[str, Field(description="Short summary of the error type.")]
    status: Annotated[int, Field(description="The HTTP status code of the answer.", ge=100, le=599)]
    detail: Annotated[
        str | None, Field(description="Explanation of this occurrence (not a repeat of `title`).")
    ] = None
    instance: Annotated[str | None, Field(description="RFC 9457's URI of this occurrence, when given.")] = (
        None
    )
    code: Annotated[
        str | None,
        Field(
            description="Machine-readable UPPER_SNAKE code, stable across releases (`INTERNAL_SERVER_ERROR`)."
        ),
    ] = None
    errors: Annotated[
        list[dict[str, Any]] | None,
        Field(description="Sub-errors of a compound error; `[]` when there are none."),
    ] = None
    retryable: Annotated[
        bool | None, Field(description="Whether the exact same request may be retried safely.")
    ] = None
    correlationId: Annotated[
        str | None,
        Field(
            description="Unique id of this request occurrence (stable across retries); quote it to support."
        ),
    ] = None
    agent: Annotated[Agent | None, Field(description="What an automated client should do next.")] = None


class ProblemInput(BaseModel):
    """
    Body of `POST /workorders/{work_order_id}/problems`.
    """

    type: IdRef | None = None
    problem_type_id: Annotated[
        int | None,
        Field(
            description="The problem type as a bare ID (the guide's form of `type.id`). When both are sent they must name the same type.",
            ge=1,
        ),
    ] = None
    comments: Annotated[str | None, Field(max_length=5000)] = None
    description: Annotated[
        str | None,
        Field(
            description="The guide's name for `comments` (the explanation of the problem).", max_length=5000
        ),
    ] = None
    support_can_resolve: bool | None = None
    company_can_resolve: bool | None = None
    send_to_support: bool | None = None
    send_to_provider: bool | None = None
    escalate: Annotated[
        str | bool | None, Field(description="Whether to escalate; `true`/`false` or their string forms.")
    ] = None
    skip_decline: bool | None = None
    created_on_sf: Annotated[
        bool | None, Field(description="Whether the problem was created from a Salesforce case.")
    ] = None
    sf_case_id: Annotated[float | None, Field(description="Salesforce case ID.", ge=0.0)] = None
    sf_case_creation_note_for_service_msg: str | None = None


class Sum3(BaseModel):
    """
    Counts of problems. The playground shows `active` and `resolved`; the Android client's model has `resolved` and `unresolved`.
    """

    active: Annotated[int | None, Field(ge=0)] = None
    resolved: Annotated[int | None, Field(ge=0)] = None
    unresolved: Annotated[int | None, Field(ge=0)] = None


class Action20(StrEnum):
    add = "add"
    delete = "delete"
    edit = "edit"
    resolve = "resolve"
    reopen = "reopen"
    view_message = "view_message"


class Status9(StrEnum):
    open = "open"
    resolved = "resolved"


class AllowedResolver(StrEnum):
    assigned_provider = "assigned_provider"
    buyer = "buyer"
    support = "support"


class ProblemResolutionTime(BaseModel):
    """
    When a problem was resolved (a flat timestamp object with utc, date and time).
    """

    utc: Annotated[
        str | None,
        Field(
            description="A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.",
            examples=["2026-07-01 09:00:00", "2026-02-01T17:00:00Z"],
            pattern="^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
        ),
    ] = None
    date: date_aliased | None = None
    time: Annotated[str | None, Field(pattern="^\\d{2}:\\d{2}(:\\d{2})?$")] = None


class ProblemSubType(BaseModel):
    """
    A sub-type listed under a problem type.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    has_other: bool | None = None
    other: str | None = None
    performance_event: bool | None = None
    file_with_support: bool | None = None
    show_pqap_warning: bool | None = None
    reportable: bool | None = None
    message: str | None = None


class ProblemType(BaseModel):
    """
    A kind of problem that can be reported, possibly with sub-types.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    has_other: Annotated[
        bool | None, Field(description="Whether the type asks for a free-text explanation in `other`.")
    ] = None
    other: str | None = None
    performance_event: Annotated[
        bool | None, Field(description="Whether reporting it counts against the provider's performance.")
    ] = None
    file_with_support: bool | None = None
    show_pqap_warning: bool | None = None
    reportable: bool | None = None
    message: str | None = None
    children: Annotated[
        list[ProblemSubType] | None, Field(description="Sub-types (one level of nesting in practice).")
    ] = None


class ProblemTypeRef(BaseModel):
    """
    The type of a reported problem.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    other: Annotated[str | None, Field(description="Free-text explanation when the type asks for one.")] = (
        None
    )


class Status10(StrEnum):
    """
    Resolve or reopen the problem (the guide's top-level form of `resolution.status`).
    """

    OPEN = "open"
    RESOLVED = "resolved"
    OPEN_CAPITALIZED = "Open"
    RESOLVED_CAPITALIZED = "Resolved"


class Status11(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    OPEN_CAPITALIZED = "Open"
    RESOLVED_CAPITALIZED = "Resolved"


class Resolution(BaseModel):
    status: Status11


class ProblemUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/problems/{problem_id}`: resolve or reopen a problem, or correct its type and comments.
    """

    status: Annotated[
        Status10 | None,
        Field(
            description="Resolve or reopen the problem (the guide's top-level form of `resolution.status`)."
        ),
    ] = None
    resolution: Resolution | None = None
    reopen_message: Annotated[str | None, Field(description="Why the problem is reopened.")] = None
    problem_reopened: bool | None = None
    type: IdRef | None = None
    comments: Annotated[str | None, Field(max_length=5000)] = None


class Action21(StrEnum):
    cancel = "cancel"
    complete = "complete"
    reopen = "reopen"
    create_template = "create_template"
    create_work_order = "create_work_order"
    late_notification = "late_notification"
    cancellation_fee = "cancellation_fee"
    edit = "edit"
    delete = "delete"


class ProjectAutoDispatch(BaseModel):
    """
    Automatic dispatch configuration of a project: how long to wait, and how to route or publish when the selection rule finds providers.
    """

    id: Annotated[int | None, Field(ge=1)] = None
    delay: Annotated[int | None, Field(description="Minutes to wait before dispatching.", ge=0)] = None
    w2_skippub: Annotated[
        int | None, Field(description="1 to skip publishing when a W-2 employee is found.", ge=0, le=1)
    ] = None
    w2_failswitch: Annotated[
        int | None,
        Field(description="1 to fall back to the marketplace when no W-2 employee is available.", ge=0, le=1),
    ] = None
    should_route: Annotated[
        int | None, Field(description="1 to route to the matched providers.", ge=0, le=1)
    ] = None
    also_publish: Annotated[int | None, Field(description="1 to publish as well as route.", ge=0, le=1)] = (
        None
    )
    selection_rule_id: Annotated[int | None, Field(ge=1)] = None
    selection_rule: IdName | None = None


class ProjectFinance(BaseModel):
    """
    The funding account work orders of the project are paid from.
    """

    id: Annotated[int, Field(ge=1)]
    description: str | None = None
    balance: float | None = None
    terms: str | None = None
    limit: float | None = None


class Action22(StrEnum):
    add = "add"


class ProjectNotificationText(BaseModel):
    """
    One notification setting, worded separately for the manager and for the provider.
    """

    manager: str | None = None
    provider: str | None = None


class ProjectNotifications(BaseModel):
    """
    Notification texts and channels configured for the project's work orders.
    """

    email_subject: ProjectNotificationText | None = None
    email_body: ProjectNotificationText | None = None
    digest_email: ProjectNotificationText | None = None
    sms: ProjectNotificationText | None = None
    notification: ProjectNotificationText | None = None


class ProviderId(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class ProjectStatus(StrEnum):
    """
    Lifecycle state of a project.
    """

    active = "active"
    completed = "completed"
    cancelled = "cancelled"


class ProjectTalentPoolGroupAssignment(BaseModel):
    """
    One placement of a provider in a talent pool group, at one tier (talent pool) of that group.
    """

    talent_pool_group_id: Annotated[str, Field(description="UUID of the talent pool group.", min_length=1)]
    tier_id: Annotated[int, Field(description="Id of the tier (talent pool) within the group.", ge=1)]
    talent_pool_group_name: Annotated[
        str | None, Field(description="Name of the group, when the API includes it in answers.")
    ] = None
    tier_name: Annotated[
        str | None, Field(description="Name of the tier, when the API includes it in answers.")
    ] = None


class ProjectWorkOrderCounts(BaseModel):
    """
    Number of the project's work orders in each group of statuses.
    """

    today: Annotated[int | None, Field(ge=0)] = None
    draft: Annotated[int | None, Field(ge=0)] = None
    published_routed: Annotated[int | None, Field(ge=0)] = None
    assigned: Annotated[int | None, Field(ge=0)] = None
    work_done: Annotated[int | None, Field(ge=0)] = None
    approved_paid: Annotated[int | None, Field(ge=0)] = None


class ProviderAttribute(BaseModel):
    """
    A name/value pair recorded for a provider in a talent pool (pay rate, priority...).
    """

    talent_pool_provider_attribute_id: Annotated[
        UUID, Field(description="The attribute's UUID (the `attribute_uuid` of the single-attribute paths).")
    ]
    id: Annotated[
        UUID | None, Field(description="Overview guide's spelling of `talent_pool_provider_attribute_id`.")
    ] = None
    name: Annotated[str | None, Field(description="Attribute key.")] = None
    value: Annotated[str, Field(description="Attribute value, always a string.")]


class ProviderAttributeBulkUpdateItem(BaseModel):
    """
    A new value for an existing attribute, addressed by its UUID.
    """

    talent_pool_provider_attribute_id: Annotated[
        str | None,
        Field(description="UUID of the attribute to change (not checked as a UUID; see `id`).", min_length=1),
    ] = None
    id: Annotated[
        str | None,
        Field(
            description="Same as `talent_pool_provider_attribute_id`, as the guide names it (its example sends placeholders such as `uuid-1`, so the value is not checked as a UUID).",
            min_length=1,
        ),
    ] = None
    value: Annotated[str, Field(max_length=4000)]


class ProviderAttributeInput(BaseModel):
    """
    A new attribute.
    """

    name: Annotated[str, Field(max_length=255, min_length=1)]
    value: Annotated[str, Field(max_length=4000)]


class ProviderAttributeList(BaseModel):
    """
    One page of a provider's attributes.
    """

    data: list[ProviderAttribute]
    pagination: CursorPagination


class ProviderAttributeResult(BaseModel):
    """
    Answer of the create and bulk update requests, the attributes written.
    """

    attributes: list[ProviderAttribute]


class ProviderAttributeUpdate(BaseModel):
    """
    Body of the single-attribute update request.
    """

    value: Annotated[str, Field(max_length=4000)]


class ProviderCancelInput(BaseModel):
    """
    Optional body of `POST /workorders/{work_order_id}/provider/cancel`: why the assigned provider is removed.
    """

    reason: Annotated[str | None, Field(max_length=1000)] = None
    reason_id: Annotated[
        int | None, Field(description="ID of a cancellation reason of the company.", ge=1)
    ] = None
    note: Annotated[str | None, Field(max_length=5000)] = None


class NewEta(BaseModel):
    utc: Annotated[
        str,
        Field(
            description="A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.",
            examples=["2026-07-01 09:00:00", "2026-02-01T17:00:00Z"],
            pattern="^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
        ),
    ]


class ProviderDelayInput(BaseModel):
    """
    Optional body of `POST /workorders/{work_order_id}/provider/delay`. A client acknowledging a delay sends nothing; the fields are those the guide shows for the provider reporting one.
    """

    delay_minutes: Annotated[int | None, Field(ge=1, le=10080)] = None
    reason: Annotated[str | None, Field(max_length=1000)] = None
    new_eta: NewEta | None = None


class Qualification(BaseModel):
    """
    One requirement of the work order's selection rule (a certification, screening, insurance, tool, rating threshold...). The narrative guide lists items as `{id, name, required, type}`; the selection-rule form adds the comparison (`operation`, `value`) and how the provider pool matches it.
    """

    id: Annotated[
        int,
        Field(description="ID of the qualification (certification, screening, ...) being required.", ge=1),
    ]
    name: str | None = None
    type: Annotated[
        str | None,
        Field(
            description="Kind of requirement; the guide documents `certification`, `screening`, `insurance` and `tool`.",
            examples=["certification", "screening", "insurance", "tool"],
        ),
    ] = None
    required: Annotated[
        bool | None,
        Field(description="True when providers must have it; false when it only improves their match score."),
    ] = None
    operation: Annotated[
        str | None, Field(description="Comparison applied to `value` (e.g. `>=` for a rating).")
    ] = None
    value: Annotated[
        str | float | bool | None,
        Field(description="Threshold or expected value of the requirement, when it has one."),
    ] = None
    description: str | None = None
    match: Annotated[
        bool | None,
        Field(
            description="Whether the provider being evaluated meets this requirement (provider-scoped views)."
        ),
    ] = None
    actions: list[str] | None = None


class QualificationRuleInput(BaseModel):
    """
    One requirement sent in a selection rule.
    """

    id: Annotated[int, Field(description="ID of the qualification to require.", ge=1)]
    required: bool | None = True
    operation: str | None = None
    value: str | float | bool | None = None


class RelatedWorkOrder(BaseModel):
    """
    Another work order sharing the same incident/site ID.
    """

    id: Annotated[int, Field(ge=1)]
    title: str | None = None


class ScheduleOption(IntEnum):
    """
    For `hours` windows: 1 asks the provider to commit to a hard start time when requesting or accepting the work, 0 does not.
    """

    integer_0 = 0
    integer_1 = 1


class ScheduleOption1(IntEnum):
    """
    For `hours` windows, 1 requires providers to commit to a hard start time.
    """

    integer_0 = 0
    integer_1 = 1


class ScheduleTimeZone(BaseModel):
    """
    Time zone of the work order's location.
    """

    id: Annotated[int | None, Field(ge=0)] = None
    name: Annotated[str | None, Field(description="IANA name, for example `America/Chicago`.")] = None
    short: Annotated[str | None, Field(description="Abbreviation, for example `CDT`.")] = None
    offset: Annotated[float | None, Field(description="Offset from UTC in hours.")] = None


class ScheduleTimeZoneInput(BaseModel):
    """
    Time zone of the service window. The playground types it like the schedule answer's `time_zone` ({id, name, short, offset}); send the `id` or the IANA `name`.
    """

    id: Annotated[int | None, Field(ge=0)] = None
    name: Annotated[
        str | None, Field(description="IANA name, for example `America/Chicago`.", max_length=64)
    ] = None
    short: Annotated[str | None, Field(max_length=16)] = None
    offset: Annotated[float | None, Field(ge=-14.0, le=14.0)] = None


class SelectionRuleInput(BaseModel):
    """
    The selection rule to store on the work order.
    """

    id: Annotated[int | None, Field(description="Reuse a saved company selection rule by its ID.", ge=1)] = (
        None
    )
    name: Annotated[str | None, Field(min_length=1)] = None
    results: list[QualificationRuleInput] | None = None


class SelectionRuleSum(BaseModel):
    """
    How many providers in the pool meet the rule.
    """

    total: Annotated[int | None, Field(ge=0)] = None
    match: Annotated[int | None, Field(ge=0)] = None
    no_match_optional: Annotated[
        int | None, Field(description="Providers missing only optional requirements.", ge=0)
    ] = None
    no_match_required: Annotated[
        int | None, Field(description="Providers missing at least one required requirement.", ge=0)
    ] = None


class ServiceType(BaseModel):
    """
    A service type (such as "Installation") offered under one type of work.
    """

    id: Annotated[int, Field(ge=1)]
    name: str


class ServiceTypeList(BaseModel):
    """
    List answered by `GET /types-of-work/{type_of_work_id}/service-types`.
    """

    metadata: ListMetadata | None = None
    results: list[ServiceType]


class Mode3(StrEnum):
    exact = "exact"
    between = "between"
    hours = "hours"
    asap = "asap"


class Direction(StrEnum):
    """
    Where the shipment goes. The Android client's model lists `to site` and `from site`; the older reference and the guide also name `to provider` and `to other location`. The guide's list example writes them with underscores (`to_site`); both spellings are described.
    """

    TO_SITE = "to site"
    FROM_SITE = "from site"
    TO_PROVIDER = "to provider"
    TO_OTHER_LOCATION = "to other location"
    TO_SITE_ALIAS = "to_site"
    FROM_SITE_ALIAS = "from_site"
    TO_PROVIDER_ALIAS = "to_provider"
    TO_OTHER_LOCATION_ALIAS = "to_other_location"


class Task1(BaseModel):
    """
    Task the shipment belongs to, if any.
    """

    id: Annotated[int, Field(ge=0)]


class Status12(StrEnum):
    """
    Delivery status as the generated clients model it (capitalised, with a space); the shipments guide documents `pending`, `in_transit`, `delivered`, `delayed`, which are described too.
    """

    New = "New"
    En_Route = "En Route"
    Arrived = "Arrived"
    Error = "Error"
    Lost = "Lost"
    pending = "pending"
    in_transit = "in_transit"
    delivered = "delivered"
    delayed = "delayed"


class Action23(StrEnum):
    edit = "edit"
    delete = "delete"


class ShipmentAddress(BaseModel):
    """
    Destination of a shipment sent somewhere other than the site or the provider.
    """

    name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: Annotated[
        str | None,
        Field(
            description="Two- or three-letter country code (both are seen in Field Nation examples).",
            pattern="^[A-Za-z]{2,3}$",
        ),
    ] = None


class Name1(StrEnum):
    """
    Carrier code; `other` means the carrier is named in `other`.
    """

    fedex = "fedex"
    ups = "ups"
    usps = "usps"
    other = "other"


class Name2(StrEnum):
    """
    Carrier code. The guide calls the name case-insensitive and sends `FedEx`; both spellings are accepted (stored lower case).
    """

    FEDEX = "fedex"
    UPS = "ups"
    USPS = "usps"
    OTHER = "other"
    FEDEX_CAPITALIZED = "FedEx"
    UPS_CAPITALIZED = "UPS"
    USPS_CAPITALIZED = "USPS"
    OTHER_CAPITALIZED = "Other"


class ShipmentCarrierCreate(BaseModel):
    """
    Carrier details required when a shipment is created.
    """

    name: Annotated[
        Name2,
        Field(
            description="Carrier code. The guide calls the name case-insensitive and sends `FedEx`; both spellings are accepted (stored lower case)."
        ),
    ]
    other: Annotated[
        str | None, Field(description="Carrier name; required when `name` is `other`.", min_length=1)
    ] = None
    tracking: Annotated[str, Field(description="Tracking number.", min_length=1)]


class ShipmentCarrierInput(BaseModel):
    """
    Carrier details sent when creating or updating a shipment.
    """

    name: Annotated[
        Name2 | None,
        Field(
            description="Carrier code. The guide calls the name case-insensitive and sends `FedEx`; both spellings are accepted (stored lower case)."
        ),
    ] = None
    other: Annotated[
        str | None, Field(description="Carrier name; required when `name` is `other`.", min_length=1)
    ] = None
    tracking: Annotated[str | None, Field(description="Tracking number.", min_length=1)] = None


class ShipmentDirectionInput(StrEnum):
    """
    Direction of a shipment on input. The spaced values are the API's; the underscore spellings appear in the guide's examples and are accepted as aliases.
    """

    TO_SITE = "to site"
    FROM_SITE = "from site"
    TO_PROVIDER = "to provider"
    TO_OTHER_LOCATION = "to other location"
    TO_SITE_ALIAS = "to_site"
    FROM_SITE_ALIAS = "from_site"
    TO_PROVIDER_ALIAS = "to_provider"
    TO_OTHER_LOCATION_ALIAS = "to_other_location"


class Task2(BaseModel):
    id: Annotated[int, Field(ge=0)]


class Action24(StrEnum):
    add = "add"


class ShipmentStatusInput(StrEnum):
    """
    Delivery status on input. `New`, `En Route`, `Arrived`, `Error` and `Lost` are the values of the generated clients' model (and of responses); the guide's `pending`, `in_transit`, `delivered` and `delayed` are accepted as aliases (pending -> New, in_transit/delayed -> En Route, delivered -> Arrived).
    """

    New = "New"
    En_Route = "En Route"
    Arrived = "Arrived"
    Error = "Error"
    Lost = "Lost"
    pending = "pending"
    in_transit = "in_transit"
    delivered = "delivered"
    delayed = "delayed"


class ShipmentUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/shipments/{shipment_id}`. Every field is optional; only those sent change. Accepts the same alternatives as `ShipmentInput`.
    """

    name: Annotated[str | None, Field(max_length=255, min_length=1)] = None
    direction: ShipmentDirectionInput | None = None
    carrier: ShipmentCarrierInput | None = None
    tracking_number: Annotated[
        str | None,
        Field(description="Guide spelling of `carrier.tracking`; accepted as an alias.", min_length=1),
    ] = None
    location: ShipmentAddress | None = None
    task_id: Annotated[int | None, Field(ge=0)] = None
    task: Task2 | None = None
    status: ShipmentStatusInput | None = None


class Task4(BaseModel):
    """
    The "Collect signature" task the signature completes, if any.
    """

    id: Annotated[int | None, Field(ge=1)] = None


class Action25(StrEnum):
    delete = "delete"


class SignatureInput(BaseModel):
    """
    A signature to add: the signer's name and the image. Send the image in `data` with its `format`, or as a `data:` URL in `signature`.
    """

    name: Annotated[str, Field(max_length=255, min_length=1)]
    title: Annotated[
        str | None, Field(description="Job title of the signer (guide only).", max_length=255)
    ] = None
    format: Annotated[str | None, Field(max_length=50)] = None
    data: Annotated[
        str | None,
        Field(
            description="The image, base64-encoded (its media type in `format`), as the playground sends it. The local sandbox refuses text that is not base64; it also takes a `data:` URL here and plain SVG text when `format` is `image/svg+xml`.",
            json_schema_extra={"contentEncoding": "base64"},
            min_length=1,
        ),
    ] = None
    signature: Annotated[
        str | None, Field(description="The image as a `data:` URL (guide spelling of `data`).", min_length=1)
    ] = None
    closing_notes: str | None = None
    task: IdRef | None = None


class Scheduled(BaseModel):
    utc: Annotated[
        str,
        Field(
            description="A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.",
            examples=["2026-07-01 09:00:00", "2026-02-01T17:00:00Z"],
            pattern="^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
        ),
    ]


class SiteRevisitInput(BaseModel):
    """
    Body of `POST /workorders/{work_order_id}/site-revisit`.
    """

    revisit_reason: Annotated[int | None, Field(description="ID of the revisit reason.", ge=1)] = None
    revisit_reason_id: Annotated[
        int | None, Field(description="Guide spelling of `revisit_reason`; accepted as an alias.", ge=1)
    ] = None
    is_billable: bool | None = False
    notes: Annotated[str | None, Field(max_length=5000)] = None
    scheduled: Scheduled | None = None


class SiteRevisitUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/site-revisit/{revisit_id}`. Same fields as on creation, all optional.
    """

    revisit_reason: Annotated[int | None, Field(ge=1)] = None
    revisit_reason_id: Annotated[
        int | None, Field(description="Guide spelling of `revisit_reason`; accepted as an alias.", ge=1)
    ] = None
    is_billable: bool | None = None
    notes: Annotated[str | None, Field(max_length=5000)] = None
    scheduled: Scheduled | None = None


class SmartDispatchRequest(BaseModel):
    """
    Body of the trigger request, the work orders to dispatch.
    """

    workOrders: Annotated[list[IdRef] | None, Field(description="Work orders to dispatch.", min_length=1)] = (
        None
    )
    work_order_ids: Annotated[
        list[WorkOrderId] | None, Field(description="Overview guide form of `workOrders`.", min_length=1)
    ] = None
    strategy: Annotated[
        str | None,
        Field(description="Dispatch strategy named in the overview guide (`standard`).", max_length=64),
    ] = None


class SmartDispatchWorkOrder(BaseModel):
    """
    A work order handed to Smart Dispatch.
    """

    id: Annotated[int | None, Field(ge=1)] = None


class Action26(StrEnum):
    edit = "edit"


class StoredLocationAttribute(BaseModel):
    """
    A custom attribute of a saved location (store number, site code...).
    """

    key: str
    value: str | None = None
    private: bool | None = None


class StoredLocationContact(BaseModel):
    """
    The person to ask for at a saved location.
    """

    name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_ext: Annotated[str | None, Field(description="Phone extension.")] = None
    ext: Annotated[str | None, Field(description="Older spelling of `phone_ext` in generated clients.")] = (
        None
    )
    notes: str | None = None


class StoredLocationCreated(BaseModel):
    """
    Answer of the create request, the new location's id.
    """

    id: Annotated[int, Field(ge=1)]


class StoredLocationGeo(BaseModel):
    """
    Geocoded coordinates of a saved location.
    """

    latitude: Annotated[float | None, Field(ge=-90.0, le=90.0)] = None
    longitude: Annotated[float | None, Field(ge=-180.0, le=180.0)] = None


class Type8(RootModel[int]):
    root: Annotated[int, Field(description="Location type id (1 = Commercial).", ge=1)]


class Client1(RootModel[int]):
    root: Annotated[int, Field(description="Client ID.", ge=1)]


class StoredLocationInput(BaseModel):
    """
    Body of the create request.
    """

    name: Annotated[
        str, Field(description="Identifier used to search saved locations.", max_length=255, min_length=1)
    ]
    display_name: Annotated[str | None, Field(max_length=255)] = None
    address1: Annotated[str, Field(max_length=255, min_length=1)]
    address2: Annotated[str | None, Field(max_length=255)] = None
    city: Annotated[str, Field(max_length=255, min_length=1)]
    state: Annotated[str | None, Field(max_length=64)] = None
    zip: Annotated[str | None, Field(max_length=20)] = None
    country: Annotated[
        str, Field(description="ISO 3166 country code, two or three letters.", pattern="^[A-Za-z]{2,3}$")
    ]
    type: Annotated[Type8 | IdRef | None, Field(description="Location type id (1 = Commercial).")] = None
    contact: StoredLocationContact | None = None
    group: Annotated[str | None, Field(description="Name of the location group.", max_length=255)] = None
    client: Annotated[Client1 | IdRef | None, Field(description="Client ID.")] = None


class Private(IntEnum):
    """
    True (or 1) when providers cannot see the note.
    """

    integer_0 = 0
    integer_1 = 1


class StoredLocationTimeZone(BaseModel):
    """
    Time zone of a saved location.
    """

    id: Annotated[int | None, Field(ge=1)] = None
    name: Annotated[str | None, Field(description="IANA name.")] = None
    short: Annotated[str | None, Field(description="Abbreviation.")] = None
    offset: Annotated[
        float | str | None,
        Field(description="Offset from UTC in hours (the old reference example writes it as a string)."),
    ] = None


class Success(BaseModel):
    """
    Acknowledgement for operations whose answer carries no resource.
    """

    success: bool
    message: str | None = None


class Type9(StrEnum):
    custom_company = "custom_company"
    hide_from_provider = "hide_from_provider"
    hold = "hold"
    problem = "problem"
    provider_can_edit = "provider_can_edit"
    show_in_dashboard = "show_in_dashboard"
    substatus = "substatus"
    for_providers_only = "for_providers_only"


class ValidStatus(StrEnum):
    created = "created"
    published = "published"
    routed = "routed"
    assigned = "assigned"
    workdone = "workdone"
    approved = "approved"
    paid = "paid"
    canceled = "canceled"


class Action27(StrEnum):
    edit = "edit"
    delete = "delete"


class TagInput(BaseModel):
    """
    Body of `POST /workorders/{work_order_id}/tags`: the company tag to apply, by ID (see `GET /company/tags`).
    """

    id: Annotated[int, Field(description="ID of an existing company tag.", ge=1)]
    label: Annotated[
        str | None, Field(description="Ignored by the API; accepted because some clients send the whole tag.")
    ] = None


class Action28(StrEnum):
    add = "add"


class TalentPoolGroupAttribute(BaseModel):
    """
    A free-form name/value pair stored on a talent pool group or service territory.
    """

    name: Annotated[
        str,
        Field(
            description="Attribute key; writing an existing key overwrites its value (upsert).", min_length=1
        ),
    ]
    value: Annotated[str, Field(description="Attribute value, always sent and returned as a string.")]


class TalentPoolNewTierInput(BaseModel):
    """
    A tier to create with a new group, in the overview guide's `talent_pools` form: a name. A new group has no tier to rename yet, so the local sandbox refuses a tier `id` with 400 (its convention; Field Nation's pages do not say).
    """

    name: Annotated[str, Field(min_length=1)]


class TalentPoolProviderRemoval(BaseModel):
    """
    Answer of removing a provider from a talent pool group or service territory.
    """

    success: bool
    message: str | None = None
    removed_count: Annotated[
        int | None, Field(description="Number of talent pools (tiers) the provider was removed from.", ge=0)
    ] = None


class TalentPoolTier(BaseModel):
    """
    One talent pool (tier) inside a group. Its `id` is what other operations call `tier_id`, `tierId` or `talent_pool_id`.
    """

    id: Annotated[int, Field(description="Talent pool (tier) ID.", ge=1)]
    name: Annotated[str | None, Field(description="Display name of the tier.")] = None


class TalentPoolTierInput(BaseModel):
    """
    A tier in a create or update request, in the overview guide's `talent_pools` form: omit `id` to add a new tier, give it to rename an existing one.
    """

    id: Annotated[
        int | None, Field(description="Existing tier to rename; leave out to create a tier.", ge=1)
    ] = None
    name: Annotated[str, Field(min_length=1)]


class TaskAlert(BaseModel):
    """
    An email address notified when the task is completed.
    """

    id: Annotated[int, Field(ge=1)]
    email: str
    sent: Annotated[
        str | None, Field(description="When the alert was sent, if it has been (format not documented).")
    ] = None


class TaskAlertInput(BaseModel):
    """
    An email address to notify when the task is completed.
    """

    email: EmailStr


class By(BaseModel):
    id: Annotated[int | None, Field(ge=1)] = None
    name: str | None = None
    assigned: Annotated[
        bool | None, Field(description="Whether the user who completed the task is the assigned provider.")
    ] = None


class TaskCompleted(BaseModel):
    """
    When and by whom a task was completed.
    """

    utc: Annotated[
        str | None,
        Field(
            description="A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.",
            examples=["2026-07-01 09:00:00", "2026-02-01T17:00:00Z"],
            pattern="^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
        ),
    ] = None
    local: Local | None = None
    by: By | None = None


class TaskDescriptions(BaseModel):
    """
    Text pieces the apps use to render the task.
    """

    task: str | None = None
    first: str | None = None
    second: str | None = None
    third: str | None = None
    fourth: str | None = None


class TaskGroupId(StrEnum):
    """
    Phase of the job a task belongs to: `prep` (Pre Work), `onsite` (Work), `post` (Post Work).
    """

    prep = "prep"
    onsite = "onsite"
    post = "post"


class Group(BaseModel):
    """
    The phase, as `{id}` (older reference) or as a plain string (tasks guide).
    """

    id: TaskGroupId


class Group1(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="The phase, as `{id}` (older reference) or as a plain string (tasks guide).",
            min_length=1,
        ),
    ]


class TaskStatus(StrEnum):
    """
    Whether the provider has completed the task (what a request sets).
    """

    complete = "complete"
    incomplete = "incomplete"


class TaskStatusAnswer(StrEnum):
    """
    A task's status in an answer: `complete` or `incomplete`, or `active` as the playground's task answer shows it.
    """

    complete = "complete"
    incomplete = "incomplete"
    active = "active"


class TaskTypeId(IntEnum):
    """
    Kind of task: 1 set ETA, 2 enter closing notes, 3 check in, 4 check out, 5 upload a file, 6 upload or take a picture, 7 fill out a custom field, 8 call a phone number, 9 send an email, 10 custom task, 11 collect a signature, 12 enter shipment tracking, 13 download a file.
    """

    SET_ETA = 1
    CLOSING_NOTES = 2
    CHECK_IN = 3
    CHECK_OUT = 4
    UPLOAD_FILE = 5
    UPLOAD_PICTURE = 6
    CUSTOM_FIELD = 7
    PHONE = 8
    EMAIL = 9
    CUSTOM_TASK = 10
    SIGNATURE = 11
    SHIPMENT_TRACKING = 12
    DOWNLOAD_FILE = 13


class Type11(BaseModel):
    id: TaskTypeId


class TaskUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/tasks/{task_id}`. Only the fields sent are changed; `status: complete` completes the task.
    """

    type: Type11 | None = None
    label: str | None = None
    description: str | None = None
    status: TaskStatus | None = None
    completed: Annotated[
        bool | None,
        Field(
            description="The tasks guide's way to complete (`true`) or reopen (`false`) a task; the same as `status: complete` / `incomplete`."
        ),
    ] = None
    required: Annotated[
        bool | None,
        Field(description="Whether the provider must complete the task (the tasks guide's field)."),
    ] = None
    alerts: list[TaskAlertInput] | None = None
    phone: str | None = None
    email: EmailStr | None = None
    custom_field: IdRef | None = None
    attachment: IdRef | None = None
    attachments: IdRef | None = None


class CompanyAttributes(BaseModel):
    """
    Company settings that affect how the template may be edited.
    """

    workorder_network_change_admin_only: Annotated[
        int | None, Field(description="1 when only administrators may change the network of work orders.")
    ] = None


class Action29(StrEnum):
    edit = "edit"
    delete = "delete"
    create_work_order = "create_work_order"
    copy = "copy"


class TemplateRichText(BaseModel):
    """
    A formatted text block of a template (`description`, `confidential`).
    """

    html: Annotated[str | None, Field(description="The text as HTML.")] = None


class Status13(StrEnum):
    checked_in = "checked_in"
    checked_out = "checked_out"


class TimeLogCoords(BaseModel):
    """
    GPS position recorded with a check-in or check-out.
    """

    latitude: Annotated[float, Field(ge=-90.0, le=90.0)]
    longitude: Annotated[float, Field(ge=-180.0, le=180.0)]


class TimeLogTimeZone(BaseModel):
    """
    Local time zone of the work order the time log belongs to.
    """

    id: Annotated[int | None, Field(ge=1)] = None
    name: Annotated[str | None, Field(description="IANA name, e.g. `America/Chicago`.")] = None
    short: Annotated[str | None, Field(description="Abbreviation, e.g. `CDT`.")] = None
    offset: Annotated[
        float | str | None,
        Field(
            description="Offset from UTC in hours (older documentation examples send it as a string such as `-6`)."
        ),
    ] = None


class User1(BaseModel):
    """
    Profile of the authenticated user, returned by the older version of the endpoint (shown as `{}`). Do not rely on it for reference data such as types of work; use the dedicated endpoints.
    """

    id: Annotated[int | None, Field(description="User id.", ge=1)] = None
    first_name: Annotated[str | None, Field(description="First name.")] = None
    last_name: Annotated[str | None, Field(description="Last name.")] = None
    email: Annotated[str | None, Field(description="Email address.")] = None


class Token(BaseModel):
    """
    A bearer access token. Send `access_token` as the `access_token` query parameter on every Client API request. Tokens live for `expires_in` seconds (one hour); obtain a new one when it runs out or a call answers 401 (or 400 "You must provide a valid OAuth token" in the older reference). The client credentials answer carries only `access_token`, `token_type` and `expires_in`.
    """

    access_token: Annotated[
        str, Field(description="The token to send with every Client API request.", min_length=1)
    ]
    expires_in: Annotated[
        int,
        Field(
            description="Lifetime of the token in seconds (3600 in the guides; the playground's placeholder shows 0).",
            ge=0,
        ),
    ]
    token_type: Annotated[str | None, Field(description="Token type, `Bearer`.", examples=["Bearer"])] = None
    scope: Annotated[
        str | None,
        Field(
            description="Scope granted to the token (`basic` in the guide, `viewprofile` in the older reference)."
        ),
    ] = None
    refresh_token: Annotated[
        str | None,
        Field(
            description='Returned by the password grant, but Field Nation documents no request that accepts it ("Refresh tokens are not supported", older reference). The local sandbox honours it in its own refresh grant.'
        ),
    ] = None
    user: Annotated[
        User1 | None,
        Field(
            description="Profile of the authenticated user, returned by the older version of the endpoint (shown as `{}`). Do not rely on it for reference data such as types of work; use the dedicated endpoints."
        ),
    ] = None


class TokenClientCredentialsGrant(BaseModel):
    """
    Client credentials grant: a token for the integration itself, without a user login. Field Nation documents it on the same endpoint for the Webhooks API, sent as an `application/x-www-form-urlencoded` form; the REST introduction speaks of "Client Credentials or User based" access. Which Client API operations a user-less token may call is not documented.
    """

    grant_type: Annotated[
        Literal["client_credentials"], Field(description="Always `client_credentials` for this flow.")
    ]
    client_id: Annotated[str, Field(description="Client id issued by Field Nation.", min_length=1)]
    client_secret: Annotated[
        str, Field(description="Client secret issued together with the client id.", min_length=1)
    ]
    scope: Annotated[
        str | None,
        Field(description="Not documented by Field Nation; accepted for OAuth tool compatibility."),
    ] = None


class TokenPasswordGrant(BaseModel):
    """
    Resource-owner password grant, the flow Field Nation documents for the Client API.
    """

    grant_type: Annotated[Literal["password"], Field(description="Always `password` for this flow.")]
    client_id: Annotated[
        str,
        Field(
            description="Client id issued by Field Nation for the sandbox or production environment.",
            min_length=1,
        ),
    ]
    client_secret: Annotated[
        str, Field(description="Client secret issued together with the client id.", min_length=1)
    ]
    username: Annotated[
        str, Field(description="Field Nation login of the API user the token will act as.", min_length=1)
    ]
    password: Annotated[SecretStr, Field(description="Password of that user.", min_length=1)]
    scope: Annotated[
        str | None,
        Field(
            description="Not documented by Field Nation; accepted because OAuth tools (such as Swagger UI) may send it."
        ),
    ] = None


class TokenRefreshGrant(BaseModel):
    """
    The standard OAuth 2.0 refresh grant, implemented by the local sandbox only. Field Nation does not document it: the older reference says "Refresh tokens are not supported", and although the current guides mention using the `refresh_token` of a token answer, no page shows a request format. A client must not depend on it: when a token expires, obtain a new one with the password grant.
    """

    grant_type: Annotated[
        Literal["refresh_token"], Field(description="Always `refresh_token` for this flow.")
    ]
    refresh_token: Annotated[
        str, Field(description="The `refresh_token` of a previous token answer.", min_length=1)
    ]
    client_id: Annotated[
        str, Field(description="The client id the original token was issued to.", min_length=1)
    ]
    client_secret: Annotated[str, Field(description="The matching client secret.", min_length=1)]
    scope: Annotated[str | None, Field(description="Ignored; accepted for OAuth tool compatibility.")] = None


class TokenRequest(RootModel[TokenPasswordGrant | TokenClientCredentialsGrant | TokenRefreshGrant]):
    root: Annotated[
        TokenPasswordGrant | TokenClientCredentialsGrant | TokenRefreshGrant,
        Field(
            description="Body of the token request, chosen by `grant_type`: `password` (the Client API's documented flow: client credentials plus the API user's login), `client_credentials` (documented for the same endpoint by the Webhooks guide, form-urlencoded, no user), or `refresh_token` (the local sandbox's; Field Nation does not document it). The same fields are accepted as JSON (the playground, the guides) or as an `application/x-www-form-urlencoded` form (the older reference, the Webhooks guide, OAuth tools).",
            examples=[
                {
                    "grant_type": "password",
                    "client_id": "fn501-acme-integration",
                    "client_secret": "acme-sandbox-secret",
                    "username": "api.user@acme-field.example",
                    "password": "acme-demo-password",
                }
            ],
        ),
    ]


class TypeOfWork(BaseModel):
    """
    A type of work: the classification a work order (or template) is filed under, such as "Point of Sale". `industry` names the broader category the type belongs to.
    """

    id: Annotated[int, Field(ge=1)]
    name: Annotated[str, Field(description="Display name of the type of work.")]
    industry: Annotated[
        str | None, Field(description="Industry or service category the type belongs to.")
    ] = None
    description: Annotated[
        str | None, Field(description="Longer explanation (newer overview page only).")
    ] = None
    idv4: Annotated[
        int | None,
        Field(
            description="Identifier of the same type in Field Nation's newer taxonomy (seen inside template payloads)."
        ),
    ] = None
    self_reported: Annotated[int | None, Field(description="Flag (0/1) seen inside template payloads.")] = (
        None
    )


class TypeOfWorkList(BaseModel):
    """
    Page-based list answered by `GET /types-of-work`.
    """

    metadata: ListMetadata | None = None
    results: list[TypeOfWork]
    actions: Annotated[
        list[str] | None, Field(description="Actions the caller may take on the list (usually empty).")
    ] = None
    params: Annotated[
        list[dict[str, Any]] | None, Field(description="Echo of the list parameters the server applied.")
    ] = None


class UnbundleRequest(BaseModel):
    """
    Body of `POST /workorders/unbundle`: the work orders to take out of their bundle.
    """

    ids: Annotated[list[Id] | None, Field(min_length=1)] = None
    work_order_ids: Annotated[
        list[WorkOrderId] | None,
        Field(description="Guide spelling of `ids`; accepted as an alias.", min_length=1),
    ] = None


class UserType(StrEnum):
    """
    Kind of user (overview page).
    """

    provider = "provider"
    buyer = "buyer"
    admin = "admin"


class Rating(RootModel[float]):
    root: Annotated[
        float, Field(description="Detailed ratings, or one number on the overview page.", ge=0.0, le=5.0)
    ]


class UserCompany(BaseModel):
    """
    The company a user belongs to.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    technicians: Annotated[
        int | None, Field(description="Number of technicians of a provider company.", ge=0)
    ] = None


class UserCoords(BaseModel):
    """
    Geographic position of a user's address.
    """

    latitude: Annotated[float | None, Field(ge=-90.0, le=90.0)] = None
    longitude: Annotated[float | None, Field(ge=-180.0, le=180.0)] = None
    exact: Annotated[
        bool | None,
        Field(description="Whether the position is the exact address (not a postal-code centroid)."),
    ] = None
    distance: Annotated[
        float | None,
        Field(description="Distance from the point of interest of the request, when one applies."),
    ] = None


class Settings(BaseModel):
    access: str | None = None
    view_available: bool | None = None
    inactive_routing: bool | None = None


class UserNetwork(BaseModel):
    """
    A network the user is part of, with its access settings.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    actions: list[str] | None = None
    settings: Settings | None = None


class UserNetworkList(BaseModel):
    """
    Networks of a user.
    """

    metadata: ListMetadata | None = None
    actions: list[str] | None = None
    results: list[UserNetwork] | None = None


class UserRatingScore(BaseModel):
    """
    Star rating and how many ratings it averages.
    """

    stars: Annotated[float | None, Field(ge=0.0, le=5.0)] = None
    total_ratings: Annotated[int | None, Field(ge=0)] = None


class UserRef(BaseModel):
    """
    A user as embedded in other objects (author, assignee, manager).
    """

    id: Annotated[int, Field(ge=1)]
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    thumbnail: str | None = None


class UserTimeZone(BaseModel):
    """
    Time zone of a user.
    """

    id: int | None = None
    name: Annotated[str | None, Field(description="IANA name.")] = None
    short: str | None = None
    offset: Annotated[float | str | None, Field(description="Hours from UTC.")] = None


class Conflict(BaseModel):
    work_order_id: Annotated[int | None, Field(ge=1)] = None
    message: str | None = None


class WorkOrderAssignRequest(BaseModel):
    """
    The provider to assign directly. Assigning creates the contract with the provider and commits the work order's funds.
    """

    user: Annotated[IdRef, Field(description="The provider (user) to assign.")]
    ignored_missing_qualifications: Annotated[
        bool | None,
        Field(description="Assign even if the provider lacks some of the work order's qualifications."),
    ] = False
    conflicts: Annotated[
        list[Conflict] | None,
        Field(description="Schedule conflicts of the provider that the caller acknowledges."),
    ] = None


class WorkOrderAssignee(BaseModel):
    """
    The provider assigned to the work order, with the actions the caller may take on the assignment.
    """

    user: UserRef | None = None
    role: Annotated[str | None, Field(description="Role of the assignee on the work order.")] = None
    work_order_id: Annotated[int | None, Field(ge=1)] = None
    status_id: Annotated[int | None, Field(ge=1)] = None
    reason_id: Annotated[
        int | None, Field(description="Reason given when the assignment was removed.", ge=1)
    ] = None
    comment: str | None = None
    actions: list[str] | None = None
    correlation_id: str | None = None


class CancelReason(RootModel[int]):
    root: Annotated[
        int, Field(description="Cancellation reason id (or, as some clients send, its text).", ge=1)
    ]


class CancelReason1(RootModel[str]):
    root: Annotated[
        str, Field(description="Cancellation reason id (or, as some clients send, its text).", min_length=1)
    ]


class WorkOrderCancel(BaseModel):
    """
    Why a work order is being cancelled, and optional messages to support and to the assigned provider.
    """

    cancel_reason: Annotated[
        CancelReason | CancelReason1 | None,
        Field(description="Cancellation reason id (or, as some clients send, its text)."),
    ] = None
    notes: Annotated[str | None, Field(description="Message to Field Nation support.")] = None
    message_to_provider: Annotated[
        str | None, Field(description="Message to the assigned provider, if any.")
    ] = None
    cancel_request_not_charge: Annotated[
        bool | None, Field(description="Ask that no cancellation fee be charged.")
    ] = None
    apply_passive_cancellation_fee: Annotated[
        bool | None, Field(description="Apply the passive cancellation fee to the provider's pay.")
    ] = None


class Id3(RootModel[int]):
    root: Annotated[int, Field(description="Custom field id (see `GET /custom-fields`).", ge=1)]


class Id4(RootModel[str]):
    root: Annotated[
        str, Field(description="Custom field id (see `GET /custom-fields`).", pattern="^[1-9][0-9]*$")
    ]


class WorkOrderCustomFieldValueInput(BaseModel):
    """
    A value for one of the company's custom fields.
    """

    id: Annotated[Id3 | Id4, Field(description="Custom field id (see `GET /custom-fields`).")]
    value: Annotated[
        str, Field(description="The value, checked against the field's type and options.", max_length=10000)
    ]


class Result2(BaseModel):
    id: Annotated[
        int | None, Field(description="Category id (optional; fields are found by their own id).", ge=0)
    ] = None
    results: Annotated[list[WorkOrderCustomFieldValueInput], Field(max_length=200)]


class WorkOrderCustomFieldsInput(BaseModel):
    """
    Custom field values to set, grouped like the work order's `custom_fields` answer: a list of categories, each with its `results` of `{id, value}` (custom-fields guide, "When creating a work order, include custom field values").
    """

    results: Annotated[list[Result2], Field(max_length=10)]


class WorkOrderListTab(BaseModel):
    """
    One saved work order list (a tab of the Field Nation UI such as Draft or Assigned) with the number of work orders currently in it.
    """

    id: Annotated[
        str,
        Field(
            description="List name, usable as the `list` parameter of List Work Orders.",
            examples=["workorders_draft", "workorders_assigned"],
        ),
    ]
    label: Annotated[str | None, Field(description="Label of the tab.")] = None
    count: Annotated[int | None, Field(description="Work orders currently in the list.", ge=0)] = None
    active: Annotated[
        bool | None, Field(description="Whether this is the caller's current (sticky) list.")
    ] = None


class WorkOrderListTabs(RootModel[list[WorkOrderListTab]]):
    """
    The saved work order lists of the caller.
    """

    root: Annotated[
        list[WorkOrderListTab],
        Field(
            description="The saved work order lists of the caller.",
            examples=[
                [
                    {"id": "workorders_draft", "label": "Draft", "count": 3, "active": False},
                    {"id": "workorders_assigned", "label": "Assigned", "count": 12, "active": True},
                ]
            ],
        ),
    ]


class WorkOrderLocationCoordinates(BaseModel):
    """
    Geographic position of the location.
    """

    latitude: Annotated[float | None, Field(ge=-90.0, le=90.0)] = None
    longitude: Annotated[float | None, Field(ge=-180.0, le=180.0)] = None
    exact: Annotated[
        bool | None,
        Field(
            description="Whether the position was geocoded from the exact address (false when approximated)."
        ),
    ] = None


class Contact2(BaseModel):
    name: str | None = None
    phone: str | None = None


class Group2(BaseModel):
    id: Annotated[int | None, Field(ge=0)] = None
    name: str | None = None


class WorkOrderLocationSavedRef(BaseModel):
    """
    The saved location a work order uses (mode `location`). The work order answers id 0 and empty strings when it uses no saved location.
    """

    id: Annotated[int | None, Field(ge=0)] = None
    name: str | None = None
    display_name: str | None = None
    contact: Contact2 | None = None
    group: Group2 | None = None


class Id5(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class Active(BaseModel):
    """
    The network currently in use.
    """

    id: Annotated[int | None, Field(ge=1)] = None
    name: str | None = None
    type: Annotated[str | None, Field(examples=["standard"])] = None


class WorkOrderNetworks(BaseModel):
    """
    Networks (talent pools) the work order is offered in, and the active one.
    """

    metadata: ListMetadata | None = None
    actions: list[str] | None = None
    results: list[IdName] | None = None
    active: Annotated[Active | None, Field(description="The network currently in use.")] = None


class WorkOrderRichText(BaseModel):
    """
    Formatted text. `html` may hold plain text or HTML (tags not escaped).
    """

    html: Annotated[str | None, Field(description="The text as HTML.")] = None
    plain: Annotated[
        str | None, Field(description="The same text with markup removed, when the API provides it.")
    ] = None


class Operator2(StrEnum):
    field__ = ">="
    field_ = ">"
    field___1 = "<="
    field__1 = "<"
    field__2 = "="
    field___2 = "=="


class Rule(BaseModel):
    name: Annotated[
        str, Field(description="What the rule looks at, for example `rating`.", max_length=64, min_length=1)
    ]
    operator: Operator2
    value: Annotated[float | str, Field(description="The value to compare with.")]


class WorkOrderSelectionRule(BaseModel):
    """
    Rules the providers must meet to receive the route ("When routing, you can apply Selection Rules to filter providers", lifecycle guide).
    """

    rules: Annotated[list[Rule], Field(max_length=20, min_length=1)]


class JobStatus1(StrEnum):
    """
    Whether the provider finished the whole scope.
    """

    complete = "complete"
    incomplete = "incomplete"


class IncompleteReason(BaseModel):
    """
    Why the job is incomplete; needed when `job_status` is `incomplete`.
    """

    reason_id: Annotated[int | None, Field(ge=1)] = None
    reason_name: str | None = None


class WorkOrderSiteRevisitInfo(BaseModel):
    """
    Job-status summary of a work order that may need a return visit.
    """

    job_status: Annotated[
        JobStatus1 | None, Field(description="Whether the provider finished the whole scope.")
    ] = None
    revisit_count: Annotated[int | None, Field(description="How many return visits were made.", ge=0)] = None
    incomplete_reason: Annotated[
        IncompleteReason | None,
        Field(description="Why the job is incomplete; needed when `job_status` is `incomplete`."),
    ] = None


class Id6(IntEnum):
    """
    Primary status id.
    """

    DRAFT = 1
    PUBLISHED = 2
    ASSIGNED = 3
    WORK_DONE = 4
    APPROVED = 5
    PAID = 6
    CANCELLED = 7
    DELETED = 8
    ROUTED = 9


class Name4(StrEnum):
    """
    Primary status name.
    """

    Draft = "Draft"
    Published = "Published"
    Routed = "Routed"
    Assigned = "Assigned"
    Work_Done = "Work Done"
    Approved = "Approved"
    Paid = "Paid"
    Cancelled = "Cancelled"
    Deleted = "Deleted"


class WorkOrderStatus(BaseModel):
    """
    The work order's lifecycle status. `id`/`name` give the primary status: 1 Draft, 2 Published, 9 Routed, 3 Assigned, 4 Work Done, 5 Approved, 6 Paid, 7 Cancelled, 8 Deleted. While assigned, `sub_status` and `display` add detail (`Assigned: On My Way`, `Assigned: Delayed`, `Assigned: At Risk`, checked in/out, on hold, ...). "In Progress" in the guides is an Assigned work order whose provider is on the way or checked in.
    """

    id: Annotated[Id6, Field(description="Primary status id.")]
    name: Annotated[Name4, Field(description="Primary status name.")]
    display: Annotated[
        str | None, Field(description="Status and sub-status as shown in the UI (`Assigned: Delayed`).")
    ] = None
    code: Annotated[
        str | None,
        Field(
            description="Machine code of the most specific state (`on_my_way`, `delayed`, `at_risk`, ...).",
            examples=["on_my_way", "delayed", "at_risk", "checked_in", "checked_out", "confirmed", "on_hold"],
        ),
    ] = None
    sub_status: Annotated[
        str | None,
        Field(
            description="Sub-status while Assigned; empty otherwise.",
            examples=[
                "",
                "on_my_way",
                "delayed",
                "at_risk",
                "checked_in",
                "checked_out",
                "confirmed",
                "on_hold",
                "eta_set",
            ],
        ),
    ] = None
    is_routed: Annotated[
        bool | None, Field(description="Whether the work order has been routed to one or more providers.")
    ] = None
    delay: Annotated[
        int | None, Field(description="How late the provider reported to be, in seconds.", ge=0)
    ] = None
    ncns: Annotated[bool | None, Field(description="The provider was a no-call/no-show.")] = None
    confirmed: Annotated[bool | None, Field(description="The provider confirmed the assignment.")] = None
    correlation_id: Annotated[str | None, Field(description="Request id to quote to support.")] = None


class WorkOrderTypeOfWork(BaseModel):
    """
    A type of work as embedded in a work order.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    industry: str | None = None
    idv4: Annotated[
        int | None, Field(description="Id of the same type in Field Nation's newer taxonomy.")
    ] = None
    self_reported: int | None = None
    isPrimary: Annotated[bool | None, Field(description="Whether this is the primary type of work.")] = None
    is_primary: Annotated[
        bool | None, Field(description="Snake-case spelling of `isPrimary` used by some answers.")
    ] = None


class WorkOrderTypeOfWorkInput(BaseModel):
    """
    A type of work chosen for a work order. Mark exactly one as primary. Field Nation's reference spells the flag `isPrimary`; the newer model writes `is_primary`; either is accepted.
    """

    id: Annotated[int, Field(description="Type of work id (see the types-of-work endpoint).", ge=1)]
    isPrimary: bool | None = None
    is_primary: bool | None = None


class WorkOrderTypesOfWorkList(BaseModel):
    """
    The list-envelope form of a work order's types of work.
    """

    metadata: ListMetadata | None = None
    actions: list[str] | None = None
    results: list[WorkOrderTypeOfWork]


class ReasonId(RootModel[int]):
    root: Annotated[int, Field(description="Cancellation reason id.", ge=1)]


class ReasonId1(RootModel[str]):
    root: Annotated[str, Field(description="Cancellation reason id.", pattern="^[1-9][0-9]*$")]


class WorkOrderUnassignRequest(BaseModel):
    """
    Details of removing the assigned provider: who, why (a cancellation reason id of the company) and a comment. Removing a provider who already started may require a reason.
    """

    user: Annotated[IdRef | None, Field(description="The assigned provider being removed.")] = None
    reason_id: Annotated[ReasonId | ReasonId1 | None, Field(description="Cancellation reason id.")] = None
    comment: Annotated[str | None, Field(description="Free-text explanation.")] = None


class Status14(StrEnum):
    """
    Mark the work done (playground example). Only an assigned work order can be marked work done.
    """

    work_done = "work_done"


class AttachmentFolderInput(BaseModel):
    """
    A new attachment folder.
    """

    name: Annotated[str, Field(description="Folder name; not blank.", min_length=1, pattern="\\S")]
    type: Type | None = "slot"
    task: AttachmentTaskRef | None = None
    min_files: Annotated[int | None, Field(ge=0)] = None
    max_files: Annotated[int | None, Field(ge=0)] = None


class AttachmentUpload(BaseModel):
    """
    Multipart form for uploading a file into a folder: the binary `file` part plus optional metadata, either as plain `notes` (playground) or as a JSON `attachment` part (android client).
    """

    file: Annotated[
        bytes,
        Field(
            description="The file content.",
            json_schema_extra={"contentMediaType": "application/octet-stream"},
        ),
    ]
    notes: str | None = None
    attachment: AttachmentUploadMetadata | None = None
    force_upload: Annotated[
        ForceUpload | None,
        Field(
            description='Sent as `1` by Field Nation\'s Android client on every upload. Its meaning is not documented; the local sandbox takes it as "store the file even when the folder already holds its `max_files`" (x-sandbox).'
        ),
    ] = None


class Created(BaseModel):
    utc: Annotated[
        str | None,
        Field(
            description="A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.",
            examples=["2026-07-01 09:00:00", "2026-02-01T17:00:00Z"],
            pattern="^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
        ),
    ] = None


class AutoDispatchWorker(BaseModel):
    """
    The background job that carries out an auto-dispatch.
    """

    id: Annotated[int | None, Field(ge=1)] = None
    type: Annotated[str | None, Field(description="Kind of job (the playground shows `standard`).")] = None
    user: Annotated[User | None, Field(description="Who started the job.")] = None
    created: Created | None = None
    status: Annotated[str | None, Field(description="Job state (the playground shows `active`).")] = None
    request: str | None = None
    payload: Annotated[Payload | None, Field(description="The dispatch request as the job received it.")] = (
        None
    )
    response: Annotated[dict[str, Any] | None, Field(description="What the job produced once finished.")] = (
        None
    )
    correlation_id: str | None = None
    actions: list[str] | None = None


class Bundle(BaseModel):
    """
    A bundle: several work orders a single provider takes together. The work order embeds it under `bundle`.
    """

    id: Annotated[int, Field(ge=1)]
    metadata: ListMetadata | None = None
    results: Annotated[list[BundledWorkOrder] | None, Field(description="The bundled work orders.")] = None
    actions: list[Action1] | None = None


class BundleCreated(BaseModel):
    """
    The synchronous answer the bundles guide shows for `POST /workorders/bundle`: the new bundle's ID, the bundled work orders and their combined pay. The 2026-02-09 playground answers a background job (`AsyncJob`) instead, as the local sandbox does.
    """

    bundle_id: Annotated[
        str | int, Field(description="The bundle's ID (the guide's example is a string such as `BND-12345`).")
    ]
    work_orders: list[BundledWorkOrder] | None = None
    total_pay: Annotated[float | None, Field(description="Combined pay of the bundled work orders.")] = None


class BundleValidation(BaseModel):
    """
    Result of checking whether work orders can be bundled; nothing is changed.
    """

    status: Annotated[str | None, Field(description="Overall outcome (the playground shows `active`).")] = (
        None
    )
    info: list[str | BundleValidationMessage1] | None = None
    errors: Annotated[
        list[str | BundleValidationMessage1] | None,
        Field(description="Reasons the bundle cannot be made; empty when it can."),
    ] = None
    warnings: list[str | BundleValidationMessage1] | None = None
    params: Annotated[Params | None, Field(description="The optional request fields, echoed back.")] = None


class ClientInput(BaseModel):
    """
    Body of the create request.
    """

    name: Annotated[str, Field(max_length=255, min_length=1)]
    manager: IdRef | None = None
    print_logo: bool | None = None
    address_1: Annotated[str | None, Field(max_length=255)] = None
    address_2: Annotated[str | None, Field(max_length=255)] = None
    address1: Annotated[
        str | None, Field(description="Alternative spelling of `address_1`.", max_length=255)
    ] = None
    address2: Annotated[
        str | None, Field(description="Alternative spelling of `address_2`.", max_length=255)
    ] = None
    city: Annotated[str | None, Field(max_length=255)] = None
    state: Annotated[str | None, Field(max_length=64)] = None
    zip: Annotated[str | None, Field(max_length=20)] = None
    country: Annotated[
        str | None,
        Field(description="ISO 3166 country code, two or three letters.", pattern="^[A-Za-z]{2,3}$"),
    ] = None
    location_type: Annotated[int | None, Field(description="Location type id (1 = Commercial).", ge=1)] = None
    about: str | None = None
    website: Annotated[str | None, Field(max_length=2048)] = None
    standard_instruction: str | None = None
    policy_procedure: str | None = None
    notes: Annotated[
        str | None,
        Field(
            description="Free-text notes on the client (the clients guide's create example sends `notes`).",
            max_length=4000,
        ),
    ] = None


class ClientProjects(BaseModel):
    """
    The client's projects, as embedded in the client.
    """

    metadata: ListMetadata | None = None
    results: list[IdName] | None = None
    actions: list[str] | None = None


class CompanyCustomField(BaseModel):
    """
    Definition of a custom field the company has configured for work orders.
    """

    id: Annotated[int, Field(ge=1)]
    name: str
    tip: Annotated[str | None, Field(description="Help text shown next to the field.")] = None
    type: Type2 | None = None
    options: Annotated[
        list[str] | None, Field(description="Allowed values of a predefined (dropdown) field.")
    ] = None
    role: Annotated[Role | None, Field(description="Who fills the field in.")] = None
    category: str | None = None
    value: Annotated[str | None, Field(description="Default value.")] = None
    dependency: CompanyCustomFieldDependency | None = None
    flags: list[Flag] | None = None
    required: Annotated[
        bool | None, Field(description="Overview page's spelling of the `required` flag.")
    ] = None
    filled_by: Annotated[FilledBy | None, Field(description="Overview page's spelling of `role`.")] = None
    projects: Annotated[
        list[Project] | None, Field(description="Projects the field applies to (overview page).")
    ] = None
    actions: list[Action2] | None = None


class CompanyCustomFieldCategory(BaseModel):
    """
    A group of custom field definitions (the list answer groups fields by category).
    """

    id: Annotated[int | None, Field(ge=0)] = None
    name: str | None = None
    role: str | None = None
    metadata: ListMetadata | None = None
    results: list[CompanyCustomField]


class CompanyCustomFieldList(BaseModel):
    """
    Answer of `GET /custom-fields`: the field definitions, grouped by category or as a flat list.
    """

    metadata: ListMetadata | None = None
    results: list[CompanyCustomFieldCategory | CompanyCustomField]


class CompanyExpenseCategoryList(BaseModel):
    """
    Answer of `GET /company/{company_id}/expenses`. The guides show only `results`; `metadata` and `actions` come from the older reference's page-based lists.
    """

    metadata: ListMetadata | None = None
    results: list[CompanyExpenseCategory]
    actions: list[Action4] | None = None


class CompanyNetwork(BaseModel):
    """
    A provider network the company can route work to.
    """

    id: Annotated[int, Field(ge=1)]
    name: str
    description: str | None = None
    access: list[AccessEnum] | None = None
    view_available: bool | None = None
    inactive_routing: bool | None = None
    onboarding_complete: bool | None = None
    options: list[CompanyNetworkOption] | None = None
    actions: list[str] | None = None


class CompanyNetworkList(BaseModel):
    """
    List answered by `GET /company/networks`.
    """

    metadata: ListMetadata | None = None
    results: list[CompanyNetwork]


class CompanyReasonList(BaseModel):
    """
    Answer of `GET /company/{company_id}/site-revisit-reasons` and (current guide) of `GET /company/{company_id}/reasons/incomplete`.
    """

    metadata: ListMetadata | None = None
    results: list[CompanyReason]


class CompanyTag(BaseModel):
    """
    A tag defined by the company, which users may then apply to work orders.
    """

    id: Annotated[int, Field(ge=1)]
    label: str | None = None
    name: Annotated[str | None, Field(description="Alias of `label` seen on the overview page.")] = None
    hex_color: Annotated[
        str | None, Field(description="Display colour, `#RRGGBB`.", pattern="^#?[0-9A-Fa-f]{6}$")
    ] = None
    valid_statuses: Annotated[
        list[CompanyTagStatus] | None,
        Field(description="Work order statuses in which the tag may be used; empty means all."),
    ] = None
    types: list[CompanyTagType] | None = None
    author: UserRef | None = None
    actions: list[Action5] | None = None


class CompanyTagInput(BaseModel):
    """
    Body of `POST /company/tags`.
    """

    label: Annotated[str, Field(min_length=1)]
    hex_color: Annotated[str | None, Field(pattern="^#?[0-9A-Fa-f]{6}$")] = None
    valid_statuses: list[CompanyTagStatus] | None = None
    types: list[CompanyTagType] | None = None


class CompanyTagList(BaseModel):
    """
    Page-based list answered by `GET /company/tags`. The company guide's example carries only `results`, so `metadata` is not required.
    """

    metadata: ListMetadata | None = None
    results: list[CompanyTag]
    actions: Annotated[list[Action6] | None, Field(description="`add` when the caller may create tags.")] = (
        None
    )
    params: list[dict[str, Any]] | None = None
    correlation_id: str | None = None


class ContactInput(BaseModel):
    """
    Body of `POST /workorders/{work_order_id}/contacts`.
    """

    role: ContactRole
    name: Annotated[str, Field(description="Name, or a short description, of the contact.", min_length=1)]
    email: EmailStr | None = None
    phone: Annotated[str | None, Field(description="Phone number in any common notation.")] = None
    ext: Annotated[str | None, Field(description="Phone extension.")] = None
    notes: str | None = None


class ContactList(BaseModel):
    """
    Contacts of a work order, the work order manager included (read-only).
    """

    correlation_id: Annotated[str | None, Field(description="Request id to quote to support.")] = None
    metadata: ListMetadata | None = None
    results: list[Contact]
    actions: Annotated[
        list[str] | None,
        Field(description="What the caller may do with the list (`edit` when contacts may be changed)."),
    ] = None


class CustomField(BaseModel):
    """
    A custom field with its value on one work order. Everything but `value` is defined by the company and read-only here.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    tip: Annotated[str | None, Field(description="Help text shown next to the field.")] = None
    type: CustomFieldType | None = None
    options: Annotated[
        list[str] | None,
        Field(description='Allowed values of a `predefined` field; includes `""` when blank is allowed.'),
    ] = None
    role: Annotated[Role | None, Field(description="Who fills the field in.")] = None
    value: Annotated[
        str | None, Field(description="Current value; null or empty when not filled in yet.")
    ] = None
    dependency: CustomFieldDependency | None = None
    flags: Annotated[
        list[str] | None,
        Field(
            description="Advanced options, for example `required`, `unique`, `required_during_checkin`, `shown_in_header`, `seen_by_provider`, `visible_to_clients`, `show_in_available`."
        ),
    ] = None
    category: Annotated[str | None, Field(description="Name of the category the field belongs to.")] = None
    required: Annotated[
        bool | None,
        Field(description="Whether the field must be filled in (simplified form shown in the guide)."),
    ] = None
    filled_by: Annotated[
        FilledBy1 | None, Field(description="Who fills the field in (simplified form shown in the guide).")
    ] = None
    actions: Annotated[
        list[str] | None, Field(description="What the caller may do with the field (`edit`).")
    ] = None


class CustomFieldCategory(BaseModel):
    """
    A group of custom fields (for example buyer fields or provider fields) with its fields.
    """

    id: Annotated[int | None, Field(ge=0)] = None
    name: str | None = None
    role: str | None = None
    metadata: ListMetadata | None = None
    results: list[CustomField]


class CustomFieldList(BaseModel):
    """
    Custom fields of a work order, grouped by category.
    """

    metadata: ListMetadata | None = None
    results: list[CustomFieldCategory | CustomField]


class DateObject(BaseModel):
    """
    Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    utc: Annotated[
        str,
        Field(
            description="A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.",
            examples=["2026-07-01 09:00:00", "2026-02-01T17:00:00Z"],
            pattern="^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
        ),
    ]
    local: Local | None = None


class Error(BaseModel):
    """
    The error body the REST v2 pages show: `{status, message}`, or `{status_code, message}` on some playground examples (both spellings are documented, so both validate). Field Nation's newer error-code catalog describes RFC 9457 problem details instead (`ProblemDetails`, served as `application/problem+json`); a client reads either. `errors` lists field-level problems; the local sandbox always fills it for 400 and 422.
    """

    status: Annotated[
        int | None,
        Field(
            description="HTTP status code, repeated in the body. The playground's placeholder bodies show `500` under every status, so the value is not checked against the HTTP status.",
            ge=100,
            le=599,
        ),
    ] = None
    status_code: Annotated[
        int | None,
        Field(
            description="Alternative spelling of `status` on some playground examples (their placeholder shows `0`).",
            ge=0,
            le=599,
        ),
    ] = None
    message: Annotated[str, Field(description="Human readable reason.")]
    correlation_id: Annotated[str | None, Field(description="Request id to quote to support.")] = None
    errorReference: Annotated[
        str | None,
        Field(
            description="Reference of the error, on the project dispatch settings pages' second error shape (`{message, errorReference, extra, note}`)."
        ),
    ] = None
    extra: Annotated[
        list[dict[str, Any]] | None,
        Field(description="Further details, on the same pages' second error shape (shown empty)."),
    ] = None
    note: Annotated[
        str | None, Field(description="A note on the error, on the same pages' second error shape.")
    ] = None
    errors: Annotated[
        list[ErrorDetail] | None,
        Field(
            description="Field-level validation problems (the local sandbox's convention; Field Nation's REST v2 pages show none)."
        ),
    ] = None


class EtaCondition(BaseModel):
    """
    Live condition of the provider before check-in: whether they are on schedule or running late, the expected delay, drive time, distance and last known position.
    """

    status: Status2 | None = None
    estimated_delay: Annotated[int | None, Field(description="Expected delay in seconds.", ge=0)] = None
    drive_time: Annotated[int | None, Field(description="Drive time in seconds.", ge=0)] = None
    distance: Annotated[float | None, Field(description="Distance to the site in miles.", ge=0.0)] = None
    coords: Coords1 | None = None
    created: DateObject | None = None


class EtaStatus(BaseModel):
    """
    Where the provider stands on the way to the site, and when that last changed.
    """

    name: Name | None = None
    updated: DateObject | None = None


class Expense(BaseModel):
    """
    One expense line of a work order.
    """

    id: Annotated[int, Field(description="Work order expense id.", ge=1)]
    description: str | None = None
    amount: Annotated[float, Field(description="Amount in US dollars.")]
    quantity: Annotated[float | None, Field(ge=0.0)] = None
    status: ExpenseStatus | None = None
    status_description: Annotated[
        str | None,
        Field(description="Note attached to the status, typically the reason an expense was denied."),
    ] = None
    reason: str | None = None
    category: ExpenseCategory | None = None
    company_expense: ExpenseCompanyExpense | None = None
    added: DateObject | None = None
    author: UserRef | None = None
    receipt: Annotated[
        dict[str, Any] | None, Field(description="Receipt attached to the expense (shape not documented).")
    ] = None
    actions: Annotated[
        list[str] | None,
        Field(description="What the caller may do with this expense (approve, deny, edit, delete, reopen)."),
    ] = None


class ExpenseList(BaseModel):
    """
    Expenses of a work order with their totals.
    """

    totals: Annotated[
        dict[str, float] | None, Field(description="The guide's totals by review state (amounts).")
    ] = None
    metadata: ListMetadata | None = None
    sum: ExpensesSum | None = None
    results: list[Expense]
    actions: Annotated[
        list[str] | None, Field(description="What the caller may do with the list (`add`).")
    ] = None


class IncompleteReasons(RootModel[CompanyReasonList | list[CompanyReason]]):
    root: Annotated[
        CompanyReasonList | list[CompanyReason],
        Field(
            description="Answer of `GET /company/{company_id}/reasons/incomplete`: `{results: [...]}` in the current company guide, a bare array in the older reference. Both are accepted.",
            examples=[{"results": [{"id": 1, "name": "Provider no-show"}]}],
        ),
    ]


class JobStatusHistoryEntry(BaseModel):
    """
    A past job status of the work order.
    """

    status: Status4 | None = None
    reason: JobStatusReason | None = None
    created: DateObject | None = None
    user: UserRef | None = None


class Message(BaseModel):
    """
    A message posted on a work order, with its replies. Messages cannot be edited or deleted through the API; they can only be replied to.
    """

    msg_id: Annotated[
        MessageId1 | MessageId2,
        Field(
            description='Message ID. The android model types it as an integer, the legacy docs and the guide show it as a numeric string (`"612"`); both are accepted.',
            examples=[612],
        ),
    ]
    parent_id: Annotated[
        int | bool | None,
        Field(description="ID of the message this one replies to; `false` or null for a thread start."),
    ] = None
    message: Annotated[str, Field(description="Plain text (HTML is not supported).")]
    from_: Annotated[MessageUser | None, Field(alias="from")] = None
    to: MessageUser | None = None
    role: Annotated[
        str | None,
        Field(description="Audience the message was sent to (a `MessageType` value on newer records)."),
    ] = None
    created: DateObject | None = None
    read: bool | None = None
    archived: bool | None = None
    sharedText: Annotated[
        str | None, Field(description="Who in the buyer company was notified (built from `notify`).")
    ] = None
    problem: Annotated[
        Problem | None, Field(description="The reported problem this message belongs to, if any.")
    ] = None
    replies: list[Message] | None = None
    actions: list[str] | None = None


class MessageInput(BaseModel):
    """
    A new message on a work order.
    """

    message: Annotated[str, Field(min_length=1)]
    type: MessageType | None = None
    to: Annotated[
        To | None,
        Field(
            description='Recipient; required when `type` is `SPECIFICTECH` (the guide\'s "use to.id"; the local sandbox enforced it with 422, stated here so that it is checked as 400).'
        ),
    ] = None
    notify: Annotated[
        list[NotifyItem] | None, Field(description="Company user IDs to notify about the message.")
    ] = None
    classic_alert: Annotated[
        bool | None, Field(description="Also send the notification through the classic alert channel.")
    ] = None
    reason: str | None = None
    action_event_type: str | None = None
    category: str | None = None


class MessageList(BaseModel):
    """
    A page of a work order's messages, newest first, as the older reference's message object documents (sorted by creation date, descending) (also embedded as `messages` in the WorkOrder, where only the count is filled). The create and reply operations answer the refreshed list as well.
    """

    metadata: ListMetadata | None = None
    results: list[Message]
    correlation_id: str | None = None
    actions: list[str] | None = None
    params: Annotated[list[str | int | bool] | None, Field(description="Echo of the filters applied.")] = None
    f_work_order: list[int | str] | None = None
    fs_work_order: bool | None = None
    f_only_workorder: bool | None = None
    fs_only_workorder: bool | None = None


class MilestoneStep(BaseModel):
    """
    One lifecycle step in the guide's list form of the milestones.
    """

    name: Annotated[
        str,
        Field(
            description="Step id; the guide lists created, published, routed, assigned, confirmed, checked_in, checked_out, work_done, approved and paid."
        ),
    ]
    label: str | None = None
    completed: bool | None = None
    completed_at: Annotated[
        DateObject | None, Field(description="When the step happened; null while it has not.")
    ] = None
    actor: Annotated[Actor | None, Field(description="Who completed the step.")] = None


class MilestoneSteps(BaseModel):
    """
    The milestones as a list of named steps, the form the newer milestones guide shows: each step with its label, whether it happened, when, and who did it.
    """

    results: list[MilestoneStep]


class Milestones(BaseModel):
    """
    Lifecycle timestamps of a work order plus derived durations. A step that has not happened yet is absent.
    """

    time_to_dispatch: Annotated[
        float | None, Field(description="Seconds from creation to assignment.", ge=0.0)
    ] = None
    time_to_work_done: Annotated[
        float | None, Field(description="Seconds from assignment to work done.", ge=0.0)
    ] = None
    time_alive: Annotated[
        float | None, Field(description="Seconds since creation (or until closing).", ge=0.0)
    ] = None
    time_to_approve: Annotated[
        float | None, Field(description="Seconds from work done to approval.", ge=0.0)
    ] = None
    created: DateObject | None = None
    published: DateObject | None = None
    routed: DateObject | None = None
    assigned: DateObject | None = None
    workdone: DateObject | None = None
    approved: DateObject | None = None
    paid: DateObject | None = None
    canceled: DateObject | None = None


class PayIncrease(BaseModel):
    """
    A request to raise a work order's pay, usually from the assigned provider when the scope grows. The buyer accepts or denies it; `pay` is the rate being asked for.
    """

    id: Annotated[int, Field(ge=1)]
    description: Annotated[str | None, Field(description="Why the increase is requested.")] = None
    status: Annotated[
        Status7 | None,
        Field(
            description="`pending`, `accepted` or `denied` (generated models; what the local sandbox answers); the guide writes `approved` and `rejected`."
        ),
    ] = None
    amount: Annotated[float | None, Field(description="Dollars asked for (guide's form).")] = None
    reason: Annotated[
        str | None, Field(description="Why the increase is asked for (guide's form of `description`).")
    ] = None
    requested_by: Annotated[
        str | None, Field(description="Who asked for it, for example `provider` (guide).")
    ] = None
    approved_by: Annotated[ApprovedBy | None, Field(description="Who approved it (guide).")] = None
    status_description: Annotated[
        str | None, Field(description="Note recorded with the last status change.")
    ] = None
    pay: PayRate | None = None
    author: UserRef | None = None
    created: DateObject | None = None
    actions: Annotated[
        list[Action9] | None, Field(description="What the caller may do with the increase.")
    ] = None


class PayIncreaseList(BaseModel):
    """
    The pay increases of a work order (the local sandbox lists them newest first; Field Nation documents no order).
    """

    metadata: ListMetadata | None = None
    sum: Annotated[Sum1 | None, Field(description="Dollar total of the increases.")] = None
    total_increase: Annotated[
        float | None, Field(description="Dollar total of the increases (guide's form of `sum.all`).")
    ] = None
    results: list[PayIncrease]
    actions: list[str] | None = None


class PayIncreaseUpdate(BaseModel):
    """
    A decision on, or an edit of, a pay increase. Buyers normally send `status` (accept or deny) with an optional `status_description`.
    """

    id: Annotated[int | None, Field(description="Optional echo of the increase id from the path.", ge=1)] = (
        None
    )
    status: Status8 | None = None
    status_description: Annotated[str | None, Field(max_length=1000)] = None
    rejection_reason: Annotated[
        str | None, Field(description="Guide spelling of `status_description` for denials.", max_length=1000)
    ] = None
    description: str | None = None
    amount: Annotated[
        float | None,
        Field(
            description="The increase's amount in dollars (discounts-and-increases guide). Buyers may correct it while the increase is pending.",
            ge=0.0,
        ),
    ] = None
    note: Annotated[
        str | None,
        Field(description="A note explaining the decision or the change (guide).", max_length=1000),
    ] = None
    pay: PayRate | None = None


class PayInput(BaseModel):
    """
    Changes to a work order's pay rate. Only the fields sent are changed; send both `base` and `additional` to clear pay options set before (for example the second tier of blended pay).
    """

    type: Type6 | None = None
    base: PayAmountInput | None = None
    additional: PayAmountInput | None = None
    bonuses: Annotated[
        PayModifierRefsInput | None,
        Field(
            description='Company bonuses to apply, by id (bonuses guide: "Include bonuses in the initial work order payload").'
        ),
    ] = None
    penalties: Annotated[
        PayModifierRefsInput | None,
        Field(
            description='Company penalties to apply, by id (legacy create example "Include a Bonus and/or Penalty").'
        ),
    ] = None


class PayInvoice(BaseModel):
    """
    Invoice issued for the work order, once it is approved.
    """

    id: Annotated[int | None, Field(ge=0)] = None
    sent: DateObject | None = None
    paid: DateObject | None = None


class PayModifierDefinitionList(BaseModel):
    """
    Answer of `GET /bonuses` and `GET /penalties`.
    """

    metadata: ListMetadata | None = None
    sum: PayModifierSum | None = None
    actions: list[Action12] | None = None
    results: list[PayModifierDefinition]


class Route(BaseModel):
    """
    Present when the work order was routed to this provider.
    """

    created: DateObject | None = None


class PreferredProviderGroup(BaseModel):
    """
    A preferred provider group ("talent pool group" in the UI): a named set of providers the company routes work to. The id 99999999 is the built-in "Uncategorized" group.
    """

    id: Annotated[int, Field(ge=1)]
    name: str
    providers: Annotated[int | None, Field(description="Number of providers in the group.", ge=0)] = None
    notes: Annotated[str | None, Field(description="Free-text notes (older generated model).")] = None
    created: DateObject | None = None
    actions: Annotated[
        list[Action17] | None,
        Field(description="What the caller may do with the group; empty for the built-in group."),
    ] = None
    correlation_id: str | None = None


class PreferredProviderGroupList(BaseModel):
    """
    Answer of `GET /preferred-provider-groups`.
    """

    metadata: ListMetadata
    results: list[PreferredProviderGroup]
    actions: list[str] | None = None
    params: list[dict[str, Any]] | None = None


class ProblemResolution(BaseModel):
    """
    Resolution state of a problem.
    """

    status: Status9 | None = None
    at: ProblemResolutionTime | None = None
    by: UserRef | None = None
    allowed_resolvers: Annotated[
        list[AllowedResolver] | None, Field(description="Who may mark the problem resolved.")
    ] = None


class ProjectCreate(BaseModel):
    """
    Body of `POST /projects`.
    """

    name: Annotated[str, Field(min_length=1)]
    status: ProjectStatus | None = None
    client: IdName | None = None
    client_id: Annotated[
        int | None,
        Field(description="The client as a bare id (overview page); alternative to `client`.", ge=1),
    ] = None
    template_id: Annotated[int | None, Field(description="Default template (overview page).", ge=1)] = None
    description: Annotated[str | None, Field(description="Free-text description (overview page).")] = None
    policy_and_procedures: str | None = None
    standard_instructions: str | None = None
    cancellation_fee: Annotated[float | None, Field(ge=0.0)] = None
    late_notification: bool | None = None
    notifications: ProjectNotifications | None = None
    finance: IdRef | None = None
    manager: IdRef | None = None
    secondary_contact: IdRef | None = None
    service_contract: IdRef | None = None
    selection_rule: IdName | None = None
    auto_dispatch: ProjectAutoDispatch | None = None


class ProjectProviderAssignments(BaseModel):
    """
    Every talent pool group and tier a provider holds within one project.
    """

    project_id: Annotated[int | None, Field(ge=1)] = None
    provider_id: Annotated[int | None, Field(ge=1)] = None
    talent_pool_groups: list[ProjectTalentPoolGroupAssignment]


class ProjectProviderAssignmentsUpdate(BaseModel):
    """
    Body of `PUT /projects/{project_id}/providers/{provider_id}`: the complete new set of group and tier placements. Placements not listed are removed.
    """

    talent_pool_groups: list[ProjectTalentPoolGroupAssignment]


class ProjectProvidersAdd(BaseModel):
    """
    Body of `POST /projects/{project_id}/providers`: the providers to add and, for each talent pool group, the tier they join. A group may appear more than once with different tiers.
    """

    provider_ids: Annotated[list[ProviderId], Field(min_length=1)]
    talent_pool_groups: list[ProjectTalentPoolGroupAssignment] | None = None


class ProviderAttributeBulkUpdate(BaseModel):
    """
    Body of the bulk update request.
    """

    attributes: Annotated[list[ProviderAttributeBulkUpdateItem], Field(min_length=1)]


class ProviderAttributeCreate(BaseModel):
    """
    Body of the create request.
    """

    attributes: Annotated[list[ProviderAttributeInput], Field(min_length=1)]


class QualificationInput(BaseModel):
    """
    Qualifications to set on a work order. The playground sends a whole selection rule (`selection_rule`); the narrative guide adds a single requirement with `qualification_id` + `required`. Either form is accepted.
    """

    selection_rule: SelectionRuleInput | None = None
    ignored_missing_qualifications: bool | None = None
    qualification_id: Annotated[
        int | None, Field(description="Guide spelling; a single qualification to require.", ge=1)
    ] = None
    required: Annotated[
        bool | None, Field(description="Guide spelling; whether `qualification_id` is mandatory.")
    ] = None


class SelectionRule(BaseModel):
    """
    The work order's qualification rule set with its requirements.
    """

    id: Annotated[int | None, Field(ge=1)] = None
    name: str | None = None
    status: Annotated[
        str | None, Field(description="Rule state; the playground shows `active`.", examples=["active"])
    ] = None
    weight: float | None = None
    total_selection_rule: str | None = None
    sum: SelectionRuleSum | None = None
    actions: list[str] | None = None
    metadata: ListMetadata | None = None
    results: list[Qualification] | None = None


class ServiceTerritoryInput(BaseModel):
    """
    Body of the create request.
    """

    name: Annotated[str, Field(max_length=255, min_length=1)]
    project_id: Annotated[int | None, Field(ge=1)] = None
    display_name: Annotated[str | None, Field(max_length=255)] = None
    description: Annotated[str | None, Field(max_length=4000)] = None
    attributes: Annotated[
        list[TalentPoolGroupAttribute] | None, Field(description="Attributes to upsert by name.")
    ] = None


class ServiceTerritoryProvider(BaseModel):
    """
    A provider covering a service territory, with the tier they hold.
    """

    provider_id: Annotated[int, Field(ge=1)]
    name: str | None = None
    tier: TalentPoolTier | None = None
    exists_in_multiple_talent_pool_groups: Annotated[
        bool | None,
        Field(
            description="True when the provider also belongs to another territory or group of the project."
        ),
    ] = None


class ServiceTerritoryProviderList(BaseModel):
    """
    One page of the providers of a service territory.
    """

    data: list[ServiceTerritoryProvider]
    providers: list[ServiceTerritoryProvider] | None = None
    pagination: CursorPagination


class ServiceTerritoryUpdate(BaseModel):
    """
    Body of the update request; fields left out keep their value.
    """

    name: Annotated[str | None, Field(max_length=255, min_length=1)] = None
    project_id: Annotated[int | None, Field(ge=1)] = None
    display_name: Annotated[str | None, Field(max_length=255)] = None
    description: Annotated[str | None, Field(max_length=4000)] = None
    attributes: Annotated[
        list[TalentPoolGroupAttribute] | None, Field(description="Attributes to upsert by name.")
    ] = None


class ServiceWindow(BaseModel):
    """
    When the provider is expected on site. `exact`: arrive at `start`. `between`: arrive any time from `start` to `end`. `hours`: work on the days from `start` to `end`, only between the start time and end time of each day.
    """

    mode: Mode3
    start: DateObject | None = None
    end: DateObject | None = None


class ServiceWindowInput(BaseModel):
    """
    A service window as sent in requests. `start` is required for `exact`, `between` and `hours`; `end` for `between` and `hours`. Only `utc` is needed in each date object; the platform fills in local times from the location's time zone.
    """

    mode: Mode3 | None = None
    start: DateObject | None = None
    end: DateObject | None = None


class ShipmentCarrier(BaseModel):
    """
    Who carries the shipment and how to track it.
    """

    name: Annotated[
        Name1 | None, Field(description="Carrier code; `other` means the carrier is named in `other`.")
    ] = None
    other: Annotated[str | None, Field(description="Carrier name when `name` is `other`.")] = None
    tracking: Annotated[str | None, Field(description="Tracking number given by the carrier.")] = None
    link_href: Annotated[
        str | None, Field(description="Tracking link the API derives from carrier and tracking number.")
    ] = None
    arrival: Annotated[DateObject | None, Field(description="Estimated arrival.")] = None
    arrived: Annotated[DateObject | None, Field(description="When the shipment was delivered.")] = None


class ShipmentInput(BaseModel):
    """
    Body of `POST /workorders/{work_order_id}/shipments`. Underscore directions (`to_site`), as written in Field Nation's guide, are accepted besides the API's spaced values.
    """

    name: Annotated[str | None, Field(description="What is being shipped.", max_length=255, min_length=1)] = (
        None
    )
    description: Annotated[
        str | None,
        Field(
            description="The shipments guide's name for `name` (its create example sends `description`); one of the two is required.",
            max_length=255,
            min_length=1,
        ),
    ] = None
    direction: ShipmentDirectionInput
    carrier: ShipmentCarrierCreate
    location: ShipmentAddress | None = None
    task_id: Annotated[
        int | None, Field(description="Task the shipment belongs to (0 or absent for none).", ge=0)
    ] = None
    task: Task2 | None = None
    status: ShipmentStatusInput | None = None


class SiteRevisit(BaseModel):
    """
    One return visit to the work order's site.
    """

    id: Annotated[int, Field(ge=1)]
    reason: Annotated[
        IdName | None, Field(description="Why the revisit is needed (a site-revisit reason of the company).")
    ] = None
    is_billable: Annotated[bool | None, Field(description="Whether the revisit is paid.")] = None
    notes: str | None = None
    scheduled: Annotated[DateObject | None, Field(description="When the revisit is planned.")] = None
    status: Annotated[
        str | None, Field(description="State of the revisit (the guide shows `scheduled`).")
    ] = None
    created: DateObject | None = None


class SiteRevisitList(BaseModel):
    """
    Return visits of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not document the order).
    """

    metadata: ListMetadata | None = None
    results: Annotated[
        list[SiteRevisit],
        Field(
            description="Newest first in the local sandbox (its convention); Field Nation does not document the order of this list."
        ),
    ]
    count: Annotated[int | None, Field(description="Number of revisits of the work order.", ge=0)] = None


class SmartDispatchResult(BaseModel):
    """
    Answer of the trigger request.
    """

    work_orders: Annotated[
        list[SmartDispatchWorkOrder], Field(description="The work orders Smart Dispatch took on.")
    ]


class StoredLocationNote(BaseModel):
    """
    A note kept on a saved location.
    """

    id: Annotated[
        int, Field(description="Note id (0 on the older reference's empty placeholder note).", ge=0)
    ]
    text: Annotated[str, Field(description="The note.")]
    private: Annotated[
        bool | Private | None, Field(description="True (or 1) when providers cannot see the note.")
    ] = None
    user_id: Annotated[int | None, Field(description="Author of the note.", ge=1)] = None
    created: DateObject | None = None


class Tag(BaseModel):
    """
    A company tag as applied to one work order.
    """

    id: Annotated[int, Field(description="ID of the company tag.", ge=1)]
    label: str | None = None
    hex_color: Annotated[str | None, Field(description="Display colour.", pattern="^#[0-9A-Fa-f]{6}$")] = None
    types: Annotated[list[Type9] | None, Field(description="Behaviours of the tag.")] = None
    valid_statuses: Annotated[
        list[ValidStatus] | None,
        Field(
            description="Work order statuses in which the tag may be used. Present on company tags; the older reference notes work-order tag answers leave it out."
        ),
    ] = None
    author: Annotated[UserRef | None, Field(description="Who applied the tag.")] = None
    created: Annotated[
        DateObject | None, Field(description="When the tag was applied to the work order.")
    ] = None
    actions: list[Action27] | None = None


class TagList(BaseModel):
    """
    Tags applied to a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not document the order).
    """

    metadata: ListMetadata
    results: Annotated[
        list[Tag],
        Field(
            description="Newest first in the local sandbox (its convention); Field Nation does not document the order of this list."
        ),
    ]
    correlation_id: str | None = None
    actions: list[Action28] | None = None


class TalentPoolGroup(BaseModel):
    """
    A talent pool group of the second generation: a named container of tiers that belongs to one project.
    """

    talent_pool_group_id: Annotated[
        str | None, Field(description="The group's UUID (the local sandbox always sends it).")
    ] = None
    uuid: Annotated[str | None, Field(description="Spelling of the id in the guide's list example.")] = None
    name: Annotated[str, Field(description="Internal name of the group.")]
    display_name: Annotated[str | None, Field(description="Name shown to providers.")] = None
    project_id: Annotated[int | None, Field(description="Project the group belongs to.", ge=1)] = None
    tiers: Annotated[list[TalentPoolTier] | None, Field(description="Talent pools (tiers) of the group.")] = (
        None
    )
    talent_pools: Annotated[
        list[TalentPoolTier] | None, Field(description="Overview guide's name for `tiers`.")
    ] = None
    attributes: list[TalentPoolGroupAttribute] | None = None


class TalentPoolGroupInput(BaseModel):
    """
    Body of the create request.
    """

    name: Annotated[str, Field(max_length=255, min_length=1)]
    project_id: Annotated[int, Field(ge=1)]
    display_name: Annotated[str | None, Field(max_length=255)] = None
    attributes: Annotated[
        list[TalentPoolGroupAttribute] | None, Field(description="Attributes to upsert by name.")
    ] = None
    talent_pools: Annotated[
        list[TalentPoolNewTierInput] | None,
        Field(description="Tiers to create with the group (overview guide form); names only."),
    ] = None


class TalentPoolGroupList(BaseModel):
    """
    One page of talent pool groups.
    """

    data: list[TalentPoolGroup]
    pagination: CursorPagination | None = None


class TalentPoolGroupProvider(BaseModel):
    """
    A provider's membership in a talent pool group.
    """

    provider_id: Annotated[int, Field(ge=1)]
    name: Annotated[str | None, Field(description="Provider's full name.")] = None
    tier: TalentPoolTier | None = None
    exists_in_multiple_talent_pool_groups: Annotated[
        bool | None,
        Field(description="True when the provider also belongs to another group of the same project."),
    ] = None


class TalentPoolGroupProviderList(BaseModel):
    """
    One page of the providers of a talent pool group.
    """

    data: list[TalentPoolGroupProvider]
    providers: Annotated[
        list[TalentPoolGroupProvider] | None,
        Field(description="Same items as `data`, as the playground example also returns them."),
    ] = None
    pagination: CursorPagination | None = None


class TalentPoolGroupUpdate(BaseModel):
    """
    Body of the update request; fields left out keep their value.
    """

    name: Annotated[str | None, Field(max_length=255, min_length=1)] = None
    project_id: Annotated[int | None, Field(ge=1)] = None
    display_name: Annotated[str | None, Field(max_length=255)] = None
    attributes: Annotated[
        list[TalentPoolGroupAttribute] | None, Field(description="Attributes to upsert by name.")
    ] = None
    talent_pools: Annotated[
        list[TalentPoolTierInput] | None,
        Field(description="Tiers to rename (with `id`) or add (without `id`)."),
    ] = None


class TaskBulkUpdateItem(BaseModel):
    """
    One task in a bulk update, named by `id`; only the fields sent are changed.
    """

    id: Annotated[int, Field(ge=1)]
    label: str | None = None
    description: str | None = None
    status: TaskStatus | None = None
    alerts: list[TaskAlertInput] | None = None
    phone: str | None = None
    email: EmailStr | None = None


class TaskGroup(BaseModel):
    """
    Phase a task belongs to.
    """

    id: Annotated[
        TaskGroupId | str,
        Field(
            description="The phase ID (`prep`, `onsite`, `post`). The tasks guide's list example shows a group name here instead (`Completion Requirements`), so any string is described."
        ),
    ]
    label: Annotated[str | None, Field(description="Display name (Pre Work, Work, Post Work).")] = None


class TaskInput(BaseModel):
    """
    Body of `POST /workorders/{work_order_id}/tasks`. Send the type-specific property the chosen type needs: `phone` for 8, `email` for 9, `custom_field` for 7, `attachment` for 13, `attachments` (the folder) for 5 and 6.
    """

    group: Annotated[
        Group | Group1,
        Field(description="The phase, as `{id}` (older reference) or as a plain string (tasks guide)."),
    ]
    required: Annotated[
        bool | None,
        Field(description="Whether the provider must complete the task (the tasks guide's field)."),
    ] = None
    type: Type11 | None = None
    label: str | None = None
    description: Annotated[
        str | None,
        Field(
            description="Longer instructions (read-only in the legacy object docs, but sent by the playground)."
        ),
    ] = None
    status: TaskStatus | None = None
    alerts: list[TaskAlertInput] | None = None
    phone: Annotated[str | None, Field(description="Number to call (type 8).")] = None
    email: Annotated[EmailStr | None, Field(description="Address to write to (type 9).")] = None
    custom_field: IdRef | None = None
    attachment: IdRef | None = None
    attachments: IdRef | None = None


class TaskType(BaseModel):
    """
    Kind of a task.
    """

    id: TaskTypeId
    key: Annotated[str | None, Field(description="Machine name of the type (for example `phone`).")] = None
    name: Annotated[str | None, Field(description="Display name of the type.")] = None


class TasksBulkUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/tasks`.
    """

    tasks: Annotated[list[TaskBulkUpdateItem], Field(min_length=1)]


class TimeLogCheckpoint(BaseModel):
    """
    One end of a time log: when the provider checked in (`in`) or out (`out`), where, and whether the position was close enough to the site to count as verified.
    """

    created: DateObject
    actor: UserRef | None = None
    coords: TimeLogCoords | None = None
    distance: Annotated[
        float | None,
        Field(
            description="Distance in miles between the recorded position and the work order location.", ge=0.0
        ),
    ] = None
    distance_from_check_in: Annotated[
        float | None,
        Field(description="For a check-out, distance in miles from where the provider checked in.", ge=0.0),
    ] = None
    verified: Annotated[
        bool | None, Field(description="True when the position was verified against the work order location.")
    ] = None
    requires_verification: bool | None = None
    actions: Annotated[
        list[str] | None, Field(description="What the caller may do with this checkpoint.")
    ] = None


class TimeLogCheckpointInput(BaseModel):
    """
    A check-in or check-out time sent by the client. The playground sends `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc": ...}`). Both are accepted; send exactly one of `created` or `utc`.
    """

    created: DateObject | None = None
    utc: Annotated[
        str | None,
        Field(
            description="A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.",
            examples=["2026-07-01 09:00:00", "2026-02-01T17:00:00Z"],
            pattern="^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
        ),
    ] = None
    local: Local | None = None
    coords: TimeLogCoords | None = None


class TimeLogInput(BaseModel):
    """
    A new or changed time log. Send `in` (and `out` once the work is done); for per-device pay add `devices`. The guide's `start` / `end` / `user_id` spelling is accepted as an alternative to `in` / `out`.
    """

    in_: Annotated[TimeLogCheckpointInput | None, Field(alias="in")] = None
    out: TimeLogCheckpointInput | None = None
    devices: Annotated[int | None, Field(ge=0)] = None
    hours: Annotated[
        float | None, Field(description="Hours to record when no check-out time is given.", ge=0.0)
    ] = None
    user_id: Annotated[
        int | None,
        Field(
            description="Guide spelling; provider the time is logged for (defaults to the assignee).", ge=1
        ),
    ] = None
    start: DateObject | None = None
    end: DateObject | None = None


class UserPreferredGroup(BaseModel):
    """
    A preferred provider group (talent pool group of the first generation) the user belongs to.
    """

    id: Annotated[int, Field(ge=1)]
    name: str | None = None
    notes: str | None = None
    created: DateObject | None = None


class UserRating(BaseModel):
    """
    A provider's ratings across the marketplace and from the caller's own company.
    """

    marketplace: UserRatingScore | None = None
    my_company: UserRatingScore | None = None


class WorkOrderContactsInput(BaseModel):
    """
    Contacts to add to the work order, in the `{results: [...]}` envelope of the contacts guide; each item is the body of `POST /workorders/{work_order_id}/contacts`.
    """

    results: Annotated[list[ContactInput], Field(max_length=50)]


class WorkOrderLocationNote(BaseModel):
    """
    A note attached to the location.
    """

    id: Annotated[int | None, Field(ge=0)] = None
    text: str | None = None
    private: bool | None = None
    created: DateObject | None = None


class WorkOrderMassRouteRequest(BaseModel):
    """
    Providers to route the work order to in one request: a list of provider ids, or a talent pool whose members all receive the route. The routing runs as a background job.
    """

    ids: Annotated[list[Id5] | None, Field(description="Provider (user) ids to route to.", min_length=1)] = (
        None
    )
    talent_pool_id: Annotated[
        int | None,
        Field(
            description="Talent pool (preferred provider group) whose providers all receive the route.", ge=1
        ),
    ] = None
    selection_rule: WorkOrderSelectionRule | None = None


class WorkOrderRouteRequest(BaseModel):
    """
    The provider to route the work order to (or to remove from its routes). The reference and playground name the provider `technician`; `user` is accepted as well, as the assignment endpoints use that key.
    """

    technician: Annotated[IdRef | None, Field(description="The provider (user) id.")] = None
    user: Annotated[IdRef | None, Field(description="Alternative key for the provider.")] = None
    selection_rule: WorkOrderSelectionRule | None = None


class WorkOrderShipmentsInput(BaseModel):
    """
    Shipments to add to the work order, in the `{results: [...]}` envelope; each item is the body of `POST /workorders/{work_order_id}/shipments`.
    """

    results: Annotated[list[ShipmentInput], Field(max_length=50)]


class WorkOrderTasksInput(BaseModel):
    """
    Tasks to add to the work order, in the `{results: [...]}` envelope the work order shows them in; each item is the body of `POST /workorders/{work_order_id}/tasks`.
    """

    results: Annotated[list[TaskInput], Field(max_length=100)]


class Attachment(BaseModel):
    """
    A file in an attachment folder: a client document, a task attachment or a provider deliverable. `show_before_assignment` controls visibility: true makes it public to providers before assignment.
    """

    id: Annotated[int, Field(description="Attachment (file) ID; the `attachment_id` path parameter.", ge=1)]
    folder_id: Annotated[int | None, Field(ge=1)] = None
    file: AttachmentFile | None = None
    notes: str | None = None
    status: AttachmentStatus | None = None
    status_description: Annotated[
        str | None, Field(description="Reason given when a deliverable was denied.")
    ] = None
    show_before_assignment: Annotated[
        bool | None,
        Field(description="Visibility; true shows the file to providers before assignment (public)."),
    ] = None
    task: AttachmentTaskRef | None = None
    author: UserRef | None = None
    reviewer: UserRef | None = None
    created: DateObject | None = None
    reviewed: DateObject | None = None
    coords: Annotated[
        Coords | None, Field(description="Where the file was captured, when the uploader shared a position.")
    ] = None
    actions: list[Action] | None = None


class AttachmentFolder(BaseModel):
    """
    A folder of files. Every work order has a `Documents` folder (type `document`, client documents and task files) and a `Misc` folder (type `slot`, provider deliverables); buyers can add custom `slot` folders, which carry file-count and size limits.
    """

    id: Annotated[int, Field(description="Folder ID; the `folder_id` path parameter.", ge=1)]
    name: str
    type: Type | None = None
    task: AttachmentTaskRef | None = None
    min_files: Annotated[int | None, Field(ge=0)] = None
    max_files: Annotated[int | None, Field(ge=0)] = None
    min_bytes: Annotated[int | None, Field(ge=0)] = None
    max_bytes: Annotated[int | None, Field(ge=0)] = None
    actions: list[str] | None = None
    metadata: ListMetadata | None = None
    results: Annotated[list[Attachment] | None, Field(description="The files in the folder.")] = None


class AttachmentFolderList(BaseModel):
    """
    The attachment folders of a work order with their files (also embedded as `attachments` in the WorkOrder). `sum.unreviewed` counts deliverables waiting for review.
    """

    metadata: ListMetadata | None = None
    results: list[AttachmentFolder]
    sum: Sum | None = None
    correlation_id: str | None = None
    actions: list[str] | None = None


class AutoDispatchResponse(BaseModel):
    """
    Answer of `POST /workorders/auto_dispatch`: the job that will dispatch the work orders.
    """

    field__worker: Annotated[AutoDispatchWorker, Field(alias="__worker")]


class Client(BaseModel):
    """
    An end client of the company, for whom work orders and projects are run.
    """

    id: Annotated[int, Field(ge=1)]
    client_id: Annotated[int | None, Field(description="Same value as `id`.", ge=1)] = None
    name: str
    active: Annotated[bool | None, Field(description="False once the client is deactivated.")] = None
    print_logo: Annotated[bool | None, Field(description="Print the client's logo on work orders.")] = None
    logo: Annotated[str | None, Field(description="URL of the client's logo.")] = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None
    location_type: Annotated[
        int | None, Field(description="Location type id of the client's address (1 = Commercial).", ge=1)
    ] = None
    website: str | None = None
    about: str | None = None
    standard_instruction: Annotated[
        str | None, Field(description="Instructions added to the client's work orders.")
    ] = None
    policy_procedure: Annotated[
        str | None, Field(description="Policies and procedures providers must follow for this client.")
    ] = None
    notes: Annotated[
        str | None,
        Field(description="Free-text notes on the client, as the clients guide's create example sends them."),
    ] = None
    manager: UserRef | None = None
    created: Annotated[
        DateObject | DateTimeString | None,
        Field(
            description="When the client was added: Field Nation's date object on the playground, a plain ISO 8601 string in the clients guide's list example. Both are accepted."
        ),
    ] = None
    work_order_counts: ClientWorkOrderCounts | None = None
    work_orders_count: Annotated[
        int | None,
        Field(
            description="Number of the client's work orders, as the clients guide's list example shows it.",
            ge=0,
        ),
    ] = None
    projects: ClientProjects | None = None
    actions: list[ClientAction] | None = None
    correlation_id: str | None = None


class ClientList(BaseModel):
    """
    One page of clients.
    """

    metadata: ListMetadata | None = None
    results: list[Client]
    actions: list[str] | None = None


class Eta(BaseModel):
    """
    The assigned provider's estimated time of arrival: the arrival window they committed to, their hour estimate and notes, the confirmation status and, before check-in, their live condition.
    """

    work_order_id: Annotated[int | None, Field(ge=1)] = None
    user: UserRef | None = None
    task: Annotated[Task | None, Field(description='The "Set ETA" task of the work order.')] = None
    mode: Annotated[Mode | None, Field(description="Mode of the service window the ETA answers.")] = None
    start: DateObject | None = None
    end: DateObject | None = None
    hour_estimate: Annotated[
        float | None, Field(description="Hours the provider expects to spend on site.", ge=0.0)
    ] = None
    window_duration: Annotated[float | None, Field(description="Length of the arrival window.", ge=0.0)] = (
        None
    )
    notes: str | None = None
    status: EtaStatus | None = None
    condition: EtaCondition | None = None
    updated: DateObject | None = None
    correlation_id: str | None = None
    actions: list[Action7] | None = None


class JobStatus(BaseModel):
    """
    Whether the provider completed the full scope of work, separate from the work order's lifecycle status. `pending` until someone records it.
    """

    status: Status4 | None = None
    reason: Annotated[
        JobStatusReason | None, Field(description="Why the job is incomplete; null otherwise.")
    ] = None
    history: list[JobStatusHistoryEntry] | None = None


class Location(BaseModel):
    """
    Where the work happens. `mode` says which kind: `custom` (an address typed on the work order), `location` (one of the company's saved locations, in `saved_location`) or `remote` (no site visit). The address fields hold the effective address in every mode that has one.
    """

    work_order_id: Annotated[int | None, Field(ge=1)] = None
    mode: Annotated[
        Mode1 | None,
        Field(
            description="`custom` (an address typed on the work order), `location` (a saved location) or `remote` (the client keeps any other value it receives)."
        ),
    ] = None
    display_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: Annotated[
        str | None,
        Field(
            description="ISO 3166 country code, two or three letters (`US` or `USA`); empty for remote work.",
            pattern="^([A-Za-z]{2,3})?$",
        ),
    ] = None
    coordinates: WorkOrderLocationCoordinates | None = None
    type: IdName | None = None
    saved_location: WorkOrderLocationSavedRef | None = None
    notes: list[WorkOrderLocationNote] | None = None
    time_zone: ScheduleTimeZone | None = None
    validation: Annotated[Validation | None, Field(description="Result of the platform's address check.")] = (
        None
    )
    status_id: Annotated[int | None, Field(description="Status id of the work order.", ge=0)] = None
    correlation_id: str | None = None
    zoom: Annotated[str | None, Field(description="Suggested map zoom (for example `13z`).")] = None
    map: Map | None = None
    actions: list[str] | None = None


class Pay(BaseModel):
    """
    The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold, computed totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The same object is embedded in the work order under `pay`.
    """

    work_order_id: Annotated[int | None, Field(ge=1)] = None
    type: Annotated[
        Type5 | None,
        Field(
            description="How the work is paid: `fixed` (flat amount), `hourly` (rate up to a maximum of hours), `blended` (flat amount for the first hours, then hourly), `device` (rate per device)."
        ),
    ] = None
    base: PayAmount | None = None
    additional: PayAmount | None = None
    role: Annotated[
        str | None,
        Field(description="Role of the caller for this work order (decides which fields are shown)."),
    ] = None
    correlation_id: str | None = None
    actions: Annotated[list[Action8] | None, Field(description="What the caller may do with the pay.")] = None
    fees: Annotated[
        list[PayModifier] | None,
        Field(description="Fees charged on the work order (cancellation, provider, buyer fees...)."),
    ] = None
    finance: PayFinance | None = None
    hold: PayModifier | None = None
    payment: PayModifier | None = None
    hours: Annotated[float | None, Field(description="Hours logged on the work order.", ge=0.0)] = None
    reported_hours: Annotated[float | None, Field(description="Hours the provider reported.", ge=0.0)] = None
    number_of_devices: Annotated[
        float | None, Field(description="Devices the provider reported (per-device pay).", ge=0.0)
    ] = None
    minimum_payment: Annotated[float | None, Field(ge=0.0)] = None
    max_pay: Annotated[
        float | None, Field(description="Highest amount the work order can pay under its rate.", ge=0.0)
    ] = None
    range: Annotated[Range | None, Field(description="Lowest and highest possible labor pay.")] = None
    labor_sum: Annotated[float | None, Field(description="Labor pay earned so far.")] = None
    total: Annotated[
        float | PayTotalSummary | None,
        Field(
            description="Total pay including modifiers and approved expenses: a number (playground), or `{amount, hours_worked}` (pay guide)."
        ),
    ] = None
    fees_cancellation_pending: bool | None = None
    passive_cancellation_amount: float | None = None
    fee_cancellation_queued: str | None = None
    fee_cancellation_charged: str | None = None
    status_id: Annotated[
        int | str | None, Field(description="Pay status id (the playground example shows a string).")
    ] = None
    funding: Annotated[
        list[dict[str, Any]] | None, Field(description="Funding transactions behind the pay.")
    ] = None
    invoice: PayInvoice | None = None
    bonuses: Annotated[
        PayModifierList | list[PayModifier] | None,
        Field(description="The bonus lines; a bare array in the pay guide's example."),
    ] = None
    penalties: Annotated[
        PayModifierList | list[PayModifier] | None,
        Field(description="The penalty lines; a bare array in the pay guide's example."),
    ] = None
    discounts: PayModifierList | None = None
    increases: PayIncreaseList | None = None
    expenses: Annotated[
        ExpenseList | PayExpenseSummary | None,
        Field(description="The expenses; only their `{pending, approved}` sums in the pay guide's example."),
    ] = None


class Problem1(BaseModel):
    """
    A problem reported on a work order.
    """

    id: Annotated[int, Field(ge=1)]
    zendesk_ticket_id: Annotated[
        int | None,
        Field(description="Support ticket ID; 0 when there is none (older reference's example).", ge=0),
    ] = None
    type: ProblemTypeRef | None = None
    comments: str | None = None
    contact: Annotated[Contact1 | None, Field(description="Who is told about the problem.")] = None
    escalate: bool | None = None
    use_provider: bool | None = None
    only_company_can_mark_resolved: bool | None = None
    resolution: ProblemResolution | None = None
    author: UserRef | None = None
    created: DateObject | None = None
    message: Annotated[
        Message1 | None, Field(description="The work order message posted with the problem.")
    ] = None
    watchers: list[Watcher] | None = None
    actions: list[Action19] | None = None


class ProblemList(BaseModel):
    """
    Problems of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not document the order), with counts and the reportable types.
    """

    metadata: ListMetadata
    results: Annotated[
        list[Problem1],
        Field(
            description="Newest first in the local sandbox (its convention); Field Nation does not document the order of this list."
        ),
    ]
    sum: Annotated[
        Sum3 | None,
        Field(
            description="Counts of problems. The playground shows `active` and `resolved`; the Android client's model has `resolved` and `unresolved`."
        ),
    ] = None
    correlation_id: str | None = None
    actions: list[Action20] | None = None
    types: Annotated[list[ProblemType] | None, Field(description="Problem types the caller may report.")] = (
        None
    )
    active: Annotated[Problem1 | None, Field(description="The problem currently open, if any.")] = None


class QualificationList(BaseModel):
    """
    The qualifications of a work order (also embedded as `qualifications` in the WorkOrder). The API answers the selection-rule wrapper (`selection_rule` holding `metadata` and `results`); the narrative guide shows a flat `{results: [...]}`. Both shapes validate: top-level `metadata` / `results` are optional and mirror `selection_rule`.
    """

    metadata: ListMetadata | None = None
    results: list[Qualification] | None = None
    selection_rule: SelectionRule | None = None
    ignored_missing_qualifications: Annotated[
        bool | None,
        Field(description="True when the buyer chose to ignore missing qualifications when assigning."),
    ] = None
    correlation_id: str | None = None
    actions: list[str] | None = None


class Schedule(BaseModel):
    """
    The schedule of a work order, as embedded in it under `schedule`.
    """

    work_order_id: Annotated[int | None, Field(ge=1)] = None
    service_window: ServiceWindow | None = None
    schedule_note: Annotated[
        str | None, Field(description="Extra information about the schedule or site access.")
    ] = None
    schedule_option: Annotated[
        ScheduleOption | None,
        Field(
            description="For `hours` windows: 1 asks the provider to commit to a hard start time when requesting or accepting the work, 0 does not."
        ),
    ] = None
    time_zone: Annotated[
        ScheduleTimeZone | str | None,
        Field(description="The time zone object (playground), or its IANA name alone (schedule guide)."),
    ] = None
    provider_eta: Annotated[
        DateObject | None, Field(description="When the provider expects to arrive (schedule guide).")
    ] = None
    status_id: Annotated[int | None, Field(description="Status id of the work order.", ge=0)] = None
    company_id: Annotated[int | None, Field(ge=0)] = None
    today_tomorrow: Annotated[
        str | None, Field(description="`today` or `tomorrow` when the window starts soon, otherwise empty.")
    ] = None
    correlation_id: str | None = None


class ScheduleInput(BaseModel):
    """
    Changes to a work order's schedule inside a work order body. Only the fields sent are changed.
    """

    service_window: ServiceWindowInput | None = None
    schedule_note: Annotated[
        str | None, Field(description="Additional information about the schedule or site.", max_length=5000)
    ] = None
    schedule_option: Annotated[
        ScheduleOption1 | None,
        Field(description="For `hours` windows, 1 requires providers to commit to a hard start time."),
    ] = None
    time_zone: ScheduleTimeZoneInput | None = None
    require_ontime: Annotated[bool | None, Field(description="Require on-time arrival (hard start).")] = None


class ScheduleUpdate(BaseModel):
    """
    Body of `PUT /workorders/{work_order_id}/schedule` (playground "work order schedule pay model"): the service window, required, plus optional note, schedule option, time zone and hard start.
    """

    service_window: ServiceWindowInput
    schedule_note: Annotated[
        str | None, Field(description="Additional information about the schedule or site.", max_length=5000)
    ] = None
    schedule_option: Annotated[
        ScheduleOption1 | None,
        Field(description="For `hours` windows, 1 requires providers to commit to a hard start time."),
    ] = None
    time_zone: ScheduleTimeZoneInput | None = None
    require_ontime: Annotated[bool | None, Field(description="Require on-time arrival (hard start).")] = None


class ServiceTerritory(BaseModel):
    """
    A geographic area of a project, with tiers of providers who cover it.
    """

    id: Annotated[str, Field(description="The territory's UUID (the `service_territory_uuid` of the paths).")]
    service_territory_id: Annotated[
        str | None, Field(description="Internal numeric id, returned as a string.", pattern="^\\d+$")
    ] = None
    name: str
    display_name: Annotated[str | None, Field(description="Name shown to providers.")] = None
    description: Annotated[str | None, Field(description="Free text (overview guide).")] = None
    project_id: Annotated[
        int | None,
        Field(description="Project the territory belongs to; null when it was created without one.", ge=1),
    ] = None
    tiers: list[TalentPoolTier] | None = None
    attributes: list[TalentPoolGroupAttribute] | None = None
    provider_count: Annotated[int | None, Field(ge=0)] = None
    created: DateObject | None = None
    providers: Annotated[
        list[ServiceTerritoryProvider] | None,
        Field(description="Providers of the territory, on the overview guide's detail example."),
    ] = None


class ServiceTerritoryList(BaseModel):
    """
    One page of service territories. The playground's cursor envelope is `data` + `pagination`; the guide's example answers `results`. Both are described and neither is required; the local sandbox sends `data` + `pagination`.
    """

    data: list[ServiceTerritory] | None = None
    results: Annotated[
        list[ServiceTerritory] | None,
        Field(description="The items, under the name the guide's example uses."),
    ] = None
    pagination: CursorPagination | None = None


class Shipment(BaseModel):
    """
    A shipment of parts or equipment tied to a work order.
    """

    id: Annotated[int, Field(ge=1)]
    user: Annotated[UserRef | None, Field(description="Who recorded the shipment.")] = None
    name: Annotated[str | None, Field(description="What is being shipped.")] = None
    direction: Annotated[
        Direction | None,
        Field(
            description="Where the shipment goes. The Android client's model lists `to site` and `from site`; the older reference and the guide also name `to provider` and `to other location`. The guide's list example writes them with underscores (`to_site`); both spellings are described."
        ),
    ] = None
    carrier: Annotated[
        ShipmentCarrier | str | None,
        Field(
            description='The carrier object (playground, older reference, clients); the shipments guide\'s list example shows the carrier as a plain name (`"FedEx"`) with `tracking_number` beside it, so a string is accepted too.'
        ),
    ] = None
    tracking_number: Annotated[
        str | None,
        Field(description="Tracking number at the top level (the shipments guide's list example)."),
    ] = None
    description: Annotated[
        str | None, Field(description="What is being shipped (the shipments guide's name for `name`).")
    ] = None
    location: ShipmentAddress | None = None
    task: Annotated[Task1 | None, Field(description="Task the shipment belongs to, if any.")] = None
    created: DateObject | None = None
    status: Annotated[
        Status12 | None,
        Field(
            description="Delivery status as the generated clients model it (capitalised, with a space); the shipments guide documents `pending`, `in_transit`, `delivered`, `delayed`, which are described too."
        ),
    ] = None
    actions: Annotated[
        list[Action23] | None, Field(description="What the caller may do with this shipment.")
    ] = None


class ShipmentList(BaseModel):
    """
    Shipments of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not document the order).
    """

    metadata: ListMetadata | None = None
    results: Annotated[
        list[Shipment],
        Field(
            description="Newest first in the local sandbox (its convention); Field Nation does not document the order of this list."
        ),
    ]
    correlation_id: str | None = None
    actions: Annotated[list[Action24] | None, Field(description="What the caller may do with the list.")] = (
        None
    )


class SiteRevisitSummary(BaseModel):
    """
    The work order's site summary: its revisits, job status, incident/site ID and the other work orders of the same incident. Answer of the incident, job-status and site-revisit writes.
    """

    revisits: Annotated[
        list[SiteRevisit] | None,
        Field(
            description="Revisits of the work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not document the order)."
        ),
    ] = None
    job_status: JobStatus | None = None
    incident_id: Annotated[str | None, Field(description="Incident/site ID; null once removed.")] = None
    related_work_orders: list[RelatedWorkOrder] | None = None


class StoredLocation(BaseModel):
    """
    A saved location that work orders can point to instead of repeating an address.
    """

    id: Annotated[int, Field(ge=1)]
    name: Annotated[
        str, Field(description="Identifier used to search saved locations; may differ from `display_name`.")
    ]
    display_name: Annotated[str | None, Field(description="Location name shown on work orders.")] = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: Annotated[str | None, Field(description="ISO 3166 country code.")] = None
    type: Annotated[
        IdName | str | None,
        Field(
            description="Location type: `{id, name}` in the object reference, the bare name (`Commercial`) in the older reference's list example. Both are accepted."
        ),
    ] = None
    group: IdName | None = None
    client: IdName | None = None
    company: IdName | None = None
    active: bool | None = None
    contact: StoredLocationContact | None = None
    notes: list[StoredLocationNote] | None = None
    attributes: list[StoredLocationAttribute] | None = None
    time_zone: StoredLocationTimeZone | None = None
    geo: StoredLocationGeo | None = None
    actions: list[Action26] | None = None


class StoredLocationList(BaseModel):
    """
    One page of active saved locations.
    """

    metadata: ListMetadata | None = None
    results: list[StoredLocation]
    actions: list[str] | None = None


class TimeLog(BaseModel):
    """
    A check-in / check-out pair recorded against a work order, with the hours between them. `out` is missing (or null) while the provider is still checked in.
    """

    id: Annotated[
        int,
        Field(
            description="Time log ID; the `workorder_hours_id` path parameter of the single-log operations.",
            ge=1,
        ),
    ]
    in_: Annotated[TimeLogCheckpoint | None, Field(alias="in")] = None
    out: TimeLogCheckpoint | None = None
    devices: Annotated[
        int | None, Field(description="Number of devices serviced; only meaningful for per-device pay.", ge=0)
    ] = None
    hours: Annotated[
        float | None,
        Field(description="Hours between check-in and check-out (decimal, e.g. 1.9167).", ge=0.0),
    ] = None
    status: Status13 | None = None
    verified: Annotated[
        bool | None, Field(description="True once the buyer has verified (approved) the logged time.")
    ] = None
    was_late: Annotated[
        bool | None, Field(description="True when the provider checked in after the scheduled start.")
    ] = None
    time_zone: TimeLogTimeZone | None = None
    logged_by: UserRef | None = None
    actions: list[str] | None = None


class TimeLogBulkItem(BaseModel):
    """
    One entry of a bulk time-log update; `id` names the log to change.
    """

    id: Annotated[int, Field(ge=1)]
    in_: Annotated[TimeLogCheckpointInput | None, Field(alias="in")] = None
    out: TimeLogCheckpointInput | None = None
    devices: Annotated[int | None, Field(ge=0)] = None
    hours: Annotated[float | None, Field(ge=0.0)] = None


class TimeLogBulkUpdate(BaseModel):
    """
    Several time logs of one work order changed in a single request.
    """

    data: Annotated[list[TimeLogBulkItem], Field(min_length=1)]


class TimeLogList(BaseModel):
    """
    The time logs of a work order (also embedded as `time_logs` in the WorkOrder), with the total hours and, while the provider is checked in, the open log.
    """

    metadata: ListMetadata | None = None
    results: Annotated[
        list[TimeLog],
        Field(
            description="Newest first in the local sandbox (its convention); Field Nation does not document the order of this list."
        ),
    ]
    hours: Annotated[float | None, Field(description="Sum of the hours of all logs.", ge=0.0)] = None
    open_time_log: TimeLog | None = None
    correlation_id: str | None = None
    actions: Annotated[
        list[str] | None, Field(description="What the caller may do with the list (e.g. `add`).")
    ] = None


class UserModel(BaseModel):
    """
    A Field Nation user: a provider (technician) or a member of a buyer company. Which fields are present depends on the user's role and on the caller's relation to the user.
    """

    id: Annotated[int, Field(ge=1)]
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    cell: str | None = None
    thumbnail: Annotated[str | None, Field(description="URL of the profile picture.")] = None
    vanity: Annotated[str | None, Field(description="Public profile name.")] = None
    user_type: Annotated[UserType | None, Field(description="Kind of user (overview page).")] = None
    role: str | None = None
    role_type: Annotated[
        str | None, Field(description="Role type of the old user object, such as `provider`.")
    ] = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None
    coords: UserCoords | None = None
    time_zone: UserTimeZone | None = None
    company: UserCompany | None = None
    rating: Annotated[
        Rating | UserRating | None, Field(description="Detailed ratings, or one number on the overview page.")
    ] = None
    jobs_completed: Annotated[
        int | None, Field(description="Number of completed work orders (overview page).", ge=0)
    ] = None
    certifications: Annotated[list[str] | None, Field(description="Certification names (overview page).")] = (
        None
    )
    types_of_work: list[TypeOfWork] | None = None
    networks: UserNetworkList | None = None
    preferred_groups: list[UserPreferredGroup] | None = None
    about: str | None = None
    tagline: str | None = None
    website: str | None = None
    notes: str | None = None
    marketplace: Annotated[bool | None, Field(description="Whether the provider takes marketplace work.")] = (
        None
    )
    managed: Annotated[
        bool | None, Field(description="Whether the provider is managed by a provider company.")
    ] = None
    w2: Annotated[
        bool | None, Field(description="Whether the user is a W-2 employee of the caller's company.")
    ] = None
    routable: bool | None = None
    assignable: bool | None = None
    unassignable: bool | None = None
    protec: Annotated[
        bool | None, Field(description="Whether the provider is in Field Nation's ProTec programme.")
    ] = None
    worked_with: Annotated[
        bool | None, Field(description="Whether the provider has worked for the caller's company before.")
    ] = None
    worker_compensation: bool | None = None
    is_end_client: bool | None = None
    last_active: DateObject | None = None
    created: DateObject | None = None
    actions: list[str] | None = None
    correlation_id: str | None = None


class WorkOrderCreate(BaseModel):
    """
    Body of a new work order. Only `title` is required: a work order with just a title is created as a draft and can be completed later, section by section. Reference ids (types of work, template, client, project, manager) come from their lookup endpoints.
    """

    title: Annotated[str, Field(description="Title of the work order.", max_length=255, min_length=1)]
    description: Annotated[
        str | WorkOrderRichText | None,
        Field(
            description="Public scope of work.",
            examples=[{"html": "<p>Swap the failed POS terminal at lane 3.</p>"}],
        ),
    ] = None
    confidential: Annotated[
        str | WorkOrderRichText | None,
        Field(
            description="Information revealed only to the assigned provider.",
            examples=[{"html": "<p>Swap the failed POS terminal at lane 3.</p>"}],
        ),
    ] = None
    types_of_work: Annotated[
        list[WorkOrderTypeOfWorkInput] | None,
        Field(description="Types of work; mark one as primary.", min_length=1),
    ] = None
    type_of_work: Annotated[
        IdRef | None,
        Field(deprecated=True, description="Single type of work (deprecated; use `types_of_work`)."),
    ] = None
    service_types: Annotated[
        list[IdRef] | None, Field(description="Service types (deprecated by Field Nation).")
    ] = None
    template: Annotated[
        IdRef | None,
        Field(
            description="Template to start from; its values fill whatever the body leaves out. `null` (legacy examples) means no template."
        ),
    ] = None
    template_id: Annotated[
        int | None,
        Field(
            description='Template id, the classification guide\'s spelling of `template.id` ("template_id in your Create request"); `template` wins when both are sent.',
            ge=1,
        ),
    ] = None
    defaultTemplateId: Annotated[
        int | None, Field(description="Id of the company's default template.", ge=1)
    ] = None
    isUniversalTemplate: Annotated[
        bool | None, Field(description="Whether `template` is a universal (cross-company) template.")
    ] = None
    ignore_template: Annotated[
        bool | None, Field(description="Do not apply the company's default template.")
    ] = None
    client: IdRef | None = None
    project: IdRef | None = None
    manager: Annotated[IdRef | None, Field(description="Owning company user; defaults to the API user.")] = (
        None
    )
    service_contract: IdRef | None = None
    team: IdRef | None = None
    networks: Annotated[
        list[IdRef] | None, Field(description="Networks (talent pools) to offer the work order in.")
    ] = None
    location: LocationInput | None = None
    schedule: ScheduleInput | None = None
    pay: PayInput | None = None
    require_ontime: Annotated[
        bool | None, Field(description="Hard start; the provider must arrive on time.")
    ] = None
    require_gps: bool | None = None
    allow_counter_offers: bool | None = None
    printable: bool | None = None
    incident_id: Annotated[
        str | None, Field(description="External incident or site id to attach.", max_length=255)
    ] = None
    site_revisit: WorkOrderSiteRevisitInfo | None = None
    equipments: Annotated[
        list[dict[str, Any]] | None,
        Field(description="Equipment records to attach (structure defined by the company's configuration)."),
    ] = None
    auto_dispatch_rule: Annotated[
        IdRef | None, Field(description="Auto-dispatch rule to apply once the work order is published.")
    ] = None
    smart_audit_rule_id: Annotated[int | None, Field(ge=1)] = None
    qualificationsEnabled: Annotated[
        bool | None, Field(description="Whether qualification requirements are enforced.")
    ] = None
    contacts: WorkOrderContactsInput | None = None
    tasks: WorkOrderTasksInput | None = None
    custom_fields: WorkOrderCustomFieldsInput | None = None
    shipments: WorkOrderShipmentsInput | None = None


class WorkOrderUpdate(BaseModel):
    """
    Partial update of a work order: send only the fields to change. Work orders in a locked state (approved, paid, cancelled) cannot be edited. The body takes the fields of a new work order (`title` optional here), plus `closing_notes` and a `status` change.
    """

    title: Annotated[
        str | None, Field(description="Title of the work order.", max_length=255, min_length=1)
    ] = None
    status: Annotated[
        Status14 | None,
        Field(
            description="Mark the work done (playground example). Only an assigned work order can be marked work done."
        ),
    ] = None
    closing_notes: Annotated[
        str | None,
        Field(description="The provider's closing notes, shown once the work is done.", max_length=10000),
    ] = None
    description: Annotated[
        str | WorkOrderRichText | None,
        Field(
            description="Public scope of work.",
            examples=[{"html": "<p>Swap the failed POS terminal at lane 3.</p>"}],
        ),
    ] = None
    confidential: Annotated[
        str | WorkOrderRichText | None,
        Field(
            description="Information revealed only to the assigned provider.",
            examples=[{"html": "<p>Swap the failed POS terminal at lane 3.</p>"}],
        ),
    ] = None
    types_of_work: Annotated[
        list[WorkOrderTypeOfWorkInput] | None,
        Field(description="Types of work; mark one as primary.", min_length=1),
    ] = None
    type_of_work: Annotated[
        IdRef | None,
        Field(deprecated=True, description="Single type of work (deprecated; use `types_of_work`)."),
    ] = None
    service_types: Annotated[
        list[IdRef] | None, Field(description="Service types (deprecated by Field Nation).")
    ] = None
    template: Annotated[IdRef | None, Field(description="Template to apply; `null` means none.")] = None
    template_id: Annotated[
        int | None,
        Field(
            description='Template id, the classification guide\'s spelling of `template.id` ("template_id in your Create request"); `template` wins when both are sent.',
            ge=1,
        ),
    ] = None
    defaultTemplateId: Annotated[
        int | None, Field(description="Id of the company's default template.", ge=1)
    ] = None
    isUniversalTemplate: Annotated[
        bool | None, Field(description="Whether `template` is a universal (cross-company) template.")
    ] = None
    ignore_template: Annotated[
        bool | None, Field(description="Do not apply the company's default template.")
    ] = None
    client: IdRef | None = None
    project: IdRef | None = None
    manager: Annotated[IdRef | None, Field(description="Owning company user.")] = None
    service_contract: IdRef | None = None
    team: IdRef | None = None
    networks: Annotated[
        list[IdRef] | None, Field(description="Networks (talent pools) to offer the work order in.")
    ] = None
    location: LocationInput | None = None
    schedule: ScheduleInput | None = None
    pay: PayInput | None = None
    require_ontime: Annotated[
        bool | None, Field(description="Hard start; the provider must arrive on time.")
    ] = None
    require_gps: bool | None = None
    allow_counter_offers: bool | None = None
    printable: bool | None = None
    incident_id: Annotated[
        str | None, Field(description="External incident or site id to attach.", max_length=255)
    ] = None
    site_revisit: WorkOrderSiteRevisitInfo | None = None
    equipments: Annotated[
        list[dict[str, Any]] | None,
        Field(description="Equipment records to attach (structure defined by the company's configuration)."),
    ] = None
    auto_dispatch_rule: Annotated[
        IdRef | None, Field(description="Auto-dispatch rule to apply once the work order is published.")
    ] = None
    smart_audit_rule_id: Annotated[int | None, Field(ge=1)] = None
    qualificationsEnabled: Annotated[
        bool | None, Field(description="Whether qualification requirements are enforced.")
    ] = None
    contacts: WorkOrderContactsInput | None = None
    tasks: WorkOrderTasksInput | None = None
    custom_fields: WorkOrderCustomFieldsInput | None = None
    shipments: WorkOrderShipmentsInput | None = None


class PendingRequest(BaseModel):
    """
    A provider's request to take a routed work order, possibly with a counter-offer (different pay, schedule or expenses). The work order embeds these under `requests`.
    """

    id: Annotated[int, Field(ge=1)]
    active: Annotated[bool | None, Field(description="Whether the request is still open.")] = None
    counter: Annotated[bool | None, Field(description="Whether the request carries a counter-offer.")] = None
    counter_notes: str | None = None
    created: DateObject | None = None
    expires: Annotated[DateObject | None, Field(description="When the request lapses if not accepted.")] = (
        None
    )
    expired: bool | None = None
    eta: Eta | None = None
    schedule: Annotated[
        Schedule | None, Field(description="Schedule the provider proposes (counter-offers).")
    ] = None
    hour_estimate: Annotated[float | None, Field(ge=0.0)] = None
    notes: str | None = None
    pay: Annotated[Pay | None, Field(description="Pay the provider proposes (counter-offers).")] = None
    expenses: Annotated[
        list[Expense] | None, Field(description="Expenses the provider asks for (counter-offers).")
    ] = None
    user: Annotated[UserRef | None, Field(description="The requesting provider.")] = None
    actions: list[Action15] | None = None


class PendingRequestList(BaseModel):
    """
    Requests providers made for a work order, newest first.
    """

    metadata: ListMetadata
    results: list[PendingRequest]
    open_request: Annotated[
        PendingRequest | None,
        Field(description="The caller's own open request, when the caller is a provider."),
    ] = None
    actions: list[Action16] | None = None


class PreferredProviderGroupUserList(BaseModel):
    """
    Answer of `GET /preferred-provider-groups/{group_id}/users`.
    """

    metadata: ListMetadata
    results: list[UserModel]
    actions: Annotated[list[Action18] | None, Field(description="Bulk actions offered on the members.")] = (
        None
    )
    params: list[dict[str, Any]] | None = None


class Signature(BaseModel):
    """
    A signature captured on the work order: who signed (`name`), the image (`data`, in the encoding named by `format`), who captured it and when.
    """

    id: Annotated[int, Field(ge=1)]
    name: Annotated[str | None, Field(description="Name of the person who signed.")] = None
    format: Annotated[
        str | None, Field(description="Encoding of `data`, for example `image/png`, `png` or `svg`.")
    ] = None
    data: Annotated[
        str | None, Field(description="The signature image (base64, optionally as a `data:` URL).")
    ] = None
    hash: Annotated[str | None, Field(description="Checksum of the stored image.")] = None
    closing_notes: Annotated[str | None, Field(description="Closing notes shown to the signer.")] = None
    author: UserRef | None = None
    created: DateObject | None = None
    time_zone: ScheduleTimeZone | None = None
    task: Annotated[
        Task4 | None, Field(description='The "Collect signature" task the signature completes, if any.')
    ] = None
    worklog: Annotated[TimeLogList | str | None, Field(description="Time logs the signer confirmed.")] = None
    actions: list[Action25] | None = None


class SignatureList(BaseModel):
    """
    The signatures of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not document the order).
    """

    metadata: ListMetadata | None = None
    results: Annotated[
        list[Signature],
        Field(
            description="Newest first in the local sandbox (its convention); Field Nation does not document the order of this list."
        ),
    ]
    correlation_id: str | None = None
    actions: Annotated[list[str] | None, Field(description="What the caller may do with the list.")] = None


class Task5(BaseModel):
    """
    One task of a work order. Which of the type-specific properties is filled depends on `type.id`: `eta` (1), `closing_notes` (2), `time_log` (3, 4), `attachments` (5, 6), `custom_field` (7), `phone` (8), `email` (9), `signature` (11), `shipment` (12), `attachment` (13).
    """

    required: Annotated[
        bool | None,
        Field(description="Whether the provider must complete the task (the tasks guide's field)."),
    ] = None
    id: Annotated[int, Field(ge=1)]
    work_order_id: Annotated[
        int | None, Field(description="Present when the task is read through the `/tasks` path.", ge=1)
    ] = None
    label: Annotated[
        str | None, Field(description="Title shown to the provider; the type's name when empty.")
    ] = None
    description: str | None = None
    descriptions: TaskDescriptions | None = None
    group: TaskGroup | None = None
    type: TaskType | None = None
    status: TaskStatusAnswer | None = None
    alerts: list[TaskAlert] | None = None
    created: DateObject | None = None
    author: UserRef | None = None
    completed: TaskCompleted | None = None
    closing_notes: str | None = None
    eta: Eta | None = None
    time_log: TimeLog | None = None
    attachments: AttachmentFolder | None = None
    custom_field: CustomField | None = None
    phone: str | None = None
    email: str | None = None
    signature: Signature | None = None
    shipment: Shipment | None = None
    attachment: Attachment | None = None
    actions: Annotated[
        list[str] | None,
        Field(
            description="What the caller may do with the task (complete, incomplete, edit, delete, alerts, reorder)."
        ),
    ] = None


class TaskList(BaseModel):
    """
    Tasks of a work order, in display order.
    """

    metadata: ListMetadata | None = None
    results: list[Task5]
    actions: Annotated[list[str] | None, Field(description="What the caller may do with the list.")] = None


class TemplateData(BaseModel):
    """
    The work order fields saved in a template, shaped like a work order. Only the fields the template sets are present.
    """

    title: str | None = None
    type_of_work: TypeOfWork | None = None
    additional_type_of_works: list[TypeOfWork] | None = None
    service_types: list[ServiceType] | None = None
    client: IdName | None = None
    project: IdName | None = None
    template: IdRef | None = None
    team: IdRef | None = None
    manager: UserRef | None = None
    networks: list[IdName] | None = None
    printable: bool | None = None
    allow_counter_offers: bool | None = None
    require_gps: bool | None = None
    w2: Annotated[bool | None, Field(description="Whether the work is meant for W-2 employees.")] = None
    description: TemplateRichText | None = None
    confidential: TemplateRichText | None = None
    location: Location | None = None
    pay: Pay | None = None
    contacts: ContactList | None = None
    tasks: TaskList | None = None
    custom_fields: CustomFieldList | None = None
    attachments: AttachmentFolderList | None = None


class WorkOrder(BaseModel):
    """
    A work order as the API returns it. Which sections are present depends on the `columns` the caller asked for (and on the operation): lists return a handful of columns, the detail call and most writes return the whole object. Every section is therefore optional except `id`. Sub-resources (contacts, tasks, pay, ...) are embedded under the same key their own endpoints use, as list envelopes (`metadata` + `results`).
    """

    id: Annotated[int, Field(description="Work order id.", ge=1)]
    work_order_id: Annotated[
        int | None, Field(description="The same id repeated; newer answers carry both keys.", ge=1)
    ] = None
    title: Annotated[str | None, Field(description="Short title shown to providers.")] = None
    href: Annotated[str | None, Field(description="API URL of the work order.")] = None
    description: Annotated[
        WorkOrderRichText | None,
        Field(description="Public scope of work, visible to providers before assignment."),
    ] = None
    confidential: Annotated[
        WorkOrderRichText | None,
        Field(description="Confidential information, shown only to the assigned provider."),
    ] = None
    policy_and_procedures: Annotated[
        WorkOrderRichText | None, Field(description="Company policies copied onto the work order.")
    ] = None
    standard_instructions: Annotated[
        WorkOrderRichText | None,
        Field(description="Company standard instructions copied onto the work order."),
    ] = None
    closing_notes: Annotated[str | None, Field(description="Closing notes written by the provider.")] = None
    status: WorkOrderStatus | None = None
    type_of_work: Annotated[
        WorkOrderTypeOfWork | None,
        Field(description="Primary type of work (older single-valued field; see `types_of_work`)."),
    ] = None
    types_of_work: Annotated[
        list[WorkOrderTypeOfWork] | WorkOrderTypesOfWorkList | None,
        Field(
            description="All types of work of the work order. Older answers give an array of `{id, name, isPrimary}`; the current playground shows a list envelope (`metadata` + `results`). Both shapes are accepted."
        ),
    ] = None
    service_types: Annotated[
        list[IdName] | None,
        Field(description="Service types (deprecated by Field Nation in favour of types of work)."),
    ] = None
    company: Annotated[IdName | None, Field(description="The buyer company that owns the work order.")] = None
    client: Annotated[IdName | None, Field(description="The company's end client the work is done for.")] = (
        None
    )
    project: IdName | None = None
    template: Annotated[IdName | None, Field(description="Template the work order was created from.")] = None
    service_contract: IdName | None = None
    team: IdName | None = None
    manager: Annotated[
        UserRef | None,
        Field(description="The company user who owns the work order (defaults to the API user)."),
    ] = None
    assignee: WorkOrderAssignee | None = None
    networks: WorkOrderNetworks | None = None
    incident_id: Annotated[
        str | None, Field(description="External incident or site id attached to the work order.")
    ] = None
    site_revisit: WorkOrderSiteRevisitInfo | None = None
    printable: Annotated[bool | None, Field(description="Whether providers may print the work order.")] = None
    allow_counter_offers: Annotated[
        bool | None, Field(description="Whether providers may send counter-offers.")
    ] = None
    require_gps: Annotated[bool | None, Field(description="Whether check-in requires GPS.")] = None
    require_ontime: Annotated[
        bool | None, Field(description="Hard start; the provider must arrive on time.")
    ] = None
    w2: Annotated[
        bool | None, Field(description="Whether the work is done by a W-2 employee of the company.")
    ] = None
    pay: Pay | None = None
    schedule: Schedule | None = None
    eta: Eta | None = None
    location: Location | None = None
    contacts: ContactList | None = None
    tasks: TaskList | None = None
    custom_fields: CustomFieldList | None = None
    shipments: ShipmentList | None = None
    tags: TagList | None = None
    problems: ProblemList | None = None
    signatures: SignatureList | None = None
    time_logs: TimeLogList | None = None
    qualifications: QualificationList | None = None
    messages: MessageList | None = None
    attachments: AttachmentFolderList | None = None
    milestones: Milestones | None = None
    requests: PendingRequestList | None = None
    bundle: Bundle | None = None
    site_revisits: SiteRevisitList | None = None
    created: Annotated[DateObject | None, Field(description="When the work order was created.")] = None
    updated: Annotated[DateObject | None, Field(description="When the work order last changed.")] = None
    correlation_id: Annotated[str | None, Field(description="Request id to quote to support.")] = None
    actions: Annotated[
        list[str] | None,
        Field(
            description="Actions the caller may take on the work order now (`publish`, `route`, `approve`, ...)."
        ),
    ] = None


class WorkOrderList(BaseModel):
    """
    A page of work orders (`metadata` + `results`), each holding the requested `columns`.
    """

    metadata: ListMetadata
    results: list[WorkOrder]
    actions: Annotated[
        list[str] | None, Field(description="Actions the caller may take on the list (`add`, ...).")
    ] = None
    correlation_id: str | None = None


class PendingProvider(BaseModel):
    """
    One provider in the work order's provider list (`GET /workorders/{work_order_id}/providers`): the provider's identity plus how they relate to this work order (routed, requesting, worked with before).
    """

    id: Annotated[int, Field(description="The provider's user ID.", ge=1)]
    first_name: str | None = None
    last_name: str | None = None
    thumbnail: str | None = None
    w2: Annotated[bool | None, Field(description="Whether the provider is the company's W-2 employee.")] = (
        None
    )
    correlation_id: str | None = None
    routable: bool | None = None
    marketplace: bool | None = None
    worked_with: Annotated[
        bool | None, Field(description="Whether the company has worked with the provider before.")
    ] = None
    has_request: Annotated[
        bool | None, Field(description="Whether the provider has an open request; `request` is then filled.")
    ] = None
    managed: bool | None = None
    can_request: bool | None = None
    route: Annotated[
        Route | None, Field(description="Present when the work order was routed to this provider.")
    ] = None
    request: PendingRequest | None = None
    previous_request: PendingRequest | None = None
    selection_rule: Annotated[
        dict[str, Any] | None,
        Field(description="How the provider scored against the work order's selection rule."),
    ] = None
    provider_scoring: Annotated[
        dict[str, Any] | None, Field(description="Scoring details used to rank the provider.")
    ] = None


class PendingProviderList(BaseModel):
    """
    Providers related to a work order, filtered by the `list` parameter (for pending requests: `find_providers_pending_assignment`).
    """

    metadata: ListMetadata | None = None
    results: list[PendingProvider]
    actions: list[Action14] | None = None
    params: Annotated[list[dict[str, Any]] | None, Field(description="Filters applied to the list.")] = None
    lists: Annotated[
        list[dict[str, Any]] | None, Field(description="Other provider lists the caller can ask for.")
    ] = None


class Template(BaseModel):
    """
    A saved work order template. The list (`GET /templates`) returns the summary fields; `GET /templates/{template_id}` adds `company`, `company_attributes` and `data`, the work-order-shaped payload that a new work order created from the template starts with.
    """

    id: Annotated[int, Field(ge=1)]
    name: str
    default: Annotated[bool | None, Field(description="Whether this is the company's default template.")] = (
        None
    )
    work_order_title: Annotated[
        str | None, Field(description="Title given to work orders created from the template.")
    ] = None
    work_orders: Annotated[
        int | None, Field(description="Number of work orders created from the template.", ge=0)
    ] = None
    type_of_work: TypeOfWork | None = None
    client: IdName | None = None
    project: IdName | None = None
    service_contract: IdName | None = None
    company: IdName | None = None
    company_attributes: Annotated[
        CompanyAttributes | None,
        Field(description="Company settings that affect how the template may be edited."),
    ] = None
    author: UserRef | None = None
    created: DateObject | None = None
    updated: DateObject | None = None
    actions: Annotated[
        list[Action29] | None, Field(description="What the caller may do with the template.")
    ] = None
    data: TemplateData | None = None


class TemplateList(BaseModel):
    """
    Page-based list answered by `GET /templates`.
    """

    metadata: ListMetadata | None = None
    results: list[Template]
    actions: Annotated[list[str] | None, Field(description="Actions available on the list as a whole.")] = (
        None
    )
    params: Annotated[
        list[dict[str, Any]] | None, Field(description="Echo of the list parameters the server applied.")
    ] = None
    lists: Annotated[
        list[dict[str, Any]] | None, Field(description="Saved list views offered by the UI.")
    ] = None
    search_text: str | None = None
    correlation_id: str | None = None


class Project1(BaseModel):
    """
    A project of the company, grouping work orders for one client or programme.
    """

    id: Annotated[int, Field(ge=1)]
    name: str
    status: ProjectStatus | None = None
    client_id: Annotated[int | None, Field(ge=1)] = None
    company_id: Annotated[
        int | str | None, Field(description="Owning company; the playground example sends it as a string.")
    ] = None
    client: IdName | None = None
    manager: UserRef | None = None
    secondary_contact: UserRef | None = None
    description: str | None = None
    policy_and_procedures: str | None = None
    standard_instructions: str | None = None
    cancellation_fee: Annotated[
        float | None,
        Field(description="Fee paid to the provider when an assigned work order is cancelled.", ge=0.0),
    ] = None
    late_notification: Annotated[
        bool | None, Field(description="Whether providers are notified when they are running late.")
    ] = None
    active: Annotated[bool | None, Field(description="Shown by the overview page instead of `status`.")] = (
        None
    )
    template_id: Annotated[int | None, Field(description="Default template (overview page).", ge=1)] = None
    work_orders_count: Annotated[
        int | None, Field(description="Number of work orders in the project (overview page).", ge=0)
    ] = None
    work_orders_counts: ProjectWorkOrderCounts | None = None
    finance: ProjectFinance | None = None
    service_contract: IdName | None = None
    network: IdName | None = None
    selection_rule: IdName | None = None
    auto_dispatch: ProjectAutoDispatch | None = None
    notifications: ProjectNotifications | None = None
    contacts: ContactList | None = None
    templates: TemplateList | None = None
    created: DateObject | None = None
    start: DateObject | None = None
    end: DateObject | None = None
    actions: Annotated[
        list[Action21] | None, Field(description="What the caller may do with the project.")
    ] = None
    correlation_id: str | None = None


class ProjectList(BaseModel):
    """
    Page-based list answered by `GET /projects`. The projects guide's example carries only `results`, so `metadata` is not required.
    """

    metadata: ListMetadata | None = None
    results: list[Project1]
    actions: Annotated[
        list[Action22] | None,
        Field(description="Actions available on the list (`add` when the caller may create projects)."),
    ] = None


Message.model_rebuild()
