-- fact_observation: every loaded observation, every vintage kept, keyed to the province version the source named
-- ("Cần Thơ (cũ)" beside the merged city: staged province_key), else to the latest version existing during its period.
-- The table is created empty and filled from stg_observations_to_load: on a full build every staged year, on a build
-- that starts from the published file (pipelines/lib/warehouse_reuse.py) only the years whose staged file changed.
CREATE TEMP TABLE province_key_of AS  -- small: one row per (code, period) the staged rows use
SELECT o.province_code, o.period, p.province_key
FROM (SELECT DISTINCT province_code, period FROM stg_observations_to_load) o
JOIN dim_period d ON d.period = o.period
JOIN dim_province p
  ON p.province_code = o.province_code
 AND p.valid_from <= d.end_date AND p.valid_to >= d.start_date
QUALIFY row_number() OVER (PARTITION BY o.province_code, o.period ORDER BY p.valid_to DESC) = 1;

CREATE TEMP VIEW fact_observation_staged AS
SELECT
    o.year * 100000000 + o.file_row_number + 1 AS observation_id,  -- staged year and row: stable, no sort
    coalesce(o.province_key, k.province_key) AS province_key,
    o.province_code,
    o.indicator,
    o.period,
    o.status,
    o.value,
    o.unit,
    o.qualifier,
    coalesce(o.basis, '') AS basis,
    o.vintage,
    o.source_id,
    o.locator,
    o.raw_label,
    o.raw_value,
    o.snippet
FROM stg_observations_to_load o
JOIN province_key_of k USING (province_code, period);

CREATE TABLE IF NOT EXISTS fact_observation AS FROM fact_observation_staged WITH NO DATA;
INSERT INTO fact_observation FROM fact_observation_staged;
