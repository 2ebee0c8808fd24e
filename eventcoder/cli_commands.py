"""Subcommands beyond `parse`, each group registered by the module that implements it."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the engine (`explain`, `dict`, `model`) and corpus (`code`, `report`) subcommands."""
    from eventcoder import cli_corpus, cli_engine

    cli_engine.register(sub)
    cli_corpus.register(sub)
