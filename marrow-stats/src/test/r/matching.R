# Synthetic 32-case : 200-control data shaped like trial document 001 (17 male / 15 female cases,
# 21 SAA / 11 VSAA, ages 13-69) and an independent R implementation of Marrow's documented greedy
# 1:3 matching (org.marrow.stats.matching.NearestNeighbourMatching): exact on sex and severity,
# calipers age 5 and haemoglobin 15 g/L, distance sum(|diff| / caliper), k rounds, within a round
# cases by fewest still-available eligible controls then case order, nearest control first, ties by
# control order. Values are integers, so the caliper boundary (diff == caliper is inside) needs no
# rounding slack here.
#
# Run from the repository root: Rscript marrow-stats/src/test/r/matching.R
out <- "marrow-stats/src/test/resources/org/marrow/stats/matching"
header <- c("# Reference values are from R 4.2.2 (base and stats only)",
            "# produced by: Rscript marrow-stats/src/test/r/matching.R")

set.seed(20240601)
n_cases <- 32
sex <- sample(c(rep("M", 17), rep("F", 15)))
severity <- sample(c(rep("SAA", 21), rep("VSAA", 11)))
age <- round(runif(n_cases, 13, 69)); age[1] <- 13; age[2] <- 69
hb <- round(runif(n_cases, 34, 99))
cases <- data.frame(id = sprintf("H%02d", 1:n_cases), sex, severity, age, hb, stringsAsFactors = FALSE)

# Per case: 3 controls inside both calipers (offsets may hit the boundary exactly) and 3 drawn
# wider, so that some candidates fall outside a caliper and cases compete for the same controls.
near <- do.call(rbind, lapply(1:n_cases, function(i) {
  data.frame(sex = cases$sex[i], severity = cases$severity[i],
             age = pmin(pmax(cases$age[i] + c(sample(-5:5, 3, replace = TRUE),
                                               sample(-9:9, 3, replace = TRUE)), 7), 70),
             hb = cases$hb[i] + c(sample(-15:15, 3, replace = TRUE), sample(-25:25, 3, replace = TRUE)),
             stringsAsFactors = FALSE)
}))
other <- data.frame(sex = sample(c("M", "F"), 8, replace = TRUE),
                    severity = sample(c("SAA", "VSAA"), 8, replace = TRUE),
                    age = round(runif(8, 7, 70)), hb = round(runif(8, 33, 96)),
                    stringsAsFactors = FALSE)
controls <- rbind(near, other)
controls <- controls[sample(nrow(controls)), ]
controls <- data.frame(id = sprintf("C%03d", seq_len(nrow(controls))), controls, stringsAsFactors = FALSE)
rownames(controls) <- NULL

greedy <- function(cases, controls, k, exact, caliper) {
  n <- nrow(cases)
  elig <- vector("list", n); dist <- vector("list", n)
  for (i in 1:n) {
    ok <- rep(TRUE, nrow(controls)); d <- rep(0, nrow(controls))
    for (e in exact) ok <- ok & controls[[e]] == cases[[e]][i]
    for (v in names(caliper)) {
      diff <- abs(cases[[v]][i] - controls[[v]])
      ok <- ok & diff <= caliper[[v]]
      d <- d + diff / caliper[[v]]
    }
    idx <- which(ok)
    o <- order(d[idx], idx)
    elig[[i]] <- idx[o]; dist[[i]] <- d[idx][o]
  }
  taken <- rep(FALSE, nrow(controls)); got <- rep(0L, n)
  pairs <- data.frame(case_id = character(), round = integer(), control_id = character(),
                      distance = numeric(), stringsAsFactors = FALSE)
  for (r in 1:k) {
    avail <- sapply(elig, function(e) sum(!taken[e]))
    cand <- which(avail > 0 & got == r - 1)
    cand <- cand[order(avail[cand], cand)]
    for (i in cand) {
      free <- which(!taken[elig[[i]]])
      if (length(free) > 0) {
        j <- elig[[i]][free[1]]
        taken[j] <- TRUE; got[i] <- got[i] + 1L
        pairs[nrow(pairs) + 1, ] <- list(cases$id[i], r, controls$id[j], dist[[i]][free[1]])
      }
    }
  }
  list(pairs = pairs, eligible = sapply(elig, length), taken = taken)
}

res <- greedy(cases, controls, 3, c("sex", "severity"), list(age = 5, hb = 15))
stopifnot(nrow(res$pairs) == 96)
matched <- controls[res$taken, ]

write_csv <- function(df, file, comments = character()) {
  con <- file(file.path(out, file), "w")
  writeLines(c(header, comments), con)
  write.csv(df, con, row.names = FALSE, quote = FALSE)
  close(con)
}
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

write_csv(cases, "synthetic-cases.csv", "# input: 32 synthetic cases shaped like trial document 001")
write_csv(controls, "synthetic-controls.csv", "# input: 200 synthetic candidate controls")
p <- res$pairs; p$distance <- num(p$distance)
p <- p[order(match(p$case_id, cases$id), p$round), ]
write_csv(p, "synthetic-match-1to3.csv",
          "# greedy 1:3, exact sex and severity, caliper age=5 and hb=15; one line per matched pair")

summ <- function(x) c(length(x), mean(x), sd(x), median(x), min(x), max(x))
smd <- function(a, b) (mean(a) - mean(b)) / sqrt((sd(a)^2 + sd(b)^2) / 2)
bal <- do.call(rbind, lapply(c("age", "hb"), function(v) {
  s <- rbind(summ(cases[[v]]), summ(matched[[v]]), summ(controls[[v]]))
  data.frame(key = v, group = c("cases", "matched", "all_controls"), n = s[, 1],
             mean = num(s[, 2]), sd = num(s[, 3]), median = num(s[, 4]), min = num(s[, 5]),
             max = num(s[, 6]),
             smd = num(c(NA, smd(cases[[v]], matched[[v]]), smd(cases[[v]], controls[[v]]))))
}))
write_csv(bal, "synthetic-balance.csv",
          "# per caliper key and group: n, mean, sd (n-1), median, min, max; smd of cases vs the group")
