"""Diff the generated package's Python API between two trees, with griffe.

The HTTP diff judges the wire; this judges what a Python caller sees: a renamed class (a
schema ``title``, a renamed component), a renamed enum member (``x-enum-varnames``), a
constructor whose arguments moved (two properties swapped), a method renamed or gone, a
parameter's kind, default or type, a return annotation. griffe reads the source statically
(nothing is imported), so two versions of the same package compare in one process.

The surface is what a user of ``fieldnation_client`` touches: ``client.<group>.<method>``
(sync resources; the async ones mirror them), the model classes (their constructor's
arguments, or attrs fields in constructor order in older trees) and enums (members), and the
package's modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .client_project import PACKAGE_NAME
from .diff import Change

HTTP_LINE = re.compile(r"``([A-Z]+ /[^`]*)``")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    default: str | None
    annotation: str


@dataclass
class Callable:
    """A method or a model's constructor."""

    params: list[Param]
    returns: str = ""
    http: str = ""


@dataclass
class Surface:
    """The public API of one tree of the generated package."""

    modules: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    methods: dict[str, Callable] = field(default_factory=dict)
    """``client.work_orders.get_work_order`` -> its signature."""
    models: dict[str, Callable] = field(default_factory=dict)
    """``WorkOrder`` -> its constructor (one parameter per attrs field, in order)."""
    enums: dict[str, dict[str, str]] = field(default_factory=dict)
    """``WorkOrderStatus`` -> member name -> value."""
    constants: dict[str, str] = field(default_factory=dict)
    """Public constants (``ENVIRONMENTS``), the package version spelled ``{version}``."""


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _params(function: Any) -> list[Param]:
    return [
        Param(
            p.name, p.kind.value, None if p.default is None else str(p.default), _text(p.annotation)
        )
        for p in function.parameters
        if p.name not in ("self", "cls")
    ]


def load_surface(project: Path) -> Surface:
    """Read the package under ``project`` (a directory holding ``fieldnation_client/``)."""
    import griffe

    package = project / PACKAGE_NAME
    if not (package / "__init__.py").is_file():
        from .errors import ReleaseError

        raise ReleaseError(f"{package} is not a generated client package")
    root = griffe.load(
        PACKAGE_NAME,
        search_paths=[str(project)],
        resolve_aliases=False,
        allow_inspection=False,
        docstring_parser=None,
    )
    surface = Surface()

    def modules(module: Any) -> None:
        surface.modules.add(module.path)
        for member in module.modules.values():
            modules(member)

    modules(root)
    client = root["client"]["FieldNation"]
    for name, member in client.members.items():
        if not member.is_alias and "property" in member.labels and not name.startswith("_"):
            surface.groups.add(f"client.{name}")
    for module in root["resources"].modules.values():
        group = module.name
        for cls in module.classes.values():
            if cls.name.startswith("Async") or cls.is_alias:
                continue
            for name, member in cls.members.items():
                if member.is_alias or not member.is_function or name.startswith("_"):
                    continue
                doc = member.docstring.value if member.docstring else ""
                found = HTTP_LINE.search(doc)
                surface.methods[f"client.{group}.{name}"] = Callable(
                    _params(member), _text(member.returns), found.group(1) if found else ""
                )
    for module in root["models"].modules.values():
        for cls in module.classes.values():
            if cls.is_alias:
                continue
            bases = {str(b) for b in cls.bases}
            if bases & {"StrEnum", "IntEnum", "Enum", "str, Enum"}:
                surface.enums[cls.name] = {
                    n: _text(m.value)
                    for n, m in cls.members.items()
                    if not m.is_alias and m.is_attribute and not n.startswith("_")
                }
                continue
            if "TypedDict" in bases:  # a model's plain-data twin: it mirrors the model
                continue
            fields = []
            init = cls.members.get("__init__")
            if init is not None and not init.is_alias and init.is_function:
                # models decode lazily: their fields are the constructor's keyword arguments
                for p in init.parameters:
                    if p.name not in ("self", "cls"):
                        default = None if p.default is None else str(p.default)
                        fields.append(
                            Param(p.name, "positional or keyword", default, _text(p.annotation))
                        )
                surface.models[cls.name] = Callable(fields)
                continue
            for n, m in cls.members.items():
                if m.is_alias or not m.is_attribute or "instance-attribute" not in m.labels:
                    continue
                value = _text(m.value)
                if "init=False" in value:
                    continue
                fields.append(Param(n, "positional or keyword", value or None, _text(m.annotation)))
            surface.models[cls.name] = Callable(fields)
    constants = root["_constants"] if "_constants" in root.modules else None
    version = _text(root["__version__"].value).strip("'\"") if "__version__" in root.members else ""
    if constants is not None:
        for n, m in constants.members.items():
            if not m.is_alias and m.is_attribute and n.isupper():
                value = _text(m.value)
                surface.constants[n] = value.replace(version, "{version}") if version else value
    return surface


