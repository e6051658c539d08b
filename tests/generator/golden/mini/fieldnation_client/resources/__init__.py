"""One resource class per API tag; the client creates them on first access."""
