"""The one job: refresh the warehouse from the inbox."""

import dagster as dg

refresh_job = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    # one process per run, also when a daemon launches it: steps run one after another anyway, and GX is imported
    # once (parsed_inbox warms it for the staging check) instead of once per step process
    executor_def=dg.in_process_executor,
    description="Inbox → staged years → candidate warehouse → emulation scores (with the covenants) → checks → atomic publish.",
)
