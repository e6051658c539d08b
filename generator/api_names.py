"""The generated client's names for things in the spec, and the Python API change categories.

A report says ``client.work_orders.get_work_order`` beside ``GET /workorders/{id}`` and
``WorkOrder.title`` beside the schema field, computed with openapi-python-client's own
naming rules so they match the package.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from .bump import Bump

MAJOR, MINOR, PATCH = Bump.MAJOR, Bump.MINOR, Bump.PATCH

PYTHON_CATEGORIES: dict[str, tuple[Bump, str]] = {
    "python-module-removed": (MAJOR, "Python module removed"),
    "python-module-added": (MINOR, "Python module added"),
    "python-class-removed": (MAJOR, "Python class removed"),
    "python-class-renamed": (MAJOR, "Python class renamed"),
    "python-class-added": (MINOR, "Python class added"),
    "python-method-removed": (MAJOR, "client method removed"),
    "python-method-renamed": (MAJOR, "client method renamed"),
    "python-method-added": (MINOR, "client method added"),
    "python-group-removed": (MAJOR, "client group removed"),
    "python-group-added": (MINOR, "client group added"),
    "python-parameter-removed": (MAJOR, "Python parameter removed"),
    "python-parameter-added-required": (MAJOR, "required Python parameter added"),
    "python-parameter-added": (MINOR, "optional Python parameter added"),
    "python-parameter-moved": (MAJOR, "Python parameter order changed (positional callers break)"),
    "python-parameter-kind-changed": (MAJOR, "Python parameter kind changed"),
    "python-parameter-default-changed": (MAJOR, "Python parameter default changed"),
    "python-parameter-became-required": (MAJOR, "Python parameter made required"),
    "python-parameter-annotation-changed": (MAJOR, "Python parameter type changed"),
    "python-return-changed": (MAJOR, "return annotation changed"),
    "python-attribute-removed": (MAJOR, "model attribute removed"),
    "python-attribute-added": (MINOR, "model attribute added"),
    "python-attribute-changed": (MAJOR, "model attribute type changed"),
    "python-enum-member-removed": (MAJOR, "enum member removed or renamed"),
    "python-enum-member-added": (MINOR, "enum member added"),
    "python-enum-value-changed": (MAJOR, "enum member value changed"),
    "python-value-changed": (MAJOR, "public constant changed"),
}


def group_name(tag: str | None) -> str:
    """The client attribute of an API tag: ``Work Orders`` -> ``work_orders``."""
    return str(PythonIdentifier(tag or "default", prefix="tag"))


def class_name(doc: dict[str, Any], schema: str) -> str:
    """The model class of a component schema (its ``title`` wins, as in the generator)."""
    node = ((doc.get("components") or {}).get("schemas") or {}).get(schema)
    title = node.get("title") if isinstance(node, dict) else None
    return str(ClassName(str(title or schema), prefix=""))


def attribute_path(doc: dict[str, Any], source: str) -> str:
    """``ListMetadata.next_page[]`` -> ``ListMetadata.next_page``: the Python spelling of a
    schema location (``[]`` and ``{*}`` steps stay visible as ``[]``/``[*]``)."""
    name, _, rest = source.partition(".")
    out = class_name(doc, name.split("[", 1)[0].split("{", 1)[0])
    for part in rest.split(".") if rest else []:
        bare = part.replace("[]", "").replace("{*}", "")
        suffix = part[len(bare) :].replace("{*}", "[*]")
        out += f".{PythonIdentifier(bare, prefix='field_')}{suffix}"
    return out


def client_method(operation_id: str | None, tag: str | None) -> str:
    return f"client.{group_name(tag)}.{PythonIdentifier(operation_id or '', prefix='')}"
