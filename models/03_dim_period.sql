-- dim_period: every period the facts use, with its type, first and last day.
CREATE TABLE dim_period AS
WITH p AS (
    SELECT DISTINCT period FROM stg_observations
    UNION SELECT CAST(y AS VARCHAR) FROM range(2000, year(current_date) + 2) t(y)
), parts AS (
    SELECT period, CAST(substr(period, 1, 4) AS INTEGER) AS year, substr(period, 6) AS rest FROM p
), typed AS (
    SELECT period, year, rest,
        CASE WHEN rest = '' THEN 'year'
             WHEN rest IN ('H1', 'H2') THEN 'half'
             WHEN rest LIKE 'Q%' THEN 'quarter'
             WHEN rest LIKE '%M' THEN 'year_to_date'
             ELSE 'month' END AS period_type,
        CASE WHEN rest = '' THEN 12 WHEN rest = 'H1' THEN 6 WHEN rest = 'H2' THEN 12
             WHEN rest LIKE 'Q%' THEN 3 * CAST(substr(rest, 2) AS INTEGER)
             WHEN rest LIKE '%M' THEN CAST(rtrim(rest, 'M') AS INTEGER)
             ELSE CAST(rest AS INTEGER) END AS end_month
    FROM parts
)
SELECT
    period, year, period_type,
    CASE period_type
        WHEN 'year' THEN make_date(year, 1, 1)
        WHEN 'year_to_date' THEN make_date(year, 1, 1)
        WHEN 'half' THEN make_date(year, CASE rest WHEN 'H1' THEN 1 ELSE 7 END, 1)
        WHEN 'quarter' THEN make_date(year, end_month - 2, 1)
        ELSE make_date(year, end_month, 1) END AS start_date,
    last_day(make_date(year, end_month, 1)) AS end_date,
    CASE period_type
        WHEN 'year' THEN 'Năm ' || year
        WHEN 'half' THEN (CASE rest WHEN 'H1' THEN '6 tháng đầu năm ' ELSE '6 tháng cuối năm ' END) || year
        WHEN 'quarter' THEN 'Quý ' || substr(rest, 2) || '/' || year
        WHEN 'year_to_date' THEN end_month || ' tháng năm ' || year
        ELSE 'Tháng ' || end_month || '/' || year END AS label_vi
FROM typed
ORDER BY period;
