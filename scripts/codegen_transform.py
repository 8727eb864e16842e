"""Write the codegen copy of openapi.yaml that scripts/generate.sh feeds to openapi-generator.

openapi.yaml is the contract clients read. The rust-axum generator turns some of its honest
declarations into code that would answer bad input itself, outside our control and not in
Kratos's error shape. Each tweak below exists for one such reason; none changes what the server
sends, only how the generated layer hands requests to our code.
"""

import sys
from http import HTTPStatus

import yaml

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def operations(spec):
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield op


def default_becomes_explicit(op):
    """rust-axum renders `default` as status 0, which no HTTP response can carry.

    The unexpected-error response is sent as 500, or as 503 while the store is unreachable, so it
    becomes those two explicit statuses.
    """
    responses = op["responses"]
    default = responses.pop("default", None)
    if default is not None:
        responses.setdefault("500", default)
        responses.setdefault("503", default)


def body_becomes_bytes(op):
    """Request bodies reach our handler as raw bytes.

    The generated `Json<T>` extractor would reject malformed JSON, a form body or an unknown
    content type with axum's own plain-text error. Kratos answers those with its error envelope,
    or (for login) with the flow and a 4000001 message, so our code must see the body first. The
    adapters still decode it into the generated model types.
    """
    body = op.get("requestBody")
    if body is not None:
        body["content"] = {
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
        }
        body["required"] = False


def query_params_become_strings(op):
    """Query parameters arrive as optional strings (or lists of strings).

    Typed parameters would make the extractor reject `refresh=yes`, `page_size=abc` or a missing
    `flow` with a plain-text 400, where Kratos reads booleans its own way and answers a bad id
    with its own error. Our adapters parse and validate them.
    """
    for param in op.get("parameters", []):
        if param.get("in") != "query":
            continue
        param["required"] = False
        if param["schema"].get("type") == "array":
            param["schema"] = {"type": "array", "items": {"type": "string"}}
        else:
            param["schema"] = {"type": "string"}


def resolve_parameter_refs(spec):
    """Inline `#/components/parameters/...` so the tweaks above see every parameter."""
    shared = spec.get("components", {}).get("parameters", {})
    for op in operations(spec):
        op["parameters"] = [
            dict(shared[p["$ref"].rsplit("/", 1)[1]]) if "$ref" in p else p
            for p in op.get("parameters", [])
        ]


def responses_get_stable_names(spec, op):
    """Each response's description becomes its status's reason phrase (`Status404_NotFound`).

    rust-axum names the response enum variants after the description, so rewording a
    description in openapi.yaml would otherwise rename variants and break the adapters.
    Shared `#/components/responses/...` entries are inlined first so each copy can be renamed.
    """
    shared = spec.get("components", {}).get("responses", {})
    for status, response in list(op["responses"].items()):
        if "$ref" in response:
            response = dict(shared[response["$ref"].rsplit("/", 1)[1]])
        response["description"] = HTTPStatus(int(status)).phrase
        op["responses"][status] = response


SHELL_HEADERS = {"set-cookie", "retry-after"}


def set_cookie_is_added_by_the_shell(op):
    """`Set-Cookie` and `Retry-After` stay documented in openapi.yaml but leave the generated
    responses.

    A response can set several cookies (the anti-CSRF cookie and the session cookie), which
    rust-axum's one-string-per-header fields cannot express; the HTTP shell appends the cookies
    that the adapters collect for the request. `Retry-After` comes the same way from the
    brute-force throttle, deep below the handler, on whichever response the flow's routing picks.
    """
    for response in op["responses"].values():
        headers = response.get("headers", {})
        for name in [n for n in headers if n.lower() in SHELL_HEADERS]:
            del headers[name]
        if not headers:
            response.pop("headers", None)


def security_is_not_enforced(op):
    """The admin operations keep Kratos's `oryAccessToken` declaration so Ory's SDKs can send
    one, but, as in Kratos's open-source server, the admin listener does not check it: access is
    controlled by where that listener is reachable. rust-axum would otherwise reject requests
    without the header before they reach us.
    """
    op.pop("security", None)


def main(src, dst):
    with open(src) as f:
        spec = yaml.safe_load(f)
    resolve_parameter_refs(spec)
    # See security_is_not_enforced: with no scheme left, no auth hook is generated.
    spec.get("components", {}).pop("securitySchemes", None)
    for op in operations(spec):
        default_becomes_explicit(op)
        body_becomes_bytes(op)
        query_params_become_strings(op)
        responses_get_stable_names(spec, op)
        security_is_not_enforced(op)
        set_cookie_is_added_by_the_shell(op)
    with open(dst, "w") as f:
        yaml.safe_dump(spec, f, sort_keys=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
