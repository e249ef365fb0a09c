-- quarantine_observation: every row that failed an expectation, with the expectation and the reason.
CREATE TABLE quarantine_observation AS
SELECT
    source_id, source, source_kind, locator, province_code, province_key, indicator, period, value, unit, status,
    qualifier, basis, vintage, raw_label, raw_value, snippet, expectation, reason
FROM stg_quarantine;

CREATE TABLE unreadable_source AS
SELECT source, place, problem FROM stg_unreadable;
