from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, Unset


class AttachmentFile(_m.BaseModel):
    """The stored file behind an attachment.

    Example:
        {'name': 'install_guide.pdf', 'size': 245000, 'mime': 'application/pdf', 'link':
            'https://cdn.fieldnation.com/files/abc.pdf'}

    Attributes:
        name (Any): File name as uploaded.
        size (int | None): Size in bytes.
        size_bytes (int | None): Size in bytes, as spelled by the narrative guide.
        mime (Any): MIME type, e.g. `application/pdf`.
        type_ (Any): File category reported by the API (e.g. `document`, `image`).
        link (Any): Download URL; can be long (store up to 1024 characters).
        thumbnail (Any): Preview image URL for images.
        icon (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Any = UNSET,
        size: int | Unset = UNSET,
        size_bytes: int | Unset = UNSET,
        mime: Any = UNSET,
        type_: Any = UNSET,
        link: Any = UNSET,
        thumbnail: Any = UNSET,
        icon: Any = UNSET,
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
            "name": _m.Field(_m.ANY, False, False),
            "size": _m.Field(_m.INT, False, False),
            "size_bytes": _m.Field(_m.INT, False, False),
            "mime": _m.Field(_m.ANY, False, False),
            "type": _m.Field(_m.ANY, False, False),
            "link": _m.Field(_m.ANY, False, False),
            "thumbnail": _m.Field(_m.ANY, False, False),
            "icon": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> Any:
        """File name as uploaded."""
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
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
    def mime(self) -> Any:
        """MIME type, e.g. `application/pdf`."""
        return self._get("mime")

    @mime.setter
    def mime(self, value: Any) -> None:
        self._set("mime", value)

    @property
    def type_(self) -> Any:
        """File category reported by the API (e.g. `document`, `image`)."""
        return self._get("type")

    @type_.setter
    def type_(self, value: Any) -> None:
        self._set("type", value)

    @property
    def link(self) -> Any:
        """Download URL; can be long (store up to 1024 characters)."""
        return self._get("link")

    @link.setter
    def link(self, value: Any) -> None:
        self._set("link", value)

    @property
    def thumbnail(self) -> Any:
        """Preview image URL for images."""
        return self._get("thumbnail")

    @thumbnail.setter
    def thumbnail(self, value: Any) -> None:
        self._set("thumbnail", value)

    @property
    def icon(self) -> Any:
        return self._get("icon")

    @icon.setter
    def icon(self, value: Any) -> None:
        self._set("icon", value)
