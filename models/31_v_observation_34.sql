-- v_observation_34: history re-expressed in the 34-province geography; additive indicators only, combined rows named.
CREATE VIEW v_observation_34 AS
WITH mid AS (  -- earlier reorganisations first (Hà Tây → Hà Nội, 2008)
    SELECT b.*, coalesce(l1.new_code, b.province_code) AS mid_code
    FROM v_best_observation b
    JOIN dim_indicator i USING (indicator)
    LEFT JOIN bridge_province_lineage l1
      ON l1.old_province_key = b.province_key AND l1.effective_date < DATE '2025-07-01'
    WHERE i.additive
), to_new AS (
    SELECT mid.*, CASE WHEN mid.period_end_date >= DATE '2025-07-01' THEN mid.province_code
                       ELSE coalesce(l2.new_code, mid.mid_code) END AS new_code
    FROM (SELECT m.*, d.end_date AS period_end_date FROM mid m JOIN dim_period d USING (period)) mid
    LEFT JOIN (SELECT DISTINCT old_code, new_code FROM bridge_province_lineage
               WHERE effective_date = DATE '2025-07-01') l2
      ON l2.old_code = mid.mid_code
), expected AS (
    SELECT new_code, count(DISTINCT old_code) AS n_expected
    FROM bridge_province_lineage WHERE effective_date = DATE '2025-07-01' GROUP BY new_code
)
SELECT
    t.new_code AS province_code_34,
    n.name_vi AS province_name_34,
    t.indicator,
    t.period,
    t.basis,
    sum(t.value) AS value,
    any_value(t.unit) AS unit,
    count(*) AS n_combined,
    string_agg(t.province_code, ',' ORDER BY t.province_code) AS combined_from,
    any_value(e.n_expected) AS n_provinces_expected,
    bool_and(t.period_end_date >= DATE '2025-07-01')
        OR count(DISTINCT t.province_code) >= coalesce(any_value(e.n_expected), 1) AS is_complete,
    bool_or(t.status <> 'actual') AS includes_estimates,
    bool_or(t.qualifier <> 'exact') AS includes_approximate
FROM to_new t
JOIN dim_province n ON n.province_code = t.new_code AND n.geography = '34'
LEFT JOIN expected e ON e.new_code = t.new_code
GROUP BY t.new_code, n.name_vi, t.indicator, t.period, t.basis;
