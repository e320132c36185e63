# BOP2 (Zhou, Lee and Yuan 2017, Statistics in Medicine 36:3302-3314): reference values for
# org.marrow.stats.design.Bop2, written here from the paper's rule with exact binomial sums (the
# published BOP2 software simulates; no R package on CRAN implements BOP2 itself).
#
# Rule: at n of N evaluable, C(n) = 1 - lambda (n/N)^gamma; stop if Pr(p_E <= p0 | data) > C(n),
# or (toxicity monitored) if Pr(p_T > t0 | data) > C(n); "go" at N if neither.
# Priors: efficacy alone Beta(p0, 1 - p0) (or the one given); with toxicity a Dirichlet on the four
# joint outcomes equal to the null cells under independence, whose margins are Beta(p0, 1 - p0)
# and Beta(t0, 1 - t0).
# Tuning: lambda in (50:99)/100, gamma in (0:60)/20; maximise the power among pairs with type I
# error <= alpha; the first pair in grid order (lambda, then gamma) among equal powers. With
# toxicity the type I error is the largest probability of go over (p0, t1), (p1, t0), (p0, t0),
# with efficacy and toxicity independent in each scenario.
#
# Run from the repository root:  Rscript marrow-stats/src/test/r/bop2.R
out_dir <- "marrow-stats/src/test/resources/org/marrow/stats/design"
num <- function(x) sprintf("%.17g", x)

cutoff <- function(n, N, lambda, gamma) 1 - lambda * (n / N)^gamma
futility <- function(a, b, p0, n, c) {
  x <- 0:n
  ok <- pbeta(p0, a + x, b + n - x) > c
  if (!ok[1]) return(-1)
  max(x[cumprod(ok) == 1])
}
toxicity <- function(a, b, t0, n, c) {
  t <- 0:n
  ok <- pbeta(t0, a + t, b + n - t, lower.tail = FALSE) > c
  if (!any(ok)) return(n + 1)
  min(t[ok])
}

conv <- function(a, b) {
  out <- numeric(length(a) + length(b) - 1)
  for (i in seq_along(a)) if (a[i] != 0) {
    j <- i:(i + length(b) - 1)
    out[j] <- out[j] + a[i] * b
  }
  out
}

# efficacy alone: exact characteristics of futility bounds f at the looks
oc1 <- function(looks, f, p) {
  dist <- 1; prev <- 0; early <- 0; en <- 0; go <- 0
  for (k in seq_along(looks)) {
    dist <- conv(dist, dbinom(0:(looks[k] - prev), looks[k] - prev, p))
    prev <- looks[k]
    x <- 0:(length(dist) - 1)
    stop <- sum(dist[x <= f[k]])
    if (k == length(looks)) {
      go <- sum(dist[x > f[k]])
      en <- en + looks[k] * (stop + go)
    } else {
      early <- early + stop
      en <- en + looks[k] * stop
      dist[x <= f[k]] <- 0
    }
  }
  c(go = go, early = early, en = en)
}

