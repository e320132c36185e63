# Predictive probability design (Lee and Liu 2008, Clinical Trials 5:93-106): reference values for
# org.marrow.stats.design.PredictiveProbability.
#
# PP is checked against ph2bye 0.1.4's PredP (installed from its GitHub mirror of CRAN) at every
# (x, n) of every case, and the futility boundaries against ph2bye's PredP.design wherever no PP
# equals thetaL exactly (PredP.design stops when PP <= theta, Lee and Liu when PP < thetaL). The
# design's boundaries and its exact operating characteristics are computed here from the rule:
# look at nmin, nmin + cohort, ..., nmax; stop for futility if PP < thetaL, for efficacy if
# PP > thetaU; at nmax promising if Pr(p > p0 | x of nmax) > thetaT.
#
# Run from the repository root:  R_LIBS=<library with ph2bye> Rscript marrow-stats/src/test/r/predictive.R
suppressPackageStartupMessages(library(ph2bye))
out_dir <- "marrow-stats/src/test/resources/org/marrow/stats/design"
num <- function(x) sprintf("%.17g", x)

pp <- function(x, n, nmax, a, b, p0, thetaT) {
  y <- 0:(nmax - n)
  ok <- pbeta(p0, a + x + y, b + nmax - x - y, lower.tail = FALSE) > thetaT
  sum(exp(lchoose(nmax - n, y) + lbeta(a + x + y, b + nmax - x - y) - lbeta(a + x, b + n - x))[ok])
}
conv <- function(a, b) {
  out <- numeric(length(a) + length(b) - 1)
  for (i in seq_along(a)) if (a[i] != 0) {
    j <- i:(i + length(b) - 1)
    out[j] <- out[j] + a[i] * b
  }
  out
}
oc <- function(looks, f, e, p) {
  dist <- 1; prev <- 0; fut <- 0; up <- 0; en <- 0; reject <- 0
  for (k in seq_along(looks)) {
    dist <- conv(dist, dbinom(0:(looks[k] - prev), looks[k] - prev, p))
    prev <- looks[k]
    x <- 0:(length(dist) - 1)
    low <- x <= f[k]
    if (k == length(looks)) {
      reject <- reject + sum(dist[!low])
      en <- en + looks[k] * sum(dist)
    } else {
      high <- !low & x >= e[k]
      fut <- fut + sum(dist[low]); up <- up + sum(dist[high])
      reject <- reject + sum(dist[high])
      en <- en + looks[k] * (sum(dist[low]) + sum(dist[high]))
      dist[low | high] <- 0
    }
  }
  c(reject = reject, early = fut + up, futility = fut, en = en)
}

cases <- list(
  list(name = "doc000_continuous", p0 = 0.45, p1 = 0.65, nmin = 10, nmax = 43, cohort = 1, thetaT = 0.9, thetaL = 0.05, thetaU = 1),
  list(name = "p20_p40_cohort5_efficacy", p0 = 0.2, p1 = 0.4, nmin = 10, nmax = 40, cohort = 5, prior_a = 1, prior_b = 1,
       thetaT = 0.9, thetaL = 0.05, thetaU = 0.99),
  list(name = "doc002_continuous", p0 = 0.5, p1 = 0.7, nmin = 15, nmax = 43, cohort = 1, thetaT = 0.95, thetaL = 0.1, thetaU = 1),
  list(name = "p30_p50_cohort3", p0 = 0.3, p1 = 0.5, nmin = 5, nmax = 50, cohort = 3, prior_a = 0.6, prior_b = 0.4,
       thetaT = 0.85, thetaL = 0.01, thetaU = 1))

header <- c(sprintf("# Reference values are from %s (stats: pbeta, lbeta, lchoose, dbinom); PP checked against ph2bye %s PredP",
                    R.version.string, packageVersion("ph2bye")),
            "# produced by: R_LIBS=<library with ph2bye> Rscript marrow-stats/src/test/r/predictive.R")
