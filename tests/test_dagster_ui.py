"""The Dagster UI (what `make dev` serves) shows the same assets, checks, partitions and schedule."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import REPO

QUERY = """{
  assetNodes { assetKey { path } dependencyKeys { path } isPartitioned assetChecksOrError { ... on AssetChecks { checks { name blocking } } } }
  repositoriesOrError { ... on RepositoryConnection { nodes { schedules { name cronSchedule executionTimezone } } } }
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_webserver_serves_the_asset_graph_and_schedule(tmp_path):
    port = free_port()
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path), "GX_ANALYTICS_ENABLED": "False"}
    webserver = Path(sys.executable).parent / "dagster-webserver"
    proc = subprocess.Popen([str(webserver), "-m", "pipelines.definitions", "-h", "127.0.0.1", "-p", str(port)],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        data = None
        deadline = time.monotonic() + 90  # the server starts in about 10 s here
        while time.monotonic() < deadline and data is None:
            try:
                req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", json.dumps({"query": QUERY}).encode(),
                                             {"Content-Type": "application/json"})
                payload = json.loads(urllib.request.urlopen(req, timeout=5).read())
                if payload.get("data", {}).get("assetNodes"):
                    data = payload["data"]
            except OSError:
                time.sleep(1)
        assert data is not None, "the webserver did not answer within 90 s"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    nodes = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
    assert set(nodes) == {"parsed_inbox", "staged_observations", "warehouse_candidate", "covenants", "emulation_scores",
                          "published_warehouse", "published_copy"}
    parents = {name: sorted("/".join(k["path"]) for k in n["dependencyKeys"]) for name, n in nodes.items()}
    assert parents["emulation_scores"] == ["covenants", "warehouse_candidate"]  # scores follow reports and covenants
    assert parents["published_warehouse"] == ["emulation_scores"]
    assert parents["published_copy"] == ["published_warehouse"]
    assert nodes["staged_observations"]["isPartitioned"] and not nodes["published_warehouse"]["isPartitioned"]
    checks = {c["name"]: c["blocking"] for n in nodes.values() for c in n["assetChecksOrError"].get("checks", [])}
    assert checks == {"staged_rows_pass_suite_and_add_up": True, "warehouse_integrity": True, "emulation_integrity": True}
    schedules = [s for repo in data["repositoriesOrError"]["nodes"] for s in repo["schedules"]]
    assert [(s["name"], s["cronSchedule"], s["executionTimezone"]) for s in schedules] == [
        ("yearly_refresh", "0 6 15 1 *", "Asia/Ho_Chi_Minh")]
