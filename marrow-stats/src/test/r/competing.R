# Reference values for org.marrow.stats.competing: cumulative incidence (cmprsk::cuminc),
# values at times (cmprsk::timepoints) and Gray's test (cuminc's $Tests).
# Run from the repository root: Rscript marrow-stats/src/test/r/competing.R
suppressMessages(library(cmprsk))
out <- "marrow-stats/src/test/resources/org/marrow/stats/competing"
header <- c(
  sprintf("# Reference values are from R %s.%s (cmprsk %s)", R.version$major, R.version$minor,
          as.character(packageVersion("cmprsk"))),
  "# produced by: Rscript marrow-stats/src/test/r/competing.R")
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

# Status: 0 censored, 1 response, 2 HSCT, 3 death. Times in days.
sets <- list()
add <- function(name, time, status, group) {
  sets[[name]] <<- data.frame(dataset = name, time = time, status = status, group = as.character(group),
                              stringsAsFactors = FALSE)
}

# Realistic two-arm trial, 40 patients, integer days (so natural ties), three causes.
set.seed(20240611)
n <- 40
arm <- rep(c("A", "B"), each = 20)
resp <- round(rexp(n, ifelse(arm == "A", 1 / 120, 1 / 200)))
hsct <- round(rexp(n, 1 / 400))
death <- round(rexp(n, 1 / 900))
cens <- round(runif(n, 150, 540))
tt <- pmin(resp, hsct, death, cens)
st <- ifelse(tt == cens, 0, ifelse(tt == resp, 1, ifelse(tt == hsct, 2, 3)))
add("realistic", tt, st, arm)

# Ties between causes at the same time, within and across groups, and several events of one
# cause at one time (the (d - 1) / (n - 1) factors).
add("cause_ties",
    c(10, 10, 10, 10, 20, 20, 20, 30, 30, 30, 30, 45, 50, 60, 60, 60, 75, 90, 90, 120,
      10, 10, 20, 20, 20, 30, 30, 40, 50, 50, 50, 60, 70, 90, 90, 90, 100, 110, 120, 120),
    c(1, 1, 2, 3, 1, 2, 2, 1, 1, 1, 3, 0, 1, 2, 3, 1, 0, 1, 1, 0,
      1, 2, 1, 1, 3, 2, 2, 1, 3, 3, 1, 1, 0, 2, 1, 1, 0, 1, 2, 0),
    rep(c("A", "B"), each = 20))

# Censoring at the same times as events.
add("censor_ties",
    c(14, 14, 14, 28, 28, 28, 28, 56, 56, 84, 84, 84, 112, 112, 140, 168, 168, 180, 180, 180,
      14, 14, 28, 28, 42, 42, 42, 56, 84, 84, 112, 112, 112, 140, 140, 168, 180, 180, 180, 180),
    c(1, 0, 2, 1, 0, 0, 3, 1, 0, 2, 0, 1, 1, 0, 3, 1, 0, 0, 1, 0,
      0, 1, 1, 0, 2, 0, 1, 0, 1, 0, 3, 1, 0, 0, 1, 2, 0, 1, 0, 0),
    rep(c("A", "B"), each = 20))

# Cause 2 (HSCT) never happens in group B; cause 3 only in group B.
set.seed(7)
t1 <- round(runif(36, 5, 365))
s1 <- c(sample(c(0, 1, 1, 2), 18, replace = TRUE), sample(c(0, 1, 1, 3), 18, replace = TRUE))
add("cause_missing_in_group", t1, s1, rep(c("A", "B"), each = 18))

# Three groups (severity at enrollment).
set.seed(31)
g3 <- rep(c("NSAA", "SAA", "VSAA"), times = c(14, 16, 12))
rate <- c(NSAA = 1 / 90, SAA = 1 / 150, VSAA = 1 / 240)[g3]
r3 <- round(rexp(42, rate)); h3 <- round(rexp(42, 1 / 500)); d3 <- round(rexp(42, 1 / 700))
c3 <- round(runif(42, 100, 400))
tt <- pmin(r3, h3, d3, c3)
add("three_groups", tt, ifelse(tt == c3, 0, ifelse(tt == r3, 1, ifelse(tt == h3, 2, 3))), g3)

# One group only: no test.
set.seed(43)
r1 <- round(rexp(43, 1 / 100)); d1 <- round(rexp(43, 1 / 600)); c1 <- round(runif(43, 60, 365))
tt <- pmin(r1, d1, c1)
add("single_group", tt, ifelse(tt == c1, 0, ifelse(tt == r1, 1, 3)), rep("all", 43))

# Heavy censoring (about three quarters censored), non-integer times.
set.seed(101)
g <- rep(c("A", "B"), c(25, 25))
ev <- rexp(50, 1 / 800); cc <- runif(50, 10, 300)
tt <- round(pmin(ev, cc), 2)
add("heavy_censoring", tt, ifelse(ev <= cc, sample(1:2, 50, replace = TRUE), 0), g)

