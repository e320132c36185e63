# Simon two-stage designs: reference values for org.marrow.stats.design.
#
# clinfun cannot be installed here (no CRAN access), so this script carries its OWN
# RE-IMPLEMENTATION of clinfun 1.1.5's ph2simon() (R driver plus the Fortran routine f2bdry) and
# twostage.admissible(), written from reading their source. It is not clinfun. It builds the same
# tables with the same R calls (dbinom, 1 - pbinom), and runs f2bdry's loops in R with the
# innermost loop (over the final bound r) vectorised; every accumulation is done in double
# precision in the Fortran's order, so for equal inputs the sums are the Fortran's sums.
# It is checked against the shared clinfun oracle (every row must agree) before anything is
# written.
#
# Usage, from the repository root:
#   Rscript marrow-stats/src/test/r/simon.R          # check the oracle, write the fixtures
#   Rscript marrow-stats/src/test/r/simon.R time     # time the re-implementation (nmax 200, 600)

ph2simon_reimpl <- function(pu, pa, ep1, ep2, nmax = 100) {
  if (nmax > 1000) stop("nmax cannot exceed 1000")
  # the tables of clinfun's R driver: every (size, count) pair, sizes 1..nmax
  size <- rep(1:nmax, (1:nmax) + 1)
  count <- sequence((1:nmax) + 1) - 1
  d0 <- dbinom(count, size, pu)
  d1 <- dbinom(count, size, pa)
  u0 <- 1 - pbinom(count - 1, size, pu)
  u1 <- 1 - pbinom(count - 1, size, pa)
  first <- c(0, cumsum((1:nmax) + 1))  # block of size m is first[m] + 1 .. first[m] + m + 1
  block <- function(v, m) v[first[m] + 1:(m + 1)]
  out <- matrix(0, nmax, 6)
  for (n in 2:nmax) {
    essn <- n
    for (n1 in 1:(n - 1)) {
      n2 <- n - n1
      f0 <- block(d0, n1); f1 <- block(d1, n1)
      c0 <- block(u0, n2); c1 <- block(u1, n2)
      b0 <- numeric(n + 1); b1 <- numeric(n + 1)  # b[s + 1]: P(X1 >= x1, X1 + X2 >= s)
      pet <- 1
      for (x1 in n1:0) {
        pet <- pet - f0[x1 + 1]
        idx <- x1 + 1 + (0:n2)                      # s = x1 .. x1 + n2
        b0[idx] <- b0[idx] + f0[x1 + 1] * c0
        b1[idx] <- b1[idx] + f1[x1 + 1] * c1
        ok <- b0[idx] < ep1 & 1 - b1[idx] < ep2
        if (any(ok)) {
          ess <- n1 + (1 - pet) * n2
          if (ess < essn) {
            # the Fortran scans s downwards and keeps the first feasible one: the largest
            s <- x1 + max(which(ok)) - 1
            essn <- ess
            out[n, ] <- c(x1 - 1, n1, s - 1, n, ess, pet)
          }
        }
        if (x1 > 0) { b0[1:x1] <- b0[x1 + 1]; b1[1:x1] <- b1[x1 + 1] }
      }
    }
  }
  out <- out[out[, 5] != 0, , drop = FALSE]
  if (nrow(out) == 0) stop("No feasible solution found. Increase maximum sample size.")
  colnames(out) <- c("r1", "n1", "r", "n", "EN(p0)", "PET(p0)")
  list(out = out, nmax = nmax)
}

# clinfun's print: the optimal design is the first row of least EN(p0), the minimax the first row
optimal_row <- function(out) which(out[, 5] == min(out[, 5]))[1]

# clinfun's twostage.admissible: from the minimax design, repeatedly step to the first design of
# least slope in (n, EN) up to the optimal design; q is the weight on n of the neighbours' tie
admissible_reimpl <- function(out) {
  nopt <- optimal_row(out)
  keep <- 1
  at <- 1
  while (at < nopt) {
    j <- (at + 1):nopt
    slope <- (out[j, 5] - out[at, 5]) / (out[j, 4] - out[at, 4])
    at <- j[which.min(slope)]
    keep <- c(keep, at)
  }
  h <- out[keep, , drop = FALSE]
  q <- if (nrow(h) > 1) round(diff(h[, 5]) / (diff(h[, 5]) - diff(h[, 4])), 3) else numeric(0)
  cbind(h, qLo = c(q, 0), qHi = c(1, q))
}

# operating characteristics with exact binomial sums (upper tails taken directly, so that small
# error rates keep their relative accuracy; clinfun's oc.twostage.bdry takes 1 - lower sum)
oc <- function(n1, r1, n, r, p) {
  x1 <- (r1 + 1):n1
  reject <- sum(dbinom(x1, n1, p) * pbinom(r - x1, n - n1, p, lower.tail = FALSE))
  pet <- pbinom(r1, n1, p)
  c(reject = reject, pet = pet, en = n1 + (1 - pet) * (n - n1))
}

args <- commandArgs(trailingOnly = TRUE)
if (length(args) > 0 && args[1] == "time") {
  for (nmax in c(200, 600)) {
    tm <- system.time(res <- ph2simon_reimpl(0.2, 0.3, 0.05, 0.1, nmax))
    nopt <- optimal_row(res$out)
    cat(sprintf("nmax %d: elapsed %.2f s (user %.2f s); optimal %s; minimax %s\n", nmax,
                tm[["elapsed"]], tm[["user.self"]],
                paste(res$out[nopt, 1:4], collapse = "/"), paste(res$out[1, 1:4], collapse = "/")))
  }
  quit(save = "no")
}

