from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.attachment_folder_input_type import AttachmentFolderInputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_task_ref import AttachmentTaskRef, AttachmentTaskRefDict


class AttachmentFolderInput(_m.BaseModel):
    """A new attachment folder.

    Example:
        {'name': 'Site Photos'}

    Attributes:
        name (str): Folder name; not blank.
        type_ (AttachmentFolderInputType | None):
        task (AttachmentTaskRef | None): Task the file or folder is tied to; `id` is 0 when there is none.
        min_files (int | None):
        max_files (int | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        type_: AttachmentFolderInputType | Unset = AttachmentFolderInputType.SLOT,
        task: AttachmentTaskRef | Unset = UNSET,
        min_files: int | Unset = UNSET,
        max_files: int | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("type", type_)
        self._set("task", task)
        self._set("min_files", min_files)
        self._set("max_files", max_files)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.attachment_task_ref import AttachmentTaskRef  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "type": _m.Field(_m.Enum(AttachmentFolderInputType), False, False),
            "task": _m.Field(_m.Model(AttachmentTaskRef), False, False),
            "min_files": _m.Field(_m.INT, False, False),
            "max_files": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        """Folder name; not blank."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def type_(self) -> AttachmentFolderInputType | None:
        return cast("AttachmentFolderInputType | None", self._get("type"))

    @type_.setter
    def type_(self, value: AttachmentFolderInputType | None) -> None:
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


class AttachmentFolderInputDict(TypedDict, total=False):
    """:class:`AttachmentFolderInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    type: AttachmentFolderInputType | str
    task: AttachmentTaskRef | AttachmentTaskRefDict
    min_files: int
    max_files: int
