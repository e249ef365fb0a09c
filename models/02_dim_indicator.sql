-- dim_indicator: the indicator catalogue (canonical unit, kind, direction, additivity).
CREATE TABLE dim_indicator AS
SELECT code AS indicator, name_vi, name_en, unit, kind, direction, additive, "group" AS indicator_group, aliases_vi
FROM ref_indicators;
