"""The national-scale metrics dataset in parts: where it goes and how rows are written (base),
the people and what they did (people), the facts built in bulk (facts), the checks (checks)."""
