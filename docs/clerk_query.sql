-- Units with an indicator score under 85 in a fiscal year, with their
-- measures for that indicator (carried out that year or the next: units
-- plan measures for the year after the scores they answer), owners and
-- deadlines. Set the year in the last WHERE line. A 1 in a needs_review
-- column: read from a scan and unsure; check it against the original.
SELECT DISTINCT
    u.name          AS unit,
    u.province,
    s.fiscal_year   AS score_year,
    i.indicator_no,
    i.name          AS indicator,
    s.value         AS score,
    s.needs_review  AS score_needs_review,
    m.fiscal_year   AS measure_year,
    m.title         AS measure,
    m.start_date,
    m.end_date      AS deadline,
    m.needs_review  AS measure_needs_review,
    (SELECT group_concat(o.raw, '; ') FROM owners o WHERE o.measure_id = m.measure_id) AS owners
FROM scores s
JOIN units u       ON u.unit_id = s.unit_id
JOIN indicators i  ON i.indicator_no = s.indicator_no
LEFT JOIN measures m
       ON m.unit_id = s.unit_id
      AND m.indicator_no = s.indicator_no
      AND m.fiscal_year BETWEEN s.fiscal_year AND s.fiscal_year + 1
WHERE s.level = 'indicator' AND s.value < 85
  AND s.fiscal_year = 2568
ORDER BY u.name, i.indicator_no, m.end_date, m.title;
