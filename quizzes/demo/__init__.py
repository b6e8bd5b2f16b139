"""Demo question pools and final tests for the five demo courses."""
