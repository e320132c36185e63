# Reference values for org.marrow.stats.table (Fisher exact and Pearson chi-square tests).
# Run from the repository root: Rscript marrow-stats/src/test/r/tables.R
dir <- "marrow-stats/src/test/resources/org/marrow/stats/table/"
fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
header <- function(con, what, extra = character()) {
  writeLines(c(paste0("# Reference values are from R 4.2.2 (package stats 4.2.2): ", what),
               "# produced by: Rscript marrow-stats/src/test/r/tables.R", extra), con)
}
# "a b c;d e f": rows separated by ';', cells by spaces (row-major).
table_text <- function(m) paste(apply(m, 1, function(r) paste(r, collapse = " ")), collapse = ";")
warned <- function(expr) {
  w <- FALSE
  val <- withCallingHandlers(expr, warning = function(c) {
    if (grepl("Chi-squared approximation may be incorrect", conditionMessage(c))) w <<- TRUE
    invokeRestart("muffleWarning")
  })
  list(value = val, warned = w)
}

# 2x2: group A has a events out of a_total, group B likewise; the table is
# rbind(c(a, a_total - a), c(b, b_total - b)).
pairs <- list(
  c(4, 13, 24, 30),   # document 000: VSAA vs SAA 3-month ORR (p = 0.0041 in the paper)
  c(24, 30, 4, 13), c(28, 43, 30, 43), c(11, 43, 26, 43), c(4, 43, 12, 43),
  c(0, 10, 0, 12), c(0, 10, 5, 12), c(10, 10, 0, 12), c(10, 10, 12, 12), c(1, 1, 0, 1),
  c(0, 1, 0, 1), c(3, 3, 0, 3), c(7, 12, 5, 9), c(5, 10, 5, 10), c(50, 100, 60, 100),
  c(1, 20, 19, 20), c(15, 32, 40, 96), c(25, 32, 50, 96), c(2, 5, 3, 5), c(0, 3, 4, 5),
  c(120, 400, 80, 410), c(3, 1000, 15, 1000), c(9, 17, 2, 17), c(30, 43, 28, 43), c(1, 2, 1, 3))
con <- file(paste0(dir, "two_by_two.csv"), "w")
header(con, "fisher.test, chisq.test(correct = TRUE/FALSE) on rbind(c(a, a_total - a), c(b, b_total - b))",
       "# warn: TRUE when chisq.test warns 'Chi-squared approximation may be incorrect' (an expected count < 5); NA is R's NA/NaN")
writeLines("a,a_total,b,b_total,fisher_p,chisq,chisq_p,chisq_yates,chisq_yates_p,df,warn,expected", con)
for (p in pairs) {
  m <- rbind(c(p[1], p[2] - p[1]), c(p[3], p[4] - p[3]))
  f <- fisher.test(m, workspace = 2e8)  # a larger workspace only lets FEXACT finish; same p-value
  c0 <- warned(chisq.test(m, correct = FALSE))
  c1 <- warned(chisq.test(m, correct = TRUE))
  writeLines(paste(p[1], p[2], p[3], p[4], fmt(f$p.value), fmt(c0$value$statistic), fmt(c0$value$p.value),
                   fmt(c1$value$statistic), fmt(c1$value$p.value), c0$value$parameter, c0$warned,
                   table_text(matrix(fmt(c0$value$expected), 2)), sep = ","), con)
}
close(con)

# 2x2 conditional maximum likelihood odds ratio and its confidence interval (fisher.test).
con <- file(paste0(dir, "fisher_odds_ratio.csv"), "w")
header(con, "fisher.test(conf.level = conf) estimate and conf.int on rbind(c(a, a_total - a), c(b, b_total - b))",
       "# tolerance: 1e-6 (R finds these roots with uniroot(tol = .Machine$double.eps^0.25))")
writeLines("a,a_total,b,b_total,conf,odds_ratio,lower,upper", con)
for (p in pairs) for (conf in c(0.95, 0.9)) {
  m <- rbind(c(p[1], p[2] - p[1]), c(p[3], p[4] - p[3]))
  f <- fisher.test(m, conf.level = conf)
  writeLines(paste(p[1], p[2], p[3], p[4], conf, fmt(f$estimate), fmt(f$conf.int[1]), fmt(f$conf.int[2]), sep = ","), con)
}
close(con)

