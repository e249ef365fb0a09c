"""Late reports: a new or changed file in the inbox triggers a refresh of the years it holds."""


import hashlib
import json

import dagster as dg

from pipelines.defs.jobs import refresh_job
from pipelines.defs.resources import ThiduaPaths
from pipelines.lib import parsed_store, staging


@dg.sensor(job=refresh_job, minimum_interval_seconds=300, default_status=dg.DefaultSensorStatus.STOPPED)
def inbox_changed(context: dg.SensorEvaluationContext, paths: ThiduaPaths):
    files = staging.inbox_files(paths.inbox_dir) + staging.covenant_files(paths.inbox_dir)
    state = {str(p): [p.stat().st_size, p.stat().st_mtime_ns] for p in files}
    digest = hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()
    if digest == context.cursor:
        return dg.SkipReason("inbox unchanged")
    context.update_cursor(digest)
    years = parsed_store.parsed_years(paths.staging_dir)
    last = str(max(years)) if years else None
    if last is None:
        return dg.SkipReason("nothing staged yet: run a full refresh first (thidua refresh)")
    return dg.RunRequest(run_key=digest, partition_key=last)