designs <- c(header, "case,p0,p1,nmin,nmax,cohort,prior_a,prior_b,theta_t,theta_l,theta_u")
bdry <- c(header, "# futility: stop if responses <= futility (-1 none); efficacy: stop if >= efficacy (n + 1 none); exact",
          "case,n,futility,efficacy")
ocs <- c(header, "# tolerance: 1e-9 relative", "case,rate,reject,early_stop,futility_stop,expected_n")
pps <- c(header, "# PP at every (x, n) of the looks; tolerance 1e-9 absolute", "case,n,x,pp")
worst <- 0; compared <- 0
for (cs in cases) {
  a <- if (is.null(cs$prior_a)) cs$p0 else cs$prior_a
  b <- if (is.null(cs$prior_b)) 1 - cs$p0 else cs$prior_b
  looks <- unique(c(seq(cs$nmin, cs$nmax, by = cs$cohort), cs$nmax))
  f <- e <- integer(length(looks))
  pkg <- PredP.design("futility", cs$nmax, a, b, cs$p0, cs$thetaT, cs$thetaL)
  for (k in seq_along(looks)) {
    n <- looks[k]
    v <- sapply(0:n, function(x) pp(x, n, cs$nmax, a, b, cs$p0, cs$thetaT))
    w <- sapply(0:n, function(x) PredP(x, n, cs$nmax, a, b, cs$p0, cs$thetaT))
    worst <- max(worst, abs(v - w)); compared <- compared + length(v)
    if (n < cs$nmax) {
      f[k] <- if (any(v < cs$thetaL)) max((0:n)[v < cs$thetaL]) else -1
      # thetaU = 1 never stops (a PP summed to 1 + 1 ulp must not)
      e[k] <- if (cs$thetaU < 1 && any(v > cs$thetaU)) min((0:n)[v > cs$thetaU]) else n + 1
      theirs <- pkg$bound[n]
      if (!any(v == cs$thetaL) && !identical(as.integer(ifelse(is.na(theirs), -1, theirs)), as.integer(f[k])))
        stop(sprintf("%s n %d: futility %d, PredP.design %s", cs$name, n, f[k], theirs))
    } else {
      s <- (0:n)[pbeta(cs$p0, a + 0:n, b + n - 0:n, lower.tail = FALSE) > cs$thetaT]
      f[k] <- if (length(s)) min(s) - 1 else n; e[k] <- n + 1
    }
    if (cs$name %in% c("doc000_continuous", "p20_p40_cohort5_efficacy"))
      pps <- c(pps, sprintf("%s,%d,%d,%s", cs$name, n, 0:n, num(v)))
  }
  designs <- c(designs, sprintf("%s,%s,%s,%d,%d,%d,%s,%s,%s,%s,%s", cs$name, cs$p0, cs$p1, cs$nmin, cs$nmax, cs$cohort,
                                num(a), num(b), cs$thetaT, cs$thetaL, cs$thetaU))
  bdry <- c(bdry, sprintf("%s,%d,%d,%d", cs$name, looks, f, e))
  for (p in c(cs$p0, cs$p1)) {
    o <- oc(looks, f, e, p)
    ocs <- c(ocs, sprintf("%s,%s,%s,%s,%s,%s", cs$name, p, num(o["reject"]), num(o["early"]), num(o["futility"]), num(o["en"])))
  }
}
if (worst > 1e-12) stop("PP differs from ph2bye::PredP by ", worst)
cat(sprintf("PP vs ph2bye::PredP: %d values, max abs diff %.2g\n", compared, worst))
designs <- append(designs, sprintf("# PP vs ph2bye::PredP: %d values, max abs diff %.2g; futility boundaries equal PredP.design's", compared, worst), after = 2)
writeLines(designs, file.path(out_dir, "predictive-designs.csv"))
writeLines(bdry, file.path(out_dir, "predictive-boundaries.csv"))
writeLines(ocs, file.path(out_dir, "predictive-oc.csv"))
writeLines(pps, file.path(out_dir, "predictive-pp.csv"))
