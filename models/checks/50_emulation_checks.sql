-- emulation_checks: integrity of the covenant, score and ranking tables (run after models 50 and up).
SELECT 'dim_criterion key unique' AS check_name, count(*) AS violations, any_value(criterion_key) AS example
FROM (SELECT criterion_key FROM dim_criterion GROUP BY ALL HAVING count(*) > 1)
UNION ALL
SELECT 'fact_covenant_target → dim_criterion', count(*), any_value(t.cluster_code || ':' || t.year || ':' || t.criterion_code)
FROM fact_covenant_target t ANTI JOIN dim_criterion c USING (cluster_code, year, criterion_code)
UNION ALL
SELECT 'fact_covenant_target → dim_province', count(*), any_value(t.province_code)
FROM fact_covenant_target t ANTI JOIN dim_province p USING (province_code)
UNION ALL
SELECT 'fact_emulation_score key unique', count(*), any_value(k)
FROM (SELECT cluster_code || ':' || year || ':' || province_code || ':' || criterion_code AS k
      FROM fact_emulation_score GROUP BY ALL HAVING count(*) > 1)
UNION ALL
SELECT 'fact_emulation_score → dim_criterion', count(*), any_value(s.cluster_code || ':' || s.year || ':' || s.criterion_code)
FROM fact_emulation_score s ANTI JOIN dim_criterion c USING (cluster_code, year, criterion_code)
UNION ALL
SELECT 'mart_cluster_ranking total ≤ maximum + bonus cap', count(*), any_value(cluster_code || ':' || year || ':' || province_code)
FROM mart_cluster_ranking WHERE total_points > max_possible + coalesce(bonus_cap, 0) + 1e-9
UNION ALL
SELECT 'mart_cluster_ranking total = sum of criterion points', count(*), any_value(m.cluster_code || ':' || m.year || ':' || m.province_code)
FROM mart_cluster_ranking m
JOIN (SELECT cluster_code, year, province_code, sum(points) AS points FROM fact_emulation_score GROUP BY ALL) s
  USING (cluster_code, year, province_code)
WHERE abs(m.total_points - s.points) > 0.01
UNION ALL
SELECT 'mart_cluster_ranking at most one flag proposal per cluster and year', count(*), any_value(cluster_code || ':' || year)
FROM (SELECT cluster_code, year FROM mart_cluster_ranking WHERE proposed_flag GROUP BY ALL HAVING count(*) > 1)
UNION ALL
SELECT 'mart_cluster_ranking → bridge_cluster_member', count(*), any_value(m.cluster_code || ':' || m.year || ':' || m.province_code)
FROM mart_cluster_ranking m ANTI JOIN bridge_cluster_member b USING (cluster_code, year, province_code)
