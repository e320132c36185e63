# Reference values for org.marrow.stats.survival (Kaplan-Meier, quantiles, survival at times,
# log-rank), from R's survival package.
# Run from the repository root:  Rscript marrow-stats/src/test/r/survival.R
suppressPackageStartupMessages(library(survival))
# Group (factor level) order follows the collation; Marrow orders names by code point, R's C locale.
invisible(Sys.setlocale("LC_COLLATE", "C"))

out_dir <- "marrow-stats/src/test/resources/org/marrow/stats/survival"
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

header <- function(con, extra = character()) {
  writeLines(c(
    sprintf("# Reference values are from %s (survival %s)", R.version.string, packageVersion("survival")),
    "# produced by: Rscript marrow-stats/src/test/r/survival.R",
    extra), con)
}
num <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", sprintf("%.17g", x))

# ---------------------------------------------------------------------------------------------
# Data sets: name -> data.frame(time, event, group); group "-" means a single-curve data set.
# ---------------------------------------------------------------------------------------------
ds <- list()
one <- function(time, event) data.frame(time = time, event = event, group = "-")
two <- function(time, event, group) data.frame(time = time, event = event, group = as.character(group))

# Time to first response (days) in a first-line SAA/VSAA trial of 43 patients, 28 responders
# (cf. trial 000: 28/43 responders, response assessed to 6 months = 180 days).
saa_t <- c(28,35,42,42,56,56,63,70,84,84,90,91,98,112,120,126,140,150,168,180,180,180,180,180)
saa_e <- c( 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0)
vsaa_t <- c(35,49,56,63,77,84,90,90,105,119,133,147,154,175,180,180,180,180,180)
vsaa_e <- c( 1, 0, 1, 1, 1, 1, 1, 0,  1,  1,  1,  0,  1,  1,  0,  0,  0,  0,  0)
ds$saa_vsaa <- two(c(saa_t, vsaa_t), c(saa_e, vsaa_e), c(rep("SAA", 24), rep("VSAA", 19)))
ds$saa_only <- one(saa_t, saa_e)

# Acute myelogenous leukaemia maintenance trial, R's survival::aml (weeks).
ds$aml <- two(aml$time, aml$status, aml$x)

# NCCTG lung cancer, R's survival::lung, three ECOG groups (days): k = 3 log-rank.
lung3 <- subset(lung, !is.na(ph.ecog) & ph.ecog <= 2)
ds$lung_ecog <- two(lung3$time, lung3$status - 1, lung3$ph.ecog)

# Heavy ties: events and censorings sharing times.
ds$heavy_ties <- one(c(1,1,1,1,2,2,2,2,2,3,3,3,4,4,4,4,4,5,5,5),
                     c(1,1,0,0,1,1,1,0,0,1,0,0,1,1,1,0,0,1,0,0))
ds$ties_two_groups <- two(c(2,2,2,3,3,5,5,5,8,8,2,2,3,3,3,5,8,8,8,9),
                          c(1,0,1,1,0,1,1,0,1,0,1,1,1,0,1,0,1,1,0,0),
                          rep(c("A","B"), each = 10))
ds$all_censored <- one(c(3,5,5,8,13), c(0,0,0,0,0))
ds$no_censoring <- one(c(2,4,4,7,9,12,15), c(1,1,1,1,1,1,1))
# Everyone at risk at the last time has the event: survival 0, infinite standard error.
ds$ends_at_zero <- one(c(1,2,2,3,4,4), c(1,1,0,1,1,1))
ds$group_without_events <- two(c(5,8,12,20,25,30,4,9,15,22,28),
                               c(1,1,0,1,1,0,0,0,0,0,0),
                               c(rep("treated",6), rep("control",5)))
# Survival exactly 0.5 on [3, 5): median is the midpoint 4.
ds$half_on_interval <- one(c(1,2,3,4,5,6), c(1,1,1,0,1,1))
# Survival exactly 0.5 from 2 to the end: print() says 2, quantile() says (2 + 4) / 2.
ds$half_to_end <- one(c(1,2,3,4), c(1,1,0,0))
# 5 events among 10 at distinct times: 0.5 up to rounding, then censored to the end.
ds$half_rounded <- one(1:10, c(1,1,1,1,1,0,0,0,0,0))
ds$median_not_reached <- one(c(10,20,30,40,50,60,70,80), c(1,0,1,0,0,0,0,0))
ds$single_event <- one(7, 1)
ds$single_censored <- one(7, 0)
# Times at 0, and times closer than sqrt(.Machine$double.eps) (merged by timefix).
ds$time_zero <- one(c(0,0,0,1,2,2,3), c(1,0,0,1,1,0,1))
ds$near_ties <- one(c(1, 1 + 1e-10, 2, 2 - 1e-12, 3.5, 4), c(1,0,1,1,0,1))
ds$decimal_months <- two(c(0.5,1.25,2.75,3.2,4.7,6.1,0.9,1.25,2.2,5.8,7.3,9.9),
                         c(1,1,0,1,1,0,1,0,1,1,0,1),
                         c(rep("hetrombopag",6), rep("IST",6)))
