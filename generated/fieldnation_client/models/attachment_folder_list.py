from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_folder import AttachmentFolder, AttachmentFolderDict
    from ..models.attachment_folder_list_sum import AttachmentFolderListSum, AttachmentFolderListSumDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class AttachmentFolderList(_m.BaseModel):
    """The attachment folders of a work order with their files (also embedded as `attachments` in the WorkOrder).
    `sum.unreviewed` counts deliverables waiting for review.

        Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 2}, 'sum': {'unreviewed': 1}, 'actions': [],
                'results': [{'id': 1, 'name': 'Documents', 'type': 'document', 'task': {'id': 0}, 'actions': ['upload'],
                'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 1}, 'results': [{'id': 101, 'folder_id': 1, 'file':
                {'name': 'install_guide.pdf', 'size': 245000, 'mime': 'application/pdf', 'link':
                'https://cdn.fieldnation.com/files/abc.pdf'}, 'show_before_assignment': True}]}, {'id': 2270, 'name': 'Misc',
                'type': 'slot', 'max_files': 999, 'actions': ['edit', 'delete', 'upload'], 'metadata': {'total': 1, 'page': 1,
                'pages': 1, 'per_page': 1}, 'results': [{'id': 176, 'folder_id': 2270, 'file': {'name': 'site_photo.jpg',
                'size': 482113, 'mime': 'image/jpeg'}, 'status': 'pending'}]}]}

        Attributes:
            results (list[AttachmentFolder]):
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            sum_ (AttachmentFolderListSum | None):
            correlation_id (str | None):
            actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[AttachmentFolder],
        metadata: ListMetadata | Unset = UNSET,
        sum_: AttachmentFolderListSum | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("sum", sum_)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.attachment_folder import AttachmentFolder  # noqa: PLC0415
        from ..models.attachment_folder_list_sum import AttachmentFolderListSum  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(AttachmentFolder)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "sum": _m.Field(_m.Model(AttachmentFolderListSum), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[AttachmentFolder]:
        return cast("list[AttachmentFolder]", self._get("results"))

    @results.setter
    def results(self, value: list[AttachmentFolder]) -> None:
        self._set("results", value)

    @property
    def metadata(self) -> ListMetadata | None:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata | None", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata | None) -> None:
        self._set("metadata", value)

    @property
    def sum_(self) -> AttachmentFolderListSum | None:
        return cast("AttachmentFolderListSum | None", self._get("sum"))

    @sum_.setter
    def sum_(self, value: AttachmentFolderListSum | None) -> None:
        self._set("sum", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class AttachmentFolderListDict(TypedDict, total=False):
    """:class:`AttachmentFolderList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[AttachmentFolder | AttachmentFolderDict]]
    metadata: ListMetadata | ListMetadataDict
    sum: AttachmentFolderListSum | AttachmentFolderListSumDict
    correlation_id: str
    actions: list[str]
