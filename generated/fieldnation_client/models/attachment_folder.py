from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.attachment_folder_type import AttachmentFolderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment, AttachmentDict
    from ..models.attachment_task_ref import AttachmentTaskRef, AttachmentTaskRefDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class AttachmentFolder(_m.BaseModel):
    """A folder of files. Every work order has a `Documents` folder (type `document`, client documents and task files) and
    a `Misc` folder (type `slot`, provider deliverables); buyers can add custom `slot` folders, which carry file-count
    and size limits.

        Example:
            {'id': 2270, 'name': 'Misc', 'type': 'slot', 'min_files': 0, 'max_files': 999, 'min_bytes': 1, 'max_bytes':
                104857600, 'task': {'id': 0}, 'actions': ['edit', 'delete', 'upload'], 'metadata': {'total': 0, 'page': 1,
                'pages': 1, 'per_page': 0}, 'results': []}

        Attributes:
            id (int): Folder ID; the `folder_id` path parameter.
            name (str):
            type_ (AttachmentFolderType | None):
            task (AttachmentTaskRef | None): Task the file or folder is tied to; `id` is 0 when there is none.
            min_files (int | None):
            max_files (int | None):
            min_bytes (int | None):
            max_bytes (int | None):
            actions (list[str] | None):
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            results (list[Attachment] | None): The files in the folder.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        type_: AttachmentFolderType | Unset = UNSET,
        task: AttachmentTaskRef | Unset = UNSET,
        min_files: int | Unset = UNSET,
        max_files: int | Unset = UNSET,
        min_bytes: int | Unset = UNSET,
        max_bytes: int | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        metadata: ListMetadata | Unset = UNSET,
        results: list[Attachment] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("type", type_)
        self._set("task", task)
        self._set("min_files", min_files)
        self._set("max_files", max_files)
        self._set("min_bytes", min_bytes)
        self._set("max_bytes", max_bytes)
        self._set("actions", actions)
        self._set("metadata", metadata)
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.attachment_task_ref import AttachmentTaskRef  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "type": _m.Field(_m.Enum(AttachmentFolderType), False, False),
            "task": _m.Field(_m.Model(AttachmentTaskRef), False, False),
            "min_files": _m.Field(_m.INT, False, False),
            "max_files": _m.Field(_m.INT, False, False),
            "min_bytes": _m.Field(_m.INT, False, False),
            "max_bytes": _m.Field(_m.INT, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "results": _m.Field(_m.List(_m.Model(Attachment)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Folder ID; the `folder_id` path parameter."""
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
    def type_(self) -> AttachmentFolderType | None:
        return cast("AttachmentFolderType | None", self._get("type"))

    @type_.setter
    def type_(self, value: AttachmentFolderType | None) -> None:
        self._set("type", value)

    @property
    def task(self) -> AttachmentTaskRef | None:
        """Task the file or folder is tied to; `id` is 0 when there is none."""
        return cast("AttachmentTaskRef | None", self._get("task"))

    @task.setter
    def task(self, value: AttachmentTaskRef | None) -> None:
        self._set("task", value)

    @property
    def min_files(self) -> int | None:
        return cast("int | None", self._get("min_files"))

    @min_files.setter
    def min_files(self, value: int | None) -> None:
        self._set("min_files", value)

    @property
    def max_files(self) -> int | None:
        return cast("int | None", self._get("max_files"))

    @max_files.setter
    def max_files(self, value: int | None) -> None:
        self._set("max_files", value)

    @property
    def min_bytes(self) -> int | None:
        return cast("int | None", self._get("min_bytes"))

    @min_bytes.setter
    def min_bytes(self, value: int | None) -> None:
        self._set("min_bytes", value)

    @property
    def max_bytes(self) -> int | None:
        return cast("int | None", self._get("max_bytes"))

    @max_bytes.setter
    def max_bytes(self, value: int | None) -> None:
        self._set("max_bytes", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

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
    def results(self) -> list[Attachment] | None:
        """The files in the folder."""
        return cast("list[Attachment] | None", self._get("results"))

    @results.setter
    def results(self, value: list[Attachment] | None) -> None:
        self._set("results", value)


class AttachmentFolderDict(TypedDict, total=False):
    """:class:`AttachmentFolder` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    type: AttachmentFolderType | str
    task: AttachmentTaskRef | AttachmentTaskRefDict
    min_files: int
    max_files: int
    min_bytes: int
    max_bytes: int
    actions: list[str]
    metadata: ListMetadata | ListMetadataDict
    results: list[Attachment | AttachmentDict]
