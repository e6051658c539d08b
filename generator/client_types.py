"""Python annotations and runtime decoders of the generated models' fields.

Models decode lazily from the answer's dict (see ``templates/runtime/_models.py.jinja``): each
field is a property that decodes its raw value with a small decoder object on first access.
This module turns openapi-python-client's parsed properties into the two strings a template
needs per field: the annotation users see (plain ``X | None``, never an ``Unset`` sentinel)
and the decoder expression (``_m.STR``, ``_m.Model(Pay)``, ``_m.List(_m.DECIMAL)``...).
"""

from __future__ import annotations

from typing import Any

MONEY_FIELDS = frozenset(
    {
        "amount",
        "approved",
        "approved_amount",
        "all",
        "balance",
        "cancellation_fee",
        "charged",
        "denied",
        "expense_amount",
        "labor_sum",
        "limit",
        "max",
        "max_pay",
        "min",
        "minimum_payment",
        "modifier",
        "passive_cancellation_amount",
        "pending",
        "sum",
        "total",
        "uncharged",
    }
)
"""Number fields that hold money (pay, expenses, bonuses, penalties, finance): ``Decimal``.

The spec has no money format; these names are money wherever they are numbers in it (hours,
units, distances, coordinates and ratings are not in the list and stay ``float``)."""

_SCALARS = {
    "string_property.py.jinja": ("str", "_m.STR"),
    "int_property.py.jinja": ("int", "_m.INT"),
    "float_property.py.jinja": ("float", "_m.FLOAT"),
    "boolean_property.py.jinja": ("bool", "_m.BOOL"),
    "date_property.py.jinja": ("datetime.date", "_m.DATE"),
    "datetime_property.py.jinja": ("datetime.datetime", "_m.DATETIME"),
    "uuid_property.py.jinja": ("UUID", "_m.UUID"),
    "any_property.py.jinja": ("Any", "_m.ANY"),
    "file_property.py.jinja": ("File", "_m.ANY"),
}


def _name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


_BY_CLASS = {"StringProperty": "string_property.py.jinja", "AnyProperty": "any_property.py.jinja"}
"""Property classes without a template of their own in openapi-python-client."""


def _template(prop: Any) -> str:
    own = _BY_CLASS.get(type(prop).__name__)
    return own if own is not None else str(getattr(prop, "template", "") or "")


def _is_none(prop: Any) -> bool:
    return type(prop).__name__ == "NoneProperty"


def _money(prop: Any, owner: str | None) -> bool:
    return _template(prop) == "float_property.py.jinja" and owner in MONEY_FIELDS


def _money_union(prop: Any, owner: str | None) -> bool:
    """A money field sent as a number or a decimal string: one ``Decimal``."""
    inner = [p for p in getattr(prop, "inner_properties", None) or [] if not _is_none(p)]
    return any(_money(p, owner) for p in inner) and all(
        _template(p)
        in (
            "float_property.py.jinja",
            "string_property.py.jinja",
            "any_property.py.jinja",
            "int_property.py.jinja",
        )
        for p in inner
    )


def _branches(prop: Any) -> list[Any]:
    return list(getattr(prop, "inner_properties", None) or [prop])


def field_type(prop: Any, owner: str | None = None) -> str:
    """The annotation of a decoded value, without ``None`` (see :func:`nullable`)."""
    owner = owner if owner is not None else _name(prop)
    template = _template(prop)
    if _money_union(prop, owner):
        return "Decimal"
    if template == "union_property.py.jinja":
        parts: list[str] = []
        for inner in prop.inner_properties:
            if _is_none(inner):
                continue
            text = field_type(inner, owner)
            if text not in parts:
                parts.append(text)
        return "Any" if "Any" in parts else (" | ".join(parts) or "None")
    if _money(prop, owner):
        return "Decimal"
    if template in _SCALARS:
        return _SCALARS[template][0]
    if template == "list_property.py.jinja":
        inner = prop.inner_property
        text = field_type(inner, owner)
        if nullable(inner):
            text += " | None"
        return f"list[{text}]"
    if template in ("model_property.py.jinja", "enum_property.py.jinja"):
        return str(prop.class_info.name)
    if template in ("const_property.py.jinja", "literal_enum_property.py.jinja"):
        return str(prop.get_type_string(no_optional=True).as_unembedded_code())
    return "Any"


