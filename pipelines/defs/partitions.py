"""Yearly partitions: one per reporting year, Asia/Ho_Chi_Minh."""

import dagster as dg

FIRST_YEAR = "1990"

yearly = dg.TimeWindowPartitionsDefinition(
    start=FIRST_YEAR,
    cron_schedule="0 0 1 1 *",
    fmt="%Y",
    timezone="Asia/Ho_Chi_Minh",
    end_offset=2,  # the current year's estimates and next year's plans have a partition too
)
