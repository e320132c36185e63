# Reads a Marrow R export with its own script and describes what it made, one line per fact, for
# org.marrow.interop.stats.StatsExportTest. Run in the export's folder: Rscript check-r-export.R
# Lines: "table <name> <rows> <label>" and "column <table> <name> <class> <label>[ <levels, | separated>]".
source("marrow.R")
for (name in ls()) {
  d <- get(name)
  if (!is.data.frame(d)) next
  cat("table", name, nrow(d), attr(d, "label"), "\n", sep = "\t")
  for (v in names(d)) {
    x <- d[[v]]
    label <- attr(x, "label")
    cat("column", name, v, class(x)[1], if (is.null(label)) "<none>" else label,
        if (is.factor(x)) paste(levels(x), collapse = "|") else "", "\n", sep = "\t")
  }
}
# Spot values, each compared by the test with the Java analysis.
cat("value", "orr_m3", sum(analysis$resp_m3 %in% c("Complete response (CR)", "Very good partial response (VGPR)",
    "Good partial response (GPR)", "Partial response (PR)")), "\n", sep = "\t")
cat("value", "first_dose_class", class(analysis$first_dose_on), "\n", sep = "\t")
cat("value", "first_birth_date", format(subjects$birth_date[1]), "\n", sep = "\t")
cat("value", "first_hgb", format(labs$value[labs$test == "Haemoglobin"][1]), "\n", sep = "\t")
cat("value", "km_events", sum(analysis$response_status == "Event"), "\n", sep = "\t")