# Log-rank edge cases: no events at all (df = -1, p NaN); a group whose subjects all leave before
# the first event (expected 0, left out of the statistic and the degrees of freedom).
ds$logrank_all_censored <- two(c(1,2,3,4), c(0,0,0,0), c("A","A","B","B"))
ds$group_before_first_event <- two(c(1,2,5,6,7,8,9), c(0,0,1,0,1,1,0), c("C","C","A","A","B","B","A"))
set.seed(20240611)
n <- 300
g <- sample(c("A","B","C"), n, replace = TRUE)
rate <- c(A = 1/100, B = 1/140, C = 1/90)[g]
tt <- round(rexp(n, rate))
cc <- round(runif(n, 20, 400))
ds$random_three <- two(pmin(tt, cc), as.integer(tt <= cc), g)

# Times for summary(fit, times = ...), per data set.
at <- list(
  saa_vsaa = c(30, 90, 180, 200), saa_only = c(0, 60, 90, 180, 181), aml = c(0, 12, 24, 48, 200),
  lung_ecog = c(90, 180, 365, 730, 1100), heavy_ties = c(0, 0.5, 1, 2.5, 4, 5, 6),
  ties_two_groups = c(2, 4, 8, 9), all_censored = c(0, 5, 13, 14), no_censoring = c(1, 4, 15, 16),
  ends_at_zero = c(3, 4, 5), group_without_events = c(4, 10, 28, 30),
  half_on_interval = c(3, 4, 6), half_to_end = c(2, 4, 5), half_rounded = c(5, 10),
  median_not_reached = c(15, 80, 100), single_event = c(0, 7, 8), single_censored = c(0, 7, 8),
  time_zero = c(0, 1, 3), logrank_all_censored = c(1, 3, 5), group_before_first_event = c(2, 6, 9), near_ties = c(1, 2, 4), decimal_months = c(1, 3, 6, 12),
  random_three = c(30, 100, 200, 365))

configs <- list(c("log", "0.95"), c("log-log", "0.95"), c("plain", "0.95"), c("log", "0.9"),
                c("log-log", "0.8"))

# ---------------------------------------------------------------------------------------------
con <- file(file.path(out_dir, "km-data.csv"), "w")
header(con, "# The input data sets; group '-' marks a single-curve data set.")
writeLines("dataset,time,event,group", con)
for (name in names(ds)) {
  d <- ds[[name]]
  writeLines(sprintf("%s,%s,%d,%s", name, num(d$time), as.integer(d$event), d$group), con)
}
close(con)

table_con <- file(file.path(out_dir, "km-table.csv"), "w")
header(table_con, "# survfit(Surv(time, event) ~ 1) and ~ group: the survival table (std_err = fit$std.err).")
writeLines("dataset,conf_type,conf_level,curve,time,n_risk,n_event,n_censor,surv,std_err,lower,upper", table_con)
median_con <- file(file.path(out_dir, "km-median.csv"), "w")
header(median_con, "# Median and its limits as print(fit) shows them (summary(fit)$table).")
writeLines("dataset,conf_type,conf_level,curve,n,events,median,lower,upper", median_con)
quant_con <- file(file.path(out_dir, "km-quantile.csv"), "w")
header(quant_con, "# quantile(fit, c(0.25, 0.5, 0.75)) with its lower and upper limits.")
writeLines("dataset,conf_type,conf_level,curve,probability,quantile,lower,upper", quant_con)
at_con <- file(file.path(out_dir, "km-at.csv"), "w")
header(at_con, c("# summary(fit, times = requested) (extend = FALSE: times after a curve's last follow-up are absent).",
                 "# requested: the times asked for, separated by ';'."))
writeLines("dataset,conf_type,conf_level,curve,requested,time,n_risk,n_event,n_censor,surv,std_err,lower,upper", at_con)

curves <- function(d, ct, cl) {
  fits <- list(all = survfit(Surv(time, event) ~ 1, data = d, conf.type = ct, conf.int = cl))
  if (d$group[1] != "-") {
    fg <- survfit(Surv(time, event) ~ group, data = d, conf.type = ct, conf.int = cl)
    levs <- sub("^group=", "", names(fg$strata))
    for (i in seq_along(levs)) fits[[levs[i]]] <- fg[i]
  }
  fits
}

