# Reference values for org.marrow.stats.table.LinearByLinearTest and
# org.marrow.stats.matching.StandardizedDifference.
# Run from the repository root: Rscript marrow-stats/src/test/r/association.R
fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
table_text <- function(m) paste(apply(m, 1, function(r) paste(r, collapse = " ")), collapse = ";")

# Linear-by-linear association: M^2 = (N - 1) r^2 with r = cor() of the expanded row and column scores
# (SPSS "Linear-by-Linear Association"; Agresti 2013, 3.4.1). Cross-check on 2 x 2: (N - 1) / N times
# chisq.test(correct = FALSE)$statistic.
lbl <- function(m) {
  x <- rep(row(m), m); y <- rep(col(m), m); n <- sum(m)
  if (n < 2 || sd(x) == 0 || sd(y) == 0) return(c(NA, NA))
  s <- (n - 1) * cor(x, y)^2
  c(s, pchisq(s, 1, lower.tail = FALSE))
}
tables <- list(
  # document 001: response and CR at 3 and 6 months, HPAG 32 vs controls 96 (l.55-62, printed
  # P = 0.350, 0.005, 0.066, 0.015); Table 1 sex, severity, PNH clone (0.919, 0.752, 0.433)
  rbind(c(15, 17), c(36, 60)), rbind(c(7, 25), c(5, 91)), rbind(c(22, 10), c(48, 48)), rbind(c(11, 21), c(14, 82)),
  rbind(c(17, 15), c(52, 44)), rbind(c(21, 11), c(60, 36)), rbind(c(11, 21), c(26, 70)),
  rbind(c(4, 9), c(24, 6)), matrix(c(3, 4, 5, 6, 7, 8), 2, byrow = TRUE),
  matrix(c(6, 9, 13, 5, 2, 8), 3, byrow = TRUE), matrix(c(30, 12, 9, 14, 25, 11, 7, 10, 28), 3, byrow = TRUE),
  rbind(c(5, 5), c(5, 5)), rbind(c(0, 3), c(0, 4)), rbind(c(1, 0), c(0, 0)), rbind(c(1, 0), c(0, 1)))
con <- file("marrow-stats/src/test/resources/org/marrow/stats/table/linear_by_linear.csv", "w")
writeLines(c(paste0("# Reference values are from R ", R.version$major, ".", R.version$minor,
                    " (package stats): (N - 1) * cor(x, y)^2, pchisq(., 1, lower.tail = FALSE)"),
             "# produced by: Rscript marrow-stats/src/test/r/association.R",
             "# pearson_scaled: (N - 1) / N * chisq.test(correct = FALSE)$statistic for 2 x 2 tables (NA otherwise)"), con)
writeLines("table,statistic,p,pearson_scaled", con)
for (m in tables) {
  r <- lbl(m)
  ps <- NA
  if (all(dim(m) == 2) && all(rowSums(m) > 0) && all(colSums(m) > 0)) {
    ps <- (sum(m) - 1) / sum(m) * suppressWarnings(chisq.test(m, correct = FALSE)$statistic)
  }
  writeLines(paste(table_text(m), fmt(r[1]), fmt(r[2]), fmt(ps), sep = ","), con)
}
close(con)

# Standardized differences (Austin 2009): continuous with sample variances, binary with p (1 - p).
set.seed(20261205)
con <- file("marrow-stats/src/test/resources/org/marrow/stats/matching/standardized_difference.csv", "w")
writeLines(c(paste0("# Reference values are from R ", R.version$major, ".", R.version$minor,
                    ": (mean(a) - mean(b)) / sqrt((var(a) + var(b)) / 2); (p1 - p2) / sqrt((p1 (1 - p1) + p2 (1 - p2)) / 2)",
                    "; 0 for equal means or proportions, NA where the pooled spread is 0 otherwise"),
             "# produced by: Rscript marrow-stats/src/test/r/association.R"), con)
writeLines("kind,first,second,smd", con)
samples <- list(
  list(c(44, 13, 69, 50, 38), c(45, 7, 70, 41, 52, 60)),
  list(round(rnorm(32, 55, 15)), round(rnorm(96, 61, 14))),
  list(c(1, 2, 3), c(1, 2, 3)), list(c(5, 5, 5), c(5, 5, 5)), list(c(1.5, 2.5), c(3, 4, 5, 6)))
for (s in samples) {
  a <- s[[1]]; b <- s[[2]]
  pooled <- sqrt((var(a) + var(b)) / 2)
  # Marrow's convention where the formula is 0/0: identical groups differ by 0.
  d <- if (mean(a) == mean(b)) 0 else if (pooled == 0) NA else (mean(a) - mean(b)) / pooled
  writeLines(paste("continuous", paste(a, collapse = " "), paste(b, collapse = " "), fmt(d), sep = ","), con)
}
for (p in list(c(17, 32, 52, 96), c(11, 32, 26, 96), c(21, 32, 60, 96), c(0, 10, 5, 12), c(3, 3, 0, 3), c(4, 8, 6, 12))) {
  p1 <- p[1] / p[2]; p2 <- p[3] / p[4]
  pooled <- (p1 * (1 - p1) + p2 * (1 - p2)) / 2
  # Marrow's convention: equal proportions differ by 0; different proportions of 0 and 1 are undefined.
  d <- if (p1 == p2) 0 else if (pooled == 0) NA else (p1 - p2) / sqrt(pooled)
  writeLines(paste("binary", paste(p[1], p[2]), paste(p[3], p[4]), fmt(d), sep = ","), con)
}
close(con)
