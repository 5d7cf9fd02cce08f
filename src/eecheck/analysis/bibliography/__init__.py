"""Bibliography entries: each entry of a reference list read into its parts."""
