-- v_best_observation: the best value per province × indicator × period × basis (actual over estimate, newer over older, official over press).
CREATE VIEW v_best_observation AS
SELECT * EXCLUDE (pick)
FROM (
    SELECT
        f.*,
        s.source_class,
        count(*) OVER cell AS n_candidates,
        row_number() OVER (
            PARTITION BY f.province_key, f.province_code, f.indicator, f.period, f.basis
            ORDER BY CASE f.status WHEN 'actual' THEN 1 WHEN 'estimate' THEN 2 WHEN 'forecast' THEN 3 END,
                     f.vintage DESC,
                     CASE s.source_class WHEN 'official_table' THEN 1 ELSE 2 END,
                     CASE f.qualifier WHEN 'exact' THEN 1 ELSE 2 END,
                     f.observation_id
        ) AS pick
    FROM fact_observation f
    JOIN dim_source s USING (source_id)
    WHERE f.status <> 'plan'
    WINDOW cell AS (PARTITION BY f.province_key, f.province_code, f.indicator, f.period, f.basis)
) ranked
WHERE pick = 1;

CREATE VIEW v_plan_target AS
SELECT * EXCLUDE (pick)
FROM (
    SELECT f.*, row_number() OVER (
        PARTITION BY f.province_key, f.province_code, f.indicator, f.period, f.basis ORDER BY f.vintage DESC, f.observation_id) AS pick
    FROM fact_observation f
    WHERE f.status = 'plan'
) ranked
WHERE pick = 1;
