# Inference after a Simon two-stage trial: reference values for
# org.marrow.stats.design.TwoStageInference (p-value by stage-wise ordering, UMVUE, median unbiased
# estimate, exact interval), and their check against the R packages that implement them.
#
# The reference values are computed here from the formulas (Koyama and Chen 2008; Jung and Kim
# 2004) with uniroot at tolerance 1e-15, because the packages find interval limits on a grid:
#   clinfun 1.1.5 twostage.inference      (0.0001 grid)
#   OneArmPhaseTwoStudy 1.0.3 get_p_KC, get_UMVUE_GMS, get_CI (precision 9: a 1e-9 grid)
# Before anything is written, the script stops unless, over every outcome of every design:
#   p-value (absolute: the packages take 1 - pbinom) and UMVUE (relative) equal both packages' to 1e-12;
#   the lower limit lies within one grid step of both packages';
#   the packages' upper limit, which solves P(T >= t) = 1 - alpha (the exact upper limit of the
#   outcome just below t), lies within one grid step of that root computed here; the upper limit
#   written is the exact one, P(T <= t) = alpha, and differs from the packages';
#   after an early stop, the interval equals binom.test(x1, n1)$conf.int to 1e-9 (relative).
#
# The packages are installed from their GitHub mirrors of CRAN (R CMD INSTALL into a local
# library); run from the repository root with that library on R_LIBS:
#   R_LIBS=/path/to/lib Rscript marrow-stats/src/test/r/twostage_inference.R
suppressPackageStartupMessages({ library(clinfun); library(OneArmPhaseTwoStudy) })

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
infer <- function(n1, r1, n, p0, x, stopped, conf) {
  tail <- (1 - conf) / 2
  ge <- function(p) at_least(p, n1, r1, n, x, stopped)
  le <- function(p) at_most(p, n1, r1, n, x, stopped)
  smallest <- if (stopped) x == 0 else (r1 == -1 && x == 0)
  largest <- !stopped && x == n
  c(p_value = ge(p0), umvue = umvue(n1, r1, n, x, stopped),
    mue = if (smallest) 0 else root(ge, 0.5),
    lower = if (smallest) 0 else root(ge, tail),
    upper = if (largest) 1 else root(le, tail),
    pkg_upper = if (smallest) NA else root(ge, 1 - tail))  # the packages' definition
}

# design: n1, r1, n (attained total), p0; planned n noted in the comment
designs <- rbind(
  c(22, 8, 43, 0.45),   # trial document 000 as published (p0 0.45; 28/43 responded)
  c(15, 8, 43, 0.5),    # trial document 002 (15 / 9 / 43 / 26)
  c(15, 8, 40, 0.5),    # document 002 design, 3 fewer evaluable patients than planned in stage 2
  c(15, 8, 47, 0.5),    # document 002 design, 4 more than planned
  c(15, 7, 43, 0.45),   # optimal design for p0 0.45, p1 0.65
  c(10, 0, 29, 0.05),   # r1 = 0
  c(17, 3, 37, 0.2),
  c(6, 5, 20, 0.5),     # r1 = n1 - 1
  c(40, 1, 120, 0.01),  # rare responses
  c(71, 15, 184, 0.2))
confs <- c(0.95, 0.9)

