"""Corpus runs on several processes: local worker processes or a Dask cluster.

The driver (this process) plans partitions (file/line ranges), sends them to the workers, and writes
their outcomes in input order through the same `CorpusRun` as a single-process run: same output, same
resume ledger, same errors file. Workers read their slices of the input themselves (the driver never
ships text) and keep one coder per process, so the model and dictionaries load once per worker.
At most a few partitions per worker are in flight, so the driver's memory stays flat.

    from dask.distributed import Client
    from eventcoder.distributed import code_corpus

    summary = code_corpus(["corpus/"], client=Client("tcp://scheduler:8786"), output="events.jsonl")
"""

from __future__ import annotations

import datetime as _dt
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

from eventcoder.corpus import (
    DEFAULT_MAX_DOC_CHARS,
    Checks,
    CoderSpec,
    CorpusRun,
    Outcome,
    Partition,
    RunOptions,
    RunSummary,
    code_partition_task,
    plan_partitions,
)
from eventcoder.errors import EventcoderError

__all__ = ["code_corpus", "run_partitions"]

Submit = Callable[[Partition], Any]  # returns a future with .result()


def run_partitions(submit: Submit, parts: Iterable[Partition], *, window: int) -> Iterator[Outcome]:
    """Outcomes of all partitions in input order, with at most `window` partitions in flight."""
    pending: deque[Any] = deque()
    todo = iter(parts)
    for part in todo:
        pending.append(submit(part))
        if len(pending) >= window:
            break
    while pending:
        outcomes = pending.popleft().result()
        nxt = next(todo, None)
        if nxt is not None:
            pending.append(submit(nxt))
        yield from outcomes


def code_corpus(
    paths: Sequence[str | Path],
    client: Any = None,
    *,
    output: str,
    format: str = "jsonl",
    dictionaries: Sequence[str | Path] | None = None,
    model_dir: str | Path | None = None,
    resume: bool = False,
    errors: str | None = None,
    workers: int | None = None,
    batch_size: int = 32,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    language_check: bool = True,
    date: _dt.date | str | None = None,
    docs_per_partition: int = 200,
    quiet: bool = True,
    coder_factory: str = "",
    sync_interval: float = 2.0,
    stderr: IO[str] | None = None,
) -> RunSummary:
    """Code files and folders on a Dask cluster (`client`) or on `workers` local processes.

    Gives exactly the events of the single-process `eventcoder code` run, in the same order, with
    the same ledger (a run started here can be resumed by either). Returns the run's totals.
    """
    from eventcoder.readers import input_files

    if client is None and not workers:
        raise EventcoderError("code_corpus needs a Dask client or a number of local workers")
    threads = max(1, (os.cpu_count() or 1) // workers) if client is None and workers else None
    spec = CoderSpec(
        dictionaries=tuple(str(d) for d in dictionaries or ()),
        model_dir=str(model_dir) if model_dir else None,
        batch_size=batch_size,
        threads=threads,
        factory=coder_factory,
    )
    options = RunOptions(
        output=output, format=format, errors=errors, resume=resume, quiet=quiet, date=date,
        spec=spec, checks=Checks(max_doc_chars, language_check), sync_interval=sync_interval,
    )
    files = input_files(paths)
    run = CorpusRun.open(files, options, stderr=stderr)
    parts = plan_partitions(files, docs_per_partition=docs_per_partition, after=run.resume_point)
    day = options.date

    if client is not None:
        slots = sum(client.nthreads().values()) or 1

        def submit(part: Partition) -> Any:
            return client.submit(code_partition_task, part, spec, options.checks, day, pure=False)

        return run.consume(run_partitions(submit, parts, window=2 * slots + 1))

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:

        def submit_local(part: Partition) -> Future[list[Outcome]]:
            return pool.submit(code_partition_task, part, spec, options.checks, day)

        return run.consume(run_partitions(submit_local, parts, window=2 * (workers or 1) + 1))
