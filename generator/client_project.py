"""Drive openapi-python-client programmatically with our templates and extra output kinds.

Stock openapi-python-client renders models and one module per operation. On top of that we
render the runtime core (``_base_client.py``, ``_auth.py``, ...), one resource class per tag
(sync and async) and the package's README, all from ``templates/``. What a template needs
beyond the parser's model (token path outside the base URL, pagination style, environments)
is computed here from the bundled document and handed over as jinja globals.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

from openapi_python_client import Project, strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError, ParseError
from openapi_python_client.parser.openapi import Endpoint, GeneratorData, import_string_from_class
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty

from . import client_types
from .bundle import Bundle
from .errors import SpecError, SpecErrors
from .lint import operations

PROJECT_NAME = "fieldnation-client"
PACKAGE_NAME = "fieldnation_client"
GENERATOR_REVISION = 1
"""Bumped when our templates change the generated package in a way users should see."""

RUNTIME_MODULES = (
    "_constants.py",
    "_redact.py",
    "_exceptions.py",
    "_models.py",
    "_retry.py",
    "_logs.py",
    "_mode.py",
    "_response.py",
    "_auth.py",
    "_base_client.py",
    "_pagination.py",
    "_resource.py",
)


def package_version(spec_version: str) -> str:
    """The client version: the spec's ``info.version`` plus our generator revision."""
    return f"{spec_version}.{GENERATOR_REVISION}" if spec_version.count(".") < 3 else spec_version


def _config(out: Path, version: str) -> Config:
    file = ConfigFile(
        project_name_override=PROJECT_NAME,
        package_name_override=PACKAGE_NAME,
        package_version_override=version,
        post_hooks=[],
        literal_enums=False,
    )
    return Config.from_sources(
        file,
        MetaType.UV,
        document_source="spec/dist/openapi.json",
        file_encoding="utf-8",
        overwrite=True,
        output_path=out,
    )


def _environments(doc: dict[str, Any]) -> list[dict[str, str]]:
    envs = []
    for server in doc.get("servers") or []:
        name = server.get("x-environment")
        if name:
            envs.append(
                {"name": name, "url": server["url"], "description": server.get("description", "")}
            )
    if not envs:
        raise SpecError("openapi.yaml", "/servers", "no server carries x-environment")
    return envs


def _operation_facts(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per operationId: whether its path is outside the base URL, and its pagination style."""
    facts: dict[str, dict[str, Any]] = {}
    for path, method, op in operations(doc):
        item = doc["paths"][path]
        params = {p.get("name") for p in _params(doc, item, op) if p.get("in") == "query"}
        paging = None
        if {"page", "per_page"} <= params:
            paging = "page"
        elif "cursor" in params:
            paging = "cursor"
        facts[op["operationId"]] = {
            "max_retries": _max_retries(op),
            "root_relative": bool(item.get("servers") or op.get("servers")),
            "paging": paging,
            "method": method,
            "path": path,
        }
    return facts


def _max_retries(op: dict[str, Any]) -> int | None:
    """An operation's own retry policy, ``x-retries``: ``false``/``0`` (never retried, e.g. a
    pay change), a number, or ``{max_retries: n}``; None follows the client's setting."""
    policy = op.get("x-retries")
    if policy is None or policy is True:
        return None
    if policy is False:
        return 0
    if isinstance(policy, dict):
        policy = policy.get("max_retries")
    if isinstance(policy, int) and not isinstance(policy, bool) and policy >= 0:
        return policy
    raise SpecError(
        "openapi.yaml",
        f"/paths/.../{op.get('operationId')}/x-retries",
        "x-retries must be false, a number >= 0 or {max_retries: n}",
    )


