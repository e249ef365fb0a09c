-- dim_cluster and bridge_cluster_member: emulation clusters and their member provinces by year.
CREATE TABLE dim_cluster AS
SELECT cluster_code, name_vi, name_en, valid_from, valid_to, basis FROM ref_clusters;

CREATE TABLE bridge_cluster_member AS
SELECT m.cluster_code, m.year, m.province_code, p.province_key
FROM ref_cluster_members m
JOIN dim_province p
  ON p.province_code = m.province_code
 AND make_date(m.year, 12, 31) BETWEEN p.valid_from AND p.valid_to;
