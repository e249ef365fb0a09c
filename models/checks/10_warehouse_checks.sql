-- warehouse_checks: one row per integrity check with the number of violations and an example.
SELECT 'fact_observation key unique' AS check_name, count(*) AS violations,
       any_value(province_key || '|' || indicator || '|' || period || '|' || status || '|' || basis || '|' || source_id || '|' || vintage) AS example
FROM (SELECT province_key, indicator, period, status, basis, source_id, vintage
      FROM fact_observation
      -- equal keys share a hash: only rows whose hash repeats are grouped by the key itself (exact, and a
      -- fraction of the time of grouping every row by seven text columns at national scale)
      WHERE hash(province_key, indicator, period, status, basis, source_id, vintage) IN (
          SELECT hash(province_key, indicator, period, status, basis, source_id, vintage) AS h
          FROM fact_observation GROUP BY h HAVING count(*) > 1)
      GROUP BY ALL HAVING count(*) > 1)
UNION ALL
SELECT 'fact_observation → dim_province', count(*), any_value(f.province_key)
FROM fact_observation f ANTI JOIN dim_province p USING (province_key)
UNION ALL
SELECT 'fact_observation → dim_indicator', count(*), any_value(f.indicator)
FROM fact_observation f ANTI JOIN dim_indicator i USING (indicator)
UNION ALL
SELECT 'fact_observation → dim_period', count(*), any_value(f.period)
FROM fact_observation f ANTI JOIN dim_period d USING (period)
UNION ALL
SELECT 'fact_observation → dim_source', count(*), any_value(f.source_id)
FROM fact_observation f ANTI JOIN dim_source s USING (source_id)
UNION ALL
SELECT 'fact_observation unit = dim_indicator unit', count(*), any_value(f.indicator || ':' || f.unit)
FROM fact_observation f JOIN dim_indicator i USING (indicator) WHERE f.unit <> i.unit
UNION ALL
SELECT 'dim_province key unique', count(*), any_value(province_key)
FROM (SELECT province_key FROM dim_province GROUP BY ALL HAVING count(*) > 1)
UNION ALL
SELECT 'dim_province one version per code and day', count(*), any_value(a.province_key)
FROM dim_province a JOIN dim_province b
  ON a.province_code = b.province_code AND a.province_key < b.province_key
 AND a.valid_from <= b.valid_to AND b.valid_from <= a.valid_to
UNION ALL
SELECT 'staged rows = fact rows', abs((SELECT count(*) FROM stg_observations) - (SELECT count(*) FROM fact_observation)), NULL
UNION ALL
SELECT 'bridge_cluster_member → dim_province', count(*), any_value(m.province_code || '/' || m.year)
FROM ref_cluster_members m ANTI JOIN bridge_cluster_member b USING (cluster_code, year, province_code)

UNION ALL
SELECT 'dim_source key unique', count(*), any_value(source_id)
FROM (SELECT source_id FROM dim_source GROUP BY ALL HAVING count(*) > 1)
