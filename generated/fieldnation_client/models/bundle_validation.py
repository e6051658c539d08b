from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle_validation_message_type_1 import BundleValidationMessageType1
    from ..models.bundle_validation_params import BundleValidationParams


T = TypeVar("T", bound="BundleValidation")


@_attrs_define
class BundleValidation:
    """Result of checking whether work orders can be bundled; nothing is changed.

    Example:
        {'status': 'active', 'info': [], 'errors': [], 'warnings': [], 'params': {}}

    Attributes:
        status (str | Unset): Overall outcome (the playground shows `active`).
        info (list[BundleValidationMessageType1 | str] | Unset):
        errors (list[BundleValidationMessageType1 | str] | Unset): Reasons the bundle cannot be made; empty when it can.
        warnings (list[BundleValidationMessageType1 | str] | Unset):
        params (BundleValidationParams | Unset): The optional request fields, echoed back.
    """

    status: str | Unset = UNSET
    info: list[BundleValidationMessageType1 | str] | Unset = UNSET
    errors: list[BundleValidationMessageType1 | str] | Unset = UNSET
    warnings: list[BundleValidationMessageType1 | str] | Unset = UNSET
    params: BundleValidationParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bundle_validation_message_type_1 import BundleValidationMessageType1  # noqa: PLC0415

        status = self.status

        info: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = []
            for info_item_data in self.info:
                info_item: dict[str, Any] | str
                if isinstance(info_item_data, BundleValidationMessageType1):
                    info_item = info_item_data.to_dict()
                else:
                    info_item = info_item_data
                info.append(info_item)

        errors: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item: dict[str, Any] | str
                if isinstance(errors_item_data, BundleValidationMessageType1):
                    errors_item = errors_item_data.to_dict()
                else:
                    errors_item = errors_item_data
                errors.append(errors_item)

        warnings: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item: dict[str, Any] | str
                if isinstance(warnings_item_data, BundleValidationMessageType1):
                    warnings_item = warnings_item_data.to_dict()
                else:
                    warnings_item = warnings_item_data
                warnings.append(warnings_item)

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if info is not UNSET:
            field_dict["info"] = info
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bundle_validation_message_type_1 import BundleValidationMessageType1  # noqa: PLC0415
        from ..models.bundle_validation_params import BundleValidationParams  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _info = d.pop("info", UNSET)
        info: list[BundleValidationMessageType1 | str] | Unset = UNSET
        if _info is not UNSET:
            info = []
            for info_item_data in _info:

                def _parse_info_item(data: object) -> BundleValidationMessageType1 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_bundle_validation_message_type_1 = (
                            BundleValidationMessageType1.from_dict(data)
                        )

                        return componentsschemas_bundle_validation_message_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(BundleValidationMessageType1 | str, data)

                info_item = _parse_info_item(info_item_data)

                info.append(info_item)

        _errors = d.pop("errors", UNSET)
        errors: list[BundleValidationMessageType1 | str] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:

                def _parse_errors_item(data: object) -> BundleValidationMessageType1 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_bundle_validation_message_type_1 = (
                            BundleValidationMessageType1.from_dict(data)
                        )

                        return componentsschemas_bundle_validation_message_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(BundleValidationMessageType1 | str, data)

                errors_item = _parse_errors_item(errors_item_data)

                errors.append(errors_item)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[BundleValidationMessageType1 | str] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:

                def _parse_warnings_item(data: object) -> BundleValidationMessageType1 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_bundle_validation_message_type_1 = (
                            BundleValidationMessageType1.from_dict(data)
                        )

                        return componentsschemas_bundle_validation_message_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(BundleValidationMessageType1 | str, data)

                warnings_item = _parse_warnings_item(warnings_item_data)

                warnings.append(warnings_item)

        _params = d.pop("params", UNSET)
        params: BundleValidationParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = BundleValidationParams.from_dict(_params)

        bundle_validation = cls(status=status, info=info, errors=errors, warnings=warnings, params=params)

        bundle_validation.additional_properties = d
        return bundle_validation

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
