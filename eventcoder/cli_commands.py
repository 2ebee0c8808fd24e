"""Subcommands beyond `parse`, registered on the `eventcoder` command line."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the engine, dictionary, model and corpus subcommands."""