# efficacy and toxicity: states (responses, toxicities); increments from the four cells
increment <- function(m, q) {            # q = (eff&tox, eff only, tox only, neither)
  g <- matrix(1, 1, 1)
  for (i in seq_len(m)) {
    s <- nrow(g) + 1
    h <- matrix(0, s, s)
    h[2:s, 2:s] <- h[2:s, 2:s] + g * q[1]
    h[2:s, 1:(s - 1)] <- h[2:s, 1:(s - 1)] + g * q[2]
    h[1:(s - 1), 2:s] <- h[1:(s - 1), 2:s] + g * q[3]
    h[1:(s - 1), 1:(s - 1)] <- h[1:(s - 1), 1:(s - 1)] + g * q[4]
    g <- h
  }
  g
}
conv2 <- function(a, b) {
  s <- nrow(a) + nrow(b) - 1
  out <- matrix(0, s, s)
  for (i in seq_len(nrow(a))) for (j in seq_len(ncol(a))) if (a[i, j] != 0) {
    ii <- i:(i + nrow(b) - 1); jj <- j:(j + ncol(b) - 1)
    out[ii, jj] <- out[ii, jj] + a[i, j] * b
  }
  out
}
oc2 <- function(looks, f, tx, pe, pt) {
  q <- c(pe * pt, pe * (1 - pt), (1 - pe) * pt, (1 - pe) * (1 - pt))
  dist <- matrix(1, 1, 1); prev <- 0; early <- 0; en <- 0; go <- 0
  for (k in seq_along(looks)) {
    dist <- conv2(dist, increment(looks[k] - prev, q))
    prev <- looks[k]
    e <- row(dist) - 1; t <- col(dist) - 1
    stopped <- e <= f[k] | t >= tx[k]
    stop <- sum(dist[stopped])
    if (k == length(looks)) {
      go <- sum(dist[!stopped])
      en <- en + looks[k] * (stop + go)
    } else {
      early <- early + stop
      en <- en + looks[k] * stop
      dist[stopped] <- 0
    }
  }
  c(go = go, early = early, en = en)
}

bounds <- function(cs, lambda, gamma) {
  N <- max(cs$looks)
  cc <- cutoff(cs$looks, N, lambda, gamma)
  f <- sapply(seq_along(cs$looks), function(k) futility(cs$prior_a, cs$prior_b, cs$p0, cs$looks[k], cc[k]))
  tx <- if (is.na(cs$t0)) cs$looks + 1 else
    sapply(seq_along(cs$looks), function(k) toxicity(cs$t0, 1 - cs$t0, cs$t0, cs$looks[k], cc[k]))
  list(cutoff = cc, f = f, tx = tx)
}
evaluate <- function(cs, bd) {
  if (is.na(cs$t0)) {
    h0 <- oc1(cs$looks, bd$f, cs$p0); h1 <- oc1(cs$looks, bd$f, cs$p1)
    sc <- rbind(c(cs$p0, NA, h0), c(cs$p1, NA, h1))
    rownames(sc) <- c("NULL", "ALTERNATIVE")
  } else {
    r <- rbind(c(cs$p0, cs$t1), c(cs$p1, cs$t0), c(cs$p0, cs$t0), c(cs$p1, cs$t1))
    sc <- t(apply(r, 1, function(v) c(v, oc2(cs$looks, bd$f, bd$tx, v[1], v[2]))))
    rownames(sc) <- c("FUTILE_SAFE", "EFFECTIVE_TOXIC", "FUTILE_TOXIC", "ALTERNATIVE")
  }
  colnames(sc) <- c("efficacy", "toxicity", "go", "early", "en")
  nul <- rownames(sc) != "ALTERNATIVE"
  list(sc = sc, typeI = max(sc[nul, "go"]), power = sc["ALTERNATIVE", "go"])
}
tune <- function(cs) {
  best <- NULL; seen <- list(); margin <- Inf
  for (lambda in (50:99) / 100) for (gamma in (0:60) / 20) {
    bd <- bounds(cs, lambda, gamma)
    key <- paste(c(bd$f, bd$tx), collapse = ",")
    ev <- seen[[key]]
    if (is.null(ev)) { ev <- evaluate(cs, bd); seen[[key]] <- ev }
    margin <- min(margin, abs(ev$typeI - cs$alpha))
    if (ev$typeI <= cs$alpha && (is.null(best) || ev$power > best$ev$power))
      best <- list(lambda = lambda, gamma = gamma, bd = bd, ev = ev)
  }
  best$margin <- margin
  best
}

