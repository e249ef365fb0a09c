"""The one Dagster Definitions of thidua."""

import dagster as dg

from pipelines.defs import assets, checks
from pipelines.defs.jobs import refresh_job
from pipelines.defs.resources import ThiduaPaths
from pipelines.defs.schedules import yearly_refresh
from pipelines.defs.sensors import inbox_changed

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([assets]),
    asset_checks=dg.load_asset_checks_from_modules([checks]),
    jobs=[refresh_job],
    schedules=[yearly_refresh],
    sensors=[inbox_changed],
    resources={"paths": ThiduaPaths()},
)