# Everyone fails; the last time has events of both causes (the overall KM reaches 0).
add("all_fail",
    c(3, 5, 5, 8, 12, 12, 15, 15, 4, 6, 9, 9, 11, 15, 15, 15),
    c(1, 2, 1, 1, 2, 1, 1, 2, 2, 1, 1, 1, 2, 1, 2, 1),
    rep(c("A", "B"), each = 8))

# Events at time 0, largest time a competing event.
add("time_zero",
    c(0, 0, 0, 2, 3, 3, 7, 9, 0, 1, 1, 4, 6, 8, 8, 10),
    c(1, 2, 0, 1, 1, 0, 2, 2, 1, 1, 0, 2, 1, 0, 1, 3),
    rep(c("A", "B"), each = 8))

# Groups that never overlap in time for cause 1: singular variance, R reports stat -1, p 1.
add("no_overlap", c(1, 2, 3, 4, 5, 10, 11, 12, 13), c(2, 0, 2, 0, 2, 1, 1, 0, 1),
    c("A", "A", "A", "A", "A", "B", "B", "B", "B"))

# Larger: 400 patients, four groups, unequal sizes.
set.seed(2024)
g4 <- sample(c("G1", "G2", "G3", "G4"), 400, replace = TRUE, prob = c(0.4, 0.3, 0.2, 0.1))
rate <- c(G1 = 1 / 100, G2 = 1 / 130, G3 = 1 / 160, G4 = 1 / 90)[g4]
r4 <- round(rexp(400, rate)); h4 <- round(rexp(400, 1 / 300)); d4 <- round(rexp(400, 1 / 500))
c4 <- round(runif(400, 30, 720))
tt <- pmin(r4, h4, d4, c4)
add("large", tt, ifelse(tt == c4, 0, ifelse(tt == r4, 1, ifelse(tt == h4, 2, 3))), g4)

rhos <- list(realistic = c(0, 1), three_groups = c(0, 0.5, 2), large = c(0, 1), cause_ties = c(0, 1))
at <- c(0, 14, 28, 30, 90, 180, 270, 365, 10000)

data <- do.call(rbind, sets)
writeLines(c(header, "dataset,time,status,group",
             sprintf("%s,%s,%d,%s", data$dataset, num(data$time), as.integer(data$status), data$group)),
           file.path(out, "datasets.csv"))

curves <- c(header, "dataset,cause,group,index,time,est,var")
points <- c(header, "# lower and upper: 95% log(-log) interval est^exp(-+1.959963984540054 * sqrt(var) / (est * log(est)))",
            "dataset,cause,group,time,est,var,lower,upper")
tests <- c(header, "# a singular score variance is reported by cmprsk as stat -1, pv 1",
           "dataset,rho,cause,stat,pv,df")
z <- qnorm(0.975)
for (name in names(sets)) {
  d <- sets[[name]]
  single <- length(unique(d$group)) == 1
  fit <- if (single) cuminc(d$time, d$status) else cuminc(d$time, d$status, d$group)
  causes <- sort(unique(d$status[d$status != 0]))
  groups <- sort(unique(d$group))
  curvesOf <- fit[names(fit) != "Tests"]
  tp <- timepoints(fit, at)
  k <- 0
  for (cause in causes) {
    for (grp in groups) {
      k <- k + 1
      key <- if (single) paste(1, cause) else paste(grp, cause)
      cv <- curvesOf[[key]]
      stopifnot(!is.null(cv))
      curves <- c(curves, sprintf("%s,%d,%s,%d,%s,%s,%s", name, cause, grp, seq_along(cv$time),
                                  num(cv$time), num(cv$est), num(cv$var)))
      e <- tp$est[key, ]; v <- tp$var[key, ]
      lo <- ifelse(is.na(e) | e <= 0 | e >= 1, NA, e^exp(-z * sqrt(v) / (e * log(e))))
      hi <- ifelse(is.na(e) | e <= 0 | e >= 1, NA, e^exp(z * sqrt(v) / (e * log(e))))
      points <- c(points, sprintf("%s,%d,%s,%s,%s,%s,%s,%s", name, cause, grp, num(at), num(e), num(v),
                                  num(lo), num(hi)))
    }
  }
  if (!single) {
    for (rho in if (is.null(rhos[[name]])) 0 else rhos[[name]]) {
      ts <- cuminc(d$time, d$status, d$group, rho = rho)$Tests
      tests <- c(tests, sprintf("%s,%s,%s,%s,%s,%d", name, num(rho), rownames(ts), num(ts[, "stat"]),
                                num(ts[, "pv"]), as.integer(ts[, "df"])))
    }
  }
}
writeLines(curves, file.path(out, "cuminc-curves.csv"))
writeLines(points, file.path(out, "cuminc-timepoints.csv"))
writeLines(tests, file.path(out, "gray-tests.csv"))
