"""eecheck: a compliance checker for IB Extended Essays.

The pipeline is readers -> model -> kinds -> rules -> report -> formatters.
"""

__version__ = "0.1.0"
