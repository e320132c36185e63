# R's side of the `marrow stats km` timing (docs/performance.md): the whole process of what
#   ./marrow stats km --csv FILE --time days --event responded --group severity --at 90,180
# computes: read.csv, the Kaplan-Meier fits (overall and per group) with medians, quartiles and
# survival at 90 and 180 days, and the log-rank test.
#
#   Rscript scripts/km-r.R FILE
library(survival)
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
overall <- survfit(Surv(days, responded) ~ 1, data = d)
groups <- survfit(Surv(days, responded) ~ severity, data = d)
print(overall)
print(groups)
print(quantile(overall, c(0.25, 0.5, 0.75)))
print(quantile(groups, c(0.25, 0.5, 0.75)))
print(summary(overall, times = c(90, 180)))
print(summary(groups, times = c(90, 180)))
print(survdiff(Surv(days, responded) ~ severity, data = d))
