"""The one job: refresh the warehouse from the inbox."""

import dagster as dg

from pipelines.defs.partitions import yearly

refresh_job = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    partitions_def=yearly,
    description="Inbox → staged years → candidate warehouse → emulation scores (with the covenants) → checks → atomic publish.",
)
