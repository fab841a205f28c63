"""Errors a user can act on. The CLI prints their message; it never prints a traceback."""


class GraphbuildError(Exception):
    """Base class: the message says what went wrong and what to do."""


class InputError(GraphbuildError):
    """No usable input: a path that does not exist, or nothing readable in it."""


class ModelError(GraphbuildError):
    """The spaCy model could not be loaded."""


class QueryError(GraphbuildError):
    """A SPARQL query could not be parsed or run."""