class _ApiDiff:
    def __init__(self, base: Surface, head: Surface) -> None:
        self.base, self.head = base, head
        self.changes: list[Change] = []
        self.renamed: dict[str, str] = {}

    def add(self, kind: str, name: str, detail: str, http: str = "", client: str = "") -> None:
        self.changes.append(Change(kind, http, f"`{name}`", detail, name, client))

    def norm(self, annotation: str) -> str:
        """An annotation with renamed classes spelled by their new names (a class rename is
        one change, not one per use)."""
        for old, new in self.renamed.items():
            annotation = re.sub(rf"\b{re.escape(old)}\b", new, annotation)
        return annotation

    def run(self) -> list[Change]:
        self._classes()
        self._modules()
        self._groups()
        self._methods()
        self._constants()
        return self.changes

    def _classes(self) -> None:
        b, h = self.base, self.head
        gone = [n for n in b.models if n not in h.models]
        new = [n for n in h.models if n not in b.models]
        for old in list(gone):  # same fields, other name: a rename
            shape = [(p.name, p.default) for p in b.models[old].params]
            twin = [n for n in new if [(p.name, p.default) for p in h.models[n].params] == shape]
            if len(twin) == 1:
                self.renamed[old] = twin[0]
                gone.remove(old)
                new.remove(twin[0])
        e_gone = [n for n in b.enums if n not in h.enums]
        e_new = [n for n in h.enums if n not in b.enums]
        for old in list(e_gone):
            twin = [
                n for n in e_new if sorted(h.enums[n].values()) == sorted(b.enums[old].values())
            ]
            if len(twin) == 1:
                self.renamed[old] = twin[0]
                e_gone.remove(old)
                e_new.remove(twin[0])
        for old, new_name in sorted(self.renamed.items()):
            self.add("python-class-renamed", old, f"`{old}` is now `{new_name}`")
        for name in sorted([*gone, *e_gone]):
            self.add("python-class-removed", name, "removed")
        for name in sorted([*new, *e_new]):
            self.add("python-class-added", name, "added")
        for name, ctor in sorted(b.models.items()):
            new_name = self.renamed.get(name, name)
            if new_name in h.models:
                self._fields(new_name, ctor.params, h.models[new_name].params)
        for name, members in sorted(b.enums.items()):
            new_name = self.renamed.get(name, name)
            if new_name in h.enums:
                self._members(new_name, members, h.enums[new_name])

    def _fields(self, cls: str, b: list[Param], h: list[Param]) -> None:
        bn = {p.name: p for p in b}
        hn = {p.name: p for p in h}
        for p in b:
            if p.name not in hn:
                self.add("python-attribute-removed", f"{cls}.{p.name}", "removed")
        for p in h:
            if p.name not in bn:
                kind = (
                    "python-parameter-added-required"
                    if p.default is None
                    else "python-attribute-added"
                )
                what = "added as a required constructor argument" if p.default is None else "added"
                self.add(kind, f"{cls}.{p.name}", what)
        for p in b:
            q = hn.get(p.name)
            if q is None:
                continue
            if self.norm(p.annotation) != q.annotation:
                self.add(
                    "python-attribute-changed",
                    f"{cls}.{p.name}",
                    f"`{p.annotation}` -> `{q.annotation}`",
                )
            if p.default is not None and q.default is None:
                self.add(
                    "python-parameter-became-required",
                    f"{cls}({p.name}=...)",
                    "now a required constructor argument",
                )
            elif p.default is not None and q.default is not None and p.default != q.default:
                self.add(
                    "python-parameter-default-changed",
                    f"{cls}({p.name}=...)",
                    f"default `{p.default}` -> `{q.default}`",
                )
        self._order(f"{cls}(...)", b, h, "constructor")

    def _order(
        self, name: str, b: list[Param], h: list[Param], what: str, http: str = "", client: str = ""
    ) -> None:
        """Positional parameters both sides have must keep their relative order."""
        positional = ("positional only", "positional or keyword")
        common = {p.name for p in b} & {p.name for p in h}
        b_order = [p.name for p in b if p.kind in positional and p.name in common]
        h_order = [p.name for p in h if p.kind in positional and p.name in common]
        if b_order != h_order and sorted(b_order) == sorted(h_order):
            self.add(
                "python-parameter-moved",
                name,
                f"{what} arguments ({', '.join(b_order)}) -> ({', '.join(h_order)})",
                http,
                client,
            )

    def _members(self, cls: str, b: dict[str, str], h: dict[str, str]) -> None:
        by_value = {v: n for n, v in h.items()}
        for name, value in b.items():
            if name in h:
                if h[name] != value:
                    self.add("python-enum-value-changed", f"{cls}.{name}", f"{value} -> {h[name]}")
            elif value in by_value and by_value[value] not in b:
                self.add(
                    "python-enum-member-removed",
                    f"{cls}.{name}",
                    f"renamed to `{cls}.{by_value[value]}` (value {value})",
                )
            else:
                self.add("python-enum-member-removed", f"{cls}.{name}", f"removed (value {value})")
        renamed_to = {by_value[v] for n, v in b.items() if n not in h and v in by_value}
        for name, value in h.items():
            if name not in b and name not in renamed_to:
                self.add("python-enum-member-added", f"{cls}.{name}", f"added (value {value})")

    def _modules(self) -> None:
        """Modules other than those that mirror what is reported already: ``api.<group>.<op>``
        (the method), ``resources.<group>`` (the group), ``models.<name>`` (the class)."""
        mirrored = tuple(f"{PACKAGE_NAME}.{p}." for p in ("api", "resources", "models"))
        for name in sorted(self.base.modules - self.head.modules):
            if not name.startswith(mirrored) and name != f"{PACKAGE_NAME}.api":
                self.add("python-module-removed", name, "removed")
        for name in sorted(self.head.modules - self.base.modules):
            if not name.startswith(mirrored) and name != f"{PACKAGE_NAME}.api":
                self.add("python-module-added", name, "added")

    def _groups(self) -> None:
        for name in sorted(self.base.groups - self.head.groups):
            self.add("python-group-removed", name, "removed", client=name)
        for name in sorted(self.head.groups - self.base.groups):
            self.add("python-group-added", name, "added", client=name)

    def _methods(self) -> None:
        b, h = self.base.methods, self.head.methods
        gone = [n for n in b if n not in h]
        new = [n for n in h if n not in b]
        pairs = {n: n for n in b if n in h}
        for old in list(gone):  # same HTTP operation under another name: a rename
            twin = [n for n in new if b[old].http and h[n].http == b[old].http]
            if len(twin) == 1:
                pairs[old] = twin[0]
                gone.remove(old)
                new.remove(twin[0])
                self.add("python-method-renamed", old, f"now `{twin[0]}`", h[twin[0]].http, twin[0])
        for name in sorted(gone):
            self.add("python-method-removed", name, "removed", b[name].http, name)
        for name in sorted(new):
            self.add("python-method-added", name, "added", h[name].http, name)
        for old, name in sorted(pairs.items()):
            self._signature(name, b[old], h[name])

    def _signature(self, name: str, b: Callable, h: Callable) -> None:
        http = h.http
        bn = {p.name: p for p in b.params}
        hn = {p.name: p for p in h.params}
        for p in b.params:
            if p.name not in hn:
                self.add("python-parameter-removed", f"{name}({p.name})", "removed", http, name)
        for p in h.params:
            if p.name not in bn:
                required = p.default is None and p.kind not in (
                    "variadic positional",
                    "variadic keyword",
                )
                kind = "python-parameter-added-required" if required else "python-parameter-added"
                self.add(
                    kind,
                    f"{name}({p.name})",
                    "added" + (" as required" if required else ""),
                    http,
                    name,
                )
        for p in b.params:
            q = hn.get(p.name)
            if q is None:
                continue
            where = f"{name}({p.name})"
            if p.kind != q.kind:
                self.add(
                    "python-parameter-kind-changed", where, f"{p.kind} -> {q.kind}", http, name
                )
            if p.default is not None and q.default is None:
                self.add("python-parameter-became-required", where, "now required", http, name)
            elif p.default != q.default and p.default is not None:
                self.add(
                    "python-parameter-default-changed",
                    where,
                    f"default `{p.default}` -> `{q.default}`",
                    http,
                    name,
                )
            if self.norm(p.annotation) != q.annotation:
                self.add(
                    "python-parameter-annotation-changed",
                    where,
                    f"`{p.annotation}` -> `{q.annotation}`",
                    http,
                    name,
                )
        self._order(name, b.params, h.params, "positional", http, name)
        if self.norm(b.returns) != h.returns:
            self.add("python-return-changed", name, f"`{b.returns}` -> `{h.returns}`", http, name)

    def _constants(self) -> None:
        for name, value in sorted(self.base.constants.items()):
            new = self.head.constants.get(name)
            if new is None:
                self.add("python-value-changed", name, "removed")
            elif new != value:
                self.add("python-value-changed", name, f"`{value}` -> `{new}`")


def api_diff(base: Surface, head: Surface) -> list[Change]:
    """Every change of the Python API from ``base`` to ``head``."""
    return _ApiDiff(base, head).run()
