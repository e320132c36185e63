# Reference values for marrow-analysis's trial monitoring (org.marrow.analysis.stage): the inference
# after a Simon two-stage trial (SimonStatus), and the toxicity stopping boundaries of the ctx-ist
# protocol (ToxicityStatus) with their operating characteristics.
#
# Inference: p-value by stage-wise ordering, UMVUE, median unbiased estimate and exact interval
# (Koyama and Chen 2008; Jung and Kim 2004), computed from the formulas with uniroot (as
# marrow-stats/src/test/r/twostage_inference.R, which checks them against clinfun and
# OneArmPhaseTwoStudy); the p-value and UMVUE are also checked here against clinfun::twostage.inference.
# Toxicity: the Bayesian boundary max{t : 1 - pbeta(limit, 1 + t, 1 + n - t) <= cutoff} and the
# posterior; clinfun::toxbdry's high boundary; clinfun::bdrycross.prob.
#
# clinfun 1.1.5 is installed from its GitHub mirror of CRAN (R CMD INSTALL into a local library):
#   R_LIBS=/path/to/lib Rscript marrow-analysis/src/test/r/monitoring.R
suppressPackageStartupMessages(library(clinfun))
out <- "marrow-analysis/src/test/resources/org/marrow/analysis/stage/monitoring.csv"

at_least <- function(p, n1, r1, n, x, stopped) {
  if (stopped) return(pbinom(x - 1, n1, p, lower.tail = FALSE))
  k <- (r1 + 1):n1
  sum(dbinom(k, n1, p) * pbinom(x - k - 1, n - n1, p, lower.tail = FALSE))
}
at_most <- function(p, n1, r1, n, x, stopped) {
  if (stopped) return(pbinom(x, n1, p))
  k <- (r1 + 1):n1
  pbinom(r1, n1, p) + sum(dbinom(k, n1, p) * pbinom(x - k, n - n1, p))
}
root <- function(f, target) uniroot(function(p) f(p) - target, c(0, 1), tol = 1e-15, maxiter = 10000)$root
umvue <- function(n1, r1, n, x, stopped) {
  if (stopped) return(x / n1)
  n2 <- n - n1
  k <- max(r1 + 1, x - n2):min(x, n1)
  sum(choose(n1 - 1, k - 1) * choose(n2, x - k)) / sum(choose(n1, k) * choose(n2, x - k))
}
rows <- list()
add <- function(key, value) {
  text <- if (is.character(value)) value else sprintf("%.17g", value)
  rows[[length(rows) + 1]] <<- data.frame(key = key, value = text)
}
infer <- function(key, n1, r1, n, x, p0, stopped) {
  ge <- function(p) at_least(p, n1, r1, n, x, stopped)
  le <- function(p) at_most(p, n1, r1, n, x, stopped)
  if (!is.na(p0)) {
    add(paste0(key, ".p_value"), ge(p0))
    if (!stopped) {
      ti <- twostage.inference(x, r1, n1, n, p0, alpha = 0.05)
      stopifnot(abs(ti[["p.value"]] - ge(p0)) < 1e-12, abs(ti[["pumvue"]] - umvue(n1, r1, n, x, stopped)) < 1e-12)
    }
  }
  add(paste0(key, ".umvue"), umvue(n1, r1, n, x, stopped))
  add(paste0(key, ".mue"), root(ge, 0.5))
  add(paste0(key, ".lower"), root(ge, 0.025))
  add(paste0(key, ".upper"), root(le, 0.025))
  if (stopped) {
    ci <- binom.test(x, n1)$conf.int
    stopifnot(abs(root(ge, 0.025) - ci[1]) < 1e-9, abs(root(le, 0.025) - ci[2]) < 1e-9)
  }
}
# document 000 (ctx-ist): n1 22, r1 8, n 43, p0 0.45; 28 of 43 responded at month 3 (l.327-330)
infer("ctx-ist", 22, 8, 43, 28, 0.45, FALSE)
# document 002 (hpag-csa-nsaa): n1 15, r1 8, n 43, no p0 stated: the synthetic outcomes of the tests
infer("hpag.stopped", 15, 8, 15, 6, NA, TRUE)
infer("hpag.complete", 15, 8, 43, 30, NA, FALSE)

# ctx-ist infection-grade3: Beta(1, 1) prior, limit 0.4, cutoff 0.8, looks 10, 20, 30, 43
looks <- c(10, 20, 30, 43)
bayes <- sapply(looks, function(n) max(which(sapply(0:n, function(t) 1 - pbeta(0.4, 1 + t, 1 + n - t) <= 0.8))) - 1)
add("infection.bound", paste(bayes, collapse = ";"))
oc <- bdrycross.prob(looks, bayes, c(0.25, 0.4))
add("infection.cross.0.25", oc[1, "pcross"]); add("infection.cross.0.4", oc[2, "pcross"])
add("infection.ess.0.25", oc[1, "ess"]); add("infection.ess.0.4", oc[2, "ess"])
# the example's 11 of 43 with a grade >= 3 infection within 3 months (document 000 Table 2, 25.6%)
add("infection.posterior.11.43", 1 - pbeta(0.4, 1 + 11, 1 + 43 - 11))
# ctx-ist febrile-neutropenia-ctx: toxbdry(0.15, 0.35, c(10, 20, 30, 40)), the high boundary
tb <- toxbdry(0.15, 0.35, c(10, 20, 30, 40))
add("fn.bound", paste(tb$hi.bdry, collapse = ";"))
oc <- bdrycross.prob(c(10, 20, 30, 40), tb$hi.bdry, c(0.15, 0.35))
add("fn.cross.0.15", oc[1, "pcross"]); add("fn.cross.0.35", oc[2, "pcross"])

df <- do.call(rbind, rows)
con <- file(out, "w")
writeLines(c(
  paste0("# Reference values are from ", R.version.string, " (stats: pbinom, dbinom, pbeta, uniroot tol 1e-15;",
         " binom.test) and clinfun ", packageVersion("clinfun"), " (twostage.inference, toxbdry, bdrycross.prob)"),
  "# produced by: R_LIBS=<library with clinfun> Rscript marrow-analysis/src/test/r/monitoring.R",
  "# tolerance: 1e-9 relative (p-values, UMVUE, probabilities, expected sizes), 1e-9 absolute (mue, lower, upper: roots)"),
  con)
write.csv(df, con, row.names = FALSE, quote = FALSE)
close(con)
