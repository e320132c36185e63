-- labs.csv gained an optional lower limit of normal (lln) beside uln: CTCAE grade 0 vs 1 for the
-- "count decreased" terms needs it.
ALTER TABLE lab ADD COLUMN lln numeric;
