# Reference values for tests/unit/test_rank_correlation.cpp.
# Run: Rscript tests/unit/reference/rank_correlation.R   (base R only)
#
# Spearman's rho from cor.test; its 95 % interval written out as Fisher's z
# with the Bonett-Wright (2000) standard error sqrt((1 + rho^2 / 2) / (n - 3)),
# which cor.test does not give for Spearman; the least-squares line and
# standardised residuals from lm and rstandard.
show <- function(label, v) cat(sprintf("%-28s", label), paste(sprintf("%.17g", v), collapse = " "), "\n")
bonett_wright <- function(rho, n) {
  se <- sqrt((1 + rho^2 / 2) / (n - 3))
  tanh(atanh(rho) + c(-1, 1) * qnorm(0.975) * se)
}
report <- function(name, x, y) {
  rho <- suppressWarnings(cor.test(x, y, method = "spearman"))$estimate
  show(paste(name, "rho"), rho)
  show(paste(name, "ci"), bonett_wright(rho, length(x)))
  fit <- lm(y ~ x)
  show(paste(name, "coef"), coef(fit))
  show(paste(name, "rstandard"), rstandard(fit))
}

# Thirteen sites: fidelity totals with ties (98 twice, 104 twice) and the
# job-or-education share of each; the eighth lies far below the line.
total <- c(78, 85, 91, 98, 98, 102, 104, 104, 108, 111, 115, 119, 88)
share <- c(0.31, 0.38, 0.42, 0.47, 0.40, 0.52, 0.55, 0.18, 0.58, 0.61, 0.66, 0.64, 0.35)
report("thirteen", total, share)
cat("rank total", rank(total), "\n")

# Five sites without ties: the exact case, and the warning under 10 sites.
report("five", c(80, 95, 101, 110, 120), c(0.30, 0.45, 0.40, 0.55, 0.60))

# Opposite orders with one tie in y.
report("negative", c(1, 2, 3, 4, 5, 6), c(0.9, 0.8, 0.8, 0.5, 0.4, 0.1))
