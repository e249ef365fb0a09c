-- fact_observation: every loaded observation, every vintage kept, keyed to its province version.
CREATE TABLE fact_observation AS
SELECT
    row_number() OVER (ORDER BY o.period, o.province_code, o.indicator, o.vintage, o.source_id, o.locator) AS observation_id,
    p.province_key,
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
FROM stg_observations o
JOIN dim_period d ON d.period = o.period
JOIN dim_province p
  ON p.province_code = o.province_code
 AND d.end_date BETWEEN p.valid_from AND p.valid_to;