cases <- list(
  list(name = "doc000_efficacy", p0 = 0.45, p1 = 0.65, t0 = NA, t1 = NA, looks = c(11, 22, 33, 43), alpha = 0.05),
  list(name = "doc002_efficacy", p0 = 0.5, p1 = 0.7, t0 = NA, t1 = NA, looks = c(15, 29, 43), alpha = 0.05),
  list(name = "p20_p40_every5", p0 = 0.2, p1 = 0.4, t0 = NA, t1 = NA, looks = seq(10, 40, 5), alpha = 0.1),
  list(name = "p30_p50_uniform_prior", p0 = 0.3, p1 = 0.5, t0 = NA, t1 = NA, looks = c(10, 20, 30, 40, 50),
       alpha = 0.05, prior_a = 1, prior_b = 1),
  list(name = "fixed_lambda_gamma", p0 = 0.2, p1 = 0.4, t0 = NA, t1 = NA, looks = seq(10, 40, 10), lambda = 0.9, gamma = 1),
  list(name = "doc000_efficacy_toxicity", p0 = 0.45, p1 = 0.65, t0 = 0.35, t1 = 0.2, looks = c(11, 22, 33, 43), alpha = 0.05),
  list(name = "p20_p40_tox30_15", p0 = 0.2, p1 = 0.4, t0 = 0.3, t1 = 0.15, looks = seq(10, 40, 10), alpha = 0.1),
  list(name = "fixed_joint", p0 = 0.3, p1 = 0.5, t0 = 0.3, t1 = 0.1, looks = c(12, 24, 36), lambda = 0.8, gamma = 0.5))

header <- c(sprintf("# Reference values are from %s (stats: pbeta, dbinom); BOP2 rule and exact sums written in the script", R.version.string),
            "# produced by: Rscript marrow-stats/src/test/r/bop2.R")
designs <- c(header, "# tolerance: lambda, gamma, boundaries exact; type_i, power 1e-9 relative",
             "case,p0,p1,t0,t1,looks,alpha,prior_a,prior_b,lambda,gamma,type_i,power,alpha_margin")
bdry <- c(header, "# tolerance: cutoff 1e-12 relative; futility, toxicity exact (n + 1: no toxicity stop)",
          "case,n,cutoff,futility,toxicity")
scen <- c(header, "# tolerance: 1e-9 relative", "case,scenario,efficacy,toxicity,p_go,p_early_stop,expected_n")
for (cs in cases) {
  if (is.null(cs$prior_a)) { cs$prior_a <- cs$p0; cs$prior_b <- 1 - cs$p0 }
  if (!is.null(cs$lambda)) {
    bd <- bounds(cs, cs$lambda, cs$gamma)
    best <- list(lambda = cs$lambda, gamma = cs$gamma, bd = bd, ev = evaluate(cs, bd), margin = NA)
    cs$alpha <- NA
  } else {
    best <- tune(cs)
    # no pair on the grid should sit within rounding of alpha, or the choice could flip
    if (best$margin < 1e-12) stop("a type I error within 1e-12 of alpha in ", cs$name)
  }
  designs <- c(designs, sprintf("%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s", cs$name, cs$p0, cs$p1, cs$t0, cs$t1,
    paste(cs$looks, collapse = ";"), cs$alpha, num(cs$prior_a), num(cs$prior_b), num(best$lambda), num(best$gamma),
    num(best$ev$typeI), num(best$ev$power), num(best$margin)))
  bdry <- c(bdry, sprintf("%s,%d,%s,%d,%d", cs$name, cs$looks, num(best$bd$cutoff), best$bd$f, best$bd$tx))
  sc <- best$ev$sc
  scen <- c(scen, sprintf("%s,%s,%s,%s,%s,%s,%s", cs$name, rownames(sc), num(sc[, "efficacy"]),
    ifelse(is.na(sc[, "toxicity"]), "NA", num(sc[, "toxicity"])), num(sc[, "go"]), num(sc[, "early"]), num(sc[, "en"])))
  cat(cs$name, "lambda", best$lambda, "gamma", best$gamma, "typeI", best$ev$typeI, "power", best$ev$power, "\n")
}
writeLines(designs, file.path(out_dir, "bop2-designs.csv"))
writeLines(bdry, file.path(out_dir, "bop2-boundaries.csv"))
writeLines(scen, file.path(out_dir, "bop2-scenarios.csv"))
