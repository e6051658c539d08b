from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef


class SignatureInput(_m.BaseModel):
    """A signature to add: the signer's name and the image. Send the image in `data` with its `format`, or as a `data:` URL
    in `signature`.

        Example:
            {'name': 'Jordan Blake', 'format': 'image/png', 'data':
                'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='}

        Attributes:
            name (Any):
            title (Any): Job title of the signer (guide only).
            format_ (Any):
            data (Any): The image, base64-encoded (its media type in `format`), as the playground sends it. The local
                sandbox refuses text that is not base64; it also takes a `data:` URL here and plain SVG text when `format` is
                `image/svg+xml`.
            signature (Any): The image as a `data:` URL (guide spelling of `data`).
            closing_notes (Any):
            task (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Any,
        title: Any = UNSET,
        format_: Any = UNSET,
        data: Any = UNSET,
        signature: Any = UNSET,
        closing_notes: Any = UNSET,
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
            "name": _m.Field(_m.ANY, True, False),
            "title": _m.Field(_m.ANY, False, False),
            "format": _m.Field(_m.ANY, False, False),
            "data": _m.Field(_m.ANY, False, False),
            "signature": _m.Field(_m.ANY, False, False),
            "closing_notes": _m.Field(_m.ANY, False, False),
            "task": _m.Field(_m.Model(IdRef), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def title(self) -> Any:
        """Job title of the signer (guide only)."""
        return self._get("title")

    @title.setter
    def title(self, value: Any) -> None:
        self._set("title", value)

    @property
    def format_(self) -> Any:
        return self._get("format")

    @format_.setter
    def format_(self, value: Any) -> None:
        self._set("format", value)

    @property
    def data(self) -> Any:
        """The image, base64-encoded (its media type in `format`), as the playground sends it. The local
        sandbox refuses text that is not base64; it also takes a `data:` URL here and plain SVG text when
        `format` is `image/svg+xml`."""
        return self._get("data")

    @data.setter
    def data(self, value: Any) -> None:
        self._set("data", value)

    @property
    def signature(self) -> Any:
        """The image as a `data:` URL (guide spelling of `data`)."""
        return self._get("signature")

    @signature.setter
    def signature(self, value: Any) -> None:
        self._set("signature", value)

    @property
    def closing_notes(self) -> Any:
        return self._get("closing_notes")

    @closing_notes.setter
    def closing_notes(self, value: Any) -> None:
        self._set("closing_notes", value)

    @property
    def task(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("task"))

    @task.setter
    def task(self, value: IdRef | None) -> None:
        self._set("task", value)
