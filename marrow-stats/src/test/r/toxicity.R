# Toxicity stopping boundaries: reference values for org.marrow.stats.design.SequentialToxicityBoundary
# (clinfun::toxbdry, repeated significance testing, Pocock-type at delta 0; Ivanova, Qaqish and
# Schell 2005), BayesianToxicityRule (beta-binomial posterior: stop when Pr(p > limit | data) >
# cutoff) and ToxicityBoundary (clinfun::bdrycross.prob).
#
# clinfun 1.1.5 is installed from its GitHub mirror of CRAN; run from the repository root:
#   R_LIBS=<library with clinfun> Rscript marrow-stats/src/test/r/toxicity.R
suppressPackageStartupMessages(library(clinfun))
out_dir <- "marrow-stats/src/test/resources/org/marrow/stats/design"
num <- function(x) sprintf("%.17g", x)
header <- c(sprintf("# Reference values are from %s, clinfun %s", R.version.string, packageVersion("clinfun")),
            "# produced by: R_LIBS=<library with clinfun> Rscript marrow-stats/src/test/r/toxicity.R")

cases <- list(
  list(name = "clinfun_example_1", pLo = 0.2, pHi = 0.35, n = c(20, 40, 60, 75)),
  list(name = "clinfun_example_2", pLo = 0.2, pHi = 0.3, n = c(20, 40, 60, 75), cP0 = 0.15, cP1 = 0.8),
  list(name = "continuous_2_30", pLo = 0.1, pHi = 0.3, n = 2:30),
  list(name = "continuous_alt_priority", pLo = 0.1, pHi = 0.3, n = 2:25, priority = "alt"),
  list(name = "doc000_infection_looks", pLo = 0.2, pHi = 0.4, n = c(10, 20, 30, 43)),
  list(name = "doc000_infection_delta", pLo = 0.2, pHi = 0.4, n = 5:43, delta = 0.1, ngrid = 4),
  list(name = "obrien_fleming", pLo = 0.15, pHi = 0.35, n = seq(10, 60, 10), delta = 0.5))
cs_lines <- c(header, "case,p_lo,p_hi,looks,cp0,cp1,ngrid,delta,priority")
bd_lines <- c(header, "# exact: stop if toxicities > the bound", "case,n,low,high")
oc_lines <- c(header, "# tolerance 1e-9 relative", "case,ptox,pcross_lo,pstop_lo,ess_lo,pcross_hi,pstop_hi,ess_hi")
for (cs in cases) {
  cP0 <- if (is.null(cs$cP0)) 0.1 else cs$cP0
  cP1 <- if (is.null(cs$cP1)) 0.9 else cs$cP1
  ngrid <- if (is.null(cs$ngrid)) 6 else cs$ngrid
  delta <- if (is.null(cs$delta)) 0 else cs$delta
  priority <- if (is.null(cs$priority)) "null" else cs$priority
  tb <- toxbdry(cs$pLo, cs$pHi, cs$n, cP0 = cP0, cP1 = cP1, ngrid = ngrid, delta = delta, priority = priority)
  cs_lines <- c(cs_lines, sprintf("%s,%s,%s,%s,%s,%s,%d,%s,%s", cs$name, cs$pLo, cs$pHi, paste(cs$n, collapse = ";"),
                                  cP0, cP1, ngrid, delta, priority))
  bd_lines <- c(bd_lines, sprintf("%s,%d,%d,%d", cs$name, tb$looks, tb$lo.bdry, tb$hi.bdry))
  oc <- tb$bdry.oc
  oc_lines <- c(oc_lines, sprintf("%s,%s,%s,%s,%s,%s,%s,%s", cs$name, num(oc[, 1]), num(oc[, 2]), num(oc[, 3]),
                                  num(oc[, 4]), num(oc[, 5]), num(oc[, 6]), num(oc[, 7])))
}
writeLines(cs_lines, file.path(out_dir, "toxbdry-cases.csv"))
writeLines(bd_lines, file.path(out_dir, "toxbdry-bounds.csv"))
writeLines(oc_lines, file.path(out_dir, "toxbdry-oc.csv"))

# Beta-binomial rule: the bound at n is the largest t with 1 - pbeta(limit, a + t, b + n - t) <= cutoff;
# its characteristics through clinfun::bdrycross.prob
bayes <- list(
  list(name = "uniform_continuous", limit = 0.3, cutoff = 0.9, a = 1, b = 1, n = 5:43),
  list(name = "doc000_infection", limit = 0.3, cutoff = 0.8, a = 0.3, b = 0.7, n = seq(5, 40, 5)),
  list(name = "jeffreys_every_3", limit = 0.2, cutoff = 0.95, a = 0.5, b = 0.5, n = seq(3, 30, 3)))
rates <- c(0.1, 0.2, 0.3, 0.4, 0.5)
bc <- c(header, "case,limit,cutoff,prior_a,prior_b,looks")
bb <- c(header, "# exact: stop if toxicities > max_acceptable", "case,n,max_acceptable")
bo <- c(header, "# clinfun::bdrycross.prob(n, bound, rates); tolerance 1e-9 relative",
        "case,ptox,pcross,pstop,ess")
for (cs in bayes) {
  r <- sapply(cs$n, function(m) {
    t <- 0:m
    over <- pbeta(cs$limit, cs$a + t, cs$b + m - t, lower.tail = FALSE) > cs$cutoff
    if (any(over)) min(t[over]) - 1 else m
  })
  oc <- bdrycross.prob(cs$n, r, rates)
  bc <- c(bc, sprintf("%s,%s,%s,%s,%s,%s", cs$name, cs$limit, cs$cutoff, cs$a, cs$b, paste(cs$n, collapse = ";")))
  bb <- c(bb, sprintf("%s,%d,%d", cs$name, cs$n, r))
  bo <- c(bo, sprintf("%s,%s,%s,%s,%s", cs$name, num(oc[, 1]), num(oc[, 2]), num(oc[, 3]), num(oc[, 4])))
}
writeLines(bc, file.path(out_dir, "bayes-toxicity-cases.csv"))
writeLines(bb, file.path(out_dir, "bayes-toxicity-bounds.csv"))
writeLines(bo, file.path(out_dir, "bayes-toxicity-oc.csv"))
cat("written\n")
