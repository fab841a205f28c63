"""Name keys and slugs, shared by extraction and resolution."""

from __future__ import annotations

import re
import unicodedata


def name_key(name: str) -> str:
    """'Kim Jong-un' and 'Kim Jong Un' -> 'kim jong un'; 'U.S.' -> 'us'."""
    folded = name.replace("’", "'").replace("-", " ").replace(".", "").lower()
    return " ".join(folded.split())


def slug(name: str) -> str:
    """'Kim Jong-un' -> 'Kim_Jong_un'; 'Zürich' -> 'Zurich'; never empty."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9]+", "_", ascii_name).strip("_")
    return cleaned or "entity"
