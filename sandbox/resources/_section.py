"""One list inside the work order (contacts, shipments, tasks, ...): list, add, get, change,
remove, written once.

Most work-order sections are a ``{metadata, results}`` list embedded in the work order whose
calls differ only in data: where the list lives, which path parameter names an item, which
fields a body may set, in which statuses the list is frozen, what the writes answer. A
``Section`` states that; ``register`` installs the handlers of the calls the spec has. A module hands in hooks only for
its real rules (how a new item is built, how a change applies, what is derived after one).

Every write goes: load the work order, ``check`` the caller, find the item (404), refuse a
frozen list (409), apply, recompute with ``sync``, save, answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation
from ..store import Doc
from ._common import (
    add_item,
    created,
    envelope,
    find_item,
    load_work_order,
    new_id,
    ok,
    page_args,
    remove_item,
    save_work_order,
    section,
    status_name,
)

Item = dict[str, Any]
Build = Callable[..., Item]
"""``(ctx, doc, body, **hints) -> item``: a new item from a create body (not yet listed)."""
Apply = Callable[[Context, Doc, Item, dict[str, Any]], object]
"""``(ctx, doc, item, body)``: a change body applied to an item."""


@dataclass(frozen=True)
class Section:
    path: tuple[str, ...]
    """Where the list lives in the work-order document."""
    name: str
    """The item in operation ids (``contact``: ``create_work_order_contact``)."""
    what: str
    """The item's name in messages (``Contact``)."""
    id_param: str
    """The path parameter naming one item (``contact_id``)."""
    calls: tuple[str, ...] = ()
    """The calls the spec has for this list, of ``list``, ``create``, ``get``, ``update``,
    ``delete``."""
    id_kind: str = ""
    """The id sequence of new items (with ``id_start``), for the default ``build``."""
    id_start: int = 100
    id_field: str = "id"
    fields: tuple[str, ...] = ()
    """Body fields taken as given by the default ``build`` (``""`` when absent) and ``apply``."""
    closed: tuple[str, ...] = ()
    """Work-order statuses in which the list cannot change (409)."""
    frozen: str = "Work order {id} is {status}; its {items} can no longer be changed"
    """The 409 message (``{id}``, ``{status}``, ``{items}`` = the last part of ``path``)."""
    paged: bool = True
    """The list call answers a page of the items (else the section as stored)."""
    carried: tuple[str, ...] = ("actions",)
    """Keys of the section a page carries along (``actions``, ``count``, ...)."""
    sync: Callable[[Context, Doc], dict[str, Any]] | None = None
    """What is derived after a change (and before a list); answers the section."""
    build: Build | None = None
    apply: Apply | None = None
    check: Callable[[Context, Doc], object] | None = None
    """What the caller must pass before an item is looked up (e.g. a valid acting user)."""
    show: Callable[[Doc, Item], Item] | None = None
    """The item as the get call answers it."""
    answer: Callable[[Context, Doc], Any] | None = None
    """What the writes answer (default: the saved work order)."""

    # -- the pieces, for hand-written handlers too -------------------------------------------
    def guard(self, doc: Doc) -> None:
        """409 when the work order's status freezes this list."""
        if status_name(doc) in self.closed:
            raise ApiError(
                409,
                self.frozen.format(id=doc["id"], status=status_name(doc), items=self.path[-1]),
            )

    def refresh(self, ctx: Context, doc: Doc) -> dict[str, Any]:
        return self.sync(ctx, doc) if self.sync else section(doc, *self.path)

    def find(self, ctx: Context, doc: Doc) -> Item:
        return find_item(doc, self.path, ctx.path[self.id_param], self.what, self.id_field)

    def add(self, ctx: Context, doc: Doc, body: dict[str, Any], **hints: Any) -> Item:
        """Add one item built from ``body`` (the caller saves the work order); used by the
        create call and by work-order create/update bodies."""
        self.guard(doc)
        if self.build is not None:
            item = self.build(ctx, doc, body, **hints)
        else:
            item = {self.id_field: new_id(ctx.store, self.id_kind, self.id_start)}
            item.update({key: body.get(key, "") for key in self.fields})
        add_item(doc, self.path, item)
        self.refresh(ctx, doc)
        return item

    def change(self, ctx: Context, doc: Doc, item: Item, body: dict[str, Any]) -> None:
        if self.apply is not None:
            self.apply(ctx, doc, item, body)
        else:
            item.update({key: body[key] for key in self.fields if key in body})

    def save(self, ctx: Context, doc: Doc) -> Any:
        self.refresh(ctx, doc)
        saved = save_work_order(ctx, doc)
        return self.answer(ctx, saved) if self.answer else saved

    # -- the handlers ------------------------------------------------------------------------
    def list_items(self, ctx: Context) -> Reply:
        listing = self.refresh(ctx, load_work_order(ctx))
        if not self.paged:
            return ok(listing)
        page, per_page = page_args(ctx)
        body = envelope(listing["results"], page, per_page)
        body.update({key: listing[key] for key in self.carried if key in listing})
        return ok(body)

    def create_item(self, ctx: Context) -> Reply:
        doc = load_work_order(ctx)
        self.add(ctx, doc, ctx.body)
        return created(self.save(ctx, doc))

    def get_item(self, ctx: Context) -> Reply:
        doc = load_work_order(ctx)
        item = self.find(ctx, doc)
        return ok(self.show(doc, item) if self.show else item)

    def update_item(self, ctx: Context) -> Reply:
        doc = load_work_order(ctx)
        if self.check is not None:
            self.check(ctx, doc)
        item = self.find(ctx, doc)
        self.guard(doc)
        self.change(ctx, doc, item, ctx.body)
        return ok(self.save(ctx, doc))

    def delete_item(self, ctx: Context) -> Reply:
        doc = load_work_order(ctx)
        self.find(ctx, doc)
        self.guard(doc)
        remove_item(doc, self.path, ctx.path[self.id_param], self.what, self.id_field)
        return ok(self.save(ctx, doc))


VERBS = ("list", "create", "get", "update", "delete")


def operation_id(sec: Section, verb: str) -> str:
    """The spec's name of a section call: ``list_work_order_contacts``, ``create_work_order_contact``."""
    return f"list_work_order_{sec.path[-1]}" if verb == "list" else f"{verb}_work_order_{sec.name}"


def register(sec: Section) -> Section:
    """Install the generic handler of each of the section's calls under its operation id."""
    handlers = {
        "list": sec.list_items,
        "create": sec.create_item,
        "get": sec.get_item,
        "update": sec.update_item,
        "delete": sec.delete_item,
    }
    for verb in sec.calls:
        operation(operation_id(sec, verb))(handlers[verb])
    return sec
