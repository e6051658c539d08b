from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict


class SignatureInput(_m.BaseModel):
    """A signature to add: the signer's name and the image. Send the image in `data` with its `format`, or as a `data:` URL
    in `signature`.

        Example:
            {'name': 'Jordan Blake', 'format': 'image/png', 'data':
                'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='}

        Attributes:
            name (str):
            title (str | None): Job title of the signer (guide only).
            format_ (str | None):
            data (str | None): The image, base64-encoded (its media type in `format`), as the playground sends it. The local
                sandbox refuses text that is not base64; it also takes a `data:` URL here and plain SVG text when `format` is
                `image/svg+xml`.
            signature (str | None): The image as a `data:` URL (guide spelling of `data`).
            closing_notes (str | None):
            task (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        title: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        data: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        closing_notes: str | Unset = UNSET,
        task: IdRef | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("title", title)
        self._set("format", format_)
        self._set("data", data)
        self._set("signature", signature)
        self._set("closing_notes", closing_notes)
        self._set("task", task)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "title": _m.Field(_m.STR, False, False),
            "format": _m.Field(_m.STR, False, False),
            "data": _m.Field(_m.STR, False, False),
            "signature": _m.Field(_m.STR, False, False),
            "closing_notes": _m.Field(_m.STR, False, False),
            "task": _m.Field(_m.Model(IdRef), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def title(self) -> str | None:
        """Job title of the signer (guide only)."""
        return cast("str | None", self._get("title"))

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)

    @property
    def format_(self) -> str | None:
        return cast("str | None", self._get("format"))

    @format_.setter
    def format_(self, value: str | None) -> None:
        self._set("format", value)

    @property
    def data(self) -> str | None:
        """The image, base64-encoded (its media type in `format`), as the playground sends it. The local
        sandbox refuses text that is not base64; it also takes a `data:` URL here and plain SVG text when
        `format` is `image/svg+xml`."""
        return cast("str | None", self._get("data"))

    @data.setter
    def data(self, value: str | None) -> None:
        self._set("data", value)

    @property
    def signature(self) -> str | None:
        """The image as a `data:` URL (guide spelling of `data`)."""
        return cast("str | None", self._get("signature"))

    @signature.setter
    def signature(self, value: str | None) -> None:
        self._set("signature", value)

    @property
    def closing_notes(self) -> str | None:
        return cast("str | None", self._get("closing_notes"))

    @closing_notes.setter
    def closing_notes(self, value: str | None) -> None:
        self._set("closing_notes", value)

    @property
    def task(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("task"))

    @task.setter
    def task(self, value: IdRef | None) -> None:
        self._set("task", value)


class SignatureInputDict(TypedDict, total=False):
    """:class:`SignatureInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    title: str
    format: str
    data: str
    signature: str
    closing_notes: str
    task: IdRef | IdRefDict
