"""The link walk: an explicit state machine over the spec's links, with generated data.

Schemathesis' stateful phase picks its transitions at random; this walk makes sure every run
follows the declared links and the work-order lifecycle end to end:

- **links**: from every entry point (the creates that need no path parameter, work orders
  first) it follows each declared link once, depth first: reads before writes, deletes last;
  a state-changing link out of an entry point gets a freshly created resource of its own.
  Every request is a case schemathesis generates (positive mode) with the link's values bound
  (other path parameters from the chain, else the spec's examples, which name seeded objects),
  and every answer goes through schemathesis' response checks. Where the data decides (404,
  409, 422) a resource that links lead on from is drawn again, up to ``ATTEMPTS`` times, then
  sent once with the spec's example body (counted in the report); a work-order transition that
  answers 409 on a fresh draft is retried on a work order walked to the state it needs;
- **lifecycles**: the chains in ``LIFECYCLES`` in order on one work order, each step generated
  the same way (up to ``ATTEMPTS`` draws when the data decides, e.g. a 422), and every step
  must answer 2xx. The sandbox-only helpers (``sandbox/helpers_spec.py``) play the provider
  and the payer.

The result feeds ``report.md``: links followed of declared, the longest chain, the lifecycle
chains, failures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import hypothesis
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core import NOT_SET
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from contract.references import with_valid_query, with_valid_references

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
LIFECYCLES = (
    (
        "create_work_order",
        "publish_work_order",
        "route_work_order",
        "assign_work_order",
        "sandbox_work_done",
        "approve_work_order",
        "sandbox_paid",
    ),
    (
        "create_work_order",
        "create_work_order_contact",
        "update_work_order_contact",
        "delete_work_order_contact",
    ),
)
ATTEMPTS = 5
DATA_DECIDES = (404, 409, 422)
STAGES = (3, 4, 1, 2, 5)
"""Where a work-order transition that answered 409 on a draft is tried next: assigned, work
done, published, routed, approved (steps along the first lifecycle)."""
MAX_DEPTH = 4
METHOD_ORDER = {"get": 0, "post": 1, "put": 1, "patch": 1, "delete": 2}


@dataclass
class Step:
    """One request of the walk."""

    index: int
    operation_id: str
    label: str
    status: int
    parent: int | None = None
    link: str | None = None
    failures: list[str] = field(default_factory=list)
    detail: str = ""
    example: bool = False

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300 and not self.failures


@dataclass
class Result:
    steps: list[Step] = field(default_factory=list)
    declared: list[str] = field(default_factory=list)
    followed: set[str] = field(default_factory=set)
    lifecycles: list[tuple[tuple[str, ...], list[Step], bool]] = field(default_factory=list)

    def chain(self, step: Step) -> list[Step]:
        out = [step]
        while out[-1].parent is not None:
            out.append(self.steps[out[-1].parent])
        return out[::-1]

    def longest_chain(self) -> list[Step]:
        best: list[Step] = []
        for step in self.steps:
            if step.ok:
                chain = self.chain(step)
                if all(s.ok for s in chain) and len(chain) > len(best):
                    best = chain
        return best

    @property
    def failed(self) -> list[Step]:
        return [s for s in self.steps if s.failures]


def _pointer(doc: Any, pointer: str) -> Any:
    for part in [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]:
        if isinstance(doc, list) and part.isdigit() and int(part) < len(doc):
            doc = doc[int(part)]
        elif isinstance(doc, dict) and part in doc:
            doc = doc[part]
        else:
            return None
    return doc


def evaluate(expression: Any, request: dict[str, Any], response: dict[str, Any]) -> Any:
    """A runtime expression of an OpenAPI link (the forms the spec uses), else the literal."""
    if isinstance(expression, dict):
        return {k: evaluate(v, request, response) for k, v in expression.items()}
    if not isinstance(expression, str) or not expression.startswith("$"):
        return expression
    source, _, pointer = expression.partition("#")
    parts = source.split(".")
    if source == "$response.body":
        return _pointer(response.get("body"), pointer)
    if source == "$request.body":
        return _pointer(request.get("body"), pointer)
    if len(parts) == 3 and parts[0] == "$request":
        return (request.get(parts[1]) or {}).get(parts[2])
    return None


class Walk:
    def __init__(self, schema: Any, base_url: str, origin: str, token: str, draw: Any) -> None:
        self.schema = schema
        self.base_url = base_url
        self.origin = origin
        self.token = token
        self.draw = draw
        self.result = Result()
        self.raw = schema.raw_schema
        self.by_id: dict[str, tuple[str, str, dict[str, Any]]] = {}
        self.where: dict[str, dict[str, str]] = {}  # operationId -> parameter name -> location
        self.examples: dict[str, Any] = {}  # path parameter -> its example (a seeded object)
        for path, item in self.raw["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    self.by_id[op["operationId"]] = (method, path, op)
                    params = [self._deref(p) for p in item.get("parameters", [])]
                    params += [self._deref(p) for p in op.get("parameters", [])]
                    self.where[op["operationId"]] = {p["name"]: p["in"] for p in params}
                    for p in params:
                        if p["in"] == "path" and "example" in p:
                            self.examples.setdefault(p["name"], p["example"])
        self.expanded: set[str] = set()
        self._last: tuple[dict[str, Any], dict[str, Any]] = ({}, {})

    def _deref(self, item: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in item:
            item = _pointer(self.raw, item["$ref"][1:]) or {}
        return item

    def path_parameters(self, operation_id: str) -> set[str]:
        return {n for n, where in self.where[operation_id].items() if where == "path"}

    def has_links(self, operation_id: str) -> bool:
        return any(
            a.get("links") for a in self.by_id[operation_id][2].get("responses", {}).values()
        )

    def example_body(self, operation_id: str) -> Any:
        content = self.by_id[operation_id][2].get("requestBody", {}).get("content", {})
        media = self._deref(content.get("application/json", {}))
        schema = self._deref(media.get("schema", {}))
        return media.get("example", schema.get("example"))

    # -- one request ------------------------------------------------------------------
    def send(
        self,
        operation_id: str,
        context: dict[str, Any],
        *,
        path: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        body: Any = NOT_SET,
        parent: int | None = None,
        link: str | None = None,
    ) -> tuple[Step, dict[str, Any], dict[str, Any]]:
        """One generated case of the operation (link values and context bound), checked."""
        method, template, _ = self.by_id[operation_id]
        operation = self.schema.find_operation_by_id(operation_id)
        names = self.path_parameters(operation_id)
        known = {**self.examples, **context, **(path or {})}
        bound = {n: v for n, v in known.items() if n in names}
        case = self.draw(
            operation.as_strategy(
                GenerationMode.POSITIVE,
                path_parameters=bound or None,
                query=query or None,
                body=body,
            )
        )
        if isinstance(case.body, dict):
            case.body = with_valid_references(operation_id, case.body)
        # the walk needs the object itself, not an async job (schemathesis covers `async`)
        case.query = {
            **{k: v for k, v in with_valid_query(case.query or {}).items() if k != "async"},
            "access_token": self.token,
        }
        base = self.origin if template.startswith("/_sandbox/") else self.base_url
        step = Step(len(self.result.steps), operation_id, f"{method.upper()} {template}", 0)
        step.parent, step.link = parent, link
        self.result.steps.append(step)
        request = {
            "path": dict(case.path_parameters or {}),
            "query": {k: v for k, v in (case.query or {}).items() if k != "access_token"},
            "body": case.body if case.body is not NOT_SET else None,
        }
        try:
            response = case.call(base_url=base, timeout=30)
        except Exception as exc:  # a network error fails this step, not the run
            step.failures.append(f"request failed: {type(exc).__name__}")
            self._last = (request, {})
            return step, request, {}
        step.status = response.status_code
        try:
            case.validate_response(response, checks=CHECKS)
        except Exception as exc:
            group = getattr(exc, "exceptions", None) or [exc]
            step.failures += [str(getattr(e, "title", None) or type(e).__name__) for e in group]
        if not 200 <= response.status_code < 300:
            step.detail = response.text[:300]
        try:
            answer = response.json()
        except ValueError:
            answer = None
        self._last = (request, {"body": answer, "status": response.status_code})
        return step, *self._last

    def request(
        self, operation_id: str, context: dict[str, Any], *, tries: int = 1, **kwargs: Any
    ) -> tuple[Step, dict[str, Any], dict[str, Any]]:
        """Up to ``tries`` generated cases until one is applied (2xx) where the data decides
        (404/409/422); then, if the body was generated, the spec's example body once."""
        for _ in range(tries):
            step, req, res = self.send(operation_id, context, **kwargs)
            if step.ok or step.failures or step.status not in DATA_DECIDES:
                return step, req, res
        example = self.example_body(operation_id)
        if tries > 1 and kwargs.get("body", NOT_SET) is NOT_SET and example is not None:
            step, req, res = self.send(operation_id, context, **{**kwargs, "body": example})
            step.example = True
        return step, req, res

    def staged(self, length: int, context: dict[str, Any]) -> tuple[Step, dict, dict, dict]:
        """A fresh work order walked ``length`` steps along the main lifecycle."""
        steps, req, res, context = self.chain(LIFECYCLES[0][: length + 1], context)
        return steps[-1], req, res, context

    # -- links ------------------------------------------------------------------------
    def links(self, operation_id: str, status: int) -> list[tuple[str, dict[str, Any]]]:
        _, _, raw = self.by_id[operation_id]
        out = []
        for code, answer in raw.get("responses", {}).items():
            if code in (str(status), f"{str(status)[0]}XX"):
                for name, link in (answer.get("links") or {}).items():
                    out.append((f"{operation_id} -> {name}", link))
        return sorted(out, key=lambda item: METHOD_ORDER[self.by_id[item[1]["operationId"]][0]])

    def declared(self) -> list[str]:
        names = []
        for operation_id, (_, _, raw) in self.by_id.items():
            for answer in raw.get("responses", {}).values():
                for name in answer.get("links") or {}:
                    names.append(f"{operation_id} -> {name}")
        return names

    def follow(
        self,
        link_id: str,
        link: dict[str, Any],
        source: Step,
        req: dict[str, Any],
        res: dict[str, Any],
        context: dict[str, Any],
        *,
        expand: bool = True,
    ) -> tuple[Step, dict[str, Any], dict[str, Any]]:
        """Apply one link to the source's request and answer; then its own links."""
        target = link["operationId"]
        where = self.where[target]
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        for name, expression in (link.get("parameters") or {}).items():
            name = name.split(".", 1)[-1]
            value = evaluate(expression, req, res)
            if value is not None:
                (path if where.get(name) == "path" else query)[name] = value
        body = evaluate(link["requestBody"], req, res) if "requestBody" in link else NOT_SET
        self.result.followed.add(link_id)
        tries = ATTEMPTS if self.has_links(target) else 1
        kwargs = {"path": path, "query": query, "body": body, "link": link_id}
        step, treq, tres = self.request(target, context, tries=tries, parent=source.index, **kwargs)
        if (
            step.status == 409
            and "work_order_id" in path
            and source.operation_id == "create_work_order"
        ):
            # not in this state: the same link on a work order walked to where it applies
            for length in STAGES:
                stage, _, _, scontext = self.staged(length, context)
                if not stage.ok:
                    break
                path = {**path, "work_order_id": scontext["work_order_id"]}
                step, treq, tres = self.request(
                    target, scontext, tries=tries, parent=stage.index, **{**kwargs, "path": path}
                )
                if step.status != 409:
                    break
        depth = len(self.result.chain(step))
        if expand and step.ok and target not in self.expanded and depth < MAX_DEPTH:
            self.expanded.add(target)
            self.expand(step, treq, tres, {**context, **treq["path"]})
        return step, treq, tres

    def expand(
        self,
        step: Step,
        req: dict[str, Any],
        res: dict[str, Any],
        context: dict[str, Any],
        *,
        entry: str | None = None,
    ) -> None:
        for link_id, link in self.links(step.operation_id, step.status):
            if link_id in self.result.followed:
                continue
            source, sreq, sres, scontext = step, req, res, context
            if entry is not None and self.by_id[link["operationId"]][0] != "get":
                # a state-changing link out of an entry point gets a resource of its own
                source, sreq, sres = self.request(entry, context, tries=ATTEMPTS)
                scontext = {**context, **sreq["path"]}
                if not source.ok:
                    continue
            self.follow(link_id, link, source, sreq, sres, scontext)

    def entry_points(self) -> list[str]:
        """Creates that need no path parameter, and link sources that no link reaches."""
        targets = set()
        for _, _, raw in self.by_id.values():
            for answer in raw.get("responses", {}).values():
                targets |= {link["operationId"] for link in (answer.get("links") or {}).values()}
        entries = [
            op_id
            for op_id, (method, _, _) in self.by_id.items()
            if method == "post" and not self.path_parameters(op_id) and self.has_links(op_id)
        ]
        entries += [
            op_id
            for op_id in self.by_id
            if op_id not in targets and op_id not in entries and self.has_links(op_id)
        ]
        return sorted(entries, key=lambda op_id: op_id != "create_work_order")

    # -- the walk ---------------------------------------------------------------------
    def run(self, context: dict[str, Any]) -> Result:
        self.result.declared = self.declared()
        for entry in self.entry_points():
            step, req, res = self.request(entry, context, tries=ATTEMPTS)
            if step.ok:
                self.expanded.add(entry)
                self.expand(step, req, res, {**context, **req["path"]}, entry=entry)
        for chain in LIFECYCLES:
            steps, _, _, _ = self.chain(chain, dict(context))
            done = len(steps) == len(chain) and all(s.ok for s in steps)
            self.result.lifecycles.append((chain, steps, done))
        return self.result

    def chain(
        self, chain: tuple[str, ...], context: dict[str, Any]
    ) -> tuple[list[Step], dict[str, Any], dict[str, Any], dict[str, Any]]:
        """The operations in order on one work order; a hop the spec declares as a link
        follows it. Stops at the first step that is not applied."""
        steps: list[Step] = []
        req: dict[str, Any] = {}
        res: dict[str, Any] = {}
        for operation_id in chain:
            previous = steps[-1] if steps else None
            links = dict(
                (link["operationId"], (link_id, link))
                for link_id, link in (
                    self.links(previous.operation_id, previous.status) if previous else []
                )
            )
            if previous is not None and operation_id in links:
                link_id, link = links[operation_id]
                step, treq, tres = self.follow(
                    link_id, link, previous, req, res, context, expand=False
                )
            else:
                parent = previous.index if previous else None
                step, treq, tres = self.request(
                    operation_id, context, tries=ATTEMPTS, parent=parent
                )
            steps.append(step)
            if not step.ok:
                break
            req, res = treq, tres
            context = {**context, **treq["path"]}
            if operation_id == "create_work_order":
                context["work_order_id"] = (tres.get("body") or {}).get("id")
        return steps, req, res, context


class Draw:
    """One generated value per call, reproducible for a seed: each call is its own short
    Hypothesis run that keeps its last example (the first is always the simplest one)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.calls = 0

    def __call__(self, strategy: st.SearchStrategy[Any]) -> Any:
        self.calls += 1
        out: list[Any] = []

        @hypothesis.settings(
            max_examples=3,
            phases=[hypothesis.Phase.generate],
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
        @hypothesis.seed(self.seed * 1_000_003 + self.calls)
        @hypothesis.given(strategy)
        def pick(value: Any) -> None:
            out.append(value)

        pick()
        return out[-1]


def run_walk(
    schema: Any, base_url: str, origin: str, token: str, seed: int, context: dict[str, Any]
) -> Result:
    """Walk once, reproducibly for a seed."""
    return Walk(schema, base_url, origin, token, Draw(seed)).run(context)
