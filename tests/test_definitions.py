"""The Dagster definitions load, and the asset graph is what the README says."""

import dagster as dg

from pipelines.definitions import defs


def test_asset_graph_lineage_is_inbox_to_published():
    graph = defs.resolve_asset_graph()
    deps = {k.to_user_string(): sorted(p.to_user_string() for p in graph.get(k).parent_keys)
            for k in graph.get_all_asset_keys()}
    assert deps == {
        "parsed_inbox": [],
        "staged_observations": ["parsed_inbox"],
        "warehouse_candidate": ["staged_observations"],
        "covenants": [],
        "emulation_scores": ["covenants", "warehouse_candidate"],
        "published_warehouse": ["emulation_scores"],
        "published_copy": ["published_warehouse"],
    }


def test_checks_that_gate_publishing_are_blocking():
    graph = defs.resolve_asset_graph()
    checks = {k.name: graph.get_check_spec(k) for k in graph.asset_check_keys}
    assert set(checks) == {"staged_rows_pass_suite_and_add_up", "warehouse_integrity", "emulation_integrity"}
    assert all(spec.blocking for spec in checks.values())


def test_staging_is_partitioned_yearly_in_vietnam_time():
    graph = defs.resolve_asset_graph()
    parts = graph.get(dg.AssetKey("staged_observations")).partitions_def
    assert isinstance(parts, dg.TimeWindowPartitionsDefinition)
    assert parts.timezone == "Asia/Ho_Chi_Minh" and parts.fmt == "%Y"
    keys = parts.get_partition_keys()
    assert "2006" in keys and "2023" in keys


def test_yearly_schedule_runs_mid_january_for_the_previous_year():
    schedule = defs.resolve_schedule_def("yearly_refresh")
    assert schedule.cron_schedule == "0 6 15 1 *"
    assert schedule.execution_timezone == "Asia/Ho_Chi_Minh"
    context = dg.build_schedule_context(
        scheduled_execution_time=__import__("datetime").datetime(2024, 1, 15, 6, 0),
        repository_def=defs.get_repository_def())
    request = schedule.evaluate_tick(context).run_requests[0]
    assert request.partition_key == "2023"


def test_inbox_sensor_is_defined_for_late_reports():
    sensor = defs.resolve_sensor_def("inbox_changed")
    assert sensor.job_name == "refresh_warehouse"
