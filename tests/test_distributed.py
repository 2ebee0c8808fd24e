"""Worker processes and Dask: exactly the events (and errors, and ledger) of a single-process run."""

from __future__ import annotations

import json
import sqlite3

import pytest

from eventcoder.cli import main
from eventcoder.corpus import CODER_FACTORY_ENV, code_files, ledger_path
from eventcoder.distributed import code_corpus, run_partitions
from tests.corpus_helpers import FACTORY, article, write_conllu_corpus
from tests.test_corpus import options


@pytest.fixture
def corpus(tmp_path):
    conllu = write_conllu_corpus(tmp_path / "a.conllu", 45)
    lines = [json.dumps({"id": f"j{i}", "date": "2023-05-01", "text": article(i)}) for i in range(25)]
    lines[7] = '{"id": "broken"'
    lines[12] = json.dumps({"id": "empty", "date": "2023-05-01", "text": ""})
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reference, errors = tmp_path / "ref.jsonl", tmp_path / "ref-errors.jsonl"
    summary = code_files([conllu, jsonl], options(reference, errors=str(errors)))
    assert summary.skipped == 2
    return [conllu, jsonl], reference, errors


@pytest.mark.slow
def test_local_cluster_of_two_workers_gives_the_single_process_output(tmp_path, corpus, monkeypatch):
    distributed = pytest.importorskip("dask.distributed")
    inputs, reference, ref_errors = corpus
    out, errors = tmp_path / "dask.jsonl", tmp_path / "dask-errors.jsonl"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summary = code_corpus(inputs, client, output=str(out), errors=str(errors), coder_factory=FACTORY,
                              docs_per_partition=6, sync_interval=0)
        assert summary.exit_status == 1 and summary.documents == 68 and summary.skipped == 2
        assert out.read_bytes() == reference.read_bytes()
        assert errors.read_bytes() == ref_errors.read_bytes()

        # the same ledger: forget the second half of the run, resume it on the cluster
        with sqlite3.connect(ledger_path(out)) as conn:
            assert conn.execute("SELECT COUNT(*) FROM commits").fetchone()[0] > 20
            (keep,) = conn.execute("SELECT id FROM commits ORDER BY id LIMIT 1 OFFSET 10").fetchone()
            file_no, line = conn.execute("SELECT file_no, line FROM commits WHERE id = ?", (keep,)).fetchone()
            conn.execute("DELETE FROM commits WHERE id > ?", (keep,))
            conn.execute("DELETE FROM docs WHERE file_no > ? OR (file_no = ? AND line > ?)", (file_no, file_no, line))
        code_corpus(inputs, client, output=str(out), errors=str(errors), coder_factory=FACTORY,
                    docs_per_partition=6, resume=True)
        assert out.read_bytes() == reference.read_bytes()

        # the CLI, through the scheduler's address
        monkeypatch.setenv(CODER_FACTORY_ENV, FACTORY)
        cli_out = tmp_path / "cli.csv"
        status = main(["code", *map(str, inputs), "-o", str(cli_out), "--format", "csv", "--quiet",
                       "--scheduler", cluster.scheduler_address])
        assert status == 1
        code_files(inputs, options(tmp_path / "ref.csv", format="csv"))
        assert cli_out.read_bytes() == (tmp_path / "ref.csv").read_bytes()


@pytest.mark.slow
def test_local_worker_processes_from_the_cli(tmp_path, corpus, monkeypatch):
    monkeypatch.setenv(CODER_FACTORY_ENV, FACTORY)
    inputs, reference, ref_errors = corpus
    out, errors = tmp_path / "w.jsonl", tmp_path / "w-errors.jsonl"
    status = main(["code", *map(str, inputs), "-o", str(out), "--errors", str(errors), "--workers", "2",
                   "--quiet", "--partition-docs", "10"])
    assert status == 1
    assert out.read_bytes() == reference.read_bytes()
    assert errors.read_bytes() == ref_errors.read_bytes()


def test_run_partitions_keeps_input_order_with_a_small_window():
    import concurrent.futures as cf

    submitted = []

    def submit(part):
        submitted.append(part)
        fut = cf.Future()
        fut.set_result([part * 10, part * 10 + 1])
        return fut

    assert list(run_partitions(submit, iter(range(5)), window=2)) == [0, 1, 10, 11, 20, 21, 30, 31, 40, 41]
    assert submitted == [0, 1, 2, 3, 4]
