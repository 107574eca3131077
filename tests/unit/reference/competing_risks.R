# Reference values for tests/unit/test_competing_risks.cpp.
# Run: Rscript tests/unit/reference/competing_risks.R   (needs r-cran-survival, r-cran-cmprsk)
#
# status: 0 = censored (still open), 1 = success (job or education),
#         2 = competing (closed for another reason).
# The data have an event and a censoring at day 0, tied successes, an event
# tied with censorings (day 30, 60, 90, 150, 180), success and competing on
# the same day (60, 90), and follow-up ending with censorings at day 365.
suppressPackageStartupMessages({ library(survival); library(cmprsk) })
show <- function(label, v) cat(sprintf("%-40s", label), paste(sprintf("%.17g", v), collapse = " "), "\n")

d <- data.frame(
  time   = c(0, 0, 14, 30, 30, 30, 45, 60, 60, 60, 75, 90, 90, 90, 90,
             100, 120, 150, 150, 180, 180, 200, 210, 240, 270, 300, 300, 330, 365, 365),
  status = c(1, 0, 1, 1, 1, 0, 2, 1, 2, 0, 0, 1, 1, 2, 0,
             0, 1, 2, 0, 1, 0, 1, 0, 2, 1, 0, 0, 1, 0, 0))
cat("rows:", nrow(d), " successes:", sum(d$status == 1), " competing:", sum(d$status == 2), "\n")

horizons <- c(0, 14, 29, 30, 60, 90, 180, 364, 365)
cat("horizons:", horizons, "\n")

# Aalen-Johansen cumulative incidence of success, two independent implementations.
ci <- cuminc(d$time, d$status, cencode = 0)
show("cmprsk cuminc/timepoints, cause 1:", timepoints(ci, horizons)$est["1 1", ])
show("cmprsk timepoints beyond follow-up (400):", timepoints(ci, 400)$est["1 1", ])
aj <- survfit(Surv(time, factor(status, 0:2)) ~ 1, data = d)
s <- summary(aj, times = horizons)
show("survfit multi-state AJ, state 1:", s$pstate[, 2])
show("survfit AJ, competing state 2:", s$pstate[, 3])

# Kaplan-Meier treating the competing event as censoring (biased upward).
km <- survfit(Surv(time, status == 1) ~ 1, data = d)
show("1 - KM(success, competing censored):", 1 - summary(km, times = horizons)$surv)

# Number at risk (time >= t), from survfit's risk set at the event times.
show("survfit n.risk at 0, 30, 60, 90, 365:", summary(km, times = c(0, 30, 60, 90, 365))$n.risk)
show("sum(time >= t) at 0,30,60,90,365,366:", sapply(c(0, 30, 60, 90, 365, 366), function(t) sum(d$time >= t)))

# Follow-up that ends in events only: after day 20 everybody has had an event.
e <- data.frame(time = c(5, 10, 10, 20), status = c(1, 2, 0, 1))
ce <- cuminc(e$time, e$status, cencode = 0)
show("all resolved: cuminc at 20:", timepoints(ce, 20)$est["1 1", ])
show("all resolved: 1 - KM at 20:", 1 - summary(survfit(Surv(time, status == 1) ~ 1, data = e), times = 20)$surv)
show("all resolved: cuminc at 25 (past day 20):", timepoints(ce, 25)$est["1 1", ])
show("all resolved: survfit AJ at 25, extend:", summary(survfit(Surv(time, factor(status, 0:2)) ~ 1, data = e),
                                                        times = 25, extend = TRUE)$pstate[, 2])
