-- fact_observation: every loaded observation, every vintage kept, keyed to the latest province version existing during its period.
CREATE TABLE fact_observation AS
WITH numbered AS (
    SELECT o.*, row_number() OVER () AS stg_row FROM stg_observations o
)
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
FROM numbered o
JOIN dim_period d ON d.period = o.period
JOIN dim_province p
  ON p.province_code = o.province_code
 AND p.valid_from <= d.end_date AND p.valid_to >= d.start_date
QUALIFY row_number() OVER (PARTITION BY o.stg_row ORDER BY p.valid_to DESC) = 1;