rows <- list()
check <- list(pv = 0, um = 0, lcl = 0, ucl_pkg = 0, cp = 0, ucl_shift = 0)
for (i in seq_len(nrow(designs))) {
  d <- designs[i, ]; n1 <- d[1]; r1 <- d[2]; n <- d[3]; p0 <- d[4]; n2 <- n - n1
  outcomes <- rbind(cbind(0:r1, TRUE), cbind((r1 + 1):n, FALSE))
  for (j in seq_len(nrow(outcomes))) {
    x <- outcomes[j, 1]; stopped <- outcomes[j, 2] == 1
    if (!stopped && x > n1 + n2) next
    x1 <- if (stopped) x else max(r1 + 1, x - n2)
    for (conf in confs) {
      v <- infer(n1, r1, n, p0, x, stopped, conf)
      tail <- (1 - conf) / 2
      # clinfun (one-sided alpha = tail); its CI code needs an outcome above the smallest
      ci <- twostage.inference(x, r1, n1, n, p0, alpha = tail)
      # clinfun and get_p_KC take upper tails as 1 - pbinom: compare absolutely
      check$pv <- max(check$pv, abs(ci[2] - v["p_value"]))
      check$um <- max(check$um, if (v["umvue"] == 0) abs(ci[1]) else abs(ci[1] - v["umvue"]) / v["umvue"])
      kc <- get_p_KC(x, r1, n1, n, p0)
      gm <- get_UMVUE_GMS(x, r1, n1, n)
      check$pv <- max(check$pv, abs(kc - v["p_value"]))
      check$um <- max(check$um, if (v["umvue"] == 0) abs(gm) else abs(gm - v["umvue"]) / v["umvue"])
      if (x > 0) {
        # clinfun: LCL is the first 1e-4 grid point with P(T >= t) > alpha, so lower <= LCL < lower + 1e-4
        d_l <- ci[3] - v["lower"]
        if (d_l < -1e-12 || d_l > 1e-4 + 1e-12) stop(sprintf("clinfun LCL %g vs %g at %s", ci[3], v["lower"], paste(d, x)))
        check$lcl <- max(check$lcl, abs(d_l))
        d_u <- v["pkg_upper"] - ci[4]
        if (!is.na(ci[4]) && (d_u < -1e-12 || d_u > 1e-4 + 1e-12)) stop(sprintf("clinfun UCL %g vs %g at %s", ci[4], v["pkg_upper"], paste(d, x)))
        check$ucl_pkg <- max(check$ucl_pkg, abs(d_u), na.rm = TRUE)
        check$ucl_shift <- max(check$ucl_shift, v["upper"] - v["pkg_upper"], na.rm = TRUE)
      }
      if (!stopped && conf == 0.95) {
        g <- tryCatch(get_CI(x, r1, n1, n, alpha = tail, precision = 9), error = function(e) data.frame(CI_low = NA, CI_high = NA))  # its grid fails near 0 and 1
        if (!is.na(g$CI_low) && abs(g$CI_low - v["lower"]) > 2e-9) stop(sprintf("get_CI low %.12g vs %.12g", g$CI_low, v["lower"]))
        if (x < n && !is.na(g$CI_high) && abs(g$CI_high - v["pkg_upper"]) > 2e-9) stop(sprintf("get_CI high %.12g vs %.12g", g$CI_high, v["pkg_upper"]))
      }
      if (stopped) {
        b <- binom.test(x, n1, conf.level = conf)$conf.int
        check$cp <- max(check$cp, abs(b[1] - v["lower"]) / max(b[1], 1e-300), abs(b[2] - v["upper"]) / b[2])
      }
      # Koyama and Chen's upper limit (their code, clinfun, get_CI) after stage 2; Clopper-Pearson after a stop
      kc <- if (stopped) v["upper"] else if (x == n) 1 else v["pkg_upper"]
      rows[[length(rows) + 1]] <- sprintf("%d,%d,%d,%s,%d,%d,%s,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g",
        n1, r1, n, format(p0), x1, x, format(conf), v["p_value"], v["umvue"], v["mue"], v["lower"], v["upper"], kc)
    }
  }
}
print(unlist(check))
if (check$pv > 1e-12 || check$um > 1e-12) stop("p-value or UMVUE differs from the packages")
if (check$cp > 1e-9) stop("interval after an early stop differs from binom.test")
summary <- sprintf(paste0("# checks over %d rows: p-value max abs. diff vs clinfun/OneArmPhaseTwoStudy %.2g; UMVUE (rel.) %.2g;",
  " |lower - clinfun LCL| <= %.2g (grid 1e-4); packages' upper vs its root here <= %.2g;",
  " exact upper exceeds the packages' by up to %.3g; early stop vs binom.test %.2g"),
  length(rows), check$pv, check$um, check$lcl, check$ucl_pkg, check$ucl_shift, check$cp)
cat(summary, "\n")

out <- "marrow-stats/src/test/resources/org/marrow/stats/design/twostage-inference.csv"
writeLines(c(
  sprintf("# Reference values are from %s (stats: dbinom, pbinom, uniroot tol 1e-15); checked against clinfun %s and OneArmPhaseTwoStudy %s",
          R.version.string, packageVersion("clinfun"), packageVersion("OneArmPhaseTwoStudy")),
  "# produced by: R_LIBS=<library with clinfun, OneArmPhaseTwoStudy> Rscript marrow-stats/src/test/r/twostage_inference.R",
  summary,
  "# x1: the stage-1 responses (after stage 2 the smallest x1 that went on; the results depend on x only)",
  "# tolerance: 1e-9 relative (p_value, umvue), 1e-9 absolute (mue, lower, upper: roots)",
  "# upper: exact, P(T <= t) = (1 - conf)/2; upper_kc: Koyama and Chen's P(T >= t) = 1 - (1 - conf)/2 after stage 2",
  "n1,r1,n,p0,x1,x,conf,p_value,umvue,mue,lower,upper,upper_kc",
  unlist(rows)), out)
cat("written", out, "\n")
