"""Bundle the split spec into one self-contained document.

References into ``components/schemas/*.yaml``, ``components/parameters.yaml`` and
``components/responses.yaml`` become local ``#/components/...`` references (names are global,
so a clash is an error); path-item references in the root are inlined; any other external
reference is inlined. Output is a pure function of the sources, so bundling twice gives the
same bytes.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError, escape_token

try:  # libyaml is 10x faster when present
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


class _UniqueKeyLoader(_Loader):  # type: ignore[valid-type,misc]
    """YAML loader that refuses a key given twice in one mapping: PyYAML would silently keep
    the last value, hiding an edit (the bundle would then differ from what the file says)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"key {key!r} appears twice in one mapping (first on line {seen[key]})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line + 1
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping


COMPONENT_FILES = {"parameters.yaml": "parameters", "responses.yaml": "responses"}
COMPONENT_ORDER = ("securitySchemes", "parameters", "responses", "schemas")


@dataclass(frozen=True)
class Origin:
    """Where a node of the bundle came from: a source file and the pointer inside it."""

    file: str
    pointer: str


@dataclass
class Bundle:
    """The bundled document plus a map from bundle pointers to source origins."""

    document: dict[str, Any]
    origins: dict[str, Origin] = field(default_factory=dict)
    root_name: str = "openapi.yaml"

    def locate(self, bundle_pointer: str) -> Origin:
        """Map a pointer into the bundle back to the source file and pointer."""
        best = ""
        for prefix in self.origins:
            if (bundle_pointer == prefix or bundle_pointer.startswith(prefix + "/")) and len(
                prefix
            ) > len(best):
                best = prefix
        if not best:
            return Origin(self.root_name, bundle_pointer)
        origin = self.origins[best]
        return Origin(origin.file, origin.pointer + bundle_pointer[len(best) :])


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


