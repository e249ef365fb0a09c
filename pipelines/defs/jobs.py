"""The one job: refresh the warehouse from the inbox."""

import dagster as dg

refresh_job = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Inbox → staged years → candidate warehouse → emulation scores (with the covenants) → checks → atomic publish.",
)
