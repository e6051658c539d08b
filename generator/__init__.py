"""Spec tooling and client generation for the Field Nation Client API toolkit.

The pipeline: ``spec/`` sources --bundle--> ``spec/dist/openapi.json`` --check-->
openapi-python-client + our ``templates/`` --> ``generated/``.
"""
