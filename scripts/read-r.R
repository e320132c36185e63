# R's side of the `marrow report` timing (docs/performance.md): read.csv of every CSV file of a data
# set folder, which is all R would do before any analysis.
#
#   Rscript scripts/read-r.R DIR
dir <- commandArgs(trailingOnly = TRUE)[1]
files <- sort(list.files(dir, pattern = "\\.csv$", full.names = TRUE))
tables <- lapply(files, read.csv)
for (i in seq_along(files)) cat(basename(files[i]), nrow(tables[[i]]), "rows\n")