def nullable(prop: Any) -> bool:
    """Whether the schema allows ``null`` (a union with a none branch)."""
    return _is_none(prop) or any(_is_none(p) for p in getattr(prop, "inner_properties", []) or [])


def getter_type(prop: Any) -> str:
    """What a model's property returns: required fields ``X`` (``X | None`` when nullable),
    optional ones ``X | None`` (``None`` when the answer left them out)."""
    text = field_type(prop)
    if not prop.required or nullable(prop):
        return f"{text} | None" if text != "Any" else "Any"
    return text


def decoder(prop: Any, owner: str | None = None) -> str:
    """The runtime decoder expression for ``prop`` (evaluated inside the model module)."""
    owner = owner if owner is not None else _name(prop)
    template = _template(prop)
    if _money_union(prop, owner):
        return "_m.DECIMAL"
    if template == "union_property.py.jinja":
        inner = [decoder(p, owner) for p in prop.inner_properties if not _is_none(p)]
        unique = list(dict.fromkeys(inner))
        if len(unique) == 1:
            return unique[0]
        return "_m.Union((" + ", ".join(unique) + ",))"
    if _is_none(prop):
        return "_m.ANY"
    if _money(prop, owner):
        return "_m.DECIMAL"
    if template in _SCALARS:
        return _SCALARS[template][1]
    if template == "list_property.py.jinja":
        return f"_m.List({decoder(prop.inner_property, owner)})"
    if template == "model_property.py.jinja":
        return f"_m.Model({prop.class_info.name})"
    if template == "enum_property.py.jinja":
        return f"_m.Enum({prop.class_info.name})"
    if template == "const_property.py.jinja":
        return f"_m.Const({prop.value.raw_value!r})"
    return "_m.ANY"


def init_type(prop: Any) -> str:
    """The constructor's annotation: what the caller may pass (``Unset`` = leave it out)."""
    text = field_type(prop)
    if nullable(prop):
        text = f"{text} | None" if text != "Any" else "Any"
    if not prop.required:
        text = f"{text} | Unset" if text != "Any" else "Any"
    return text


def init_default(prop: Any) -> str | None:
    """The default of a constructor argument, or None when the caller must pass it."""
    declared = str(prop.to_string().as_unembedded_code())
    if " = " in declared:
        default = declared.split(" = ", 1)[1]
        if _money(prop, _name(prop)) and default not in ("UNSET", "None"):
            return f'Decimal("{default}")'
        return default
    return None if prop.required else "UNSET"


def uses(models: Any, names: tuple[str, ...]) -> bool:
    """Whether any field annotation of ``models`` mentions one of ``names`` (for imports)."""
    for prop in models:
        text = init_type(prop)
        if any(n in text for n in names):
            return True
    return False


def dict_type(prop: Any, owner: str | None = None) -> str:
    """The annotation of a field in a model's TypedDict twin (plain data a caller may send
    instead of the model): nested objects as the model or its dict, enums, dates and money
    also as their JSON values."""
    owner = owner if owner is not None else _name(prop)
    template = _template(prop)
    if _money_union(prop, owner) or _money(prop, owner):
        text = "Decimal | float | str"
    elif template == "union_property.py.jinja":
        parts: list[str] = []
        for inner in prop.inner_properties:
            if _is_none(inner):
                continue
            for part in dict_type(inner, owner).split(" | "):
                if part not in parts:
                    parts.append(part)
        text = "Any" if "Any" in parts else " | ".join(parts) or "None"
    elif template == "list_property.py.jinja":
        text = f"list[{dict_type(prop.inner_property, owner)}]"
    elif template == "model_property.py.jinja":
        name = str(prop.class_info.name)
        text = f"{name} | {name}Dict"
    elif template == "enum_property.py.jinja":
        text = f"{prop.class_info.name} | {prop.value_type.__name__}"
    elif template == "datetime_property.py.jinja":
        text = "datetime.datetime | str"
    elif template == "date_property.py.jinja":
        text = "datetime.date | str"
    elif template == "uuid_property.py.jinja":
        text = "UUID | str"
    else:
        text = field_type(prop, owner)
    if nullable(prop) and text != "Any":
        text += " | None"
    return text


def dict_keys_ok(props: Any) -> bool:
    """Whether every JSON key can be a TypedDict class attribute."""
    import keyword

    return all(_name(p).isidentifier() and not keyword.iskeyword(_name(p)) for p in props)
