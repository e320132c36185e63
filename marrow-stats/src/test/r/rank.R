# Reference values for org.marrow.stats.rank (Wilcoxon rank-sum / Mann-Whitney test).
# Run from the repository root: Rscript marrow-stats/src/test/r/rank.R
out <- "marrow-stats/src/test/resources/org/marrow/stats/rank/wilcoxon.csv"
fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
set.seed(20261121)
cases <- list(
  list(c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30), c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)),
  list(c(0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46), c(1.15, 0.88, 0.9, 0.74, 1.21)),
  list(c(1), c(2)), list(c(2), c(1)), list(c(1), c(2, 3)), list(c(5, 6), c(1, 2, 3)),
  list(c(1, 2, 3), c(4, 5, 6)), list(c(1, 1, 2), c(2, 3, 3)), list(c(1, 1, 1), c(1, 1)),
  list(c(3, 3, 3, 1), c(3, 2, 2, 5, 5)), list(c(-1.5, 0, 2.25), c(0.5, 1e-9, -3)),
  # document 001-style: days to response in two groups, with tied days
  list(c(86, 74, 109, 131, 100, 181, 86, 90, 56, 74), c(120, 150, 181, 86, 200, 95, 131, 160)))
# exact/normal switch at 49/50 (no ties): both < 50 exact; either >= 50 normal
for (sz in list(c(49, 49), c(49, 50), c(50, 49), c(50, 50), c(10, 60), c(49, 10), c(30, 30), c(5, 80))) {
  cases[[length(cases) + 1]] <- list(round(rnorm(sz[1], 0.3), 6), round(rnorm(sz[2]), 6))
}
# large samples with ties; a shifted sample with a tiny p
cases[[length(cases) + 1]] <- list(sample(1:10, 60, TRUE), sample(3:12, 70, TRUE))
cases[[length(cases) + 1]] <- list(sample(1:5, 20, TRUE), sample(1:5, 25, TRUE))
cases[[length(cases) + 1]] <- list(round(rnorm(40, 3), 4), round(rnorm(45), 4))
cases[[length(cases) + 1]] <- list(round(rnorm(200, 0.1), 5), round(rnorm(150), 5))
con <- file(out, "w")
writeLines(c("# Reference values are from R 4.2.2 (package stats 4.2.2): wilcox.test(x, y) with its defaults (two-sided, exact = NULL, correct = TRUE)",
             "# produced by: Rscript marrow-stats/src/test/r/rank.R",
             "# x and y are space-separated samples; exact is TRUE when R used the exact distribution; NA is R's NA",
             "x,y,w,p,exact"), con)
for (cs in cases) {
  t <- suppressWarnings(wilcox.test(cs[[1]], cs[[2]]))
  # R uses the exact distribution when exact = NULL, both samples have fewer than 50 values and there are no ties.
  exact <- length(cs[[1]]) < 50 && length(cs[[2]]) < 50 && !any(duplicated(c(cs[[1]], cs[[2]])))
  stopifnot(exact == !grepl("continuity", t$method))
  writeLines(paste(paste(fmt(cs[[1]]), collapse = " "), paste(fmt(cs[[2]]), collapse = " "),
                   fmt(t$statistic), fmt(t$p.value), exact, sep = ","), con)
}
close(con)
