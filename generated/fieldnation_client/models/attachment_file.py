from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class AttachmentFile(_m.BaseModel):
    """The stored file behind an attachment.

    Example:
        {'name': 'install_guide.pdf', 'size': 245000, 'mime': 'application/pdf', 'link':
            'https://cdn.fieldnation.com/files/abc.pdf'}

    Attributes:
        name (str | None): File name as uploaded.
        size (int | None): Size in bytes.
        size_bytes (int | None): Size in bytes, as spelled by the narrative guide.
        mime (str | None): MIME type, e.g. `application/pdf`.
        type_ (str | None): File category reported by the API (e.g. `document`, `image`).
        link (str | None): Download URL; can be long (store up to 1024 characters).
        thumbnail (str | None): Preview image URL for images.
        icon (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        size: int | Unset = UNSET,
        size_bytes: int | Unset = UNSET,
        mime: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        link: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        icon: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("size", size)
        self._set("size_bytes", size_bytes)
        self._set("mime", mime)
        self._set("type", type_)
        self._set("link", link)
        self._set("thumbnail", thumbnail)
        self._set("icon", icon)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "name": _m.Field(_m.STR, False, False),
            "size": _m.Field(_m.INT, False, False),
            "size_bytes": _m.Field(_m.INT, False, False),
            "mime": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.STR, False, False),
            "link": _m.Field(_m.STR, False, False),
            "thumbnail": _m.Field(_m.STR, False, False),
            "icon": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str | None:
        """File name as uploaded."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def size(self) -> int | None:
        """Size in bytes."""
        return cast("int | None", self._get("size"))

    @size.setter
    def size(self, value: int | None) -> None:
        self._set("size", value)

    @property
    def size_bytes(self) -> int | None:
        """Size in bytes, as spelled by the narrative guide."""
        return cast("int | None", self._get("size_bytes"))

    @size_bytes.setter
    def size_bytes(self, value: int | None) -> None:
        self._set("size_bytes", value)

    @property
    def mime(self) -> str | None:
        """MIME type, e.g. `application/pdf`."""
        return cast("str | None", self._get("mime"))

    @mime.setter
    def mime(self, value: str | None) -> None:
        self._set("mime", value)

    @property
    def type_(self) -> str | None:
        """File category reported by the API (e.g. `document`, `image`)."""
        return cast("str | None", self._get("type"))

    @type_.setter
    def type_(self, value: str | None) -> None:
        self._set("type", value)

    @property
    def link(self) -> str | None:
        """Download URL; can be long (store up to 1024 characters)."""
        return cast("str | None", self._get("link"))

    @link.setter
    def link(self, value: str | None) -> None:
        self._set("link", value)

    @property
    def thumbnail(self) -> str | None:
        """Preview image URL for images."""
        return cast("str | None", self._get("thumbnail"))

    @thumbnail.setter
    def thumbnail(self, value: str | None) -> None:
        self._set("thumbnail", value)

    @property
    def icon(self) -> str | None:
        return cast("str | None", self._get("icon"))

    @icon.setter
    def icon(self, value: str | None) -> None:
        self._set("icon", value)


class AttachmentFileDict(TypedDict, total=False):
    """:class:`AttachmentFile` as plain data (JSON keys); accepted wherever the model is sent."""

    name: str
    size: int
    size_bytes: int
    mime: str
    type: str
    link: str
    thumbnail: str
    icon: str