for (name in names(ds)) {
  d <- ds[[name]]
  for (cfg in configs) {
    ct <- cfg[1]; cl <- as.numeric(cfg[2])
    fits <- curves(d, ct, cl)
    for (cv in names(fits)) {
      f <- fits[[cv]]
      pre <- sprintf("%s,%s,%s,%s", name, ct, cfg[2], cv)
      writeLines(sprintf("%s,%s,%d,%d,%d,%s,%s,%s,%s", pre, num(f$time), as.integer(f$n.risk),
                         as.integer(f$n.event), as.integer(f$n.censor), num(f$surv), num(f$std.err),
                         num(f$lower), num(f$upper)), table_con)
      tab <- summary(f)$table
      writeLines(sprintf("%s,%d,%d,%s,%s,%s", pre, as.integer(tab["n.max"]), as.integer(tab["events"]),
                         num(tab["median"]), num(tab[paste0(cl, "LCL")]), num(tab[paste0(cl, "UCL")])),
                 median_con)
      q <- quantile(f, c(0.25, 0.5, 0.75))
      writeLines(sprintf("%s,%s,%s,%s,%s", pre, c("0.25", "0.5", "0.75"), num(q$quantile), num(q$lower),
                         num(q$upper)), quant_con)
      s <- tryCatch(summary(f, times = at[[name]]), error = function(e) NULL)
      req <- paste(num(at[[name]]), collapse = ";")
      if (!is.null(s) && length(s$time) > 0) {
        writeLines(sprintf("%s,%s,%s,%d,%d,%d,%s,%s,%s,%s", pre, req, num(s$time), as.integer(s$n.risk),
                           as.integer(s$n.event), as.integer(s$n.censor), num(s$surv), num(s$std.err),
                           num(s$lower), num(s$upper)), at_con)
      } else {
        writeLines(sprintf("%s,%s,NONE,NA,NA,NA,NA,NA,NA,NA", pre, req), at_con)
      }
    }
  }
}
close(table_con); close(median_con); close(quant_con); close(at_con)

# Extra quantile requests, one probability at a time and a different set (the all-NA rule of findq).
con <- file(file.path(out_dir, "km-quantile-single.csv"), "w")
header(con, "# quantile(fit, p) for one p at a time, conf.type log, conf.int 0.95, curve of all subjects.")
writeLines("dataset,probability,quantile,lower,upper", con)
for (name in names(ds)) {
  f <- survfit(Surv(time, event) ~ 1, data = ds[[name]])
  for (p in c(0, 0.1, 0.5, 0.9, 1)) {
    q <- quantile(f, p)
    writeLines(sprintf("%s,%s,%s,%s,%s", name, num(p), num(q$quantile), num(q$lower), num(q$upper)), con)
  }
}
close(con)

con <- file(file.path(out_dir, "logrank.csv"), "w")
header(con, "# survdiff(Surv(time, event) ~ group) (rho = 0); one line per group, chisq/df/p repeated.")
writeLines("dataset,group,n,observed,expected,chisq,df,p", con)
for (name in names(ds)) {
  d <- ds[[name]]
  if (d$group[1] == "-") next
  sd <- survdiff(Surv(time, event) ~ group, data = d)
  df <- sum(sd$exp > 0) - 1
  levs <- sub("^group=", "", names(sd$n))
  writeLines(sprintf("%s,%s,%d,%s,%s,%s,%d,%s", name, levs, as.integer(sd$n), num(sd$obs), num(sd$exp),
                     num(sd$chisq), as.integer(df), num(sd$pvalue)), con)
}
close(con)

con <- file(file.path(out_dir, "logrank-rho.csv"), "w")
header(con, "# survdiff(Surv(time, event) ~ group, rho = rho): the G-rho family; observed/expected weighted as R prints them.")
writeLines("dataset,rho,group,n,observed,expected,chisq,df,p", con)
for (name in names(ds)) {
  d <- ds[[name]]
  if (d$group[1] == "-") next
  for (rho in c(0.5, 1, 2, -0.5)) {
    sd <- survdiff(Surv(time, event) ~ group, data = d, rho = rho)
    df <- sum(sd$exp > 0) - 1
    levs <- sub("^group=", "", names(sd$n))
    writeLines(sprintf("%s,%s,%s,%d,%s,%s,%s,%d,%s", name, num(rho), levs, as.integer(sd$n), num(sd$obs), num(sd$exp),
                       num(sd$chisq), as.integer(df), num(sd$pvalue)), con)
  }
}
close(con)
cat("fixtures written to", out_dir, "\n")
