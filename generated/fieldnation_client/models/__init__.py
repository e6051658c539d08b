"""All data models of the API. Each class is imported on first access (module ``__getattr__``)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = {
    "AsyncJob": "async_job",
    "AsyncJobStatus": "async_job_status",
    "Attachment": "attachment",
    "AttachmentActionsItem": "attachment_actions_item",
    "AttachmentCoords": "attachment_coords",
    "AttachmentFile": "attachment_file",
    "AttachmentFolder": "attachment_folder",
    "AttachmentFolderInput": "attachment_folder_input",
    "AttachmentFolderInputType": "attachment_folder_input_type",
    "AttachmentFolderList": "attachment_folder_list",
    "AttachmentFolderListSum": "attachment_folder_list_sum",
    "AttachmentFolderType": "attachment_folder_type",
    "AttachmentStatus": "attachment_status",
    "AttachmentTaskRef": "attachment_task_ref",
    "AttachmentUpdate": "attachment_update",
    "AttachmentUpdateStatus": "attachment_update_status",
    "AttachmentUpload": "attachment_upload",
    "AttachmentUploadForceUpload": "attachment_upload_force_upload",
    "AttachmentUploadMetadata": "attachment_upload_metadata",
    "AttachmentUploadMetadataFile": "attachment_upload_metadata_file",
    "AutoDispatchRequest": "auto_dispatch_request",
    "AutoDispatchRequestShouldRouteType1": "auto_dispatch_request_should_route_type_1",
    "AutoDispatchResponse": "auto_dispatch_response",
    "AutoDispatchWorker": "auto_dispatch_worker",
    "AutoDispatchWorkerCreated": "auto_dispatch_worker_created",
    "AutoDispatchWorkerPayload": "auto_dispatch_worker_payload",
    "AutoDispatchWorkerPayloadAdditionalParamsItem": "auto_dispatch_worker_payload_additional_params_item",
    "AutoDispatchWorkerPayloadBody": "auto_dispatch_worker_payload_body",
    "AutoDispatchWorkerPayloadBodyTiersItem": "auto_dispatch_worker_payload_body_tiers_item",
    "AutoDispatchWorkerPayloadQueryItem": "auto_dispatch_worker_payload_query_item",
    "AutoDispatchWorkerResponse": "auto_dispatch_worker_response",
    "AutoDispatchWorkerUser": "auto_dispatch_worker_user",
    "BonusInput": "bonus_input",
    "Bundle": "bundle",
    "BundleActionsItem": "bundle_actions_item",
    "BundleCreateRequest": "bundle_create_request",
    "BundleCreated": "bundle_created",
    "BundleRequest": "bundle_request",
    "BundleValidation": "bundle_validation",
    "BundleValidationMessageType1": "bundle_validation_message_type_1",
    "BundleValidationParams": "bundle_validation_params",
    "BundledWorkOrder": "bundled_work_order",
    "Client": "client",
    "ClientAction": "client_action",
    "ClientInput": "client_input",
    "ClientList": "client_list",
    "ClientProjects": "client_projects",
    "ClientWorkOrderCounts": "client_work_order_counts",
    "CompanyCustomField": "company_custom_field",
    "CompanyCustomFieldActionsItem": "company_custom_field_actions_item",
    "CompanyCustomFieldCategory": "company_custom_field_category",
    "CompanyCustomFieldDependency": "company_custom_field_dependency",
    "CompanyCustomFieldDependencyOperator": "company_custom_field_dependency_operator",
    "CompanyCustomFieldFilledBy": "company_custom_field_filled_by",
    "CompanyCustomFieldFlagsItem": "company_custom_field_flags_item",
    "CompanyCustomFieldList": "company_custom_field_list",
    "CompanyCustomFieldRole": "company_custom_field_role",
    "CompanyCustomFieldType": "company_custom_field_type",
    "CompanyExpenseCategory": "company_expense_category",
    "CompanyExpenseCategoryActionsItem": "company_expense_category_actions_item",
    "CompanyExpenseCategoryList": "company_expense_category_list",
    "CompanyExpenseCategoryListActionsItem": "company_expense_category_list_actions_item",
    "CompanyExpenseCategoryType": "company_expense_category_type",
    "CompanyManager": "company_manager",
    "CompanyNetwork": "company_network",
    "CompanyNetworkAccessItem": "company_network_access_item",
    "CompanyNetworkList": "company_network_list",
    "CompanyNetworkOption": "company_network_option",
    "CompanyReason": "company_reason",
    "CompanyReasonList": "company_reason_list",
    "CompanyTag": "company_tag",
    "CompanyTagActionsItem": "company_tag_actions_item",
    "CompanyTagInput": "company_tag_input",
    "CompanyTagList": "company_tag_list",
    "CompanyTagListActionsItem": "company_tag_list_actions_item",
    "CompanyTagListParamsItem": "company_tag_list_params_item",
    "CompanyTagStatus": "company_tag_status",
    "CompanyTagType": "company_tag_type",
    "Contact": "contact",
    "ContactInput": "contact_input",
    "ContactList": "contact_list",
    "ContactRole": "contact_role",
    "ContactUpdate": "contact_update",
    "CursorPagination": "cursor_pagination",
    "CustomField": "custom_field",
    "CustomFieldCategory": "custom_field_category",
    "CustomFieldDependency": "custom_field_dependency",
    "CustomFieldDependencyOperator": "custom_field_dependency_operator",
    "CustomFieldFilledBy": "custom_field_filled_by",
    "CustomFieldList": "custom_field_list",
    "CustomFieldRole": "custom_field_role",
    "CustomFieldType": "custom_field_type",
    "CustomFieldUpdate": "custom_field_update",
    "DateObject": "date_object",
    "DateObjectLocal": "date_object_local",
    "DispatchRule": "dispatch_rule",
    "DispatchRuleCriteria": "dispatch_rule_criteria",
    "DispatchSettings": "dispatch_settings",
    "DispatchSettingsCreate": "dispatch_settings_create",
    "DispatchSettingsUpdate": "dispatch_settings_update",
    "EmptyAnswer": "empty_answer",
    "Error": "error",
    "ErrorDetail": "error_detail",
    "ErrorExtraItem": "error_extra_item",
    "Eta": "eta",
    "EtaActionsItem": "eta_actions_item",
    "EtaCondition": "eta_condition",
    "EtaConditionCoords": "eta_condition_coords",
    "EtaConditionStatus": "eta_condition_status",
    "EtaMode": "eta_mode",
    "EtaStatus": "eta_status",
    "EtaStatusName": "eta_status_name",
    "EtaTask": "eta_task",
    "Expense": "expense",
    "ExpenseCategory": "expense_category",
    "ExpenseCategoryRef": "expense_category_ref",
    "ExpenseCategoryType": "expense_category_type",
    "ExpenseCompanyExpense": "expense_company_expense",
    "ExpenseInput": "expense_input",
    "ExpenseInputReceipt": "expense_input_receipt",
    "ExpenseList": "expense_list",
    "ExpenseListTotals": "expense_list_totals",
    "ExpenseReceipt": "expense_receipt",
    "ExpenseStatus": "expense_status",
    "ExpenseUpdate": "expense_update",
    "ExpenseUpdateReceipt": "expense_update_receipt",
    "ExpenseUpdateStatus": "expense_update_status",
    "ExpensesSum": "expenses_sum",
    "IdName": "id_name",
    "IdRef": "id_ref",
    "IncidentInput": "incident_input",
    "JobStatus": "job_status",
    "JobStatusHistoryEntry": "job_status_history_entry",
    "JobStatusHistoryEntryStatus": "job_status_history_entry_status",
    "JobStatusInput": "job_status_input",
    "JobStatusInputStatus": "job_status_input_status",
    "JobStatusReason": "job_status_reason",
    "JobStatusStatus": "job_status_status",
    "ListClientsFDeactivated": "list_clients_f_deactivated",
    "ListClientsFDeleted": "list_clients_f_deleted",
    "ListMetadata": "list_metadata",
    "ListMetadataOrder": "list_metadata_order",
    "ListProviderAttributesSortDirection": "list_provider_attributes_sort_direction",
    "ListServiceTerritoriesSortDirection": "list_service_territories_sort_direction",
    "ListServiceTerritoryProvidersSortDirection": "list_service_territory_providers_sort_direction",
    "ListSiteRevisitReasonsActionType": "list_site_revisit_reasons_action_type",
    "ListTalentPoolGroupProvidersSortDirection": "list_talent_pool_group_providers_sort_direction",
    "ListTalentPoolGroupsSortDirection": "list_talent_pool_groups_sort_direction",
    "ListWorkOrderListsList": "list_work_order_lists_list",
    "ListWorkOrderPendingRequestsList": "list_work_order_pending_requests_list",
    "ListWorkOrdersList": "list_work_orders_list",
    "ListWorkOrdersOrder": "list_work_orders_order",
    "ListWorkOrdersView": "list_work_orders_view",
    "Location": "location",
    "LocationInput": "location_input",
    "LocationInputCoordinates": "location_input_coordinates",
    "LocationInputMode": "location_input_mode",
    "LocationMap": "location_map",
    "LocationMode": "location_mode",
    "LocationValidation": "location_validation",
    "Message": "message",
    "MessageInput": "message_input",
    "MessageInputTo": "message_input_to",
    "MessageList": "message_list",
    "MessageProblem": "message_problem",
    "MessageReplyInput": "message_reply_input",
    "MessageType": "message_type",
    "MessageUser": "message_user",
    "MilestoneStep": "milestone_step",
    "MilestoneStepActor": "milestone_step_actor",
    "MilestoneSteps": "milestone_steps",
    "Milestones": "milestones",
    "Pay": "pay",
    "PayActionsItem": "pay_actions_item",
    "PayAmount": "pay_amount",
    "PayAmountInput": "pay_amount_input",
    "PayExpenseSummary": "pay_expense_summary",
    "PayFinance": "pay_finance",
    "PayFundingItem": "pay_funding_item",
    "PayIncrease": "pay_increase",
    "PayIncreaseActionsItem": "pay_increase_actions_item",
    "PayIncreaseApprovedBy": "pay_increase_approved_by",
    "PayIncreaseList": "pay_increase_list",
    "PayIncreaseListSum": "pay_increase_list_sum",
    "PayIncreaseStatus": "pay_increase_status",
    "PayIncreaseUpdate": "pay_increase_update",
    "PayIncreaseUpdateStatus": "pay_increase_update_status",
    "PayInput": "pay_input",
    "PayInputType": "pay_input_type",
    "PayInvoice": "pay_invoice",
    "PayModifier": "pay_modifier",
    "PayModifierActionsItem": "pay_modifier_actions_item",
    "PayModifierCalculation": "pay_modifier_calculation",
    "PayModifierDefinition": "pay_modifier_definition",
    "PayModifierDefinitionActionsItem": "pay_modifier_definition_actions_item",
    "PayModifierDefinitionCalculation": "pay_modifier_definition_calculation",
    "PayModifierDefinitionList": "pay_modifier_definition_list",
    "PayModifierDefinitionListActionsItem": "pay_modifier_definition_list_actions_item",
    "PayModifierList": "pay_modifier_list",
    "PayModifierListActionsItem": "pay_modifier_list_actions_item",
    "PayModifierListSum": "pay_modifier_list_sum",
    "PayModifierRefsInput": "pay_modifier_refs_input",
    "PayModifierRefsInputResultsItem": "pay_modifier_refs_input_results_item",
    "PayModifierSum": "pay_modifier_sum",
    "PayRange": "pay_range",
    "PayRate": "pay_rate",
    "PayRateType": "pay_rate_type",
    "PayTotalSummary": "pay_total_summary",
    "PayType": "pay_type",
    "PenaltyInput": "penalty_input",
    "PendingProvider": "pending_provider",
    "PendingProviderList": "pending_provider_list",
    "PendingProviderListActionsItem": "pending_provider_list_actions_item",
    "PendingProviderListListsItem": "pending_provider_list_lists_item",
    "PendingProviderListParamsItem": "pending_provider_list_params_item",
    "PendingProviderProviderScoring": "pending_provider_provider_scoring",
    "PendingProviderRoute": "pending_provider_route",
    "PendingProviderSelectionRule": "pending_provider_selection_rule",
    "PendingRequest": "pending_request",
    "PendingRequestActionsItem": "pending_request_actions_item",
    "PendingRequestList": "pending_request_list",
    "PendingRequestListActionsItem": "pending_request_list_actions_item",
    "PreferredProviderGroup": "preferred_provider_group",
    "PreferredProviderGroupActionsItem": "preferred_provider_group_actions_item",
    "PreferredProviderGroupList": "preferred_provider_group_list",
    "PreferredProviderGroupListParamsItem": "preferred_provider_group_list_params_item",
    "PreferredProviderGroupProviderIds": "preferred_provider_group_provider_ids",
    "PreferredProviderGroupUserList": "preferred_provider_group_user_list",
    "PreferredProviderGroupUserListActionsItem": "preferred_provider_group_user_list_actions_item",
    "PreferredProviderGroupUserListParamsItem": "preferred_provider_group_user_list_params_item",
    "PreferredProviderGroupUsersInput": "preferred_provider_group_users_input",
    "Problem": "problem",
    "ProblemActionsItem": "problem_actions_item",
    "ProblemContact": "problem_contact",
    "ProblemDetails": "problem_details",
    "ProblemDetailsAgent": "problem_details_agent",
    "ProblemDetailsErrorsItem": "problem_details_errors_item",
    "ProblemInput": "problem_input",
    "ProblemList": "problem_list",
    "ProblemListActionsItem": "problem_list_actions_item",
    "ProblemListSum": "problem_list_sum",
    "ProblemMessage": "problem_message",
    "ProblemResolution": "problem_resolution",
    "ProblemResolutionAllowedResolversItem": "problem_resolution_allowed_resolvers_item",
    "ProblemResolutionStatus": "problem_resolution_status",
    "ProblemResolutionTime": "problem_resolution_time",
    "ProblemSubType": "problem_sub_type",
    "ProblemType": "problem_type",
    "ProblemTypeRef": "problem_type_ref",
    "ProblemUpdate": "problem_update",
    "ProblemUpdateResolution": "problem_update_resolution",
    "ProblemUpdateResolutionStatus": "problem_update_resolution_status",
    "ProblemUpdateStatus": "problem_update_status",
    "Project": "project",
    "ProjectActionsItem": "project_actions_item",
    "ProjectAutoDispatch": "project_auto_dispatch",
    "ProjectCreate": "project_create",
    "ProjectFinance": "project_finance",
    "ProjectList": "project_list",
    "ProjectListActionsItem": "project_list_actions_item",
    "ProjectNotificationText": "project_notification_text",
    "ProjectNotifications": "project_notifications",
    "ProjectProviderAssignments": "project_provider_assignments",
    "ProjectProviderAssignmentsUpdate": "project_provider_assignments_update",
    "ProjectProvidersAdd": "project_providers_add",
    "ProjectStatus": "project_status",
    "ProjectTalentPoolGroupAssignment": "project_talent_pool_group_assignment",
    "ProjectWorkOrderCounts": "project_work_order_counts",
    "ProviderAttribute": "provider_attribute",
    "ProviderAttributeBulkUpdate": "provider_attribute_bulk_update",
    "ProviderAttributeBulkUpdateItem": "provider_attribute_bulk_update_item",
    "ProviderAttributeCreate": "provider_attribute_create",
    "ProviderAttributeInput": "provider_attribute_input",
    "ProviderAttributeList": "provider_attribute_list",
    "ProviderAttributeResult": "provider_attribute_result",
    "ProviderAttributeUpdate": "provider_attribute_update",
    "ProviderCancelInput": "provider_cancel_input",
    "ProviderDelayInput": "provider_delay_input",
    "ProviderDelayInputNewEta": "provider_delay_input_new_eta",
    "Qualification": "qualification",
    "QualificationInput": "qualification_input",
    "QualificationList": "qualification_list",
    "QualificationRuleInput": "qualification_rule_input",
    "RelatedWorkOrder": "related_work_order",
    "Schedule": "schedule",
    "ScheduleInput": "schedule_input",
    "ScheduleInputScheduleOption": "schedule_input_schedule_option",
    "ScheduleScheduleOption": "schedule_schedule_option",
    "ScheduleTimeZone": "schedule_time_zone",
    "ScheduleTimeZoneInput": "schedule_time_zone_input",
    "ScheduleUpdate": "schedule_update",
    "ScheduleUpdateScheduleOption": "schedule_update_schedule_option",
    "SelectionRule": "selection_rule",
    "SelectionRuleInput": "selection_rule_input",
    "SelectionRuleSum": "selection_rule_sum",
    "ServiceTerritory": "service_territory",
    "ServiceTerritoryInput": "service_territory_input",
    "ServiceTerritoryList": "service_territory_list",
    "ServiceTerritoryProvider": "service_territory_provider",
    "ServiceTerritoryProviderList": "service_territory_provider_list",
    "ServiceTerritoryUpdate": "service_territory_update",
    "ServiceType": "service_type",
    "ServiceTypeList": "service_type_list",
    "ServiceWindow": "service_window",
    "ServiceWindowInput": "service_window_input",
    "ServiceWindowInputMode": "service_window_input_mode",
    "ServiceWindowMode": "service_window_mode",
    "Shipment": "shipment",
    "ShipmentActionsItem": "shipment_actions_item",
    "ShipmentAddress": "shipment_address",
    "ShipmentCarrier": "shipment_carrier",
    "ShipmentCarrierCreate": "shipment_carrier_create",
    "ShipmentCarrierCreateName": "shipment_carrier_create_name",
    "ShipmentCarrierInput": "shipment_carrier_input",
    "ShipmentCarrierInputName": "shipment_carrier_input_name",
    "ShipmentCarrierName": "shipment_carrier_name",
    "ShipmentDirection": "shipment_direction",
    "ShipmentDirectionInput": "shipment_direction_input",
    "ShipmentInput": "shipment_input",
    "ShipmentInputTask": "shipment_input_task",
    "ShipmentList": "shipment_list",
    "ShipmentListActionsItem": "shipment_list_actions_item",
    "ShipmentStatus": "shipment_status",
    "ShipmentStatusInput": "shipment_status_input",
    "ShipmentTask": "shipment_task",
    "ShipmentUpdate": "shipment_update",
    "ShipmentUpdateTask": "shipment_update_task",
    "Signature": "signature",
    "SignatureActionsItem": "signature_actions_item",
    "SignatureInput": "signature_input",
    "SignatureList": "signature_list",
    "SignatureTask": "signature_task",
    "SiteRevisit": "site_revisit",
    "SiteRevisitInput": "site_revisit_input",
    "SiteRevisitInputScheduled": "site_revisit_input_scheduled",
    "SiteRevisitList": "site_revisit_list",
    "SiteRevisitSummary": "site_revisit_summary",
    "SiteRevisitUpdate": "site_revisit_update",
    "SiteRevisitUpdateScheduled": "site_revisit_update_scheduled",
    "SmartDispatchRequest": "smart_dispatch_request",
    "SmartDispatchResult": "smart_dispatch_result",
    "SmartDispatchWorkOrder": "smart_dispatch_work_order",
    "StoredLocation": "stored_location",
    "StoredLocationActionsItem": "stored_location_actions_item",
    "StoredLocationAttribute": "stored_location_attribute",
    "StoredLocationContact": "stored_location_contact",
    "StoredLocationCreated": "stored_location_created",
    "StoredLocationGeo": "stored_location_geo",
    "StoredLocationInput": "stored_location_input",
    "StoredLocationList": "stored_location_list",
    "StoredLocationNote": "stored_location_note",
    "StoredLocationNotePrivateType1": "stored_location_note_private_type_1",
    "StoredLocationTimeZone": "stored_location_time_zone",
    "Success": "success",
    "Tag": "tag",
    "TagActionsItem": "tag_actions_item",
    "TagInput": "tag_input",
    "TagList": "tag_list",
    "TagListActionsItem": "tag_list_actions_item",
    "TagTypesItem": "tag_types_item",
    "TagValidStatusesItem": "tag_valid_statuses_item",
    "TalentPoolGroup": "talent_pool_group",
    "TalentPoolGroupAttribute": "talent_pool_group_attribute",
    "TalentPoolGroupInput": "talent_pool_group_input",
    "TalentPoolGroupList": "talent_pool_group_list",
    "TalentPoolGroupProvider": "talent_pool_group_provider",
    "TalentPoolGroupProviderList": "talent_pool_group_provider_list",
    "TalentPoolGroupUpdate": "talent_pool_group_update",
    "TalentPoolNewTierInput": "talent_pool_new_tier_input",
    "TalentPoolProviderRemoval": "talent_pool_provider_removal",
    "TalentPoolTier": "talent_pool_tier",
    "TalentPoolTierInput": "talent_pool_tier_input",
    "Task": "task",
    "TaskAlert": "task_alert",
    "TaskAlertInput": "task_alert_input",
    "TaskAlertsDeletedItem": "task_alerts_deleted_item",
    "TaskBulkUpdateItem": "task_bulk_update_item",
    "TaskCompleted": "task_completed",
    "TaskCompletedBy": "task_completed_by",
    "TaskCompletedLocal": "task_completed_local",
    "TaskDescriptions": "task_descriptions",
    "TaskGroup": "task_group",
    "TaskGroupId": "task_group_id",
    "TaskInput": "task_input",
    "TaskInputGroupType0": "task_input_group_type_0",
    "TaskInputType": "task_input_type",
    "TaskList": "task_list",
    "TaskStatus": "task_status",
    "TaskStatusAnswer": "task_status_answer",
    "TaskType": "task_type",
    "TaskTypeId": "task_type_id",
    "TaskUpdate": "task_update",
    "TaskUpdateType": "task_update_type",
    "TasksBulkUpdate": "tasks_bulk_update",
    "Template": "template",
    "TemplateActionsItem": "template_actions_item",
    "TemplateCompanyAttributes": "template_company_attributes",
    "TemplateData": "template_data",
    "TemplateList": "template_list",
    "TemplateListListsItem": "template_list_lists_item",
    "TemplateListParamsItem": "template_list_params_item",
    "TemplateRichText": "template_rich_text",
    "TimeLog": "time_log",
    "TimeLogBulkItem": "time_log_bulk_item",
    "TimeLogBulkUpdate": "time_log_bulk_update",
    "TimeLogCheckpoint": "time_log_checkpoint",
    "TimeLogCheckpointInput": "time_log_checkpoint_input",
    "TimeLogCheckpointInputLocal": "time_log_checkpoint_input_local",
    "TimeLogCoords": "time_log_coords",
    "TimeLogInput": "time_log_input",
    "TimeLogList": "time_log_list",
    "TimeLogStatus": "time_log_status",
    "TimeLogTimeZone": "time_log_time_zone",
    "Token": "token",
    "TokenClientCredentialsGrant": "token_client_credentials_grant",
    "TokenPasswordGrant": "token_password_grant",
    "TokenRefreshGrant": "token_refresh_grant",
    "TokenUser": "token_user",
    "TypeOfWork": "type_of_work",
    "TypeOfWorkList": "type_of_work_list",
    "TypeOfWorkListParamsItem": "type_of_work_list_params_item",
    "UnbundleRequest": "unbundle_request",
    "User": "user",
    "UserCompany": "user_company",
    "UserCoords": "user_coords",
    "UserNetwork": "user_network",
    "UserNetworkList": "user_network_list",
    "UserNetworkSettings": "user_network_settings",
    "UserPreferredGroup": "user_preferred_group",
    "UserRating": "user_rating",
    "UserRatingScore": "user_rating_score",
    "UserRef": "user_ref",
    "UserTimeZone": "user_time_zone",
    "UserUserType": "user_user_type",
    "WorkOrder": "work_order",
    "WorkOrderAssignRequest": "work_order_assign_request",
    "WorkOrderAssignRequestConflictsItem": "work_order_assign_request_conflicts_item",
    "WorkOrderAssignee": "work_order_assignee",
    "WorkOrderCancel": "work_order_cancel",
    "WorkOrderContactsInput": "work_order_contacts_input",
    "WorkOrderCreate": "work_order_create",
    "WorkOrderCreateEquipmentsItem": "work_order_create_equipments_item",
    "WorkOrderCustomFieldValueInput": "work_order_custom_field_value_input",
    "WorkOrderCustomFieldsInput": "work_order_custom_fields_input",
    "WorkOrderCustomFieldsInputResultsItem": "work_order_custom_fields_input_results_item",
    "WorkOrderList": "work_order_list",
    "WorkOrderListTab": "work_order_list_tab",
    "WorkOrderLocationCoordinates": "work_order_location_coordinates",
    "WorkOrderLocationNote": "work_order_location_note",
    "WorkOrderLocationSavedRef": "work_order_location_saved_ref",
    "WorkOrderLocationSavedRefContact": "work_order_location_saved_ref_contact",
    "WorkOrderLocationSavedRefGroup": "work_order_location_saved_ref_group",
    "WorkOrderMassRouteRequest": "work_order_mass_route_request",
    "WorkOrderNetworks": "work_order_networks",
    "WorkOrderNetworksActive": "work_order_networks_active",
    "WorkOrderRichText": "work_order_rich_text",
    "WorkOrderRouteRequest": "work_order_route_request",
    "WorkOrderSelectionRule": "work_order_selection_rule",
    "WorkOrderSelectionRuleRulesItem": "work_order_selection_rule_rules_item",
    "WorkOrderSelectionRuleRulesItemOperator": "work_order_selection_rule_rules_item_operator",
    "WorkOrderShipmentsInput": "work_order_shipments_input",
    "WorkOrderSiteRevisitInfo": "work_order_site_revisit_info",
    "WorkOrderSiteRevisitInfoIncompleteReason": "work_order_site_revisit_info_incomplete_reason",
    "WorkOrderSiteRevisitInfoJobStatus": "work_order_site_revisit_info_job_status",
    "WorkOrderStatus": "work_order_status",
    "WorkOrderStatusId": "work_order_status_id",
    "WorkOrderStatusName": "work_order_status_name",
    "WorkOrderTasksInput": "work_order_tasks_input",
    "WorkOrderTypeOfWork": "work_order_type_of_work",
    "WorkOrderTypeOfWorkInput": "work_order_type_of_work_input",
    "WorkOrderTypesOfWorkList": "work_order_types_of_work_list",
    "WorkOrderUnassignRequest": "work_order_unassign_request",
    "WorkOrderUpdate": "work_order_update",
    "WorkOrderUpdateEquipmentsItem": "work_order_update_equipments_item",
    "WorkOrderUpdateStatus": "work_order_update_status",
}

__all__ = sorted(_MODULES)

if TYPE_CHECKING:
    from .async_job import AsyncJob as AsyncJob
    from .async_job_status import AsyncJobStatus as AsyncJobStatus
    from .attachment import Attachment as Attachment
    from .attachment_actions_item import AttachmentActionsItem as AttachmentActionsItem
    from .attachment_coords import AttachmentCoords as AttachmentCoords
    from .attachment_file import AttachmentFile as AttachmentFile
    from .attachment_folder import AttachmentFolder as AttachmentFolder
    from .attachment_folder_input import AttachmentFolderInput as AttachmentFolderInput
    from .attachment_folder_input_type import AttachmentFolderInputType as AttachmentFolderInputType
    from .attachment_folder_list import AttachmentFolderList as AttachmentFolderList
    from .attachment_folder_list_sum import AttachmentFolderListSum as AttachmentFolderListSum
    from .attachment_folder_type import AttachmentFolderType as AttachmentFolderType
    from .attachment_status import AttachmentStatus as AttachmentStatus
    from .attachment_task_ref import AttachmentTaskRef as AttachmentTaskRef
    from .attachment_update import AttachmentUpdate as AttachmentUpdate
    from .attachment_update_status import AttachmentUpdateStatus as AttachmentUpdateStatus
    from .attachment_upload import AttachmentUpload as AttachmentUpload
    from .attachment_upload_force_upload import AttachmentUploadForceUpload as AttachmentUploadForceUpload
    from .attachment_upload_metadata import AttachmentUploadMetadata as AttachmentUploadMetadata
    from .attachment_upload_metadata_file import AttachmentUploadMetadataFile as AttachmentUploadMetadataFile
    from .auto_dispatch_request import AutoDispatchRequest as AutoDispatchRequest
    from .auto_dispatch_request_should_route_type_1 import (
        AutoDispatchRequestShouldRouteType1 as AutoDispatchRequestShouldRouteType1,
    )
    from .auto_dispatch_response import AutoDispatchResponse as AutoDispatchResponse
    from .auto_dispatch_worker import AutoDispatchWorker as AutoDispatchWorker
    from .auto_dispatch_worker_created import AutoDispatchWorkerCreated as AutoDispatchWorkerCreated
    from .auto_dispatch_worker_payload import AutoDispatchWorkerPayload as AutoDispatchWorkerPayload
    from .auto_dispatch_worker_payload_additional_params_item import (
        AutoDispatchWorkerPayloadAdditionalParamsItem as AutoDispatchWorkerPayloadAdditionalParamsItem,
    )
    from .auto_dispatch_worker_payload_body import (
        AutoDispatchWorkerPayloadBody as AutoDispatchWorkerPayloadBody,
    )
    from .auto_dispatch_worker_payload_body_tiers_item import (
        AutoDispatchWorkerPayloadBodyTiersItem as AutoDispatchWorkerPayloadBodyTiersItem,
    )
    from .auto_dispatch_worker_payload_query_item import (
        AutoDispatchWorkerPayloadQueryItem as AutoDispatchWorkerPayloadQueryItem,
    )
    from .auto_dispatch_worker_response import AutoDispatchWorkerResponse as AutoDispatchWorkerResponse
    from .auto_dispatch_worker_user import AutoDispatchWorkerUser as AutoDispatchWorkerUser
    from .bonus_input import BonusInput as BonusInput
    from .bundle import Bundle as Bundle
    from .bundle_actions_item import BundleActionsItem as BundleActionsItem
    from .bundle_create_request import BundleCreateRequest as BundleCreateRequest
    from .bundle_created import BundleCreated as BundleCreated
    from .bundle_request import BundleRequest as BundleRequest
    from .bundle_validation import BundleValidation as BundleValidation
    from .bundle_validation_message_type_1 import BundleValidationMessageType1 as BundleValidationMessageType1
    from .bundle_validation_params import BundleValidationParams as BundleValidationParams
    from .bundled_work_order import BundledWorkOrder as BundledWorkOrder
    from .client import Client as Client
    from .client_action import ClientAction as ClientAction
    from .client_input import ClientInput as ClientInput
    from .client_list import ClientList as ClientList
    from .client_projects import ClientProjects as ClientProjects
    from .client_work_order_counts import ClientWorkOrderCounts as ClientWorkOrderCounts
    from .company_custom_field import CompanyCustomField as CompanyCustomField
    from .company_custom_field_actions_item import (
        CompanyCustomFieldActionsItem as CompanyCustomFieldActionsItem,
    )
    from .company_custom_field_category import CompanyCustomFieldCategory as CompanyCustomFieldCategory
    from .company_custom_field_dependency import CompanyCustomFieldDependency as CompanyCustomFieldDependency
    from .company_custom_field_dependency_operator import (
        CompanyCustomFieldDependencyOperator as CompanyCustomFieldDependencyOperator,
    )
    from .company_custom_field_filled_by import CompanyCustomFieldFilledBy as CompanyCustomFieldFilledBy
    from .company_custom_field_flags_item import CompanyCustomFieldFlagsItem as CompanyCustomFieldFlagsItem
    from .company_custom_field_list import CompanyCustomFieldList as CompanyCustomFieldList
    from .company_custom_field_role import CompanyCustomFieldRole as CompanyCustomFieldRole
    from .company_custom_field_type import CompanyCustomFieldType as CompanyCustomFieldType
    from .company_expense_category import CompanyExpenseCategory as CompanyExpenseCategory
    from .company_expense_category_actions_item import (
        CompanyExpenseCategoryActionsItem as CompanyExpenseCategoryActionsItem,
    )
    from .company_expense_category_list import CompanyExpenseCategoryList as CompanyExpenseCategoryList
    from .company_expense_category_list_actions_item import (
        CompanyExpenseCategoryListActionsItem as CompanyExpenseCategoryListActionsItem,
    )
    from .company_expense_category_type import CompanyExpenseCategoryType as CompanyExpenseCategoryType
    from .company_manager import CompanyManager as CompanyManager
    from .company_network import CompanyNetwork as CompanyNetwork
    from .company_network_access_item import CompanyNetworkAccessItem as CompanyNetworkAccessItem
    from .company_network_list import CompanyNetworkList as CompanyNetworkList
    from .company_network_option import CompanyNetworkOption as CompanyNetworkOption
    from .company_reason import CompanyReason as CompanyReason
    from .company_reason_list import CompanyReasonList as CompanyReasonList
    from .company_tag import CompanyTag as CompanyTag
    from .company_tag_actions_item import CompanyTagActionsItem as CompanyTagActionsItem
    from .company_tag_input import CompanyTagInput as CompanyTagInput
    from .company_tag_list import CompanyTagList as CompanyTagList
    from .company_tag_list_actions_item import CompanyTagListActionsItem as CompanyTagListActionsItem
    from .company_tag_list_params_item import CompanyTagListParamsItem as CompanyTagListParamsItem
    from .company_tag_status import CompanyTagStatus as CompanyTagStatus
    from .company_tag_type import CompanyTagType as CompanyTagType
    from .contact import Contact as Contact
    from .contact_input import ContactInput as ContactInput
    from .contact_list import ContactList as ContactList
    from .contact_role import ContactRole as ContactRole
    from .contact_update import ContactUpdate as ContactUpdate
    from .cursor_pagination import CursorPagination as CursorPagination
    from .custom_field import CustomField as CustomField
    from .custom_field_category import CustomFieldCategory as CustomFieldCategory
    from .custom_field_dependency import CustomFieldDependency as CustomFieldDependency
    from .custom_field_dependency_operator import (
        CustomFieldDependencyOperator as CustomFieldDependencyOperator,
    )
    from .custom_field_filled_by import CustomFieldFilledBy as CustomFieldFilledBy
    from .custom_field_list import CustomFieldList as CustomFieldList
    from .custom_field_role import CustomFieldRole as CustomFieldRole
    from .custom_field_type import CustomFieldType as CustomFieldType
    from .custom_field_update import CustomFieldUpdate as CustomFieldUpdate
    from .date_object import DateObject as DateObject
    from .date_object_local import DateObjectLocal as DateObjectLocal
    from .dispatch_rule import DispatchRule as DispatchRule
    from .dispatch_rule_criteria import DispatchRuleCriteria as DispatchRuleCriteria
    from .dispatch_settings import DispatchSettings as DispatchSettings
    from .dispatch_settings_create import DispatchSettingsCreate as DispatchSettingsCreate
    from .dispatch_settings_update import DispatchSettingsUpdate as DispatchSettingsUpdate
    from .empty_answer import EmptyAnswer as EmptyAnswer
    from .error import Error as Error
    from .error_detail import ErrorDetail as ErrorDetail
    from .error_extra_item import ErrorExtraItem as ErrorExtraItem
    from .eta import Eta as Eta
    from .eta_actions_item import EtaActionsItem as EtaActionsItem
    from .eta_condition import EtaCondition as EtaCondition
    from .eta_condition_coords import EtaConditionCoords as EtaConditionCoords
    from .eta_condition_status import EtaConditionStatus as EtaConditionStatus
    from .eta_mode import EtaMode as EtaMode
    from .eta_status import EtaStatus as EtaStatus
    from .eta_status_name import EtaStatusName as EtaStatusName
    from .eta_task import EtaTask as EtaTask
    from .expense import Expense as Expense
    from .expense_category import ExpenseCategory as ExpenseCategory
    from .expense_category_ref import ExpenseCategoryRef as ExpenseCategoryRef
    from .expense_category_type import ExpenseCategoryType as ExpenseCategoryType
    from .expense_company_expense import ExpenseCompanyExpense as ExpenseCompanyExpense
    from .expense_input import ExpenseInput as ExpenseInput
    from .expense_input_receipt import ExpenseInputReceipt as ExpenseInputReceipt
    from .expense_list import ExpenseList as ExpenseList
    from .expense_list_totals import ExpenseListTotals as ExpenseListTotals
    from .expense_receipt import ExpenseReceipt as ExpenseReceipt
    from .expense_status import ExpenseStatus as ExpenseStatus
    from .expense_update import ExpenseUpdate as ExpenseUpdate
    from .expense_update_receipt import ExpenseUpdateReceipt as ExpenseUpdateReceipt
    from .expense_update_status import ExpenseUpdateStatus as ExpenseUpdateStatus
    from .expenses_sum import ExpensesSum as ExpensesSum
    from .id_name import IdName as IdName
    from .id_ref import IdRef as IdRef
    from .incident_input import IncidentInput as IncidentInput
    from .job_status import JobStatus as JobStatus
    from .job_status_history_entry import JobStatusHistoryEntry as JobStatusHistoryEntry
    from .job_status_history_entry_status import JobStatusHistoryEntryStatus as JobStatusHistoryEntryStatus
    from .job_status_input import JobStatusInput as JobStatusInput
    from .job_status_input_status import JobStatusInputStatus as JobStatusInputStatus
    from .job_status_reason import JobStatusReason as JobStatusReason
    from .job_status_status import JobStatusStatus as JobStatusStatus
    from .list_clients_f_deactivated import ListClientsFDeactivated as ListClientsFDeactivated
    from .list_clients_f_deleted import ListClientsFDeleted as ListClientsFDeleted
    from .list_metadata import ListMetadata as ListMetadata
    from .list_metadata_order import ListMetadataOrder as ListMetadataOrder
    from .list_provider_attributes_sort_direction import (
        ListProviderAttributesSortDirection as ListProviderAttributesSortDirection,
    )
    from .list_service_territories_sort_direction import (
        ListServiceTerritoriesSortDirection as ListServiceTerritoriesSortDirection,
    )
    from .list_service_territory_providers_sort_direction import (
        ListServiceTerritoryProvidersSortDirection as ListServiceTerritoryProvidersSortDirection,
    )
    from .list_site_revisit_reasons_action_type import (
        ListSiteRevisitReasonsActionType as ListSiteRevisitReasonsActionType,
    )
    from .list_talent_pool_group_providers_sort_direction import (
        ListTalentPoolGroupProvidersSortDirection as ListTalentPoolGroupProvidersSortDirection,
    )
    from .list_talent_pool_groups_sort_direction import (
        ListTalentPoolGroupsSortDirection as ListTalentPoolGroupsSortDirection,
    )
    from .list_work_order_lists_list import ListWorkOrderListsList as ListWorkOrderListsList
    from .list_work_order_pending_requests_list import (
        ListWorkOrderPendingRequestsList as ListWorkOrderPendingRequestsList,
    )
    from .list_work_orders_list import ListWorkOrdersList as ListWorkOrdersList
    from .list_work_orders_order import ListWorkOrdersOrder as ListWorkOrdersOrder
    from .list_work_orders_view import ListWorkOrdersView as ListWorkOrdersView
    from .location import Location as Location
    from .location_input import LocationInput as LocationInput
    from .location_input_coordinates import LocationInputCoordinates as LocationInputCoordinates
    from .location_input_mode import LocationInputMode as LocationInputMode
    from .location_map import LocationMap as LocationMap
    from .location_mode import LocationMode as LocationMode
    from .location_validation import LocationValidation as LocationValidation
    from .message import Message as Message
    from .message_input import MessageInput as MessageInput
    from .message_input_to import MessageInputTo as MessageInputTo
    from .message_list import MessageList as MessageList
    from .message_problem import MessageProblem as MessageProblem
    from .message_reply_input import MessageReplyInput as MessageReplyInput
    from .message_type import MessageType as MessageType
    from .message_user import MessageUser as MessageUser
    from .milestone_step import MilestoneStep as MilestoneStep
    from .milestone_step_actor import MilestoneStepActor as MilestoneStepActor
    from .milestone_steps import MilestoneSteps as MilestoneSteps
    from .milestones import Milestones as Milestones
    from .pay import Pay as Pay
    from .pay_actions_item import PayActionsItem as PayActionsItem
    from .pay_amount import PayAmount as PayAmount
    from .pay_amount_input import PayAmountInput as PayAmountInput
    from .pay_expense_summary import PayExpenseSummary as PayExpenseSummary
    from .pay_finance import PayFinance as PayFinance
    from .pay_funding_item import PayFundingItem as PayFundingItem
    from .pay_increase import PayIncrease as PayIncrease
    from .pay_increase_actions_item import PayIncreaseActionsItem as PayIncreaseActionsItem
    from .pay_increase_approved_by import PayIncreaseApprovedBy as PayIncreaseApprovedBy
    from .pay_increase_list import PayIncreaseList as PayIncreaseList
    from .pay_increase_list_sum import PayIncreaseListSum as PayIncreaseListSum
    from .pay_increase_status import PayIncreaseStatus as PayIncreaseStatus
    from .pay_increase_update import PayIncreaseUpdate as PayIncreaseUpdate
    from .pay_increase_update_status import PayIncreaseUpdateStatus as PayIncreaseUpdateStatus
    from .pay_input import PayInput as PayInput
    from .pay_input_type import PayInputType as PayInputType
    from .pay_invoice import PayInvoice as PayInvoice
    from .pay_modifier import PayModifier as PayModifier
    from .pay_modifier_actions_item import PayModifierActionsItem as PayModifierActionsItem
    from .pay_modifier_calculation import PayModifierCalculation as PayModifierCalculation
    from .pay_modifier_definition import PayModifierDefinition as PayModifierDefinition
    from .pay_modifier_definition_actions_item import (
        PayModifierDefinitionActionsItem as PayModifierDefinitionActionsItem,
    )
    from .pay_modifier_definition_calculation import (
        PayModifierDefinitionCalculation as PayModifierDefinitionCalculation,
    )
    from .pay_modifier_definition_list import PayModifierDefinitionList as PayModifierDefinitionList
    from .pay_modifier_definition_list_actions_item import (
        PayModifierDefinitionListActionsItem as PayModifierDefinitionListActionsItem,
    )
    from .pay_modifier_list import PayModifierList as PayModifierList
    from .pay_modifier_list_actions_item import PayModifierListActionsItem as PayModifierListActionsItem
    from .pay_modifier_list_sum import PayModifierListSum as PayModifierListSum
    from .pay_modifier_refs_input import PayModifierRefsInput as PayModifierRefsInput
    from .pay_modifier_refs_input_results_item import (
        PayModifierRefsInputResultsItem as PayModifierRefsInputResultsItem,
    )
    from .pay_modifier_sum import PayModifierSum as PayModifierSum
    from .pay_range import PayRange as PayRange
    from .pay_rate import PayRate as PayRate
    from .pay_rate_type import PayRateType as PayRateType
    from .pay_total_summary import PayTotalSummary as PayTotalSummary
    from .pay_type import PayType as PayType
    from .penalty_input import PenaltyInput as PenaltyInput
    from .pending_provider import PendingProvider as PendingProvider
    from .pending_provider_list import PendingProviderList as PendingProviderList
    from .pending_provider_list_actions_item import (
        PendingProviderListActionsItem as PendingProviderListActionsItem,
    )
    from .pending_provider_list_lists_item import PendingProviderListListsItem as PendingProviderListListsItem
    from .pending_provider_list_params_item import (
        PendingProviderListParamsItem as PendingProviderListParamsItem,
    )
    from .pending_provider_provider_scoring import (
        PendingProviderProviderScoring as PendingProviderProviderScoring,
    )
    from .pending_provider_route import PendingProviderRoute as PendingProviderRoute
    from .pending_provider_selection_rule import PendingProviderSelectionRule as PendingProviderSelectionRule
    from .pending_request import PendingRequest as PendingRequest
    from .pending_request_actions_item import PendingRequestActionsItem as PendingRequestActionsItem
    from .pending_request_list import PendingRequestList as PendingRequestList
    from .pending_request_list_actions_item import (
        PendingRequestListActionsItem as PendingRequestListActionsItem,
    )
    from .preferred_provider_group import PreferredProviderGroup as PreferredProviderGroup
    from .preferred_provider_group_actions_item import (
        PreferredProviderGroupActionsItem as PreferredProviderGroupActionsItem,
    )
    from .preferred_provider_group_list import PreferredProviderGroupList as PreferredProviderGroupList
    from .preferred_provider_group_list_params_item import (
        PreferredProviderGroupListParamsItem as PreferredProviderGroupListParamsItem,
    )
    from .preferred_provider_group_provider_ids import (
        PreferredProviderGroupProviderIds as PreferredProviderGroupProviderIds,
    )
    from .preferred_provider_group_user_list import (
        PreferredProviderGroupUserList as PreferredProviderGroupUserList,
    )
    from .preferred_provider_group_user_list_actions_item import (
        PreferredProviderGroupUserListActionsItem as PreferredProviderGroupUserListActionsItem,
    )
    from .preferred_provider_group_user_list_params_item import (
        PreferredProviderGroupUserListParamsItem as PreferredProviderGroupUserListParamsItem,
    )
    from .preferred_provider_group_users_input import (
        PreferredProviderGroupUsersInput as PreferredProviderGroupUsersInput,
    )
    from .problem import Problem as Problem
    from .problem_actions_item import ProblemActionsItem as ProblemActionsItem
    from .problem_contact import ProblemContact as ProblemContact
    from .problem_details import ProblemDetails as ProblemDetails
    from .problem_details_agent import ProblemDetailsAgent as ProblemDetailsAgent
    from .problem_details_errors_item import ProblemDetailsErrorsItem as ProblemDetailsErrorsItem
    from .problem_input import ProblemInput as ProblemInput
    from .problem_list import ProblemList as ProblemList
    from .problem_list_actions_item import ProblemListActionsItem as ProblemListActionsItem
    from .problem_list_sum import ProblemListSum as ProblemListSum
    from .problem_message import ProblemMessage as ProblemMessage
    from .problem_resolution import ProblemResolution as ProblemResolution
    from .problem_resolution_allowed_resolvers_item import (
        ProblemResolutionAllowedResolversItem as ProblemResolutionAllowedResolversItem,
    )
    from .problem_resolution_status import ProblemResolutionStatus as ProblemResolutionStatus
    from .problem_resolution_time import ProblemResolutionTime as ProblemResolutionTime
    from .problem_sub_type import ProblemSubType as ProblemSubType
    from .problem_type import ProblemType as ProblemType
    from .problem_type_ref import ProblemTypeRef as ProblemTypeRef
    from .problem_update import ProblemUpdate as ProblemUpdate
    from .problem_update_resolution import ProblemUpdateResolution as ProblemUpdateResolution
    from .problem_update_resolution_status import (
        ProblemUpdateResolutionStatus as ProblemUpdateResolutionStatus,
    )
    from .problem_update_status import ProblemUpdateStatus as ProblemUpdateStatus
    from .project import Project as Project
    from .project_actions_item import ProjectActionsItem as ProjectActionsItem
    from .project_auto_dispatch import ProjectAutoDispatch as ProjectAutoDispatch
    from .project_create import ProjectCreate as ProjectCreate
    from .project_finance import ProjectFinance as ProjectFinance
    from .project_list import ProjectList as ProjectList
    from .project_list_actions_item import ProjectListActionsItem as ProjectListActionsItem
    from .project_notification_text import ProjectNotificationText as ProjectNotificationText
    from .project_notifications import ProjectNotifications as ProjectNotifications
    from .project_provider_assignments import ProjectProviderAssignments as ProjectProviderAssignments
    from .project_provider_assignments_update import (
        ProjectProviderAssignmentsUpdate as ProjectProviderAssignmentsUpdate,
    )
    from .project_providers_add import ProjectProvidersAdd as ProjectProvidersAdd
    from .project_status import ProjectStatus as ProjectStatus
    from .project_talent_pool_group_assignment import (
        ProjectTalentPoolGroupAssignment as ProjectTalentPoolGroupAssignment,
    )
    from .project_work_order_counts import ProjectWorkOrderCounts as ProjectWorkOrderCounts
    from .provider_attribute import ProviderAttribute as ProviderAttribute
    from .provider_attribute_bulk_update import ProviderAttributeBulkUpdate as ProviderAttributeBulkUpdate
    from .provider_attribute_bulk_update_item import (
        ProviderAttributeBulkUpdateItem as ProviderAttributeBulkUpdateItem,
    )
    from .provider_attribute_create import ProviderAttributeCreate as ProviderAttributeCreate
    from .provider_attribute_input import ProviderAttributeInput as ProviderAttributeInput
    from .provider_attribute_list import ProviderAttributeList as ProviderAttributeList
    from .provider_attribute_result import ProviderAttributeResult as ProviderAttributeResult
    from .provider_attribute_update import ProviderAttributeUpdate as ProviderAttributeUpdate
    from .provider_cancel_input import ProviderCancelInput as ProviderCancelInput
    from .provider_delay_input import ProviderDelayInput as ProviderDelayInput
    from .provider_delay_input_new_eta import ProviderDelayInputNewEta as ProviderDelayInputNewEta
    from .qualification import Qualification as Qualification
    from .qualification_input import QualificationInput as QualificationInput
    from .qualification_list import QualificationList as QualificationList
    from .qualification_rule_input import QualificationRuleInput as QualificationRuleInput
    from .related_work_order import RelatedWorkOrder as RelatedWorkOrder
    from .schedule import Schedule as Schedule
    from .schedule_input import ScheduleInput as ScheduleInput
    from .schedule_input_schedule_option import ScheduleInputScheduleOption as ScheduleInputScheduleOption
    from .schedule_schedule_option import ScheduleScheduleOption as ScheduleScheduleOption
    from .schedule_time_zone import ScheduleTimeZone as ScheduleTimeZone
    from .schedule_time_zone_input import ScheduleTimeZoneInput as ScheduleTimeZoneInput
    from .schedule_update import ScheduleUpdate as ScheduleUpdate
    from .schedule_update_schedule_option import ScheduleUpdateScheduleOption as ScheduleUpdateScheduleOption
    from .selection_rule import SelectionRule as SelectionRule
    from .selection_rule_input import SelectionRuleInput as SelectionRuleInput
    from .selection_rule_sum import SelectionRuleSum as SelectionRuleSum
    from .service_territory import ServiceTerritory as ServiceTerritory
    from .service_territory_input import ServiceTerritoryInput as ServiceTerritoryInput
    from .service_territory_list import ServiceTerritoryList as ServiceTerritoryList
    from .service_territory_provider import ServiceTerritoryProvider as ServiceTerritoryProvider
    from .service_territory_provider_list import ServiceTerritoryProviderList as ServiceTerritoryProviderList
    from .service_territory_update import ServiceTerritoryUpdate as ServiceTerritoryUpdate
    from .service_type import ServiceType as ServiceType
    from .service_type_list import ServiceTypeList as ServiceTypeList
    from .service_window import ServiceWindow as ServiceWindow
    from .service_window_input import ServiceWindowInput as ServiceWindowInput
    from .service_window_input_mode import ServiceWindowInputMode as ServiceWindowInputMode
    from .service_window_mode import ServiceWindowMode as ServiceWindowMode
    from .shipment import Shipment as Shipment
    from .shipment_actions_item import ShipmentActionsItem as ShipmentActionsItem
    from .shipment_address import ShipmentAddress as ShipmentAddress
    from .shipment_carrier import ShipmentCarrier as ShipmentCarrier
    from .shipment_carrier_create import ShipmentCarrierCreate as ShipmentCarrierCreate
    from .shipment_carrier_create_name import ShipmentCarrierCreateName as ShipmentCarrierCreateName
    from .shipment_carrier_input import ShipmentCarrierInput as ShipmentCarrierInput
    from .shipment_carrier_input_name import ShipmentCarrierInputName as ShipmentCarrierInputName
    from .shipment_carrier_name import ShipmentCarrierName as ShipmentCarrierName
    from .shipment_direction import ShipmentDirection as ShipmentDirection
    from .shipment_direction_input import ShipmentDirectionInput as ShipmentDirectionInput
    from .shipment_input import ShipmentInput as ShipmentInput
    from .shipment_input_task import ShipmentInputTask as ShipmentInputTask
    from .shipment_list import ShipmentList as ShipmentList
    from .shipment_list_actions_item import ShipmentListActionsItem as ShipmentListActionsItem
    from .shipment_status import ShipmentStatus as ShipmentStatus
    from .shipment_status_input import ShipmentStatusInput as ShipmentStatusInput
    from .shipment_task import ShipmentTask as ShipmentTask
    from .shipment_update import ShipmentUpdate as ShipmentUpdate
    from .shipment_update_task import ShipmentUpdateTask as ShipmentUpdateTask
    from .signature import Signature as Signature
    from .signature_actions_item import SignatureActionsItem as SignatureActionsItem
    from .signature_input import SignatureInput as SignatureInput
    from .signature_list import SignatureList as SignatureList
    from .signature_task import SignatureTask as SignatureTask
    from .site_revisit import SiteRevisit as SiteRevisit
    from .site_revisit_input import SiteRevisitInput as SiteRevisitInput
    from .site_revisit_input_scheduled import SiteRevisitInputScheduled as SiteRevisitInputScheduled
    from .site_revisit_list import SiteRevisitList as SiteRevisitList
    from .site_revisit_summary import SiteRevisitSummary as SiteRevisitSummary
    from .site_revisit_update import SiteRevisitUpdate as SiteRevisitUpdate
    from .site_revisit_update_scheduled import SiteRevisitUpdateScheduled as SiteRevisitUpdateScheduled
    from .smart_dispatch_request import SmartDispatchRequest as SmartDispatchRequest
    from .smart_dispatch_result import SmartDispatchResult as SmartDispatchResult
    from .smart_dispatch_work_order import SmartDispatchWorkOrder as SmartDispatchWorkOrder
    from .stored_location import StoredLocation as StoredLocation
    from .stored_location_actions_item import StoredLocationActionsItem as StoredLocationActionsItem
    from .stored_location_attribute import StoredLocationAttribute as StoredLocationAttribute
    from .stored_location_contact import StoredLocationContact as StoredLocationContact
    from .stored_location_created import StoredLocationCreated as StoredLocationCreated
    from .stored_location_geo import StoredLocationGeo as StoredLocationGeo
    from .stored_location_input import StoredLocationInput as StoredLocationInput
    from .stored_location_list import StoredLocationList as StoredLocationList
    from .stored_location_note import StoredLocationNote as StoredLocationNote
    from .stored_location_note_private_type_1 import (
        StoredLocationNotePrivateType1 as StoredLocationNotePrivateType1,
    )
    from .stored_location_time_zone import StoredLocationTimeZone as StoredLocationTimeZone
    from .success import Success as Success
    from .tag import Tag as Tag
    from .tag_actions_item import TagActionsItem as TagActionsItem
    from .tag_input import TagInput as TagInput
    from .tag_list import TagList as TagList
    from .tag_list_actions_item import TagListActionsItem as TagListActionsItem
    from .tag_types_item import TagTypesItem as TagTypesItem
    from .tag_valid_statuses_item import TagValidStatusesItem as TagValidStatusesItem
    from .talent_pool_group import TalentPoolGroup as TalentPoolGroup
    from .talent_pool_group_attribute import TalentPoolGroupAttribute as TalentPoolGroupAttribute
    from .talent_pool_group_input import TalentPoolGroupInput as TalentPoolGroupInput
    from .talent_pool_group_list import TalentPoolGroupList as TalentPoolGroupList
    from .talent_pool_group_provider import TalentPoolGroupProvider as TalentPoolGroupProvider
    from .talent_pool_group_provider_list import TalentPoolGroupProviderList as TalentPoolGroupProviderList
    from .talent_pool_group_update import TalentPoolGroupUpdate as TalentPoolGroupUpdate
    from .talent_pool_new_tier_input import TalentPoolNewTierInput as TalentPoolNewTierInput
    from .talent_pool_provider_removal import TalentPoolProviderRemoval as TalentPoolProviderRemoval
    from .talent_pool_tier import TalentPoolTier as TalentPoolTier
    from .talent_pool_tier_input import TalentPoolTierInput as TalentPoolTierInput
    from .task import Task as Task
    from .task_alert import TaskAlert as TaskAlert
    from .task_alert_input import TaskAlertInput as TaskAlertInput
    from .task_alerts_deleted_item import TaskAlertsDeletedItem as TaskAlertsDeletedItem
    from .task_bulk_update_item import TaskBulkUpdateItem as TaskBulkUpdateItem
    from .task_completed import TaskCompleted as TaskCompleted
    from .task_completed_by import TaskCompletedBy as TaskCompletedBy
    from .task_completed_local import TaskCompletedLocal as TaskCompletedLocal
    from .task_descriptions import TaskDescriptions as TaskDescriptions
    from .task_group import TaskGroup as TaskGroup
    from .task_group_id import TaskGroupId as TaskGroupId
    from .task_input import TaskInput as TaskInput
    from .task_input_group_type_0 import TaskInputGroupType0 as TaskInputGroupType0
    from .task_input_type import TaskInputType as TaskInputType
    from .task_list import TaskList as TaskList
    from .task_status import TaskStatus as TaskStatus
    from .task_status_answer import TaskStatusAnswer as TaskStatusAnswer
    from .task_type import TaskType as TaskType
    from .task_type_id import TaskTypeId as TaskTypeId
    from .task_update import TaskUpdate as TaskUpdate
    from .task_update_type import TaskUpdateType as TaskUpdateType
    from .tasks_bulk_update import TasksBulkUpdate as TasksBulkUpdate
    from .template import Template as Template
    from .template_actions_item import TemplateActionsItem as TemplateActionsItem
    from .template_company_attributes import TemplateCompanyAttributes as TemplateCompanyAttributes
    from .template_data import TemplateData as TemplateData
    from .template_list import TemplateList as TemplateList
    from .template_list_lists_item import TemplateListListsItem as TemplateListListsItem
    from .template_list_params_item import TemplateListParamsItem as TemplateListParamsItem
    from .template_rich_text import TemplateRichText as TemplateRichText
    from .time_log import TimeLog as TimeLog
    from .time_log_bulk_item import TimeLogBulkItem as TimeLogBulkItem
    from .time_log_bulk_update import TimeLogBulkUpdate as TimeLogBulkUpdate
    from .time_log_checkpoint import TimeLogCheckpoint as TimeLogCheckpoint
    from .time_log_checkpoint_input import TimeLogCheckpointInput as TimeLogCheckpointInput
    from .time_log_checkpoint_input_local import TimeLogCheckpointInputLocal as TimeLogCheckpointInputLocal
    from .time_log_coords import TimeLogCoords as TimeLogCoords
    from .time_log_input import TimeLogInput as TimeLogInput
    from .time_log_list import TimeLogList as TimeLogList
    from .time_log_status import TimeLogStatus as TimeLogStatus
    from .time_log_time_zone import TimeLogTimeZone as TimeLogTimeZone
    from .token import Token as Token
    from .token_client_credentials_grant import TokenClientCredentialsGrant as TokenClientCredentialsGrant
    from .token_password_grant import TokenPasswordGrant as TokenPasswordGrant
    from .token_refresh_grant import TokenRefreshGrant as TokenRefreshGrant
    from .token_user import TokenUser as TokenUser
    from .type_of_work import TypeOfWork as TypeOfWork
    from .type_of_work_list import TypeOfWorkList as TypeOfWorkList
    from .type_of_work_list_params_item import TypeOfWorkListParamsItem as TypeOfWorkListParamsItem
    from .unbundle_request import UnbundleRequest as UnbundleRequest
    from .user import User as User
    from .user_company import UserCompany as UserCompany
    from .user_coords import UserCoords as UserCoords
    from .user_network import UserNetwork as UserNetwork
    from .user_network_list import UserNetworkList as UserNetworkList
    from .user_network_settings import UserNetworkSettings as UserNetworkSettings
    from .user_preferred_group import UserPreferredGroup as UserPreferredGroup
    from .user_rating import UserRating as UserRating
    from .user_rating_score import UserRatingScore as UserRatingScore
    from .user_ref import UserRef as UserRef
    from .user_time_zone import UserTimeZone as UserTimeZone
    from .user_user_type import UserUserType as UserUserType
    from .work_order import WorkOrder as WorkOrder
    from .work_order_assign_request import WorkOrderAssignRequest as WorkOrderAssignRequest
    from .work_order_assign_request_conflicts_item import (
        WorkOrderAssignRequestConflictsItem as WorkOrderAssignRequestConflictsItem,
    )
    from .work_order_assignee import WorkOrderAssignee as WorkOrderAssignee
    from .work_order_cancel import WorkOrderCancel as WorkOrderCancel
    from .work_order_contacts_input import WorkOrderContactsInput as WorkOrderContactsInput
    from .work_order_create import WorkOrderCreate as WorkOrderCreate
    from .work_order_create_equipments_item import (
        WorkOrderCreateEquipmentsItem as WorkOrderCreateEquipmentsItem,
    )
    from .work_order_custom_field_value_input import (
        WorkOrderCustomFieldValueInput as WorkOrderCustomFieldValueInput,
    )
    from .work_order_custom_fields_input import WorkOrderCustomFieldsInput as WorkOrderCustomFieldsInput
    from .work_order_custom_fields_input_results_item import (
        WorkOrderCustomFieldsInputResultsItem as WorkOrderCustomFieldsInputResultsItem,
    )
    from .work_order_list import WorkOrderList as WorkOrderList
    from .work_order_list_tab import WorkOrderListTab as WorkOrderListTab
    from .work_order_location_coordinates import WorkOrderLocationCoordinates as WorkOrderLocationCoordinates
    from .work_order_location_note import WorkOrderLocationNote as WorkOrderLocationNote
    from .work_order_location_saved_ref import WorkOrderLocationSavedRef as WorkOrderLocationSavedRef
    from .work_order_location_saved_ref_contact import (
        WorkOrderLocationSavedRefContact as WorkOrderLocationSavedRefContact,
    )
    from .work_order_location_saved_ref_group import (
        WorkOrderLocationSavedRefGroup as WorkOrderLocationSavedRefGroup,
    )
    from .work_order_mass_route_request import WorkOrderMassRouteRequest as WorkOrderMassRouteRequest
    from .work_order_networks import WorkOrderNetworks as WorkOrderNetworks
    from .work_order_networks_active import WorkOrderNetworksActive as WorkOrderNetworksActive
    from .work_order_rich_text import WorkOrderRichText as WorkOrderRichText
    from .work_order_route_request import WorkOrderRouteRequest as WorkOrderRouteRequest
    from .work_order_selection_rule import WorkOrderSelectionRule as WorkOrderSelectionRule
    from .work_order_selection_rule_rules_item import (
        WorkOrderSelectionRuleRulesItem as WorkOrderSelectionRuleRulesItem,
    )
    from .work_order_selection_rule_rules_item_operator import (
        WorkOrderSelectionRuleRulesItemOperator as WorkOrderSelectionRuleRulesItemOperator,
    )
    from .work_order_shipments_input import WorkOrderShipmentsInput as WorkOrderShipmentsInput
    from .work_order_site_revisit_info import WorkOrderSiteRevisitInfo as WorkOrderSiteRevisitInfo
    from .work_order_site_revisit_info_incomplete_reason import (
        WorkOrderSiteRevisitInfoIncompleteReason as WorkOrderSiteRevisitInfoIncompleteReason,
    )
    from .work_order_site_revisit_info_job_status import (
        WorkOrderSiteRevisitInfoJobStatus as WorkOrderSiteRevisitInfoJobStatus,
    )
    from .work_order_status import WorkOrderStatus as WorkOrderStatus
    from .work_order_status_id import WorkOrderStatusId as WorkOrderStatusId
    from .work_order_status_name import WorkOrderStatusName as WorkOrderStatusName
    from .work_order_tasks_input import WorkOrderTasksInput as WorkOrderTasksInput
    from .work_order_type_of_work import WorkOrderTypeOfWork as WorkOrderTypeOfWork
    from .work_order_type_of_work_input import WorkOrderTypeOfWorkInput as WorkOrderTypeOfWorkInput
    from .work_order_types_of_work_list import WorkOrderTypesOfWorkList as WorkOrderTypesOfWorkList
    from .work_order_unassign_request import WorkOrderUnassignRequest as WorkOrderUnassignRequest
    from .work_order_update import WorkOrderUpdate as WorkOrderUpdate
    from .work_order_update_equipments_item import (
        WorkOrderUpdateEquipmentsItem as WorkOrderUpdateEquipmentsItem,
    )
    from .work_order_update_status import WorkOrderUpdateStatus as WorkOrderUpdateStatus


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
