"""Mid-January, Asia/Ho_Chi_Minh: refresh with the previous year's reports."""


import dagster as dg

from pipelines.defs.jobs import refresh_job


@dg.schedule(job=refresh_job, cron_schedule="0 6 15 1 *", execution_timezone="Asia/Ho_Chi_Minh")
def yearly_refresh(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    year = str(context.scheduled_execution_time.year - 1)
    return dg.RunRequest(run_key=f"yearly-{year}", partition_key=year)