class _Bundler:
    def __init__(self, root: Path) -> None:
        self.spec_dir = root.parent.resolve()
        self.root = root.resolve()
        self.cache: dict[Path, Any] = {}
        self.components: dict[str, dict[str, Any]] = {}
        self.component_source: dict[tuple[str, str], Path] = {}
        self.origins: dict[str, Origin] = {}

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.spec_dir))
        except ValueError:
            return str(path)

    def load(self, path: Path, from_file: Path, ptr: str) -> Any:
        if path not in self.cache:
            if not path.is_file():
                raise SpecError(self.rel(from_file), ptr, f"$ref to missing file {self.rel(path)}")
            try:
                with path.open("rb") as fh:
                    self.cache[path] = yaml.load(fh, Loader=_UniqueKeyLoader)
            except yaml.MarkedYAMLError as exc:
                mark = exc.problem_mark
                where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
                raise SpecError(self.rel(path), "", f"invalid YAML{where}: {exc.problem}") from None
        return self.cache[path]

    def resolve_pointer(self, doc: Any, ptr: str, file: Path, site: Path, site_ptr: str) -> Any:
        node = doc
        for raw in ptr.split("/")[1:] if ptr else []:
            token = _unescape(raw)
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecError(
                    self.rel(site), site_ptr, f"$ref target {self.rel(file)}#{ptr} does not exist"
                )
        return node

    def component_kind(self, path: Path) -> str | None:
        rel = self.rel(path)
        if rel.startswith("components/schemas/"):
            return "schemas"
        if rel.startswith("components/"):
            return COMPONENT_FILES.get(path.name)
        return None

    def ref(self, value: str, file: Path, ptr: str) -> tuple[str | None, Any]:
        """Handle one $ref; returns (new local ref, None) or (None, inlined node)."""
        target, _, frag = value.partition("#")
        if frag and not frag.startswith("/"):
            raise SpecError(self.rel(file), ptr, f"$ref fragment must be a JSON pointer: {value!r}")
        target_file = (file.parent / target).resolve() if target else file
        if target_file == self.root and not target:
            return value, None  # already local to the root document
        doc = self.load(target_file, file, ptr)
        kind = self.component_kind(target_file)
        tokens = frag.split("/")[1:] if frag else []
        if kind and len(tokens) == 1:
            name = _unescape(tokens[0])
            node = self.resolve_pointer(doc, frag, target_file, file, ptr)
            self.add_component(kind, name, node, target_file)
            return f"#/components/{kind}/{escape_token(name)}", None
        node = self.resolve_pointer(doc, frag, target_file, file, ptr)
        return None, self.walk(copy.deepcopy(node), target_file, frag)

    def add_component(self, kind: str, name: str, node: Any, source: Path) -> None:
        key = (kind, name)
        known = self.component_source.get(key)
        if known is not None:
            if known != source:
                raise SpecError(
                    self.rel(source),
                    "/" + escape_token(name),
                    f"{kind} name {name!r} is also defined in {self.rel(known)}",
                )
            return
        self.component_source[key] = source
        bucket = self.components.setdefault(kind, {})
        bucket[name] = None  # placeholder guards recursion
        self.origins[f"/components/{kind}/{escape_token(name)}"] = Origin(
            self.rel(source), "/" + escape_token(name)
        )
        bucket[name] = self.walk(copy.deepcopy(node), source, "/" + escape_token(name))

    def walk(self, node: Any, file: Path, ptr: str) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                local, inlined = self.ref(ref, file, ptr + "/$ref")
                if local is not None:
                    out = {"$ref": local}
                    for k, v in node.items():
                        if k != "$ref":
                            out[k] = self.walk(v, file, f"{ptr}/{escape_token(k)}")
                    return out
                if len(node) == 1:
                    return inlined
                merged = dict(inlined) if isinstance(inlined, dict) else {}
                for k, v in node.items():
                    if k != "$ref":
                        merged[k] = self.walk(v, file, f"{ptr}/{escape_token(k)}")
                return merged
            return {k: self.walk(v, file, f"{ptr}/{escape_token(k)}") for k, v in node.items()}
        if isinstance(node, list):
            return [self.walk(v, file, f"{ptr}/{i}") for i, v in enumerate(node)]
        return node

    def run(self) -> Bundle:
        root_doc = self.load(self.root, self.root, "")
        if not isinstance(root_doc, dict):
            raise SpecError(self.rel(self.root), "", "the root document must be a mapping")
        out: dict[str, Any] = {}
        for key, value in root_doc.items():
            if key in ("paths", "components"):
                continue
            out[key] = self.walk(value, self.root, "/" + escape_token(key))
        paths: dict[str, Any] = {}
        for path, item in (root_doc.get("paths") or {}).items():
            ptr = "/paths/" + escape_token(path)
            if isinstance(item, dict) and isinstance(item.get("$ref"), str) and len(item) == 1:
                target, _, frag = item["$ref"].partition("#")
                target_file = (self.root.parent / target).resolve()
                doc = self.load(target_file, self.root, ptr + "/$ref")
                node = self.resolve_pointer(doc, frag, target_file, self.root, ptr + "/$ref")
                paths[path] = self.walk(copy.deepcopy(node), target_file, frag)
                self.origins[ptr] = Origin(self.rel(target_file), frag)
            else:
                paths[path] = self.walk(item, self.root, ptr)
        out["paths"] = paths
        root_components = root_doc.get("components") or {}
        for kind, entries in root_components.items():
            for name, node in (entries or {}).items():
                walked = self.walk(node, self.root, f"/components/{kind}/{escape_token(name)}")
                self.components.setdefault(kind, {})[name] = walked
        ordered: dict[str, Any] = {}
        for kind in (*COMPONENT_ORDER, *sorted(set(self.components) - set(COMPONENT_ORDER))):
            if kind in self.components:
                entries = self.components[kind]
                ordered[kind] = (
                    entries if kind == "securitySchemes" else dict(sorted(entries.items()))
                )
        out["components"] = ordered
        result = Bundle(out, self.origins, self.root.name)
        _check_local_refs(result)
        return result


def _check_local_refs(result: Bundle) -> None:
    """Every reference left in the bundle must resolve inside it."""

    def resolves(ref: str) -> bool:
        node: Any = result.document
        for raw in ref[2:].split("/") if ref.startswith("#/") else ["\0"]:
            token = _unescape(raw)
            if isinstance(node, dict) and token in node:
                node = node[token]
            else:
                return False
        return True

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not resolves(ref):
                origin = result.locate(where + "/$ref")
                raise SpecError(origin.file, origin.pointer, f"$ref target {ref} does not exist")
            for k, v in node.items():
                walk(v, f"{where}/{escape_token(k)}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}/{i}")

    walk(result.document, "")


def bundle(root: Path) -> Bundle:
    """Bundle the spec whose root document is ``root``."""
    return _Bundler(root).run()


def dumps(document: dict[str, Any]) -> str:
    """Serialize deterministically (insertion order is the sources' order)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` unless the file already holds it; report whether it changed."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return True
