"""All data models of the API. Each class is imported on first access (module ``__getattr__``)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = {
    "CreateWorkOrderAttachmentBody": "create_work_order_attachment_body",
    "CursorPagination": "cursor_pagination",
    "Error": "error",
    "ListMetadata": "list_metadata",
    "ListTalentPoolGroupsResponse200": "list_talent_pool_groups_response_200",
    "ListWorkOrdersList": "list_work_orders_list",
    "TalentPoolGroup": "talent_pool_group",
    "Token": "token",
    "TokenRequest": "token_request",
    "TokenRequestGrantType": "token_request_grant_type",
    "WorkOrder": "work_order",
    "WorkOrderCreate": "work_order_create",
    "WorkOrderList": "work_order_list",
    "WorkOrderStatus": "work_order_status",
    "WorkOrderStatusId": "work_order_status_id",
    "WorkOrderStatusName": "work_order_status_name",
}

__all__ = sorted(_MODULES)

if TYPE_CHECKING:
    from .create_work_order_attachment_body import (
        CreateWorkOrderAttachmentBody as CreateWorkOrderAttachmentBody,
    )
    from .cursor_pagination import CursorPagination as CursorPagination
    from .error import Error as Error
    from .list_metadata import ListMetadata as ListMetadata
    from .list_talent_pool_groups_response_200 import (
        ListTalentPoolGroupsResponse200 as ListTalentPoolGroupsResponse200,
    )
    from .list_work_orders_list import ListWorkOrdersList as ListWorkOrdersList
    from .talent_pool_group import TalentPoolGroup as TalentPoolGroup
    from .token import Token as Token
    from .token_request import TokenRequest as TokenRequest
    from .token_request_grant_type import TokenRequestGrantType as TokenRequestGrantType
    from .work_order import WorkOrder as WorkOrder
    from .work_order_create import WorkOrderCreate as WorkOrderCreate
    from .work_order_list import WorkOrderList as WorkOrderList
    from .work_order_status import WorkOrderStatus as WorkOrderStatus
    from .work_order_status_id import WorkOrderStatusId as WorkOrderStatusId
    from .work_order_status_name import WorkOrderStatusName as WorkOrderStatusName


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
