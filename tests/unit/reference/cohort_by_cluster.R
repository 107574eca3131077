# Reference values for the per-cluster cohort of tests/unit/test_cohort_by_group.cpp:
# the regional extract tests/data/region/cases.csv, courses started in 2022,
# followed to the as-of date (the latest date in the extract), by cluster and
# for two sites. Written from the extract's rules in docs/outcomes.md, not
# from ipskit's code.
# Run: Rscript tests/unit/reference/cohort_by_cluster.R   (needs r-cran-survival)
#
# Event time: job, flexjob or education counts from its outcome date (from
# the end date when it has none); another ending from the end date; a course
# still open is censored at the as-of date. Status 1 = job or education,
# 2 = closed for another reason, 0 = censored.
suppressPackageStartupMessages(library(survival))
here <- Sys.getenv("IPSKIT_SOURCE_DIR", ".")
d <- read.csv2(file.path(here, "tests/data/region/cases.csv"), fileEncoding = "UTF-8-BOM",
               colClasses = "character", check.names = FALSE)
# Days since 1970-01-01, as numbers: ifelse keeps no Date class.
day <- function(x) as.numeric(as.Date(ifelse(x == "", NA, x), format = "%d-%m-%Y"))
start <- day(d[["Startdato"]]); end <- day(d[["Slutdato"]]); outcome_date <- day(d[["Resultatdato"]])
dates <- c(day(d[["Henvisningsdato"]]), start, day(d[["Første arbejdsgiverkontakt"]]), outcome_date, end)
as_of <- max(dates, na.rm = TRUE)
cat("as of:", format(as.Date(as_of, origin = "1970-01-01")), "\n")
success <- d[["Resultat"]] %in% c("Ordinært job", "Fleksjob", "Uddannelse")
event_day <- ifelse(success & !is.na(outcome_date), outcome_date, end)
status <- ifelse(is.na(event_day), 0, ifelse(success, 1, 2))
time <- ifelse(is.na(event_day), as_of - start, event_day - start)
keep <- start >= as.numeric(as.Date("2022-01-01")) & start <= as.numeric(as.Date("2022-12-31"))
c22 <- data.frame(time = time[keep], status = status[keep], cluster = d[["Klynge"]][keep],
                  site = d[["Kommune"]][keep], start = start[keep])
horizons <- round(c(6, 10, 12, 18) * 30.4375)
cat("horizons (days):", horizons, "\n")
show <- function(label, v) cat(sprintf("%-28s", label), paste(sprintf("%.15g", v), collapse = " "), "\n")
report <- function(label, g) {
    fit <- survfit(Surv(time, factor(status, 0:2)) ~ 1, data = g)
    s <- summary(fit, times = horizons, extend = TRUE)
    last <- max(g$time)
    aj <- ifelse(horizons <= last | all(g$status[g$time == last] != 0), s$pstate[, 2], NA)
    show(paste(label, "courses"), nrow(g))
    show(paste(label, "AJ"), aj)
    show(paste(label, "at risk"), sapply(horizons, function(h) sum(g$time >= h)))
    full <- sapply(horizons, function(h) sum(g$start <= as_of - h))
    ok <- sapply(horizons, function(h) sum(g$start <= as_of - h & g$status == 1 & g$time <= h))
    show(paste(label, "full follow-up"), full)
    show(paste(label, "of them in job"), ok)
}
report("all", c22)
for (k in sort(unique(c22$cluster))) report(k, c22[c22$cluster == k, ])
for (k in c("Stevns", "Guldborgsund")) report(k, c22[c22$site == k, ])
