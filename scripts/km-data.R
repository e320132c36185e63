# Writes the 1,000,000-row input of the `marrow stats km` timing (docs/performance.md): one row per
# subject with a follow-up time in whole days (heavy ties, as trial data), a response indicator and
# the severity group. Exponential times to response (hazards 1/100, 1/130 and 1/160 per day for VSAA,
# SAA and NSAA) with uniform censoring to 400 days; seeded, so every run writes the same file.
#
#   Rscript scripts/km-data.R OUT.csv [ROWS]        default 1000000 rows
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript scripts/km-data.R OUT.csv [ROWS]")
n <- if (length(args) >= 2) as.integer(args[2]) else 1000000L
set.seed(20240611)
severity <- sample(c("VSAA", "SAA", "NSAA"), n, replace = TRUE, prob = c(0.3, 0.5, 0.2))
rate <- c(VSAA = 1 / 100, SAA = 1 / 130, NSAA = 1 / 160)[severity]
t <- rexp(n, rate)
censor <- runif(n, 0, 400)
d <- data.frame(
  days = ceiling(pmin(t, censor)),
  responded = as.integer(t <= censor),
  severity = severity)
write.csv(d, args[1], row.names = FALSE, quote = FALSE)
