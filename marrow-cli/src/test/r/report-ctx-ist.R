# Reference values for marrow-cli's ReportCommandTest: Clopper-Pearson intervals (binom.test) of
# document 000's published rates and Fisher's exact test of the 3-month ORR, SAA vs VSAA.
# Run from the repository root: Rscript marrow-cli/src/test/r/report-ctx-ist.R
out <- "marrow-cli/src/test/resources/org/marrow/cli/analysis/ctx-ist-rates.csv"
rates <- data.frame(
  key = c("M3.orr", "M3.superior", "M3.cr", "M6.orr", "M6.superior", "M6.cr",
          "M3.orr.SAA", "M3.orr.VSAA"),
  x = c(28, 11, 4, 30, 26, 12, 24, 4),
  n = c(43, 43, 43, 43, 43, 43, 30, 13))
f <- function(v) sprintf("%.17g", v)
lines <- c(sprintf("# Reference values are from R %s.%s (stats)", R.version$major, R.version$minor),
           "# produced by: Rscript marrow-cli/src/test/r/report-ctx-ist.R",
           "key,x,n,estimate,lower,upper")
for (i in seq_len(nrow(rates))) {
  b <- binom.test(rates$x[i], rates$n[i])
  lines <- c(lines, paste(rates$key[i], rates$x[i], rates$n[i], f(b$estimate),
                          f(b$conf.int[1]), f(b$conf.int[2]), sep = ","))
}
p <- fisher.test(matrix(c(24, 6, 4, 9), 2, byrow = TRUE))$p.value
lines <- c(lines, paste("M3.orr.fisher", "NA", "NA", f(p), "NA", "NA", sep = ","))
writeLines(lines, out)

# Kaplan-Meier medians (print(survfit)) of the times examples/ctx-ist gives under the ctx-ist
# protocol: time = study day of the first response (event) or of the end of follow-up (censored),
# as marrow report derives them (results.json "subjects").
library(survival)
km <- "marrow-cli/src/test/resources/org/marrow/cli/analysis/ctx-ist-km.csv"
kl <- c(sprintf("# Reference values are from R %s.%s (survival %s)", R.version$major, R.version$minor,
                packageVersion("survival")),
        "# produced by: Rscript marrow-cli/src/test/r/report-ctx-ist.R",
        "endpoint,median,lower,upper")
d <- data.frame(time = c(78,86,90,90,78,78,86,86,86,90,90,57,64,71,57,71,78,71,86,78,64,90,78,90,86,71,64,71,112,180,180,180,180,180,180,180,180,142,142,131,141,110,120), event = c(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1))
q <- summary(survfit(Surv(time, event) ~ 1, data = d))$table
kl <- c(kl, paste("time-to-response", f(q["median"]), f(q["0.95LCL"]), f(q["0.95UCL"]), sep = ","))
d <- data.frame(time = c(78,86,90,90,78,78,86,86,86,90,90,100,110,120,100,110,120,131,141,100,120,151,161,171,180,180,180,105,112,180,180,180,180,180,180,180,180,142,142,180,180,110,120), event = c(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1))
q <- summary(survfit(Surv(time, event) ~ 1, data = d))$table
kl <- c(kl, paste("time-to-superior-response", f(q["median"]), f(q["0.95LCL"]), f(q["0.95UCL"]), sep = ","))
writeLines(kl, km)
