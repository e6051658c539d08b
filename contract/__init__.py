"""Contract tooling for the Field Nation API: the schemathesis run (``run``), and the traffic
tools that compare a real deployment with the spec."""