res_dir <- "marrow-stats/src/test/resources/org/marrow/stats/design"
header <- c("# Reference values are from R 4.2.2 (stats; clinfun 1.1.5 algorithms RE-IMPLEMENTED in the script, see there)",
            "# produced by: Rscript marrow-stats/src/test/r/simon.R")

# 1. the re-implementation must reproduce every row of the shared clinfun oracle (nmax 150)
oracle <- read.csv("/work/shared/oracles/simon-clinfun.csv")
combos <- unique(oracle[, c("p0", "p1", "alpha", "beta")])
bad <- 0
for (i in seq_len(nrow(combos))) {
  cb <- combos[i, ]
  out <- ph2simon_reimpl(cb$p0, cb$p1, cb$alpha, cb$beta, 150)$out
  got <- list(optimal = out[optimal_row(out), ], minimax = out[1, ])
  rows <- oracle[oracle$p0 == cb$p0 & oracle$p1 == cb$p1 & oracle$alpha == cb$alpha & oracle$beta == cb$beta, ]
  for (k in seq_len(nrow(rows))) {
    g <- got[[rows$design[k]]]
    want <- unlist(rows[k, c("r1", "n1", "r", "n", "EN0", "PET0")])
    if (any(g[1:4] != want[1:4]) || any(abs(round(g[5:6], 6) - want[5:6]) > 1e-9)) {
      bad <- bad + 1
      cat("MISMATCH", unlist(cb), rows$design[k], ":", g, "vs", want, "\n")
    }
  }
}
cat(sprintf("oracle: %d rows checked, %d mismatches\n", nrow(oracle), bad))
if (bad > 0) stop("the re-implementation does not reproduce the clinfun oracle")

# 2. admissible designs (and optimal, minimax) for the trial documents' and other settings
settings <- rbind(
  c(0.45, 0.65, 0.05, 0.2, 100),   # trial document 000
  c(0.5, 0.7, 0.05, 0.2, 100),     # the parameters that give trial document 002's design
  c(0.2, 0.3, 0.05, 0.1, 200),     # the benchmark setting
  c(0.05, 0.25, 0.1, 0.1, 60),
  c(0.7, 0.9, 0.05, 0.1, 100),
  c(0.1, 0.3, 0.05, 0.2, 20))      # no design within nmax (the minimax n is 25)
lines <- c(header, "# tolerance: EN0 and PET0 1e-9 relative; r1, n1, r, n, qLo, qHi exact",
           "p0,p1,alpha,beta,nmax,role,r1,n1,r,n,EN0,PET0,qLo,qHi")
for (i in seq_len(nrow(settings))) {
  s <- settings[i, ]
  res <- tryCatch(ph2simon_reimpl(s[1], s[2], s[3], s[4], s[5]), error = function(e) NULL)
  if (is.null(res)) {
    lines <- c(lines, sprintf("%s,%s,%s,%s,%d,none,NA,NA,NA,NA,NA,NA,NA,NA", s[1], s[2], s[3], s[4], s[5]))
    next
  }
  out <- res$out
  a <- admissible_reimpl(out)
  role <- ifelse(a[, 4] == out[1, 4], "minimax", ifelse(a[, 4] == out[optimal_row(out), 4], "optimal", "admissible"))
  if (nrow(a) == 1) role <- "minimax+optimal"
  for (k in seq_len(nrow(a))) {
    lines <- c(lines, sprintf("%s,%s,%s,%s,%d,%s,%d,%d,%d,%d,%.17g,%.17g,%.17g,%.17g", s[1], s[2], s[3], s[4], s[5],
                              role[k], a[k, 1], a[k, 2], a[k, 3], a[k, 4], a[k, 5], a[k, 6], a[k, 7], a[k, 8]))
  }
}
writeLines(lines, file.path(res_dir, "simon-admissible.csv"))

# 3. operating characteristics of given designs
designs <- rbind(
  # n1, r1, n, r, p0, p1
  c(22, 8, 43, 24, 0.45, 0.65),    # trial document 000 as published (stage 1) with ph2simon's r
  c(22, 8, 43, 23, 0.45, 0.65),
  c(22, 9, 46, 26, 0.45, 0.65),
  c(15, 8, 43, 26, 0.5, 0.7),      # trial document 002 as published
  c(15, 8, 43, 26, 0.45, 0.65),
  c(71, 15, 184, 45, 0.2, 0.3),
  c(92, 18, 160, 40, 0.2, 0.3),
  c(10, 0, 29, 3, 0.05, 0.2),      # r1 = 0
  c(9, 0, 30, 3, 0.05, 0.25),
  c(5, -1, 12, 4, 0.2, 0.4),       # r1 = -1: no early stop (in ph2simon's search space)
  c(6, 5, 20, 19, 0.5, 0.7),       # r1 = n1 - 1 and r = n - 1
  c(20, 3, 25, 3, 0.1, 0.3),       # r = r1
  c(40, 1, 900, 20, 0.01, 0.05),   # large n, tiny error rates
  c(30, 28, 60, 58, 0.9, 0.99))
lines <- c(header, "# tolerance: 1e-9 relative",
           "n1,r1,n,r,p0,p1,alpha,power,pet0,en0,pet1,en1")
for (i in seq_len(nrow(designs))) {
  d <- designs[i, ]
  a <- oc(d[1], d[2], d[3], d[4], d[5])
  b <- oc(d[1], d[2], d[3], d[4], d[6])
  lines <- c(lines, sprintf("%d,%d,%d,%d,%s,%s,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g", d[1], d[2], d[3], d[4], d[5], d[6],
                            a[["reject"]], b[["reject"]], a[["pet"]], a[["en"]], b[["pet"]], b[["en"]]))
}
writeLines(lines, file.path(res_dir, "simon-oc.csv"))
cat("fixtures written to", res_dir, "\n")
