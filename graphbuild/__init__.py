"""graphbuild: a knowledge graph of who did what to whom, and who said what, from news articles."""

__version__ = "0.1.0"