def _params(doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        if "$ref" in param:
            param = doc["components"]["parameters"][param["$ref"].rsplit("/", 1)[-1]]
        out.append(param)
    return out


def _find(node: Any, wanted: Any, where: str = "") -> str | None:
    """Pointer of the first node equal to ``wanted`` (to locate parser errors)."""
    if node == wanted:
        return where
    if isinstance(node, dict):
        for k, v in node.items():
            found = _find(v, wanted, f"{where}/{str(k).replace('~', '~0').replace('/', '~1')}")
            if found is not None:
                return found
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found = _find(v, wanted, f"{where}/{i}")
            if found is not None:
                return found
    return None


def _located(result: Bundle, errors: list[GeneratorError]) -> SpecErrors:
    located = []
    for err in errors:
        where = ""
        data = getattr(err, "data", None)
        if data is not None and hasattr(data, "model_dump"):
            dumped = data.model_dump(by_alias=True, exclude_unset=True, mode="json")
            where = _find(result.document, dumped) or ""
        origin = result.locate(where)
        message = f"{err.header.strip()} {err.detail or ''}".strip()
        located.append(
            SpecError(origin.file, origin.pointer, f"unsupported by the generator: {message}")
        )
    return SpecErrors(located)


def _class_import(prop: Any) -> set[str]:
    """Imports of the model classes a property names, the branches of a union included."""
    info = getattr(prop, "class_info", None)
    if info is not None:
        return {import_string_from_class(info, prefix="..models")}
    found: set[str] = set()
    for inner in getattr(prop, "inner_properties", None) or []:
        found |= _class_import(inner)
    return found


def success_responses(endpoint: Endpoint) -> list[Any]:
    """The 2xx responses of an operation (errors are raised by the request loop)."""
    return [
        r
        for r in endpoint.responses.patterns
        if r.status_code.range and 200 <= r.status_code.range[0] <= 299
    ]


def response_type(response: Any) -> str:
    """Annotation of one success body (``None`` for an empty one)."""
    if response.source["attribute"] == "None":
        return "None"
    if response.source["attribute"] != "response.json()":
        return str(response.prop.get_type_string().as_unembedded_code())
    text = client_types.field_type(response.prop)
    return f"{text} | None" if client_types.nullable(response.prop) and text != "Any" else text


def success_type(endpoint: Endpoint) -> str:
    """Return annotation of an operation: the union of its 2xx bodies."""
    types: list[str] = []
    for response in success_responses(endpoint):
        text = response_type(response)
        if text not in types:
            types.append(text)
    return " | ".join(types) or "None"


def resource_imports(collection: Any, facts: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """The endpoint modules' imports, re-rooted for ``resources/<tag>.py`` and split into those
    needed at run time (names in parameter defaults, ``UNSET``...) and those that only annotate
    (imported under ``TYPE_CHECKING`` so that a resource group loads few model modules)."""
    found: set[str] = set()
    defaults: list[str] = []
    for endpoint in collection.endpoints:
        found.update(facts.get(str(endpoint.name), {}).get("item_imports", []))
        for imp in endpoint.relative_imports:
            found.add(imp.replace("from ...", "from ..", 1) if imp.startswith("from ...") else imp)
        for param in endpoint.list_all_parameters():
            declared = param.to_string().as_unembedded_code()
            if " = " in declared:
                defaults.append(declared.split(" = ", 1)[1])
    runtime: list[str] = []
    typing_only: list[str] = []
    for imp in sorted(found):
        name = imp.rsplit(" ", 1)[-1]
        is_model = imp.startswith("from ..models.")
        needed = not is_model or any(re.search(rf"\b{re.escape(name)}\b", d) for d in defaults)
        (runtime if needed else typing_only).append(imp)
    return {"runtime": runtime, "typing": typing_only}


def dict_body(endpoint: Endpoint) -> dict[str, str] | None:
    """For one JSON body that is a model: its TypedDict twin's name and module, so that the
    body may also be sent as plain data."""
    if len(endpoint.bodies) != 1:
        return None
    body = endpoint.bodies[0]
    prop = body.prop
    if body.body_type != "json" or not isinstance(prop, ModelProperty):
        return None
    return {"name": f"{prop.class_info.name}Dict", "module": prop.class_info.module_name}


def body_type(endpoint: Endpoint) -> str:
    """The annotation of a single body parameter (the model, or also its TypedDict)."""
    prop = endpoint.bodies[0].prop
    text = str(prop.get_type_string(no_optional=True).as_unembedded_code())
    twin = dict_body(endpoint)
    if twin is not None:
        text += f" | {twin['name']}"
    if not prop.required:
        text += " | Unset"
    return text


def body_union(endpoint: Endpoint) -> str:
    """The body annotation of an operation with several media types, without repeats."""
    types: list[str] = []
    for body in endpoint.bodies:
        text = body.prop.get_type_string(no_optional=True).as_unembedded_code()
        if text not in types:
            types.append(text)
    return " | ".join(types)


def iterator_name(endpoint: Endpoint) -> str:
    """``list_work_orders`` -> ``iter_work_orders``."""
    name = str(endpoint.name)
    return "iter_" + (name[5:] if name.startswith("list_") else name)


def page_name(endpoint: Endpoint) -> str:
    """``list_work_orders`` -> ``page_work_orders`` (the page object next to ``iter_``)."""
    name = str(endpoint.name)
    return "page_" + (name[5:] if name.startswith("list_") else name)


class ClientProject(Project):
    """openapi-python-client's Project plus our runtime core, resources and README."""

    def __init__(
        self, *, openapi: GeneratorData, config: Config, templates: Path, doc: dict[str, Any]
    ) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=templates)
        facts = _operation_facts(doc)
        for collection in openapi.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                fact = facts.get(str(endpoint.name), {})
                fact.update(self._paging_types(endpoint, fact.get("paging")))
                fact.update(self._async_split(endpoint))
        self.env.globals.update(
            success_responses=success_responses,
            success_type=success_type,
            response_type=response_type,
            resource_imports=resource_imports,
            iterator_name=iterator_name,
            page_name=page_name,
            body_union=body_union,
            body_type=body_type,
            dict_body=dict_body,
            getter_type=client_types.getter_type,
            init_type=client_types.init_type,
            init_default=client_types.init_default,
            decoder=client_types.decoder,
            nullable=client_types.nullable,
            dict_type=client_types.dict_type,
            dict_keys_ok=client_types.dict_keys_ok,
            facts=facts,
            environments=_environments(doc),
            runtime_modules=RUNTIME_MODULES,
            spec_version=str(doc["info"]["version"]),
            package_version=package_version(str(doc["info"]["version"])),
            spec_title=str(doc["info"]["title"]),
            generator_revision=GENERATOR_REVISION,
        )

    @staticmethod
    def _async_split(endpoint: Endpoint) -> dict[str, Any]:
        """For an operation with an ``async`` flag answered 202 (a job) when set: the return
        type per value, so that ``@overload``s narrow it."""
        param = next((p for p in endpoint.query_parameters if p.name == "async"), None)
        if param is None:
            return {}
        jobs: list[str] = []
        results: list[str] = []
        for response in success_responses(endpoint):
            text = response_type(response)
            target = jobs if response.status_code.range == (202, 202) else results
            if text not in target:
                target.append(text)
        if not jobs or not results:
            return {}
        return {
            "async_param": param.python_name,
            "async_type": " | ".join(jobs),
            "sync_type": " | ".join(results),
        }

    @staticmethod
    def _paging_types(endpoint: Endpoint, paging: str | None) -> dict[str, Any]:
        """Item type and list attribute of a paginated operation's success response."""
        if paging is None:
            return {}
        attr = "results" if paging == "page" else "data"
        for response in endpoint.responses.patterns:
            prop = response.prop
            if response.status_code.range == (200, 200) and isinstance(prop, ModelProperty):
                for field in (prop.required_properties or []) + (prop.optional_properties or []):
                    if field.name == attr and isinstance(field, ListProperty):
                        inner = field.inner_property
                        return {
                            "items_attr": attr,
                            "item_type": inner.get_type_string(
                                no_optional=True
                            ).as_unembedded_code(),
                            "item_imports": sorted(
                                {*inner.get_imports(prefix=".."), *_class_import(inner)}
                            ),
                            "page_type": prop.class_info.name,
                        }
        return {"paging": None}

    def _create_package(self) -> None:
        super()._create_package()
        for name in RUNTIME_MODULES:
            template = self.env.get_template(f"runtime/{name}.jinja")
            text = template.render(package_name=PACKAGE_NAME)
            (self.package_dir / name).write_text(text, encoding="utf-8")
        (self.package_dir / "py.typed").write_text("", encoding="utf-8")

    def _build_api(self) -> None:
        super()._build_api()
        resources = self.package_dir / "resources"
        resources.mkdir(exist_ok=True)
        template = self.env.get_template("resource.py.jinja")
        for tag, collection in self.openapi.endpoint_collections_by_tag.items():
            text = template.render(tag=tag, collection=collection)
            (resources / f"{tag}.py").write_text(text, encoding="utf-8")
        init = self.env.get_template("resources_init.py.jinja")
        (resources / "__init__.py").write_text(init.render(), encoding="utf-8")
        reference = self.env.get_template("api.md.jinja")
        text = reference.render(
            endpoint_collections_by_tag=self.openapi.endpoint_collections_by_tag
        )
        (self.project_dir / "api.md").write_text(text, encoding="utf-8")


_NOT_GENERATED = frozenset({"if", "then", "else", "not", "example", "examples", "links"})


def _enum_key(value: str, index: int) -> str:
    """The Python member name openapi-python-client derives from a string enum value."""
    key = value.upper() if value and value[0].isalpha() else f"VALUE_{index}"
    return str(strings.snake_case(key).upper())


def enum_clashes(result: Bundle) -> list[SpecError]:
    """String enums whose values collapse to one Python member name ("to site"/"to_site")."""
    found: list[SpecError] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            values = node.get("enum")
            if isinstance(values, list) and not node.get("x-enum-varnames"):
                seen: dict[str, str] = {}
                for i, value in enumerate(values):
                    if not isinstance(value, str):
                        continue
                    key = _enum_key(value, i)
                    if key in seen:
                        origin = result.locate(where + "/enum")
                        found.append(
                            SpecError(
                                origin.file,
                                origin.pointer,
                                f"enum values {seen[key]!r} and {value!r} both become Python name {key}; add x-enum-varnames",
                            )
                        )
                        break
                    seen[key] = value
            for k, v in node.items():
                if k not in _NOT_GENERATED and not str(k).startswith("x-"):
                    walk(v, f"{where}/{str(k).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}/{i}")

    walk(result.document, "")
    return found


_CONSTRAINT_KEYS = frozenset(
    {"type", "required", "minProperties", "maxProperties", "not", "description", "title"}
)


def _constraint_only(branch: Any) -> bool:
    """A composition branch that only says which properties must be present (possibly for
    one value of a discriminating property, ``{properties: {mode: {const: custom}}}``)."""
    if not isinstance(branch, dict) or branch.get("type", "object") != "object":
        return False
    props = branch.get("properties", {})
    pins_values = all(
        isinstance(p, dict) and p.keys() <= {"const", "enum", "description"} for p in props.values()
    )
    return branch.keys() <= _CONSTRAINT_KEYS | {"properties"} and pins_values


def codegen_view(node: Any) -> Any:
    """The document as code generators should see it.

    The spec expresses "send at least one of these fields" as ``anyOf`` branches that only list
    ``required`` properties, beside the object's ``properties``. Validators need that; code
    generators turn it into empty union classes and lose the properties. Such compositions are
    dropped here (the bundle keeps them, and the sandbox still enforces them).
    """
    if isinstance(node, list):
        return [codegen_view(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: codegen_view(v) for k, v in node.items()}
    if "properties" in out:
        for key in ("anyOf", "oneOf"):
            branches = out.get(key)
            if (
                isinstance(branches, list)
                and branches
                and all(_constraint_only(b) for b in branches)
            ):
                del out[key]
    return out


def render_client(result: Bundle, out: Path, templates: Path) -> None:
    """Render the client project for ``result`` into the empty directory ``out``."""
    from .speedups import apply

    apply()
    doc = result.document
    from .wire import problems as wire_problems

    clashes = enum_clashes(result) + wire_problems(result)
    if clashes:
        raise SpecErrors(clashes)
    config = _config(out, package_version(str(doc["info"]["version"])))
    data = GeneratorData.from_dict(codegen_view(doc), config=config)
    if isinstance(data, GeneratorError):
        raise SpecError("openapi.yaml", "", f"{data.header}: {data.detail}")
    problems: list[GeneratorError] = list(data.errors)
    for collection in data.endpoint_collections_by_tag.values():
        problems.extend(collection.parse_errors)
    if problems:
        raise _located(result, problems)
    project = ClientProject(openapi=data, config=config, templates=templates, doc=codegen_view(doc))
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    fatal = [e for e in errors if e.level == ErrorLevel.ERROR or isinstance(e, ParseError)]
    if fatal:
        raise _located(result, fatal)
