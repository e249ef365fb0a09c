"""thidua: Vietnam's provincial socio-economic indicators, from the provinces' reports to a DuckDB warehouse."""

import os

# polars allocates through its own jemalloc, which by default gives each process four arenas per core and keeps
# what a thread frees for that thread's arena. The staging frees a year's rows on one of polars' threads and
# allocates the next on another, so the memory it has freed is not reused. One arena per process: tier L's peak
# fell from 1 943–1 953 MiB to 1 797–1 880 MiB in three refreshes each, run alternately, at the same speed
# (`benchmarks/trace_refresh.py --tier L`; docs/scaling.md). Set here, before anything imports polars, and
# inherited by every process a refresh starts; a value already in the environment is kept.
os.environ.setdefault("_RJEM_MALLOC_CONF", "narenas:1")