# r x c tables.
set.seed(20261121)
tables <- list(
  matrix(c(3, 4, 5, 6, 7, 8), 2, byrow = TRUE),
  matrix(c(4, 9, 24, 6), 2, byrow = TRUE),
  matrix(c(6, 9, 13, 5, 2, 8), 3, byrow = TRUE),      # 3x2: e.g. response by severity group
  matrix(c(10, 2, 3, 8, 1, 9), 3, byrow = TRUE),
  matrix(c(0, 5, 5, 0, 3, 2), 3, byrow = TRUE),
  matrix(c(2, 0, 0, 0, 2, 0, 0, 0, 2), 3, byrow = TRUE),
  matrix(c(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 3, byrow = TRUE),
  matrix(c(5, 5, 5, 5, 5, 5), 2, byrow = TRUE),
  matrix(c(1, 0, 0, 1), 2, byrow = TRUE),
  matrix(c(12, 5, 7, 7, 3, 8, 2, 9, 4, 1, 6, 10), 4, byrow = TRUE),
  matrix(c(20, 15, 10, 5, 8, 12, 18, 25), 2, byrow = TRUE),
  matrix(c(3, 1, 0, 2, 0, 4, 1, 1, 2, 3, 0, 1, 1, 2, 2, 0), 4, byrow = TRUE),
  matrix(c(0, 3, 0, 4, 1, 1), 3, byrow = TRUE),
  matrix(c(30, 12, 9, 14, 25, 11, 7, 10, 28), 3, byrow = TRUE))
# zero margins: R gives a NaN chi-square, Fisher's test is still defined
tables[[length(tables) + 1]] <- matrix(c(0, 0, 0, 3, 4, 5, 1, 2, 3), 3, byrow = TRUE)
tables[[length(tables) + 1]] <- matrix(c(2, 0, 5, 4, 0, 1), 2, byrow = TRUE)
# larger tables that need the enumeration's pruning
tables[[length(tables) + 1]] <- matrix(c(9, 7, 12, 16, 13, 8, 14, 8, 6, 13, 10, 9), 3, byrow = TRUE)
tables[[length(tables) + 1]] <- matrix(c(3, 5, 2, 7, 4, 6, 8, 1, 2, 5, 3, 4), 2, byrow = TRUE)
tables[[length(tables) + 1]] <- matrix(c(8, 2, 5, 5, 1, 9, 6, 3, 4, 4), 5, byrow = TRUE)
for (i in 1:6) {
  r <- sample(2:4, 1); k <- sample(2:4, 1)
  tables[[length(tables) + 1]] <- matrix(rpois(r * k, sample(c(2, 5, 10), 1)), r)
}
for (i in 1:4) tables[[length(tables) + 1]] <- matrix(rpois(12, 12), sample(c(3, 4), 1))
# many small random tables (2 to 5 rows and columns), to exercise the enumeration's pruning
for (i in 1:120) {
  r <- sample(2:5, 1); k <- sample(2:5, 1)
  m <- matrix(rpois(r * k, runif(1, 0.5, 6)), r)
  if (sum(m) > 0 && sum(m) <= 80) tables[[length(tables) + 1]] <- m
}
con <- file(paste0(dir, "rxc.csv"), "w")
header(con, "chisq.test(correct = FALSE) and fisher.test(workspace = 2e8) on r x c tables (rows ';', cells ' ')",
       "# warn: TRUE when chisq.test warns 'Chi-squared approximation may be incorrect'; NA is R's NA/NaN")
writeLines("table,chisq,df,chisq_p,fisher_p,warn,expected", con)
for (m in tables) {
  ch <- warned(chisq.test(m, correct = FALSE))
  f <- fisher.test(m, workspace = 2e8)  # a larger workspace only lets FEXACT finish; same p-value
  writeLines(paste(table_text(m), fmt(ch$value$statistic), ch$value$parameter, fmt(ch$value$p.value),
                   fmt(f$p.value), ch$warned, table_text(matrix(fmt(ch$value$expected), nrow(m))), sep = ","), con)
}
close(con)
