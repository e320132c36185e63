# Reference values for org.marrow.stats.interval (binomial proportion confidence intervals).
# Run from the repository root: Rscript marrow-stats/src/test/r/proportion.R
out <- "marrow-stats/src/test/resources/org/marrow/stats/interval/proportion.csv"

clopper_pearson <- function(x, n, conf) as.numeric(binom.test(x, n, conf.level = conf)$conf.int)
wilson <- function(x, n, conf) as.numeric(prop.test(x, n, conf.level = conf, correct = FALSE)$conf.int)
# Jeffreys equal-tailed interval with the Brown, Cai & DasGupta (2001) boundary rule.
jeffreys <- function(x, n, conf) {
  a <- 1 - conf
  c(if (x == 0) 0 else qbeta(a / 2, x + 0.5, n - x + 0.5),
    if (x == n) 1 else qbeta(1 - a / 2, x + 0.5, n - x + 0.5))
}
methods <- list("clopper-pearson" = clopper_pearson, "wilson" = wilson, "jeffreys" = jeffreys)

cases <- list()
add <- function(x, n, conf) cases[[length(cases) + 1]] <<- c(x, n, conf)
# Trial document 000: 3- and 6-month ORR, superior response and CR rates out of 43.
for (x in c(28, 30, 11, 26, 4, 12)) add(x, 43, 0.95)
# SAA vs VSAA subgroups of document 000 (24/30 and 4/13).
add(24, 30, 0.95); add(4, 13, 0.95)
# Edges: n = 1, x = 0, x = n, x = 1, x = n - 1, several confidence levels.
for (n in c(1, 2, 3, 5, 10, 13, 20, 30, 43, 54, 100, 1000)) {
  for (x in unique(c(0, 1, n %/% 2, n - 1, n))) {
    if (x >= 0 && x <= n) for (conf in c(0.95, 0.9)) add(x, n, conf)
  }
}
for (conf in c(0.5, 0.8, 0.99, 0.999)) { add(28, 43, conf); add(0, 15, conf); add(15, 15, conf) }
add(1, 100000, 0.95); add(99999, 100000, 0.95); add(3, 7, 0.95)

fmt <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
con <- file(out, "w")
writeLines(c("# Reference values are from R 4.2.2 (package stats 4.2.2): binom.test, prop.test(correct = FALSE), qbeta",
             "# produced by: Rscript marrow-stats/src/test/r/proportion.R",
             "method,x,n,conf,estimate,lower,upper"), con)
for (m in names(methods)) for (cs in cases) {
  ci <- suppressWarnings(methods[[m]](cs[1], cs[2], cs[3]))
  writeLines(paste(m, format(cs[1], scientific = FALSE), format(cs[2], scientific = FALSE), cs[3], fmt(cs[1] / cs[2]), fmt(ci[1]), fmt(ci[2]), sep = ","), con)
}
close(con)
